package objects

import (
	"math"
	"unsafe"
)

// Header is the first field of every heap object and of every static tag:
// it holds the object's type. A Value's p always points at a Header, so
// the type of any value is one load away.
type Header struct {
	typ *Type
}

// Type returns the object's type.
func (h *Header) Type() *Type { return h.typ }

// SetType sets the object's type (used when an object is created).
func (h *Header) SetType(t *Type) { h.typ = t }

// Value is a Python value in 16 bytes. Ints that fit in int64, floats,
// bools and None are unboxed: p points at a static per-kind tag and n
// holds the bits. For a heap object p points at the object (whose first
// field is a Header) and n is 0.
//
// The zero Value (p == nil) is not a Python value: it is the VM's NULL,
// used for unbound locals, empty slots and "no result".
type Value struct {
	p unsafe.Pointer
	n uint64
}

// Static tags of the unboxed kinds. Their Headers carry the types.
var (
	intTag   = Header{IntType}
	floatTag = Header{FloatType}
	boolTag  = Header{BoolType}
	noneTag  = Header{NoneType}
)

var (
	intTagP   = unsafe.Pointer(&intTag)
	floatTagP = unsafe.Pointer(&floatTag)
	boolTagP  = unsafe.Pointer(&boolTag)
)

// Well-known constants.
var (
	None  = Value{p: unsafe.Pointer(&noneTag)}
	True  = Value{p: unsafe.Pointer(&boolTag), n: 1}
	False = Value{p: unsafe.Pointer(&boolTag), n: 0}
	Null  = Value{}
)

// Int returns the unboxed int i.
func Int(i int64) Value { return Value{p: intTagP, n: uint64(i)} }

// Float returns the unboxed float f.
func Float(f float64) Value { return Value{p: floatTagP, n: math.Float64bits(f)} }

// Bool returns True or False.
func Bool(b bool) Value {
	if b {
		return True
	}
	return False
}

// Obj wraps a heap object pointer (a pointer to a struct whose first field
// is a Header) as a Value.
func Obj[T any](o *T) Value { return Value{p: unsafe.Pointer(o)} }

// Type returns the value's type. It must not be called on Null.
func (v Value) Type() *Type { return (*Header)(v.p).typ }

// IsNull reports whether v is the VM's NULL.
func (v Value) IsNull() bool { return v.p == nil }

// IsNone reports whether v is None.
func (v Value) IsNone() bool { return v.p == unsafe.Pointer(&noneTag) }

// IsSmallInt reports whether v is an unboxed int (not a bool, not a big int).
func (v Value) IsSmallInt() bool { return v.p == intTagP }

// IsFloat reports whether v is an unboxed float (exact float).
func (v Value) IsFloat() bool { return v.p == floatTagP }

// IsBool reports whether v is True or False.
func (v Value) IsBool() bool { return v.p == boolTagP }

// SmallInt returns the int64 of an unboxed int (or bool).
func (v Value) SmallInt() int64 { return int64(v.n) }

// FloatVal returns the float64 of an unboxed float.
func (v Value) FloatVal() float64 { return math.Float64frombits(v.n) }

// BoolVal returns the truth of a bool value.
func (v Value) BoolVal() bool { return v.n != 0 }

// Ptr returns the heap object pointer (meaningless for unboxed values).
func (v Value) Ptr() unsafe.Pointer { return v.p }

// Is implements Python's `is`.
func (v Value) Is(w Value) bool { return v.p == w.p && v.n == w.n }

// IsInstance reports whether v's type is t or a subclass of t.
func (v Value) IsInstance(t *Type) bool {
	vt := v.Type()
	return vt == t || vt.IsSubtype(t)
}

// As casts a heap Value to its Go object type. The caller must have
// checked the type.
func As[T any](v Value) *T { return (*T)(v.p) }

type unsafePointer = unsafe.Pointer
