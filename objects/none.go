package objects

// NoneType is type(None).
var NoneType = builtinType("NoneType", nil, 0)

// NotImplementedType is type(NotImplemented).
var NotImplementedType = builtinType("NotImplementedType", nil, 0)

// EllipsisType is type(...).
var EllipsisType = builtinType("ellipsis", nil, 0)

type singleton struct{ Header }

var notImplementedObj = &singleton{Header{NotImplementedType}}
var ellipsisObj = &singleton{Header{EllipsisType}}

// NotImplemented is the NotImplemented singleton; Ellipsis is `...`.
var (
	NotImplemented = Obj(notImplementedObj)
	Ellipsis       = Obj(ellipsisObj)
)

func init() {
	NoneType.Repr = func(t *Thread, v Value) (Value, *BaseException) { return NewStrValue("None"), nil }
	NoneType.Bool = func(t *Thread, v Value) (bool, *BaseException) { return false, nil }
	// CPython 3.11 hashes None by the address of its static object; in
	// Debian's (non-PIE) python3.11 that is the same number in every run.
	// Using it keeps the order of sets and dicts holding None CPython's,
	// independent of where this binary puts its None.
	NoneType.Hash = func(t *Thread, v Value) (int64, *BaseException) { return 611532, nil }
	NotImplementedType.Repr = func(t *Thread, v Value) (Value, *BaseException) { return NewStrValue("NotImplemented"), nil }
	EllipsisType.Repr = func(t *Thread, v Value) (Value, *BaseException) { return NewStrValue("Ellipsis"), nil }
}
