package objects

import "unicode/utf8"

// Convenience forms of the buffer protocol of bufferproto.go: types whose
// instances expose their bytes (bytes, bytearray, memoryview, BytesIO's
// buffer...) register a provider there.

// BufferProvider is the provider signature (see BufferFunc).
type BufferProvider = BufferFunc

func bufferOf(v Value) ([]byte, bool, bool) { return BufferOf(v) }

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
