package objects

// MappingProxyType is types.MappingProxyType: a read-only view of a
// mapping (what type.__dict__ returns).
var MappingProxyType = builtinType("mappingproxy", nil, 0)

// MappingProxy wraps a mapping.
type MappingProxy struct {
	Header
	M Value
}

// NewMappingProxy returns a read-only view of m.
func NewMappingProxy(m Value) Value {
	return Obj(&MappingProxy{Header: Header{MappingProxyType}, M: m})
}

func init() {
	P := MappingProxyType
	mp := func(v Value) Value { return As[MappingProxy](v).M }
	P.New = func(t *Thread, typ *Type, args []Value, kwnames *Tuple) (Value, *BaseException) {
		var a [1]Value
		if err := BindArgs("mappingproxy", args, kwnames, []string{"mapping"}, 0, 1, 1, a[:]); err != nil {
			return Null, err
		}
		m := a[0]
		if m.IsInstance(ListType) || m.IsInstance(TupleType) || m.Type().LookupString("__getitem__").IsNull() || m.Type().LookupString("keys").IsNull() {
			return Null, Errorf(ExcTypeError, "mappingproxy() argument must be a mapping, not %s", m.Type().Name)
		}
		return NewMappingProxy(m), nil
	}
	P.GetItem = func(t *Thread, v, k Value) (Value, *BaseException) { return GetItem(t, mp(v), k) }
	P.SetItem = func(t *Thread, o, k, v Value) *BaseException {
		if v.IsNull() {
			return Errorf(ExcTypeError, "'mappingproxy' object does not support item deletion")
		}
		return Errorf(ExcTypeError, "'mappingproxy' object does not support item assignment")
	}
	P.Contains = func(t *Thread, v, x Value) (bool, *BaseException) { return Contains(t, mp(v), x) }
	P.Len = func(t *Thread, v Value) (int, *BaseException) { return Len(t, mp(v)) }
	P.Iter = func(t *Thread, v Value) (Value, *BaseException) { return GetIter(t, mp(v)) }
	P.Repr = func(t *Thread, v Value) (Value, *BaseException) {
		s, err := ReprString(t, mp(v))
		if err != nil {
			return Null, err
		}
		return NewStrValue("mappingproxy(" + s + ")"), nil
	}
	P.Str = func(t *Thread, v Value) (Value, *BaseException) { return Str_(t, mp(v)) }
	P.RichCompare = func(t *Thread, a, b Value, op CompareOp) (Value, *BaseException) {
		return RichCompare(t, mp(a), b, op)
	}
	P.Hash = unhashable
	for _, name := range []string{"keys", "values", "items", "get", "copy", "__reversed__"} {
		name := name
		P.AddMethod(name, func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
			m, err := GetAttrString(t, mp(self), name)
			if err != nil {
				return Null, err
			}
			return CallValue(t, m, args, kwnames)
		})
	}
	P.NB[OpOr] = func(t *Thread, a, b Value) (Value, *BaseException) {
		if a.Type() == MappingProxyType {
			a = mp(a)
		}
		if b.Type() == MappingProxyType {
			b = mp(b)
		}
		return BinaryOp(t, OpOr, a, b)
	}
}
