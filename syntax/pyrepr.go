package syntax

import (
	"math"
	"math/big"
	"sort"
	"strconv"
	"unicode/utf8"
)

// This file implements Python's repr() for the constant types an AST can
// hold. The float and str formatting are exported for the objects package,
// which needs exactly the same output.

// ReprConst returns Python's repr of a constant value (see Const).
func ReprConst(c Const) string {
	return string(AppendReprConst(nil, c))
}

// AppendReprConst appends Python's repr of a constant value to buf.
func AppendReprConst(buf []byte, c Const) []byte {
	switch v := c.(type) {
	case nil:
		return append(buf, "None"...)
	case bool:
		if v {
			return append(buf, "True"...)
		}
		return append(buf, "False"...)
	case EllipsisType:
		return append(buf, "Ellipsis"...)
	case int64:
		return strconv.AppendInt(buf, v, 10)
	case int:
		return strconv.AppendInt(buf, int64(v), 10)
	case *big.Int:
		if v == nil {
			return append(buf, "None"...)
		}
		return v.Append(buf, 10)
	case float64:
		return AppendFloatRepr(buf, v)
	case complex128:
		return AppendComplexRepr(buf, v)
	case string:
		return AppendQuoteStr(buf, v)
	case Bytes:
		return AppendQuoteBytes(buf, v)
	case []byte:
		return AppendQuoteBytes(buf, v)
	}
	return append(buf, "<?>"...)
}

// FormatFloatRepr returns Python's repr of a float: the shortest digits
// that round-trip, in positional notation when the decimal exponent is in
// [-4, 16) and in scientific notation otherwise.
func FormatFloatRepr(f float64) string {
	var tmp [32]byte
	return string(AppendFloatRepr(tmp[:0], f))
}

// AppendFloatRepr appends FormatFloatRepr(f) to buf.
func AppendFloatRepr(buf []byte, f float64) []byte {
	return appendFloatShort(buf, f, true)
}

// appendFloatShort formats f as Python's 'r' format code does; addDot0
// adds ".0" to integral values in positional notation (float repr does,
// complex repr does not).
func appendFloatShort(buf []byte, f float64, addDot0 bool) []byte {
	switch {
	case math.IsNaN(f):
		return append(buf, "nan"...)
	case math.IsInf(f, 1):
		return append(buf, "inf"...)
	case math.IsInf(f, -1):
		return append(buf, "-inf"...)
	}
	if math.Signbit(f) {
		buf = append(buf, '-')
		f = -f
	}
	if f == 0 {
		if addDot0 {
			return append(buf, "0.0"...)
		}
		return append(buf, '0')
	}
	// Shortest round-trip digits in the form d.ddde±xx.
	var tmp [32]byte
	e := strconv.AppendFloat(tmp[:0], f, 'e', -1, 64)
	var digits [24]byte
	nd := 0
	i := 0
	for ; i < len(e) && e[i] != 'e'; i++ {
		if e[i] != '.' {
			digits[nd] = e[i]
			nd++
		}
	}
	exp, _ := strconv.Atoi(string(e[i+1:]))
	decpt := exp + 1 // value = 0.digits * 10**decpt
	if decpt <= -4 || decpt > 16 {
		buf = append(buf, digits[0])
		if nd > 1 {
			buf = append(buf, '.')
			buf = append(buf, digits[1:nd]...)
		}
		buf = append(buf, 'e')
		x := decpt - 1
		if x < 0 {
			buf = append(buf, '-')
			x = -x
		} else {
			buf = append(buf, '+')
		}
		if x < 10 {
			buf = append(buf, '0')
		}
		return strconv.AppendInt(buf, int64(x), 10)
	}
	switch {
	case decpt <= 0:
		buf = append(buf, '0', '.')
		for j := decpt; j < 0; j++ {
			buf = append(buf, '0')
		}
		buf = append(buf, digits[:nd]...)
	case decpt >= nd:
		buf = append(buf, digits[:nd]...)
		for j := nd; j < decpt; j++ {
			buf = append(buf, '0')
		}
		if addDot0 {
			buf = append(buf, '.', '0')
		}
	default:
		buf = append(buf, digits[:decpt]...)
		buf = append(buf, '.')
		buf = append(buf, digits[decpt:nd]...)
	}
	return buf
}

// FormatComplexRepr returns Python's repr of a complex number.
func FormatComplexRepr(c complex128) string {
	return string(AppendComplexRepr(nil, c))
}

// AppendComplexRepr appends Python's repr of a complex number to buf.
func AppendComplexRepr(buf []byte, c complex128) []byte {
	re, im := real(c), imag(c)
	if re == 0 && !math.Signbit(re) {
		buf = appendFloatShort(buf, im, false)
		return append(buf, 'j')
	}
	buf = append(buf, '(')
	buf = appendFloatShort(buf, re, false)
	if !math.Signbit(im) || math.IsNaN(im) {
		buf = append(buf, '+')
	}
	buf = appendFloatShort(buf, im, false)
	return append(buf, 'j', ')')
}

// IsPrintable reports whether Python's str.isprintable holds for the code
// point r (Python 3.11's Unicode 14.0 data).
func IsPrintable(r rune) bool {
	if r < 0x7f {
		return r >= ' '
	}
	if r < 0xa1 {
		return false
	}
	n := sort.Search(len(printableFlips), func(i int) bool { return printableFlips[i] > uint32(r) })
	return n&1 == 1
}

// decodeWTF8 decodes one code point from s, accepting the generalised
// UTF-8 encoding of lone surrogates (ED A0..BF xx). Invalid bytes decode
// as U+FFFD with size 1.
func decodeWTF8(s string) (rune, int) {
	c := s[0]
	if c < utf8.RuneSelf {
		return rune(c), 1
	}
	if c == 0xED && len(s) >= 3 && s[1] >= 0xA0 && s[1] <= 0xBF && s[2]&0xC0 == 0x80 {
		return 0xD000 | rune(s[1]&0x3F)<<6 | rune(s[2]&0x3F), 3
	}
	return utf8.DecodeRuneInString(s)
}

// appendWTF8 appends the (generalised) UTF-8 encoding of r, encoding
// surrogates as three bytes instead of replacing them.
func appendWTF8(buf []byte, r rune) []byte {
	if r >= 0xD800 && r <= 0xDFFF {
		return append(buf, 0xED, byte(0x80|(r>>6)&0x3F), byte(0x80|r&0x3F))
	}
	return utf8.AppendRune(buf, r)
}

// QuoteStr returns Python's repr of a str held as (WTF-8) UTF-8.
func QuoteStr(s string) string {
	return string(AppendQuoteStr(make([]byte, 0, len(s)+2), s))
}

const lowerHex = "0123456789abcdef"

// AppendQuoteStr appends Python's repr of the str s to buf.
func AppendQuoteStr(buf []byte, s string) []byte {
	quote := byte('\'')
	hasSingle, hasDouble := false, false
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\'':
			hasSingle = true
		case '"':
			hasDouble = true
		}
	}
	if hasSingle && !hasDouble {
		quote = '"'
	}
	buf = append(buf, quote)
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case c == quote || c == '\\':
				buf = append(buf, '\\', c)
			case c == '\t':
				buf = append(buf, '\\', 't')
			case c == '\n':
				buf = append(buf, '\\', 'n')
			case c == '\r':
				buf = append(buf, '\\', 'r')
			case c < ' ' || c == 0x7f:
				buf = append(buf, '\\', 'x', lowerHex[c>>4], lowerHex[c&15])
			default:
				buf = append(buf, c)
			}
			continue
		}
		r, size := decodeWTF8(s[i:])
		if r == utf8.RuneError && size == 1 {
			// Not valid UTF-8: cannot come from a decoded literal; show the byte.
			buf = append(buf, '\\', 'x', lowerHex[c>>4], lowerHex[c&15])
			i++
			continue
		}
		if IsPrintable(r) {
			buf = append(buf, s[i:i+size]...)
		} else {
			buf = appendHexEscape(buf, r)
		}
		i += size
	}
	return append(buf, quote)
}

func appendHexEscape(buf []byte, r rune) []byte {
	switch {
	case r <= 0xff:
		return append(buf, '\\', 'x', lowerHex[r>>4], lowerHex[r&15])
	case r <= 0xffff:
		return append(buf, '\\', 'u', lowerHex[r>>12&15], lowerHex[r>>8&15], lowerHex[r>>4&15], lowerHex[r&15])
	}
	buf = append(buf, '\\', 'U')
	for sh := 28; sh >= 0; sh -= 4 {
		buf = append(buf, lowerHex[r>>uint(sh)&15])
	}
	return buf
}

// QuoteBytes returns Python's repr of a bytes value.
func QuoteBytes(b []byte) string {
	return string(AppendQuoteBytes(make([]byte, 0, len(b)+3), b))
}

// AppendQuoteBytes appends Python's repr of the bytes b to buf.
func AppendQuoteBytes(buf []byte, b []byte) []byte {
	quote := byte('\'')
	hasSingle, hasDouble := false, false
	for _, c := range b {
		switch c {
		case '\'':
			hasSingle = true
		case '"':
			hasDouble = true
		}
	}
	if hasSingle && !hasDouble {
		quote = '"'
	}
	buf = append(buf, 'b', quote)
	for _, c := range b {
		switch {
		case c == quote || c == '\\':
			buf = append(buf, '\\', c)
		case c == '\t':
			buf = append(buf, '\\', 't')
		case c == '\n':
			buf = append(buf, '\\', 'n')
		case c == '\r':
			buf = append(buf, '\\', 'r')
		case c < ' ' || c >= 0x7f:
			buf = append(buf, '\\', 'x', lowerHex[c>>4], lowerHex[c&15])
		default:
			buf = append(buf, c)
		}
	}
	return append(buf, quote)
}
