// Package codecs is the _codecs module: the codec and error-handler
// registries, and the Go implementations of the codecs the encodings
// package wraps (UTF-8/16/32, Latin-1, ASCII, charmap, the escape
// codecs). str.encode, bytes.decode and _io.TextIOWrapper use the same
// code through the exported Go API.
package codecs

import (
	"strings"

	"taipan/objects"
)

// normalize is CPython's _Py_normalize_encoding: lower case, and every
// run of characters other than letters, digits and '.' becomes one '_'
// (leading and trailing runs are dropped).
func normalize(s string) string {
	simple := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' && i > 0 && i < len(s)-1 && s[i-1] != '_' || c == '.') {
			simple = false
			break
		}
	}
	if simple {
		return s
	}
	var b strings.Builder
	punct := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c == '.' {
			if punct && b.Len() > 0 {
				b.WriteByte('_')
			}
			punct = false
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			b.WriteByte(c)
		} else {
			punct = true
		}
	}
	return b.String()
}

// Normalize exposes the encoding-name normalisation.
func Normalize(s string) string { return normalize(s) }

// FastCodec is a codec implemented in Go, usable without the registry.
type FastCodec struct {
	Name     string // the codec's canonical name (CodecInfo.name)
	encode   func(t *objects.Thread, sv Value, errors string) ([]byte, *Exc)
	decode   func(t *objects.Thread, data []byte, dataV Value, errors string, final bool) (string, int, *Exc)
	sp       func(b []byte, r rune) []byte
	spDecode func([]byte) (rune, int, bool)
	// Kind: 8 utf-8, 1 latin-1, 7 ascii, 2 stateless UTF-16/32 (TextIOWrapper
	// uses the Go codec), 0 other (TextIOWrapper uses the Python codec)
	Kind int
}

// Encode encodes a str value.
func (f *FastCodec) Encode(t *objects.Thread, sv Value, errors string) ([]byte, *Exc) {
	return f.encode(t, sv, errors)
}

// Decode decodes bytes (final false: keep an incomplete tail).
func (f *FastCodec) Decode(t *objects.Thread, data []byte, dataV Value, errors string, final bool) (string, int, *Exc) {
	return f.decode(t, data, dataV, errors, final)
}

var fastCodecs = map[string]*FastCodec{}

func bo16(order int) func(t *objects.Thread, data []byte, dataV Value, errors string, final bool) (string, int, *Exc) {
	return func(t *objects.Thread, data []byte, dataV Value, errors string, final bool) (string, int, *Exc) {
		o := order
		return DecodeUTF16(t, data, dataV, errors, &o, final)
	}
}

func bo32(order int) func(t *objects.Thread, data []byte, dataV Value, errors string, final bool) (string, int, *Exc) {
	return func(t *objects.Thread, data []byte, dataV Value, errors string, final bool) (string, int, *Exc) {
		o := order
		return DecodeUTF32(t, data, dataV, errors, &o, final)
	}
}

func init() {
	reg := func(f *FastCodec, names ...string) {
		for _, n := range names {
			fastCodecs[n] = f
		}
	}
	reg(&FastCodec{Name: "utf-8", Kind: 8, encode: EncodeUTF8, decode: DecodeUTF8, sp: objects.AppendWTF8, spDecode: utf8SurrogatePass},
		"utf_8", "utf8", "u8", "utf", "utf8_ucs2", "utf8_ucs4", "cp65001")
	reg(&FastCodec{Name: "iso8859-1", Kind: 1, encode: EncodeLatin1,
		decode: func(t *objects.Thread, data []byte, dataV Value, errors string, final bool) (string, int, *Exc) {
			return DecodeLatin1(data), len(data), nil
		}},
		"latin_1", "latin1", "latin", "l1", "iso8859_1", "iso_8859_1", "8859", "cp819", "iso8859", "iso_8859_1_1987", "iso_ir_100", "ibm819", "csisolatin1", "charmap")
	reg(&FastCodec{Name: "ascii", Kind: 7, encode: EncodeASCII,
		decode: func(t *objects.Thread, data []byte, dataV Value, errors string, final bool) (string, int, *Exc) {
			s, err := DecodeASCII(t, data, dataV, errors)
			return s, len(data), err
		}},
		"ascii", "us_ascii", "646", "us", "ansi_x3.4_1968", "ansi_x3_4_1968", "ansi_x3.4_1986", "cp367", "csascii", "ibm367", "iso646_us", "iso_646.irv_1991", "iso_ir_6")
	sp16 := func(be bool) func(b []byte, r rune) []byte {
		return func(b []byte, r rune) []byte { return put16(b, uint16(r), be) }
	}
	sp32 := func(be bool) func(b []byte, r rune) []byte {
		return func(b []byte, r rune) []byte { return put32(b, uint32(r), be) }
	}
	dec16 := func(be bool) func([]byte) (rune, int, bool) {
		return func(b []byte) (rune, int, bool) {
			if len(b) < 2 {
				return 0, 0, false
			}
			u := uint16(b[0]) | uint16(b[1])<<8
			if be {
				u = uint16(b[1]) | uint16(b[0])<<8
			}
			if u >= 0xD800 && u <= 0xDFFF {
				return rune(u), 2, true
			}
			return 0, 0, false
		}
	}
	dec32 := func(be bool) func([]byte) (rune, int, bool) {
		return func(b []byte) (rune, int, bool) {
			if len(b) < 4 {
				return 0, 0, false
			}
			u := uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16 | uint32(b[3])<<24
			if be {
				u = uint32(b[3]) | uint32(b[2])<<8 | uint32(b[1])<<16 | uint32(b[0])<<24
			}
			if u >= 0xD800 && u <= 0xDFFF {
				return rune(u), 4, true
			}
			return 0, 0, false
		}
	}
	enc16 := func(order int) func(t *objects.Thread, sv Value, errors string) ([]byte, *Exc) {
		return func(t *objects.Thread, sv Value, errors string) ([]byte, *Exc) {
			return EncodeUTF16(t, sv, errors, order)
		}
	}
	enc32 := func(order int) func(t *objects.Thread, sv Value, errors string) ([]byte, *Exc) {
		return func(t *objects.Thread, sv Value, errors string) ([]byte, *Exc) {
			return EncodeUTF32(t, sv, errors, order)
		}
	}
	reg(&FastCodec{Name: "utf-16", encode: enc16(0), decode: bo16(0), sp: sp16(false), spDecode: dec16(false)}, "utf_16", "utf16", "u16")
	reg(&FastCodec{Name: "utf-16-le", Kind: 2, encode: enc16(-1), decode: bo16(-1), sp: sp16(false), spDecode: dec16(false)}, "utf_16_le", "utf_16le", "unicodelittleunmarked")
	reg(&FastCodec{Name: "utf-16-be", Kind: 2, encode: enc16(1), decode: bo16(1), sp: sp16(true), spDecode: dec16(true)}, "utf_16_be", "utf_16be", "unicodebigunmarked")
	reg(&FastCodec{Name: "utf-32", encode: enc32(0), decode: bo32(0), sp: sp32(false), spDecode: dec32(false)}, "utf_32", "utf32", "u32")
	reg(&FastCodec{Name: "utf-32-le", Kind: 2, encode: enc32(-1), decode: bo32(-1), sp: sp32(false), spDecode: dec32(false)}, "utf_32_le", "utf_32le")
	reg(&FastCodec{Name: "utf-32-be", Kind: 2, encode: enc32(1), decode: bo32(1), sp: sp32(true), spDecode: dec32(true)}, "utf_32_be", "utf_32be")
	reg(&FastCodec{Name: "utf-7",
		encode: func(t *objects.Thread, sv Value, errors string) ([]byte, *Exc) { return EncodeUTF7(sv), nil },
		decode: DecodeUTF7}, "utf_7", "utf7", "u7", "unicode_1_1_utf_7")
	reg(&FastCodec{Name: "unicode-escape",
		encode: func(t *objects.Thread, sv Value, errors string) ([]byte, *Exc) {
			return UnicodeEscapeEncode(sv, false), nil
		},
		decode: func(t *objects.Thread, data []byte, dataV Value, errors string, final bool) (string, int, *Exc) {
			return UnicodeEscapeDecode(t, data, dataV, errors, final, false)
		}}, "unicode_escape")
	reg(&FastCodec{Name: "raw-unicode-escape",
		encode: func(t *objects.Thread, sv Value, errors string) ([]byte, *Exc) {
			return UnicodeEscapeEncode(sv, true), nil
		},
		decode: func(t *objects.Thread, data []byte, dataV Value, errors string, final bool) (string, int, *Exc) {
			return UnicodeEscapeDecode(t, data, dataV, errors, final, true)
		}}, "raw_unicode_escape")

	objects.CodecEncode = strEncode
	objects.CodecDecode = bytesDecode
}

// Fast returns the Go codec for an encoding name, if there is one.
func Fast(encoding string) (*FastCodec, bool) {
	switch encoding {
	case "utf-8", "UTF-8", "utf8":
		return fastCodecs["utf_8"], true
	}
	f, ok := fastCodecs[normalize(encoding)]
	return f, ok
}

// Lookup is codecs.lookup: the cached result of the search functions.
func Lookup(t *objects.Thread, encoding string) (Value, *Exc) {
	norm := normalize(encoding)
	regMu.Lock()
	if ci, ok := codecCache[norm]; ok {
		regMu.Unlock()
		return ci, nil
	}
	needImport := !encodingsDone
	encodingsDone = true
	regMu.Unlock()
	if needImport && ImportHook != nil {
		ImportHook(t, "encodings") // CPython imports it at start-up; failure leaves the registry empty
	}
	regMu.Lock()
	funcs := append([]Value(nil), searchFuncs...)
	regMu.Unlock()
	arg := objects.NewStrValue(norm)
	for _, f := range funcs {
		r, err := objects.CallValue(t, f, []Value{arg}, nil)
		if err != nil {
			return objects.Null, err
		}
		if r.IsNone() {
			continue
		}
		if !r.IsInstance(objects.TupleType) || objects.As[objects.Tuple](r).Len() != 4 {
			return objects.Null, objects.Errorf(objects.ExcTypeError, "codec search functions must return 4-tuples")
		}
		regMu.Lock()
		codecCache[norm] = r
		regMu.Unlock()
		return r, nil
	}
	return objects.Null, objects.Errorf(objects.ExcLookupError, "unknown encoding: %s", encoding)
}

// TextCodec looks up a codec for str<->bytes use, refusing codecs whose
// CodecInfo says they are not text encodings.
func TextCodec(t *objects.Thread, encoding, alternate string) (Value, *Exc) {
	ci, err := Lookup(t, encoding)
	if err != nil {
		return objects.Null, err
	}
	if v, err := objects.GetAttrString(t, ci, "_is_text_encoding"); err == nil {
		if b, _ := objects.Truth(t, v); !b {
			return objects.Null, objects.Errorf(objects.ExcLookupError, "'%s' is not a text encoding; use %s to handle arbitrary codecs", encoding, alternate)
		}
	}
	return ci, nil
}

func callCodec(t *objects.Thread, f, obj Value, errors string, what string) (Value, *Exc) {
	r, err := objects.CallValue(t, f, []Value{obj, objects.NewStrValue(errors)}, nil)
	if err != nil {
		return objects.Null, err
	}
	if !r.IsInstance(objects.TupleType) || objects.As[objects.Tuple](r).Len() != 2 {
		return objects.Null, objects.Errorf(objects.ExcTypeError, "%s must return a tuple (object, integer)", what)
	}
	return objects.As[objects.Tuple](r).Items[0], nil
}

// cpythonFast reports whether CPython's str.encode/bytes.decode handle
// the (normalised) name without the codec registry; errors of the other
// codecs reach the caller wrapped ("decoding with 'x' codec failed").
func cpythonFast(norm string) bool {
	switch norm {
	case "utf_8", "utf8", "utf_16", "utf16", "utf_32", "utf32", "ascii", "us_ascii", "latin1", "latin_1", "iso_8859_1", "iso8859_1":
		return true
	}
	return false
}

// wrapCodecError is CPython's wrap_codec_error: an exception without
// extra state is replaced by one of the same type naming the codec, with
// the original as its cause.
func wrapCodecError(t *objects.Thread, err *Exc, op, encoding string) *Exc {
	for _, typ := range []*objects.Type{objects.ExcUnicodeError, objects.ExcOSError, objects.ExcSyntaxError,
		objects.ExcStopIteration, objects.ExcSystemExit, objects.ExcImportError, objects.ExcAttributeError, objects.ExcNameError} {
		if err.Matches(typ) {
			return err
		}
	}
	if !err.Matches(objects.ExcException) || err.Attrs.Map != nil && err.Attrs.Map.Len() > 0 {
		return err
	}
	msg, serr := objects.StrString(t, err.Value())
	if serr != nil {
		return err
	}
	w := objects.NewException(err.Type(), objects.NewStrValue(op+" with '"+encoding+"' codec failed ("+err.Type().Name+": "+msg+")"))
	w.Cause = err.Value()
	w.SuppressContext = true
	w.Context = err.Value()
	return w
}

func strEncode(t *objects.Thread, s Value, encoding, errors string) (Value, *Exc) {
	if f, ok := Fast(encoding); ok {
		b, err := f.encode(t, s, errors)
		if err != nil {
			if !cpythonFast(normalize(encoding)) {
				err = wrapCodecError(t, err, "encoding", encoding)
			}
			return objects.Null, err
		}
		return objects.NewBytes(b), nil
	}
	ci, err := TextCodec(t, encoding, "codecs.encode()")
	if err != nil {
		return objects.Null, err
	}
	r, err := callCodec(t, objects.As[objects.Tuple](ci).Items[0], s, errors, "encoder")
	if err != nil {
		return objects.Null, wrapCodecError(t, err, "encoding", encoding)
	}
	if !r.IsInstance(objects.BytesType) {
		return objects.Null, objects.Errorf(objects.ExcTypeError, "'%s' encoder returned '%s' instead of 'bytes'; use codecs.encode() to encode to arbitrary types", encoding, r.Type().Name)
	}
	return r, nil
}

func bytesDecode(t *objects.Thread, b Value, encoding, errors string) (Value, *Exc) {
	if f, ok := Fast(encoding); ok {
		data, _ := objects.BytesLike(b)
		s, _, err := f.decode(t, data, b, errors, true)
		if err != nil {
			if !cpythonFast(normalize(encoding)) {
				err = wrapCodecError(t, err, "decoding", encoding)
			}
			return objects.Null, err
		}
		return objects.NewStrValue(s), nil
	}
	ci, err := TextCodec(t, encoding, "codecs.decode()")
	if err != nil {
		return objects.Null, err
	}
	r, err := callCodec(t, objects.As[objects.Tuple](ci).Items[1], b, errors, "decoder")
	if err != nil {
		return objects.Null, wrapCodecError(t, err, "decoding", encoding)
	}
	if !r.IsInstance(objects.StrType) {
		return objects.Null, objects.Errorf(objects.ExcTypeError, "'%s' decoder returned '%s' instead of 'str'; use codecs.decode() to decode to arbitrary types", encoding, r.Type().Name)
	}
	return r, nil
}
