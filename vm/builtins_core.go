package vm

import (
	"taipan/objects"
)

// Builtins completed or corrected by the core differential corpus
// (tests/python/core_*.py). This file's init runs after builtins.go's,
// so a def here replaces the earlier one.

var callableIterType = newIterType("callable_iterator")

func init() {
	def("iter", func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
		if err := objects.CheckArgs("iter", args, kwnames, 1, 2); err != nil {
			return null, err
		}
		if len(args) == 1 {
			return objects.GetIter(t, args[0])
		}
		fn, sentinel := args[0], args[1]
		if fn.Type().Call == nil {
			return null, objects.Errorf(objects.ExcTypeError, "iter(v, w): v must be callable")
		}
		done := false
		return mkIter(callableIterType, func(t *objects.Thread) (Value, *Exc) {
			if done {
				return null, nil
			}
			v, err := objects.CallValue(t, fn, nil, nil)
			if err != nil {
				if err.Matches(objects.ExcStopIteration) {
					done = true
					return null, nil
				}
				return null, err
			}
			eq, err := objects.Equal(t, v, sentinel)
			if err != nil {
				return null, err
			}
			if eq {
				done = true
				return null, nil
			}
			return v, nil
		}), nil
	})
}

// isSubHook is isinstance/issubclass with the metaclass hooks
// __instancecheck__ / __subclasscheck__ of classes whose metaclass is not
// type.
func isSubHook(t *objects.Thread, v Value, cls Value, inst bool, msg string) (bool, *Exc) {
	if cls.Type() == objects.TupleType {
		for _, c := range objects.As[objects.Tuple](cls).Items {
			r, err := isSubHook(t, v, c, inst, msg)
			if err != nil || r {
				return r, err
			}
		}
		return false, nil
	}
	if inst && v.Type() == cls.Type() && cls.Type() == objects.TypeType {
		return true, nil
	}
	if cls.Type() != objects.TypeType {
		hook := "__subclasscheck__"
		if inst {
			hook = "__instancecheck__"
		}
		if m := cls.Type().LookupString(hook); !m.IsNull() {
			r, err := objects.CallValue(t, m, []Value{cls, v}, nil)
			if err != nil {
				return false, err
			}
			return objects.Truth(t, r)
		}
	}
	if !cls.IsInstance(objects.TypeType) {
		return false, objects.Errorf(objects.ExcTypeError, "%s", msg)
	}
	if inst {
		return v.Type().IsSubtype(objects.As[objects.Type](cls)), nil
	}
	return objects.As[objects.Type](v).IsSubtype(objects.As[objects.Type](cls)), nil
}

func init() {
	def("isinstance", func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
		if err := objects.CheckArgs("isinstance", args, kwnames, 2, 2); err != nil {
			return null, err
		}
		r, err := isSubHook(t, args[0], args[1], true, "isinstance() arg 2 must be a type, a tuple of types, or a union")
		return objects.Bool(r), err
	})
	def("issubclass", func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
		if err := objects.CheckArgs("issubclass", args, kwnames, 2, 2); err != nil {
			return null, err
		}
		if !args[0].IsInstance(objects.TypeType) {
			return null, objects.Errorf(objects.ExcTypeError, "issubclass() arg 1 must be a class")
		}
		r, err := isSubHook(t, args[0], args[1], false, "issubclass() arg 2 must be a class, a tuple of classes, or a union")
		return objects.Bool(r), err
	})
}

func init() {
	setb("bytearray", objects.Obj(objects.ByteArrayType))
}
