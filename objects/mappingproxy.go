package objects

import "reflect"

// mappingproxy: the read-only view of a class's __dict__, and
// __class__ assignment.

// MappingProxyType is types.MappingProxyType.
var MappingProxyType = builtinType("mappingproxy", nil, 0)

// MappingProxy is a read-only view of a mapping.
type MappingProxy struct {
	Header
	M Value
}

// NewMappingProxy wraps a mapping.
func NewMappingProxy(m Value) Value {
	return Obj(&MappingProxy{Header: Header{MappingProxyType}, M: m})
}

func setClass(v, val Value) *BaseException {
	if val.IsNull() {
		return Errorf(ExcTypeError, "can't delete __class__ attribute")
	}
	if !val.IsInstance(TypeType) {
		return Errorf(ExcTypeError, "__class__ must be set to a class, not '%s' object", val.Type().Name)
	}
	old, nt := v.Type(), As[Type](val)
	if !old.IsHeapType() || !nt.IsHeapType() {
		return Errorf(ExcTypeError, "__class__ assignment only supported for mutable types or ModuleType subclasses")
	}
	const layout = FlagHasAttrs | FlagNoDict | FlagSideAttrs | FlagException
	if old.Flags&layout != nt.Flags&layout || solidBase(old) != solidBase(nt) {
		return Errorf(ExcTypeError, "__class__ assignment: '%s' object layout differs from '%s'", nt.Name, old.Name)
	}
	if old.Flags&FlagSideAttrs != 0 && old.Flags&FlagSideAttrsUsed != 0 {
		markSideAttrsUsed(nt) // v may carry side attributes into nt
	}
	(*Header)(v.p).typ = nt
	return nil
}

// solidBase is the nearest builtin ancestor (the instance layout).
func solidBase(t *Type) *Type {
	for t != nil && t.IsHeapType() {
		t = t.Base
	}
	return t
}

func init() {
	mp := MappingProxyType
	mp.AddClassGetItem()
	mp.New = func(t *Thread, typ *Type, args []Value, kwnames *Tuple) (Value, *BaseException) {
		if err := CheckArgs("mappingproxy", args, kwnames, 1, 1); err != nil {
			return Null, err
		}
		if args[0].Type().GetItem == nil || args[0].IsInstance(ListType) || args[0].IsInstance(TupleType) {
			return Null, Errorf(ExcTypeError, "mappingproxy() argument must be a mapping, not %s", args[0].Type().Name)
		}
		return NewMappingProxy(args[0]), nil
	}
	mp.GetItem = func(t *Thread, v, k Value) (Value, *BaseException) { return GetItem(t, As[MappingProxy](v).M, k) }
	mp.Len = func(t *Thread, v Value) (int, *BaseException) { return Len(t, As[MappingProxy](v).M) }
	mp.Contains = func(t *Thread, v, k Value) (bool, *BaseException) { return Contains(t, As[MappingProxy](v).M, k) }
	mp.Iter = func(t *Thread, v Value) (Value, *BaseException) { return GetIter(t, As[MappingProxy](v).M) }
	mp.Repr = func(t *Thread, v Value) (Value, *BaseException) {
		s, err := ReprString(t, As[MappingProxy](v).M)
		if err != nil {
			return Null, err
		}
		return NewStrValue("mappingproxy(" + s + ")"), nil
	}
	mp.Str = func(t *Thread, v Value) (Value, *BaseException) { return Str_(t, As[MappingProxy](v).M) }
	mp.RichCompare = func(t *Thread, a, b Value, op CompareOp) (Value, *BaseException) {
		if b.Type() == MappingProxyType {
			b = As[MappingProxy](b).M
		}
		return RichCompare(t, As[MappingProxy](a).M, b, op)
	}
	for _, name := range []string{"keys", "values", "items", "get", "copy"} {
		name := name
		mp.AddMethod(name, func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
			m, err := GetAttrString(t, As[MappingProxy](self).M, name)
			if err != nil {
				return Null, err
			}
			return CallValue(t, m, args, kwnames)
		})
	}
	mp.NB[OpOr] = func(t *Thread, a, b Value) (Value, *BaseException) {
		if a.Type() == MappingProxyType {
			a = As[MappingProxy](a).M
		}
		if b.Type() == MappingProxyType {
			b = As[MappingProxy](b).M
		}
		return BinaryOp(t, OpOr, a, b)
	}
}

func isSequenceType(t *Type) bool {
	return t.IsSubtype(ListType) || t.IsSubtype(TupleType) || t.IsSubtype(StrType) || t.IsSubtype(BytesType) || t.IsSubtype(ByteArrayType)
}

// sequenceRepeat is the sequence fallback of a*b: a sequence times an
// object with __index__ (or CPython's error for a non-int).
func sequenceRepeat(t *Thread, a, b Value) (Value, *BaseException, bool) {
	seq, n := a, b
	if !isSequenceType(seq.Type()) {
		seq, n = b, a
		if !isSequenceType(seq.Type()) {
			return Null, nil, false
		}
	}
	if n.Type().Index == nil || IsIntValue(n) {
		return Null, Errorf(ExcTypeError, "can't multiply sequence by non-int of type '%s'", n.Type().Name), true
	}
	i, err := Index(t, n)
	if err != nil {
		return Null, err, true
	}
	r, err := BinaryOp(t, OpMul, seq, i)
	return r, err, true
}

// typeSpecialAttr serves the attributes type defines as data
// descriptors (they take precedence over the class dict).
func typeSpecialAttr(ty *Type, name string) Value {
	switch name {
	case "__name__":
		return NewStrValue(ty.Name)
	case "__qualname__":
		return NewStrValue(ty.Qualname)
	case "__mro__":
		items := make([]Value, len(ty.MRO))
		for i, m := range ty.MRO {
			items[i] = Obj(m)
		}
		return NewTupleValue(items)
	case "__bases__":
		items := make([]Value, len(ty.Bases))
		for i, m := range ty.Bases {
			items[i] = Obj(m)
		}
		return NewTupleValue(items)
	case "__base__":
		if ty.Base == nil {
			return None
		}
		return Obj(ty.Base)
	}
	return NewMappingProxy(Obj(ty.Dict))
}

var objectNewPtr uintptr

func isObjectNew(f NewFunc) bool { return reflect.ValueOf(f).Pointer() == objectNewPtr }

func init() { objectNewPtr = reflect.ValueOf(NewFunc(objectNew)).Pointer() }
