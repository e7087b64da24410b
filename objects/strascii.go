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
	if n == 0 {
		return NewStrValue("")
	}
	r, b := allocStr(n)
	b = b[:0]
	for _, v := range parts {
		b = append(b, As[Str](v).S...)
	}
	r.S = unsafe.String(unsafe.SliceData(b), len(b))
	if ascii {
		r.ascii, r.length = 1, int32(n)
	}
	return Obj(r)
}

// IntStr is str(n) for a small int: ASCII, its length known.
func IntStr(n int64) Value {
	if 0 <= n && n <= 9 {
		return Obj(charCache['0'+n]) // one character: the shared str, as CPython's
	}
	var buf [20]byte
	d := strconv.AppendInt(buf[:0], n, 10)
	r, b := allocStr(len(d))
	copy(b, d)
	r.S = unsafe.String(&b[0], len(b))
	r.ascii, r.length = 1, int32(len(b))
	return Obj(r)
}

// Short strs of 16 to 80 bytes are allocated in one piece with their
// bytes (a Str is 48 bytes, so each struct below is a Go size class):
// building one then costs one allocation, as in CPython, not two.
type (
	str16 struct {
		Str
		b [16]byte
	}
	str32 struct {
		Str
		b [32]byte
	}
	str48 struct {
		Str
		b [48]byte
	}
	str80 struct {
		Str
		b [80]byte
	}
)

// allocStr returns a new str of n > 0 bytes and the buffer to fill; the
// caller sets s.S = unsafe.String(&buf[0], n) once it is filled.
func allocStr(n int) (*Str, []byte) {
	var s *Str
	var b []byte
	switch {
	case n < 16:
		// the bytes come from Go's tiny allocator (16-byte blocks shared
		// by small pointer-free objects), cheaper than a bigger object
		s, b = &Str{}, make([]byte, n)
	case n == 16:
		x := &str16{}
		s, b = &x.Str, x.b[:n]
	case n <= 32:
		x := &str32{}
		s, b = &x.Str, x.b[:n]
	case n <= 48:
		x := &str48{}
		s, b = &x.Str, x.b[:n]
	case n <= 80:
		x := &str80{}
		s, b = &x.Str, x.b[:n]
	default:
		s, b = &Str{}, make([]byte, n)
	}
	s.typ = StrType
	s.length = -1
	return s, b
}

// concat2 is a + b as one allocation; the result is known ASCII when
// both parts are.
func concat2(a, b *Str) Value {
	n := len(a.S) + len(b.S)
	if n == 0 {
		return NewStrValue("")
	}
	r, buf := allocStr(n)
	copy(buf, a.S)
	copy(buf[len(a.S):], b.S)
	r.S = unsafe.String(&buf[0], n)
	if a.ascii > 0 && b.ascii > 0 {
		r.ascii, r.length = 1, int32(n)
	}
	return Obj(r)
}
