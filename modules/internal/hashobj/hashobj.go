// Package hashobj implements the hash objects of the _md5, _sha1,
// _sha256, _sha512, _sha3 and _blake2 modules (what hashlib falls back
// to without OpenSSL) over Go's crypto packages and our BLAKE2.
package hashobj

import (
	"crypto/sha3"
	"encoding/hex"
	"hash"

	"taipan/modules/internal/dmargs"
	"taipan/objects"
)

type (
	Value = objects.Value
	Exc   = objects.BaseException
)

var null = objects.Null

// Hasher is a running hash that can be cloned.
type Hasher interface {
	Write(p []byte) (int, error)
	// Digest returns the digest of the data so far (n bytes for XOFs).
	Digest(n int) []byte
	Clone() Hasher
}

// Algo describes one hash algorithm.
type Algo struct {
	Name       string // hash object .name
	DigestSize int    // 0 for SHAKE
	BlockSize  int
	XOF        bool // SHAKE: digest(length)
	SHA3       bool // has _capacity_bits, _rate_bits, _suffix
	Suffix     byte
}

// Object is a hash object.
type Object struct {
	objects.Header
	algo *Algo
	h    Hasher
	size int // digest size (BLAKE2 may choose it)
}

// Std wraps a Go hash that can be cloned (every crypto hash can).
type Std struct{ H hash.Cloner }

func (s Std) Write(p []byte) (int, error) { return s.H.Write(p) }
func (s Std) Digest(int) []byte           { return s.H.Sum(nil) }
func (s Std) Clone() Hasher {
	h, _ := s.H.Clone()
	return Std{h}
}

// Shake wraps a SHAKE extendable-output function.
type Shake struct {
	S   *sha3.SHAKE
	New func() *sha3.SHAKE
}

func (s Shake) Write(p []byte) (int, error) { return s.S.Write(p) }
func (s Shake) Digest(n int) []byte {
	out := make([]byte, n)
	s.S.Read(out)
	return out
}
func (s Shake) Clone() Hasher {
	st, _ := s.S.MarshalBinary()
	n := s.New()
	n.UnmarshalBinary(st)
	return Shake{n, s.New}
}

func data(v Value) ([]byte, *Exc) {
	if v.IsInstance(objects.StrType) {
		return nil, objects.Errorf(objects.ExcTypeError, "Strings must be encoded before hashing")
	}
	b, _, ok := objects.BufferOf(v)
	if !ok {
		return nil, objects.Errorf(objects.ExcTypeError, "object supporting the buffer API required")
	}
	return b, nil
}

// NewType declares the type of an algorithm's hash objects.
func NewType(module, typeName string, a *Algo) *objects.Type {
	ty := objects.NewType(module, typeName, nil, 0)
	qual := typeName
	ty.AddMethod("update", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		if err := dmargs.Positional(qual+".update", args, kw, 1, 1); err != nil {
			return null, err
		}
		b, err := data(args[0])
		if err != nil {
			return null, err
		}
		objects.As[Object](self).h.Write(b)
		return objects.None, nil
	})
	digest := func(self Value, args []Value, kw *objects.Tuple, name string) ([]byte, *Exc) {
		o := objects.As[Object](self)
		if !a.XOF {
			if err := dmargs.Positional(qual+"."+name, args, kw, 0, 0); err != nil {
				return nil, err
			}
			return o.h.Clone().Digest(o.size), nil
		}
		var lv Value
		if err := dmargs.Parse(name, args, kw, []string{"length"}, 1, []*Value{&lv}); err != nil {
			if len(args) == 0 {
				return nil, objects.Errorf(objects.ExcTypeError, "%s.%s() takes exactly one argument (0 given)", qual, name)
			}
			return nil, err
		}
		n, ok, err := dmargs.IndexInt64(nil, lv)
		if err != nil {
			return nil, err
		}
		if n < 0 {
			return nil, objects.Errorf(objects.ExcValueError, "value must be positive")
		}
		if !ok {
			return nil, objects.Errorf(objects.ExcOverflowError, "Python int too large to convert to C unsigned long")
		}
		if n >= 1<<29 {
			return nil, objects.Errorf(objects.ExcValueError, "length is too large")
		}
		return o.h.Clone().Digest(int(n)), nil
	}
	ty.AddMethod("digest", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		d, err := digest(self, args, kw, "digest")
		if err != nil {
			return null, err
		}
		return objects.NewBytes(d), nil
	})
	ty.AddMethod("hexdigest", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		d, err := digest(self, args, kw, "hexdigest")
		if err != nil {
			return null, err
		}
		return objects.NewStrValue(hex.EncodeToString(d)), nil
	})
	ty.AddMethod("copy", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		if err := dmargs.Positional(qual+".copy", args, kw, 0, 0); err != nil {
			return null, err
		}
		o := objects.As[Object](self)
		n := &Object{algo: o.algo, h: o.h.Clone(), size: o.size}
		n.SetType(self.Type())
		return objects.Obj(n), nil
	})
	dmargs.AddGetter(ty, "name", func(v Value) Value { return objects.NewStrValue(a.Name) })
	dmargs.AddGetter(ty, "digest_size", func(v Value) Value { return objects.Int(int64(objects.As[Object](v).size)) })
	dmargs.AddGetter(ty, "block_size", func(v Value) Value { return objects.Int(int64(a.BlockSize)) })
	if a.SHA3 {
		dmargs.AddGetter(ty, "_capacity_bits", func(v Value) Value { return objects.Int(int64(1600 - a.BlockSize*8)) })
		dmargs.AddGetter(ty, "_rate_bits", func(v Value) Value { return objects.Int(int64(a.BlockSize * 8)) })
		dmargs.AddGetter(ty, "_suffix", func(v Value) Value { return objects.NewBytes([]byte{a.Suffix}) })
	}
	return ty
}

// New makes a hash object of type ty, fed with the optional initial data.
func New(ty *objects.Type, a *Algo, h Hasher, size int, init Value) (Value, *Exc) {
	o := &Object{algo: a, h: h, size: size}
	o.SetType(ty)
	if !init.IsNull() {
		b, err := data(init)
		if err != nil {
			return null, err
		}
		h.Write(b)
	}
	return objects.Obj(o), nil
}

// Constructor returns a module-level constructor function taking
// (string=b”, *, usedforsecurity=True) (or positional-only data for
// the SHA-3 family, as CPython's).
func Constructor(fn string, ty *objects.Type, a *Algo, mk func() Hasher, names []string) objects.BuiltinFn {
	return func(t *objects.Thread, _ Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		var d, sec Value
		if err := dmargs.Parse(fn, args, kw, names, 0, []*Value{&d, &sec}); err != nil {
			return null, err
		}
		return New(ty, a, mk(), a.DigestSize, d)
	}
}
