package objects

// A minimal buffer protocol for native modules: types whose instances
// expose their bytes (bytes, and bytearray/memoryview/array when they
// register) answer BufferOf. Mutable providers report writable so that
// pack_into-style functions can write into them.

// BufferFunc returns an object's bytes (not copied) and whether they may
// be written in place.
type BufferFunc func(v Value) (b []byte, writable bool)

var bufferProviders = map[*Type]BufferFunc{}

// bufferFormats gives the struct format of a provider's items (memoryview's
// format and itemsize); providers without one are unsigned bytes ("B").
var bufferFormats = map[*Type]func(v Value) string{}

// RegisterBufferFormat declares the item format of typ's buffers (array:
// its typecode).
func RegisterBufferFormat(typ *Type, f func(v Value) string) { bufferFormats[typ] = f }

// bufferFormat is v's buffer item format.
func bufferFormat(v Value) string {
	for ty := v.Type(); ty != nil; ty = ty.Base {
		if f, ok := bufferFormats[ty]; ok {
			if s := f(v); s != "" {
				return s
			}
			break
		}
	}
	return "B"
}

// RegisterBuffer declares that instances of typ (and of its subclasses)
// expose a buffer. It is called from init functions.
func RegisterBuffer(typ *Type, f BufferFunc) { bufferProviders[typ] = f }

// BufferOf returns v's bytes if its type supports the buffer protocol.
func BufferOf(v Value) (b []byte, writable, ok bool) {
	if v.IsNull() || v.p == intTagP || v.p == floatTagP || v.p == boolTagP || v.p == unsafePointer(&noneTag) {
		return nil, false, false
	}
	for ty := v.Type(); ty != nil; ty = ty.Base {
		if ty == BytesType {
			return As[Bytes](v).B, false, true
		}
		if f, found := bufferProviders[ty]; found {
			b, w := f(v)
			return b, w, true
		}
	}
	return nil, false, false
}
