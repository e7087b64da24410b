package codecs

import (
	"encoding/binary"
	"unicode/utf8"

	"taipan/objects"
)

func isSurrogate(r rune) bool { return r >= 0xD800 && r <= 0xDFFF }

// runesOf returns the code points of a str value.
func runesOf(sv Value) []rune { return objects.WTF8Runes(strText(sv)) }

// ---- UTF-8 ----

// EncodeUTF8 encodes a str as UTF-8.
func EncodeUTF8(t *objects.Thread, sv Value, errors string) ([]byte, *Exc) {
	s := strText(sv)
	if utf8.ValidString(s) {
		return []byte(s), nil
	}
	e := &encoder{t: t, enc: "utf-8", sv: sv, cps: runesOf(sv), errors: errors, kind: kindOf(errors),
		reason: "surrogates not allowed", out: make([]byte, 0, len(s)),
		ok:  func(r rune) bool { return !isSurrogate(r) },
		put: utf8.AppendRune, sp: objects.AppendWTF8, asciiRep: true}
	return e.run()
}

func utf8SurrogatePass(b []byte) (rune, int, bool) {
	if len(b) >= 3 && b[0] == 0xED && b[1] >= 0xA0 && b[1] <= 0xBF && b[2] >= 0x80 && b[2] <= 0xBF {
		return rune(b[0]&0x0F)<<12 | rune(b[1]&0x3F)<<6 | rune(b[2]&0x3F), 3, true
	}
	return 0, 0, false
}

// DecodeUTF8 decodes UTF-8; with final false an incomplete sequence at
// the end is left unconsumed. It returns the text and the bytes consumed.
func DecodeUTF8(t *objects.Thread, data []byte, dataV Value, errors string, final bool) (string, int, *Exc) {
	if utf8.Valid(data) {
		return string(data), len(data), nil
	}
	d := newDecoder(t, "utf-8", data, dataV, errors)
	d.spDecode = utf8SurrogatePass
	n := len(data)
	i := 0
	for i < n {
		c := data[i]
		if c < 0x80 {
			d.out = append(d.out, c)
			i++
			continue
		}
		if r, size := utf8.DecodeRune(data[i:]); r != utf8.RuneError || size > 1 {
			d.out = append(d.out, data[i:i+size]...)
			i += size
			continue
		}
		need := 0
		lo, hi := byte(0x80), byte(0xBF)
		switch {
		case c >= 0xC2 && c < 0xE0:
			need = 1
		case c >= 0xE0 && c < 0xF0:
			need = 2
			if c == 0xE0 {
				lo = 0xA0
			} else if c == 0xED {
				hi = 0x9F
			}
		case c >= 0xF0 && c < 0xF5:
			need = 3
			if c == 0xF0 {
				lo = 0x90
			} else if c == 0xF4 {
				hi = 0x8F
			}
		}
		var reason string
		end := i + 1
		if need == 0 {
			reason = "invalid start byte"
		} else {
			j := i + 1
			for k := 0; k < need; k++ {
				if j >= n {
					if !final {
						return d.result(), i, nil
					}
					reason, end = "unexpected end of data", n
					break
				}
				b := data[j]
				bl, bh := byte(0x80), byte(0xBF)
				if k == 0 {
					bl, bh = lo, hi
				}
				if b < bl || b > bh {
					if !final && c == 0xED && n-i == 2 && b >= 0xA0 && b <= 0xBF {
						// a truncated surrogate waits for more data (CPython)
						return d.result(), i, nil
					}
					reason, end = "invalid continuation byte", j
					break
				}
				j++
			}
		}
		next, err := d.handle(i, end, reason)
		if err != nil {
			return "", 0, err
		}
		i = next
	}
	return d.result(), n, nil
}

// ---- Latin-1 and ASCII ----

func encodeLimit(t *objects.Thread, sv Value, errors, name string, limit rune) ([]byte, *Exc) {
	s := strText(sv)
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		return []byte(s), nil
	}
	reason := "ordinal not in range(256)"
	if limit == 0x7F {
		reason = "ordinal not in range(128)"
	}
	e := &encoder{t: t, enc: name, sv: sv, cps: runesOf(sv), errors: errors, kind: kindOf(errors), reason: reason,
		out: make([]byte, 0, len(s)),
		ok:  func(r rune) bool { return r <= limit },
		put: func(b []byte, r rune) []byte { return append(b, byte(r)) }}
	return e.run()
}

// EncodeLatin1 encodes a str as ISO-8859-1.
func EncodeLatin1(t *objects.Thread, sv Value, errors string) ([]byte, *Exc) {
	return encodeLimit(t, sv, errors, "latin-1", 0xFF)
}

// EncodeASCII encodes a str as ASCII.
func EncodeASCII(t *objects.Thread, sv Value, errors string) ([]byte, *Exc) {
	return encodeLimit(t, sv, errors, "ascii", 0x7F)
}

// DecodeLatin1 decodes ISO-8859-1 (never fails).
func DecodeLatin1(data []byte) string {
	ascii := true
	for _, c := range data {
		if c >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		return string(data)
	}
	out := make([]byte, 0, len(data)*2)
	for _, c := range data {
		out = utf8.AppendRune(out, rune(c))
	}
	return string(out)
}

// DecodeASCII decodes ASCII.
func DecodeASCII(t *objects.Thread, data []byte, dataV Value, errors string) (string, *Exc) {
	i := 0
	for i < len(data) && data[i] < 0x80 {
		i++
	}
	if i == len(data) {
		return string(data), nil
	}
	d := newDecoder(t, "ascii", data, dataV, errors)
	d.out = append(d.out, data[:i]...)
	for i < len(data) {
		c := data[i]
		if c < 0x80 {
			d.out = append(d.out, c)
			i++
			continue
		}
		next, err := d.handle(i, i+1, "ordinal not in range(128)")
		if err != nil {
			return "", err
		}
		i = next
	}
	return d.result(), nil
}

// ---- UTF-16 ----

func put16(b []byte, u uint16, be bool) []byte {
	if be {
		return append(b, byte(u>>8), byte(u))
	}
	return append(b, byte(u), byte(u>>8))
}

// EncodeUTF16 encodes as UTF-16; byteorder -1 little, 1 big, 0 native
// with a BOM.
func EncodeUTF16(t *objects.Thread, sv Value, errors string, byteorder int) ([]byte, *Exc) {
	name := "utf-16"
	be := byteorder == 1
	switch byteorder {
	case -1:
		name = "utf-16-le"
	case 1:
		name = "utf-16-be"
	}
	cps := runesOf(sv)
	out := make([]byte, 0, 2*len(cps)+2)
	if byteorder == 0 {
		out = put16(out, 0xFEFF, be)
	}
	e := &encoder{t: t, enc: name, sv: sv, cps: cps, errors: errors, kind: kindOf(errors),
		reason: "surrogates not allowed", out: out,
		ok: func(r rune) bool { return !isSurrogate(r) },
		put: func(b []byte, r rune) []byte {
			if r >= 0x10000 {
				r -= 0x10000
				b = put16(b, uint16(0xD800+(r>>10)), be)
				return put16(b, uint16(0xDC00+(r&0x3FF)), be)
			}
			return put16(b, uint16(r), be)
		},
		sp:     func(b []byte, r rune) []byte { return put16(b, uint16(r), be) },
		single: true, unit: 2, asciiRep: true}
	return e.run()
}

// DecodeUTF16 decodes UTF-16. *byteorder is -1 (little), 1 (big) or 0
// (detect a BOM, else little endian); it is updated when a BOM is read.
func DecodeUTF16(t *objects.Thread, data []byte, dataV Value, errors string, byteorder *int, final bool) (string, int, *Exc) {
	i, n := 0, len(data)
	if *byteorder == 0 && n >= 2 {
		switch {
		case data[0] == 0xFF && data[1] == 0xFE:
			*byteorder, i = -1, 2
		case data[0] == 0xFE && data[1] == 0xFF:
			*byteorder, i = 1, 2
		}
	}
	be := *byteorder == 1
	unit := func(k int) uint16 {
		if be {
			return binary.BigEndian.Uint16(data[k:])
		}
		return binary.LittleEndian.Uint16(data[k:])
	}
	d := newDecoder(t, "utf-16-le", data, dataV, errors)
	if be {
		d.enc = "utf-16-be"
	}
	d.spDecode = func(b []byte) (rune, int, bool) {
		if len(b) < 2 {
			return 0, 0, false
		}
		var u uint16
		if be {
			u = binary.BigEndian.Uint16(b)
		} else {
			u = binary.LittleEndian.Uint16(b)
		}
		if u >= 0xD800 && u <= 0xDFFF {
			return rune(u), 2, true
		}
		return 0, 0, false
	}
	for i < n {
		if n-i < 2 {
			if !final {
				return d.result(), i, nil
			}
			next, err := d.handle(i, n, "truncated data")
			if err != nil {
				return "", 0, err
			}
			i = next
			continue
		}
		u := unit(i)
		switch {
		case u < 0xD800 || u > 0xDFFF:
			d.out = utf8.AppendRune(d.out, rune(u))
			i += 2
			continue
		case u >= 0xDC00:
			next, err := d.handle(i, i+2, "illegal encoding")
			if err != nil {
				return "", 0, err
			}
			i = next
			continue
		}
		if n-i < 4 {
			if !final {
				return d.result(), i, nil
			}
			next, err := d.handle(i, n, "unexpected end of data")
			if err != nil {
				return "", 0, err
			}
			i = next
			continue
		}
		u2 := unit(i + 2)
		if u2 < 0xDC00 || u2 > 0xDFFF {
			next, err := d.handle(i, i+2, "illegal UTF-16 surrogate")
			if err != nil {
				return "", 0, err
			}
			i = next
			continue
		}
		d.out = utf8.AppendRune(d.out, 0x10000+(rune(u)-0xD800)<<10+(rune(u2)-0xDC00))
		i += 4
	}
	return d.result(), n, nil
}

// ---- UTF-32 ----

func put32(b []byte, u uint32, be bool) []byte {
	if be {
		return binary.BigEndian.AppendUint32(b, u)
	}
	return binary.LittleEndian.AppendUint32(b, u)
}

// EncodeUTF32 encodes as UTF-32 (byteorder as for EncodeUTF16).
func EncodeUTF32(t *objects.Thread, sv Value, errors string, byteorder int) ([]byte, *Exc) {
	name := "utf-32"
	be := byteorder == 1
	switch byteorder {
	case -1:
		name = "utf-32-le"
	case 1:
		name = "utf-32-be"
	}
	cps := runesOf(sv)
	out := make([]byte, 0, 4*len(cps)+4)
	if byteorder == 0 {
		out = put32(out, 0xFEFF, be)
	}
	e := &encoder{t: t, enc: name, sv: sv, cps: cps, errors: errors, kind: kindOf(errors),
		reason: "surrogates not allowed", out: out,
		ok:     func(r rune) bool { return !isSurrogate(r) },
		put:    func(b []byte, r rune) []byte { return put32(b, uint32(r), be) },
		sp:     func(b []byte, r rune) []byte { return put32(b, uint32(r), be) },
		single: true, unit: 4, asciiRep: true}
	return e.run()
}

// DecodeUTF32 decodes UTF-32 (byteorder as for DecodeUTF16).
func DecodeUTF32(t *objects.Thread, data []byte, dataV Value, errors string, byteorder *int, final bool) (string, int, *Exc) {
	i, n := 0, len(data)
	if *byteorder == 0 && n >= 4 {
		switch {
		case data[0] == 0xFF && data[1] == 0xFE && data[2] == 0 && data[3] == 0:
			*byteorder, i = -1, 4
		case data[0] == 0 && data[1] == 0 && data[2] == 0xFE && data[3] == 0xFF:
			*byteorder, i = 1, 4
		}
	}
	be := *byteorder == 1
	get := func(b []byte) uint32 {
		if be {
			return binary.BigEndian.Uint32(b)
		}
		return binary.LittleEndian.Uint32(b)
	}
	d := newDecoder(t, "utf-32-le", data, dataV, errors)
	if be {
		d.enc = "utf-32-be"
	}
	d.spDecode = func(b []byte) (rune, int, bool) {
		if len(b) >= 4 {
			if u := get(b); u >= 0xD800 && u <= 0xDFFF {
				return rune(u), 4, true
			}
		}
		return 0, 0, false
	}
	for i < n {
		if n-i < 4 {
			if !final {
				return d.result(), i, nil
			}
			next, err := d.handle(i, n, "truncated data")
			if err != nil {
				return "", 0, err
			}
			i = next
			continue
		}
		u := get(data[i:])
		if u > 0x10FFFF || u >= 0xD800 && u <= 0xDFFF {
			reason := "code point not in range(0x110000)"
			if u <= 0x10FFFF {
				reason = "code point in surrogate code point range(0xd800, 0xe000)"
			}
			next, err := d.handle(i, i+4, reason)
			if err != nil {
				return "", 0, err
			}
			i = next
			continue
		}
		d.out = utf8.AppendRune(d.out, rune(u))
		i += 4
	}
	return d.result(), n, nil
}
