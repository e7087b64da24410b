package objects

import "reflect"

// SuperType is `super`.
var SuperType = builtinType("super", nil, FlagBaseType)

// Super is a super object: attribute lookup starts after Start in the
// MRO of Obj's type.
type Super struct {
	Header
	Start   *Type
	Obj     Value
	ObjType *Type
}

func superNew(t *Thread, typ *Type, args []Value, kwnames *Tuple) (Value, *BaseException) {
	if len(args) > 2 {
		return Null, Errorf(ExcTypeError, "super() expected at most 2 arguments, got %d", len(args))
	}
	if len(args) == 1 {
		// super(type): unbound; binding it as a descriptor gives
		// super(type, obj)
		if !args[0].IsInstance(TypeType) {
			return Null, Errorf(ExcTypeError, "super() argument 1 must be a type, not %s", args[0].Type().Name)
		}
		return Obj(&Super{Header{typ}, As[Type](args[0]), Null, nil}), nil
	}
	if len(args) != 2 {
		return Null, Errorf(ExcRuntimeError, "super(): no arguments")
	}
	// The compiled zero-argument form passes the __class__ cell and the
	// first argument's register, which may be empty.
	if args[0].IsNull() {
		return Null, Errorf(ExcRuntimeError, "super(): empty __class__ cell")
	}
	if args[1].IsNull() {
		return Null, Errorf(ExcRuntimeError, "super(): arg[0] deleted")
	}
	if !args[0].IsInstance(TypeType) {
		return Null, Errorf(ExcTypeError, "super() argument 1 must be a type, not %s", args[0].Type().Name)
	}
	start := As[Type](args[0])
	obj := args[1]
	var ot *Type
	if obj.IsInstance(TypeType) && As[Type](obj).IsSubtype(start) {
		ot = As[Type](obj)
	} else if obj.Type().IsSubtype(start) {
		ot = obj.Type()
	} else {
		return Null, Errorf(ExcTypeError, "super(type, obj): obj must be an instance or subtype of type")
	}
	return Obj(&Super{Header{typ}, start, obj, ot}), nil
}

func superGetAttr(t *Thread, v Value, name *Str) (Value, *BaseException) {
	s := As[Super](v)
	switch name.S {
	case "__thisclass__":
		return Obj(s.Start), nil
	case "__self__":
		if s.Obj.IsNull() {
			return None, nil
		}
		return s.Obj, nil
	case "__self_class__":
		if s.ObjType == nil {
			return None, nil
		}
		return Obj(s.ObjType), nil
	}
	if name.S != "__class__" && s.ObjType != nil {
		mro := s.ObjType.MRO
		i := 0
		for i < len(mro) && mro[i] != s.Start {
			i++
		}
		for i++; i < len(mro); i++ {
			if d, ok := mro[i].Dict.GetStr(name); ok {
				if dg := d.Type().DescrGet; dg != nil {
					obj := s.Obj
					if obj.Is(Obj(s.ObjType)) {
						obj = Null
					}
					return dg(t, d, obj, s.ObjType)
				}
				return d, nil
			}
		}
	}
	return GenericGetAttr(t, v, name)
}

// IsGenericGetAttr reports whether t uses object.__getattribute__
// unchanged (so inline caches may bypass the slot).
func IsGenericGetAttr(t *Type) bool {
	return reflect.ValueOf(t.GetAttr).Pointer() == genericGetAttrPtr
}

// IsGenericSetAttr reports whether t uses object.__setattr__ unchanged.
func IsGenericSetAttr(t *Type) bool {
	return reflect.ValueOf(t.SetAttr).Pointer() == genericSetAttrPtr
}

var genericGetAttrPtr, genericSetAttrPtr uintptr

func init() {
	genericGetAttrPtr = reflect.ValueOf(GetAttrFunc(GenericGetAttr)).Pointer()
	genericSetAttrPtr = reflect.ValueOf(SetAttrFunc(GenericSetAttr)).Pointer()
	SuperType.New = superNew
	// super.__init__(sp, type, obj) re-initialises (the new object was
	// already set up by __new__, so a call with the same arguments is a
	// no-op).
	SuperType.Init = func(t *Thread, self Value, args []Value, kwnames *Tuple) *BaseException {
		if len(args) == 0 {
			return nil
		}
		nv, err := superNew(t, SuperType, args, kwnames)
		if err != nil {
			return err
		}
		s, n := As[Super](self), As[Super](nv)
		s.Start, s.Obj, s.ObjType = n.Start, n.Obj, n.ObjType
		return nil
	}
	SuperType.GetAttr = superGetAttr
	SuperType.Repr = func(t *Thread, v Value) (Value, *BaseException) {
		s := As[Super](v)
		if s.ObjType == nil {
			return NewStrValue("<super: <class '" + s.Start.Name + "'>, NULL>"), nil
		}
		return NewStrValue("<super: <class '" + s.Start.Name + "'>, <" + s.ObjType.Name + " object>>"), nil
	}
	// an unbound super(type) binds like a descriptor: super(type, obj)
	SuperType.DescrGet = func(t *Thread, descr, obj Value, typ *Type) (Value, *BaseException) {
		s := As[Super](descr)
		if obj.IsNull() || obj.IsNone() || !s.Obj.IsNull() {
			return descr, nil
		}
		return superNew(t, descr.Type(), []Value{Obj(s.Start), obj}, nil)
	}
}
