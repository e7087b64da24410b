// Package hashes holds the hash modules hashlib falls back to when there
// is no OpenSSL (_hashlib): _md5, _sha1, _sha256, _sha512, _sha3 and
// _blake2, on Go's crypto packages (and our own BLAKE2, see blake2.go).
package hashes

import (
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha3"
	"crypto/sha512"
	"encoding"
	"encoding/hex"
	"hash"
	"sync"

	"taipan/objects"
)

type (
	Value  = objects.Value
	Exc    = objects.BaseException
	Thread = objects.Thread
	Tuple  = objects.Tuple
)

var null = objects.Null

// hasher is one running hash.
type hasher interface {
	write(p []byte)
	sum(n int) []byte // n: output length (SHAKE only)
	clone() hasher
}

type goHash struct {
	h    hash.Hash
	make func() hash.Hash
}

func (g *goHash) write(p []byte) { g.h.Write(p) }
func (g *goHash) sum(int) []byte { return g.h.Sum(nil) }
func (g *goHash) clone() hasher {
	state, err := g.h.(encoding.BinaryMarshaler).MarshalBinary()
	n := g.make()
	if err == nil {
		err = n.(encoding.BinaryUnmarshaler).UnmarshalBinary(state)
	}
	if err != nil {
		panic("hashes: cannot copy hash state: " + err.Error())
	}
	return &goHash{h: n, make: g.make}
}

type shake struct {
	s    *sha3.SHAKE
	make func() *sha3.SHAKE
}

func (s *shake) write(p []byte) { s.s.Write(p) }
func (s *shake) sum(n int) []byte {
	c := s.clone().(*shake)
	out := make([]byte, n)
	c.s.Read(out)
	return out
}
func (s *shake) clone() hasher {
	state, err := s.s.MarshalBinary()
	n := s.make()
	if err == nil {
		err = n.UnmarshalBinary(state)
	}
	if err != nil {
		panic("hashes: cannot copy SHAKE state: " + err.Error())
	}
	return &shake{s: n, make: s.make}
}

type blakeHash struct{ b *blake2 }

func (b *blakeHash) write(p []byte) { b.b.Write(p) }
func (b *blakeHash) sum(int) []byte { return b.b.Sum() }
func (b *blakeHash) clone() hasher  { return &blakeHash{b.b.clone()} }

// alg is one algorithm's Python type.
type alg struct {
	name                  string
	typ                   *objects.Type
	digestSize, blockSize int
	shake                 bool
}

// hashObj is a hash object (the result of md5(), sha256(), ...).
type hashObj struct {
	objects.Header
	mu  sync.Mutex
	h   hasher
	alg *alg
}

func dataOf(v Value) ([]byte, *Exc) {
	switch {
	case v.Type().IsSubtype(objects.BytesType):
		return objects.As[objects.Bytes](v).B, nil
	case v.Type().IsSubtype(objects.StrType):
		return nil, objects.Errorf(objects.ExcTypeError, "Strings must be encoded before hashing")
	}
	return nil, objects.Errorf(objects.ExcTypeError, "object supporting the buffer API required")
}

func newAlg(module, name string, digestSize, blockSize int, shakeFn bool) *alg {
	a := &alg{name: name, digestSize: digestSize, blockSize: blockSize, shake: shakeFn}
	a.typ = objects.NewType(module, name, nil, 0)
	obj := func(v Value) *hashObj { return objects.As[hashObj](v) }
	a.typ.AddMethod("update", func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		if err := objects.CheckArgs("update", args, kw, 1, 1); err != nil {
			return null, err
		}
		b, err := dataOf(args[0])
		if err != nil {
			return null, err
		}
		h := obj(self)
		h.mu.Lock()
		h.h.write(b)
		h.mu.Unlock()
		return objects.None, nil
	})
	digest := func(fname string, self Value, args []Value, kw *Tuple) ([]byte, *Exc) {
		h := obj(self)
		n := 0
		if h.alg.shake {
			var out [1]Value
			if err := objects.BindArgs(fname, args, kw, []string{"length"}, 0, 1, 1, out[:]); err != nil {
				return nil, err
			}
			l, ok := objects.IntToInt64(out[0])
			if !ok || l < 0 {
				return nil, objects.Errorf(objects.ExcValueError, "length must be non-negative")
			}
			if l >= 1<<29 {
				return nil, objects.Errorf(objects.ExcValueError, "length is too large")
			}
			n = int(l)
		} else if err := objects.NoArgs(fname, args, kw); err != nil {
			return nil, err
		}
		h.mu.Lock()
		defer h.mu.Unlock()
		return h.h.sum(n), nil
	}
	a.typ.AddMethod("digest", func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		d, err := digest("digest", self, args, kw)
		if err != nil {
			return null, err
		}
		return objects.NewBytes(d), nil
	})
	a.typ.AddMethod("hexdigest", func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		d, err := digest("hexdigest", self, args, kw)
		if err != nil {
			return null, err
		}
		return objects.NewStrValue(hex.EncodeToString(d)), nil
	})
	a.typ.AddMethod("copy", func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		if err := objects.NoArgs("copy", args, kw); err != nil {
			return null, err
		}
		h := obj(self)
		h.mu.Lock()
		defer h.mu.Unlock()
		return wrap(h.alg, h.h.clone()), nil
	})
	a.typ.GetAttr = func(t *Thread, v Value, name *objects.Str) (Value, *Exc) {
		h := obj(v)
		switch name.S {
		case "name":
			return objects.NewStrValue(h.alg.name), nil
		case "digest_size":
			return objects.Int(int64(h.alg.digestSize)), nil
		case "block_size":
			return objects.Int(int64(h.alg.blockSize)), nil
		}
		return objects.GenericGetAttr(t, v, name)
	}
	a.typ.Finish()
	return a
}

func wrap(a *alg, h hasher) Value {
	o := &hashObj{h: h, alg: a}
	o.SetType(a.typ)
	return objects.Obj(o)
}

// constructor is md5(string=b”, *, usedforsecurity=True) and the like.
func constructor(a *alg, mk func() hasher) Value {
	return objects.NewBuiltin(a.name, func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		var out [3]Value
		if err := objects.BindArgs(a.name, args, kw, []string{"string", "usedforsecurity", "data"}, 0, 1, 0, out[:]); err != nil {
			return null, err
		}
		h := mk()
		data := out[0]
		if data.IsNull() {
			data = out[2]
		}
		if !data.IsNull() && !data.IsNone() {
			b, err := dataOf(data)
			if err != nil {
				return null, err
			}
			h.write(b)
		}
		return wrap(a, h), nil
	})
}

func goCtor(module, name string, size, block int, f func() hash.Hash) (string, Value) {
	a := newAlg(module, name, size, block, false)
	return name, constructor(a, func() hasher { return &goHash{h: f(), make: f} })
}

func init() {
	reg := func(module string, fns ...func() (string, Value)) {
		objects.RegisterModule(module, func(t *Thread, m *objects.Module) *Exc {
			for _, f := range fns {
				n, v := f()
				m.Set(n, v)
			}
			return nil
		})
	}
	lazy := func(name string, size, block int, f func() hash.Hash, module string) func() (string, Value) {
		return func() (string, Value) { return goCtor(module, name, size, block, f) }
	}
	reg("_md5", lazy("md5", 16, 64, md5.New, "_md5"))
	reg("_sha1", lazy("sha1", 20, 64, sha1.New, "_sha1"))
	reg("_sha256", lazy("sha224", 28, 64, sha256.New224, "_sha256"), lazy("sha256", 32, 64, sha256.New, "_sha256"))
	reg("_sha512", lazy("sha384", 48, 128, sha512.New384, "_sha512"), lazy("sha512", 64, 128, sha512.New, "_sha512"))
	sha3Fn := func(name string, size, rate int, f func() *sha3.SHA3) func() (string, Value) {
		return lazy(name, size, rate, func() hash.Hash { return f() }, "_sha3")
	}
	shakeFn := func(name string, rate int, f func() *sha3.SHAKE) func() (string, Value) {
		return func() (string, Value) {
			a := newAlg("_sha3", name, 0, rate, true)
			return name, constructor(a, func() hasher { return &shake{s: f(), make: f} })
		}
	}
	reg("_sha3", sha3Fn("sha3_224", 28, 144, sha3.New224), sha3Fn("sha3_256", 32, 136, sha3.New256),
		sha3Fn("sha3_384", 48, 104, sha3.New384), sha3Fn("sha3_512", 64, 72, sha3.New512),
		shakeFn("shake_128", 168, sha3.NewSHAKE128), shakeFn("shake_256", 136, sha3.NewSHAKE256),
		func() (string, Value) { return "implementation", objects.NewStrValue("Go crypto/sha3") })
	objects.RegisterModule("_blake2", initBlake2)
}
