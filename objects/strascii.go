package objects

import (
	"strconv"
	"unsafe"
)

// Word-at-a-time helpers for ASCII text (the common case for str
// methods): eight bytes are tested per step instead of one.

const hiBits = 0x8080808080808080

// load8 reads s[i:i+8] as one little-endian word (the compiler combines
// the byte loads into a single load).
func load8(s string, i int) uint64 {
	_ = s[i+7]
	return uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
		uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
}

// asciiOnly reports whether s has no byte >= 0x80.
func asciiOnly(s string) bool {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		if load8(s, i)&hiBits != 0 {
			return false
		}
	}
	for ; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// asciiCase maps the letters of ASCII s to upper case (upper) or lower
// case, always into a new string (CPython's upper()/lower() return new
// objects).
func asciiCase(s string, upper bool) string {
	if len(s) == 0 {
		return ""
	}
	lo, hi := byte('A'), byte('Z')
	if upper {
		lo, hi = 'a', 'z'
	}
	first := 0
	for first < len(s) && s[first]-lo > hi-lo {
		first++
	}
	if first == len(s) {
		return s // nothing to change: the new str object shares the bytes
	}
	b := make([]byte, len(s))
	copy(b, s[:first])
	for i := first; i < len(s); i++ {
		c := s[i]
		if c-lo <= hi-lo {
			c ^= 0x20
		}
		b[i] = c
	}
	return unsafe.String(&b[0], len(b))
}

// ConcatStrs joins str values (f-strings' BUILD_STRING) in one
// allocation; the result is known ASCII when every part is.
func ConcatStrs(parts []Value) Value {
	n := 0
	ascii := true
	for _, v := range parts {
		p := As[Str](v)
		n += len(p.S)
		ascii = ascii && p.ascii > 0
	}
	b := make([]byte, 0, n)
	for _, v := range parts {
		b = append(b, As[Str](v).S...)
	}
	r := NewStr(unsafe.String(unsafe.SliceData(b), len(b)))
	if ascii {
		r.ascii, r.length = 1, int32(n)
	}
	return Obj(r)
}

// IntStr is str(n) for a small int: ASCII, its length known.
func IntStr(n int64) Value {
	var buf [20]byte
	b := strconv.AppendInt(buf[:0], n, 10)
	r := NewStr(string(b))
	r.ascii, r.length = 1, int32(len(b))
	return Obj(r)
}
