package pyfmt

import (
	"math"
	"math/big"
	"strconv"
)

// FloatHex returns float.hex(f), e.g. "0x1.8000000000000p+1".
func FloatHex(f float64) string {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return FloatRepr(f)
	}
	var buf [32]byte
	b := buf[:0]
	if math.Signbit(f) {
		b = append(b, '-')
	}
	if f == 0 {
		return string(append(b, "0x0.0p+0"...))
	}
	bits := math.Float64bits(f)
	exp := int(bits>>52) & 0x7ff
	mant := bits & (1<<52 - 1)
	b = append(b, '0', 'x')
	if exp == 0 {
		b = append(b, '0')
		exp = -1022
	} else {
		b = append(b, '1')
		exp -= 1023
	}
	b = append(b, '.')
	for shift := 48; shift >= 0; shift -= 4 {
		b = append(b, hexDigits[(mant>>uint(shift))&15])
	}
	b = append(b, 'p')
	if exp < 0 {
		b = append(b, '-')
		exp = -exp
	} else {
		b = append(b, '+')
	}
	return string(strconv.AppendInt(b, int64(exp), 10))
}

// parseInfNan is _Py_parse_inf_or_nan: an optional sign and "inf",
// "infinity" or "nan" in any case at the start of s. n is the length
// consumed, 0 if none.
func parseInfNan(s string) (float64, int) {
	i := 0
	neg := false
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		neg = s[i] == '-'
		i++
	}
	var v float64
	switch {
	case len(s)-i >= 8 && lowerEq(s[i:i+8], "infinity"):
		v, i = math.Inf(1), i+8
	case len(s)-i >= 3 && lowerEq(s[i:i+3], "inf"):
		v, i = math.Inf(1), i+3
	case len(s)-i >= 3 && lowerEq(s[i:i+3], "nan"):
		v, i = math.Float64frombits(0x7ff8000000000000), i+3 // CPython's quiet NaN
	default:
		return 0, 0
	}
	if neg {
		v = math.Copysign(v, -1)
	}
	return v, i
}

func hexVal(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

// FloatFromHex implements float.fromhex(s).
func FloatFromHex(s string) (float64, error) {
	invalid := valueError("invalid hexadecimal floating-point string")
	i := 0
	for i < len(s) && isASCIISpace(s[i]) {
		i++
	}
	var v float64
	if x, n := parseInfNan(s[i:]); n > 0 {
		v = x
		i += n
	} else {
		neg := false
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			neg = s[i] == '-'
			i++
		}
		if i+1 < len(s) && s[i] == '0' && s[i+1]|0x20 == 'x' {
			i += 2
		}
		intStart := i
		for i < len(s) && hexVal(s[i]) >= 0 {
			i++
		}
		intDigits := s[intStart:i]
		fracDigits := ""
		if i < len(s) && s[i] == '.' {
			i++
			fs := i
			for i < len(s) && hexVal(s[i]) >= 0 {
				i++
			}
			fracDigits = s[fs:i]
		}
		if len(intDigits)+len(fracDigits) == 0 {
			return 0, invalid
		}
		exp := int64(0)
		if i < len(s) && s[i]|0x20 == 'p' {
			i++
			eneg := false
			if i < len(s) && (s[i] == '+' || s[i] == '-') {
				eneg = s[i] == '-'
				i++
			}
			if i >= len(s) || s[i] < '0' || s[i] > '9' {
				return 0, invalid
			}
			for i < len(s) && s[i] >= '0' && s[i] <= '9' {
				if exp < 1e12 {
					exp = exp*10 + int64(s[i]-'0')
				}
				i++
			}
			if eneg {
				exp = -exp
			}
		}
		for i < len(s) && isASCIISpace(s[i]) {
			i++
		}
		if i != len(s) {
			return 0, invalid
		}
		// Significant digits D (leading zeros stripped); value is
		// D[0].D[1:] * 2**e.
		all := intDigits
		if fracDigits != "" {
			all = intDigits + fracDigits
		}
		lead := 0
		for lead < len(all) && all[lead] == '0' {
			lead++
		}
		d := all[lead:]
		for len(d) > 0 && d[len(d)-1] == '0' {
			d = d[:len(d)-1]
		}
		if d == "" {
			v = 0
		} else {
			e := exp + 4*int64(len(intDigits)-lead-1)
			switch {
			case e > 1100:
				return 0, overflowError("hexadecimal value too large to represent as a float")
			case e < -1200:
				v = 0
			default:
				var buf [64]byte
				b := append(buf[:0], '0', 'x', d[0], '.')
				b = append(b, d[1:]...)
				b = append(b, 'p')
				b = strconv.AppendInt(b, e, 10)
				x, err := strconv.ParseFloat(string(b), 64)
				if err != nil || math.IsInf(x, 0) {
					return 0, overflowError("hexadecimal value too large to represent as a float")
				}
				v = x
			}
		}
		if neg {
			v = -v
		}
		return v, nil
	}
	for i < len(s) && isASCIISpace(s[i]) {
		i++
	}
	if i != len(s) {
		return 0, invalid
	}
	return v, nil
}

// FloatAsIntegerRatio implements float.as_integer_ratio().
func FloatAsIntegerRatio(f float64) (num, den *big.Int, err error) {
	if math.IsInf(f, 0) {
		return nil, nil, overflowError("cannot convert Infinity to integer ratio")
	}
	if math.IsNaN(f) {
		return nil, nil, valueError("cannot convert NaN to integer ratio")
	}
	if f == 0 {
		return big.NewInt(0), big.NewInt(1), nil
	}
	fr, exp := math.Frexp(f)
	// fr * 2**53 is an integer.
	m := int64(fr * (1 << 53))
	exp -= 53
	for m != 0 && m&1 == 0 {
		m >>= 1
		exp++
	}
	num = big.NewInt(m)
	den = big.NewInt(1)
	if exp > 0 {
		num.Lsh(num, uint(exp))
	} else {
		den.Lsh(den, uint(-exp))
	}
	return num, den, nil
}

// FloatRoundInt implements round(f) (no ndigits): the nearest integer, ties
// to even. The result is small unless z is non-nil.
func FloatRoundInt(f float64) (small int64, z *big.Int, err error) {
	return FloatToInt(math.RoundToEven(f))
}

// FloatToInt implements int(f): truncation toward zero, with CPython's
// errors for infinities and NaN.
func FloatToInt(f float64) (small int64, z *big.Int, err error) {
	if math.IsInf(f, 0) {
		return 0, nil, overflowError("cannot convert float infinity to integer")
	}
	if math.IsNaN(f) {
		return 0, nil, valueError("cannot convert float NaN to integer")
	}
	f = math.Trunc(f)
	if f >= -9223372036854775808.0 && f < 9223372036854775808.0 {
		return int64(f), nil, nil
	}
	z, _ = new(big.Float).SetFloat64(f).Int(nil)
	return 0, z, nil
}

// FloatRound implements round(f, ndigits) for an int ndigits (clipped to
// the int range by the caller, as PyNumber_AsSsize_t does): the decimal
// rounding is exact (ties to even), then converted back correctly rounded.
func FloatRound(f float64, ndigits int) (float64, error) {
	const ndigitsMax, ndigitsMin = 323, -308
	if math.IsNaN(f) || math.IsInf(f, 0) || ndigits > ndigitsMax {
		return f, nil
	}
	if ndigits < ndigitsMin {
		return 0 * f, nil
	}
	if ndigits >= 0 {
		var buf [64]byte
		b := strconv.AppendFloat(buf[:0], f, 'f', ndigits, 64)
		r, err := strconv.ParseFloat(string(b), 64)
		if err != nil && !math.IsInf(r, 0) {
			return 0, valueError("could not round")
		}
		if math.IsInf(r, 0) {
			return 0, overflowError("rounded value too large to represent")
		}
		return r, nil
	}
	// Round to a multiple of 10**k exactly.
	r := new(big.Rat).SetFloat64(f)
	q := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(-ndigits)), nil)
	num := new(big.Int).Abs(r.Num())
	den := new(big.Int).Mul(r.Denom(), q)
	n, rem := new(big.Int).QuoRem(num, den, new(big.Int))
	rem.Lsh(rem, 1)
	if c := rem.Cmp(den); c > 0 || (c == 0 && n.Bit(0) == 1) {
		n.Add(n, big.NewInt(1))
	}
	if n.Sign() == 0 {
		return math.Copysign(0, f), nil
	}
	n.Mul(n, q)
	res, _ := new(big.Float).SetInt(n).Float64()
	if math.IsInf(res, 0) {
		return 0, overflowError("rounded value too large to represent")
	}
	if f < 0 {
		res = -res
	}
	return res, nil
}
