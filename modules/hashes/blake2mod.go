package hashes

import "taipan/objects"

func initBlake2(t *Thread, m *objects.Module) *Exc {
	for _, v := range []struct {
		name                         string
		wide                         bool
		block, maxDigest, salt, pers int
	}{{"blake2b", true, 128, 64, 16, 16}, {"blake2s", false, 64, 32, 8, 8}} {
		v := v
		a := newAlg("_blake2", v.name, v.maxDigest, v.block, false)
		a.typ.SetAttrString("SALT_SIZE", objects.Int(int64(v.salt)))
		a.typ.SetAttrString("PERSON_SIZE", objects.Int(int64(v.pers)))
		a.typ.SetAttrString("MAX_KEY_SIZE", objects.Int(int64(v.maxDigest)))
		a.typ.SetAttrString("MAX_DIGEST_SIZE", objects.Int(int64(v.maxDigest)))
		prefix := "BLAKE2B_"
		if !v.wide {
			prefix = "BLAKE2S_"
		}
		m.Set(prefix+"SALT_SIZE", objects.Int(int64(v.salt)))
		m.Set(prefix+"PERSON_SIZE", objects.Int(int64(v.pers)))
		m.Set(prefix+"MAX_KEY_SIZE", objects.Int(int64(v.maxDigest)))
		m.Set(prefix+"MAX_DIGEST_SIZE", objects.Int(int64(v.maxDigest)))
		names := []string{"data", "digest_size", "key", "salt", "person", "fanout", "depth", "leaf_size",
			"node_offset", "node_depth", "inner_size", "last_node", "usedforsecurity", "string"}
		m.Set(v.name, objects.NewBuiltin(v.name, func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
			var o [14]Value
			if err := objects.BindArgs(v.name, args, kw, names, 1, 1, 0, o[:]); err != nil {
				return null, err
			}
			intArg := func(i int, dflt int64) (int64, *Exc) {
				if o[i].IsNull() {
					return dflt, nil
				}
				n, ok := objects.IntToInt64(o[i])
				if !ok {
					if objects.IsIntValue(o[i]) {
						return 0, objects.Errorf(objects.ExcOverflowError, "Python int too large to convert to C long")
					}
					return 0, objects.Errorf(objects.ExcTypeError, "'%s' object cannot be interpreted as an integer", o[i].Type().Name)
				}
				return n, nil
			}
			bytesArg := func(i int) ([]byte, *Exc) {
				if o[i].IsNull() {
					return nil, nil
				}
				return dataOf(o[i])
			}
			p := &blake2Params{}
			ds, err := intArg(1, int64(v.maxDigest))
			if err != nil {
				return null, err
			}
			if ds < 1 || ds > int64(v.maxDigest) {
				return null, objects.Errorf(objects.ExcValueError, "digest_size must be between 1 and %d bytes", v.maxDigest)
			}
			p.digestSize = int(ds)
			if p.key, err = bytesArg(2); err != nil {
				return null, err
			}
			if len(p.key) > v.maxDigest {
				return null, objects.Errorf(objects.ExcValueError, "maximum key length is %d bytes", v.maxDigest)
			}
			p.keyLen = len(p.key)
			if p.salt, err = bytesArg(3); err != nil {
				return null, err
			}
			if len(p.salt) > v.salt {
				return null, objects.Errorf(objects.ExcValueError, "maximum salt length is %d bytes", v.salt)
			}
			if p.person, err = bytesArg(4); err != nil {
				return null, err
			}
			if len(p.person) > v.pers {
				return null, objects.Errorf(objects.ExcValueError, "maximum person length is %d bytes", v.pers)
			}
			fanout, err := intArg(5, 1)
			if err != nil {
				return null, err
			}
			if fanout < 0 || fanout > 255 {
				return null, objects.Errorf(objects.ExcValueError, "fanout must be between 0 and 255")
			}
			depth, err := intArg(6, 1)
			if err != nil {
				return null, err
			}
			if depth <= 0 || depth > 255 {
				return null, objects.Errorf(objects.ExcValueError, "depth must be between 1 and 255")
			}
			leaf, err := intArg(7, 0)
			if err != nil {
				return null, err
			}
			if leaf < 0 || leaf > 0xFFFFFFFF {
				return null, objects.Errorf(objects.ExcOverflowError, "leaf_size is too large")
			}
			off, err := intArg(8, 0)
			if err != nil {
				return null, err
			}
			if off < 0 || (!v.wide && off > 0xFFFFFFFFFFFF) {
				return null, objects.Errorf(objects.ExcOverflowError, "node_offset is too large")
			}
			nd, err := intArg(9, 0)
			if err != nil {
				return null, err
			}
			if nd < 0 || nd > 255 {
				return null, objects.Errorf(objects.ExcValueError, "node_depth must be between 0 and 255")
			}
			inner, err := intArg(10, 0)
			if err != nil {
				return null, err
			}
			if inner < 0 || inner > int64(v.maxDigest) {
				return null, objects.Errorf(objects.ExcValueError, "inner_size must be between 0 and is %d", v.maxDigest)
			}
			p.fanout, p.depth, p.leafSize, p.nodeOffset, p.nodeDepth, p.innerSize = int(fanout), int(depth), uint32(leaf), uint64(off), int(nd), int(inner)
			if !o[11].IsNull() {
				b, err := objects.Truth(t, o[11])
				if err != nil {
					return null, err
				}
				p.lastNode = b
			}
			h := &blakeHash{newBlake2(v.wide, p)}
			data := o[0]
			if data.IsNull() {
				data = o[13]
			}
			if !data.IsNull() {
				b, err := dataOf(data)
				if err != nil {
					return null, err
				}
				h.write(b)
			}
			al := *a
			al.digestSize = p.digestSize
			return wrap(&al, h), nil
		}))
	}
	return nil
}
