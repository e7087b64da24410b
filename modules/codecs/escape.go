package codecs

import (
	"unicode/utf8"

	"taipan/objects"
)

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

// EscapeDecode is codecs.escape_decode: bytes-literal escapes (an
// invalid escape is kept, with a DeprecationWarning).
func EscapeDecode(t *objects.Thread, data []byte) ([]byte, *Exc) {
	bad := -1
	out, err := escapeDecode(data, &bad)
	if err == nil && bad >= 0 {
		if werr := Warn(t, objects.ExcDeprecationWarning, invalidEscape(bad)); werr != nil {
			return nil, werr
		}
	}
	return out, err
}

func escapeDecode(data []byte, bad *int) ([]byte, *Exc) {
	out := make([]byte, 0, len(data))
	n := len(data)
	for i := 0; i < n; {
		c := data[i]
		if c != '\\' {
			out = append(out, c)
			i++
			continue
		}
		start := i
		i++
		if i >= n {
			return nil, objects.Errorf(objects.ExcValueError, "Trailing \\ in string")
		}
		c = data[i]
		i++
		switch c {
		case '\n':
		case '\\':
			out = append(out, '\\')
		case '\'':
			out = append(out, '\'')
		case '"':
			out = append(out, '"')
		case 'b':
			out = append(out, '\b')
		case 'f':
			out = append(out, '\f')
		case 't':
			out = append(out, '\t')
		case 'n':
			out = append(out, '\n')
		case 'r':
			out = append(out, '\r')
		case 'v':
			out = append(out, '\v')
		case 'a':
			out = append(out, '\a')
		case '0', '1', '2', '3', '4', '5', '6', '7':
			v := int(c - '0')
			for k := 0; k < 2 && i < n && data[i] >= '0' && data[i] <= '7'; k++ {
				v = v*8 + int(data[i]-'0')
				i++
			}
			out = append(out, byte(v))
		case 'x':
			if i+1 < n && hexVal(data[i]) >= 0 && hexVal(data[i+1]) >= 0 {
				out = append(out, byte(hexVal(data[i])<<4|hexVal(data[i+1])))
				i += 2
			} else {
				return nil, objects.Errorf(objects.ExcValueError, "invalid \\x escape at position %d", start)
			}
		default:
			if *bad < 0 {
				*bad = int(c)
			}
			out = append(out, '\\', c)
		}
	}
	return out, nil
}

// EscapeEncode is codecs.escape_encode: repr-style escaping of bytes.
func EscapeEncode(data []byte) []byte {
	out := make([]byte, 0, len(data))
	const hex = "0123456789abcdef"
	for _, c := range data {
		switch {
		case c == '\'' || c == '\\':
			out = append(out, '\\', c)
		case c == '\t':
			out = append(out, '\\', 't')
		case c == '\n':
			out = append(out, '\\', 'n')
		case c == '\r':
			out = append(out, '\\', 'r')
		case c < ' ' || c >= 0x7f:
			out = append(out, '\\', 'x', hex[c>>4], hex[c&15])
		default:
			out = append(out, c)
		}
	}
	return out
}

// UnicodeEscapeEncode is the unicode_escape encoder (raw: the
// raw_unicode_escape one).
func UnicodeEscapeEncode(sv Value, raw bool) []byte {
	s := strText(sv)
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		r, n := objects.DecodeWTF8(s[i:])
		i += n
		if raw {
			if r < 0x100 {
				out = append(out, byte(r))
			} else {
				out = appendHexEscape(out, r)
			}
			continue
		}
		switch {
		case r == '\\':
			out = append(out, '\\', '\\')
		case r == '\t':
			out = append(out, '\\', 't')
		case r == '\n':
			out = append(out, '\\', 'n')
		case r == '\r':
			out = append(out, '\\', 'r')
		case r >= ' ' && r < 0x7f:
			out = append(out, byte(r))
		default:
			out = appendHexEscape(out, r)
		}
	}
	return out
}

// UnicodeEscapeDecode is the unicode_escape decoder (raw: the
// raw_unicode_escape one); with final false an incomplete escape at the
// end stays unconsumed.
func UnicodeEscapeDecode(t *objects.Thread, data []byte, dataV Value, errors string, final, raw bool) (string, int, *Exc) {
	bad := -1
	s, n, err := unicodeEscapeDecode(t, data, dataV, errors, final, raw, &bad)
	if err == nil && bad >= 0 {
		if werr := Warn(t, objects.ExcDeprecationWarning, invalidEscape(bad)); werr != nil {
			return "", 0, werr
		}
	}
	return s, n, err
}

func invalidEscape(c int) string {
	return "invalid escape sequence '\\" + string(objects.AppendWTF8(nil, rune(c))) + "'"
}

func unicodeEscapeDecode(t *objects.Thread, data []byte, dataV Value, errors string, final, raw bool, bad *int) (string, int, *Exc) {
	name := "unicodeescape"
	if raw {
		name = "rawunicodeescape"
	}
	d := newDecoder(t, name, data, dataV, errors)
	n := len(data)
	i := 0
	for i < n {
		c := data[i]
		if c != '\\' {
			d.out = utf8.AppendRune(d.out, rune(c))
			i++
			continue
		}
		start := i
		if raw {
			// count the run of backslashes: only an odd one escapes
			j := i
			for j < n && data[j] == '\\' {
				j++
			}
			if (j-i)%2 == 0 || j >= n || (data[j] != 'u' && data[j] != 'U') {
				if j >= n && (j-i)%2 == 1 && !final {
					d.out = append(d.out, data[i:j-1]...)
					return d.result(), j - 1, nil
				}
				d.out = append(d.out, data[i:j]...)
				i = j
				continue
			}
			d.out = append(d.out, data[i:j-1]...)
			start = j - 1
			i = j
			digits := 4
			if data[i] == 'U' {
				digits = 8
			}
			i++
			v, k := 0, 0
			for k < digits && i < n && hexVal(data[i]) >= 0 {
				v = v<<4 | hexVal(data[i])
				i++
				k++
			}
			if k < digits {
				if i >= n && !final {
					return d.result(), start, nil
				}
				msg := "truncated \\uXXXX escape"
				if digits == 8 {
					msg = "truncated \\UXXXXXXXX escape"
				}
				next, err := d.handle(start, i, msg)
				if err != nil {
					return "", 0, err
				}
				i = next
				continue
			}
			if v > 0x10FFFF {
				next, err := d.handle(start, i, "\\Uxxxxxxxx out of range")
				if err != nil {
					return "", 0, err
				}
				i = next
				continue
			}
			d.out = objects.AppendWTF8(d.out, rune(v))
			continue
		}
		i++
		if i >= n {
			if !final {
				return d.result(), start, nil
			}
			next, err := d.handle(start, n, "\\ at end of string")
			if err != nil {
				return "", 0, err
			}
			i = next
			continue
		}
		c = data[i]
		i++
		simple := map[byte]byte{'\n': 0, '\\': '\\', '\'': '\'', '"': '"', 'b': '\b', 'f': '\f', 't': '\t', 'n': '\n', 'r': '\r', 'v': '\v', 'a': '\a'}
		if s, ok := simple[c]; ok {
			if c != '\n' {
				d.out = append(d.out, s)
			}
			continue
		}
		switch c {
		case '0', '1', '2', '3', '4', '5', '6', '7':
			v := int(c - '0')
			for k := 0; k < 2 && i < n && data[i] >= '0' && data[i] <= '7'; k++ {
				v = v*8 + int(data[i]-'0')
				i++
			}
			d.out = utf8.AppendRune(d.out, rune(v))
			continue
		case 'x', 'u', 'U':
			digits := map[byte]int{'x': 2, 'u': 4, 'U': 8}[c]
			v, k := 0, 0
			for k < digits && i < n && hexVal(data[i]) >= 0 {
				v = v<<4 | hexVal(data[i])
				i++
				k++
			}
			if k < digits {
				if i >= n && !final {
					return d.result(), start, nil
				}
				msg := map[byte]string{'x': "truncated \\xXX escape", 'u': "truncated \\uXXXX escape", 'U': "truncated \\UXXXXXXXX escape"}[c]
				next, err := d.handle(start, i, msg)
				if err != nil {
					return "", 0, err
				}
				i = next
				continue
			}
			if v > 0x10FFFF {
				next, err := d.handle(start, i, "illegal Unicode character")
				if err != nil {
					return "", 0, err
				}
				i = next
				continue
			}
			d.out = objects.AppendWTF8(d.out, rune(v))
			continue
		case 'N':
			if i < n && data[i] == '{' {
				j := i + 1
				for j < n && data[j] != '}' {
					j++
				}
				if j < n && j > i+1 {
					if r, ok := LookupName(string(data[i+1 : j])); ok {
						d.out = utf8.AppendRune(d.out, r)
						i = j + 1
						continue
					}
					next, err := d.handle(start, j+1, "unknown Unicode character name")
					if err != nil {
						return "", 0, err
					}
					i = next
					continue
				}
				if j >= n && !final {
					return d.result(), start, nil
				}
				end := j
				if j < n {
					end = j + 1
				}
				next, err := d.handle(start, end, "malformed \\N character escape")
				if err != nil {
					return "", 0, err
				}
				i = next
				continue
			}
			if i >= n && !final {
				return d.result(), start, nil
			}
			next, err := d.handle(start, i, "malformed \\N character escape")
			if err != nil {
				return "", 0, err
			}
			i = next
			continue
		}
		if *bad < 0 {
			*bad = int(c)
		}
		d.out = append(d.out, '\\')
		d.out = utf8.AppendRune(d.out, rune(c))
	}
	return d.result(), n, nil
}

// ---- charmap ----

// CharmapDecode decodes with a mapping: a str decoding table, or any
// object indexed by byte values giving an int, a str or None.
func CharmapDecode(t *objects.Thread, data []byte, dataV Value, errors string, mapping Value) (string, *Exc) {
	if mapping.IsNull() || mapping.IsNone() {
		return DecodeLatin1(data), nil
	}
	d := newDecoder(t, "charmap", data, dataV, errors)
	var table []rune
	if mapping.IsInstance(objects.StrType) {
		table = runesOf(mapping)
	}
	for i := 0; i < len(data); {
		c := data[i]
		if table != nil {
			if int(c) < len(table) && table[c] != 0xFFFE {
				d.out = objects.AppendWTF8(d.out, table[c])
				i++
				continue
			}
		} else {
			r, err := objects.GetItem(t, mapping, objects.Int(int64(c)))
			if err != nil && !err.Matches(objects.ExcLookupError) {
				return "", err
			}
			if err == nil && !r.IsNone() {
				switch {
				case objects.IsIntValue(r):
					v, ok := objects.IntToInt64(r)
					if !ok || v < 0 || v > 0x10FFFF {
						return "", objects.Errorf(objects.ExcTypeError, "character mapping must be in range(0x110000)")
					}
					if v != 0xFFFE {
						d.out = objects.AppendWTF8(d.out, rune(v))
						i++
						continue
					}
				case r.IsInstance(objects.StrType):
					if s := strText(r); s != "\uFFFE" {
						d.out = append(d.out, s...)
						i++
						continue
					}
				default:
					return "", objects.Errorf(objects.ExcTypeError, "character mapping must return integer, None or str")
				}
			}
		}
		next, err := d.handle(i, i+1, "character maps to <undefined>")
		if err != nil {
			return "", err
		}
		i = next
	}
	return d.result(), nil
}

// CharmapEncode encodes with a mapping from code points to ints (byte
// values), bytes or None.
func CharmapEncode(t *objects.Thread, sv Value, errors string, mapping Value) ([]byte, *Exc) {
	if mapping.IsNull() || mapping.IsNone() {
		return EncodeLatin1(t, sv, errors)
	}
	var lookErr *Exc
	lookup := func(b []byte, r rune) ([]byte, bool) {
		v, err := objects.GetItem(t, mapping, objects.Int(int64(r)))
		if err != nil {
			if !err.Matches(objects.ExcLookupError) {
				lookErr = err
			}
			return b, false
		}
		switch {
		case v.IsNone():
			return b, false
		case objects.IsIntValue(v):
			x, ok := objects.IntToInt64(v)
			if !ok || x < 0 || x > 255 {
				lookErr = objects.Errorf(objects.ExcTypeError, "character mapping must be in range(256)")
				return b, false
			}
			return append(b, byte(x)), true
		case v.IsInstance(objects.BytesType):
			return append(b, objects.As[objects.Bytes](v).B...), true
		}
		lookErr = objects.Errorf(objects.ExcTypeError, "character mapping must return integer, bytes or None, not %s", v.Type().Name)
		return b, false
	}
	cps := runesOf(sv)
	e := &encoder{t: t, enc: "charmap", sv: sv, cps: cps, errors: errors, kind: kindOf(errors),
		reason: "character maps to <undefined>", generic: true}
	var scratch []byte
	e.ok = func(r rune) bool {
		if lookErr != nil {
			return true
		}
		var ok bool
		scratch, ok = lookup(scratch[:0], r)
		return ok
	}
	e.put = func(b []byte, r rune) []byte {
		if lookErr != nil {
			return b
		}
		b, _ = lookup(b, r)
		return b
	}
	out, err := e.run()
	if lookErr != nil {
		return nil, lookErr
	}
	return out, err
}

// CharmapBuild is codecs.charmap_build: the inverse of a decoding table.
func CharmapBuild(t *objects.Thread, table Value) (Value, *Exc) {
	d := objects.NewDict()
	for i, r := range runesOf(table) {
		if err := d.SetItem(t, objects.Int(int64(r)), objects.Int(int64(i))); err != nil {
			return objects.Null, err
		}
	}
	return objects.Obj(d), nil
}
