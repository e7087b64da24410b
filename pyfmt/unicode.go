package pyfmt

import (
	"sort"
	"unicode/utf8"
)

// decimalValue returns the Unicode decimal value (0..9) of r, as
// Py_UNICODE_TODECIMAL, or -1.
func decimalValue(r rune) int {
	if r < 0x80 {
		if r >= '0' && r <= '9' {
			return int(r - '0')
		}
		return -1
	}
	i := sort.Search(len(decimalZeros), func(i int) bool { return decimalZeros[i] > r }) - 1
	if i >= 0 && r-decimalZeros[i] < 10 {
		return int(r - decimalZeros[i])
	}
	return -1
}

// isSpace reports whether r is whitespace in the sense of str.isspace.
func isSpace(r rune) bool {
	switch {
	case r < 0x80:
		return r == ' ' || (r >= 0x9 && r <= 0xd) || (r >= 0x1c && r <= 0x1f)
	case r == 0x85 || r == 0xa0 || r == 0x1680:
		return true
	case r >= 0x2000 && r <= 0x200a:
		return true
	case r == 0x2028 || r == 0x2029 || r == 0x202f || r == 0x205f || r == 0x3000:
		return true
	}
	return false
}

// isASCIISpace is Py_ISSPACE: the C-locale whitespace characters.
func isASCIISpace(c byte) bool {
	return c == ' ' || (c >= '\t' && c <= '\r')
}

// decodeRune decodes one code point from s like utf8.DecodeRuneInString, but
// also accepts the 3-byte encodings of lone surrogates (U+D800..U+DFFF) that
// a Python str may hold. An invalid byte decodes as itself (size 1), so that
// every byte is accounted for.
func decodeRune(s string) (rune, int) {
	c := s[0]
	if c < utf8.RuneSelf {
		return rune(c), 1
	}
	r, n := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError && n == 1 {
		if c == 0xed && len(s) >= 3 && s[1] >= 0xa0 && s[1] <= 0xbf && s[2] >= 0x80 && s[2] <= 0xbf {
			return 0xd000 | rune(s[1]&0x3f)<<6 | rune(s[2]&0x3f), 3
		}
		return rune(c), 1
	}
	return r, n
}

// runeCount counts the code points of s as decodeRune sees them.
func runeCount(s string) int {
	n := 0
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			i++
		} else {
			_, k := decodeRune(s[i:])
			i += k
		}
		n++
	}
	return n
}

// runePrefix returns the prefix of s holding its first n code points.
func runePrefix(s string, n int) string {
	i := 0
	for ; i < len(s) && n > 0; n-- {
		if s[i] < utf8.RuneSelf {
			i++
		} else {
			_, k := decodeRune(s[i:])
			i += k
		}
	}
	return s[:i]
}

// appendRune appends r as UTF-8, encoding surrogates WTF-8 style.
func appendRune(dst []byte, r rune) []byte {
	if r >= 0xd800 && r <= 0xdfff {
		return append(dst, 0xed, byte(0x80|(r>>6)&0x3f), byte(0x80|r&0x3f))
	}
	return utf8.AppendRune(dst, r)
}
