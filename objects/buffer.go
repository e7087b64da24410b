package objects

import "unicode/utf8"

// A minimal buffer protocol: types whose instances expose their bytes
// (bytes, bytearray, memoryview, BytesIO's buffer...) register a
// provider; BytesLike and WritableBuffer find it along the MRO.

// BufferProvider returns the bytes of v and whether they may be written
// in place.
type BufferProvider func(v Value) (b []byte, writable bool)

var bufferProviders = map[*Type]BufferProvider{}

// RegisterBuffer makes instances of typ (and its subclasses) bytes-like.
func RegisterBuffer(typ *Type, p BufferProvider) { bufferProviders[typ] = p }

func bufferOf(v Value) ([]byte, bool, bool) {
	typ := v.Type()
	if typ == BytesType {
		return As[Bytes](v).B, false, true
	}
	if p, ok := bufferProviders[typ]; ok {
		b, w := p(v)
		return b, w, true
	}
	for _, m := range typ.MRO {
		if m == BytesType {
			return As[Bytes](v).B, false, true
		}
		if p, ok := bufferProviders[m]; ok {
			b, w := p(v)
			return b, w, true
		}
	}
	return nil, false, false
}

// BytesLike returns the bytes of a bytes-like object (the caller must
// not keep or modify them).
func BytesLike(v Value) ([]byte, bool) {
	b, _, ok := bufferOf(v)
	return b, ok
}

// WritableBuffer returns the bytes of a writable bytes-like object
// (bytearray, memoryview of one...), to be filled in place.
func WritableBuffer(v Value) ([]byte, bool) {
	b, w, ok := bufferOf(v)
	return b, ok && w
}

func decodeRuneGo(s string) (rune, int) { return utf8.DecodeRuneInString(s) }

func appendRuneGo(buf []byte, r rune) []byte { return utf8.AppendRune(buf, r) }
