package objects

import (
	"math/big"
	"math/bits"
)

// Methods and attributes of builtin types added for the core differential
// corpus (tests/python/core_*.py). The file name sorts after the types'
// own files so their dicts exist; zinit.go (type finishing) runs last.

// addGetter adds a read-only attribute computed from the instance.
func (t *Type) addGetter(name string, get func(t *Thread, self Value) (Value, *BaseException)) {
	fn := NewBuiltin(name, func(th *Thread, _ Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		if len(args) != 1 {
			return Null, Errorf(ExcTypeError, "%s getter takes one argument", name)
		}
		return get(th, args[0])
	})
	t.SetAttrString(name, Obj(&Property{Header: Header{PropertyType}, Get: fn, Set: None, Del: None, Doc: None}))
}

// addClassMethod adds a builtin classmethod; fn receives the class as self.
func (t *Type) addClassMethod(name string, fn BuiltinFn) {
	f := NewBuiltin(name, func(th *Thread, _ Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		return fn(th, args[0], args[1:], kwnames)
	})
	t.SetAttrString(name, Obj(&Wrapper{Header: Header{ClassMethodType}, Func: f}))
}

// intSelf returns the int value of self (an int subclass instance
// included) as an exact int.
func intSelf(v Value) Value {
	if v.p == intTagP {
		return v
	}
	if v.p == boolTagP {
		return Int(int64(v.n))
	}
	b, _ := BigOf(v)
	return NewBigInt(new(big.Int).Set(b))
}

func init() {
	IntType.addGetter("real", func(t *Thread, self Value) (Value, *BaseException) { return intSelf(self), nil })
	IntType.addGetter("numerator", func(t *Thread, self Value) (Value, *BaseException) { return intSelf(self), nil })
	IntType.addGetter("imag", func(t *Thread, self Value) (Value, *BaseException) { return Int(0), nil })
	IntType.addGetter("denominator", func(t *Thread, self Value) (Value, *BaseException) { return Int(1), nil })
	IntType.AddMethod("conjugate", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		if err := CheckArgs("conjugate", args, kwnames, 0, 0); err != nil {
			return Null, err
		}
		return intSelf(self), nil
	})
	IntType.AddMethod("bit_count", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		if err := CheckArgs("bit_count", args, kwnames, 0, 0); err != nil {
			return Null, err
		}
		if i, ok := smallOf(self); ok {
			if i < 0 {
				return Int(int64(bits.OnesCount64(uint64(-i)))), nil
			}
			return Int(int64(bits.OnesCount64(uint64(i)))), nil
		}
		b, _ := BigOf(self)
		n := 0
		for _, w := range new(big.Int).Abs(b).Bits() {
			n += bits.OnesCount64(uint64(w))
		}
		return Int(int64(n)), nil
	})
	IntType.AddMethod("as_integer_ratio", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		if err := CheckArgs("as_integer_ratio", args, kwnames, 0, 0); err != nil {
			return Null, err
		}
		return NewTupleValue([]Value{intSelf(self), Int(1)}), nil
	})
	IntType.AddMethod("to_bytes", intToBytes)
	RangeType.Hash = func(t *Thread, v Value) (int64, *BaseException) {
		r := As[Range](v)
		start, _, step, n := r.bigFields()
		k := []Value{r.lenValue(), None, None}
		if n.Sign() > 0 {
			k[1] = NewBigInt(new(big.Int).Set(start))
		}
		if n.Cmp(big.NewInt(1)) > 0 {
			k[2] = NewBigInt(new(big.Int).Set(step))
		}
		return Hash(t, NewTupleValue(k))
	}
	IntType.addClassMethod("from_bytes", intFromBytes)

	RangeType.AddMethod("count", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		if err := CheckArgs("count", args, kwnames, 1, 1); err != nil {
			return Null, err
		}
		if IsIntValue(args[0]) && args[0].Type() == IntType || args[0].p == boolTagP {
			in, err := RangeType.Contains(t, self, args[0])
			if in {
				return Int(1), err
			}
			return Int(0), err
		}
		n := 0
		it := As[Range](self)
		if it.Big != nil {
			return Null, Errorf(ExcOverflowError, "Python int too large to convert to C ssize_t")
		}
		for i, k := it.Start, it.Len(); k > 0; i, k = i+it.Step, k-1 {
			eq, err := Equal(t, Int(i), args[0])
			if err != nil {
				return Null, err
			}
			if eq {
				n++
			}
		}
		return Int(int64(n)), nil
	})
	RangeType.AddMethod("index", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		if err := CheckArgs("index", args, kwnames, 1, 1); err != nil {
			return Null, err
		}
		r := As[Range](self)
		if IsIntValue(args[0]) && args[0].Type() == IntType || args[0].p == boolTagP {
			if pos := r.bigIndexOf(bigOfInt(args[0])); pos != nil {
				return NewBigInt(pos), nil
			}
		} else if r.Big != nil {
			return Null, Errorf(ExcOverflowError, "Python int too large to convert to C ssize_t")
		}
		for i, k, pos := r.Start, r.Len(), int64(0); k > 0; i, k, pos = i+r.Step, k-1, pos+1 {
			eq, err := Equal(t, Int(i), args[0])
			if err != nil {
				return Null, err
			}
			if eq {
				return Int(pos), nil
			}
		}
		s, err := ReprString(t, args[0])
		if err != nil {
			return Null, err
		}
		return Null, Errorf(ExcValueError, "%s is not in range", s)
	})
}

// bytesArgs parses (length=1, byteorder="big", *, signed=False).
func bytesOrderArgs(name string, args []Value, kwnames *Tuple, first string) (Value, int64, bool, bool, *BaseException) {
	pos, kw := SplitArgs(args, kwnames)
	var firstV Value
	length, big, signed := int64(1), true, false
	orderV := Null
	if len(pos) > 2 {
		return Null, 0, false, false, Errorf(ExcTypeError, "%s() takes at most 2 positional arguments (%d given)", name, len(pos))
	}
	if len(pos) > 0 {
		firstV = pos[0]
	}
	if len(pos) > 1 {
		orderV = pos[1]
	}
	for i, v := range kw {
		switch k := As[Str](kwnames.Items[i]).S; k {
		case first:
			firstV = v
		case "byteorder":
			orderV = v
		case "signed":
			signed = v.p == boolTagP && v.n != 0 || v.p == intTagP && v.n != 0
		default:
			return Null, 0, false, false, Errorf(ExcTypeError, "%s() got an unexpected keyword argument '%s'", name, k)
		}
	}
	if !orderV.IsNull() {
		if orderV.Type() != StrType {
			return Null, 0, false, false, Errorf(ExcTypeError, "%s() argument 'byteorder' must be str, not %s", name, orderV.Type().Name)
		}
		switch As[Str](orderV).S {
		case "big":
		case "little":
			big = false
		default:
			return Null, 0, false, false, Errorf(ExcValueError, "byteorder must be either 'little' or 'big'")
		}
	}
	if first == "length" && !firstV.IsNull() {
		if !IsIntValue(firstV) {
			return Null, 0, false, false, Errorf(ExcTypeError, "'%s' object cannot be interpreted as an integer", firstV.Type().Name)
		}
		n, ok := IntToInt64(firstV)
		if !ok {
			return Null, 0, false, false, Errorf(ExcOverflowError, "Python int too large to convert to C ssize_t")
		}
		if n < 0 {
			return Null, 0, false, false, Errorf(ExcValueError, "length argument must be non-negative")
		}
		length = n
	}
	return firstV, length, big, signed, nil
}

func intToBytes(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
	_, length, bigEnd, signed, err := bytesOrderArgs("to_bytes", args, kwnames, "length")
	if err != nil {
		return Null, err
	}
	b, _ := BigOf(self)
	if b.Sign() < 0 && !signed {
		return Null, Errorf(ExcOverflowError, "can't convert negative int to unsigned")
	}
	v := new(big.Int).Set(b)
	if signed {
		// representable iff -2**(8n-1) <= v < 2**(8n-1)
		lim := new(big.Int).Lsh(big.NewInt(1), uint(max(8*length-1, 0)))
		if length == 0 && v.Sign() != 0 || length > 0 && (v.Cmp(lim) >= 0 || v.Cmp(new(big.Int).Neg(lim)) < 0) {
			return Null, Errorf(ExcOverflowError, "int too big to convert")
		}
		if v.Sign() < 0 {
			v.Add(v, new(big.Int).Lsh(big.NewInt(1), uint(8*length)))
		}
	} else if int64(v.BitLen()) > 8*length {
		return Null, Errorf(ExcOverflowError, "int too big to convert")
	}
	if length > 1<<28 {
		return Null, Errorf(ExcMemoryError, "")
	}
	out := make([]byte, length)
	v.FillBytes(out)
	if !bigEnd {
		for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
			out[i], out[j] = out[j], out[i]
		}
	}
	return NewBytes(out), nil
}

func intFromBytes(t *Thread, cls Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
	src, _, bigEnd, signed, err := bytesOrderArgs("from_bytes", args, kwnames, "bytes")
	if err != nil {
		return Null, err
	}
	if src.IsNull() {
		return Null, Errorf(ExcTypeError, "from_bytes() missing required argument 'bytes' (pos 1)")
	}
	var data []byte
	if src.Type() == BytesType {
		data = append(data, As[Bytes](src).B...)
	} else {
		items, err := IterToSlice(t, src)
		if err != nil {
			return Null, Errorf(ExcTypeError, "cannot convert '%s' object to bytes", src.Type().Name)
		}
		for _, it := range items {
			n, ok := IntToInt64(it)
			if !IsIntValue(it) {
				return Null, Errorf(ExcTypeError, "'%s' object cannot be interpreted as an integer", it.Type().Name)
			}
			if !ok || n < 0 || n > 255 {
				return Null, Errorf(ExcValueError, "bytes must be in range(0, 256)")
			}
			data = append(data, byte(n))
		}
	}
	if !bigEnd {
		for i, j := 0, len(data)-1; i < j; i, j = i+1, j-1 {
			data[i], data[j] = data[j], data[i]
		}
	}
	v := new(big.Int).SetBytes(data)
	if signed && len(data) > 0 && data[0]&0x80 != 0 {
		v.Sub(v, new(big.Int).Lsh(big.NewInt(1), uint(8*len(data))))
	}
	r := NewBigInt(v)
	if cls.p != Obj(IntType).p {
		return CallValue(t, cls, []Value{r}, nil)
	}
	return r, nil
}

// MaxAlloc bounds the size in bytes of one object built by repetition or
// padding; a larger request raises MemoryError instead of letting the Go
// runtime abort the process.
const MaxAlloc = 1 << 32

// repeatCount validates the count n of seq * n for a sequence of length
// elems whose elements take size bytes: the count (negative → 0),
// notImpl when n is not an int, or an error.
func repeatCount(n Value, elems, size int) (int, bool, *BaseException) {
	if !IsIntValue(n) {
		return 0, true, nil
	}
	k, ok := IntToInt64(n)
	if !ok {
		if b, _ := BigOf(n); b.Sign() < 0 {
			return 0, false, nil
		}
		return 0, false, Errorf(ExcOverflowError, "cannot fit 'int' into an index-sized integer")
	}
	if k <= 0 || elems == 0 {
		return 0, false, nil
	}
	if float64(k)*float64(elems)*float64(size) > MaxAlloc {
		return 0, false, Errorf(ExcMemoryError, "")
	}
	return int(k), false, nil
}

// repeatValues is items * k.
func repeatValues(items []Value, k int) []Value {
	r := make([]Value, len(items)*k)
	for i := 0; i < k; i++ {
		copy(r[i*len(items):], items)
	}
	return r
}

// CheckAlloc raises MemoryError when n units of size bytes exceed MaxAlloc.
func CheckAlloc(n, size int64) *BaseException {
	if n < 0 || float64(n)*float64(size) > MaxAlloc {
		return Errorf(ExcMemoryError, "")
	}
	return nil
}

// isSeqType reports the builtin sequences that support + and *.
func isSeqType(t *Type) (string, bool) {
	for _, s := range []*Type{StrType, ListType, TupleType, BytesType, ByteArrayType} {
		if t == s || t.IsSubtype(s) {
			return s.Name, true
		}
	}
	return "", false
}

// seqOpError is CPython's message for a failed sequence + or *.
func seqOpError(op BinOp, a, b Value) *BaseException {
	switch op {
	case OpMul:
		if _, ok := isSeqType(a.Type()); ok && !IsIntValue(b) && b.Type().Index == nil {
			return Errorf(ExcTypeError, "can't multiply sequence by non-int of type '%s'", b.Type().Name)
		}
		if _, ok := isSeqType(b.Type()); ok && !IsIntValue(a) && a.Type().Index == nil {
			return Errorf(ExcTypeError, "can't multiply sequence by non-int of type '%s'", a.Type().Name)
		}
	case OpAdd:
		if n, ok := isSeqType(a.Type()); ok {
			switch n {
			case "str", "list", "tuple":
				return Errorf(ExcTypeError, "can only concatenate %s (not \"%s\") to %s", n, b.Type().Name, n)
			default:
				return Errorf(ExcTypeError, "can't concat %s to %s", b.Type().Name, a.Type().Name)
			}
		}
	}
	return nil
}
