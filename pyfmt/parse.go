package pyfmt

import (
	"math"
	"math/big"
	"strconv"
)

// toASCII is _PyUnicode_TransformDecimalAndSpaceToASCII: non-ASCII
// whitespace becomes ' ', non-ASCII decimal digits become ASCII digits, and
// the string is cut after a '?' at the first other non-ASCII character. An
// all-ASCII s is returned unchanged (no allocation).
func toASCII(s string) string {
	i := 0
	for i < len(s) && s[i] < 0x7f {
		i++
	}
	if i == len(s) {
		return s
	}
	b := make([]byte, 0, len(s))
	b = append(b, s[:i]...)
	for i < len(s) {
		c := s[i]
		if c < 0x7f {
			b = append(b, c)
			i++
			continue
		}
		r, n := decodeRune(s[i:])
		i += n
		if isSpace(r) {
			b = append(b, ' ')
		} else if d := decimalValue(r); d >= 0 {
			b = append(b, byte('0'+d))
		} else {
			b = append(b, '?')
			break
		}
	}
	return string(b)
}

// ParseFloat implements float(s) for a str s.
func ParseFloat(s string) (float64, error) {
	f, ok := ParseFloatASCII(toASCII(s))
	if !ok {
		return 0, valueError("could not convert string to float: " + StrRepr(s))
	}
	return f, nil
}

// ParseFloatASCII parses an ASCII string by float()'s rules (as for a bytes
// argument) and reports whether it was valid. Callers build the error
// message from the original object's repr.
func ParseFloatASCII(s string) (float64, bool) {
	if hasByte(s, '_') {
		var buf [64]byte
		b := buf[:0]
		prev := byte(0)
		for i := 0; i < len(s); i++ {
			c := s[i]
			if c == '_' {
				if prev < '0' || prev > '9' {
					return 0, false
				}
			} else {
				if prev == '_' && (c < '0' || c > '9') {
					return 0, false
				}
				b = append(b, c)
			}
			prev = c
		}
		if prev == '_' {
			return 0, false
		}
		return parseFloatInner(string(b))
	}
	return parseFloatInner(s)
}

func parseFloatInner(s string) (float64, bool) {
	i, j := 0, len(s)
	for i < j && isASCIISpace(s[i]) {
		i++
	}
	for j > i && isASCIISpace(s[j-1]) {
		j--
	}
	s = s[i:j]
	if s == "" {
		return 0, false
	}
	p := 0
	neg := false
	if s[0] == '+' || s[0] == '-' {
		neg = s[0] == '-'
		p++
	}
	signEnd := p
	nd := 0
	for p < len(s) && s[p] >= '0' && s[p] <= '9' {
		p++
		nd++
	}
	if p < len(s) && s[p] == '.' {
		p++
		for p < len(s) && s[p] >= '0' && s[p] <= '9' {
			p++
			nd++
		}
	}
	if nd == 0 {
		// inf, infinity, nan (any case), right after the sign (".nan"
		// is not a number)
		rest := s[signEnd:]
		var v float64
		switch {
		case lowerEq(rest, "inf") || lowerEq(rest, "infinity"):
			v = math.Inf(1)
		case lowerEq(rest, "nan"):
			v = math.Float64frombits(0x7ff8000000000000) // CPython's quiet NaN
		default:
			return 0, false
		}
		if neg {
			v = math.Copysign(v, -1)
		}
		return v, true
	}
	if p < len(s) && (s[p] == 'e' || s[p] == 'E') {
		p++
		if p < len(s) && (s[p] == '+' || s[p] == '-') {
			p++
		}
		ne := 0
		for p < len(s) && s[p] >= '0' && s[p] <= '9' {
			p++
			ne++
		}
		if ne == 0 {
			return 0, false
		}
	}
	if p != len(s) {
		return 0, false
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		if ne, ok := err.(*strconv.NumError); !ok || ne.Err != strconv.ErrRange {
			return 0, false
		}
	}
	return v, true
}

// lowerEq reports whether s equals the lower-case ASCII word w ignoring case.
func lowerEq(s, w string) bool {
	if len(s) != len(w) {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i]|0x20 != w[i] {
			return false
		}
	}
	return true
}

// MaxStrDigitsDefault is CPython's default sys.get_int_max_str_digits().
const MaxStrDigitsDefault = 4300

// maxStrDigitsThreshold is _PY_LONG_MAX_STR_DIGITS_THRESHOLD: the limit is
// not checked for shorter strings.
const maxStrDigitsThreshold = 640

func maxStrToInt(limit, n int) string {
	return "Exceeds the limit (" + strconv.Itoa(limit) + " digits) for integer string conversion: value has " +
		strconv.Itoa(n) + " digits; use sys.set_int_max_str_digits() to increase the limit"
}

func maxStrToStr(limit int) string {
	return "Exceeds the limit (" + strconv.Itoa(limit) +
		" digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
}

// ParseInt implements int(s, base) for a str s. The result is small when
// big is nil. maxStrDigits is sys.get_int_max_str_digits() (0: no limit).
func ParseInt(s string, base int, maxStrDigits int) (small int64, z *big.Int, err error) {
	if (base != 0 && base < 2) || base > 36 {
		return 0, nil, valueError("int() base must be >= 2 and <= 36, or 0")
	}
	small, z, ndigits, ok := ParseIntASCII(toASCII(s), base, maxStrDigits)
	if ndigits > 0 {
		return 0, nil, valueError(maxStrToInt(maxStrDigits, ndigits))
	}
	if !ok {
		return 0, nil, valueError("invalid literal for int() with base " + strconv.Itoa(base) + ": " + truncRepr(StrRepr(s), 200))
	}
	return small, z, nil
}

// truncRepr cuts a repr to n code points, as the "%.200R" format does.
func truncRepr(r string, n int) string {
	if len(r) <= n {
		return r
	}
	return runePrefix(r, n)
}

// ParseIntASCII parses an ASCII string by int()'s rules (PyLong_FromString;
// base already validated). ok is false for an invalid literal; tooMany > 0
// means the digit count exceeded maxStrDigits (the value is then the count).
func ParseIntASCII(s string, base int, maxStrDigits int) (small int64, z *big.Int, tooMany int, ok bool) {
	i := 0
	for i < len(s) && isASCIISpace(s[i]) {
		i++
	}
	neg := false
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		neg = s[i] == '-'
		i++
	}
	at := func(k int) byte {
		if k < len(s) {
			return s[k]
		}
		return 0
	}
	errIfNonzero := false
	if base == 0 {
		switch {
		case at(i) != '0':
			base = 10
		case at(i+1)|0x20 == 'x':
			base = 16
		case at(i+1)|0x20 == 'o':
			base = 8
		case at(i+1)|0x20 == 'b':
			base = 2
		default:
			errIfNonzero = true
			base = 10
		}
	}
	if at(i) == '0' {
		c := at(i+1) | 0x20
		if (base == 16 && c == 'x') || (base == 8 && c == 'o') || (base == 2 && c == 'b') {
			i += 2
			if at(i) == '_' {
				i++
			}
		}
	}
	if at(i) == '_' {
		return 0, nil, 0, false
	}
	start := i
	ndig := 0
	prev := byte(0)
	under := false
	for i < len(s) {
		c := s[i]
		if c == '_' {
			if prev == '_' {
				return 0, nil, 0, false
			}
			under = true
		} else if digitValue(c) < base {
			ndig++
		} else {
			break
		}
		prev = c
		i++
	}
	if prev == '_' {
		return 0, nil, 0, false
	}
	if base&(base-1) != 0 && ndig > maxStrDigitsThreshold && maxStrDigits > 0 && ndig > maxStrDigits {
		return 0, nil, ndig, false
	}
	digits := s[start:i]
	for i < len(s) && isASCIISpace(s[i]) {
		i++
	}
	if ndig == 0 || i != len(s) {
		return 0, nil, 0, false
	}
	// Small values without allocating.
	var u uint64
	fits := true
	b := uint64(base)
	for k := 0; k < len(digits); k++ {
		c := digits[k]
		if c == '_' {
			continue
		}
		d := uint64(digitValue(c))
		if u > (math.MaxUint64-d)/b {
			fits = false
			break
		}
		u = u*b + d
	}
	if fits {
		if errIfNonzero && u != 0 {
			return 0, nil, 0, false
		}
		switch {
		case !neg && u <= math.MaxInt64:
			return int64(u), nil, 0, true
		case neg && u <= 1<<63:
			return int64(-u), nil, 0, true
		}
	}
	if errIfNonzero {
		return 0, nil, 0, false
	}
	clean := digits
	if under {
		bs := make([]byte, 0, len(digits))
		for k := 0; k < len(digits); k++ {
			if digits[k] != '_' {
				bs = append(bs, digits[k])
			}
		}
		clean = string(bs)
	}
	z = new(big.Int)
	if _, ok := z.SetString(clean, base); !ok {
		return 0, nil, 0, false
	}
	if neg {
		z.Neg(z)
	}
	return 0, z, 0, true
}

// digitValue is _PyLong_DigitValue: 0..35 for [0-9a-zA-Z], 37 otherwise.
func digitValue(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'z':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'Z':
		return int(c-'A') + 10
	}
	return 37
}

// IntToDecimal returns str(v), or the ValueError CPython raises when the
// result would have more than maxStrDigits digits (0: no limit).
func IntToDecimal(v *big.Int, maxStrDigits int) (string, error) {
	if v.IsInt64() {
		return strconv.FormatInt(v.Int64(), 10), nil
	}
	if maxStrDigits > 0 && exceedsDigits(v, maxStrDigits) {
		return "", valueError(maxStrToStr(maxStrDigits))
	}
	return v.Text(10), nil
}

// exceedsDigits reports whether |v| has more than limit decimal digits.
func exceedsDigits(v *big.Int, limit int) bool {
	bl := v.BitLen()
	const log10of2 = 0.30102999566398119521
	lo := int(float64(bl-1)*log10of2) + 1 // digits of 2**(bl-1)
	hi := int(float64(bl)*log10of2) + 1
	if hi <= limit {
		return false
	}
	if lo > limit+1 {
		return true
	}
	t := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(limit)), nil)
	return new(big.Int).Abs(v).Cmp(t) >= 0
}

// IntToBase returns v in base 2, 8, 10 or 16 as bin(), oct(), str() and
// hex() do ("-0x1f"), without any digit limit.
func IntToBase(v *big.Int, base int) string {
	var buf [80]byte
	b := buf[:0]
	if v.Sign() < 0 {
		b = append(b, '-')
	}
	switch base {
	case 2:
		b = append(b, "0b"...)
	case 8:
		b = append(b, "0o"...)
	case 16:
		b = append(b, "0x"...)
	}
	if v.IsInt64() {
		x := v.Int64()
		u := uint64(x)
		if x < 0 {
			u = -u
		}
		return string(strconv.AppendUint(b, u, base))
	}
	return string(new(big.Int).Abs(v).Append(b, base))
}

// Int64ToBase is IntToBase for an int64.
func Int64ToBase(x int64, base int) string {
	var buf [80]byte
	b := buf[:0]
	u := uint64(x)
	if x < 0 {
		b = append(b, '-')
		u = -u
	}
	switch base {
	case 2:
		b = append(b, "0b"...)
	case 8:
		b = append(b, "0o"...)
	case 16:
		b = append(b, "0x"...)
	}
	return string(strconv.AppendUint(b, u, base))
}

// BigIntToFloat converts v to the nearest float (ties to even), or gives
// OverflowError "int too large to convert to float".
func BigIntToFloat(v *big.Int) (float64, error) {
	if v.IsInt64() {
		return float64(v.Int64()), nil
	}
	f, _ := new(big.Float).SetInt(v).Float64()
	if math.IsInf(f, 0) {
		return 0, overflowError("int too large to convert to float")
	}
	return f, nil
}

// ParseFloatBytes implements float(b) for a bytes-like argument. repr is
// the repr of the argument object, used only in the error message.
func ParseFloatBytes(b []byte, repr func() string) (float64, error) {
	f, ok := ParseFloatASCII(string(b))
	if !ok {
		return 0, valueError("could not convert string to float: " + repr())
	}
	return f, nil
}

// ParseIntBytes implements int(b, base) for bytes or bytearray b; the
// error message shows the repr of (at most) the first 200 bytes.
func ParseIntBytes(b []byte, base int, maxStrDigits int) (small int64, z *big.Int, err error) {
	if (base != 0 && base < 2) || base > 36 {
		return 0, nil, valueError("int() base must be >= 2 and <= 36, or 0")
	}
	small, z, ndigits, ok := ParseIntASCII(string(b), base, maxStrDigits)
	if ndigits > 0 {
		return 0, nil, valueError(maxStrToInt(maxStrDigits, ndigits))
	}
	if !ok {
		return 0, nil, InvalidIntLiteral(base, truncRepr(BytesRepr(b[:min(len(b), 200)]), 200))
	}
	return small, z, nil
}

// InvalidIntLiteral is the ValueError int() raises; repr is the (already
// truncated) repr of the argument.
func InvalidIntLiteral(base int, repr string) error {
	return valueError("invalid literal for int() with base " + strconv.Itoa(base) + ": " + repr)
}
