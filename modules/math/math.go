// Package math is the native math module (CPython 3.11's mathmodule).
package math

import (
	gomath "math"
	"math/big"

	"taipan/fmath"
	"taipan/modules/modutil"
	"taipan/objects"
)

type (
	Value = objects.Value
	Exc   = objects.BaseException
)

var null = objects.Null

func domainErr() *Exc { return objects.Errorf(objects.ExcValueError, "math domain error") }
func rangeErr() *Exc  { return objects.Errorf(objects.ExcOverflowError, "math range error") }

func isFinite(x float64) bool { return !gomath.IsInf(x, 0) && !gomath.IsNaN(x) }

// check applies CPython's math_1 error rules to r = f(x).
func check1(x, r float64, canOverflow bool) *Exc {
	if gomath.IsNaN(r) && !gomath.IsNaN(x) {
		return domainErr()
	}
	if gomath.IsInf(r, 0) && isFinite(x) {
		if canOverflow {
			return rangeErr()
		}
		return domainErr()
	}
	return nil
}

type fn = objects.BuiltinFn

func unary(name string, f func(float64) float64, canOverflow bool) fn {
	qual := "math." + name
	return func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		if err := modutil.One(qual, args, kw); err != nil {
			return null, err
		}
		x, err := modutil.ToFloat(t, args[0])
		if err != nil {
			return null, err
		}
		r := f(x)
		if err := check1(x, r, canOverflow); err != nil {
			return null, err
		}
		return objects.Float(r), nil
	}
}

// binary applies CPython's math_2 rules.
func binary(name string, f func(x, y float64) float64) fn {
	return func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		if err := modutil.Arity(name, args, kw, 2, 2); err != nil {
			return null, err
		}
		x, err := modutil.ToFloat(t, args[0])
		if err != nil {
			return null, err
		}
		y, err := modutil.ToFloat(t, args[1])
		if err != nil {
			return null, err
		}
		r := f(x, y)
		if gomath.IsNaN(r) {
			if !gomath.IsNaN(x) && !gomath.IsNaN(y) {
				return null, domainErr()
			}
		} else if gomath.IsInf(r, 0) && isFinite(x) && isFinite(y) {
			return null, rangeErr()
		}
		return objects.Float(r), nil
	}
}

func twoFloats(t *objects.Thread, name string, args []Value, kw *objects.Tuple) (float64, float64, *Exc) {
	if err := modutil.Arity(name, args, kw, 2, 2); err != nil {
		return 0, 0, err
	}
	x, err := modutil.ToFloat(t, args[0])
	if err != nil {
		return 0, 0, err
	}
	y, err := modutil.ToFloat(t, args[1])
	return x, y, err
}

func oneFloat(t *objects.Thread, qual string, args []Value, kw *objects.Tuple) (float64, *Exc) {
	if err := modutil.One(qual, args, kw); err != nil {
		return 0, err
	}
	return modutil.ToFloat(t, args[0])
}

func boolPred(name string, f func(float64) bool) fn {
	qual := "math." + name
	return func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		x, err := oneFloat(t, qual, args, kw)
		if err != nil {
			return null, err
		}
		return objects.Bool(f(x)), nil
	}
}

// rounding implements floor and ceil: exact floats directly, then the
// type's __floor__/__ceil__, then float conversion.
func rounding(name string, f func(float64) float64) fn {
	qual := "math." + name
	dunder := "__" + name + "__"
	return func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		if err := modutil.One(qual, args, kw); err != nil {
			return null, err
		}
		v := args[0]
		if v.IsFloat() {
			return objects.FloatToInt(f(v.FloatVal()))
		}
		if v.IsSmallInt() || v.Type() == objects.IntType {
			return v, nil
		}
		if v.IsBool() {
			return objects.Int(v.SmallInt()), nil
		}
		if !v.Type().LookupString(dunder).IsNull() {
			r, _, err := objects.CallDunder(t, v, dunder)
			return r, err
		}
		if v.Type().IsSubtype(objects.IntType) {
			return objects.Index(t, v)
		}
		x, err := modutil.ToFloat(t, v)
		if err != nil {
			return null, err
		}
		return objects.FloatToInt(f(x))
	}
}

func trunc(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
	if err := modutil.One("math.trunc", args, kw); err != nil {
		return null, err
	}
	v := args[0]
	if v.IsFloat() {
		return objects.FloatToInt(v.FloatVal())
	}
	if v.IsSmallInt() || v.Type() == objects.IntType {
		return v, nil
	}
	if v.IsBool() {
		return objects.Int(v.SmallInt()), nil
	}
	if !v.Type().LookupString("__trunc__").IsNull() {
		r, _, err := objects.CallDunder(t, v, "__trunc__")
		return r, err
	}
	if v.Type().IsSubtype(objects.IntType) {
		return objects.Index(t, v)
	}
	if v.Type().IsSubtype(objects.FloatType) {
		x, _, _ := objects.FloatOf(v)
		return objects.FloatToInt(x)
	}
	return null, objects.Errorf(objects.ExcTypeError, "type %s doesn't define __trunc__ method", v.Type().Name)
}

// bigIndex converts v with __index__ to a fresh big.Int.
func bigIndex(t *objects.Thread, v Value) (*big.Int, *Exc) {
	x, err := modutil.ToIndex(t, v)
	if err != nil {
		return nil, err
	}
	b, _ := objects.BigOf(x)
	return new(big.Int).Set(b), nil
}

func factorial(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
	if err := modutil.One("math.factorial", args, kw); err != nil {
		return null, err
	}
	n, ok, err := modutil.ToInt64(t, args[0])
	if err != nil {
		return null, err
	}
	if !ok {
		b, _ := bigIndex(t, args[0])
		if b.Sign() < 0 {
			return null, objects.Errorf(objects.ExcValueError, "factorial() not defined for negative values")
		}
		return null, objects.Errorf(objects.ExcOverflowError, "factorial() argument should not exceed %d", int64(gomath.MaxInt64))
	}
	if n < 0 {
		return null, objects.Errorf(objects.ExcValueError, "factorial() not defined for negative values")
	}
	if n <= 20 {
		r := int64(1)
		for i := int64(2); i <= n; i++ {
			r *= i
		}
		return objects.Int(r), nil
	}
	return objects.NewBigInt(new(big.Int).MulRange(1, n)), nil
}

func isqrt(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
	if err := modutil.One("math.isqrt", args, kw); err != nil {
		return null, err
	}
	x, err := modutil.ToIndex(t, args[0])
	if err != nil {
		return null, err
	}
	if x.IsSmallInt() {
		n := x.SmallInt()
		if n < 0 {
			return null, objects.Errorf(objects.ExcValueError, "isqrt() argument must be nonnegative")
		}
		r := int64(gomath.Sqrt(float64(n)))
		for r*r > n {
			r--
		}
		for (r+1)*(r+1) <= n && (r+1)*(r+1) > 0 {
			r++
		}
		return objects.Int(r), nil
	}
	b, _ := objects.BigOf(x)
	if b.Sign() < 0 {
		return null, objects.Errorf(objects.ExcValueError, "isqrt() argument must be nonnegative")
	}
	return objects.NewBigInt(new(big.Int).Sqrt(b)), nil
}

func gcdLcm(name string, lcm bool) fn {
	return func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		if err := modutil.NoKw(name+"()", kw); err != nil {
			return null, err
		}
		if len(args) == 0 {
			if lcm {
				return objects.Int(1), nil
			}
			return objects.Int(0), nil
		}
		var acc *big.Int
		for _, a := range args {
			b, err := bigIndex(t, a)
			if err != nil {
				return null, err
			}
			b.Abs(b)
			if acc == nil {
				acc = b
				continue
			}
			if lcm {
				if acc.Sign() == 0 || b.Sign() == 0 {
					acc.SetInt64(0)
					continue
				}
				g := new(big.Int).GCD(nil, nil, acc, b)
				acc.Mul(acc, new(big.Int).Quo(b, g))
			} else {
				acc.GCD(nil, nil, acc, b)
			}
		}
		return objects.NewBigInt(acc), nil
	}
}

func combPerm(t *objects.Thread, nv, kv Value, comb bool) (Value, *Exc) {
	n, err := bigIndex(t, nv)
	if err != nil {
		return null, err
	}
	k, err := bigIndex(t, kv)
	if err != nil {
		return null, err
	}
	if n.Sign() < 0 {
		return null, objects.Errorf(objects.ExcValueError, "n must be a non-negative integer")
	}
	if k.Sign() < 0 {
		return null, objects.Errorf(objects.ExcValueError, "k must be a non-negative integer")
	}
	if k.Cmp(n) > 0 {
		return objects.Int(0), nil
	}
	if comb {
		nk := new(big.Int).Sub(n, k)
		if nk.Cmp(k) < 0 {
			k = nk
		}
	}
	if !k.IsInt64() {
		return null, objects.Errorf(objects.ExcOverflowError, "min(n - k, k) must not exceed %d", int64(gomath.MaxInt64))
	}
	ki := k.Int64()
	if n.IsInt64() {
		ni := n.Int64()
		if comb {
			return objects.NewBigInt(new(big.Int).Binomial(ni, ki)), nil
		}
		if ki == 0 {
			return objects.Int(1), nil
		}
		return objects.NewBigInt(new(big.Int).MulRange(ni-ki+1, ni)), nil
	}
	// Big n, small k: multiply the k falling factors.
	r := big.NewInt(1)
	f := new(big.Int).Set(n)
	one := big.NewInt(1)
	for i := int64(0); i < ki; i++ {
		r.Mul(r, f)
		f.Sub(f, one)
	}
	if comb {
		r.Quo(r, new(big.Int).MulRange(1, ki))
	}
	return objects.NewBigInt(r), nil
}

func comb(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
	if err := modutil.Arity("comb", args, kw, 2, 2); err != nil {
		return null, err
	}
	return combPerm(t, args[0], args[1], true)
}

func perm(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
	if err := modutil.Arity("perm", args, kw, 1, 2); err != nil {
		return null, err
	}
	if len(args) == 1 || args[1].IsNone() {
		n, err := bigIndex(t, args[0])
		if err != nil {
			return null, err
		}
		if n.Sign() < 0 {
			return null, objects.Errorf(objects.ExcValueError, "n must be a non-negative integer")
		}
		return factorial(t, null, args[:1], nil)
	}
	return combPerm(t, args[0], args[1], false)
}

// frexpBig splits a big int into m * 2**e with m in [0.5, 1).
func frexpBig(b *big.Int) (float64, int) {
	f := new(big.Float).SetInt(b)
	m := new(big.Float)
	e := f.MantExp(m)
	mf, _ := m.Float64()
	return mf, e
}

// logHelper is CPython's loghelper: ints of any size are accepted.
func logHelper(t *objects.Thread, v Value, f func(float64) float64) (float64, *Exc) {
	if objects.IsIntValue(v) {
		b, _ := objects.BigOf(v)
		if b.Sign() <= 0 {
			return 0, domainErr()
		}
		x, _ := new(big.Float).SetInt(b).Float64()
		if gomath.IsInf(x, 0) {
			m, e := frexpBig(b)
			return f(m) + f(2.0)*float64(e), nil
		}
		return f(x), nil
	}
	x, err := modutil.ToFloat(t, v)
	if err != nil {
		return 0, err
	}
	r, err := mLog(x, f)
	return r, err
}

func mLog(x float64, f func(float64) float64) (float64, *Exc) {
	if gomath.IsNaN(x) {
		return x, nil
	}
	if x <= 0 || gomath.IsInf(x, -1) {
		return 0, domainErr()
	}
	return f(x), nil
}

func logFn(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
	if kw.Len() > 0 {
		return null, objects.Errorf(objects.ExcTypeError, "log() takes no keyword arguments")
	}
	if len(args) < 1 || len(args) > 2 {
		return null, objects.Errorf(objects.ExcTypeError, "math.log requires 1 to 2 arguments")
	}
	num, err := logHelper(t, args[0], fmath.Log)
	if err != nil {
		return null, err
	}
	if len(args) == 2 {
		den, err := logHelper(t, args[1], fmath.Log)
		if err != nil {
			return null, err
		}
		if den == 0 {
			return null, objects.Errorf(objects.ExcZeroDivisionError, "float division by zero")
		}
		return objects.Float(num / den), nil
	}
	return objects.Float(num), nil
}

func logN(name string, f func(float64) float64) fn {
	qual := "math." + name
	return func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		if err := modutil.One(qual, args, kw); err != nil {
			return null, err
		}
		r, err := logHelper(t, args[0], f)
		if err != nil {
			return null, err
		}
		return objects.Float(r), nil
	}
}

func powFn(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
	x, y, err := twoFloats(t, "pow", args, kw)
	if err != nil {
		return null, err
	}
	var r float64
	if !isFinite(x) || !isFinite(y) {
		switch {
		case gomath.IsNaN(x):
			if y == 0 {
				r = 1
			} else {
				r = x
			}
		case gomath.IsNaN(y):
			if x == 1 {
				r = 1
			} else {
				r = y
			}
		case gomath.IsInf(x, 0):
			oddY := isFinite(y) && gomath.Mod(gomath.Abs(y), 2) == 1
			switch {
			case y > 0:
				if oddY {
					r = x
				} else {
					r = gomath.Abs(x)
				}
			case y == 0:
				r = 1
			default:
				if oddY {
					r = gomath.Copysign(0, x)
				} else {
					r = 0
				}
			}
		default: // y infinite
			ax := gomath.Abs(x)
			switch {
			case ax == 1:
				r = 1
			case y > 0 && ax > 1:
				r = y
			case y < 0 && ax < 1:
				r = -y
			default:
				r = 0
			}
		}
		return objects.Float(r), nil
	}
	r = fmath.Pow(x, y)
	if gomath.IsNaN(r) {
		return null, domainErr()
	}
	if gomath.IsInf(r, 0) {
		if x == 0 {
			return null, domainErr()
		}
		return null, rangeErr()
	}
	return objects.Float(r), nil
}

func fmodFn(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
	x, y, err := twoFloats(t, "fmod", args, kw)
	if err != nil {
		return null, err
	}
	if gomath.IsInf(y, 0) && isFinite(x) {
		return objects.Float(x), nil
	}
	r := gomath.Mod(x, y)
	if gomath.IsNaN(r) && !gomath.IsNaN(x) && !gomath.IsNaN(y) {
		return null, domainErr()
	}
	return objects.Float(r), nil
}

func ldexpFn(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
	if err := modutil.Arity("ldexp", args, kw, 2, 2); err != nil {
		return null, err
	}
	x, err := modutil.ToFloat(t, args[0])
	if err != nil {
		return null, err
	}
	if !objects.IsIntValue(args[1]) {
		return null, objects.Errorf(objects.ExcTypeError, "Expected an int as second argument to ldexp.")
	}
	b, _ := objects.BigOf(args[1])
	var e int64
	if b.IsInt64() {
		e = b.Int64()
	} else if b.Sign() > 0 {
		e = gomath.MaxInt64
	} else {
		e = gomath.MinInt64
	}
	if x == 0 || !isFinite(x) {
		return objects.Float(x), nil
	}
	if e > gomath.MaxInt32 {
		return null, rangeErr()
	}
	if e < gomath.MinInt32 {
		return objects.Float(gomath.Copysign(0, x)), nil
	}
	r := gomath.Ldexp(x, int(e))
	if gomath.IsInf(r, 0) {
		return null, rangeErr()
	}
	return objects.Float(r), nil
}

func frexpFn(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
	x, err := oneFloat(t, "math.frexp", args, kw)
	if err != nil {
		return null, err
	}
	if x == 0 || !isFinite(x) {
		return objects.Tuple2(objects.Float(x), objects.Int(0)), nil
	}
	m, e := gomath.Frexp(x)
	return objects.Tuple2(objects.Float(m), objects.Int(int64(e))), nil
}

func modfFn(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
	x, err := oneFloat(t, "math.modf", args, kw)
	if err != nil {
		return null, err
	}
	if gomath.IsInf(x, 0) {
		return objects.Tuple2(objects.Float(gomath.Copysign(0, x)), objects.Float(x)), nil
	}
	if gomath.IsNaN(x) {
		return objects.Tuple2(objects.Float(x), objects.Float(x)), nil
	}
	ip, fp := gomath.Modf(x)
	return objects.Tuple2(objects.Float(fp), objects.Float(ip)), nil
}

func fsum(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
	if err := modutil.One("math.fsum", args, kw); err != nil {
		return null, err
	}
	it, err := objects.GetIter(t, args[0])
	if err != nil {
		return null, err
	}
	var buf [32]float64
	partials := buf[:0]
	special, infSum := 0.0, 0.0
	for {
		v, err := objects.Next(t, it)
		if err != nil {
			return null, err
		}
		if v.IsNull() {
			break
		}
		x, err := modutil.ToFloat(t, v)
		if err != nil {
			return null, err
		}
		xsave := x
		i := 0
		for _, y := range partials {
			if gomath.Abs(x) < gomath.Abs(y) {
				x, y = y, x
			}
			hi := x + y
			lo := y - (hi - x)
			if lo != 0 {
				partials[i] = lo
				i++
			}
			x = hi
		}
		partials = partials[:i]
		if x != 0 {
			if !isFinite(x) {
				if isFinite(xsave) {
					return null, objects.Errorf(objects.ExcOverflowError, "intermediate overflow in fsum")
				}
				if gomath.IsInf(xsave, 0) {
					infSum += xsave
				}
				special += xsave
				partials = partials[:0]
			} else {
				partials = append(partials, x)
			}
		}
	}
	if special != 0 {
		if gomath.IsNaN(infSum) {
			return null, objects.Errorf(objects.ExcValueError, "-inf + inf in fsum")
		}
		return objects.Float(special), nil
	}
	hi, lo := 0.0, 0.0
	n := len(partials)
	if n > 0 {
		n--
		hi = partials[n]
		for n > 0 {
			x := hi
			n--
			y := partials[n]
			hi = x + y
			lo = y - (hi - x)
			if lo != 0 {
				break
			}
		}
		if n > 0 && ((lo < 0 && partials[n-1] < 0) || (lo > 0 && partials[n-1] > 0)) {
			y := lo * 2
			x := hi + y
			if y == x-hi {
				hi = x
			}
		}
	}
	return objects.Float(hi), nil
}

// vectorNorm is the accurate Euclidean norm used by hypot and dist:
// values scaled by a power of two, squared and summed exactly in
// double-length arithmetic, then one correction step of the root.
func vectorNorm(vec []float64, max float64, foundNaN bool) float64 {
	if gomath.IsInf(max, 0) {
		return max
	}
	if foundNaN {
		return gomath.NaN()
	}
	if max == 0 || len(vec) <= 1 {
		return max
	}
	_, maxE := gomath.Frexp(max)
	if maxE < -1023 {
		const dblMin = 2.2250738585072014e-308
		for i := range vec {
			vec[i] /= dblMin
		}
		return dblMin * vectorNorm(vec, max/dblMin, foundNaN)
	}
	scale := gomath.Ldexp(1, -maxE)
	csum, frac1, frac2 := 1.0, 0.0, 0.0
	for _, x := range vec {
		x *= scale
		hi := x * x
		lo := gomath.FMA(x, x, -hi)
		s := csum + hi
		frac2 += (csum - s) + hi
		csum = s
		frac1 += lo
	}
	h := gomath.Sqrt(csum - 1 + (frac1 + frac2))
	phi := -h * h
	plo := gomath.FMA(-h, h, -phi)
	s := csum + phi
	frac2 += (csum - s) + phi
	csum = s
	frac1 += plo
	x := csum - 1 + (frac1 + frac2)
	h += x / (2 * h)
	return h / scale
}

func hypot(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
	if err := modutil.NoKw("hypot()", kw); err != nil {
		return null, err
	}
	var buf [8]float64
	vec := buf[:0]
	max, nan := 0.0, false
	for _, a := range args {
		x, err := modutil.ToFloat(t, a)
		if err != nil {
			return null, err
		}
		x = gomath.Abs(x)
		vec = append(vec, x)
		nan = nan || gomath.IsNaN(x)
		if x > max {
			max = x
		}
	}
	return objects.Float(vectorNorm(vec, max, nan)), nil
}

func asTuple(t *objects.Thread, v Value) ([]Value, *Exc) {
	if v.IsInstance(objects.TupleType) {
		return objects.As[objects.Tuple](v).Items, nil
	}
	items, err := objects.IterToSlice(t, v)
	if err != nil {
		return nil, err
	}
	return append([]Value(nil), items...), nil
}

func dist(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
	if err := modutil.Arity("dist", args, kw, 2, 2); err != nil {
		return null, err
	}
	p, err := asTuple(t, args[0])
	if err != nil {
		return null, err
	}
	q, err := asTuple(t, args[1])
	if err != nil {
		return null, err
	}
	if len(p) != len(q) {
		return null, objects.Errorf(objects.ExcValueError, "both points must have the same number of dimensions")
	}
	vec := make([]float64, len(p))
	max, nan := 0.0, false
	for i := range p {
		a, err := modutil.ToFloat(t, p[i])
		if err != nil {
			return null, err
		}
		b, err := modutil.ToFloat(t, q[i])
		if err != nil {
			return null, err
		}
		x := gomath.Abs(a - b)
		vec[i] = x
		nan = nan || gomath.IsNaN(x)
		if x > max {
			max = x
		}
	}
	return objects.Float(vectorNorm(vec, max, nan)), nil
}

var iscloseNames = []string{"a", "b", "rel_tol", "abs_tol"}

func isclose(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
	var p [4]Value
	if err := modutil.ParamsInto(p[:], "isclose", args, kw, iscloseNames, 2, 2); err != nil {
		return null, err
	}
	a, err := modutil.ToFloat(t, p[0])
	if err != nil {
		return null, err
	}
	b, err := modutil.ToFloat(t, p[1])
	if err != nil {
		return null, err
	}
	rel, abs := 1e-09, 0.0
	if !p[2].IsNull() {
		if rel, err = modutil.ToFloat(t, p[2]); err != nil {
			return null, err
		}
	}
	if !p[3].IsNull() {
		if abs, err = modutil.ToFloat(t, p[3]); err != nil {
			return null, err
		}
	}
	if rel < 0 || abs < 0 {
		return null, objects.Errorf(objects.ExcValueError, "tolerances must be non-negative")
	}
	if a == b {
		return objects.True, nil
	}
	if gomath.IsInf(a, 0) || gomath.IsInf(b, 0) {
		return objects.False, nil
	}
	diff := gomath.Abs(b - a)
	return objects.Bool(diff <= gomath.Abs(rel*b) || diff <= gomath.Abs(rel*a) || diff <= abs), nil
}

var prodNames = []string{"iterable", "start"}

func prod(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
	var p [2]Value
	if len(args)-kw.Len() != 1 {
		return null, objects.Errorf(objects.ExcTypeError, "prod() takes exactly 1 positional argument (%d given)", len(args)-kw.Len())
	}
	if err := modutil.ParamsInto(p[:], "prod", args, kw, prodNames, 1, 1); err != nil {
		return null, err
	}
	acc := objects.Int(1)
	if !p[1].IsNull() {
		acc = p[1]
	}
	it, err := objects.GetIter(t, p[0])
	if err != nil {
		return null, err
	}
	for {
		v, err := objects.Next(t, it)
		if err != nil {
			return null, err
		}
		if v.IsNull() {
			return acc, nil
		}
		if acc.IsSmallInt() && v.IsSmallInt() {
			if r, ok := objects.MulInt64(acc.SmallInt(), v.SmallInt()); ok {
				acc = objects.Int(r)
				continue
			}
		}
		if acc.IsFloat() && v.IsFloat() {
			acc = objects.Float(acc.FloatVal() * v.FloatVal())
			continue
		}
		if acc, err = objects.BinaryOp(t, objects.OpMul, acc, v); err != nil {
			return null, err
		}
	}
}

func ulp(x float64) float64 {
	if gomath.IsNaN(x) {
		return x
	}
	x = gomath.Abs(x)
	if gomath.IsInf(x, 0) {
		return x
	}
	x2 := gomath.Nextafter(x, gomath.Inf(1))
	if gomath.IsInf(x2, 0) {
		return x - gomath.Nextafter(x, gomath.Inf(-1))
	}
	return x2 - x
}

// gammaFn and lgammaFn follow CPython's m_tgamma / m_lgamma: the same
// Lanczos approximation (N = 13, g = 6.024680040776729583740234375, the sum
// written as a rational function), the same table for small integers and
// the same reflection formula, evaluated over fmath's correctly rounded
// exp, log, pow, sin and cos so the results agree with CPython bit for bit.
func gammaFn(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
	x, err := oneFloat(t, "math.gamma", args, kw)
	if err != nil {
		return null, err
	}
	r, e := tgamma(x)
	if e != nil {
		return null, e
	}
	return objects.Float(r), nil
}

func lgammaFn(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
	x, err := oneFloat(t, "math.lgamma", args, kw)
	if err != nil {
		return null, err
	}
	r, e := lgamma(x)
	if e != nil {
		return null, e
	}
	return objects.Float(r), nil
}

const (
	lanczosG          = 6.024680040776729583740234375
	lanczosGMinusHalf = 5.524680040776729583740234375
	logPi             = 1.144729885849400174143427351353058711647
)

// Numerator of the Lanczos sum as a rational function; the denominator is
// x*(x+1)*...*(x+11), whose coefficients are lanczosDen.
var lanczosNum = [13]float64{
	23531376880.410759688572007674451636754734846804940,
	42919803642.649098768957899047001988850926355848959,
	35711959237.355668049440185451547166705960488635843,
	17921034426.037209699919755754458931112671403265390,
	6039542586.3520280050642916443072979210699388420708,
	1439720407.3117216736632230727949123939715485786772,
	248874557.86205415651146038641322942321632125127801,
	31426415.585400194380614231628318205362874684987640,
	2876370.6289353724412254090516208496135991145378768,
	186056.26539522349504029498971604569928220784236328,
	8071.6720023658162106380029022722506138218516325024,
	210.82427775157934587250973392071336271166969580291,
	2.5066282746310002701649081771338373386264310793408,
}

var lanczosDen = [13]float64{
	0, 39916800, 120543840, 150917976, 105258076, 45995730,
	13339535, 2637558, 357423, 32670, 1925, 66, 1,
}

// lanczosSum evaluates the rational function for x > 0: as a polynomial in
// x below 5, and rescaled to a polynomial in 1/x above, which avoids
// overflow and loses less accuracy for large x.
func lanczosSum(x float64) float64 {
	num, den := 0.0, 0.0
	if x < 5 {
		for i := len(lanczosNum) - 1; i >= 0; i-- {
			num = num*x + lanczosNum[i]
			den = den*x + lanczosDen[i]
		}
	} else {
		for i := 0; i < len(lanczosNum); i++ {
			num = num/x + lanczosNum[i]
			den = den/x + lanczosDen[i]
		}
	}
	return num / den
}

// sinPi is sin(pi*x) for finite x, reduced to a quarter period first so
// that it is exact at integers and half-integers.
func sinPi(x float64) float64 {
	y := gomath.Mod(gomath.Abs(x), 2)
	var r float64
	switch n := int(gomath.Round(2 * y)); n {
	case 0:
		r = fmath.Sin(gomath.Pi * y)
	case 1:
		r = fmath.Cos(gomath.Pi * (y - 0.5))
	case 2:
		// sin(pi*(1-y)), not -sin(pi*(y-1)): +0.0 at y == 1.
		r = fmath.Sin(gomath.Pi * (1 - y))
	case 3:
		r = -fmath.Cos(gomath.Pi * (y - 1.5))
	default:
		r = fmath.Sin(gomath.Pi * (y - 2))
	}
	return gomath.Copysign(1, x) * r
}

func tgamma(x float64) (float64, *Exc) {
	if gomath.IsNaN(x) || gomath.IsInf(x, 1) {
		return x, nil
	}
	if gomath.IsInf(x, -1) || x == 0 {
		return 0, domainErr()
	}
	if x == gomath.Floor(x) {
		if x < 0 {
			return 0, domainErr()
		}
		if x <= 23 {
			// (x-1)! is exact in a double up to 22!.
			f := 1.0
			for i := 2.0; i < x; i++ {
				f *= i
			}
			return f, nil
		}
	}
	absx := gomath.Abs(x)
	if absx < 1e-20 {
		r := 1 / x
		if gomath.IsInf(r, 0) {
			return 0, rangeErr()
		}
		return r, nil
	}
	if absx > 200 {
		if x < 0 {
			return 0 / sinPi(x), nil
		}
		return 0, rangeErr()
	}
	y := absx + lanczosGMinusHalf
	// z is the rounding error of y, scaled into a correction factor.
	var z float64
	if absx > lanczosGMinusHalf {
		q := y - absx
		z = q - lanczosGMinusHalf
	} else {
		q := y - lanczosGMinusHalf
		z = q - absx
	}
	z = z * lanczosG / y
	var r float64
	if x < 0 {
		r = -gomath.Pi / sinPi(absx) / absx * fmath.Exp(y) / lanczosSum(absx)
		r -= z * r
		if absx < 140 {
			r /= fmath.Pow(y, absx-0.5)
		} else {
			sp := fmath.Pow(y, absx/2-0.25)
			r /= sp
			r /= sp
		}
	} else {
		r = lanczosSum(absx) / fmath.Exp(y)
		r += z * r
		if absx < 140 {
			r *= fmath.Pow(y, absx-0.5)
		} else {
			sp := fmath.Pow(y, absx/2-0.25)
			r *= sp
			r *= sp
		}
	}
	if gomath.IsInf(r, 0) {
		return 0, rangeErr()
	}
	return r, nil
}

func lgamma(x float64) (float64, *Exc) {
	if gomath.IsNaN(x) {
		return x, nil
	}
	if gomath.IsInf(x, 0) {
		return gomath.Inf(1), nil
	}
	if x == gomath.Floor(x) && x <= 2 {
		if x <= 0 {
			return 0, domainErr()
		}
		return 0, nil
	}
	absx := gomath.Abs(x)
	if absx < 1e-20 {
		return -fmath.Log(absx), nil
	}
	r := fmath.Log(lanczosSum(absx)) - lanczosG
	r += (absx - 0.5) * (fmath.Log(absx+lanczosG-0.5) - 1)
	if x < 0 {
		// Reflection formula.
		r = logPi - fmath.Log(gomath.Abs(sinPi(absx))) - fmath.Log(absx) - r
	}
	if gomath.IsInf(r, 0) {
		return 0, rangeErr()
	}
	return r, nil
}

func init() {
	objects.RegisterModule("math", func(t *objects.Thread, m *objects.Module) *Exc {
		m.Set("__doc__", objects.NewStrValue("This module provides access to the mathematical functions\ndefined by the C standard."))
		m.Set("pi", objects.Float(gomath.Pi))
		m.Set("e", objects.Float(gomath.E))
		m.Set("tau", objects.Float(2*gomath.Pi))
		m.Set("inf", objects.Float(gomath.Inf(1)))
		m.Set("nan", objects.Float(gomath.NaN()))
		add := func(name string, f fn) { m.Set(name, modutil.Builtin("math", name, f)) }
		u := func(name string, f func(float64) float64, ov bool) { add(name, unary(name, f, ov)) }
		u("acos", fmath.Acos, false)
		u("acosh", fmath.Acosh, false)
		u("asin", fmath.Asin, false)
		u("asinh", fmath.Asinh, false)
		u("atan", fmath.Atan, false)
		u("atanh", gomath.Atanh, false)
		u("cbrt", gomath.Cbrt, false)
		u("cos", fmath.Cos, false)
		u("cosh", fmath.Cosh, true)
		u("exp", fmath.Exp, true)
		u("exp2", fmath.Exp2, true)
		u("expm1", gomath.Expm1, true)
		u("fabs", gomath.Abs, false)
		u("log1p", gomath.Log1p, false)
		u("sin", fmath.Sin, false)
		u("sinh", fmath.Sinh, true)
		u("sqrt", gomath.Sqrt, false)
		u("tan", fmath.Tan, false)
		u("tanh", fmath.Tanh, false)
		u("erf", gomath.Erf, false)
		u("erfc", gomath.Erfc, false)
		add("degrees", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
			x, err := oneFloat(t, "math.degrees", args, kw)
			return objects.Float(x * (180.0 / gomath.Pi)), err
		})
		add("radians", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
			x, err := oneFloat(t, "math.radians", args, kw)
			return objects.Float(x * (gomath.Pi / 180.0)), err
		})
		add("gamma", gammaFn)
		add("lgamma", lgammaFn)
		add("isfinite", boolPred("isfinite", isFinite))
		add("isinf", boolPred("isinf", func(x float64) bool { return gomath.IsInf(x, 0) }))
		add("isnan", boolPred("isnan", gomath.IsNaN))
		add("floor", rounding("floor", gomath.Floor))
		add("ceil", rounding("ceil", gomath.Ceil))
		add("trunc", trunc)
		add("atan2", binary("atan2", fmath.Atan2))
		add("copysign", binary("copysign", gomath.Copysign))
		add("remainder", binary("remainder", gomath.Remainder))
		add("nextafter", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
			x, y, err := twoFloats(t, "nextafter", args, kw)
			if err != nil {
				return null, err
			}
			if x == y {
				// C's nextafter returns y (so the sign of a zero is y's).
				return objects.Float(y), nil
			}
			return objects.Float(gomath.Nextafter(x, y)), nil
		})
		add("ulp", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
			x, err := oneFloat(t, "math.ulp", args, kw)
			if err != nil {
				return null, err
			}
			return objects.Float(ulp(x)), nil
		})
		add("pow", powFn)
		add("fmod", fmodFn)
		add("ldexp", ldexpFn)
		add("frexp", frexpFn)
		add("modf", modfFn)
		add("log", logFn)
		add("log2", logN("log2", fmath.Log2))
		add("log10", logN("log10", fmath.Log10))
		add("fsum", fsum)
		add("hypot", hypot)
		add("dist", dist)
		add("isclose", isclose)
		add("prod", prod)
		add("factorial", factorial)
		add("isqrt", isqrt)
		add("gcd", gcdLcm("gcd", false))
		add("lcm", gcdLcm("lcm", true))
		add("comb", comb)
		add("perm", perm)
		return nil
	})
}
