// Package blake2 is the _blake2 module: blake2b and blake2s with
// CPython's parameters (digest_size, key, salt, person, tree hashing).
package blake2

import (
	"taipan/modules/internal/dmargs"
	"taipan/modules/internal/hashobj"
	"taipan/objects"
)

type (
	Value = objects.Value
	Exc   = objects.BaseException
)

type variant struct {
	name                          string
	maxDigest, maxKey, salt, pers int
	algo                          *hashobj.Algo
	ty                            *objects.Type
}

var (
	b2b = &variant{name: "blake2b", maxDigest: 64, maxKey: 64, salt: 16, pers: 16}
	b2s = &variant{name: "blake2s", maxDigest: 32, maxKey: 32, salt: 8, pers: 8}
)

var paramNames = []string{"/data", "$digest_size", "$key", "$salt", "$person", "$fanout", "$depth", "$leaf_size",
	"$node_offset", "$node_depth", "$inner_size", "$last_node", "$usedforsecurity"}

func intOpt(t *objects.Thread, v Value, def int64) (int64, *Exc) {
	if v.IsNull() {
		return def, nil
	}
	if v.IsFloat() {
		return 0, objects.Errorf(objects.ExcTypeError, "'float' object cannot be interpreted as an integer")
	}
	i, ok, err := dmargs.IndexInt64(t, v)
	if err != nil {
		return 0, err
	}
	if !ok {
		return 0, objects.Errorf(objects.ExcOverflowError, "Python int too large to convert to C long")
	}
	return i, nil
}

func bytesOpt(v Value) ([]byte, *Exc) {
	if v.IsNull() {
		return nil, nil
	}
	b, _, ok := objects.BufferOf(v)
	if !ok {
		return nil, objects.Errorf(objects.ExcTypeError, "a bytes-like object is required, not '%s'", v.Type().Name)
	}
	return b, nil
}

func (vr *variant) newObj(t *objects.Thread, typ *objects.Type, args []Value, kw *objects.Tuple) (Value, *Exc) {
	vals := make([]Value, len(paramNames))
	ptrs := make([]*Value, len(vals))
	for i := range vals {
		ptrs[i] = &vals[i]
	}
	if err := dmargs.Parse(vr.name, args, kw, paramNames, 0, ptrs); err != nil {
		return objects.Null, err
	}
	p := &hashobj.Blake2Params{}
	ds, err := intOpt(t, vals[1], int64(vr.maxDigest))
	if err != nil {
		return objects.Null, err
	}
	if ds < 1 || ds > int64(vr.maxDigest) {
		return objects.Null, objects.Errorf(objects.ExcValueError, "digest_size must be between 1 and %d bytes", vr.maxDigest)
	}
	p.DigestSize = int(ds)
	if p.Key, err = bytesOpt(vals[2]); err != nil {
		return objects.Null, err
	}
	if len(p.Key) > vr.maxKey {
		return objects.Null, objects.Errorf(objects.ExcValueError, "maximum key length is %d bytes", vr.maxKey)
	}
	if p.Salt, err = bytesOpt(vals[3]); err != nil {
		return objects.Null, err
	}
	if len(p.Salt) > vr.salt {
		return objects.Null, objects.Errorf(objects.ExcValueError, "maximum salt length is %d bytes", vr.salt)
	}
	if p.Person, err = bytesOpt(vals[4]); err != nil {
		return objects.Null, err
	}
	if len(p.Person) > vr.pers {
		return objects.Null, objects.Errorf(objects.ExcValueError, "maximum person length is %d bytes", vr.pers)
	}
	fanout, err := intOpt(t, vals[5], 1)
	if err != nil {
		return objects.Null, err
	}
	if fanout < 0 || fanout > 255 {
		return objects.Null, objects.Errorf(objects.ExcValueError, "fanout must be between 0 and 255")
	}
	depth, err := intOpt(t, vals[6], 1)
	if err != nil {
		return objects.Null, err
	}
	if depth <= 0 || depth > 255 {
		return objects.Null, objects.Errorf(objects.ExcValueError, "depth must be between 1 and 255")
	}
	leaf, err := intOpt(t, vals[7], 0)
	if err != nil {
		return objects.Null, err
	}
	if leaf < 0 || leaf > 0xffffffff {
		return objects.Null, objects.Errorf(objects.ExcOverflowError, "leaf_size is too large")
	}
	off, err := intOpt(t, vals[8], 0)
	if err != nil {
		return objects.Null, err
	}
	if vr == b2s && (off < 0 || off > 1<<48-1) {
		return objects.Null, objects.Errorf(objects.ExcOverflowError, "node_offset is too large")
	}
	nd, err := intOpt(t, vals[9], 0)
	if err != nil {
		return objects.Null, err
	}
	if nd < 0 || nd > 255 {
		return objects.Null, objects.Errorf(objects.ExcValueError, "node_depth must be between 0 and 255")
	}
	inner, err := intOpt(t, vals[10], 0)
	if err != nil {
		return objects.Null, err
	}
	if inner < 0 || inner > int64(vr.maxDigest) {
		return objects.Null, objects.Errorf(objects.ExcValueError, "inner_size must be between 0 and is %d", vr.maxDigest)
	}
	last := false
	if !vals[11].IsNull() {
		if last, err = objects.Truth(t, vals[11]); err != nil {
			return objects.Null, err
		}
	}
	p.Fanout, p.Depth, p.LeafSize, p.NodeOffset, p.NodeDepth, p.InnerSize, p.LastNode = int(fanout), int(depth), uint32(leaf), uint64(off), int(nd), int(inner), last
	var h hashobj.Hasher
	if vr == b2b {
		h = hashobj.NewBlake2b(p)
	} else {
		h = hashobj.NewBlake2s(p)
	}
	return hashobj.New(typ, vr.algo, h, p.DigestSize, vals[0])
}

func init() {
	for _, vr := range []*variant{b2b, b2s} {
		vr := vr
		bs := 128
		if vr == b2s {
			bs = 64
		}
		vr.algo = &hashobj.Algo{Name: vr.name, DigestSize: vr.maxDigest, BlockSize: bs}
		vr.ty = hashobj.NewType("_blake2", vr.name, vr.algo)
		vr.ty.New = vr.newObj
		vr.ty.SetAttrString("SALT_SIZE", objects.Int(int64(vr.salt)))
		vr.ty.SetAttrString("PERSON_SIZE", objects.Int(int64(vr.pers)))
		vr.ty.SetAttrString("MAX_KEY_SIZE", objects.Int(int64(vr.maxKey)))
		vr.ty.SetAttrString("MAX_DIGEST_SIZE", objects.Int(int64(vr.maxDigest)))
		vr.ty.Finish()
	}
	objects.RegisterModule("_blake2", func(t *objects.Thread, m *objects.Module) *Exc {
		m.Set("blake2b", objects.Obj(b2b.ty))
		m.Set("blake2s", objects.Obj(b2s.ty))
		for _, vr := range []*variant{b2b, b2s} {
			p := "BLAKE2B_"
			if vr == b2s {
				p = "BLAKE2S_"
			}
			m.Set(p+"MAX_DIGEST_SIZE", objects.Int(int64(vr.maxDigest)))
			m.Set(p+"MAX_KEY_SIZE", objects.Int(int64(vr.maxKey)))
			m.Set(p+"PERSON_SIZE", objects.Int(int64(vr.pers)))
			m.Set(p+"SALT_SIZE", objects.Int(int64(vr.salt)))
		}
		return nil
	})
}
