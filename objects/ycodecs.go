package objects

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// The builtin codecs of str.encode, bytes.decode and str(b, encoding):
// utf-8, ascii and latin-1 with the strict, ignore, replace,
// backslashreplace (and, encoding, xmlcharrefreplace) error handlers.

// normEncoding maps an encoding name to "utf-8", "ascii", "latin-1" or "".
func normEncoding(name string) string {
	n := strings.ToLower(strings.ReplaceAll(name, "_", "-"))
	switch n {
	case "utf-8", "utf8", "u8", "utf", "cp65001":
		return "utf-8"
	case "ascii", "us-ascii", "646":
		return "ascii"
	case "latin-1", "latin1", "iso-8859-1", "iso8859-1", "l1", "8859", "cp819", "latin":
		return "latin-1"
	}
	return ""
}

func checkErrors(errors string) *BaseException {
	switch errors {
	case "strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "surrogateescape":
		return nil
	}
	return Errorf(ExcLookupError, "unknown error handler name '%s'", errors)
}

// Decode decodes b with the named encoding and error handler.
func Decode(b []byte, encoding, errors string) (string, *BaseException) {
	enc := normEncoding(encoding)
	if enc == "" {
		return "", Errorf(ExcLookupError, "unknown encoding: %s", encoding)
	}
	if enc == "utf-8" && utf8.Valid(b) {
		return string(b), nil
	}
	var sb strings.Builder
	for i := 0; i < len(b); {
		c := b[i]
		var r rune = -1
		n := 1
		reason := ""
		switch enc {
		case "latin-1":
			r = rune(c)
		case "ascii":
			if c < 0x80 {
				r = rune(c)
			} else {
				reason = "ordinal not in range(128)"
			}
		default:
			rr, size := utf8.DecodeRune(b[i:])
			if rr != utf8.RuneError || size > 1 {
				r, n = rr, size
			} else {
				n, reason = utf8Bad(b[i:])
			}
		}
		if r >= 0 {
			sb.WriteRune(r)
			i += n
			continue
		}
		switch errors {
		case "strict":
			if n == 1 {
				return "", Errorf(ExcUnicodeDecodeError, "'%s' codec can't decode byte 0x%02x in position %d: %s", enc, c, i, reason)
			}
			return "", Errorf(ExcUnicodeDecodeError, "'%s' codec can't decode bytes in position %d-%d: %s", enc, i, i+n-1, reason)
		case "ignore":
		case "replace":
			sb.WriteRune('\ufffd')
		case "backslashreplace":
			for _, x := range b[i : i+n] {
				fmt.Fprintf(&sb, "\\x%02x", x)
			}
		default:
			if err := checkErrors(errors); err != nil {
				return "", err
			}
			return "", Errorf(ExcUnicodeDecodeError, "'%s' codec can't decode byte 0x%02x in position %d: %s", enc, c, i, reason)
		}
		i += n
	}
	return sb.String(), nil
}

// utf8Bad classifies an invalid UTF-8 sequence at the start of b: the
// number of bytes it covers and CPython's reason.
func utf8Bad(b []byte) (int, string) {
	c := b[0]
	var need int
	lo, hi := byte(0x80), byte(0xbf)
	switch {
	case c >= 0xc2 && c <= 0xdf:
		need = 1
	case c >= 0xe0 && c <= 0xef:
		need = 2
		if c == 0xe0 {
			lo = 0xa0
		} else if c == 0xed {
			hi = 0x9f
		}
	case c >= 0xf0 && c <= 0xf4:
		need = 3
		if c == 0xf0 {
			lo = 0x90
		} else if c == 0xf4 {
			hi = 0x8f
		}
	default:
		return 1, "invalid start byte"
	}
	for k := 1; k <= need; k++ {
		if k >= len(b) {
			return k, "unexpected end of data"
		}
		x := b[k]
		if k == 1 && (x < lo || x > hi) || k > 1 && (x < 0x80 || x > 0xbf) {
			if k == 1 {
				return 1, "invalid continuation byte"
			}
			return k, "invalid continuation byte"
		}
	}
	return 1, "invalid start byte"
}

// Encode encodes s with the named encoding and error handler.
func Encode(s string, encoding, errors string) ([]byte, *BaseException) {
	enc := normEncoding(encoding)
	if enc == "" {
		return nil, Errorf(ExcLookupError, "unknown encoding: %s", encoding)
	}
	if enc == "utf-8" {
		return []byte(s), nil
	}
	limit := rune(0x80)
	lname := "128"
	if enc == "latin-1" {
		limit, lname = 0x100, "256"
	}
	out := make([]byte, 0, len(s))
	runes := []rune(s)
	for i := 0; i < len(runes); i++ {
		r := runes[i]
		if r < limit {
			out = append(out, byte(r))
			continue
		}
		switch errors {
		case "ignore":
		case "replace":
			out = append(out, '?')
		case "backslashreplace":
			switch {
			case r < 0x100:
				out = fmt.Appendf(out, "\\x%02x", r)
			case r < 0x10000:
				out = fmt.Appendf(out, "\\u%04x", r)
			default:
				out = fmt.Appendf(out, "\\U%08x", r)
			}
		case "xmlcharrefreplace":
			out = fmt.Appendf(out, "&#%d;", r)
		default:
			if err := checkErrors(errors); err != nil {
				return nil, err
			}
			j := i
			for j+1 < len(runes) && runes[j+1] >= limit {
				j++
			}
			if j == i {
				return nil, Errorf(ExcUnicodeEncodeError, "'%s' codec can't encode character %s in position %d: ordinal not in range(%s)", enc, charRepr(r), i, lname)
			}
			return nil, Errorf(ExcUnicodeEncodeError, "'%s' codec can't encode characters in position %d-%d: ordinal not in range(%s)", enc, i, j, lname)
		}
	}
	return out, nil
}

// charRepr is how codec errors quote a character: always escaped.
func charRepr(r rune) string {
	switch {
	case r < 0x100:
		return fmt.Sprintf("'\\x%02x'", r)
	case r < 0x10000:
		return fmt.Sprintf("'\\u%04x'", r)
	}
	return fmt.Sprintf("'\\U%08x'", r)
}

// codecArgs parses (encoding='utf-8', errors='strict') of encode/decode/str().
func codecArgs(name string, args []Value, kwnames *Tuple, skip int) (string, string, *BaseException) {
	pos, kw := SplitArgs(args, kwnames)
	enc, errs := "utf-8", "strict"
	vals := []*string{&enc, &errs}
	names := []string{"encoding", "errors"}
	if len(pos) > skip+2 {
		return "", "", Errorf(ExcTypeError, "%s() takes at most %d arguments (%d given)", name, skip+2, len(pos))
	}
	set := func(i int, v Value) *BaseException {
		if v.Type() != StrType && !v.Type().IsSubtype(StrType) {
			return Errorf(ExcTypeError, "%s() argument '%s' must be str, not %s", name, names[i], v.Type().Name)
		}
		*vals[i] = As[Str](v).S
		return nil
	}
	for i, v := range pos[skip:] {
		if err := set(i, v); err != nil {
			return "", "", err
		}
	}
	for i, v := range kw {
		k := As[Str](kwnames.Items[i]).S
		j := -1
		for n, nm := range names {
			if nm == k {
				j = n
			}
		}
		if j < 0 {
			return "", "", Errorf(ExcTypeError, "%s() got an unexpected keyword argument '%s'", name, k)
		}
		if err := set(j, v); err != nil {
			return "", "", err
		}
	}
	return enc, errs, nil
}

func init() {
	BytesType.AddMethod("decode", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		enc, errs, err := codecArgs("decode", args, kwnames, 0)
		if err != nil {
			return Null, err
		}
		s, err := Decode(As[Bytes](self).B, enc, errs)
		if err != nil {
			return Null, err
		}
		return NewStrValue(s), nil
	})
	StrType.AddMethod("encode", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		enc, errs, err := codecArgs("encode", args, kwnames, 0)
		if err != nil {
			return Null, err
		}
		b, err := Encode(As[Str](self).S, enc, errs)
		if err != nil {
			return Null, err
		}
		return NewBytes(b), nil
	})
	plainNew := StrType.New
	StrType.New = func(t *Thread, typ *Type, args []Value, kwnames *Tuple) (Value, *BaseException) {
		if len(args) <= 1 && kwnames == nil {
			return plainNew(t, typ, args, kwnames)
		}
		pos, _ := SplitArgs(args, kwnames)
		if len(pos) == 0 {
			return Null, Errorf(ExcTypeError, "str() missing required argument 'object' (pos 1)")
		}
		if len(pos) > 3 {
			return Null, Errorf(ExcTypeError, "str() takes at most 3 arguments (%d given)", len(pos))
		}
		enc, errs, err := codecArgs("str", args, kwnames, 1)
		if err != nil {
			return Null, err
		}
		var b []byte
		switch o := pos[0]; {
		case o.Type() == BytesType || o.Type().IsSubtype(BytesType):
			b = As[Bytes](o).B
		default:
			if o.Type() == StrType || o.Type().IsSubtype(StrType) {
				return Null, Errorf(ExcTypeError, "decoding str is not supported")
			}
			if bb, ok := BytesLike(o); ok {
				b = bb
			} else {
				return Null, Errorf(ExcTypeError, "decoding to str: need a bytes-like object, %s found", o.Type().Name)
			}
		}
		s, err := Decode(b, enc, errs)
		if err != nil {
			return Null, err
		}
		return plainNew(t, typ, []Value{NewStrValue(s)}, nil)
	}
}

// BytesLikeHook lets other packages (bytearray, memoryview) expose their
// buffer to the codecs; nil by default.
var BytesLikeHook func(v Value) ([]byte, bool)

// BytesLike returns the bytes of a bytes-like object.
func BytesLike(v Value) ([]byte, bool) {
	if v.Type() == BytesType || v.Type().IsSubtype(BytesType) {
		return As[Bytes](v).B, true
	}
	if BytesLikeHook != nil {
		return BytesLikeHook(v)
	}
	return nil, false
}
