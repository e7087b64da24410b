package objects

// GetSetDescrType is the type of the attribute descriptors builtin types
// expose in their dict (type(FunctionType.__code__), what types.py calls
// GetSetDescriptorType).
var GetSetDescrType = builtinType("getset_descriptor", nil, 0)

// GetSetDescr computes an attribute of a builtin type's instances.
type GetSetDescr struct {
	Header
	Name  string
	Owner *Type
	Get   func(t *Thread, obj Value) (Value, *BaseException)
	Set   func(t *Thread, obj, val Value) *BaseException // nil: read-only; val Null deletes
}

// AddGetSet puts a getset descriptor for name in the type's dict.
func (t *Type) AddGetSet(name string, get func(*Thread, Value) (Value, *BaseException), set func(*Thread, Value, Value) *BaseException) {
	t.SetAttrString(name, Obj(&GetSetDescr{Header: Header{GetSetDescrType}, Name: name, Owner: t, Get: get, Set: set}))
}

func init() {
	GetSetDescrType.DescrGet = func(t *Thread, descr, obj Value, typ *Type) (Value, *BaseException) {
		if obj.IsNull() || obj.IsNone() && typ != nil && typ != NoneType {
			return descr, nil
		}
		d := As[GetSetDescr](descr)
		if !obj.IsInstance(d.Owner) {
			return Null, Errorf(ExcTypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", d.Name, d.Owner.Name, obj.Type().Name)
		}
		return d.Get(t, obj)
	}
	GetSetDescrType.DescrSet = func(t *Thread, descr, obj, val Value) *BaseException {
		d := As[GetSetDescr](descr)
		if d.Set == nil {
			return Errorf(ExcAttributeError, "attribute '%s' of '%s' objects is not writable", d.Name, d.Owner.Name)
		}
		return d.Set(t, obj, val)
	}
	GetSetDescrType.Repr = func(t *Thread, v Value) (Value, *BaseException) {
		d := As[GetSetDescr](v)
		return NewStrValue("<attribute '" + d.Name + "' of '" + d.Owner.Name + "' objects>"), nil
	}
	GetSetDescrType.GetAttr = func(t *Thread, v Value, name *Str) (Value, *BaseException) {
		d := As[GetSetDescr](v)
		switch name.S {
		case "__name__":
			return NewStrValue(d.Name), nil
		case "__objclass__":
			return Obj(d.Owner), nil
		case "__doc__":
			return None, nil
		}
		return GenericGetAttr(t, v, name)
	}
	// Names that type objects answer themselves (__name__, __doc__, ...)
	// must not be shadowed for FunctionType.__name__ and the like.
	for _, n := range []string{"__code__", "__globals__", "__defaults__", "__kwdefaults__", "__closure__", "__builtins__"} {
		name := Intern(n)
		FunctionType.AddGetSet(n, func(t *Thread, obj Value) (Value, *BaseException) {
			return FunctionType.GetAttr(t, obj, name)
		}, func(t *Thread, obj, val Value) *BaseException {
			return FunctionType.SetAttr(t, obj, name, val)
		})
	}
}
