package pyfmt

import (
	"math"
	"strconv"
)

// Flags for FloatFormat, as CPython's Py_DTSF_* flags.
const (
	FlagSign    = 1 << iota // always write a sign ('+' for non-negative values)
	FlagAddDot0             // 'r' and 'g': append ".0" to integral values in positional form
	FlagAlt                 // '#': keep the decimal point and, for 'g', trailing zeros
	FlagNoNeg0              // 'z': a value that rounds to zero gets no '-' sign
)

// maxDigits exceeds the number of significant decimal digits any float64
// has (767); further requested digits are zeros.
const maxDigits = 800

// FloatRepr returns repr(f) (which is also str(f)): the shortest string
// that round-trips, in positional form unless the exponent is < -4 or >= 16.
func FloatRepr(f float64) string {
	var buf [32]byte
	return string(AppendFloatFormat(buf[:0], f, 'r', 0, FlagAddDot0))
}

// AppendFloatRepr appends repr(f) to dst.
func AppendFloatRepr(dst []byte, f float64) []byte {
	return AppendFloatFormat(dst, f, 'r', 0, FlagAddDot0)
}

// FloatFormat is PyOS_double_to_string: it formats f with code 'e', 'E',
// 'f', 'F', 'g', 'G' or 'r' (repr; precision must be 0) and the Flag* flags.
// An invalid code gives "".
func FloatFormat(f float64, code byte, precision int, flags int) string {
	var buf [40]byte
	return string(AppendFloatFormat(buf[:0], f, code, precision, flags))
}

// AppendFloatFormat appends FloatFormat(f, code, precision, flags) to dst.
func AppendFloatFormat(dst []byte, f float64, code byte, precision int, flags int) []byte {
	upper := false
	switch code {
	case 'E', 'F', 'G':
		upper = true
		code += 'a' - 'A'
	case 'e', 'f', 'g', 'r':
	default:
		return dst
	}
	if precision < 0 {
		precision = 0
	}
	alt := flags&FlagAlt != 0
	neg := math.Signbit(f)
	if math.IsNaN(f) || math.IsInf(f, 0) {
		if math.IsNaN(f) {
			neg = false
		}
		if neg {
			dst = append(dst, '-')
		} else if flags&FlagSign != 0 {
			dst = append(dst, '+')
		}
		switch {
		case math.IsInf(f, 0) && upper:
			return append(dst, "INF"...)
		case math.IsInf(f, 0):
			return append(dst, "inf"...)
		case upper:
			return append(dst, "NAN"...)
		}
		return append(dst, "nan"...)
	}
	a := math.Abs(f)
	signAt := len(dst)
	// Reserve the sign position; removed below if unused.
	dst = append(dst, '-')
	start := len(dst)
	switch code {
	case 'e':
		fc := byte('e')
		if upper {
			fc = 'E'
		}
		if precision <= maxDigits {
			dst = strconv.AppendFloat(dst, a, fc, precision, 64)
		} else {
			// Digits past the 767th significant one are all zero.
			dst = strconv.AppendFloat(dst, a, fc, maxDigits, 64)
			k := len(dst) - 1
			for dst[k] != 'e' && dst[k] != 'E' {
				k--
			}
			n := precision - maxDigits
			dst = append(dst, make([]byte, n)...)
			copy(dst[k+n:], dst[k:])
			for i := k; i < k+n; i++ {
				dst[i] = '0'
			}
		}
		if alt && precision == 0 {
			// "1e+06" -> "1.e+06"
			dst = append(dst, 0)
			copy(dst[start+2:], dst[start+1:])
			dst[start+1] = '.'
		}
	case 'f':
		if precision <= maxDigits+400 {
			dst = strconv.AppendFloat(dst, a, 'f', precision, 64)
		} else {
			dst = strconv.AppendFloat(dst, a, 'f', maxDigits+400, 64)
			dst = appendZeros(dst, precision-maxDigits-400)
		}
		if alt && precision == 0 {
			dst = append(dst, '.')
		}
	default:
		var dbuf [32]byte
		var d []byte
		if code == 'r' {
			d = strconv.AppendFloat(dbuf[:0], a, 'e', -1, 64)
		} else {
			if precision == 0 {
				precision = 1
			}
			d = strconv.AppendFloat(dbuf[:0], a, 'e', min(precision, maxDigits)-1, 64)
		}
		dst = appendShort(dst, d, code, precision, flags&FlagAddDot0 != 0, alt, upper)
	}
	// Sign.
	isZero := true
	for _, c := range dst[start:] {
		if c >= '1' && c <= '9' {
			isZero = false
			break
		} else if c == 'e' || c == 'E' {
			break
		}
	}
	if neg && !(isZero && flags&FlagNoNeg0 != 0) {
		return dst
	}
	if flags&FlagSign != 0 {
		dst[signAt] = '+'
		return dst
	}
	copy(dst[signAt:], dst[start:])
	return dst[:len(dst)-1]
}

// appendShort lays out the digits of an 'e'-format strconv result d (no
// sign) for codes 'g' and 'r' as format_float_short does.
func appendShort(dst, d []byte, code byte, precision int, addDot0, alt, upper bool) []byte {
	// Split "d.dddde±XX" into digits and decimal point position.
	var digs [32]byte
	var digits []byte
	var e int
	if len(d) <= 32 {
		digits = digs[:0]
	}
	i := 0
	for ; i < len(d) && d[i] != 'e'; i++ {
		if d[i] != '.' {
			digits = append(digits, d[i])
		}
	}
	esign := 1
	i++
	if i < len(d) && (d[i] == '-' || d[i] == '+') {
		if d[i] == '-' {
			esign = -1
		}
		i++
	}
	for ; i < len(d); i++ {
		e = e*10 + int(d[i]-'0')
	}
	decpt := esign*e + 1
	// Strip trailing zeros, as _Py_dg_dtoa does.
	for len(digits) > 1 && digits[len(digits)-1] == '0' {
		digits = digits[:len(digits)-1]
	}
	if len(digits) == 1 && digits[0] == '0' {
		decpt = 1
	}
	nd := len(digits)
	useExp := false
	vEnd := nd
	if code == 'g' {
		limit := precision
		if addDot0 {
			limit--
		}
		if decpt <= -4 || decpt > limit {
			useExp = true
		}
		if alt {
			vEnd = precision
		}
	} else if decpt <= -4 || decpt > 16 {
		useExp = true
	}
	exp := 0
	if useExp {
		exp = decpt - 1
		decpt = 1
	}
	vStart := 0
	if decpt <= 0 {
		vStart = decpt - 1
	}
	if !useExp && addDot0 {
		vEnd = max(vEnd, decpt+1)
	} else {
		vEnd = max(vEnd, decpt)
	}
	if decpt <= 0 {
		dst = appendZeros(dst, decpt-vStart)
		dst = append(dst, '.')
		dst = appendZeros(dst, -decpt)
	} else {
		dst = appendZeros(dst, -vStart)
	}
	if 0 < decpt && decpt <= nd {
		dst = append(dst, digits[:decpt]...)
		dst = append(dst, '.')
		dst = append(dst, digits[decpt:]...)
	} else {
		dst = append(dst, digits...)
	}
	if nd < decpt {
		dst = appendZeros(dst, decpt-nd)
		dst = append(dst, '.')
		dst = appendZeros(dst, vEnd-decpt)
	} else {
		dst = appendZeros(dst, vEnd-nd)
	}
	if dst[len(dst)-1] == '.' && !alt {
		dst = dst[:len(dst)-1]
	}
	if useExp {
		if upper {
			dst = append(dst, 'E')
		} else {
			dst = append(dst, 'e')
		}
		if exp < 0 {
			dst = append(dst, '-')
			exp = -exp
		} else {
			dst = append(dst, '+')
		}
		if exp < 10 {
			dst = append(dst, '0')
		}
		dst = strconv.AppendInt(dst, int64(exp), 10)
	}
	return dst
}

func appendZeros(dst []byte, n int) []byte {
	for ; n > 0; n-- {
		dst = append(dst, '0')
	}
	return dst
}

// ComplexRepr returns repr(complex(re, im)), e.g. "(1+2j)", "-0j", "3j".
func ComplexRepr(re, im float64) string {
	var buf [64]byte
	b := buf[:0]
	if re == 0 && !math.Signbit(re) {
		b = AppendFloatFormat(b, im, 'r', 0, 0)
		b = append(b, 'j')
	} else {
		b = append(b, '(')
		b = AppendFloatFormat(b, re, 'r', 0, 0)
		b = AppendFloatFormat(b, im, 'r', 0, FlagSign)
		b = append(b, 'j', ')')
	}
	return string(b)
}
