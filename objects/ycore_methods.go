package objects

import (
	"bytes"
	"fmt"
	"math"
	"math/big"
	"math/bits"
	"reflect"
	"strconv"
	"strings"

	"taipan/pyfmt"
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
	As[BuiltinFunction](fn).Owner = t
	t.SetAttrString(name, Obj(&Property{Header: Header{PropertyType}, Get: fn, Set: None, Del: None, Doc: None}))
}

// addClassMethod adds a builtin classmethod; fn receives the class as self.
func (t *Type) addClassMethod(name string, fn BuiltinFn) {
	f := NewBuiltin(name, func(th *Thread, _ Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		return fn(th, args[0], args[1:], kwnames)
	})
	As[BuiltinFunction](f).Owner = t // __qualname__ "type.name"
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
		if err := methArgs("int", "conjugate", args, kwnames, 0, 0); err != nil {
			return Null, err
		}
		return intSelf(self), nil
	})
	IntType.AddMethod("bit_count", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		if err := methArgs("int", "bit_count", args, kwnames, 0, 0); err != nil {
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
		if err := methArgs("int", "as_integer_ratio", args, kwnames, 0, 0); err != nil {
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
			if err := t.Tick(); err != nil {
				return Null, err
			}
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
			// an int the range does not hold: no need to look (the loop
			// below would walk all of range(10**18))
			s, err := ReprString(t, args[0])
			if err != nil {
				return Null, err
			}
			return Null, Errorf(ExcValueError, "%s is not in range", s)
		} else if r.Big != nil {
			return Null, Errorf(ExcOverflowError, "Python int too large to convert to C ssize_t")
		}
		for i, k, pos := r.Start, r.Len(), int64(0); k > 0; i, k, pos = i+r.Step, k-1, pos+1 {
			if err := t.Tick(); err != nil {
				return Null, err
			}
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
	if b, ok := bytesLikeOf(src); ok {
		data = append(data, b...)
	} else if src.IsInstance(StrType) || src.Type().Iter == nil && src.Type().GetItem == nil {
		return Null, Errorf(ExcTypeError, "cannot convert '%s' object to bytes", src.Type().Name)
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
var MaxAlloc = int64(1 << 32)

// MaxIntBits bounds the size of an int produced by *, ** and <<; a larger
// result raises MemoryError. Tests and fuzzing lower both limits.
var MaxIntBits = int64(1 << 32)

// repeatCount validates the count n of seq * n for a sequence of length
// elems whose elements take size bytes: the count (negative → 0),
// notImpl when n is not an int, or an error.
func repeatCount(t *Thread, n Value, elems, size int) (int, bool, *BaseException) {
	if !IsIntValue(n) {
		// An object with __index__ repeats too (unless it multiplies
		// itself: then its __rmul__ gets the operation).
		if n.Type().Index == nil || n.Type().NB[OpMul] != nil {
			return 0, true, nil
		}
		iv, err := Index(t, n)
		if err != nil {
			return 0, false, err
		}
		n = iv
	}
	k, ok := IntToInt64(n)
	if !ok {
		return 0, false, Errorf(ExcOverflowError, "cannot fit 'int' into an index-sized integer")
	}
	if k <= 0 || elems == 0 {
		return 0, false, nil
	}
	if float64(k)*float64(elems)*float64(size) > float64(MaxAlloc) {
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
	if n < 0 || float64(n)*float64(size) > float64(MaxAlloc) {
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

func floatSelf(v Value) float64 {
	if v.IsFloat() {
		return v.FloatVal()
	}
	return As[FloatObject](v).V
}

// FloatHex is float.hex.
func FloatHex(x float64) string {
	switch {
	case math.IsNaN(x):
		return "nan"
	case math.IsInf(x, 1):
		return "inf"
	case math.IsInf(x, -1):
		return "-inf"
	}
	sign := ""
	if math.Signbit(x) {
		sign = "-"
		x = -x
	}
	if x == 0 {
		return sign + "0x0.0p+0"
	}
	m, e := math.Frexp(x)
	shift := 1 - max(-1021-e, 0)
	m = math.Ldexp(m, shift)
	e -= shift
	var sb strings.Builder
	sb.WriteString(sign)
	sb.WriteString("0x")
	d := int(m)
	sb.WriteByte("0123456789abcdef"[d])
	m -= float64(d)
	sb.WriteByte('.')
	for i := 0; i < 13; i++ {
		m *= 16
		d = int(m)
		sb.WriteByte("0123456789abcdef"[d])
		m -= float64(d)
	}
	sb.WriteString(fmt.Sprintf("p%+d", e))
	return sb.String()
}

func floatFromHex(s string) (float64, *BaseException) {
	t := strings.TrimSpace(s)
	bad := Errorf(ExcValueError, "invalid hexadecimal floating-point string")
	neg := false
	if t != "" && (t[0] == '+' || t[0] == '-') {
		neg = t[0] == '-'
		t = t[1:]
	}
	switch strings.ToLower(t) {
	case "inf", "infinity":
		return math.Copysign(math.Inf(1), map[bool]float64{true: -1, false: 1}[neg]), nil
	case "nan":
		return math.NaN(), nil
	}
	if strings.ContainsAny(t, "_+-") && !strings.ContainsAny(strings.ToLower(t), "p") || strings.Contains(t, "_") || t == "" {
		return 0, bad
	}
	if len(t) > 1 && (t[:2] == "0x" || t[:2] == "0X") {
		t = t[2:]
	}
	if !strings.ContainsAny(t, "pP") {
		t += "p0"
	}
	mant := t[:strings.IndexAny(t, "pP")]
	if mant == "" || mant == "." || strings.ContainsAny(mant, "+-") {
		return 0, bad
	}
	f, err := strconv.ParseFloat("0x"+t, 64)
	if err != nil {
		if ne, ok := err.(*strconv.NumError); ok && ne.Err == strconv.ErrRange && !math.IsInf(f, 0) {
			// underflow: Go rounds to zero or a subnormal, as C does
		} else if ok && ne.Err == strconv.ErrRange {
			return 0, Errorf(ExcOverflowError, "hexadecimal value too large to represent as a float")
		} else {
			return 0, bad
		}
	}
	if neg {
		f = -f
	}
	return f, nil
}

func init() {
	IntType.AddMethod("bit_length", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		if err := methArgs("int", "bit_length", args, kwnames, 0, 0); err != nil {
			return Null, err
		}
		b, _ := BigOf(self)
		return Int(int64(new(big.Int).Abs(b).BitLen())), nil
	})
	FloatType.addGetter("real", func(t *Thread, self Value) (Value, *BaseException) { return Float(floatSelf(self)), nil })
	FloatType.addGetter("imag", func(t *Thread, self Value) (Value, *BaseException) { return Float(0), nil })
	FloatType.AddMethod("conjugate", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		if err := methArgs("float", "conjugate", args, kwnames, 0, 0); err != nil {
			return Null, err
		}
		return Float(floatSelf(self)), nil
	})
	FloatType.AddMethod("hex", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		if err := methArgs("float", "hex", args, kwnames, 0, 0); err != nil {
			return Null, err
		}
		return NewStrValue(FloatHex(floatSelf(self))), nil
	})
	FloatType.AddMethod("as_integer_ratio", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		if err := methArgs("float", "as_integer_ratio", args, kwnames, 0, 0); err != nil {
			return Null, err
		}
		x := floatSelf(self)
		if math.IsInf(x, 0) {
			return Null, Errorf(ExcOverflowError, "cannot convert Infinity to integer ratio")
		}
		if math.IsNaN(x) {
			return Null, Errorf(ExcValueError, "cannot convert NaN to integer ratio")
		}
		rr := new(big.Rat).SetFloat64(x)
		return NewTupleValue([]Value{NewBigInt(new(big.Int).Set(rr.Num())), NewBigInt(new(big.Int).Set(rr.Denom()))}), nil
	})
	FloatType.addClassMethod("fromhex", func(t *Thread, cls Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		if err := methArgs("float", "fromhex", args, kwnames, 1, 1); err != nil {
			return Null, err
		}
		if !args[0].IsInstance(StrType) {
			return Null, Errorf(ExcTypeError, "bad argument type for built-in operation")
		}
		f, err := floatFromHex(As[Str](args[0]).S)
		if err != nil {
			return Null, err
		}
		if cls.p != Obj(FloatType).p {
			return CallValue(t, cls, []Value{Float(f)}, nil)
		}
		return Float(f), nil
	})
	TupleType.AddMethod("index", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		if err := CheckArgs("index", args, kwnames, 1, 3); err != nil {
			return Null, err
		}
		items := As[Tuple](self).Items
		start, stop := 0, len(items)
		if len(args) > 1 {
			sl := &Slice{Start: args[1], Stop: None, Step: None}
			if len(args) > 2 {
				sl.Stop = args[2]
			}
			var err *BaseException
			if start, stop, _, err = sl.Indices(t, len(items)); err != nil {
				return Null, err
			}
		}
		for i := start; i < stop && i < len(items); i++ {
			if items[i].Is(args[0]) {
				return Int(int64(i)), nil
			}
			eq, err := Equal(t, items[i], args[0])
			if err != nil {
				return Null, err
			}
			if eq {
				return Int(int64(i)), nil
			}
		}
		return Null, Errorf(ExcValueError, "tuple.index(x): x not in tuple")
	})
	TupleType.AddMethod("count", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		if err := methArgs("tuple", "count", args, kwnames, 1, 1); err != nil {
			return Null, err
		}
		n := 0
		for _, it := range As[Tuple](self).Items {
			eq := it.Is(args[0])
			if !eq {
				var err *BaseException
				if eq, err = Equal(t, it, args[0]); err != nil {
					return Null, err
				}
			}
			if eq {
				n++
			}
		}
		return Int(int64(n)), nil
	})
}

// PyfmtError converts a pyfmt error to the Python exception it names.
func PyfmtError(err error) *BaseException {
	pe, ok := err.(*pyfmt.Error)
	if !ok {
		return Errorf(ExcSystemError, "%s", err.Error())
	}
	typ := ExcValueError
	switch pe.Kind {
	case pyfmt.TypeError:
		typ = ExcTypeError
	case pyfmt.OverflowError:
		typ = ExcOverflowError
	case pyfmt.KeyError:
		typ = ExcKeyError
	case pyfmt.MemoryError:
		typ = ExcMemoryError
	}
	return Errorf(typ, "%s", pe.Msg)
}

func init() {
	plainInt := IntType.New
	IntType.New = func(t *Thread, typ *Type, args []Value, kwnames *Tuple) (Value, *BaseException) {
		pos, kw := SplitArgs(args, kwnames)
		for _, k := range kwnames.Items2() {
			if n := As[Str](k).S; n != "base" {
				return Null, Errorf(ExcTypeError, "'%s' is an invalid keyword argument for int()", n)
			}
		}
		if len(pos) == 0 && len(kw) == 1 {
			return Null, Errorf(ExcTypeError, "int() missing string argument")
		}
		if len(pos) == 0 || len(pos) > 2 || len(kw) > 1 {
			return plainInt(t, typ, args, kwnames)
		}
		x := pos[0]
		var baseV Value = Null
		if len(pos) == 2 {
			baseV = pos[1]
		}
		if len(kw) == 1 {
			if As[Str](kwnames.Items[0]).S != "base" {
				return plainInt(t, typ, args, kwnames)
			}
			baseV = kw[0]
		}
		base := int64(10)
		if !baseV.IsNull() {
			var err *BaseException
			if base, err = intArg(t, baseV); err != nil {
				if !err.Matches(ExcOverflowError) {
					return Null, err
				}
				base = -1 // PyNumber_AsSsize_t clamps: out of range below
			}
			if base != 0 && (base < 2 || base > 36) {
				return Null, Errorf(ExcValueError, "int() base must be >= 2 and <= 36, or 0")
			}
		}
		var r Value
		if x.IsInstance(StrType) {
			v, err := ParseIntLiteral(As[Str](x).S, int(base))
			if err != nil {
				return Null, err
			}
			r = v
		} else if b, ok := bytesLikeOf(x); ok {
			small, z, err := pyfmt.ParseIntBytes(b, int(base), MaxStrDigits)
			if err != nil {
				return Null, PyfmtError(err)
			}
			r = Int(small)
			if z != nil {
				r = NewBigInt(z)
			}
		} else if !baseV.IsNull() {
			return Null, Errorf(ExcTypeError, "int() can't convert non-string with explicit base")
		} else {
			return plainInt(t, typ, args, kwnames)
		}
		if typ != IntType {
			return plainInt(t, typ, []Value{r}, nil)
		}
		return r, nil
	}
	plainFloat := FloatType.New
	FloatType.New = func(t *Thread, typ *Type, args []Value, kwnames *Tuple) (Value, *BaseException) {
		if kwnames.Len() > 0 {
			// keywords are refused unless a subclass defines __init__
			// (which gets them); float's own argument is positional-only
			if typ == FloatType || lookupUser(typ, "__init__").IsNull() {
				return Null, Errorf(ExcTypeError, "float() takes no keyword arguments")
			}
			args, _ = SplitArgs(args, kwnames)
			kwnames = nil
		}
		if len(args) == 1 {
			if _, isBytes := bytesLikeOf(args[0]); !isBytes && !args[0].IsInstance(StrType) && args[0].Type().Float == nil && args[0].Type().Index == nil {
				if b, ok := BytesLike(args[0]); ok {
					// memoryview, array, ...: parsed as bytes
					args = []Value{NewBytes(append([]byte(nil), b...))}
				}
			}
		}
		if len(args) != 1 || kwnames != nil {
			return plainFloat(t, typ, args, kwnames)
		}
		x := args[0]
		var f float64
		switch {
		case x.IsInstance(StrType) && x.Type() != StrType && lookupUser(x.Type(), "__float__").IsNull():
			v, err := pyfmt.ParseFloat(As[Str](x).S)
			if err != nil {
				return Null, PyfmtError(err)
			}
			f = v
		case isByteArray(x) || x.IsInstance(BytesType):
			v, err := pyfmt.ParseFloatBytes(As[Bytes](x).B, func() string { s, _ := ReprString(t, x); return s })
			if err != nil {
				return Null, PyfmtError(err)
			}
			f = v
		case x.Type().Float != nil && !x.IsFloat() && !IsIntValue(x) && (!x.Type().IsSubtype(FloatType) && !x.Type().IsSubtype(StrType) || !lookupUser(x.Type(), "__float__").IsNull()):
			// a float subclass's own __float__ is called too
			v, err := x.Type().Float(t, x)
			if err != nil {
				return Null, err
			}
			if !v.IsFloat() && !v.Type().IsSubtype(FloatType) {
				return Null, Errorf(ExcTypeError, "%s.__float__ returned non-float (type %s)", x.Type().Name, v.Type().Name)
			}
			if !v.IsFloat() && v.Type() != FloatType {
				if err := Warn(t, ExcDeprecationWarning, x.Type().Name+".__float__ returned non-float (type "+v.Type().Name+").  The ability to return an instance of a strict subclass of float is deprecated, and may be removed in a future version of Python."); err != nil {
					return Null, err
				}
			}
			f = floatSelf(v)
		case x.Type().Float == nil && x.Type().Index != nil && !IsIntValue(x):
			v, err := Index(t, x)
			if err != nil {
				return Null, err
			}
			fv, err := intFloat(t, v)
			if err != nil {
				return Null, err
			}
			f = fv.FloatVal()
		default:
			return plainFloat(t, typ, args, kwnames)
		}
		if typ != FloatType {
			return Obj(&FloatObject{Header{typ}, f}), nil
		}
		return Float(f), nil
	}
	FloatType.AddMethod("is_integer", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		if err := methArgs("float", "is_integer", args, kwnames, 0, 0); err != nil {
			return Null, err
		}
		f := floatSelf(self)
		return Bool(f == math.Trunc(f) && !math.IsInf(f, 0)), nil
	})
}

// setKey is the key a set looks x up by: a set is looked up as the
// frozenset of its elements (CPython does the same for in/remove/discard).
func setKey(t *Thread, x Value) Value {
	// a set stands for the equal frozenset only when it is unhashable (a
	// subclass may define __hash__)
	if x.Type() == SetType || x.Type().IsSubtype(SetType) && x.Type().Hash == nil || x.Type().IsSubtype(SetType) && isUnhashableSlot(x.Type()) {
		f, err := CopySet(t, FrozenSetType, As[Set](x)), (*BaseException)(nil)
		if err == nil {
			return Obj(f)
		}
	}
	return x
}

// DictReversedItems returns the elements reversed(v) yields for a dict or
// a dict view (a snapshot), ok false for other objects.
func DictReversedItems(v Value) ([]Value, bool) {
	var d *Dict
	kind := uint8(0)
	switch {
	case v.Type() == DictType || v.Type().IsSubtype(DictType):
		d = As[Dict](v)
	case v.Type() == dictKeysType || v.Type() == dictValuesType || v.Type() == dictItemsType:
		dv := As[dictView](v)
		d, kind = dv.d, dv.kind
	default:
		return nil, false
	}
	var out []Value
	d.Items(func(k, val Value) bool {
		switch kind {
		case 0:
			out = append(out, k)
		case 1:
			out = append(out, val)
		default:
			out = append(out, Tuple2(k, val))
		}
		return true
	})
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return out, true
}

func init() {
	asSet := func(t *Thread, v Value) (Value, bool, *BaseException) {
		switch v.Type() {
		case SetType, FrozenSetType:
			return v, true, nil
		case dictKeysType, dictItemsType:
			items, err := IterToSlice(t, v)
			if err != nil {
				return Null, false, err
			}
			s, err := setFrom(t, SetType, items)
			return Obj(s), true, err
		}
		if v.IsInstance(SetType) || v.IsInstance(FrozenSetType) {
			return v, true, nil
		}
		return Null, false, nil
	}
	for _, vt := range []*Type{dictKeysType, dictItemsType} {
		vt.RichCompare = func(t *Thread, a, b Value, op CompareOp) (Value, *BaseException) {
			sb, ok, err := asSet(t, b)
			if err != nil || !ok {
				return NotImplemented, err
			}
			sa, _, err := asSet(t, a)
			if err != nil {
				return Null, err
			}
			return SetType.RichCompare(t, sa, sb, op)
		}
		vt.AddMethod("isdisjoint", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
			if err := CheckArgs("isdisjoint", args, kwnames, 1, 1); err != nil {
				return Null, err
			}
			items, err := IterToSlice(t, args[0])
			if err != nil {
				return Null, err
			}
			for _, it := range items {
				in, err := vt.Contains(t, self, it)
				if err != nil || in {
					return False, err
				}
			}
			return True, nil
		})
	}
}

func init() {
	for _, f := range []struct {
		name string
		get  func(p *Property) Value
	}{{"fget", func(p *Property) Value { return p.Get }}, {"fset", func(p *Property) Value { return p.Set }},
		{"fdel", func(p *Property) Value { return p.Del }}} {
		f := f
		PropertyType.addGetter(f.name, func(t *Thread, self Value) (Value, *BaseException) {
			v := f.get(As[Property](self))
			if v.IsNull() {
				return None, nil
			}
			return v, nil
		})
	}
	SliceType.RichCompare = func(t *Thread, a, b Value, op CompareOp) (Value, *BaseException) {
		if b.Type() != SliceType {
			return NotImplemented, nil
		}
		x, y := As[Slice](a), As[Slice](b)
		return RichCompare(t, NewTupleValue([]Value{x.Start, x.Stop, x.Step}), NewTupleValue([]Value{y.Start, y.Stop, y.Step}), op)
	}
	SliceType.AddMethod("indices", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		if err := methArgs("slice", "indices", args, kwnames, 1, 1); err != nil {
			return Null, err
		}
		n, err := intArg(t, args[0])
		if err != nil {
			return Null, err
		}
		if n < 0 {
			return Null, Errorf(ExcValueError, "length should not be negative")
		}
		a, b, c, err := As[Slice](self).Indices(t, int(n))
		if err != nil {
			return Null, err
		}
		return NewTupleValue([]Value{Int(int64(a)), Int(int64(b)), Int(int64(c))}), nil
	})
}

func init() {
	PropertyType.addGetter("__doc__", func(t *Thread, self Value) (Value, *BaseException) {
		p := As[Property](self)
		if !p.Doc.IsNull() && !p.Doc.IsNone() {
			return p.Doc, nil
		}
		if !p.Get.IsNull() && !p.Get.IsNone() {
			if d, err := GetAttrString(t, p.Get, "__doc__"); err == nil {
				return d, nil
			}
		}
		return None, nil
	})
}

// parseComplex parses complex()'s string argument.
func parseComplex(s string) (complex128, bool) {
	s = strings.TrimFunc(s, PyIsSpace)
	if strings.HasPrefix(s, "(") && strings.HasSuffix(s, ")") {
		s = strings.TrimFunc(s[1:len(s)-1], PyIsSpace)
	}
	if s == "" || strings.ContainsFunc(s, PyIsSpace) {
		return 0, false
	}
	num := func(x string) (float64, bool) {
		if x == "" || strings.Contains(x, "__") {
			return 0, false
		}
		f, err := pyfmt.ParseFloat(x)
		return f, err == nil
	}
	if s[len(s)-1] != 'j' && s[len(s)-1] != 'J' {
		f, ok := num(s)
		return complex(f, 0), ok
	}
	body := s[:len(s)-1]
	// split at the last sign that is not part of an exponent
	split := -1
	for i := len(body) - 1; i > 0; i-- {
		if (body[i] == '+' || body[i] == '-') && body[i-1] != 'e' && body[i-1] != 'E' {
			split = i
			break
		}
	}
	imagPart := func(x string) (float64, bool) {
		switch x {
		case "", "+":
			return 1, true
		case "-":
			return -1, true
		}
		return num(x)
	}
	if split < 0 {
		im, ok := imagPart(body)
		return complex(0, im), ok
	}
	re, ok1 := num(body[:split])
	im, ok2 := imagPart(body[split:])
	return complex(re, im), ok1 && ok2
}

func init() {
	plainComplex := ComplexType.New
	ComplexType.New = func(t *Thread, typ *Type, args []Value, kwnames *Tuple) (Value, *BaseException) {
		if kwnames.Len() > 0 {
			pos, kw := SplitArgs(args, kwnames)
			vals := []Value{Null, Null}
			copy(vals, pos)
			for i, k := range kwnames.Items {
				switch n := As[Str](k).S; n {
				case "real", "imag":
					j := 0
					if n == "imag" {
						j = 1
					}
					if j < len(pos) {
						return Null, Errorf(ExcTypeError, "argument for complex() given by name ('%s') and position (%d)", n, j+1)
					}
					vals[j] = kw[i]
				default:
					return Null, Errorf(ExcTypeError, "'%s' is an invalid keyword argument for complex()", n)
				}
			}
			if vals[0].IsNull() {
				vals[0] = Int(0)
			}
			if vals[1].IsNull() {
				vals = vals[:1]
			}
			return ComplexType.New(t, typ, vals, nil)
		}
		if len(args) >= 1 && kwnames == nil && args[0].IsInstance(StrType) {
			if len(args) == 2 {
				return Null, Errorf(ExcTypeError, "complex() can't take second arg if first is a string")
			}
			c, ok := parseComplex(As[Str](args[0]).S)
			if !ok {
				return Null, Errorf(ExcValueError, "complex() arg is a malformed string")
			}
			return NewComplex(c), nil
		}
		if len(args) == 2 && kwnames == nil && !args[0].IsInstance(ComplexType) && !args[1].IsInstance(ComplexType) {
			a, ok1, _ := FloatOf(args[0])
			b, ok2, _ := FloatOf(args[1])
			if ok1 && ok2 {
				c := complex(a, b) // no arithmetic: keeps -0.0, inf and nan parts
				if typ != ComplexType {
					return plainComplex(t, typ, []Value{NewComplex(c)}, nil)
				}
				return NewComplex(c), nil
			}
		}
		if len(args) == 2 && kwnames == nil && args[1].IsInstance(StrType) {
			return Null, Errorf(ExcTypeError, "complex() second arg can't be a string")
		}
		if len(args) == 1 && kwnames == nil {
			if m := args[0].Type().LookupString("__complex__"); !m.IsNull() && args[0].Type().IsHeapType() {
				r, err := CallValue(t, m, []Value{args[0]}, nil)
				if err == nil && !r.IsInstance(ComplexType) {
					return Null, Errorf(ExcTypeError, "__complex__ returned non-complex (type %s)", r.Type().Name)
				}
				if err == nil && r.Type() != ComplexType {
					if err := Warn(t, ExcDeprecationWarning, "__complex__ returned non-complex (type "+r.Type().Name+").  The ability to return an instance of a strict subclass of complex is deprecated, and may be removed in a future version of Python."); err != nil {
						return Null, err
					}
				}
				return r, err
			}
		}
		return plainComplex(t, typ, args, kwnames)
	}
	for _, st := range []struct {
		typ *Type
		v   Value
	}{{NoneType, None}, {EllipsisType, Ellipsis}, {NotImplementedType, NotImplemented}} {
		v := st.v
		name := st.typ.Name
		st.typ.New = func(t *Thread, typ *Type, args []Value, kwnames *Tuple) (Value, *BaseException) {
			if len(args) > 0 {
				return Null, Errorf(ExcTypeError, "%s takes no arguments", name)
			}
			return v, nil
		}
	}
	ByteArrayType.Repr = func(t *Thread, v Value) (Value, *BaseException) {
		b := As[Bytes](v).B
		q := byte('\'')
		if bytes.IndexByte(b, '\'') >= 0 && bytes.IndexByte(b, '"') < 0 {
			q = '"'
		}
		var sb strings.Builder
		sb.WriteString(v.Type().Name + "(b")
		sb.WriteByte(q)
		for _, c := range b {
			switch {
			case c == '\'' || c == '\\':
				sb.WriteByte('\\')
				sb.WriteByte(c)
			case c == '\t':
				sb.WriteString("\\t")
			case c == '\n':
				sb.WriteString("\\n")
			case c == '\r':
				sb.WriteString("\\r")
			case c < ' ' || c >= 0x7f:
				fmt.Fprintf(&sb, "\\x%02x", c)
			default:
				sb.WriteByte(c)
			}
		}
		sb.WriteByte(q)
		sb.WriteByte(')')
		return NewStrValue(sb.String()), nil
	}
}

// wrapArgCheck replaces builtin methods of typ with versions that first
// check the number of positional arguments (CPython's "X.m() takes no
// arguments (1 given)" messages).
func wrapArgCheck(typ *Type, lo, hi int, names ...string) {
	for _, name := range names {
		v, ok := typ.Dict.GetStr(Intern(name))
		if !ok || v.Type() != MethodDescrType {
			continue
		}
		inner := As[BuiltinFunction](v).Fn
		tn, n := typ.Name, name
		typ.AddMethod(name, func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
			if err := methArgs(tn, n, args, kwnames, lo, hi); err != nil {
				return Null, err
			}
			return inner(t, self, args, kwnames)
		})
	}
}

func init() {
	wrapArgCheck(ListType, 0, 0, "copy", "clear", "reverse")
	wrapArgCheck(DictType, 0, 0, "copy", "clear", "popitem")
	wrapArgCheck(SetType, 0, 0, "copy", "clear", "pop")
	wrapArgCheck(FrozenSetType, 0, 0, "copy")
	wrapArgCheck(ByteArrayType, 0, 0, "copy", "clear", "reverse")
	IntType.AddMethod("__index__", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		if len(args) != 0 {
			return Null, Errorf(ExcTypeError, "expected 0 arguments, got %d", len(args))
		}
		return intSelf(self), nil
	})
}

func init() {
	MethodType.RichCompare = func(t *Thread, a, b Value, op CompareOp) (Value, *BaseException) {
		if b.Type() != MethodType || (op != CmpEq && op != CmpNe) {
			return NotImplemented, nil
		}
		x, y := As[Method](a), As[Method](b)
		eq := x.Self.Is(y.Self)
		if eq {
			var err *BaseException
			if eq, err = Equal(t, x.Func, y.Func); err != nil {
				return Null, err
			}
		}
		return Bool(eq == (op == CmpEq)), nil
	}
	MethodType.Hash = func(t *Thread, v Value) (int64, *BaseException) {
		m := As[Method](v)
		h1, err := Hash(t, m.Func)
		if err != nil {
			return 0, err
		}
		return h1 ^ identityHashOf(m.Self), nil
	}
	MethodDescrType.GetAttr = func(t *Thread, v Value, name *Str) (Value, *BaseException) {
		b := As[BuiltinFunction](v)
		switch name.S {
		case "__name__":
			return NewStrValue(b.Name), nil
		case "__qualname__":
			if b.Owner != nil {
				return NewStrValue(b.Owner.Name + "." + b.Name), nil
			}
			return NewStrValue(b.Name), nil
		case "__objclass__":
			if b.Owner != nil {
				return Obj(b.Owner), nil
			}
		}
		return GenericGetAttr(t, v, name)
	}
}

func identityHashOf(v Value) int64 { h, _ := identityHash(nil, v); return h }

func init() {
	ListType.INB[OpMul] = func(t *Thread, a, b Value) (Value, *BaseException) {
		l := As[List](a)
		k, notImpl, err := repeatCount(t, b, len(l.Items), 16)
		if notImpl || err != nil {
			return NotImplemented, err
		}
		l.Items = repeatValues(l.Items, k)
		return a, nil
	}
}

// layoutBase is the builtin type that fixes an instance layout of t
// (exception classes all share BaseException's).
func layoutBase(t *Type) *Type {
	t = solidBase(t)
	if t == nil {
		return ObjectType
	}
	if t.IsSubtype(ExcBaseException) {
		return ExcBaseException
	}
	return t
}

// checkLayouts rejects bases whose builtin layouts are incompatible
// (class C(int, str)).
func checkLayouts(bases []*Type) *BaseException {
	var winner *Type
	for _, b := range bases {
		sb := layoutBase(b)
		if sb == ObjectType {
			continue
		}
		switch {
		case winner == nil || sb.IsSubtype(winner):
			winner = sb
		case winner.IsSubtype(sb):
		default:
			return Errorf(ExcTypeError, "multiple bases have instance lay-out conflict")
		}
	}
	return nil
}

func init() {
	ExcBaseException.AddMethod("add_note", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		if err := methArgs("BaseException", "add_note", args, kwnames, 1, 1); err != nil {
			return Null, err
		}
		if !args[0].IsInstance(StrType) {
			return Null, Errorf(ExcTypeError, "note must be a str, not '%s'", args[0].Type().Name)
		}
		notes, err := GetAttrString(t, self, "__notes__")
		if err != nil {
			if !err.Matches(ExcAttributeError) {
				return Null, err
			}
			notes = NewListValue(nil)
			if err := SetAttr(t, self, Intern("__notes__"), notes); err != nil {
				return Null, err
			}
		}
		if notes.Type() != ListType {
			return Null, Errorf(ExcTypeError, "Cannot add note: __notes__ is not a list")
		}
		l := As[List](notes)
		l.Items = append(l.Items, args[0])
		return None, nil
	})
}

// ExceptionNotes returns the str notes added to e with add_note (for the
// traceback printer).
func ExceptionNotes(t *Thread, e *BaseException) []string {
	v, err := GetAttrString(t, Obj(e), "__notes__")
	if err != nil || v.Type() != ListType {
		return nil
	}
	var out []string
	for _, n := range As[List](v).Items {
		if s, err := StrString(t, n); err == nil {
			out = append(out, s)
		}
	}
	return out
}

// iterBlocked reports a class that sets __iter__ = None (not iterable,
// even with __getitem__).
func iterBlocked(t *Type) bool {
	if !t.IsHeapType() {
		return false
	}
	v := t.LookupString("__iter__")
	return !v.IsNull() && v.IsNone()
}

func init() {
	plain := BuiltinFunctionType.GetAttr
	BuiltinFunctionType.GetAttr = func(t *Thread, v Value, name *Str) (Value, *BaseException) {
		b := As[BuiltinFunction](v)
		switch name.S {
		case "__module__":
			if b.Self.IsNull() && b.Module != "" {
				return NewStrValue(b.Module), nil
			}
			return None, nil
		case "__doc__":
			return None, nil
		}
		return plain(t, v, name)
	}
	BuiltinFunctionType.SetAttr = func(t *Thread, v Value, name *Str, val Value) *BaseException {
		switch name.S {
		case "__doc__", "__name__", "__qualname__", "__module__", "__self__":
			return Errorf(ExcAttributeError, "attribute '%s' of 'builtin_function_or_method' objects is not writable", name.S)
		}
		return Errorf(ExcAttributeError, "'builtin_function_or_method' object has no attribute '%s'", name.S)
	}
}

// Items2 returns the items of a possibly nil tuple.
func (t *Tuple) Items2() []Value {
	if t == nil {
		return nil
	}
	return t.Items
}

func init() {
	for _, ty := range []*Type{ListType, TupleType, SetType, FrozenSetType} {
		plain, name := ty.New, ty.Name
		if plain == nil {
			continue
		}
		ty.New = func(t *Thread, typ *Type, args []Value, kwnames *Tuple) (Value, *BaseException) {
			if kwnames.Len() > 0 && typ == ty0(name) {
				return Null, Errorf(ExcTypeError, "%s() takes no keyword arguments", name)
			}
			return plain(t, typ, args, kwnames)
		}
	}
	plainStr := StrType.New
	StrType.New = func(t *Thread, typ *Type, args []Value, kwnames *Tuple) (Value, *BaseException) {
		if kwnames.Len() > 0 {
			pos, kw := SplitArgs(args, kwnames)
			var obj Value = Null
			rest := []Value{}
			var restNames []Value
			if len(pos) > 0 {
				obj = pos[0]
				rest = append(rest, pos[1:]...)
			}
			for i, k := range kwnames.Items {
				switch n := As[Str](k).S; n {
				case "object":
					if !obj.IsNull() {
						return Null, Errorf(ExcTypeError, "argument for str() given by name ('object') and position (1)")
					}
					obj = kw[i]
				case "encoding", "errors":
					restNames = append(restNames, k)
				default:
					return Null, Errorf(ExcTypeError, "'%s' is an invalid keyword argument for str()", n)
				}
			}
			if !obj.IsNull() && len(restNames) == 0 && len(rest) == 0 {
				return plainStr(t, typ, []Value{obj}, nil)
			}
		}
		return plainStr(t, typ, args, kwnames)
	}
}

func ty0(name string) *Type {
	switch name {
	case "list":
		return ListType
	case "tuple":
		return TupleType
	case "set":
		return SetType
	}
	return FrozenSetType
}

// wrapperArgs checks the arguments of a binary slot wrapper (__add__ ...)
// with CPython's wording (__pow__ is ternary: one or two arguments).
func wrapperArgs(op BinOp, args []Value, kw *Tuple) *BaseException {
	if kw.Len() > 0 {
		return Errorf(ExcTypeError, "wrapper %s() takes no keyword arguments", "__"+binOpNames[op]+"__")
	}
	if op == OpPow {
		if len(args) < 1 {
			return Errorf(ExcTypeError, " expected at least 1 argument, got %d", len(args))
		}
		if len(args) > 2 {
			return Errorf(ExcTypeError, " expected at most 2 arguments, got %d", len(args))
		}
		return nil
	}
	if len(args) != 1 {
		return Errorf(ExcTypeError, "expected 1 argument, got %d", len(args))
	}
	return nil
}

func init() {
	IntType.AddMethod("__round__", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		if err := CheckArgs("__round__", args, kwnames, 0, 1); err != nil {
			return Null, err
		}
		x := intSelf(self)
		if len(args) == 0 || args[0].IsNone() {
			return x, nil
		}
		if !IsIntValue(args[0]) && args[0].Type().Index == nil {
			return Null, Errorf(ExcTypeError, "'%s' object cannot be interpreted as an integer", args[0].Type().Name)
		}
		nd, err := Index(t, args[0])
		if err != nil {
			return Null, err
		}
		n, fits := IntToInt64(nd)
		switch {
		case !fits && IsNegativeInt(nd):
			return Int(0), nil // beyond an int64: 10**-n dwarfs any int
		case !fits || n >= 0:
			return x, nil
		}
		return RoundIntNeg(x, n), nil
	})
	FloatType.AddMethod("__round__", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		if err := CheckArgs("__round__", args, kwnames, 0, 1); err != nil {
			return Null, err
		}
		f := floatSelf(self)
		if len(args) == 0 || args[0].IsNone() {
			small, z, err := pyfmt.FloatRoundInt(f)
			if err != nil {
				return Null, PyfmtError(err)
			}
			if z != nil {
				return NewBigInt(z), nil
			}
			return Int(small), nil
		}
		n, err := intArg(t, args[0])
		if err != nil {
			return Null, err
		}
		r, e := pyfmt.FloatRound(f, int(max(min(n, 1<<30), -1<<30)))
		if e != nil {
			return Null, PyfmtError(e)
		}
		return Float(r), nil
	})
}

func init() {
	// complex subclasses: the value is computed as for complex, then
	// boxed with the subclass as its type
	exact := ComplexType.New
	ComplexType.New = func(t *Thread, typ *Type, args []Value, kwnames *Tuple) (Value, *BaseException) {
		r, err := exact(t, ComplexType, args, kwnames)
		if err != nil || typ == ComplexType {
			if err == nil && r.Type() != ComplexType && r.IsInstance(ComplexType) {
				// complex(x) is an exact complex even when x.__complex__
				// returns a subclass
				return NewComplex(As[Complex](r).V), nil
			}
			return r, err
		}
		return Obj(&Complex{Header{typ}, As[Complex](r).V}), nil
	}
	ComplexType.AddMethod("__complex__", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		if err := NoArgs("__complex__", args, kwnames); err != nil {
			return Null, err
		}
		if self.Type() == ComplexType {
			return self, nil
		}
		return NewComplex(As[Complex](self).V), nil
	})
	ComplexType.AddMethod("__getnewargs__", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		if err := NoArgs("__getnewargs__", args, kwnames); err != nil {
			return Null, err
		}
		c := As[Complex](self).V
		return Tuple2(Float(real(c)), Float(imag(c))), nil
	})
}

func init() {
	// complex.real / complex.imag as descriptors on the type (instances
	// answer through ComplexType.GetAttr first)
	ComplexType.addGetter("real", func(t *Thread, self Value) (Value, *BaseException) {
		return Float(real(As[Complex](self).V)), nil
	})
	ComplexType.addGetter("imag", func(t *Thread, self Value) (Value, *BaseException) {
		return Float(imag(As[Complex](self).V)), nil
	})
}

func init() {
	// float.__trunc__, __floor__, __ceil__ (math.floor/ceil/trunc use them
	// for float subclasses too)
	round := func(name string, f func(float64) float64) {
		FloatType.AddMethod(name, func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
			if err := NoArgs(name, args, kwnames); err != nil {
				return Null, err
			}
			return FloatToInt(f(floatSelf(self)))
		})
	}
	round("__trunc__", math.Trunc)
	round("__floor__", math.Floor)
	round("__ceil__", math.Ceil)
}

// isUnhashableSlot reports that ty's instances are unhashable (its hash
// slot is the one that raises TypeError).
func isUnhashableSlot(ty *Type) bool {
	return ty.Hash == nil || reflect.ValueOf(ty.Hash).Pointer() == reflect.ValueOf(unhashable).Pointer()
}

// RoundIntNeg is round(x, n) for an int x and n < 0: x rounded to a
// multiple of 10**-n, halves to even. When 10**-n has more digits than x
// the result is 0 at once (CPython computes the power first, which never
// ends for a huge -n).
func RoundIntNeg(x Value, n int64) Value {
	b, _ := BigOf(x)
	digits := int64(float64(b.BitLen())*0.3010299956639812) + 1 // |x| < 10**digits
	if n < -digits {
		return Int(0) // |x| < 10**-n / 2
	}
	p := new(big.Int).Exp(big.NewInt(10), big.NewInt(-n), nil)
	q, m := new(big.Int).DivMod(b, p, new(big.Int))
	twice := new(big.Int).Mul(m, big.NewInt(2))
	if c := twice.Cmp(p); c > 0 || (c == 0 && q.Bit(0) == 1) {
		q.Add(q, big.NewInt(1))
	}
	return NewBigInt(q.Mul(q, p))
}

// IsNegativeInt reports whether int v is below zero.
func IsNegativeInt(v Value) bool {
	if i, ok := IntToInt64(v); ok {
		return i < 0
	}
	b, _ := BigOf(v)
	return b.Sign() < 0
}
