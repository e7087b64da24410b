package objects

import "strings"

// Class creation details: __slots__ (member descriptors, no __dict__),
// __init_subclass__ with class keywords, type.__init__/__prepare__.

// FlagNoDict marks a class whose instances have no __dict__ (every class
// in its MRO defines __slots__ without "__dict__").
const FlagNoDict TypeFlags = 1 << 12

// MemberDescrType is the type of __slots__ descriptors.
var MemberDescrType = builtinType("member_descriptor", nil, 0)

// MemberDescr is the descriptor of one __slots__ entry; the value lives
// in the instance's attribute storage.
type MemberDescr struct {
	Header
	Name  *Str
	Owner *Type
	// Via: a builtin type's attribute served by the owner's GetAttr and
	// SetAttr slots (function.__globals__, ...), not slot storage.
	Via bool
	// Key is the hidden attribute name the slot's value is stored under.
	Key *Str
}

func mangleSlot(cls, name string) string {
	if !strings.HasPrefix(name, "__") || strings.HasSuffix(name, "__") || strings.Contains(name, ".") {
		return name
	}
	c := strings.TrimLeft(cls, "_")
	if c == "" {
		return name
	}
	return "_" + c + name
}

// setupSlots processes a class's __slots__.
func setupSlots(ty *Type, bases []*Type) *BaseException {
	sv, ok := ty.Dict.GetStr(Intern("__slots__"))
	if !ok {
		return nil
	}
	var items []Value
	if sv.IsInstance(StrType) {
		items = []Value{sv}
	} else {
		var err *BaseException
		if items, err = IterToSlice(nil, sv); err != nil {
			return err
		}
	}
	hasDict := false
	var descrs []*MemberDescr
	for _, it := range items {
		if !it.IsInstance(StrType) {
			return Errorf(ExcTypeError, "__slots__ items must be strings, not '%s'", it.Type().Name)
		}
		n := As[Str](it).S
		if !isIdentifier(n) {
			return Errorf(ExcTypeError, "__slots__ must be identifiers")
		}
		switch n {
		case "__dict__":
			if hasDict {
				return Errorf(ExcTypeError, "__dict__ slot disallowed: we already got one")
			}
			hasDict = true
			continue
		case "__weakref__":
			continue
		}
		n = mangleSlot(ty.Name, n)
		if _, clash := ty.Dict.GetStr(Intern(n)); clash {
			return Errorf(ExcValueError, "'%s' in __slots__ conflicts with class variable", n)
		}
		descrs = append(descrs, &MemberDescr{Header: Header{MemberDescrType}, Name: Intern(n), Owner: ty, Key: Intern("\x00" + n)})
	}
	for _, d := range descrs {
		ty.Dict.SetStr(d.Name, Obj(d))
	}
	noDict := !hasDict
	for _, b := range bases {
		if b != ObjectType && b.Flags&FlagNoDict == 0 {
			noDict = false
		}
	}
	if noDict {
		ty.Flags |= FlagNoDict
	}
	return nil
}

func isIdentifier(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		if r == '_' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r > 127 || i > 0 && r >= '0' && r <= '9' {
			continue
		}
		return false
	}
	return true
}

// callInitSubclass runs super(ty, ty).__init_subclass__(**kw).
func callInitSubclass(t *Thread, ty *Type, kwvals []Value, kwnames *Tuple) *BaseException {
	name := Intern("__init_subclass__")
	for _, m := range ty.MRO[1:] {
		f, ok := m.Dict.GetStr(name)
		if !ok {
			continue
		}
		var bound Value
		switch f.Type() {
		case ClassMethodType:
			bound = NewMethod(As[Wrapper](f).Func, Obj(ty))
		case FunctionType:
			bound = NewMethod(f, Obj(ty))
		default:
			if dg := f.Type().DescrGet; dg != nil {
				b, err := dg(t, f, Null, ty)
				if err != nil {
					return err
				}
				bound = b
			} else {
				bound = f
			}
		}
		_, err := CallValue(t, bound, kwvals, kwnames)
		return err
	}
	return nil
}

func typeInit(t *Thread, self Value, args []Value, kwnames *Tuple) *BaseException {
	pos, _ := SplitArgs(args, kwnames)
	if len(pos) != 1 && len(pos) != 3 {
		return Errorf(ExcTypeError, "type.__init__() takes 1 or 3 arguments")
	}
	if len(pos) == 1 && kwnames.Len() > 0 {
		return Errorf(ExcTypeError, "type.__init__() takes no keyword arguments")
	}
	return nil
}

func init() {
	MemberDescrType.DescrGet = func(t *Thread, descr, obj Value, typ *Type) (Value, *BaseException) {
		if obj.IsNull() {
			return descr, nil
		}
		d := As[MemberDescr](descr)
		if !obj.Type().IsSubtype(d.Owner) {
			return Null, Errorf(ExcTypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", d.Name.S, d.Owner.Name, obj.Type().Name)
		}
		if d.Via {
			return d.Owner.GetAttr(t, obj, d.Name)
		}
		a := instanceAttrs(obj, false)
		v := Null
		if a != nil {
			v = a.Get(d.Key)
		}
		if v.IsNull() {
			return Null, attributeError(obj, d.Name)
		}
		return v, nil
	}
	MemberDescrType.DescrSet = func(t *Thread, descr, obj, val Value) *BaseException {
		d := As[MemberDescr](descr)
		if !obj.Type().IsSubtype(d.Owner) {
			return Errorf(ExcTypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", d.Name.S, d.Owner.Name, obj.Type().Name)
		}
		if d.Via {
			return d.Owner.SetAttr(t, obj, d.Name, val)
		}
		a := instanceAttrs(obj, !val.IsNull())
		if a == nil {
			if val.IsNull() {
				return Errorf(ExcAttributeError, "%s", d.Name.S)
			}
			return Errorf(ExcTypeError, "cannot set '%s' attribute of immutable type '%s'", d.Name.S, obj.Type().Name)
		}
		if val.IsNull() {
			if a == nil || !a.Delete(d.Key) {
				return Errorf(ExcAttributeError, "%s", d.Name.S)
			}
			return nil
		}
		ty := obj.Type()
		if ty.RootMap == nil {
			// e.g. a __slots__ class derived from a builtin type
			ty.RootMap = newRootMap()
		}
		a.Set(ty.RootMap, d.Key, val)
		return nil
	}
	MemberDescrType.Repr = func(t *Thread, v Value) (Value, *BaseException) {
		d := As[MemberDescr](v)
		return NewStrValue("<member '" + d.Name.S + "' of '" + d.Owner.Name + "' objects>"), nil
	}
	MemberDescrType.GetAttr = func(t *Thread, v Value, name *Str) (Value, *BaseException) {
		d := As[MemberDescr](v)
		switch name.S {
		case "__name__":
			return Obj(d.Name), nil
		case "__qualname__":
			return NewStrValue(d.Owner.Qualname + "." + d.Name.S), nil
		case "__objclass__":
			return Obj(d.Owner), nil
		case "__doc__":
			return None, nil
		}
		return GenericGetAttr(t, v, name)
	}
	TypeType.Init = typeInit
	prep := &BuiltinFunction{Header: Header{BuiltinFunctionType}, Name: "__prepare__", Owner: TypeType,
		Fn: func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *BaseException) {
			return Obj(NewDict()), nil
		}}
	TypeType.SetAttrString("__prepare__", Obj(&Wrapper{Header{ClassMethodType}, Obj(prep)}))
}

// mroConflictNames names the bases left when C3 linearisation fails.
func mroConflictNames(bases []*Type) string {
	var seqs [][]*Type
	for _, b := range bases {
		seqs = append(seqs, append([]*Type(nil), b.MRO...))
	}
	seqs = append(seqs, append([]*Type(nil), bases...))
	for {
		var cand *Type
		for _, s := range seqs {
			if len(s) == 0 {
				continue
			}
			ok := true
			for _, s2 := range seqs {
				for _, x := range s2[min(1, len(s2)):] {
					if x == s[0] {
						ok = false
					}
				}
			}
			if ok {
				cand = s[0]
				break
			}
		}
		if cand == nil {
			break
		}
		for i, s := range seqs {
			if len(s) > 0 && s[0] == cand {
				seqs[i] = s[1:]
			}
		}
	}
	var names []string
	seen := map[*Type]bool{}
	for _, s := range seqs {
		if len(s) > 0 && !seen[s[0]] {
			seen[s[0]] = true
			names = append(names, s[0].Name)
		}
	}
	return strings.Join(names, ", ")
}

func callClassGetItem(t *Thread, m, cls, k Value) (Value, *BaseException) {
	switch m.Type() {
	case ClassMethodType:
		return CallValue(t, As[Wrapper](m).Func, []Value{cls, k}, nil)
	case StaticMethodType:
		return CallValue(t, As[Wrapper](m).Func, []Value{k}, nil)
	case FunctionType:
		return CallValue(t, m, []Value{cls, k}, nil)
	}
	if dg := m.Type().DescrGet; dg != nil {
		b, err := dg(t, m, Null, As[Type](cls))
		if err != nil {
			return Null, err
		}
		return CallValue(t, b, []Value{k}, nil)
	}
	return CallValue(t, m, []Value{k}, nil)
}

func propertyError(p *Property, obj Value, what string) *BaseException {
	if what != "getter" && !p.Get.IsNull() && p.Get.Type() == BuiltinFunctionType && !obj.IsNull() {
		// a builtin type's computed attribute (readOnlyGetter)
		name := As[BuiltinFunction](p.Get).Name
		if obj.IsInstance(PropertyType) && (name == "fget" || name == "fset" || name == "fdel") {
			return Errorf(ExcAttributeError, "readonly attribute") // member descriptors in CPython
		}
		return Errorf(ExcAttributeError, "attribute '%s' of '%s' objects is not writable", name, obj.Type().Name)
	}
	qual := "?"
	if !obj.IsNull() {
		qual = obj.Type().Qualname
	}
	if !p.Name.IsNull() && !p.Name.IsNone() {
		n, _ := ReprString(nil, p.Name)
		return Errorf(ExcAttributeError, "property %s of '%s' object has no %s", n, qual, what)
	}
	return Errorf(ExcAttributeError, "property of '%s' object has no %s", qual, what)
}

func init() {
	PropertyType.AddMethod("__set_name__", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		if kwnames.Len() > 0 || len(args) != 2 {
			return Null, Errorf(ExcTypeError, "__set_name__() takes 2 positional arguments but %d were given", len(args))
		}
		As[Property](self).Name = args[1]
		return None, nil
	})
	PropertyType.SetAttr = func(t *Thread, v Value, name *Str, val Value) *BaseException {
		if name.S == "__doc__" {
			if val.IsNull() {
				val = None
			}
			As[Property](v).Doc = val
			return nil
		}
		return GenericSetAttr(t, v, name, val)
	}
	PropertyType.GetAttr = func(t *Thread, v Value, name *Str) (Value, *BaseException) {
		p := As[Property](v)
		switch name.S {
		case "__name__":
			if !p.Name.IsNull() {
				return p.Name, nil
			}
			if !p.Get.IsNull() && !p.Get.IsNone() {
				return GetAttr(t, p.Get, name)
			}
			return Null, Errorf(ExcAttributeError, "'property' object has no attribute '__name__'")
		case "fget":
			return p.Get, nil
		case "fset":
			return p.Set, nil
		case "fdel":
			return p.Del, nil
		case "__doc__":
			if p.Doc.IsNull() || p.Doc.IsNone() {
				if !p.Get.IsNull() && !p.Get.IsNone() {
					if d, err := GetAttr(t, p.Get, Intern("__doc__")); err == nil {
						return d, nil
					}
				}
				return None, nil
			}
			return p.Doc, nil
		case "__isabstractmethod__":
			for _, f := range []Value{p.Get, p.Set, p.Del} {
				if f.IsNull() || f.IsNone() {
					continue
				}
				if ab, err := isAbstractAttr(t, f); err != nil || ab {
					return Bool(ab), err
				}
			}
			return False, nil
		}
		return GenericGetAttr(t, v, name)
	}
}

// AttrStorageKey tells an inline cache where instance attribute name of
// typ lives: its own name when no data descriptor intercepts it, the
// hidden key of a __slots__ member descriptor, or ok false when another
// data descriptor (property, ...) is in the way.
func AttrStorageKey(typ *Type, name *Str) (*Str, bool) {
	d := typ.Lookup(name)
	if d.IsNull() || d.Type().DescrSet == nil {
		return name, true
	}
	if d.Type() == MemberDescrType {
		if m := As[MemberDescr](d); !m.Via && m.Key != nil && m.Owner.Flags&FlagHasAttrs != 0 {
			return m.Key, true
		}
	}
	return nil, false
}
