// Package random is the _random module: the Mersenne Twister generator
// behind random.py, bit-for-bit as CPython 3.11 (seeding through
// init_by_array, random(), getrandbits(), getstate()/setstate()).
package random

import (
	crand "crypto/rand"
	"encoding/binary"
	"math/big"
	"time"

	"taipan/modules/internal/dmargs"
	"taipan/objects"
)

type (
	Value = objects.Value
	Exc   = objects.BaseException
)

var null = objects.Null

const (
	n         = 624
	m         = 397
	matrixA   = 0x9908b0df
	upperMask = 0x80000000
	lowerMask = 0x7fffffff
)

// RandomType is _random.Random.
var RandomType = objects.NewType("_random", "Random", nil, objects.FlagBaseType|objects.FlagHasAttrs)

// Random is a Mersenne Twister state.
type Random struct {
	objects.Header
	objects.Attrs
	index int
	mt    [n]uint32
}

func (r *Random) initGenrand(s uint32) {
	mt := &r.mt
	mt[0] = s
	for i := 1; i < n; i++ {
		mt[i] = 1812433253*(mt[i-1]^(mt[i-1]>>30)) + uint32(i)
	}
	r.index = n
}

func (r *Random) initByArray(key []uint32) {
	r.initGenrand(19650218)
	mt := &r.mt
	i, j := 1, 0
	k := n
	if len(key) > k {
		k = len(key)
	}
	for ; k > 0; k-- {
		mt[i] = (mt[i] ^ ((mt[i-1] ^ (mt[i-1] >> 30)) * 1664525)) + key[j] + uint32(j)
		i++
		j++
		if i >= n {
			mt[0] = mt[n-1]
			i = 1
		}
		if j >= len(key) {
			j = 0
		}
	}
	for k = n - 1; k > 0; k-- {
		mt[i] = (mt[i] ^ ((mt[i-1] ^ (mt[i-1] >> 30)) * 1566083941)) - uint32(i)
		i++
		if i >= n {
			mt[0] = mt[n-1]
			i = 1
		}
	}
	mt[0] = 0x80000000
}

func (r *Random) genrand() uint32 {
	mt := &r.mt
	if r.index >= n {
		var kk int
		for kk = 0; kk < n-m; kk++ {
			y := (mt[kk] & upperMask) | (mt[kk+1] & lowerMask)
			mt[kk] = mt[kk+m] ^ (y >> 1) ^ (-(y & 1) & matrixA)
		}
		for ; kk < n-1; kk++ {
			y := (mt[kk] & upperMask) | (mt[kk+1] & lowerMask)
			mt[kk] = mt[kk+(m-n)] ^ (y >> 1) ^ (-(y & 1) & matrixA)
		}
		y := (mt[n-1] & upperMask) | (mt[0] & lowerMask)
		mt[n-1] = mt[m-1] ^ (y >> 1) ^ (-(y & 1) & matrixA)
		r.index = 0
	}
	y := mt[r.index]
	r.index++
	y ^= y >> 11
	y ^= (y << 7) & 0x9d2c5680
	y ^= (y << 15) & 0xefc60000
	y ^= y >> 18
	return y
}

// Float returns random() in [0, 1) with 53 random bits.
func (r *Random) Float() float64 {
	a := r.genrand() >> 5
	b := r.genrand() >> 6
	return (float64(a)*67108864.0 + float64(b)) * (1.0 / 9007199254740992.0)
}

func (r *Random) seedURandom() {
	var buf [n * 4]byte
	key := make([]uint32, n)
	if _, err := crand.Read(buf[:]); err == nil {
		for i := range key {
			key[i] = binary.LittleEndian.Uint32(buf[4*i:])
		}
		r.initByArray(key)
		return
	}
	now := time.Now()
	key = []uint32{uint32(now.Unix()), uint32(now.Nanosecond()), uint32(now.UnixNano() >> 32), 0}
	r.initByArray(key)
}

// seedBig seeds from a non-negative integer.
func (r *Random) seedBig(b *big.Int) {
	words := b.Bits()
	var key []uint32
	for _, w := range words {
		key = append(key, uint32(w))
		if bitsPerWord == 64 {
			key = append(key, uint32(uint64(w)>>32))
		}
	}
	for len(key) > 1 && key[len(key)-1] == 0 {
		key = key[:len(key)-1]
	}
	if len(key) == 0 {
		key = []uint32{0}
	}
	r.initByArray(key)
}

const bitsPerWord = 32 << (^uint(0) >> 63)

var longAbs = objects.Null

func (r *Random) seed(t *objects.Thread, arg Value) *Exc {
	if arg.IsNull() || arg.IsNone() {
		r.seedURandom()
		return nil
	}
	var b *big.Int
	switch {
	case arg.IsSmallInt() || arg.IsBool():
		x := arg.SmallInt()
		if x < 0 {
			b = new(big.Int).Neg(big.NewInt(x))
		} else {
			b = big.NewInt(x)
		}
	case objects.IsIntValue(arg):
		v, _ := objects.BigOf(arg)
		b = new(big.Int).Abs(v)
	default:
		h, err := objects.Hash(t, arg)
		if err != nil {
			return err
		}
		b = new(big.Int).SetUint64(uint64(h))
	}
	r.seedBig(b)
	return nil
}

func (r *Random) getrandbits(k int64) Value {
	if k <= 32 {
		return objects.Int(int64(r.genrand() >> (32 - k)))
	}
	if k <= 64 {
		lo := uint64(r.genrand())
		hi := uint64(r.genrand())
		if k < 64 {
			hi >>= 64 - k
		}
		u := lo | hi<<32
		if u <= 1<<63-1 {
			return objects.Int(int64(u))
		}
		return objects.NewBigInt(new(big.Int).SetUint64(u))
	}
	words := (k-1)/32 + 1
	buf := make([]byte, words*4)
	for i := int64(0); i < words; i, k = i+1, k-32 {
		w := r.genrand()
		if k < 32 {
			w >>= 32 - k
		}
		binary.BigEndian.PutUint32(buf[(words-1-i)*4:], w)
	}
	return objects.NewBigInt(new(big.Int).SetBytes(buf))
}

func self(v Value) *Random { return objects.As[Random](v) }

func init() {
	rt := RandomType
	rt.New = func(t *objects.Thread, typ *objects.Type, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
		if typ == RandomType && kwnames.Len() > 0 {
			return null, objects.Errorf(objects.ExcTypeError, "Random() takes no keyword arguments")
		}
		r := &Random{}
		r.SetType(typ)
		r.Attrs.Map = typ.RootMap
		r.index = n + 1
		return objects.Obj(r), nil
	}
	rt.Init = func(t *objects.Thread, sv Value, args []Value, kwnames *objects.Tuple) *Exc {
		if sv.Type() == RandomType && kwnames.Len() > 0 {
			return objects.Errorf(objects.ExcTypeError, "Random() takes no keyword arguments")
		}
		pos, _ := objects.SplitArgs(args, kwnames)
		if len(pos) > 1 {
			return objects.Errorf(objects.ExcTypeError, "Random() requires 0 or 1 argument")
		}
		arg := null
		if len(pos) == 1 {
			arg = pos[0]
		}
		return self(sv).seed(t, arg)
	}
	rt.AddMethod("random", func(t *objects.Thread, sv Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
		if len(args) != 0 {
			return null, objects.Errorf(objects.ExcTypeError, "Random.random() takes no arguments (%d given)", len(args))
		}
		return objects.Float(self(sv).Float()), nil
	})
	rt.AddMethod("seed", func(t *objects.Thread, sv Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
		if err := dmargs.Positional("Random.seed", args, kwnames, 0, 1); err != nil {
			return null, err
		}
		arg := null
		if len(args) == 1 {
			arg = args[0]
		}
		if err := self(sv).seed(t, arg); err != nil {
			return null, err
		}
		return objects.None, nil
	})
	rt.AddMethod("getrandbits", func(t *objects.Thread, sv Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
		if err := dmargs.Positional("Random.getrandbits", args, kwnames, 1, 1); err != nil {
			return null, err
		}
		k, ok, err := dmargs.IndexInt64(t, args[0])
		if err != nil {
			return null, err
		}
		if !ok || k > 1<<31-1 || k < -(1<<31) {
			return null, objects.Errorf(objects.ExcOverflowError, "Python int too large to convert to C int")
		}
		if k < 0 {
			return null, objects.Errorf(objects.ExcValueError, "number of bits must be non-negative")
		}
		if k == 0 {
			return objects.Int(0), nil
		}
		return self(sv).getrandbits(k), nil
	})
	rt.AddMethod("getstate", func(t *objects.Thread, sv Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
		if len(args) != 0 {
			return null, objects.Errorf(objects.ExcTypeError, "Random.getstate() takes no arguments (%d given)", len(args))
		}
		r := self(sv)
		tup := objects.AllocTuple(n + 1)
		for i := 0; i < n; i++ {
			tup.Items[i] = objects.Int(int64(r.mt[i]))
		}
		tup.Items[n] = objects.Int(int64(r.index))
		return objects.Obj(tup), nil
	})
	rt.AddMethod("setstate", func(t *objects.Thread, sv Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
		if err := dmargs.Positional("Random.setstate", args, kwnames, 1, 1); err != nil {
			return null, err
		}
		st := args[0]
		if !st.IsInstance(objects.TupleType) {
			return null, objects.Errorf(objects.ExcTypeError, "state vector must be a tuple")
		}
		items := objects.As[objects.Tuple](st).Items
		if len(items) != n+1 {
			return null, objects.Errorf(objects.ExcValueError, "state vector is the wrong size")
		}
		var mt [n]uint32
		for i := 0; i < n; i++ {
			w, err := ulong(items[i])
			if err != nil {
				return null, err
			}
			mt[i] = uint32(w)
		}
		x := items[n]
		if !objects.IsIntValue(x) {
			return null, objects.Errorf(objects.ExcTypeError, "'%s' object cannot be interpreted as an integer", x.Type().Name)
		}
		idx, ok := objects.IntToInt64(x)
		if !ok {
			return null, objects.Errorf(objects.ExcOverflowError, "Python int too large to convert to C long")
		}
		if idx < 0 || idx > n {
			return null, objects.Errorf(objects.ExcValueError, "invalid state")
		}
		r := self(sv)
		r.mt = mt
		r.index = int(idx)
		return objects.None, nil
	})
	rt.Finish()

	objects.RegisterModule("_random", func(t *objects.Thread, m *objects.Module) *Exc {
		m.Set("__doc__", objects.NewStrValue("Module implements the Mersenne Twister random number generator."))
		m.Set("Random", objects.Obj(RandomType))
		return nil
	})
}

func ulong(v Value) (uint64, *Exc) {
	if !objects.IsIntValue(v) {
		return 0, objects.Errorf(objects.ExcTypeError, "an integer is required")
	}
	if v.IsSmallInt() || v.IsBool() {
		x := v.SmallInt()
		if x < 0 {
			return 0, objects.Errorf(objects.ExcOverflowError, "can't convert negative value to unsigned int")
		}
		return uint64(x), nil
	}
	b, _ := objects.BigOf(v)
	if b.Sign() < 0 {
		return 0, objects.Errorf(objects.ExcOverflowError, "can't convert negative value to unsigned int")
	}
	if !b.IsUint64() {
		return 0, objects.Errorf(objects.ExcOverflowError, "Python int too large to convert to C unsigned long")
	}
	return b.Uint64(), nil
}
