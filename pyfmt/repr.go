package pyfmt

import (
	"unicode"
	"unicode/utf8"
)

const hexDigits = "0123456789abcdef"

// StrRepr returns repr(s) for a Python str held as UTF-8 (lone surrogates
// WTF-8 encoded). Printability follows Go's Unicode tables.
func StrRepr(s string) string { return string(AppendStrRepr(nil, s)) }

// AppendStrRepr appends repr(s) to dst.
func AppendStrRepr(dst []byte, s string) []byte {
	quote := byte('\'')
	if hasByte(s, '\'') && !hasByte(s, '"') {
		quote = '"'
	}
	dst = append(dst, quote)
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case c == quote || c == '\\':
				dst = append(dst, '\\', c)
			case c == '\t':
				dst = append(dst, '\\', 't')
			case c == '\n':
				dst = append(dst, '\\', 'n')
			case c == '\r':
				dst = append(dst, '\\', 'r')
			case c < ' ' || c == 0x7f:
				dst = append(dst, '\\', 'x', hexDigits[c>>4], hexDigits[c&15])
			default:
				dst = append(dst, c)
			}
			continue
		}
		r, n := decodeRune(s[i:])
		i += n
		switch {
		case r >= 0xd800 && r <= 0xdfff || !unicode.IsPrint(r):
			switch {
			case r < 0x100:
				dst = append(dst, '\\', 'x')
				dst = appendHex(dst, uint32(r), 2)
			case r < 0x10000:
				dst = append(dst, '\\', 'u')
				dst = appendHex(dst, uint32(r), 4)
			default:
				dst = append(dst, '\\', 'U')
				dst = appendHex(dst, uint32(r), 8)
			}
		default:
			dst = utf8.AppendRune(dst, r)
		}
	}
	return append(dst, quote)
}

func appendHex(dst []byte, v uint32, n int) []byte {
	for shift := 4 * (n - 1); shift >= 0; shift -= 4 {
		dst = append(dst, hexDigits[(v>>uint(shift))&15])
	}
	return dst
}

func hasByte(s string, b byte) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == b {
			return true
		}
	}
	return false
}

// BytesRepr returns repr(b) for a bytes object: b'...' with \t, \n, \r,
// \\, the quote and \xNN escapes.
func BytesRepr(b []byte) string { return string(AppendBytesRepr(nil, b, "b")) }

// AppendBytesRepr appends prefix (e.g. "b" or "bytearray(b") and the quoted
// bytes literal for b to dst.
func AppendBytesRepr(dst, b []byte, prefix string) []byte {
	quote := byte('\'')
	hasSingle, hasDouble := false, false
	for _, c := range b {
		hasSingle = hasSingle || c == '\''
		hasDouble = hasDouble || c == '"'
	}
	if hasSingle && !hasDouble {
		quote = '"'
	}
	dst = append(dst, prefix...)
	dst = append(dst, quote)
	for _, c := range b {
		switch {
		case c == quote || c == '\\':
			dst = append(dst, '\\', c)
		case c == '\t':
			dst = append(dst, '\\', 't')
		case c == '\n':
			dst = append(dst, '\\', 'n')
		case c == '\r':
			dst = append(dst, '\\', 'r')
		case c < ' ' || c >= 0x7f:
			dst = append(dst, '\\', 'x', hexDigits[c>>4], hexDigits[c&15])
		default:
			dst = append(dst, c)
		}
	}
	return append(dst, quote)
}
