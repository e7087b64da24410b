package objects

import "fmt"

// Instance is an instance of a class whose solid base is object: a header
// and mapdict attribute storage.
type Instance struct {
	Header
	Attrs
}

func objectRepr(t *Thread, v Value) (Value, *BaseException) {
	ty := v.Type()
	mod := ty.Module
	if mod == "builtins" || mod == "" {
		return NewStrValue(fmt.Sprintf("<%s object at %p>", ty.Qualname, v.p)), nil
	}
	return NewStrValue(fmt.Sprintf("<%s.%s object at %p>", mod, ty.Qualname, v.p)), nil
}

func objectStr(t *Thread, v Value) (Value, *BaseException) { return v.Type().Repr(t, v) } // Str_ checks the result

func identityHash(t *Thread, v Value) (int64, *BaseException) {
	return int64(uintptr(v.p)>>4) ^ int64(v.n), nil
}

func unhashable(t *Thread, v Value) (int64, *BaseException) {
	return 0, Errorf(ExcTypeError, "unhashable type: '%s'", v.Type().Name)
}

func objectCompare(t *Thread, a, b Value, op CompareOp) (Value, *BaseException) {
	switch op {
	case CmpEq:
		if a.Is(b) {
			return True, nil
		}
		return NotImplemented, nil
	case CmpNe:
		// Ne inverts __eq__ unless it is NotImplemented.
		ty := a.Type()
		if ty.RichCompare != nil && ty.IsHeapType() {
			r, err := ty.RichCompare(t, a, b, CmpEq)
			if err != nil || r.Is(NotImplemented) {
				return r, err
			}
			x, err := Truth(t, r)
			return Bool(!x), err
		}
		if a.Is(b) {
			return False, nil
		}
		return NotImplemented, nil
	}
	return NotImplemented, nil
}

// GenericGetAttr is object.__getattribute__: data descriptors on the
// type, then the instance's attributes, then other class attributes.
func GenericGetAttr(t *Thread, v Value, name *Str) (Value, *BaseException) {
	typ := v.Type()
	descr := typ.Lookup(name)
	var dt *Type
	if !descr.IsNull() {
		dt = descr.Type()
		if dt.DescrGet != nil && dt.DescrSet != nil {
			return dt.DescrGet(t, descr, v, typ)
		}
	}
	if typ.Flags&FlagHasAttrs != 0 {
		a := AttrsOf(v)
		if a.Map != nil {
			if i := a.Map.Index(name); i >= 0 {
				return a.Slots[i], nil
			}
			if a.Map.dict != nil {
				if v, ok := a.Map.dict.GetStr(name); ok {
					return v, nil
				}
			}
		}
	} else if typ.Flags&FlagSideAttrs != 0 {
		if a := SideAttrs(v, false); a != nil {
			if v := a.Get(name); !v.IsNull() {
				return v, nil
			}
		}
	}
	if !descr.IsNull() {
		if dt.DescrGet != nil {
			return dt.DescrGet(t, descr, v, typ)
		}
		return descr, nil
	}
	switch name.S {
	case "__class__":
		return Obj(typ), nil
	case "__dict__":
		if typ.Flags&(FlagHasAttrs|FlagNoDict) == FlagHasAttrs || typ.Flags&FlagSideAttrs != 0 {
			return Obj(instanceAttrs(v, true).ToDict()), nil
		}
	case "__doc__":
		return None, nil
	}
	return Null, attributeError(v, name)
}

func attributeError(v Value, name *Str) *BaseException {
	return withNameObj(Errorf(ExcAttributeError, "'%s' object has no attribute '%s'", v.Type().Name, name.S), v, name)
}

// withNameObj sets an AttributeError's .name and .obj, as CPython 3.10+
// does for failed lookups (traceback suggestions use them).
// WithNameObj sets an AttributeError's name and obj attributes.
func WithNameObj(e *BaseException, v Value, name *Str) *BaseException { return withNameObj(e, v, name) }

func withNameObj(e *BaseException, v Value, name *Str) *BaseException {
	e.Attrs.Set(ExcAttributeError.RootMap, Intern("name"), Obj(name))
	e.Attrs.Set(ExcAttributeError.RootMap, Intern("obj"), v)
	return e
}

// GenericSetAttr is object.__setattr__ (val Null deletes).
func GenericSetAttr(t *Thread, v Value, name *Str, val Value) *BaseException {
	typ := v.Type()
	if name.S == "__class__" {
		return setClass(v, val)
	}
	descr := typ.Lookup(name)
	if !descr.IsNull() {
		if dt := descr.Type(); dt.DescrSet != nil {
			return dt.DescrSet(t, descr, v, val)
		}
	}
	if typ.Flags&(FlagHasAttrs|FlagSideAttrs) == 0 {
		if descr.IsNull() && name.S != "__doc__" {
			if typ.GetAttr != nil && !IsGenericGetAttr(typ) {
				if _, err := typ.GetAttr(t, v, name); err == nil {
					return Errorf(ExcAttributeError, "attribute '%s' of '%s' objects is not writable", name.S, typ.Name)
				}
			}
			return Errorf(ExcAttributeError, "'%s' object has no attribute '%s'", typ.Name, name.S)
		}
		return Errorf(ExcAttributeError, "'%s' object attribute '%s' is read-only", typ.Name, name.S)
	}
	if typ.Flags&FlagNoDict != 0 {
		if !descr.IsNull() {
			// a class attribute that is not a data descriptor
			return Errorf(ExcAttributeError, "'%s' object attribute '%s' is read-only", typ.Name, name.S)
		}
		return attributeError(v, name)
	}
	a := instanceAttrs(v, true)
	if name.S == "__dict__" && val.IsNull() {
		// del obj.__dict__ drops the attributes (a new dict on next use)
		a.SetDict(NewDict())
		return nil
	}
	if name.S == "__dict__" && !val.IsNull() {
		if !val.IsInstance(DictType) {
			return Errorf(ExcTypeError, "__dict__ must be set to a dictionary, not a '%s'", val.Type().Name)
		}
		a.SetDict(As[Dict](val))
		return nil
	}
	if val.IsNull() {
		if !a.Delete(name) {
			return attributeError(v, name)
		}
		return nil
	}
	a.Set(typ.RootMap, name, val)
	return nil
}

func objectNew(t *Thread, typ *Type, args []Value, kwnames *Tuple) (Value, *BaseException) {
	if typ.Flags&FlagIsAbstract != 0 {
		return Null, abstractInstanceError(t, typ)
	}
	if len(args) > 0 {
		if typ.New != nil && !isObjectNew(typ.New) {
			return Null, Errorf(ExcTypeError, "object.__new__() takes exactly one argument (the type to instantiate)")
		}
		if typ.Init == nil {
			return Null, Errorf(ExcTypeError, "%s() takes no arguments", typ.Name)
		}
	}
	if typ.Flags&FlagHasAttrs == 0 {
		in := &Instance{Header: Header{typ}}
		if typ.Flags&FlagHasDel != 0 {
			setDelFinalizer(in)
		}
		return Obj(in), nil
	}
	return Obj(NewInstance(typ)), nil
}

func init() {
	ObjectType.Repr = objectRepr
	ObjectType.Str = objectStr
	ObjectType.Hash = identityHash
	ObjectType.RichCompare = objectCompare
	ObjectType.GetAttr = GenericGetAttr
	ObjectType.SetAttr = GenericSetAttr
	ObjectType.New = objectNew
}
