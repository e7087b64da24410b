package objects

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"taipan/pyfmt"
	"taipan/syntax"

	"taipan/fmath"
)

// FloatType is `float`. Exact floats are unboxed Values; instances of
// float subclasses are *FloatObject.
var FloatType = builtinType("float", nil, FlagBaseType)

// FloatObject is a boxed float (instances of float subclasses).
type FloatObject struct {
	Header
	V float64
}

// FloatOf returns v as float64 if v is a float or an int (converted).
func FloatOf(v Value) (float64, bool, *BaseException) {
	if v.p == floatTagP {
		return v.FloatVal(), true, nil
	}
	if i, ok := smallOf(v); ok {
		return float64(i), true, nil
	}
	vt := v.Type()
	if vt.IsSubtype(IntType) {
		f, err := intFloat(nil, v)
		if err != nil {
			return 0, false, err
		}
		return f.FloatVal(), true, nil
	}
	if vt.IsSubtype(FloatType) {
		return As[FloatObject](v).V, true, nil
	}
	return 0, false, nil
}

func floatBinary(op BinOp) BinaryFunc {
	return func(t *Thread, a, b Value) (Value, *BaseException) {
		x, ok, err := FloatOf(a)
		if err != nil || !ok {
			return NotImplemented, err
		}
		y, ok, err := FloatOf(b)
		if err != nil || !ok {
			return NotImplemented, err
		}
		return FloatBinaryOp(op, x, y)
	}
}

// FloatBinaryOp applies op to two floats with Python semantics.
func FloatBinaryOp(op BinOp, x, y float64) (Value, *BaseException) {
	switch op {
	case OpAdd:
		return Float(x + y), nil
	case OpSub:
		return Float(x - y), nil
	case OpMul:
		return Float(x * y), nil
	case OpTrueDiv:
		if y == 0 {
			return Null, Errorf(ExcZeroDivisionError, "float division by zero")
		}
		return Float(x / y), nil
	case OpFloorDiv:
		if y == 0 {
			return Null, Errorf(ExcZeroDivisionError, "float floor division by zero")
		}
		q, _ := floatDivmod(x, y)
		return Float(q), nil
	case OpMod:
		if y == 0 {
			return Null, Errorf(ExcZeroDivisionError, "float modulo")
		}
		_, m := floatDivmod(x, y)
		return Float(m), nil
	case OpPow:
		return floatPow(x, y)
	}
	return NotImplemented, nil
}

// floatDivmod follows CPython's float_divmod semantics.
func floatDivmod(x, y float64) (float64, float64) {
	mod := math.Mod(x, y)
	div := (x - mod) / y
	if mod != 0 {
		if (y < 0) != (mod < 0) {
			mod += y
			div -= 1
		}
	} else {
		mod = math.Copysign(0, y)
	}
	var floordiv float64
	if div != 0 {
		floordiv = math.Floor(div)
		if div-floordiv > 0.5 {
			floordiv += 1
		}
	} else {
		floordiv = math.Copysign(0, x/y)
	}
	return floordiv, mod
}

func floatPow(x, y float64) (Value, *BaseException) {
	if x == 0 && y < 0 && !math.IsInf(y, 0) {
		return Null, Errorf(ExcZeroDivisionError, "0.0 cannot be raised to a negative power")
	}
	if x < 0 && y != math.Trunc(y) && !math.IsInf(x, 0) && !math.IsInf(y, 0) && !math.IsNaN(y) {
		return complexBinary(OpPow)(nil, NewComplex(complex(x, 0)), NewComplex(complex(y, 0)))
	}
	r := fmath.Pow(x, y) // as glibc rounds it (math.Pow may be an ulp off)
	if math.IsInf(r, 0) && !math.IsInf(x, 0) && !math.IsInf(y, 0) {
		return Null, Errorf(ExcOverflowError, "(34, 'Numerical result out of range')")
	}
	return Float(r), nil
}

func floatCompare(t *Thread, a, b Value, op CompareOp) (Value, *BaseException) {
	aInt, bInt := IsIntValue(a), IsIntValue(b)
	if !aInt && !a.Type().IsSubtype(FloatType) || !bInt && !b.Type().IsSubtype(FloatType) {
		return NotImplemented, nil
	}
	if aInt || bInt {
		return Bool(cmpFloatInt(a, b, op)), nil
	}
	x, _, _ := FloatOf(a)
	y, _, _ := FloatOf(b)
	return Bool(CompareFloat(x, y, op)), nil
}

// cmpFloatInt compares a float and an int exactly.
func cmpFloatInt(a, b Value, op CompareOp) bool {
	var f float64
	var iv Value
	swapped := false
	if IsIntValue(a) {
		iv = a
		f, _, _ = FloatOf(b)
		swapped = true
	} else {
		f, _, _ = FloatOf(a)
		iv = b
	}
	if math.IsNaN(f) {
		return op == CmpNe
	}
	var c int
	if math.IsInf(f, 1) {
		c = 1
	} else if math.IsInf(f, -1) {
		c = -1
	} else if i, ok := smallOf(iv); ok && i > -1<<53 && i < 1<<53 {
		g := float64(i)
		switch {
		case f < g:
			c = -1
		case f > g:
			c = 1
		}
	} else {
		bi, _ := BigOf(iv)
		c = new(big.Float).SetFloat64(f).Cmp(new(big.Float).SetInt(bi))
	}
	if swapped {
		c = -c
	}
	return cmpResult(c, op)
}

// CompareFloat evaluates a float comparison.
func CompareFloat(x, y float64, op CompareOp) bool {
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

// HashFloat is CPython's numeric hash of a float.
func HashFloat(x float64) int64 {
	if math.IsInf(x, 1) {
		return 314159
	}
	if math.IsInf(x, -1) {
		return -314159
	}
	if math.IsNaN(x) {
		return 0
	}
	if x == math.Trunc(x) && x >= -9.2e18 && x <= 9.2e18 {
		return HashInt64(int64(x))
	}
	sign := int64(1)
	if x < 0 {
		sign = -1
		x = -x
	}
	m, e := math.Frexp(x)
	var h uint64
	for m != 0 {
		h = ((h << 28) & hashModulus) | h>>(61-28)
		m *= 268435456.0
		e -= 28
		y := uint64(m)
		m -= float64(y)
		h += y
		if h >= hashModulus {
			h -= hashModulus
		}
	}
	if e >= 0 {
		e %= 61
	} else {
		e = 60 - ((-1 - e) % 61)
	}
	h = ((h << uint(e)) & hashModulus) | h>>(61-uint(e))
	r := int64(h) * sign
	if r == -1 {
		r = -2
	}
	return r
}

func floatHash(t *Thread, v Value) (int64, *BaseException) {
	f, _, _ := FloatOf(v)
	if f != f {
		// a NaN hashes by identity (3.10+), as object.__hash__
		return identityHash(t, v)
	}
	return HashFloat(f), nil
}

// FormatFloatRepr formats f as Python's repr does (shared with the
// syntax package's constant printer).
func FormatFloatRepr(f float64) string { return syntax.FormatFloatRepr(f) }

func floatRepr(t *Thread, v Value) (Value, *BaseException) {
	f, _, _ := FloatOf(v)
	return NewStrValue(FormatFloatRepr(f)), nil
}

func floatBool(t *Thread, v Value) (bool, *BaseException) {
	f, _, _ := FloatOf(v)
	return f != 0, nil
}

func floatUnary(fn func(float64) float64) UnaryFunc {
	return func(t *Thread, v Value) (Value, *BaseException) {
		f, _, _ := FloatOf(v)
		return Float(fn(f)), nil
	}
}

// ParseFloat parses a float() string argument.
func ParseFloat(s string) (float64, bool) {
	if f, err := pyfmt.ParseFloat(s); err == nil {
		return f, true
	}
	return 0, false
}

func parseFloatOld(s string) (float64, bool) {
	s = strings.TrimSpace(s)
	l := strings.ToLower(strings.TrimLeft(s, "+-"))
	switch l {
	case "inf", "infinity":
		if strings.HasPrefix(s, "-") {
			return math.Inf(-1), true
		}
		return math.Inf(1), true
	case "nan":
		// CPython's NaN is the quiet NaN with an empty payload (Go's
		// math.NaN() has payload 1, visible through struct.pack).
		if strings.HasPrefix(s, "-") {
			return math.Float64frombits(0xfff8000000000000), true
		}
		return math.Float64frombits(0x7ff8000000000000), true
	}
	if strings.Contains(s, "__") || strings.HasPrefix(s, "_") || strings.HasSuffix(s, "_") || strings.ContainsAny(s, "xXpP") {
		return 0, false
	}
	f, err := strconv.ParseFloat(strings.ReplaceAll(s, "_", ""), 64)
	if err != nil {
		if ne, ok := err.(*strconv.NumError); ok && ne.Err == strconv.ErrRange {
			return f, true
		}
		return 0, false
	}
	return f, true
}

func floatNew(t *Thread, typ *Type, args []Value, kwnames *Tuple) (Value, *BaseException) {
	if kwnames != nil {
		return Null, Errorf(ExcTypeError, "float() takes no keyword arguments")
	}
	if len(args) > 1 {
		return Null, Errorf(ExcTypeError, "float expected at most 1 argument, got %d", len(args))
	}
	r := Float(0)
	if len(args) == 1 {
		x := args[0]
		if x.Type() == StrType {
			f, ok := ParseFloat(As[Str](x).S)
			if !ok {
				rs, _ := ReprString(t, x)
				return Null, Errorf(ExcValueError, "could not convert string to float: %s", rs)
			}
			r = Float(f)
		} else if f, ok, err := FloatOf(x); err != nil {
			return Null, err
		} else if ok {
			r = Float(f)
		} else if x.Type().Float != nil {
			v, err := x.Type().Float(t, x)
			if err != nil {
				return Null, err
			}
			r = v
		} else {
			return Null, Errorf(ExcTypeError, "float() argument must be a string or a real number, not '%s'", x.Type().Name)
		}
	}
	if typ != FloatType {
		return Obj(&FloatObject{Header{typ}, r.FloatVal()}), nil
	}
	return r, nil
}

func init() {
	FloatType.Repr = floatRepr
	FloatType.Hash = floatHash
	FloatType.RichCompare = floatCompare
	FloatType.Bool = floatBool
	for _, op := range []BinOp{OpAdd, OpSub, OpMul, OpTrueDiv, OpFloorDiv, OpMod, OpPow} {
		FloatType.NB[op] = floatBinary(op)
	}
	FloatType.Neg = floatUnary(func(f float64) float64 { return -f })
	FloatType.Pos = floatUnary(func(f float64) float64 { return f })
	FloatType.Abs = floatUnary(math.Abs)
	FloatType.Float = floatUnary(func(f float64) float64 { return f })
	FloatType.Int = func(t *Thread, v Value) (Value, *BaseException) {
		f, _, _ := FloatOf(v)
		return FloatToInt(f)
	}
	FloatType.New = floatNew
	FloatType.AddMethod("is_integer", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		f, _, _ := FloatOf(self)
		return Bool(f == math.Trunc(f) && !math.IsInf(f, 0)), nil
	})
}
