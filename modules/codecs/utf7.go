package codecs

import (
	"taipan/objects"
)

// UTF-7 (RFC 2152) as CPython implements it: Set O characters and
// whitespace are written directly, '+' as "+-", everything else in
// modified-base64 runs of UTF-16 units.

const b64chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

func isB64(c rune) bool {
	return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '/'
}

func fromB64(c byte) uint32 {
	switch {
	case c >= 'A' && c <= 'Z':
		return uint32(c - 'A')
	case c >= 'a' && c <= 'z':
		return uint32(c-'a') + 26
	case c >= '0' && c <= '9':
		return uint32(c-'0') + 52
	case c == '+':
		return 62
	}
	return 63
}

// utf7Direct reports whether c is written as itself (categories 0, 1
// and 2 of RFC 2152's table: direct, Set O, whitespace).
func utf7Direct(c rune) bool {
	if c <= 0 || c >= 128 {
		return false
	}
	switch c {
	case ' ', '\t', '\r', '\n':
		return true
	case '+', '\\', '~':
		return false
	}
	return c >= 32 && c < 127
}

// EncodeUTF7 encodes a str as UTF-7 (never fails).
func EncodeUTF7(sv Value) []byte {
	var out []byte
	inShift := false
	bits := 0
	var buf uint64
	emit := func(v uint16) {
		bits += 16
		buf = buf<<16 | uint64(v)
		for bits >= 6 {
			out = append(out, b64chars[(buf>>(bits-6))&0x3f])
			bits -= 6
		}
		buf &= (1 << bits) - 1
	}
	for _, ch := range runesOf(sv) {
		if inShift {
			if utf7Direct(ch) {
				if bits > 0 {
					out = append(out, b64chars[(buf<<(6-bits))&0x3f])
					buf, bits = 0, 0
				}
				inShift = false
				if isB64(ch) || ch == '-' {
					out = append(out, '-')
				}
				out = append(out, byte(ch))
				continue
			}
		} else {
			if ch == '+' {
				out = append(out, '+', '-')
				continue
			}
			if utf7Direct(ch) {
				out = append(out, byte(ch))
				continue
			}
			out = append(out, '+')
			inShift = true
		}
		if ch >= 0x10000 {
			c := ch - 0x10000
			emit(uint16(0xD800 + (c >> 10)))
			ch = 0xDC00 + (c & 0x3FF)
		}
		emit(uint16(ch))
	}
	if bits > 0 {
		out = append(out, b64chars[(buf<<(6-bits))&0x3f])
	}
	if inShift {
		out = append(out, '-')
	}
	return out
}

// DecodeUTF7 decodes UTF-7; with final false an unfinished shift
// sequence is left unconsumed.
func DecodeUTF7(t *objects.Thread, data []byte, dataV Value, errors string, final bool) (string, int, *Exc) {
	d := newDecoder(t, "utf7", data, dataV, errors)
	n := len(data)
	inShift := false
	bits := 0
	var buf uint64
	var surrogate rune
	startinpos, shiftOutStart := 0, 0
	s := 0
	for s < n {
		ch := data[s]
		var errmsg string
		if inShift {
			if isB64(rune(ch)) {
				buf = buf<<6 | uint64(fromB64(ch))
				bits += 6
				s++
				if bits >= 16 {
					outCh := rune((buf >> (bits - 16)) & 0xffff)
					bits -= 16
					buf &= (1 << bits) - 1
					if surrogate != 0 {
						if outCh >= 0xDC00 && outCh <= 0xDFFF {
							d.out = objects.AppendWTF8(d.out, 0x10000+(surrogate-0xD800)<<10+(outCh-0xDC00))
							surrogate = 0
							continue
						}
						d.out = objects.AppendWTF8(d.out, surrogate)
						surrogate = 0
					}
					if outCh >= 0xD800 && outCh <= 0xDBFF {
						surrogate = outCh
					} else {
						d.out = objects.AppendWTF8(d.out, outCh)
					}
				}
				continue
			}
			inShift = false
			if bits > 0 {
				if bits >= 6 {
					s++
					errmsg = "partial character in shift sequence"
				} else if buf != 0 {
					s++
					errmsg = "non-zero padding bits in shift sequence"
				}
			}
			if errmsg == "" {
				if surrogate != 0 && ch <= 127 && ch != '+' {
					d.out = objects.AppendWTF8(d.out, surrogate)
				}
				surrogate = 0
				if ch == '-' {
					s++
				}
				continue
			}
		} else if ch == '+' {
			startinpos = s
			s++
			if s < n && data[s] == '-' {
				s++
				d.out = append(d.out, '+')
				continue
			} else if s < n && !isB64(rune(data[s])) {
				s++
				errmsg = "ill-formed sequence"
			} else {
				inShift = true
				surrogate = 0
				shiftOutStart = len(d.out)
				bits, buf = 0, 0
				continue
			}
		} else if ch <= 127 {
			s++
			d.out = append(d.out, ch)
			continue
		} else {
			startinpos = s
			s++
			errmsg = "unexpected special character"
		}
		next, err := d.handle(startinpos, s, errmsg)
		if err != nil {
			return "", 0, err
		}
		s = next
	}
	if inShift && final {
		inShift = false
		if surrogate != 0 || bits >= 6 || bits > 0 && buf != 0 {
			if _, err := d.handle(startinpos, n, "unterminated shift sequence"); err != nil {
				return "", 0, err
			}
		}
	}
	if !final && inShift {
		d.out = d.out[:shiftOutStart]
		return d.result(), startinpos, nil
	}
	return d.result(), n, nil
}
