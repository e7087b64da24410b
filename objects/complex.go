package objects

import (
	"math"
	"math/cmplx"

	"taipan/syntax"

	"taipan/fmath"
)

// ComplexType is `complex`.
var ComplexType = builtinType("complex", nil, FlagBaseType)

// Complex is a complex number (boxed).
type Complex struct {
	Header
	V complex128
}

// NewComplex returns a complex value.
func NewComplex(c complex128) Value { return Obj(&Complex{Header{ComplexType}, c}) }

// complexArg converts a complex() argument: an int, float or complex, or
// an object with __float__ or __index__ (PyNumber_Float).
func complexArg(t *Thread, v Value) (complex128, bool, *BaseException) {
	if c, ok := complexOf(v); ok {
		return c, true, nil
	}
	typ := v.Type()
	if typ.Float != nil {
		r, err := typ.Float(t, v)
		if err != nil {
			return 0, false, err
		}
		f, ok, err := FloatOf(r)
		if err != nil {
			return 0, false, err
		}
		if !ok || !r.IsInstance(FloatType) {
			return 0, false, Errorf(ExcTypeError, "%s.__float__ returned non-float (type %s)", typ.Name, r.Type().Name)
		}
		return complex(f, 0), true, nil
	}
	if typ.Index != nil {
		r, err := Index(t, v)
		if err != nil {
			return 0, false, err
		}
		f, ok, err := FloatOf(r)
		if err != nil || !ok {
			return 0, false, err
		}
		return complex(f, 0), true, nil
	}
	return 0, false, nil
}

// complexOf converts an int, float or complex operand.
func complexOf(v Value) (complex128, bool) {
	if v.Type().IsSubtype(ComplexType) {
		return As[Complex](v).V, true
	}
	if f, ok, err := FloatOf(v); ok && err == nil {
		return complex(f, 0), true
	}
	return 0, false
}

func complexBinary(op BinOp) BinaryFunc {
	return func(t *Thread, a, b Value) (Value, *BaseException) {
		x, ok1 := complexOf(a)
		y, ok2 := complexOf(b)
		if !ok1 || !ok2 {
			return NotImplemented, nil
		}
		switch op {
		case OpAdd:
			return NewComplex(x + y), nil
		case OpSub:
			return NewComplex(x - y), nil
		case OpMul:
			return NewComplex(x * y), nil
		case OpTrueDiv:
			if y == 0 {
				return Null, Errorf(ExcZeroDivisionError, "complex division by zero")
			}
			return NewComplex(x / y), nil
		case OpPow:
			if x == 0 {
				if real(y) < 0 || imag(y) != 0 {
					return Null, Errorf(ExcZeroDivisionError, "0.0 to a negative or complex power")
				}
				if y == 0 {
					return NewComplex(1), nil
				}
				return NewComplex(0), nil
			}
			if imag(y) == 0 && real(y) == math.Trunc(real(y)) && math.Abs(real(y)) <= 100 {
				// exact repeated multiplication for small integral exponents, as CPython
				n := int(real(y))
				r := complex(1, 0)
				base := x
				if n < 0 {
					n = -n
					base = 1 / x
				}
				for ; n > 0; n >>= 1 {
					if n&1 != 0 {
						r *= base
					}
					base *= base
				}
				return NewComplex(r), nil
			}
			// polar form, as CPython's complex power
			vabs := math.Hypot(real(x), imag(x))
			length := fmath.Pow(vabs, real(y))
			at := fmath.Atan2(imag(x), real(x))
			phase := at * real(y)
			if imag(y) != 0 {
				length /= fmath.Exp(at * imag(y))
				phase += imag(y) * fmath.Log(vabs)
			}
			re, im := length*fmath.Cos(phase), length*fmath.Sin(phase)
			if math.IsInf(re, 0) || math.IsInf(im, 0) {
				return Null, Errorf(ExcOverflowError, "complex exponentiation")
			}
			return NewComplex(complex(re, im)), nil
		}
		return NotImplemented, nil
	}
}

func init() {
	ComplexType.Repr = func(t *Thread, v Value) (Value, *BaseException) {
		return NewStrValue(syntax.FormatComplexRepr(As[Complex](v).V)), nil
	}
	ComplexType.Hash = func(t *Thread, v Value) (int64, *BaseException) {
		c := As[Complex](v).V
		h := HashFloat(real(c)) + 1000003*HashFloat(imag(c))
		if h == -1 {
			h = -2
		}
		return h, nil
	}
	ComplexType.RichCompare = func(t *Thread, a, b Value, op CompareOp) (Value, *BaseException) {
		if op != CmpEq && op != CmpNe {
			return NotImplemented, nil
		}
		if IsIntValue(b) {
			// exact: the real part compared with the int as float == int
			x := As[Complex](a).V
			eq := false
			if imag(x) == 0 {
				r, err := RichCompare(t, Float(real(x)), b, CmpEq)
				if err != nil {
					return Null, err
				}
				if eq, err = Truth(t, r); err != nil {
					return Null, err
				}
			}
			return Bool(eq == (op == CmpEq)), nil
		}
		y, ok := complexOf(b)
		if !ok {
			return NotImplemented, nil
		}
		return Bool((As[Complex](a).V == y) == (op == CmpEq)), nil
	}
	ComplexType.Bool = func(t *Thread, v Value) (bool, *BaseException) { return As[Complex](v).V != 0, nil }
	for _, op := range []BinOp{OpAdd, OpSub, OpMul, OpTrueDiv, OpPow} {
		ComplexType.NB[op] = complexBinary(op)
	}
	ComplexType.Neg = func(t *Thread, v Value) (Value, *BaseException) { return NewComplex(-As[Complex](v).V), nil }
	ComplexType.Pos = func(t *Thread, v Value) (Value, *BaseException) { return v, nil }
	ComplexType.Abs = func(t *Thread, v Value) (Value, *BaseException) { return Float(cmplx.Abs(As[Complex](v).V)), nil }
	ComplexType.GetAttr = func(t *Thread, v Value, name *Str) (Value, *BaseException) {
		c := As[Complex](v).V
		switch name.S {
		case "real":
			return Float(real(c)), nil
		case "imag":
			return Float(imag(c)), nil
		}
		return GenericGetAttr(t, v, name)
	}
	ComplexType.AddMethod("conjugate", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		return NewComplex(cmplx.Conj(As[Complex](self).V)), nil
	})
	ComplexType.New = func(t *Thread, typ *Type, args []Value, kwnames *Tuple) (Value, *BaseException) {
		if err := CheckArgs("complex", args, kwnames, 0, 2); err != nil {
			return Null, err
		}
		if len(args) == 1 && typ == ComplexType && args[0].Type() == ComplexType {
			return args[0], nil
		}
		// CPython's complex_new: the parts are combined without complex
		// arithmetic, so signed zeros, infinities and nans survive
		var cr, ci complex128
		crComplex, ciComplex := false, false
		if len(args) > 0 {
			c, ok, err := complexArg(t, args[0])
			if err != nil {
				return Null, err
			}
			if !ok {
				return Null, Errorf(ExcTypeError, "complex() first argument must be a string or a number, not '%s'", args[0].Type().Name)
			}
			cr, crComplex = c, args[0].IsInstance(ComplexType)
		}
		ciReal := imag(cr)
		if len(args) > 1 {
			c, ok, err := complexArg(t, args[1])
			if err != nil {
				return Null, err
			}
			if !ok {
				return Null, Errorf(ExcTypeError, "complex() second argument must be a number, not '%s'", args[1].Type().Name)
			}
			ci, ciComplex = c, args[1].IsInstance(ComplexType)
			ciReal = real(ci)
		}
		crReal := real(cr)
		if ciComplex {
			crReal -= imag(ci)
		}
		if crComplex && len(args) > 1 {
			ciReal += imag(cr)
		}
		return NewComplex(complex(crReal, ciReal)), nil
	}
}
