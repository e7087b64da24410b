package objects

import "sort"

// object's non-slot methods: __format__, __dir__, __sizeof__,
// __getstate__, __reduce__, __reduce_ex__ (the copyreg protocol that copy
// and pickle use), the __class__ descriptor and __doc__.

// objectDirNames lists the attribute names of v: its __dict__, then its
// class's MRO dicts (unsorted, without duplicates).
func objectDirNames(t *Thread, v Value) []Value {
	seen := map[string]bool{}
	var names []Value
	add := func(d *Dict) {
		for _, k := range d.Keys() {
			if k.IsInstance(StrType) && !seen[As[Str](k).S] {
				seen[As[Str](k).S] = true
				names = append(names, k)
			}
		}
	}
	if d, err := GetAttrString(t, v, "__dict__"); err == nil && d.IsInstance(DictType) {
		add(As[Dict](d))
	}
	typ := v.Type()
	for _, m := range typ.MRO {
		if m.Dict != nil {
			add(m.Dict)
		}
	}
	return names
}

// objectGetState is object.__getstate__ (3.11): the instance __dict__
// (None when empty) and, with __slots__, (dict, {slot: value}).
func objectGetState(t *Thread, v Value) (Value, *BaseException) {
	var state Value = None
	if d, err := GetAttrString(t, v, "__dict__"); err == nil && d.IsInstance(DictType) && As[Dict](d).Len() > 0 {
		state = Obj(As[Dict](d).Copy())
	}
	slots := NewDict()
	for _, m := range v.Type().MRO {
		if m.Dict == nil {
			continue
		}
		sv, ok := m.Dict.GetStr(Intern("__slots__"))
		if !ok {
			continue
		}
		var names []Value
		if sv.IsInstance(StrType) {
			names = []Value{sv}
		} else if items, err := IterToSlice(t, sv); err == nil {
			names = items
		}
		for _, n := range names {
			if !n.IsInstance(StrType) {
				continue
			}
			s := As[Str](n).S
			if s == "__dict__" || s == "__weakref__" {
				continue
			}
			if len(s) > 2 && s[:2] == "__" && s[len(s)-2:] != "__" {
				s = "_" + trimUnderscores(m.Name) + s
			}
			if x, err := GetAttrString(t, v, s); err == nil {
				slots.SetStr(Intern(s), x)
			}
		}
	}
	if slots.Len() > 0 {
		return NewTupleValue([]Value{state, Obj(slots)}), nil
	}
	return state, nil
}

func trimUnderscores(s string) string {
	for len(s) > 0 && s[0] == '_' {
		s = s[1:]
	}
	return s
}

// reduceNewObj is object.__reduce_ex__ for protocol 2 and above.
func reduceNewObj(t *Thread, v Value) (Value, *BaseException) {
	if typ := v.Type(); typ.New == nil || !typ.IsHeapType() && typ != ObjectType && isObjectNew(typ.New) {
		// nothing could recreate it: a builtin type without a
		// constructor of its own (CPython: no tp_new)
		return Null, Errorf(ExcTypeError, "cannot pickle '%s' object", typ.Name)
	}
	copyreg, err := importCopyreg(t)
	if err != nil {
		return Null, err
	}
	cls := Obj(v.Type())
	var args []Value
	var kwargs Value = Null
	if _, found := lookupMethod(v, "__getnewargs_ex__"); found {
		r, err := CallMethod(t, v, "__getnewargs_ex__")
		if err != nil {
			return Null, err
		}
		if r.Type() != TupleType || As[Tuple](r).Len() != 2 {
			return Null, Errorf(ExcTypeError, "__getnewargs_ex__ should return a tuple of length 2, not '%s'", r.Type().Name)
		}
		a, k := As[Tuple](r).Items[0], As[Tuple](r).Items[1]
		if a.Type() != TupleType {
			return Null, Errorf(ExcTypeError, "first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '%s'", a.Type().Name)
		}
		if !k.IsInstance(DictType) {
			return Null, Errorf(ExcTypeError, "second item of the tuple returned by __getnewargs_ex__ must be a dict, not '%s'", k.Type().Name)
		}
		args = As[Tuple](a).Items
		if As[Dict](k).Len() > 0 {
			kwargs = k
		}
	} else if _, found := lookupMethod(v, "__getnewargs__"); found {
		r, err := CallMethod(t, v, "__getnewargs__")
		if err != nil {
			return Null, err
		}
		if r.Type() != TupleType {
			return Null, Errorf(ExcTypeError, "__getnewargs__ should return a tuple, not '%s'", r.Type().Name)
		}
		args = As[Tuple](r).Items
	}
	state, err := CallMethod(t, v, "__getstate__")
	if err != nil {
		return Null, err
	}
	var listitems, dictitems Value = None, None
	if v.IsInstance(ListType) {
		if listitems, err = GetIter(t, v); err != nil {
			return Null, err
		}
	}
	if v.IsInstance(DictType) {
		items, err := CallMethod(t, v, "items")
		if err != nil {
			return Null, err
		}
		if dictitems, err = GetIter(t, items); err != nil {
			return Null, err
		}
	}
	var fn, fargs Value
	if !kwargs.IsNull() {
		if fn, err = GetAttrString(t, copyreg, "__newobj_ex__"); err != nil {
			return Null, err
		}
		fargs = NewTupleValue([]Value{cls, NewTupleValue(args), kwargs})
	} else {
		if fn, err = GetAttrString(t, copyreg, "__newobj__"); err != nil {
			return Null, err
		}
		fargs = NewTupleValue(append([]Value{cls}, args...))
	}
	return NewTupleValue([]Value{fn, fargs, state, listitems, dictitems}), nil
}

func importCopyreg(t *Thread) (Value, *BaseException) {
	if ImportModule == nil {
		return Null, Errorf(ExcSystemError, "no import system")
	}
	return ImportModule(t, "copyreg")
}

// lookupMethod finds name on v's type, reporting whether it is defined
// by a class other than object.
func lookupMethod(v Value, name string) (Value, bool) {
	m := v.Type().LookupString(name)
	if m.IsNull() || m.IsNone() {
		return Null, false
	}
	return m, true
}

func objectReduceEx(t *Thread, v Value, proto int64) (Value, *BaseException) {
	// A class that overrides __reduce__ gets it called.
	if m := v.Type().LookupString("__reduce__"); !m.IsNull() {
		if own, ok := ObjectType.Dict.GetStr(Intern("__reduce__")); !ok || !m.Is(own) {
			return CallMethod(t, v, "__reduce__")
		}
	}
	if proto >= 2 {
		return reduceNewObj(t, v)
	}
	copyreg, err := importCopyreg(t)
	if err != nil {
		return Null, err
	}
	f, err := GetAttrString(t, copyreg, "_reduce_ex")
	if err != nil {
		return Null, err
	}
	return CallValue(t, f, []Value{v, Int(proto)}, nil)
}

func init() {
	O := ObjectType
	O.Doc = ("The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new featureless\ninstance that has no instance attributes and cannot be given any.\n")
	O.AddMethod("__format__", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		if err := CheckArgs("__format__", args, kwnames, 1, 1); err != nil {
			return Null, err
		}
		if !args[0].IsInstance(StrType) {
			return Null, Errorf(ExcTypeError, "__format__() argument must be str, not %s", args[0].Type().Name)
		}
		if As[Str](args[0]).S != "" {
			return Null, Errorf(ExcTypeError, "unsupported format string passed to %s.__format__", self.Type().Name)
		}
		return Str_(t, self)
	})
	O.AddMethod("__dir__", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		if err := NoArgs("__dir__", args, kwnames); err != nil {
			return Null, err
		}
		names := objectDirNames(t, self)
		sort.SliceStable(names, func(i, j int) bool { return As[Str](names[i]).S < As[Str](names[j]).S })
		return NewListValue(names), nil
	})
	O.AddMethod("__sizeof__", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		n := int64(16)
		if a := AttrsOf(self); a != nil {
			n += int64(8 * len(a.Slots))
		}
		return Int(n), nil
	})
	O.AddMethod("__getstate__", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		if err := NoArgs("__getstate__", args, kwnames); err != nil {
			return Null, err
		}
		return objectGetState(t, self)
	})
	O.AddMethod("__reduce__", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		if err := NoArgs("__reduce__", args, kwnames); err != nil {
			return Null, err
		}
		copyreg, err := importCopyreg(t)
		if err != nil {
			return Null, err
		}
		f, err := GetAttrString(t, copyreg, "_reduce_ex")
		if err != nil {
			return Null, err
		}
		return CallValue(t, f, []Value{self, Int(0)}, nil)
	})
	O.AddMethod("__reduce_ex__", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		if err := CheckArgs("__reduce_ex__", args, kwnames, 1, 1); err != nil {
			return Null, err
		}
		p, ok := IntToInt64(args[0])
		if !ok {
			return Null, Errorf(ExcTypeError, "'%s' object cannot be interpreted as an integer", args[0].Type().Name)
		}
		return objectReduceEx(t, self, p)
	})
}
