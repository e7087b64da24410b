package vm

import "taipan/objects"

// instanceCheckHook implements the metaclass hooks of isinstance and
// issubclass: when cls (or an element of a tuple cls) is a class whose
// metaclass defines hook (__instancecheck__ / __subclasscheck__), the
// hook decides. ok is false when no hook applies, so the builtin falls
// back to the MRO test.
func instanceCheckHook(t *objects.Thread, obj, cls Value, hook string) (bool, bool, *Exc) {
	if cls.Type() == objects.TupleType {
		items := objects.As[objects.Tuple](cls).Items
		any := false
		for _, c := range items {
			if c.Type() == objects.TupleType || (c.Type() != objects.TypeType && !c.Type().LookupString(hook).IsNull()) {
				any = true
			}
		}
		if !any {
			return false, false, nil
		}
		for _, c := range items {
			r, ok, err := instanceCheckHook(t, obj, c, hook)
			if !ok {
				if hook == "__instancecheck__" {
					r, err = isSub(obj.Type(), c, "isinstance() arg 2 must be a type, a tuple of types, or a union")
				} else {
					if !obj.IsInstance(objects.TypeType) {
						return false, true, objects.Errorf(objects.ExcTypeError, "issubclass() arg 1 must be a class")
					}
					r, err = isSub(objects.As[objects.Type](obj), c, "issubclass() arg 2 must be a class, a tuple of classes, or a union")
				}
			}
			if err != nil || r {
				return r, true, err
			}
		}
		return false, true, nil
	}
	mt := cls.Type()
	if mt == objects.TypeType {
		return false, false, nil
	}
	if hook == "__instancecheck__" && cls.IsInstance(objects.TypeType) && obj.Type() == objects.As[objects.Type](cls) {
		return true, true, nil
	}
	if mt.LookupString(hook).IsNull() {
		return false, false, nil
	}
	r, _, err := objects.CallDunder(t, cls, hook, obj)
	if err != nil {
		return false, true, err
	}
	b, err := objects.Truth(t, r)
	return b, true, err
}
