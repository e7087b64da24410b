// Package fmath holds floating-point functions that agree bit for bit
// with glibc (and so with CPython on Linux) far more often than Go's
// math package: exp, log, sin, cos, ... evaluated in double-double and
// rounded once, and fdlibm's formulas for the hyperbolic functions.
package fmath

// Double-double arithmetic and nearly correctly rounded exp, log, sin
// and cos. glibc's implementations of these functions are correctly
// rounded in all but rare cases, so evaluating them in double-double
// precision (about 104 bits) and rounding once reproduces CPython's
// results bit for bit far more often than Go's math package (whose
// results may be off by one ulp).

import (
	gomath "math"
	"math/big"
	"sync"
)

type dd struct{ hi, lo float64 }

func twoSum(a, b float64) dd {
	s := a + b
	bb := s - a
	return dd{s, (a - (s - bb)) + (b - bb)}
}

func quickTwoSum(a, b float64) dd {
	s := a + b
	return dd{s, b - (s - a)}
}

func twoProd(a, b float64) dd {
	p := a * b
	return dd{p, gomath.FMA(a, b, -p)}
}

func ddAdd(a, b dd) dd {
	s := twoSum(a.hi, b.hi)
	t := twoSum(a.lo, b.lo)
	s.lo += t.hi
	s = quickTwoSum(s.hi, s.lo)
	s.lo += t.lo
	return quickTwoSum(s.hi, s.lo)
}

func ddAddF(a dd, b float64) dd {
	s := twoSum(a.hi, b)
	s.lo += a.lo
	return quickTwoSum(s.hi, s.lo)
}

func ddMul(a, b dd) dd {
	p := twoProd(a.hi, b.hi)
	p.lo += a.hi*b.lo + a.lo*b.hi
	return quickTwoSum(p.hi, p.lo)
}

func ddMulF(a dd, b float64) dd {
	p := twoProd(a.hi, b)
	p.lo += a.lo * b
	return quickTwoSum(p.hi, p.lo)
}

func ddDiv(a, b dd) dd {
	q1 := a.hi / b.hi
	r := ddAdd(a, ddMulF(b, -q1))
	q2 := r.hi / b.hi
	r = ddAdd(r, ddMulF(b, -q2))
	q3 := r.hi / b.hi
	q := quickTwoSum(q1, q2)
	return ddAddF(q, q3)
}

var (
	ddLn2   = dd{0.6931471805599453, 2.3190468138462996e-17}
	ddPiO2  = dd{1.5707963267948966, 6.123233995736766e-17}
	piO2Lo2 = -1.4973849048591698e-33 // next term of pi/2 beyond ddPiO2
)

// expDD returns exp(x) in double-double for |x| <= ~0.36 (no reduction
// by ln 2).
func expSmall(r dd) dd {
	// exp(r) = exp(r/256)^256, exp(s) by Horner on 1/n!.
	s := dd{gomath.Ldexp(r.hi, -8), gomath.Ldexp(r.lo, -8)}
	p := invFact[10]
	for n := 9; n >= 0; n-- {
		p = ddAdd(ddMul(p, s), invFact[n])
	}
	for i := 0; i < 8; i++ {
		p = ddMul(p, p)
	}
	return p
}

// invFact[n] is 1/n! in double-double.
var invFact [32]dd

func init() {
	f := new(big.Float).SetPrec(300).SetInt64(1)
	for n := 0; n < len(invFact); n++ {
		if n > 0 {
			f.Mul(f, new(big.Float).SetPrec(300).SetInt64(int64(n)))
		}
		q := new(big.Float).SetPrec(300).Quo(new(big.Float).SetPrec(300).SetInt64(1), f)
		hi, _ := q.Float64()
		q.Sub(q, new(big.Float).SetFloat64(hi))
		lo, _ := q.Float64()
		invFact[n] = dd{hi, lo}
	}
}

// Exp is exp with double-double evaluation; it falls back to Go's Exp
// where the result is not a normal float.
func Exp(x float64) float64 {
	if gomath.IsNaN(x) || gomath.IsInf(x, 0) || x > 709.79 || x < -708.3 || gomath.Abs(x) < 1e-300 {
		// Beyond 709.79 exp overflows (Go's amd64 Exp overflows early,
		// so the range up to there is computed below).
		return gomath.Exp(x)
	}
	k := gomath.Round(x / ddLn2.hi)
	// r = x - k*ln2 in double-double.
	r := ddAddF(ddMulF(ddLn2, -k), x)
	if y, ok := fastExp(r); ok {
		return scale2(y, int(k))
	}
	e := expSmall(r)
	return gomath.Ldexp(e.hi+e.lo, int(k))
}

// Log is log with a double-double Newton step from Go's Log.
func Log(x float64) float64 {
	if x > 0 && x < 2.2250738585072014e-308 {
		// Subnormal: scale into the normal range first (Go's assembly
		// Log on amd64 mishandles subnormals).
		return logSubnormal(x)
	}
	if !(x > 0) || gomath.IsInf(x, 0) {
		return gomath.Log(x)
	}
	if x == 1 {
		return 0
	}
	if y, ok := fastLog(x); ok {
		return y
	}
	m, e := gomath.Frexp(x)
	if m < gomath.Sqrt2/2 {
		m *= 2
		e--
	}
	var y dd
	if u := m - 1; gomath.Abs(u) < 1.0/64 {
		// log1p series on the exact u = m - 1.
		// log(1+u) = 2 atanh(u/(2+u)) = 2(z + z^3/3 + z^5/5 + ...)
		z := ddDiv(dd{u, 0}, ddAddF(dd{u, 0}, 2))
		z2 := ddMul(z, z)
		sum := z
		p := z
		for n := 3; n <= 41; n += 2 {
			p = ddMul(p, z2)
			t := ddDiv(p, dd{float64(n), 0})
			sum = ddAdd(sum, t)
			if gomath.Abs(t.hi) < 1e-36*gomath.Abs(sum.hi) {
				break
			}
		}
		y = dd{2 * sum.hi, 2 * sum.lo}
	} else {
		y0 := gomath.Log(m)
		// y = y0 + (m*exp(-y0) - 1)
		ex := expSmall(dd{-y0, 0})
		c := ddAddF(ddMulF(ex, m), -1)
		y = ddAddF(c, y0)
	}
	if e != 0 {
		y = ddAdd(y, ddMulF(ddLn2, float64(e)))
	}
	return y.hi + y.lo
}

// logSubnormal is log(x) for a positive subnormal x: log(x * 2^64) - 64 ln 2,
// with both terms in double-double and one final rounding.
func logSubnormal(x float64) float64 {
	y, _ := crLogDD(x * 0x1p64)
	y = ddAdd(y, ddMulF(ddLn2, -64))
	return y.hi + y.lo
}

// crLogBase returns log(x)/log(b) as log2/log10 do, in double-double.
func crLogDD(x float64) (dd, bool) {
	if x > 0 && x < 2.2250738585072014e-308 {
		y, _ := crLogDD(x * 0x1p64)
		return ddAdd(y, ddMulF(ddLn2, -64)), true
	}
	if !(x > 0) || gomath.IsInf(x, 0) || x < 2.2250738585072014e-308 {
		return dd{}, false
	}
	m, e := gomath.Frexp(x)
	if m < gomath.Sqrt2/2 {
		m *= 2
		e--
	}
	var y dd
	if u := m - 1; gomath.Abs(u) < 1.0/64 {
		z := ddDiv(dd{u, 0}, ddAddF(dd{u, 0}, 2))
		z2 := ddMul(z, z)
		sum := z
		p := z
		for n := 3; n <= 41; n += 2 {
			p = ddMul(p, z2)
			t := ddDiv(p, dd{float64(n), 0})
			sum = ddAdd(sum, t)
			if gomath.Abs(t.hi) < 1e-36*gomath.Abs(sum.hi) {
				break
			}
		}
		y = dd{2 * sum.hi, 2 * sum.lo}
	} else if u != 0 {
		y0 := gomath.Log(m)
		ex := expSmall(dd{-y0, 0})
		c := ddAddF(ddMulF(ex, m), -1)
		y = ddAddF(c, y0)
	}
	if e != 0 {
		y = ddAdd(y, ddMulF(ddLn2, float64(e)))
	}
	return y, true
}

var (
	ddLn10 = dd{2.302585092994046, -2.1707562233822494e-16}
)

func Log2(x float64) float64 {
	if m, e := gomath.Frexp(x); m == 0.5 && x > 0 && !gomath.IsInf(x, 0) {
		return float64(e - 1) // exact powers of two
	}
	y, ok := crLogDD(x)
	if !ok {
		return gomath.Log2(x)
	}
	r := ddDiv(y, ddLn2)
	return r.hi + r.lo
}

func crLog10(x float64) float64 {
	y, ok := crLogDD(x)
	if !ok {
		return gomath.Log10(x)
	}
	r := ddDiv(y, ddLn10)
	return r.hi + r.lo
}

// sinCosSmall evaluates sin and cos of |r| <= pi/4 in double-double.
func sinCosSmall(r dd) (dd, dd) {
	r2 := ddMul(r, r)
	// sin(r) = r * sum (-1)^k r2^k/(2k+1)!, cos(r) = sum (-1)^k r2^k/(2k)!
	// by Horner; 14 terms reach 2^-106 for |r| <= pi/4.
	const terms = 14
	sp := signed(invFact[2*terms+1], terms)
	cp := signed(invFact[2*terms], terms)
	for k := terms - 1; k >= 0; k-- {
		sp = ddAdd(ddMul(sp, r2), signed(invFact[2*k+1], k))
		cp = ddAdd(ddMul(cp, r2), signed(invFact[2*k], k))
	}
	return ddMul(sp, r), cp
}

func signed(x dd, k int) dd {
	if k&1 != 0 {
		return dd{-x.hi, -x.lo}
	}
	return x
}

// reduce returns r = x - k*pi/2 in double-double and k mod 4, for
// |x| < 2^20 (beyond, the caller uses Go's functions).
func reduce(x float64) (dd, int) {
	if gomath.Abs(x) > 1<<20 {
		return reduceBig(x)
	}
	k := gomath.Round(x / ddPiO2.hi)
	// x - k*(p1 + p2 + p3) with exact products.
	a := twoProd(k, ddPiO2.hi)
	b := twoProd(k, ddPiO2.lo)
	r := ddAdd(dd{x, 0}, dd{-a.hi, -a.lo})
	r = ddAdd(r, dd{-b.hi, -b.lo})
	r = ddAddF(r, -k*piO2Lo2)
	return r, int(int64(k) & 3)
}

func Sin(x float64) float64 {
	if gomath.IsNaN(x) || gomath.IsInf(x, 0) || gomath.Abs(x) < 1e-150 {
		return gomath.Sin(x)
	}
	r, q := reduce(x)
	if q&1 == 0 {
		if y, ok := fastSin(r); ok {
			if q == 2 {
				return -y
			}
			return y
		}
	} else if y, ok := fastCos(r); ok {
		if q == 3 {
			return -y
		}
		return y
	}
	s, c := sinCosSmall(r)
	switch q {
	case 0:
		return s.hi + s.lo
	case 1:
		return c.hi + c.lo
	case 2:
		return -(s.hi + s.lo)
	}
	return -(c.hi + c.lo)
}

func Cos(x float64) float64 {
	if gomath.IsNaN(x) || gomath.IsInf(x, 0) {
		return gomath.Cos(x)
	}
	r, q := reduce(x)
	if q&1 == 0 {
		if y, ok := fastCos(r); ok {
			if q == 2 {
				return -y
			}
			return y
		}
	} else if y, ok := fastSin(r); ok {
		if q == 1 {
			return -y
		}
		return y
	}
	s, c := sinCosSmall(r)
	switch q {
	case 0:
		return c.hi + c.lo
	case 1:
		return -(s.hi + s.lo)
	case 2:
		return -(c.hi + c.lo)
	}
	return s.hi + s.lo
}

func Tan(x float64) float64 {
	if gomath.IsNaN(x) || gomath.IsInf(x, 0) || gomath.Abs(x) < 1e-150 {
		return gomath.Tan(x)
	}
	r, q := reduce(x)
	if y, ok := fastTan(r, q&1 != 0); ok {
		return y
	}
	s, c := sinCosSmall(r)
	var t dd
	if q&1 == 0 {
		t = ddDiv(s, c)
	} else {
		t = ddDiv(c, s)
		t = dd{-t.hi, -t.lo}
	}
	return t.hi + t.lo
}

// Log10 follows the classic fdlibm/glibc scheme (which is not
// correctly rounded): split x = 2^y * m with m in [1, 2) (or [0.5, 1)
// for negative exponents) and combine log(m) with y*log10(2) in two
// parts.
func Log10(x float64) float64 {
	if !(x > 0) || gomath.IsInf(x, 0) {
		return gomath.Log10(x)
	}
	const (
		ivln10   = 4.34294481903251816668e-01
		log102hi = 3.01029995663611771306e-01
		log102lo = 3.69423907715893078616e-13
	)
	bits := gomath.Float64bits(x)
	k := int64(bits>>52) - 1023
	if bits>>52 == 0 { // subnormal: scale up
		x *= 1 << 54
		bits = gomath.Float64bits(x)
		k = int64(bits>>52) - 1023 - 54
	}
	i := int64(0)
	if k < 0 {
		i = 1
	}
	hx := (bits>>32)&0x000fffff | uint64(0x3ff-i)<<20
	m := gomath.Float64frombits(hx<<32 | bits&0xffffffff)
	y := float64(k + i)
	z := y*log102lo + ivln10*Log(m)
	return z + y*log102hi
}

// Large-argument reduction: x - k*pi/2 computed exactly enough with a
// 2400-bit pi/2 (computed once, by Machin's formula).
var (
	bigPiO2     *big.Float
	bigPiO2Once sync.Once
)

const bigPrec = 2400

func bigAtanInv(n int64) *big.Float {
	// atan(1/n) = sum (-1)^k / ((2k+1) n^(2k+1))
	x := new(big.Float).SetPrec(bigPrec).Quo(big.NewFloat(1).SetPrec(bigPrec), new(big.Float).SetPrec(bigPrec).SetInt64(n))
	n2 := new(big.Float).SetPrec(bigPrec).SetInt64(n * n)
	sum := new(big.Float).SetPrec(bigPrec).Set(x)
	p := new(big.Float).SetPrec(bigPrec).Set(x)
	t := new(big.Float).SetPrec(bigPrec)
	for k := int64(1); ; k++ {
		p.Quo(p, n2)
		t.Quo(p, new(big.Float).SetPrec(bigPrec).SetInt64(2*k+1))
		if k%2 == 1 {
			sum.Sub(sum, t)
		} else {
			sum.Add(sum, t)
		}
		if t.Sign() == 0 || t.MantExp(nil)-sum.MantExp(nil) < -bigPrec-8 {
			return sum
		}
	}
}

func piO2Big() *big.Float {
	bigPiO2Once.Do(func() {
		a := bigAtanInv(5)
		a.Mul(a, new(big.Float).SetPrec(bigPrec).SetInt64(8))
		b := bigAtanInv(239)
		b.Mul(b, new(big.Float).SetPrec(bigPrec).SetInt64(2))
		bigPiO2 = a.Sub(a, b) // pi/2 = 8 atan(1/5) - 2 atan(1/239)
	})
	return bigPiO2
}

func reduceBig(x float64) (dd, int) {
	p := piO2Big()
	X := new(big.Float).SetPrec(bigPrec).SetFloat64(x)
	q := new(big.Float).SetPrec(bigPrec).Quo(X, p)
	// k = round(q)
	half := big.NewFloat(0.5)
	if q.Sign() < 0 {
		q.Sub(q, half)
	} else {
		q.Add(q, half)
	}
	k, _ := q.Int(nil)
	kf := new(big.Float).SetPrec(bigPrec).SetInt(k)
	r := new(big.Float).SetPrec(bigPrec).Mul(kf, p)
	r.Sub(X, r)
	hi, _ := r.Float64()
	r.Sub(r, new(big.Float).SetFloat64(hi))
	lo, _ := r.Float64()
	m := new(big.Int).And(k, big.NewInt(3))
	return dd{hi, lo}, int(m.Int64())
}

// Exp2 is 2**x: exact split x = k + f, then exp(f ln 2) in
// double-double.
func Exp2(x float64) float64 {
	if gomath.IsNaN(x) || gomath.IsInf(x, 0) || x > 1023.9 || x < -1021 {
		return gomath.Exp2(x)
	}
	k := gomath.Round(x)
	f := x - k
	if f == 0 {
		return gomath.Ldexp(1, int(k))
	}
	e := expSmall(ddMulF(ddLn2, f))
	return gomath.Ldexp(e.hi+e.lo, int(k))
}

// The hyperbolic functions follow fdlibm's formulas (which glibc uses)
// on top of the nearly correctly rounded exp and log.
func Sinh(x float64) float64 {
	if gomath.IsNaN(x) || gomath.IsInf(x, 0) {
		return x
	}
	h := 0.5
	if x < 0 {
		h = -h
	}
	ax := gomath.Abs(x)
	switch {
	case ax < 22:
		if ax < 1.0/(1<<28) {
			return x
		}
		t := gomath.Expm1(ax)
		if ax < 1 {
			return h * (2*t - t*t/(t+1))
		}
		return h * (t + t/(t+1))
	case ax < 709.7822265625:
		return h * Exp(ax)
	case ax <= 710.4758600739439:
		w := Exp(0.5 * ax)
		return h * w * w
	}
	return x * gomath.Inf(1)
}

func Cosh(x float64) float64 {
	if gomath.IsNaN(x) {
		return x
	}
	ax := gomath.Abs(x)
	switch {
	case gomath.IsInf(x, 0):
		return ax
	case ax < 0.3465735902799726:
		t := gomath.Expm1(ax)
		w := 1 + t
		if ax < 1.0/(1<<55) {
			return w
		}
		return 1 + (t*t)/(w+w)
	case ax < 22:
		t := Exp(ax)
		return 0.5*t + 0.5/t
	case ax < 709.7822265625:
		return 0.5 * Exp(ax)
	case ax <= 710.4758600739439:
		w := Exp(0.5 * ax)
		return 0.5 * w * w
	}
	return gomath.Inf(1)
}

func Tanh(x float64) float64 {
	if gomath.IsNaN(x) {
		return x
	}
	ax := gomath.Abs(x)
	var z float64
	switch {
	case ax < 22:
		if ax < 1.0/(1<<55) {
			return x * (1 + x)
		}
		if ax >= 1 {
			t := gomath.Expm1(2 * ax)
			z = 1 - 2/(t+2)
		} else {
			t := gomath.Expm1(-2 * ax)
			z = -t / (t + 2)
		}
	default:
		z = 1
	}
	if x < 0 {
		return -z
	}
	return z
}

func Asinh(x float64) float64 {
	if gomath.IsNaN(x) || gomath.IsInf(x, 0) {
		return x
	}
	ax := gomath.Abs(x)
	var w float64
	switch {
	case ax < 1.0/(1<<28):
		return x
	case ax > 1<<28:
		w = Log(ax) + gomath.Ln2
	case ax > 2:
		w = Log(2*ax + 1/(gomath.Sqrt(x*x+1)+ax))
	default:
		t := x * x
		w = gomath.Log1p(ax + t/(1+gomath.Sqrt(1+t)))
	}
	if x < 0 {
		return -w
	}
	return w
}

var ddPi = dd{3.141592653589793, 1.2246467991473532e-16}

// atanDD refines Go's atan of the double-double z (|z| <= 1) with one
// Newton step on tan.
func atanDD(z dd) dd {
	y0 := gomath.Atan(z.hi + z.lo)
	s, c := sinCosSmall(dd{y0, 0})
	t := ddDiv(s, c)
	num := ddAdd(t, dd{-z.hi, -z.lo})
	den := ddAddF(ddMul(t, t), 1)
	corr := ddDiv(num, den)
	return ddAdd(dd{y0, 0}, dd{-corr.hi, -corr.lo})
}

// atanOf returns atan of a double-double argument of any size.
func atanOf(z dd) dd {
	if gomath.Abs(z.hi) <= 1 {
		return atanDD(z)
	}
	inv := ddDiv(dd{1, 0}, z)
	a := atanDD(inv)
	h := dd{ddPi.hi / 2, ddPi.lo / 2}
	if z.hi < 0 {
		h = dd{-h.hi, -h.lo}
	}
	return ddAdd(h, dd{-a.hi, -a.lo})
}

func Atan(x float64) float64 {
	if gomath.IsNaN(x) || gomath.IsInf(x, 0) || gomath.Abs(x) < 1e-150 || gomath.Abs(x) > 1e300 {
		return gomath.Atan(x)
	}
	r := atanOf(dd{x, 0})
	return r.hi + r.lo
}

func Atan2(y, x float64) float64 {
	if gomath.IsNaN(x) || gomath.IsNaN(y) || gomath.IsInf(x, 0) || gomath.IsInf(y, 0) || x == 0 || y == 0 {
		return gomath.Atan2(y, x)
	}
	q := y / x
	if aq := gomath.Abs(q); aq < 1e-150 || aq > 1e150 || gomath.Abs(y) < 1e-290 || gomath.Abs(x) < 1e-290 {
		return gomath.Atan2(y, x)
	}
	z := ddDiv(dd{y, 0}, dd{x, 0})
	r := atanOf(z)
	if x < 0 {
		if y >= 0 {
			r = ddAdd(r, ddPi)
		} else {
			r = ddAdd(r, dd{-ddPi.hi, -ddPi.lo})
		}
	}
	return r.hi + r.lo
}

// ddSqrt returns sqrt(a) in double-double (a > 0).
func ddSqrt(a dd) dd {
	s0 := gomath.Sqrt(a.hi)
	p := twoProd(s0, s0)
	r := ddAdd(a, dd{-p.hi, -p.lo})
	return ddAddF(dd{r.hi / (2 * s0), 0}, s0)
}

// oneMinusSq returns 1 - x*x exactly enough, in double-double.
func oneMinusSq(x float64) dd {
	p := twoProd(x, x)
	return ddAdd(dd{1, 0}, dd{-p.hi, -p.lo})
}

func Asin(x float64) float64 {
	ax := gomath.Abs(x)
	if gomath.IsNaN(x) || ax >= 1 || ax < 1e-150 {
		return gomath.Asin(x)
	}
	s := ddSqrt(oneMinusSq(x))
	r := atanOf(ddDiv(dd{x, 0}, s))
	return r.hi + r.lo
}

func Acos(x float64) float64 {
	ax := gomath.Abs(x)
	if gomath.IsNaN(x) || ax >= 1 {
		return gomath.Acos(x)
	}
	if ax < 1e-20 {
		// acos(x) = pi/2 - x + O(x^3); sqrt(1-x*x)/x would overflow.
		return ddPi.hi/2 + (ddPi.lo/2 - x)
	}
	s := ddSqrt(oneMinusSq(x))
	r := atanOf(ddDiv(s, dd{x, 0}))
	if x < 0 {
		r = ddAdd(r, ddPi)
	}
	return r.hi + r.lo
}

func Acosh(x float64) float64 {
	switch {
	case gomath.IsNaN(x) || x < 1:
		return gomath.Acosh(x)
	case x >= 1<<28:
		if gomath.IsInf(x, 1) {
			return x
		}
		return Log(x) + gomath.Ln2
	case x == 1:
		return 0
	case x > 2:
		return Log(2*x - 1/(x+gomath.Sqrt(x*x-1)))
	}
	t := x - 1
	return gomath.Log1p(t + gomath.Sqrt(2*t+t*t))
}

// Fast paths: most results are decided by a double-precision evaluation
// of the small high-order terms around an exactly computed leading
// part; the double-double evaluation runs only when the rounding test
// cannot tell (a few percent of arguments).

// roundsTo returns the rounded value of h + t if it is the same for
// every value within err of the sum, and ok = false otherwise.
func roundsTo(h, t, err float64) (float64, bool) {
	s := twoSum(h, t)
	if s.hi+(s.lo+err) == s.hi && s.hi+(s.lo-err) == s.hi {
		return s.hi, true
	}
	return 0, false
}

// The leading terms are summed in double-double, the tail in double;
// err bounds the tail's rounding error plus the leading part's.
func fastErr(lead dd, rest float64) float64 {
	return gomath.Abs(rest)*0x1p-48 + gomath.Abs(lead.hi)*0x1p-100
}

var expTail [10]float64 // 1/n!, n = 5..14

func init() {
	for i := range expTail {
		expTail[i] = invFact[i+5].hi
	}
}

func fastExp(r dd) (float64, bool) {
	// exp(r) = sum_{n<5} r^n/n! (double-double) + r^5 * P(r) (double)
	x := r.hi
	p := expTail[len(expTail)-1]
	for i := len(expTail) - 2; i >= 0; i-- {
		p = gomath.FMA(p, x, expTail[i])
	}
	x2 := x * x
	rest := x2 * x2 * x * p
	lead := invFact[4]
	for n := 3; n >= 0; n-- {
		lead = ddAdd(ddMul(lead, r), invFact[n])
	}
	return roundsTo(lead.hi, lead.lo+rest, fastErr(lead, rest))
}

var sinTail, cosTail [9]float64 // (-1)^k/(2k+1)! for k >= 3, (-1)^k/(2k)! for k >= 4

func init() {
	for i := range sinTail {
		sinTail[i] = signed(invFact[2*(i+3)+1], i+3).hi
		cosTail[i] = signed(invFact[2*(i+4)], i+4).hi
	}
}

func fastSin(r dd) (float64, bool) {
	lead, rest := sinParts(r)
	return roundsTo(lead.hi, lead.lo+rest, fastErr(lead, rest))
}

// sinParts returns sin(r) as a double-double leading part plus a tail.
func sinParts(r dd) (dd, float64) {
	x := r.hi
	z := x * x
	s := sinTail[len(sinTail)-1]
	for i := len(sinTail) - 2; i >= 0; i-- {
		s = gomath.FMA(s, z, sinTail[i])
	}
	rest := z * z * z * x * s
	r2 := ddMul(r, r)
	lead := signed(invFact[5], 2)
	for k := 1; k >= 0; k-- {
		lead = ddAdd(ddMul(lead, r2), signed(invFact[2*k+1], k))
	}
	return ddMul(lead, r), rest
}

func fastCos(r dd) (float64, bool) {
	lead, rest := cosParts(r)
	return roundsTo(lead.hi, lead.lo+rest, fastErr(lead, rest))
}

// cosParts returns cos(r) as a double-double leading part plus a tail.
func cosParts(r dd) (dd, float64) {
	x := r.hi
	z := x * x
	c := cosTail[len(cosTail)-1]
	for i := len(cosTail) - 2; i >= 0; i-- {
		c = gomath.FMA(c, z, cosTail[i])
	}
	rest := z * z * z * z * c
	r2 := ddMul(r, r)
	lead := signed(invFact[6], 3)
	for k := 2; k >= 0; k-- {
		lead = ddAdd(ddMul(lead, r2), signed(invFact[2*k], k))
	}
	return lead, rest
}

// fastTan divides the fast sine and cosine in double-double; the
// tails' errors are relative to sin and cos, at most about 2^-48 of
// each tail.
func fastTan(r dd, odd bool) (float64, bool) {
	sl, sr := sinParts(r)
	cl, cr := cosParts(r)
	s := ddAddF(sl, sr)
	c := ddAddF(cl, cr)
	var q dd
	if odd {
		q = ddDiv(c, s)
		q = dd{-q.hi, -q.lo}
	} else {
		q = ddDiv(s, c)
	}
	rel := gomath.Abs(sr/s.hi)*0x1p-47 + gomath.Abs(cr/c.hi)*0x1p-47 + 0x1p-98
	return roundsTo(q.hi, q.lo, gomath.Abs(q.hi)*rel)
}

// logTail[i] is the coefficient of t^(i+3) in log(1+t): (-1)^(i) / (i+3).
var logTail = [6]float64{1.0 / 3, -1.0 / 4, 1.0 / 5, -1.0 / 6, 1.0 / 7, -1.0 / 8}

// splitNormal returns x = m * 2^e with m in [1, 2), for normal positive x.
func splitNormal(x float64) (float64, int) {
	b := gomath.Float64bits(x)
	e := int(b>>52) - 1023
	return gomath.Float64frombits(b&(1<<52-1) | 1023<<52), e
}

// scale2 returns v * 2^k, exactly when the result is a normal float.
func scale2(v float64, k int) float64 {
	if k > -1022 && k < 1023 {
		return v * gomath.Float64frombits(uint64(k+1023)<<52)
	}
	return gomath.Ldexp(v, k)
}

// Table-driven fast path for log: x = 2^e * m, m in [1, 2), m = c*(1+t)
// with c = 1 + (j+1/2)/128, so |t| < 1/256; log(1+t) has its first two
// terms in double-double and the rest in double.
var logC, invC [128]dd

func init() {
	for j := range logC {
		c := 1 + (float64(j)+0.5)/128
		logC[j], _ = crLogDD(c)
		invC[j] = ddDiv(dd{1, 0}, dd{c, 0})
	}
}

func fastLog(x float64) (float64, bool) {
	m, e := splitNormal(x)
	j := int((m - 1) * 128)
	c := 1 + (float64(j)+0.5)/128
	d := m - c // exact
	tp := twoProd(d, invC[j].hi)
	tp.lo += d * invC[j].lo
	t := quickTwoSum(tp.hi, tp.lo)
	// log(1+t) = t - t^2/2 + t^3 (1/3 - t/4 + t^2/5 - ...)
	th := t.hi
	p := logTail[5]
	for k := 4; k >= 0; k-- {
		p = gomath.FMA(p, th, logTail[k])
	}
	rest := th * th * th * p
	t2 := ddMul(t, t)
	lead := ddAdd(t, dd{-t2.hi * 0.5, -t2.lo * 0.5})
	sum := ddAdd(lead, logC[j])
	if e != 0 {
		sum = ddAdd(sum, ddMulF(ddLn2, float64(e)))
	}
	err := gomath.Abs(rest)*0x1p-48 + (gomath.Abs(logC[j].hi)+gomath.Abs(float64(e))+gomath.Abs(lead.hi))*0x1p-100
	return roundsTo(sum.hi, sum.lo+rest, err)
}

// logParts returns log(x) for a normal positive x as a double-double
// and a bound on its absolute error, from the table-driven evaluation.
func logParts(x float64) (dd, float64) {
	m, e := splitNormal(x)
	j := int((m - 1) * 128)
	c := 1 + (float64(j)+0.5)/128
	d := m - c
	tp := twoProd(d, invC[j].hi)
	tp.lo += d * invC[j].lo
	t := quickTwoSum(tp.hi, tp.lo)
	th := t.hi
	p := logTail[5]
	for k := 4; k >= 0; k-- {
		p = gomath.FMA(p, th, logTail[k])
	}
	rest := th * th * th * p
	t2 := ddMul(t, t)
	lead := ddAdd(t, dd{-t2.hi * 0.5, -t2.lo * 0.5})
	sum := ddAdd(lead, logC[j])
	if e != 0 {
		sum = ddAdd(sum, ddMulF(ddLn2, float64(e)))
	}
	err := gomath.Abs(rest)*0x1p-48 + (gomath.Abs(logC[j].hi)+gomath.Abs(float64(e))+gomath.Abs(lead.hi))*0x1p-100
	return ddAddF(sum, rest), err
}

// expParts evaluates exp(r) for |r| <= ~0.36 as a double-double lead and
// a double tail.
func expParts(r dd) (dd, float64) {
	x := r.hi
	p := expTail[len(expTail)-1]
	for i := len(expTail) - 2; i >= 0; i-- {
		p = gomath.FMA(p, x, expTail[i])
	}
	x2 := x * x
	rest := x2 * x2 * x * p
	lead := invFact[4]
	for n := 3; n >= 0; n-- {
		lead = ddAdd(ddMul(lead, r), invFact[n])
	}
	return lead, rest
}

// Pow is x**y: C99's special cases (as Go's math.Pow), and for finite
// arguments with a normal result exp(y log|x|) in double-double.
func Pow(x, y float64) float64 {
	switch {
	case y == 0 || x == 1:
		return 1
	case y == 1:
		return x
	case y == 0.5 && x > 0 && x <= gomath.MaxFloat64:
		return gomath.Sqrt(x) // both correctly rounded
	case y == 2:
		return x * x
	case y == -1 && x != 0:
		return 1 / x
	case gomath.IsNaN(x) || gomath.IsNaN(y) || gomath.IsInf(x, 0) || gomath.IsInf(y, 0) || x == 0:
		return gomath.Pow(x, y)
	}
	ax := x
	neg := false
	if x < 0 {
		if y != gomath.Trunc(y) {
			return gomath.NaN()
		}
		neg = gomath.Abs(y) < 1<<53 && gomath.Mod(y, 2) != 0
		ax = -x
	}
	r := powAbs(ax, y)
	if neg {
		return -r
	}
	return r
}

func powAbs(x, y float64) float64 {
	x0 := x
	scale := 0.0 // subnormal x: take the logarithm of x * 2^54
	if x < 2.2250738585072014e-308 {
		x *= 0x1p54
		scale = -54
	}
	l, lerr := logParts(x)
	if scale != 0 {
		l = ddAdd(l, ddMulF(ddLn2, scale))
	}
	z := ddMulF(l, y)
	if z.hi > 709.7 || z.hi < -708.3 {
		return gomath.Pow(x0, y)
	}
	k := gomath.Round(z.hi / ddLn2.hi)
	r := ddAdd(z, ddMulF(ddLn2, -k))
	lead, rest := expParts(r)
	rel := gomath.Abs(y)*lerr + gomath.Abs(z.hi)*0x1p-100 + fastErr(lead, rest)/gomath.Abs(lead.hi)
	if v, ok := roundsTo(lead.hi, lead.lo+rest, gomath.Abs(lead.hi)*rel); ok {
		return scale2(v, int(k))
	}
	// Slow path: the Newton-refined logarithm and the series exponential.
	ls, ok := crLogDD(x)
	if !ok {
		return gomath.Pow(x0, y)
	}
	if scale != 0 {
		ls = ddAdd(ls, ddMulF(ddLn2, scale))
	}
	z = ddMulF(ls, y)
	k = gomath.Round(z.hi / ddLn2.hi)
	r = ddAdd(z, ddMulF(ddLn2, -k))
	e := expSmall(r)
	return gomath.Ldexp(e.hi+e.lo, int(k))
}
