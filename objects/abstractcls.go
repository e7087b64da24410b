package objects

import (
	"sort"
	"strings"
)

// FlagIsAbstract marks a class whose __abstractmethods__ is non-empty:
// object.__new__ refuses to instantiate it.
const FlagIsAbstract TypeFlags = 1 << 17

// noteAbstractMethods keeps FlagIsAbstract in step with an assignment
// to a class's __abstractmethods__ (val Null: deleted).
func noteAbstractMethods(t *Thread, ty *Type, val Value) {
	ty.Flags &^= FlagIsAbstract
	if val.IsNull() {
		return
	}
	if n, err := Len(t, val); err == nil && n > 0 {
		ty.Flags |= FlagIsAbstract
	} else if err != nil {
		if ok, _ := Truth(t, val); ok {
			ty.Flags |= FlagIsAbstract
		}
	}
}

// abstractInstanceError is object.__new__'s error for an abstract class.
func abstractInstanceError(t *Thread, ty *Type) *BaseException {
	am, _ := ty.Dict.GetStr(Intern("__abstractmethods__"))
	var names []string
	if !am.IsNull() {
		items, err := IterToSlice(t, am)
		if err == nil {
			for _, x := range items {
				if s, err := StrString(t, x); err == nil {
					names = append(names, s)
				}
			}
		}
	}
	sort.Strings(names)
	s := "s"
	if len(names) == 1 {
		s = ""
	}
	return Errorf(ExcTypeError, "Can't instantiate abstract class %s with abstract method%s %s", ty.Name, s, strings.Join(names, ", "))
}

// Subclasses returns the direct subclasses of t (type.__subclasses__).
func (t *Type) Subclasses() []*Type { return append([]*Type(nil), t.subs...) }

func init() {
	TypeType.AddMethod("__subclasses__", func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *BaseException) {
		if err := CheckArgs("__subclasses__", args, kw, 0, 0); err != nil {
			return Null, err
		}
		subs := As[Type](self).subs
		out := make([]Value, len(subs))
		for i, s := range subs {
			out[i] = Obj(s)
		}
		return NewListValue(out), nil
	})
}

// isAbstractAttr reports getattr(v, "__isabstractmethod__", False).
func isAbstractAttr(t *Thread, v Value) (bool, *BaseException) {
	if v.IsNull() || v.IsNone() {
		return false, nil
	}
	a, err := GetAttrString(t, v, "__isabstractmethod__")
	if err != nil {
		if err.Matches(ExcAttributeError) {
			return false, nil
		}
		return false, err
	}
	return Truth(t, a)
}

func readOnlyGetter(name string, get func(t *Thread, self Value) (Value, *BaseException)) Value {
	g := &BuiltinFunction{Header: Header{BuiltinFunctionType}, Name: name, Module: "builtins",
		Fn: func(t *Thread, _ Value, args []Value, kw *Tuple) (Value, *BaseException) { return get(t, args[0]) }}
	return Obj(&Property{Header: Header{PropertyType}, Get: Obj(g), Set: None, Del: None, Doc: None})
}

func init() {
	PropertyType.SetAttrString("__isabstractmethod__", readOnlyGetter("__isabstractmethod__", func(t *Thread, self Value) (Value, *BaseException) {
		p := As[Property](self)
		for _, f := range []Value{p.Get, p.Set, p.Del} {
			if ab, err := isAbstractAttr(t, f); err != nil || ab {
				return Bool(ab), err
			}
		}
		return False, nil
	}))
	for _, ty := range []*Type{StaticMethodType, ClassMethodType} {
		ty.SetAttrString("__isabstractmethod__", readOnlyGetter("__isabstractmethod__", func(t *Thread, self Value) (Value, *BaseException) {
			ab, err := isAbstractAttr(t, As[Wrapper](self).Func)
			return Bool(ab), err
		}))
	}
}

func init() {
	hook := &BuiltinFunction{Header: Header{BuiltinFunctionType}, Name: "__subclasshook__", Owner: ObjectType,
		Fn: func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *BaseException) {
			return NotImplemented, nil
		}}
	ObjectType.SetAttrString("__subclasshook__", Obj(&Wrapper{Header{ClassMethodType}, Obj(hook)}))
}

func init() {
	// types.MethodType(function, instance)
	MethodType.New = func(t *Thread, typ *Type, args []Value, kw *Tuple) (Value, *BaseException) {
		if kw.Len() > 0 {
			return Null, Errorf(ExcTypeError, "method() takes no keyword arguments")
		}
		if len(args) != 2 {
			return Null, Errorf(ExcTypeError, "method expected 2 arguments, got %d", len(args))
		}
		if args[0].Type().Call == nil {
			return Null, Errorf(ExcTypeError, "first argument must be callable")
		}
		if args[1].IsNone() {
			return Null, Errorf(ExcTypeError, "instance must not be None")
		}
		return NewMethod(args[0], args[1]), nil
	}
}
