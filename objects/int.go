package objects

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"taipan/pyfmt"

	"taipan/fmath"
)

// IntType is `int`. Ints that fit in int64 are unboxed Values; larger ones
// are *BigInt heap objects of the same type. Every operation returns the
// unboxed form whenever the result fits.
var IntType = builtinType("int", nil, FlagBaseType)

// BigInt is an int outside the int64 range (or an instance of an int
// subclass, which is always boxed).
type BigInt struct {
	Header
	V big.Int
}

// hashModulus is CPython's numeric hash modulus 2**61-1.
const hashModulus = (1 << 61) - 1

// NewBigInt returns the int value of b, unboxed if it fits. The result
// may share b's digits: callers pass a big.Int they no longer modify.
func NewBigInt(b *big.Int) Value {
	if b.IsInt64() {
		return Int(b.Int64())
	}
	return Obj(&BigInt{Header: Header{IntType}, V: *b})
}

// IsIntValue reports whether v is an int (including bool).
func IsIntValue(v Value) bool {
	return v.p == intTagP || v.p == boolTagP || v.Type().IsSubtype(IntType)
}

// smallOf returns v as int64 if it is an unboxed int or a bool.
func smallOf(v Value) (int64, bool) {
	if v.p == intTagP || v.p == boolTagP {
		return int64(v.n), true
	}
	return 0, false
}

// BigOf returns v as a big.Int if v is an int (or bool).
func BigOf(v Value) (*big.Int, bool) {
	if i, ok := smallOf(v); ok {
		return big.NewInt(i), true
	}
	if v.Type().IsSubtype(IntType) {
		return &As[BigInt](v).V, true
	}
	return nil, false
}

// IntToInt64 converts an int value to int64; ok is false if v is not an
// int or overflows.
func IntToInt64(v Value) (int64, bool) {
	if i, ok := smallOf(v); ok {
		return i, true
	}
	if b, ok := BigOf(v); ok && b.IsInt64() {
		return b.Int64(), true
	}
	return 0, false
}

// AddInt64 adds with overflow detection.
func AddInt64(x, y int64) (int64, bool) {
	s := x + y
	return s, (s^x)&(s^y) >= 0
}

// SubInt64 subtracts with overflow detection.
func SubInt64(x, y int64) (int64, bool) {
	s := x - y
	return s, (x^y)&(s^x) >= 0
}

// MulInt64 multiplies with overflow detection.
func MulInt64(x, y int64) (int64, bool) {
	if x == int64(int32(x)) && y == int64(int32(y)) {
		return x * y, true
	}
	if x == 0 || y == 0 {
		return 0, true
	}
	p := x * y
	if p/y != x || (x == -1 && y == math.MinInt64) || (y == -1 && x == math.MinInt64) {
		return 0, false
	}
	return p, true
}

// FloorDivInt64 is Python's // on int64 (y != 0); ok false on overflow.
func FloorDivInt64(x, y int64) (int64, bool) {
	if x == math.MinInt64 && y == -1 {
		return 0, false
	}
	q := x / y
	if (x%y != 0) && ((x < 0) != (y < 0)) {
		q--
	}
	return q, true
}

// ModInt64 is Python's % on int64 (y != 0): the result has y's sign.
func ModInt64(x, y int64) int64 {
	if y == -1 {
		return 0
	}
	m := x % y
	if m != 0 && ((m < 0) != (y < 0)) {
		m += y
	}
	return m
}

func intBinary(op BinOp) BinaryFunc {
	return func(t *Thread, a, b Value) (Value, *BaseException) { return IntBinaryOp(op, a, b) }
}

// IntBinaryOp applies op to two ints (or bools); NotImplemented if either
// is not an int.
func IntBinaryOp(op BinOp, a, b Value) (Value, *BaseException) {
	x, okx := smallOf(a)
	y, oky := smallOf(b)
	if okx && oky {
		switch op {
		case OpAdd:
			if r, ok := AddInt64(x, y); ok {
				return Int(r), nil
			}
		case OpSub:
			if r, ok := SubInt64(x, y); ok {
				return Int(r), nil
			}
		case OpMul:
			if r, ok := MulInt64(x, y); ok {
				return Int(r), nil
			}
		case OpFloorDiv:
			if y == 0 {
				return Null, Errorf(ExcZeroDivisionError, "integer division or modulo by zero")
			}
			if r, ok := FloorDivInt64(x, y); ok {
				return Int(r), nil
			}
		case OpMod:
			if y == 0 {
				return Null, Errorf(ExcZeroDivisionError, "integer modulo by zero")
			}
			return Int(ModInt64(x, y)), nil
		case OpTrueDiv:
			if y == 0 {
				return Null, Errorf(ExcZeroDivisionError, "division by zero")
			}
			if x == int64(float64(x)) && y == int64(float64(y)) && x > -1<<53 && x < 1<<53 && y > -1<<53 && y < 1<<53 {
				return Float(float64(x) / float64(y)), nil
			}
		case OpAnd:
			return Int(x & y), nil
		case OpOr:
			return Int(x | y), nil
		case OpXor:
			return Int(x ^ y), nil
		case OpLShift:
			if y < 0 {
				return Null, Errorf(ExcValueError, "negative shift count")
			}
			if y < 63 && (x<<y)>>y == x {
				return Int(x << y), nil
			}
		case OpRShift:
			if y < 0 {
				return Null, Errorf(ExcValueError, "negative shift count")
			}
			if y > 63 {
				y = 63
			}
			return Int(x >> y), nil
		case OpPow:
			if y >= 0 {
				if r, ok := powInt64(x, y); ok {
					return Int(r), nil
				}
			}
		}
	}
	if r, ok := int128BinaryOp(op, a, b); ok {
		return r, nil
	}
	bx, ok1 := BigOf(a)
	by, ok2 := BigOf(b)
	if !ok1 || !ok2 {
		return NotImplemented, nil
	}
	return bigBinaryOp(op, bx, by)
}

func powInt64(x, y int64) (int64, bool) {
	r := int64(1)
	for y > 0 {
		if y&1 != 0 {
			var ok bool
			if r, ok = MulInt64(r, x); !ok {
				return 0, false
			}
		}
		y >>= 1
		if y > 0 {
			var ok bool
			if x, ok = MulInt64(x, x); !ok {
				return 0, false
			}
		}
	}
	return r, true
}

func bigBinaryOp(op BinOp, x, y *big.Int) (Value, *BaseException) {
	r := new(big.Int)
	switch op {
	case OpAdd:
		r.Add(x, y)
	case OpSub:
		r.Sub(x, y)
	case OpMul:
		if int64(x.BitLen())+int64(y.BitLen()) > MaxIntBits {
			return Null, Errorf(ExcMemoryError, "")
		}
		r.Mul(x, y)
	case OpFloorDiv, OpMod:
		if y.Sign() == 0 {
			if op == OpMod {
				return Null, Errorf(ExcZeroDivisionError, "integer modulo by zero")
			}
			return Null, Errorf(ExcZeroDivisionError, "integer division or modulo by zero")
		}
		q, m := new(big.Int).DivMod(x, y, new(big.Int)) // Euclidean: m >= 0
		if m.Sign() != 0 && y.Sign() < 0 {
			// Euclidean to floored: x = q*y + m with 0 < m < |y|
			q.Sub(q, big.NewInt(1))
			m.Add(m, y)
		}
		if op == OpMod {
			return NewBigInt(m), nil
		}
		return NewBigInt(q), nil
	case OpTrueDiv:
		if y.Sign() == 0 {
			return Null, Errorf(ExcZeroDivisionError, "division by zero")
		}
		q := new(big.Rat).SetFrac(x, y)
		f, _ := q.Float64()
		if math.IsInf(f, 0) {
			return Null, Errorf(ExcOverflowError, "integer division result too large for a float")
		}
		return Float(f), nil
	case OpAnd:
		r.And(x, y)
	case OpOr:
		r.Or(x, y)
	case OpXor:
		r.Xor(x, y)
	case OpLShift:
		if y.Sign() < 0 {
			return Null, Errorf(ExcValueError, "negative shift count")
		}
		if x.Sign() == 0 {
			return Int(0), nil
		}
		if !y.IsInt64() && !new(big.Int).Quo(y, big.NewInt(30)).IsInt64() {
			// CPython counts the shift in 30-bit digits
			return Null, Errorf(ExcOverflowError, "too many digits in integer")
		}
		if !y.IsInt64() || int64(x.BitLen())+y.Int64() > MaxIntBits || y.Int64() > 1<<40 {
			return Null, Errorf(ExcMemoryError, "")
		}
		r.Lsh(x, uint(y.Int64()))
	case OpRShift:
		if y.Sign() < 0 {
			return Null, Errorf(ExcValueError, "negative shift count")
		}
		if !y.IsInt64() || y.Int64() > 1<<31 {
			if x.Sign() < 0 {
				return Int(-1), nil
			}
			return Int(0), nil
		}
		r.Rsh(x, uint(y.Int64()))
	case OpPow:
		if y.Sign() < 0 {
			fx, _ := new(big.Float).SetInt(x).Float64()
			fy, _ := new(big.Float).SetInt(y).Float64()
			if fx == 0 {
				return Null, Errorf(ExcZeroDivisionError, "0.0 cannot be raised to a negative power")
			}
			return Float(fmath.Pow(fx, fy)), nil
		}
		if ax := new(big.Int).Abs(x); ax.BitLen() > 1 && (!y.IsInt64() || float64(ax.BitLen()-1)*float64(y.Int64()) > float64(MaxIntBits)) {
			// the result would exceed MaxIntBits
			return Null, Errorf(ExcMemoryError, "")
		}
		r.Exp(x, y, nil)
	default:
		return NotImplemented, nil
	}
	return NewBigInt(r), nil
}

func intCompare(t *Thread, a, b Value, op CompareOp) (Value, *BaseException) {
	x, okx := smallOf(a)
	y, oky := smallOf(b)
	if okx && oky {
		return Bool(CompareInt64(x, y, op)), nil
	}
	bx, ok1 := BigOf(a)
	by, ok2 := BigOf(b)
	if !ok1 || !ok2 {
		return NotImplemented, nil
	}
	return Bool(cmpResult(bx.Cmp(by), op)), nil
}

// CompareInt64 evaluates a comparison of two int64s.
func CompareInt64(x, y int64, op CompareOp) bool {
	switch op {
	case CmpLt:
		return x < y
	case CmpLe:
		return x <= y
	case CmpEq:
		return x == y
	case CmpNe:
		return x != y
	case CmpGt:
		return x > y
	}
	return x >= y
}

func cmpResult(c int, op CompareOp) bool {
	switch op {
	case CmpLt:
		return c < 0
	case CmpLe:
		return c <= 0
	case CmpEq:
		return c == 0
	case CmpNe:
		return c != 0
	case CmpGt:
		return c > 0
	}
	return c >= 0
}

// HashInt64 is CPython's hash of an int.
func HashInt64(i int64) int64 {
	if -hashModulus < i && i < hashModulus { // no division: i is its own residue
		if i == -1 {
			return -2
		}
		return i
	}
	var h int64
	if i >= 0 {
		h = int64(uint64(i) % hashModulus)
	} else {
		h = -int64((uint64(-(i + 1)) + 1) % hashModulus)
	}
	if h == -1 {
		h = -2
	}
	return h
}

func intHash(t *Thread, v Value) (int64, *BaseException) {
	if i, ok := smallOf(v); ok {
		return HashInt64(i), nil
	}
	b := &As[BigInt](v).V
	m := new(big.Int).Abs(b)
	m.Mod(m, big.NewInt(hashModulus))
	h := m.Int64()
	if b.Sign() < 0 {
		h = -h
	}
	if h == -1 {
		h = -2
	}
	return h, nil
}

// IntString formats an int value in decimal, within
// sys.get_int_max_str_digits() (MaxStrDigits; 0: no limit).
func IntString(v Value) (string, *BaseException) {
	if i, ok := smallOf(v); ok {
		return strconv.FormatInt(i, 10), nil
	}
	b := &As[BigInt](v).V
	limit := MaxStrDigits
	if limit > 0 && b.BitLen() > limit*3 {
		tooMany := func() (string, *BaseException) {
			return "", Errorf(ExcValueError, "Exceeds the limit (%d digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit", limit)
		}
		// CPython's early check, on the size in 30-bit digits: refuse
		// before converting when the result is surely too long
		if sizeA := (b.BitLen() + 29) / 30; sizeA >= 10*640/90+2 && limit/90 <= (sizeA-11)/10 {
			return tooMany()
		}
		s := b.String()
		if n := len(strings.TrimPrefix(s, "-")); n > limit {
			return tooMany()
		}
		return s, nil
	}
	return b.String(), nil
}

func intRepr(t *Thread, v Value) (Value, *BaseException) {
	s, err := IntString(v)
	if err != nil {
		return Null, err
	}
	return NewStrValue(s), nil
}

func intBool(t *Thread, v Value) (bool, *BaseException) {
	if i, ok := smallOf(v); ok {
		return i != 0, nil
	}
	return As[BigInt](v).V.Sign() != 0, nil
}

func intNeg(t *Thread, v Value) (Value, *BaseException) {
	if i, ok := smallOf(v); ok && i != math.MinInt64 {
		return Int(-i), nil
	}
	b, _ := BigOf(v)
	return NewBigInt(new(big.Int).Neg(b)), nil
}

func intAbs(t *Thread, v Value) (Value, *BaseException) {
	if i, ok := smallOf(v); ok && i != math.MinInt64 {
		if i < 0 {
			i = -i
		}
		return Int(i), nil
	}
	b, _ := BigOf(v)
	return NewBigInt(new(big.Int).Abs(b)), nil
}

func intInvert(t *Thread, v Value) (Value, *BaseException) {
	if i, ok := smallOf(v); ok {
		return Int(^i), nil
	}
	b, _ := BigOf(v)
	return NewBigInt(new(big.Int).Not(b)), nil
}

func intPos(t *Thread, v Value) (Value, *BaseException) {
	if i, ok := smallOf(v); ok {
		return Int(i), nil
	}
	b, _ := BigOf(v)
	return NewBigInt(b), nil
}

func intFloat(t *Thread, v Value) (Value, *BaseException) {
	if i, ok := smallOf(v); ok {
		return Float(float64(i)), nil
	}
	b, _ := BigOf(v)
	f, _ := new(big.Float).SetInt(b).Float64()
	if math.IsInf(f, 0) {
		return Null, Errorf(ExcOverflowError, "int too large to convert to float")
	}
	return Float(f), nil
}

// ParseIntLiteral parses s as int() does with the given base (0: auto).
func ParseIntLiteral(s string, base int) (Value, *BaseException) {
	small, z, err := pyfmt.ParseInt(s, base, MaxStrDigits)
	if err != nil {
		return Null, PyfmtError(err)
	}
	if z != nil {
		return NewBigInt(z), nil
	}
	return Int(small), nil
}

// MaxStrDigits is sys.get_int_max_str_digits() (CPython's default 4300).
var MaxStrDigits = 4300

func parseIntLiteralOld(s string, base int) (Value, *BaseException) {
	orig := s
	s = strings.TrimSpace(s)
	bad := func() (Value, *BaseException) {
		r, _ := ReprString(nil, NewStrValue(orig))
		return Null, Errorf(ExcValueError, "invalid literal for int() with base %d: %s", base, r)
	}
	if s == "" {
		return bad()
	}
	neg := false
	body := s
	if body[0] == '+' || body[0] == '-' {
		neg = body[0] == '-'
		body = body[1:]
	}
	b := base
	low := strings.ToLower(body)
	if (b == 0 || b == 16) && strings.HasPrefix(low, "0x") {
		body, b = body[2:], 16
	} else if (b == 0 || b == 8) && strings.HasPrefix(low, "0o") {
		body, b = body[2:], 8
	} else if (b == 0 || b == 2) && strings.HasPrefix(low, "0b") {
		body, b = body[2:], 2
	} else if b == 0 {
		b = 10
		if len(body) > 1 && body[0] == '0' && strings.Trim(body, "0_") != "" {
			return bad()
		}
	}
	if body == "" || body[0] == '_' || body[len(body)-1] == '_' || strings.Contains(body, "__") {
		return bad()
	}
	body = strings.ReplaceAll(body, "_", "")
	if base != 0 && b != base && !(base == 0) {
		// prefix matched another base is impossible here
	}
	if i, err := strconv.ParseInt(body, b, 64); err == nil {
		if neg {
			i = -i
		}
		return Int(i), nil
	}
	n, ok := new(big.Int).SetString(body, b)
	if !ok {
		return bad()
	}
	if neg {
		n.Neg(n)
	}
	return NewBigInt(n), nil
}

func intNew(t *Thread, typ *Type, args []Value, kwnames *Tuple) (Value, *BaseException) {
	pos, kw := SplitArgs(args, kwnames)
	base := -1
	if len(kw) > 0 {
		if kwnames.Len() == 1 && As[Str](kwnames.Items[0]).S == "base" {
			b, ok := IntToInt64(kw[0])
			if !ok {
				return Null, Errorf(ExcTypeError, "'%s' object cannot be interpreted as an integer", kw[0].Type().Name)
			}
			base = int(b)
		} else {
			return Null, Errorf(ExcTypeError, "int() got an unexpected keyword argument")
		}
	}
	if len(pos) > 2 {
		return Null, Errorf(ExcTypeError, "int() takes at most 2 arguments (%d given)", len(pos))
	}
	if len(pos) == 2 {
		b, ok := IntToInt64(pos[1])
		if !ok {
			return Null, Errorf(ExcTypeError, "'%s' object cannot be interpreted as an integer", pos[1].Type().Name)
		}
		base = int(b)
	}
	var r Value
	if len(pos) == 0 {
		r = Int(0)
	} else {
		x := pos[0]
		var err *BaseException
		if base >= 0 {
			if x.Type() != StrType {
				return Null, Errorf(ExcTypeError, "int() can't convert non-string with explicit base")
			}
			if base == 1 || base > 36 {
				return Null, Errorf(ExcValueError, "int() base must be >= 2 and <= 36, or 0")
			}
			r, err = ParseIntLiteral(As[Str](x).S, base)
		} else {
			r, err = ToInt(t, x)
		}
		if err != nil {
			return Null, err
		}
	}
	if typ != IntType {
		b, _ := BigOf(r)
		o := &BigInt{Header: Header{typ}}
		o.V.Set(b)
		return Obj(o), nil
	}
	return r, nil
}

// ToInt implements int(x) for a non-str-with-base argument.
func ToInt(t *Thread, x Value) (Value, *BaseException) {
	if x.p == intTagP {
		return x, nil
	}
	if x.p == boolTagP {
		return Int(int64(x.n)), nil
	}
	if x.p == floatTagP {
		return FloatToInt(x.FloatVal())
	}
	switch x.Type() {
	case StrType:
		return ParseIntLiteral(As[Str](x).S, 10)
	case IntType:
		return x, nil
	}
	xt := x.Type()
	if xt.Int != nil {
		r, err := xt.Int(t, x)
		if err == nil && !IsIntValue(r) {
			return Null, Errorf(ExcTypeError, "__int__ returned non-int (type %s)", r.Type().Name)
		}
		if err == nil && r.p != intTagP && r.Type() != IntType {
			if err := Warn(t, ExcDeprecationWarning, "__int__ returned non-int (type "+r.Type().Name+").  The ability to return an instance of a strict subclass of int is deprecated, and may be removed in a future version of Python."); err != nil {
				return Null, err
			}
			return intSelf(r), nil
		}
		return r, err
	}
	if xt.Index != nil {
		return Index(t, x)
	}
	if xt.IsSubtype(FloatType) {
		return FloatToInt(As[FloatObject](x).V)
	}
	if tr := xt.LookupString("__trunc__"); !tr.IsNull() {
		if err := Warn(t, ExcDeprecationWarning, "The delegation of int() to __trunc__ is deprecated."); err != nil {
			return Null, err
		}
		r, err := callAttr(t, tr, x)
		if err != nil {
			return Null, err
		}
		if IsIntValue(r) {
			return intSelf(r), nil
		}
		if r.Type().Index == nil {
			return Null, Errorf(ExcTypeError, "__trunc__ returned non-Integral (type %s)", r.Type().Name)
		}
		return Index(t, r)
	}
	if b, ok := BytesLike(x); ok {
		// any other buffer (memoryview, array, ...) parses as bytes
		small, z, err := pyfmt.ParseIntBytes(b, 10, MaxStrDigits)
		if err != nil {
			return Null, PyfmtError(err)
		}
		if z != nil {
			return NewBigInt(z), nil
		}
		return Int(small), nil
	}
	return Null, Errorf(ExcTypeError, "int() argument must be a string, a bytes-like object or a real number, not '%s'", xt.Name)
}

// FloatToInt truncates a float to an int.
func FloatToInt(f float64) (Value, *BaseException) {
	if math.IsInf(f, 0) {
		return Null, Errorf(ExcOverflowError, "cannot convert float infinity to integer")
	}
	if math.IsNaN(f) {
		return Null, Errorf(ExcValueError, "cannot convert float NaN to integer")
	}
	f = math.Trunc(f)
	if f >= -9.2e18 && f <= 9.2e18 {
		return Int(int64(f)), nil
	}
	b, _ := new(big.Float).SetFloat64(f).Int(nil)
	return NewBigInt(b), nil
}

func init() {
	IntType.Repr = intRepr
	IntType.Hash = intHash
	IntType.RichCompare = intCompare
	IntType.Bool = intBool
	for _, op := range []BinOp{OpAdd, OpSub, OpMul, OpTrueDiv, OpFloorDiv, OpMod, OpPow, OpLShift, OpRShift, OpAnd, OpOr, OpXor} {
		IntType.NB[op] = intBinary(op)
	}
	IntType.Neg = intNeg
	IntType.Pos = intPos
	IntType.Abs = intAbs
	IntType.Invert = intInvert
	IntType.Float = intFloat
	IntType.Int = intPos
	IntType.Index = intPos
	IntType.New = intNew
	IntType.AddMethod("bit_length", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		b, _ := BigOf(self)
		return Int(int64(new(big.Int).Abs(b).BitLen())), nil
	})
	IntType.AddMethod("__index__", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		return intPos(t, self)
	})
}
