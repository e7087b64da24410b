package objects

import (
	"reflect"
	"strings"
)

// This file connects Python-level __dunder__ methods with the Go slot
// table in both directions: builtin types expose their slots as
// method_descriptor entries (so int.__add__ and super().__init__ work),
// and classes get Go slots that call their Python dunders.

func isDunder(s string) bool {
	return len(s) > 4 && strings.HasPrefix(s, "__") && strings.HasSuffix(s, "__")
}

// SlotWrapperType marks builtin slot wrappers (they are method descriptors).
var SlotWrapperType = MethodDescrType

// lookupUser finds a Python-level (non builtin wrapper) definition of
// name along t's MRO.
func lookupUser(t *Type, name string) Value {
	return lookupUserS(t, Intern(name))
}

// lookupUserS is lookupUser for an interned name (the hot path: it hits
// the type-lookup cache).
func lookupUserS(t *Type, name *Str) Value {
	v := t.Lookup(name)
	if v.IsNull() || v.Type() == MethodDescrType {
		return Null
	}
	if v.Type() == StaticMethodType && As[Wrapper](v).Func.Type() == BuiltinFunctionType {
		return Null // a builtin type's __new__
	}
	return v
}

// callAttr calls a class attribute found by lookup as a method of self,
// binding descriptors; functions are called directly without creating a
// bound method.
func callAttr(t *Thread, f, self Value, args ...Value) (Value, *BaseException) {
	if f.Type() == FunctionType {
		full, mark := t.PushArgs(self, args)
		r, err := CallValue(t, f, full, nil)
		t.PopArgs(full, mark)
		return r, err
	}
	if dg := f.Type().DescrGet; dg != nil {
		b, err := dg(t, f, self, self.Type())
		if err != nil {
			return Null, err
		}
		return CallValue(t, b, args, nil)
	}
	return CallValue(t, f, args, nil)
}

// CallDunder calls self.name(*args) looked up on the type; found is
// false when the type has no such attribute.
func CallDunder(t *Thread, self Value, name string, args ...Value) (Value, bool, *BaseException) {
	return callDunderS(t, self, Intern(name), args...)
}

func callDunderS(t *Thread, self Value, name *Str, args ...Value) (Value, bool, *BaseException) {
	f := self.Type().Lookup(name)
	if f.IsNull() {
		return Null, false, nil
	}
	r, err := callAttr(t, f, self, args...)
	return r, true, err
}

func slotUnary(name string) UnaryFunc {
	n := Intern(name)
	return func(t *Thread, v Value) (Value, *BaseException) {
		r, _, err := callDunderS(t, v, n)
		return r, err
	}
}

var rDunders = [NumBinOps]string{}

func slotBinary(op BinOp) BinaryFunc {
	name := Intern("__" + binOpNames[op] + "__")
	rname := Intern("__r" + binOpNames[op] + "__")
	return func(t *Thread, a, b Value) (Value, *BaseException) {
		ta, tb := a.Type(), b.Type()
		var rb Value
		doOther := false
		if ta != tb {
			rb = lookupUserS(tb, rname)
			doOther = !rb.IsNull()
		}
		if f := lookupUserS(ta, name); !f.IsNull() || ta.userNB&(1<<op) != 0 {
			if doOther && tb.IsSubtype(ta) && !rb.Is(lookupUserS(ta, rname)) {
				// a subclass overriding the reflected method goes first
				r, err := callAttr(t, rb, b, a)
				if err != nil || !r.Is(NotImplemented) {
					return r, err
				}
				doOther = false
			}
			if !f.IsNull() {
				r, err := callAttr(t, f, a, b)
				if err != nil || !r.Is(NotImplemented) || ta == tb {
					return r, err
				}
			}
		}
		if doOther {
			return callAttr(t, rb, b, a)
		}
		return NotImplemented, nil
	}
}

func slotInplace(op BinOp) BinaryFunc {
	name := Intern("__i" + binOpNames[op] + "__")
	return func(t *Thread, a, b Value) (Value, *BaseException) {
		if f := lookupUserS(a.Type(), name); !f.IsNull() {
			return callAttr(t, f, a, b)
		}
		return NotImplemented, nil
	}
}

func slotCompare(t *Thread, a, b Value, op CompareOp) (Value, *BaseException) {
	if f := lookupUserS(a.Type(), cmpDunderStrs[op]); !f.IsNull() {
		if f.Type() != FunctionType {
			// binding that raises AttributeError (e.g. __eq__ = property(...))
			// makes the comparison NotImplemented, as CPython's slot
			if dg := f.Type().DescrGet; dg != nil {
				bound, err := dg(t, f, a, a.Type())
				if err != nil {
					if err.Matches(ExcAttributeError) {
						return NotImplemented, nil
					}
					return Null, err
				}
				return CallValue(t, bound, []Value{b}, nil)
			}
		}
		return callAttr(t, f, a, b)
	}
	if op == CmpNe {
		if f := lookupUserS(a.Type(), cmpDunderStrs[CmpEq]); !f.IsNull() {
			r, err := callAttr(t, f, a, b)
			if err != nil || r.Is(NotImplemented) {
				return r, err
			}
			x, err := Truth(t, r)
			return Bool(!x), err
		}
	}
	return objectCompare(t, a, b, op)
}

func slotHash(t *Thread, v Value) (int64, *BaseException) {
	f := lookupUser(v.Type(), "__hash__")
	if f.IsNone() {
		return unhashable(t, v)
	}
	r, err := callAttr(t, f, v)
	if err != nil {
		return 0, err
	}
	if !IsIntValue(r) {
		return 0, Errorf(ExcTypeError, "__hash__ method should return an integer")
	}
	if i, ok := smallOf(r); ok {
		if i == -1 {
			i = -2
		}
		return i, nil
	}
	return intHash(t, r)
}

func slotBool(t *Thread, v Value) (bool, *BaseException) {
	if f := lookupUser(v.Type(), "__bool__"); !f.IsNull() {
		r, err := callAttr(t, f, v)
		if err != nil {
			return false, err
		}
		if !r.IsBool() {
			return false, Errorf(ExcTypeError, "__bool__ should return bool, returned %s", r.Type().Name)
		}
		return r.BoolVal(), nil
	}
	n, err := slotLen(t, v)
	return n > 0, err
}

func slotLen(t *Thread, v Value) (int, *BaseException) {
	r, _, err := callDunderS(t, v, dunderLen)
	if err != nil {
		return 0, err
	}
	if !IsIntValue(r) {
		return 0, Errorf(ExcTypeError, "'%s' object cannot be interpreted as an integer", r.Type().Name)
	}
	n, ok := IntToInt64(r)
	if !ok {
		if b, _ := BigOf(r); b.Sign() < 0 {
			return 0, Errorf(ExcValueError, "__len__() should return >= 0")
		}
		return 0, Errorf(ExcOverflowError, "cannot fit 'int' into an index-sized integer")
	}
	if n < 0 {
		return 0, Errorf(ExcValueError, "__len__() should return >= 0")
	}
	return int(n), nil
}

func slotGetAttr(t *Thread, v Value, name *Str) (Value, *BaseException) {
	typ := v.Type()
	var r Value
	var err *BaseException
	if ga := lookupUser(typ, "__getattribute__"); !ga.IsNull() {
		r, err = callAttr(t, ga, v, Obj(name))
	} else if sb := solidBase(typ); sb.GetAttr != nil {
		// The builtin base's lookup: a Python base class's synthesized
		// slot would land back here with the same object.
		r, err = sb.GetAttr(t, v, name)
	} else {
		r, err = GenericGetAttr(t, v, name)
	}
	if err != nil && err.Matches(ExcAttributeError) {
		if g := lookupUser(typ, "__getattr__"); !g.IsNull() {
			return callAttr(t, g, v, Obj(name))
		}
	}
	return r, err
}

func slotSetAttr(t *Thread, v Value, name *Str, val Value) *BaseException {
	if val.IsNull() {
		if f := lookupUser(v.Type(), "__delattr__"); !f.IsNull() {
			_, err := callAttr(t, f, v, Obj(name))
			return err
		}
	} else if f := lookupUser(v.Type(), "__setattr__"); !f.IsNull() {
		_, err := callAttr(t, f, v, Obj(name), val)
		return err
	}
	return GenericSetAttr(t, v, name, val)
}

func slotCall(t *Thread, callable Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
	// __call__ may be another callable object (A.__call__ = A()): count
	// the native recursion, as CPython's tp_call does.
	if t.Depth >= t.RecursionLimit {
		return Null, Errorf(ExcRecursionError, "maximum recursion depth exceeded while calling a Python object")
	}
	t.Depth++
	defer func() { t.Depth-- }()
	f := callable.Type().LookupString("__call__")
	if f.Type() == FunctionType {
		full, mark := t.PushArgs(callable, args)
		r, err := CallValue(t, f, full, kwnames)
		t.PopArgs(full, mark)
		return r, err
	}
	dg := f.Type().DescrGet
	if dg == nil {
		return CallValue(t, f, args, kwnames)
	}
	b, err := dg(t, f, callable, callable.Type())
	if err != nil {
		return Null, err
	}
	return CallValue(t, b, args, kwnames)
}

func slotNew(t *Thread, typ *Type, args []Value, kwnames *Tuple) (Value, *BaseException) {
	f := typ.LookupString("__new__")
	if f.Type() == StaticMethodType {
		f = As[Wrapper](f).Func
	}
	full := make([]Value, len(args)+1)
	full[0] = Obj(typ)
	copy(full[1:], args)
	return CallValue(t, f, full, kwnames)
}

func slotInit(t *Thread, self Value, args []Value, kwnames *Tuple) *BaseException {
	f := self.Type().Lookup(dunderInit)
	var r Value
	var err *BaseException
	if f.Type() == FunctionType || f.Type() == MethodDescrType {
		full, mark := t.PushArgs(self, args)
		r, err = CallValue(t, f, full, kwnames)
		t.PopArgs(full, mark)
	} else {
		r, err = callAttr(t, f, self, args...)
	}
	if err != nil {
		return err
	}
	if !r.IsNone() {
		return Errorf(ExcTypeError, "__init__() should return None, not '%s'", r.Type().Name)
	}
	return nil
}

func slotGetItem(t *Thread, o, k Value) (Value, *BaseException) {
	r, _, err := callDunderS(t, o, dunderGetItem, k)
	return r, err
}

func slotSetItem(t *Thread, o, k, v Value) *BaseException {
	var err *BaseException
	var found bool
	if v.IsNull() {
		_, found, err = CallDunder(t, o, "__delitem__", k)
		if !found && err == nil {
			return Errorf(ExcAttributeError, "__delitem__")
		}
	} else {
		_, found, err = CallDunder(t, o, "__setitem__", k, v)
		if !found && err == nil {
			return Errorf(ExcTypeError, "'%s' object does not support item assignment", o.Type().Name)
		}
	}
	return err
}

func slotContains(t *Thread, o, x Value) (bool, *BaseException) {
	if f := lookupUser(o.Type(), "__contains__"); !f.IsNull() {
		r, err := callAttr(t, f, o, x)
		if err != nil {
			return false, err
		}
		return Truth(t, r)
	}
	return iterContains(t, o, x)
}

func slotNext(t *Thread, v Value) (Value, *BaseException) {
	r, _, err := callDunderS(t, v, dunderNext)
	if err != nil && err.Matches(ExcStopIteration) {
		return Null, nil
	}
	return r, err
}

func slotDescrGet(t *Thread, descr, obj Value, typ *Type) (Value, *BaseException) {
	o := obj
	if o.IsNull() {
		o = None
	}
	var tv Value = None
	if typ != nil {
		tv = Obj(typ)
	}
	r, _, err := CallDunder(t, descr, "__get__", o, tv)
	return r, err
}

func slotDescrSet(t *Thread, descr, obj, val Value) *BaseException {
	var err *BaseException
	if val.IsNull() {
		_, _, err = CallDunder(t, descr, "__delete__", obj)
	} else {
		_, _, err = CallDunder(t, descr, "__set__", obj, val)
	}
	return err
}

// updateSlots installs Go slots for the dunders a class defines.
func updateSlots(ty *Type) {
	has := func(name string) bool { return !lookupUser(ty, name).IsNull() }
	if has("__repr__") {
		ty.Repr = slotUnary("__repr__")
	}
	if has("__del__") {
		ty.Flags |= FlagHasDel
	}
	if has("__str__") {
		ty.Str = slotUnary("__str__")
	}
	cmp := false
	for _, n := range cmpDunders {
		if has(n) {
			cmp = true
		}
	}
	if cmp {
		ty.RichCompare = slotCompare
	}
	if h := ty.LookupString("__hash__"); h.IsNull() {
		// a custom mro() may leave out object
	} else if h.IsNone() {
		ty.Hash = unhashable
	} else if has("__hash__") {
		ty.Hash = slotHash
	} else if h.Type() == MethodDescrType {
		ty.Hash = As[BuiltinFunction](h).Owner.Hash // e.g. __hash__ = object.__hash__
	}
	if has("__bool__") || has("__len__") {
		ty.Bool = slotBool
	}
	if has("__len__") {
		ty.Len = slotLen
	}
	for op := BinOp(0); op < NumBinOps; op++ {
		if has("__"+binOpNames[op]+"__") || has("__r"+binOpNames[op]+"__") {
			ty.NB[op] = slotBinary(op)
			ty.userNB |= 1 << op
		}
		if has("__i" + binOpNames[op] + "__") {
			ty.INB[op] = slotInplace(op)
		}
	}
	un := []struct {
		name string
		slot *UnaryFunc
	}{{"__neg__", &ty.Neg}, {"__pos__", &ty.Pos}, {"__invert__", &ty.Invert}, {"__abs__", &ty.Abs},
		{"__int__", &ty.Int}, {"__float__", &ty.Float}, {"__index__", &ty.Index}, {"__iter__", &ty.Iter}}
	for _, u := range un {
		if has(u.name) {
			*u.slot = slotUnary(u.name)
		}
	}
	if has("__next__") {
		ty.Next = slotNext
	}
	if has("__getattr__") || has("__getattribute__") {
		ty.GetAttr = slotGetAttr
	}
	if has("__setattr__") || has("__delattr__") {
		ty.SetAttr = slotSetAttr
	}
	if has("__call__") {
		ty.Call = slotCall
	}
	if has("__new__") {
		ty.New = slotNew
	}
	if has("__init__") {
		ty.Init = slotInit
	}
	if has("__getitem__") {
		ty.GetItem = slotGetItem
	}
	if has("__setitem__") || has("__delitem__") {
		ty.SetItem = slotSetItem
	}
	if has("__contains__") {
		ty.Contains = slotContains
	}
	if has("__get__") {
		ty.DescrGet = slotDescrGet
	}
	if has("__set__") || has("__delete__") {
		ty.DescrSet = slotDescrSet
	}
}

// NewClass creates a class: type(name, bases, namespace).
func NewClass(t *Thread, name, bases, ns Value) (Value, *BaseException) {
	return NewClassKw(t, TypeType, name, bases, ns, nil, nil)
}

// NewClassKw is NewClass with class keywords (passed to the parent's
// __init_subclass__).
func NewClassKw(t *Thread, meta *Type, name, bases, ns Value, kwvals []Value, kwnames *Tuple) (Value, *BaseException) {
	if !name.IsInstance(StrType) {
		return Null, Errorf(ExcTypeError, "type.__new__() argument 1 must be str, not %s", name.Type().Name)
	}
	if !bases.IsInstance(TupleType) {
		return Null, Errorf(ExcTypeError, "type.__new__() argument 2 must be tuple, not %s", bases.Type().Name)
	}
	if !ns.IsInstance(DictType) {
		return Null, Errorf(ExcTypeError, "type.__new__() argument 3 must be dict, not %s", ns.Type().Name)
	}
	var bs []*Type
	for _, b := range As[Tuple](bases).Items {
		if !b.IsInstance(TypeType) && !b.Type().LookupString("__mro_entries__").IsNull() {
			return Null, Errorf(ExcTypeError, "type() doesn't support MRO entry resolution; use types.new_class()")
		}
		if b.Type() != TypeType && !b.Type().IsSubtype(TypeType) {
			return Null, Errorf(ExcTypeError, "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases")
		}
		bt := As[Type](b)
		if bt.Flags&FlagBaseType == 0 {
			return Null, Errorf(ExcTypeError, "type '%s' is not an acceptable base type", bt.Name)
		}
		bs = append(bs, bt)
	}
	if len(bs) == 0 {
		bs = []*Type{ObjectType}
	}
	if err := checkLayouts(bs); err != nil {
		return Null, err
	}
	n := As[Str](name).S
	ty := &Type{Header: Header{meta}, Name: n, Qualname: n, Base: bs[0], Bases: bs, Flags: FlagHeapType | FlagBaseType}
	ty.Dict = As[Dict](ns).Copy()
	if m, ok := ty.Dict.GetStr(Intern("__module__")); ok && m.IsInstance(StrType) {
		ty.Module = As[Str](m).S
	} else if f := t.Func(); f != nil && f.Globals != nil {
		// type(name, bases, ns) called directly: the caller's module
		if m, ok := f.Globals.GetStr(Intern("__name__")); ok && m.IsInstance(StrType) {
			ty.Module = As[Str](m).S
			ty.Dict.SetStr(Intern("__module__"), m)
		}
	}
	if q, ok := ty.Dict.GetStr(Intern("__qualname__")); ok && q.IsInstance(StrType) {
		ty.Qualname = As[Str](q).S
		ty.Dict.DelStr(Intern("__qualname__"))
	}
	if d, ok := ty.Dict.GetStr(Intern("__doc__")); ok && d.IsInstance(StrType) {
		ty.Doc = As[Str](d).S
	}
	if err := setupSlots(ty, bs); err != nil {
		return Null, err
	}
	if cell, ok := ty.Dict.GetStr(Intern("__classcell__")); ok {
		if cell.Type() != CellType {
			return Null, Errorf(ExcTypeError, "__classcell__ must be a nonlocal cell, not %s", cell.Type().Name)
		}
		As[Cell](cell).V = Obj(ty)
		ty.Dict.DelStr(Intern("__classcell__"))
	}
	// __new__ is implicitly a staticmethod, __init_subclass__ and
	// __class_getitem__ implicitly classmethods.
	if f, ok := ty.Dict.GetStr(Intern("__new__")); ok && f.Type() == FunctionType {
		ty.Dict.SetStr(Intern("__new__"), Obj(&Wrapper{Header{StaticMethodType}, f}))
	}
	for _, n := range []string{"__init_subclass__", "__class_getitem__"} {
		if f, ok := ty.Dict.GetStr(Intern(n)); ok && f.Type() == FunctionType {
			ty.Dict.SetStr(Intern(n), Obj(&Wrapper{Header{ClassMethodType}, f}))
		}
	}
	// __eq__ without __hash__ makes instances unhashable.
	if _, ok := ty.Dict.GetStr(Intern("__eq__")); ok {
		if _, ok := ty.Dict.GetStr(Intern("__hash__")); !ok {
			ty.Dict.SetStr(Intern("__hash__"), None)
		}
	}
	ty.MRO = computeMRO(ty)
	if ty.MRO == nil {
		return Null, Errorf(ExcTypeError, "Cannot create a consistent method resolution\norder (MRO) for bases %s", mroConflictNames(bs))
	}
	for _, b := range bs {
		if b.Flags&FlagException != 0 {
			ty.Base = b
			break
		}
	}
	// The instance layout comes from the base with a builtin ("solid")
	// layout, as CPython's best_base: a plain mixin listed first must not
	// make instances plain objects when another base is e.g. io.BytesIO.
	if solidBase(ty.Base) == ObjectType {
		for _, b := range bs {
			if solidBase(b) != ObjectType {
				ty.Base = b
				break
			}
		}
	}
	inheritSlots(ty, ty.Base)
	if ty.Base == ObjectType || ty.Base.Flags&FlagHasAttrs != 0 {
		ty.Flags |= FlagHasAttrs
	} else if ty.Flags&FlagNoDict == 0 {
		ty.Flags |= FlagSideAttrs
	}
	ty.RootMap = newRootMap()
	ty.Version = nextTypeVersion()
	for _, b := range bs {
		b.subs = append(b.subs, ty)
	}
	updateSlots(ty)
	if err := customMRO(t, meta, ty); err != nil {
		return Null, err
	}
	// __set_name__ on descriptors, then the parent's __init_subclass__.
	var pending [][2]Value
	ty.Dict.Items(func(k, v Value) bool {
		pending = append(pending, [2]Value{k, v})
		return true
	})
	for _, kv := range pending {
		if f := kv[1].Type().LookupString("__set_name__"); !f.IsNull() {
			if _, err := callAttr(t, f, kv[1], Obj(ty), kv[0]); err != nil {
				kn, _ := StrString(t, kv[0])
				re := Errorf(ExcRuntimeError, "Error calling __set_name__ on '%s' instance '%s' in '%s'", kv[1].Type().Name, kn, ty.Name)
				re.Cause, re.Context, re.SuppressContext = Obj(err), Obj(err), true
				return Null, re
			}
		}
	}
	if err := callInitSubclass(t, ty, kwvals, kwnames); err != nil {
		return Null, err
	}
	return Obj(ty), nil
}

// customMRO calls a metaclass's own mro() (type.mro is the C3
// linearisation already computed) and installs its result as __mro__.
func customMRO(t *Thread, meta *Type, ty *Type) *BaseException {
	if meta == TypeType {
		return nil
	}
	m := meta.LookupString("mro")
	if m.IsNull() {
		return nil
	}
	if def, ok := TypeType.Dict.GetStr(Intern("mro")); ok && m.Is(def) {
		return nil
	}
	r, err := callAttr(t, m, Obj(ty))
	if err != nil {
		return err
	}
	items, err := IterToSlice(t, r)
	if err != nil {
		return err
	}
	mro := make([]*Type, 0, len(items))
	for _, it := range items {
		if !it.IsInstance(TypeType) {
			return Errorf(ExcTypeError, "mro() returned a non-class ('%s')", it.Type().Name)
		}
		b := As[Type](it)
		if !solidBase(ty.Base).IsSubtype(solidBase(b)) {
			return Errorf(ExcTypeError, "mro() returned base with unsuitable layout ('%s')", b.Name)
		}
		mro = append(mro, b)
	}
	ty.MRO = mro
	ty.Version = nextTypeVersion()
	updateSlots(ty)
	return nil
}

// addSlotWrappers exposes a builtin type's own slots as dunder methods.
func addSlotWrappers(ty *Type) {
	add := func(name string, fn BuiltinFn) {
		if _, ok := ty.Dict.GetStr(Intern(name)); !ok {
			ty.AddMethod(name, fn)
		}
	}
	if ty.Repr != nil {
		f := ty.Repr
		add("__repr__", func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *BaseException) { return f(t, self) })
	}
	if ty.Str != nil {
		f := ty.Str
		add("__str__", func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *BaseException) { return f(t, self) })
	}
	if ty.Hash != nil && reflect.ValueOf(ty.Hash).Pointer() == reflect.ValueOf(unhashable).Pointer() {
		// Unhashable builtins (list, dict, set, ...) carry __hash__ = None
		// in their dict, as CPython's do; collections.abc.Hashable relies on it.
		if _, ok := ty.Dict.GetStr(Intern("__hash__")); !ok {
			ty.Dict.SetStr(Intern("__hash__"), None)
		}
	} else if ty.Hash != nil {
		f := ty.Hash
		add("__hash__", func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *BaseException) {
			h, err := f(t, self)
			return Int(h), err
		})
	}
	if ty.RichCompare != nil {
		f := ty.RichCompare
		for op := CmpLt; op <= CmpGe; op++ {
			op := op
			add(cmpDunders[op], func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *BaseException) {
				if err := CheckArgs(cmpDunders[op], args, kw, 1, 1); err != nil {
					return Null, err
				}
				return f(t, self, args[0], op)
			})
		}
	}
	for op := BinOp(0); op < NumBinOps; op++ {
		if f := ty.NB[op]; f != nil {
			add("__"+binOpNames[op]+"__", func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *BaseException) {
				if err := wrapperArgs(op, args, kw); err != nil {
					return Null, err
				}
				return f(t, self, args[0])
			})
			add("__r"+binOpNames[op]+"__", func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *BaseException) {
				if err := wrapperArgs(op, args, kw); err != nil {
					return Null, err
				}
				return f(t, args[0], self)
			})
		}
		if f := ty.INB[op]; f != nil && ty.Flags&FlagHeapType == 0 {
			name := "__i" + binOpNames[op] + "__"
			add(name, func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *BaseException) {
				if err := CheckArgs(name, args, kw, 1, 1); err != nil {
					return Null, err
				}
				return f(t, self, args[0])
			})
		}
	}
	if ty.Len != nil {
		f := ty.Len
		add("__len__", func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *BaseException) {
			n, err := f(t, self)
			return Int(int64(n)), err
		})
	}
	if ty.GetItem != nil {
		f := ty.GetItem
		add("__getitem__", func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *BaseException) {
			if err := CheckArgs("__getitem__", args, kw, 1, 1); err != nil {
				return Null, err
			}
			return f(t, self, args[0])
		})
	}
	if ty.SetItem != nil {
		f := ty.SetItem
		add("__setitem__", func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *BaseException) {
			if err := CheckArgs("__setitem__", args, kw, 2, 2); err != nil {
				return Null, err
			}
			return None, f(t, self, args[0], args[1])
		})
		add("__delitem__", func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *BaseException) {
			if err := CheckArgs("__delitem__", args, kw, 1, 1); err != nil {
				return Null, err
			}
			return None, f(t, self, args[0], Null)
		})
	}
	for _, u := range []struct {
		name string
		f    func(t *Thread, v Value) (Value, *BaseException)
	}{{"__neg__", ty.Neg}, {"__pos__", ty.Pos}, {"__abs__", ty.Abs}, {"__invert__", ty.Invert}, {"__int__", ty.Int}, {"__float__", ty.Float}} {
		if f := u.f; f != nil && ty.Flags&FlagHeapType == 0 {
			name := u.name
			add(name, func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *BaseException) {
				if err := CheckArgs(name, args, kw, 0, 0); err != nil {
					return Null, err
				}
				return f(t, self)
			})
		}
	}
	if ty.Bool != nil && ty.Flags&FlagHeapType == 0 {
		f := ty.Bool
		add("__bool__", func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *BaseException) {
			if err := CheckArgs("__bool__", args, kw, 0, 0); err != nil {
				return Null, err
			}
			b, err := f(t, self)
			return Bool(b), err
		})
	}
	if ty.Contains != nil {
		f := ty.Contains
		add("__contains__", func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *BaseException) {
			if err := CheckArgs("__contains__", args, kw, 1, 1); err != nil {
				return Null, err
			}
			b, err := f(t, self, args[0])
			return Bool(b), err
		})
	}
	if ty.Iter != nil {
		f := ty.Iter
		add("__iter__", func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *BaseException) { return f(t, self) })
	}
	if ty.Next != nil {
		f := ty.Next
		add("__next__", func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *BaseException) {
			r, err := f(t, self)
			if err == nil && r.IsNull() {
				return Null, NewException(ExcStopIteration)
			}
			return r, err
		})
	}
	if ty.GetAttr != nil {
		f := ty.GetAttr
		add("__getattribute__", func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *BaseException) {
			if err := CheckArgs("__getattribute__", args, kw, 1, 1); err != nil {
				return Null, err
			}
			if !args[0].IsInstance(StrType) {
				return Null, Errorf(ExcTypeError, "attribute name must be string, not '%s'", args[0].Type().Name)
			}
			return f(t, self, InternStr(As[Str](args[0])))
		})
	}
	if ty.SetAttr != nil {
		f := ty.SetAttr
		add("__setattr__", func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *BaseException) {
			if err := CheckArgs("__setattr__", args, kw, 2, 2); err != nil {
				return Null, err
			}
			if !args[0].IsInstance(StrType) {
				return Null, Errorf(ExcTypeError, "attribute name must be string, not '%s'", args[0].Type().Name)
			}
			return None, f(t, self, InternStr(As[Str](args[0])), args[1])
		})
		add("__delattr__", func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *BaseException) {
			if err := CheckArgs("__delattr__", args, kw, 1, 1); err != nil {
				return Null, err
			}
			if !args[0].IsInstance(StrType) {
				return Null, Errorf(ExcTypeError, "attribute name must be string, not '%s'", args[0].Type().Name)
			}
			return None, f(t, self, InternStr(As[Str](args[0])), Null)
		})
	}
	for _, u := range []struct {
		name string
		f    UnaryFunc
	}{{"__neg__", ty.Neg}, {"__pos__", ty.Pos}, {"__invert__", ty.Invert}, {"__abs__", ty.Abs},
		{"__int__", ty.Int}, {"__float__", ty.Float}, {"__index__", ty.Index}} {
		if u.f == nil {
			continue
		}
		f, name := u.f, u.name
		add(name, func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *BaseException) {
			if err := CheckArgs(name, args, kw, 0, 0); err != nil {
				return Null, err
			}
			return f(t, self)
		})
	}
	if ty.Bool != nil {
		f := ty.Bool
		add("__bool__", func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *BaseException) {
			b, err := f(t, self)
			return Bool(b), err
		})
	}
	for op := BinOp(0); op < NumBinOps; op++ {
		if f := ty.INB[op]; f != nil {
			name := "__i" + binOpNames[op] + "__"
			add(name, func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *BaseException) {
				if err := CheckArgs(name, args, kw, 1, 1); err != nil {
					return Null, err
				}
				return f(t, self, args[0])
			})
		}
	}
	if ty.DescrGet != nil {
		f := ty.DescrGet
		add("__get__", func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *BaseException) {
			if err := CheckArgs("__get__", args, kw, 1, 2); err != nil {
				return Null, err
			}
			obj := args[0]
			var typ *Type
			if len(args) > 1 && args[1].IsInstance(TypeType) {
				typ = As[Type](args[1])
			}
			if obj.IsNone() {
				if typ == nil {
					return Null, Errorf(ExcTypeError, "__get__(None, None) is invalid")
				}
				obj = Null
			}
			if typ == nil {
				typ = obj.Type()
			}
			return f(t, self, obj, typ)
		})
	}
	if ty.DescrSet != nil {
		f := ty.DescrSet
		add("__set__", func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *BaseException) {
			if err := CheckArgs("__set__", args, kw, 2, 2); err != nil {
				return Null, err
			}
			return None, f(t, self, args[0], args[1])
		})
		add("__delete__", func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *BaseException) {
			if err := CheckArgs("__delete__", args, kw, 1, 1); err != nil {
				return Null, err
			}
			return None, f(t, self, args[0], Null)
		})
	}
	if ty.Call != nil {
		f := ty.Call
		add("__call__", func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *BaseException) {
			return f(t, self, args, kw)
		})
	}
	if ty.Init != nil {
		f := ty.Init
		add("__init__", func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *BaseException) {
			return None, f(t, self, args, kw)
		})
	}
	if ty == ObjectType {
		noop := &BuiltinFunction{Header: Header{BuiltinFunctionType}, Name: "__init_subclass__", Owner: ty,
			Fn: func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *BaseException) {
				if kw.Len() > 0 && len(args) > 0 && args[0].IsInstance(TypeType) {
					return Null, Errorf(ExcTypeError, "%s.__init_subclass__() takes no keyword arguments", As[Type](args[0]).Name)
				}
				return None, nil
			}}
		ty.SetAttrString("__init_subclass__", Obj(&Wrapper{Header{ClassMethodType}, Obj(noop)}))
		add("__init__", func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *BaseException) {
			if len(args) > 0 {
				// CPython's rule: excess arguments are an error when the
				// class overrides __init__, or overrides neither method.
				typ := self.Type()
				if !lookupUser(typ, "__init__").IsNull() {
					return Null, Errorf(ExcTypeError, "object.__init__() takes exactly one argument (the instance to initialize)")
				}
				if lookupUser(typ, "__new__").IsNull() && (typ.New == nil || isObjectNew(typ.New)) {
					return Null, Errorf(ExcTypeError, "%s.__init__() takes exactly one argument (the instance to initialize)", typ.Name)
				}
			}
			return None, nil
		})
	}
	if ty.New != nil {
		f := ty.New
		nf := &BuiltinFunction{Header: Header{BuiltinFunctionType}, Name: "__new__", Owner: ty,
			Fn: func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *BaseException) {
				if len(args) == 0 {
					return Null, Errorf(ExcTypeError, "%s.__new__(): not enough arguments", ty.Name)
				}
				if !args[0].IsInstance(TypeType) {
					return Null, Errorf(ExcTypeError, "%s.__new__(X): X is not a type object (%s)", ty.Name, args[0].Type().Name)
				}
				sub := As[Type](args[0])
				if !sub.IsSubtype(ty) {
					return Null, Errorf(ExcTypeError, "%s.__new__(%s): %s is not a subtype of %s", ty.Name, sub.Name, sub.Name, ty.Name)
				}
				// CPython's tp_new_wrapper safety check: the builtin base of
				// sub must not have a __new__ of its own (int.__new__(bool)).
				if sb := solidBase(sub); sb != nil && sb != ty && sb.Dict != nil {
					if own, ok := sb.Dict.GetStr(Intern("__new__")); ok && own.Type() == StaticMethodType {
						if w := As[Wrapper](own).Func; w.Type() == BuiltinFunctionType && As[BuiltinFunction](w).Owner == sb {
							return Null, Errorf(ExcTypeError, "%s.__new__(%s) is not safe, use %s.__new__()", ty.Name, sub.Name, sb.Name)
						}
					}
				}
				return f(t, sub, args[1:], kw)
			}}
		if _, ok := ty.Dict.GetStr(Intern("__new__")); !ok {
			ty.SetAttrString("__new__", Obj(&Wrapper{Header{StaticMethodType}, Obj(nf)}))
		}
	}
}

var (
	dunderInit    = Intern("__init__")
	dunderGetItem = Intern("__getitem__")
	dunderNext    = Intern("__next__")
	dunderLen     = Intern("__len__")
	cmpDunderStrs = [...]*Str{Intern("__lt__"), Intern("__le__"), Intern("__eq__"), Intern("__ne__"), Intern("__gt__"), Intern("__ge__")}
)
