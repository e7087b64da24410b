package vm

import "taipan/objects"

// isinstance/issubclass with the metaclass hooks __instancecheck__ and
// __subclasscheck__ (abc.ABCMeta relies on them).

func userMetaHook(cls Value, name string) Value {
	if !cls.IsInstance(objects.TypeType) || cls.Type() == objects.TypeType {
		return null
	}
	f := cls.Type().LookupString(name)
	if f.IsNull() || f.Type() == objects.MethodDescrType {
		return null
	}
	return f
}

func isInstance(t *objects.Thread, obj, cls Value) (bool, *Exc) {
	if obj.Type() == objects.As[objects.Type](cls) && cls.IsInstance(objects.TypeType) {
		return true, nil
	}
	if cls.Type() == objects.TupleType {
		for _, c := range objects.As[objects.Tuple](cls).Items {
			if r, err := isInstance(t, obj, c); err != nil || r {
				return r, err
			}
		}
		return false, nil
	}
	if f := userMetaHook(cls, "__instancecheck__"); !f.IsNull() {
		r, err := callBound(t, f, cls, obj)
		if err != nil {
			return false, err
		}
		return objects.Truth(t, r)
	}
	return isSub(obj.Type(), cls, "isinstance() arg 2 must be a type, a tuple of types, or a union")
}

func isSubclass(t *objects.Thread, sub, cls Value) (bool, *Exc) {
	if cls.Type() == objects.TupleType {
		for _, c := range objects.As[objects.Tuple](cls).Items {
			if r, err := isSubclass(t, sub, c); err != nil || r {
				return r, err
			}
		}
		return false, nil
	}
	if f := userMetaHook(cls, "__subclasscheck__"); !f.IsNull() {
		r, err := callBound(t, f, cls, sub)
		if err != nil {
			return false, err
		}
		return objects.Truth(t, r)
	}
	if !sub.IsInstance(objects.TypeType) {
		return false, objects.Errorf(objects.ExcTypeError, "issubclass() arg 1 must be a class")
	}
	return isSub(objects.As[objects.Type](sub), cls, "issubclass() arg 2 must be a class, a tuple of classes, or a union")
}

func init() {
	def("isinstance", func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
		if err := objects.CheckArgs("isinstance", args, kwnames, 2, 2); err != nil {
			return null, err
		}
		r, err := isInstance(t, args[0], args[1])
		return objects.Bool(r), err
	})
	def("issubclass", func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
		if err := objects.CheckArgs("issubclass", args, kwnames, 2, 2); err != nil {
			return null, err
		}
		r, err := isSubclass(t, args[0], args[1])
		return objects.Bool(r), err
	})
}
