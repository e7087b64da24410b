package objects

import (
	"sync/atomic"
	"unsafe"
)

// Slot function shapes. Every slot takes the calling thread first: Go
// has no thread-local storage, and any slot may run Python code.
type (
	UnaryFunc   func(t *Thread, v Value) (Value, *BaseException)
	BinaryFunc  func(t *Thread, a, b Value) (Value, *BaseException)
	CallFunc    func(t *Thread, callable Value, args []Value, kwnames *Tuple) (Value, *BaseException)
	NewFunc     func(t *Thread, typ *Type, args []Value, kwnames *Tuple) (Value, *BaseException)
	InitFunc    func(t *Thread, self Value, args []Value, kwnames *Tuple) *BaseException
	HashFunc    func(t *Thread, v Value) (int64, *BaseException)
	CompareFunc func(t *Thread, a, b Value, op CompareOp) (Value, *BaseException)
	BoolFunc    func(t *Thread, v Value) (bool, *BaseException)
	LenFunc     func(t *Thread, v Value) (int, *BaseException)
	GetAttrFunc func(t *Thread, v Value, name *Str) (Value, *BaseException)
	SetAttrFunc func(t *Thread, v Value, name *Str, val Value) *BaseException
	SetItemFunc func(t *Thread, o, k, v Value) *BaseException
	ContainsFn  func(t *Thread, o, v Value) (bool, *BaseException)
	DescrGetFn  func(t *Thread, descr, obj Value, typ *Type) (Value, *BaseException)
	DescrSetFn  func(t *Thread, descr, obj, val Value) *BaseException
)

// BinOp numbers the binary operators; the order is syntax.Operator's, so
// the compiler passes the AST operator through unchanged.
type BinOp uint8

// Binary operators.
const (
	OpAdd BinOp = iota
	OpSub
	OpMul
	OpMatMul
	OpTrueDiv
	OpMod
	OpPow
	OpLShift
	OpRShift
	OpOr
	OpXor
	OpAnd
	OpFloorDiv
	NumBinOps
)

var binOpSymbols = [NumBinOps]string{"+", "-", "*", "@", "/", "%", "**", "<<", ">>", "|", "^", "&", "//"}
var binOpNames = [NumBinOps]string{"add", "sub", "mul", "matmul", "truediv", "mod", "pow", "lshift", "rshift", "or", "xor", "and", "floordiv"}

// Symbol returns the operator's source spelling.
func (o BinOp) Symbol() string { return binOpSymbols[o] }

// CompareOp numbers rich comparisons in CPython's order.
type CompareOp uint8

// Rich comparison operators.
const (
	CmpLt CompareOp = iota
	CmpLe
	CmpEq
	CmpNe
	CmpGt
	CmpGe
)

var cmpSymbols = [...]string{"<", "<=", "==", "!=", ">", ">="}
var cmpDunders = [...]string{"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"}
var cmpSwapped = [...]CompareOp{CmpGt, CmpGe, CmpEq, CmpNe, CmpLt, CmpLe}

// Symbol returns the operator's source spelling.
func (o CompareOp) Symbol() string { return cmpSymbols[o] }

// TypeFlags are properties of a type.
type TypeFlags uint32

// Type flags.
const (
	FlagBaseType  TypeFlags = 1 << iota // may be subclassed
	FlagHeapType                        // created by a class statement
	FlagHasAttrs                        // instances begin with Header, Attrs
	FlagException                       // instances are *BaseException
)

// Type is a Python type object. Slots are Go function pointers filled for
// builtin types and synthesised from __dunder__ methods for classes (see
// slots.go). Version changes whenever the type or one of its bases is
// mutated; inline caches guard on it.
type Type struct {
	Header
	Name     string
	Qualname string
	Module   string
	Base     *Type
	Bases    []*Type
	MRO      []*Type
	Dict     *Dict
	Flags    TypeFlags
	Version  uint32
	RootMap  *Map // the empty attribute map of instances (FlagHasAttrs)
	subs     []*Type
	userNB   uint32 // binary number slots that call Python dunders (one slot for both operand orders)
	Doc      string
	finished bool

	Repr, Str   UnaryFunc
	Hash        HashFunc
	RichCompare CompareFunc
	Bool        BoolFunc
	Len         LenFunc
	NB          [NumBinOps]BinaryFunc // binary number slots (both operand orders)
	INB         [NumBinOps]BinaryFunc // in-place number slots (nil: use NB)
	Neg, Pos    UnaryFunc
	Invert, Abs UnaryFunc
	Int, Float  UnaryFunc
	Index       UnaryFunc
	GetAttr     GetAttrFunc
	SetAttr     SetAttrFunc
	GetItem     BinaryFunc
	SetItem     SetItemFunc // v Null means delete
	Contains    ContainsFn
	Iter        UnaryFunc
	Next        UnaryFunc // returns Null, nil when exhausted
	Call        CallFunc
	New         NewFunc
	Init        InitFunc
	DescrGet    DescrGetFn
	DescrSet    DescrSetFn // val Null means delete
}

var typeVersionCounter atomic.Uint32

func nextTypeVersion() uint32 { return typeVersionCounter.Add(1) }

// newBuiltinType declares a builtin type. Slots are filled by each type's
// init function; finishType computes MRO and inherits slots.
func newBuiltinType(name string, base *Type, flags TypeFlags) *Type {
	t := &Type{Name: name, Qualname: name, Module: "builtins", Base: base, Flags: flags}
	if base != nil {
		t.Bases = []*Type{base}
	}
	return t
}

// allBuiltinTypes collects the builtin types for finishing at init.
var allBuiltinTypes []*Type

func builtinType(name string, base *Type, flags TypeFlags) *Type {
	t := newBuiltinType(name, base, flags)
	allBuiltinTypes = append(allBuiltinTypes, t)
	return t
}

// TypeType is `type`; ObjectType is `object`.
var (
	TypeType   = builtinType("type", nil, FlagBaseType)
	ObjectType = builtinType("object", nil, FlagBaseType)
)

// finishBuiltinTypes runs after every type file's init: it fixes up the
// header, computes MROs, inherits slots and creates type dicts.
func finishBuiltinTypes() {
	for _, t := range allBuiltinTypes {
		finishType(t)
	}
}

func finishType(t *Type) {
	if t.finished {
		return
	}
	t.finished = true
	if t.Base != nil {
		finishType(t.Base)
	} else if t != ObjectType {
		finishType(ObjectType)
	}
	t.typ = TypeType
	if t != ObjectType && t.Base == nil {
		t.Base = ObjectType
		t.Bases = []*Type{ObjectType}
	}
	if t.Dict == nil {
		t.Dict = NewDict()
	}
	addSlotWrappers(t)
	t.MRO = computeMRO(t)
	if t.Base != nil {
		inheritSlots(t, t.Base)
		t.Base.subs = append(t.Base.subs, t)
	}
	t.Version = nextTypeVersion()
	if t.Flags&FlagHasAttrs != 0 && t.RootMap == nil {
		t.RootMap = newRootMap()
	}
}

// inheritSlots copies every slot t does not define from base.
func inheritSlots(t, b *Type) {
	if t.Repr == nil {
		t.Repr = b.Repr
	}
	if t.Str == nil {
		t.Str = b.Str
	}
	if t.Hash == nil && t.RichCompare == nil {
		t.Hash = b.Hash
	}
	if t.RichCompare == nil {
		t.RichCompare = b.RichCompare
	}
	if t.Bool == nil {
		t.Bool = b.Bool
	}
	if t.Len == nil {
		t.Len = b.Len
	}
	for i := range t.NB {
		if t.NB[i] == nil {
			t.NB[i] = b.NB[i]
		}
		if t.INB[i] == nil {
			t.INB[i] = b.INB[i]
		}
	}
	inh := func(dst *UnaryFunc, src UnaryFunc) {
		if *dst == nil {
			*dst = src
		}
	}
	inh(&t.Neg, b.Neg)
	inh(&t.Pos, b.Pos)
	inh(&t.Invert, b.Invert)
	inh(&t.Abs, b.Abs)
	inh(&t.Int, b.Int)
	inh(&t.Float, b.Float)
	inh(&t.Index, b.Index)
	inh(&t.Iter, b.Iter)
	inh(&t.Next, b.Next)
	if t.GetAttr == nil {
		t.GetAttr = b.GetAttr
	}
	if t.SetAttr == nil {
		t.SetAttr = b.SetAttr
	}
	if t.GetItem == nil {
		t.GetItem = b.GetItem
	}
	if t.SetItem == nil {
		t.SetItem = b.SetItem
	}
	if t.Contains == nil {
		t.Contains = b.Contains
	}
	if t.Call == nil {
		t.Call = b.Call
	}
	if t.New == nil {
		t.New = b.New
	}
	if t.Init == nil {
		t.Init = b.Init
	}
	if t.DescrGet == nil {
		t.DescrGet = b.DescrGet
	}
	if t.DescrSet == nil {
		t.DescrSet = b.DescrSet
	}
	if b.Flags&FlagHasAttrs != 0 {
		t.Flags |= FlagHasAttrs
	}
	if b.Flags&FlagException != 0 {
		t.Flags |= FlagException
	}
}

// computeMRO is the C3 linearisation.
func computeMRO(t *Type) []*Type {
	if len(t.Bases) == 0 {
		return []*Type{t}
	}
	if len(t.Bases) == 1 {
		return append([]*Type{t}, t.Bases[0].MRO...)
	}
	var seqs [][]*Type
	for _, b := range t.Bases {
		seqs = append(seqs, append([]*Type(nil), b.MRO...))
	}
	seqs = append(seqs, append([]*Type(nil), t.Bases...))
	res := []*Type{t}
	for {
		empty := true
		for _, s := range seqs {
			if len(s) > 0 {
				empty = false
			}
		}
		if empty {
			return res
		}
		var cand *Type
		for _, s := range seqs {
			if len(s) == 0 {
				continue
			}
			c := s[0]
			ok := true
			for _, s2 := range seqs {
				for _, x := range s2[min(1, len(s2)):] {
					if x == c {
						ok = false
					}
				}
			}
			if ok {
				cand = c
				break
			}
		}
		if cand == nil {
			return nil // inconsistent; caller reports
		}
		res = append(res, cand)
		for i, s := range seqs {
			if len(s) > 0 && s[0] == cand {
				seqs[i] = s[1:]
			}
		}
	}
}

// IsSubtype reports whether t is b or derives from it.
func (t *Type) IsSubtype(b *Type) bool {
	if t == b {
		return true
	}
	for _, m := range t.MRO {
		if m == b {
			return true
		}
	}
	return false
}

// lookupCache is a global direct-mapped cache of type attribute lookups
// keyed by (type version, name pointer), as CPython's method cache.
// Versions are unique per type and change on mutation, so entries never
// need invalidation. (Not yet safe for free threading: entries are
// written without synchronisation.)
var lookupCache [4096]struct {
	version uint32
	name    *Str
	value   Value
}

// Lookup finds name along the MRO without invoking descriptors; Null if
// absent.
func (t *Type) Lookup(name *Str) Value {
	if t.Version == 0 {
		return t.lookupSlow(name)
	}
	h := (uintptr(t.Version)*2654435761 ^ uintptr(unsafe.Pointer(name))>>4) & uintptr(len(lookupCache)-1)
	e := &lookupCache[h]
	if e.version == t.Version && e.name == name {
		return e.value
	}
	v := t.lookupSlow(name)
	e.version, e.name, e.value = t.Version, name, v
	return v
}

func (t *Type) lookupSlow(name *Str) Value {
	for _, m := range t.MRO {
		if v, ok := m.Dict.GetStr(name); ok {
			return v
		}
	}
	return Null
}

// LookupString is Lookup for a Go string.
func (t *Type) LookupString(name string) Value {
	h := hashString(name)
	for _, m := range t.MRO {
		if i := m.Dict.findString(name, h); i >= 0 {
			return m.Dict.entries[i].val
		}
	}
	return Null
}

// Modified bumps the version tag of t and all its subclasses; every
// inline cache keyed on them misses from now on.
func (t *Type) Modified() {
	t.Version = nextTypeVersion()
	for _, s := range t.subs {
		s.Modified()
	}
}

// SetAttrString stores a value in the type dict (builtin setup).
func (t *Type) SetAttrString(name string, v Value) {
	if t.Dict == nil {
		t.Dict = NewDict()
	}
	t.Dict.SetStr(Intern(name), v)
}

// IsHeapType reports whether t was created by a class statement.
func (t *Type) IsHeapType() bool { return t.Flags&FlagHeapType != 0 }

// AddMethod adds a builtin method to the type dict.
func (t *Type) AddMethod(name string, fn BuiltinFn) {
	if t.Dict == nil {
		t.Dict = NewDict()
	}
	t.SetAttrString(name, Obj(&BuiltinFunction{Header: Header{MethodDescrType}, Name: name, Fn: fn, Owner: t}))
}

// ---- the type type ----

func typeRepr(t *Thread, v Value) (Value, *BaseException) {
	ty := As[Type](v)
	if ty.Module == "builtins" || ty.Module == "" {
		return NewStrValue("<class '" + ty.Qualname + "'>"), nil
	}
	return NewStrValue("<class '" + ty.Module + "." + ty.Qualname + "'>"), nil
}

// typeCall is type.__call__: type(x), or instantiation.
func typeCall(t *Thread, callable Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
	ty := As[Type](callable)
	if ty == TypeType {
		if len(args) == 1 && kwnames == nil {
			return Obj(args[0].Type()), nil
		}
		if pos, _ := SplitArgs(args, kwnames); len(pos) == 3 {
			// type(name, bases, ns): type.__new__ (which defers to the
			// most derived metaclass of the bases), then that class's
			// __init__.
			obj, err := typeNew(t, TypeType, args, kwnames)
			if err != nil {
				return Null, err
			}
			if it := obj.Type(); it != TypeType && it.Init != nil && obj.IsInstance(TypeType) {
				if err := it.Init(t, obj, args, kwnames); err != nil {
					return Null, err
				}
			}
			return obj, nil
		}
		return Null, Errorf(ExcTypeError, "type() takes 1 or 3 arguments")
	}
	if ty.New == nil {
		return Null, Errorf(ExcTypeError, "cannot create '%s' instances", ty.Name)
	}
	obj, err := ty.New(t, ty, args, kwnames)
	if err != nil {
		return Null, err
	}
	if ot := obj.Type(); ot.IsSubtype(ty) && ot.Init != nil {
		// the __init__ of the object's own type (a subclass when __new__
		// returned one), as CPython's type_call
		if err := ot.Init(t, obj, args, kwnames); err != nil {
			return Null, err
		}
	}
	return obj, nil
}

// typeGetAttr looks names up on a type: metatype data descriptors, the
// type's own MRO (binding descriptors with obj Null), then the metatype.
func typeGetAttr(t *Thread, v Value, name *Str) (Value, *BaseException) {
	ty := As[Type](v)
	meta := v.Type()
	switch name.S {
	case "__name__", "__qualname__", "__mro__", "__bases__", "__base__", "__dict__":
		// data descriptors of type itself: they win over the class dict
		if meta == TypeType {
			return typeSpecialAttr(ty, name.S), nil
		}
	}
	mattr := meta.Lookup(name)
	if !mattr.IsNull() {
		mt := mattr.Type()
		if mt.DescrGet != nil && mt.DescrSet != nil {
			return mt.DescrGet(t, mattr, v, meta)
		}
	}
	attr := ty.Lookup(name)
	if !attr.IsNull() {
		at := attr.Type()
		if at.DescrGet != nil {
			return at.DescrGet(t, attr, Null, ty)
		}
		return attr, nil
	}
	if !mattr.IsNull() {
		mt := mattr.Type()
		if mt.DescrGet != nil {
			return mt.DescrGet(t, mattr, v, meta)
		}
		return mattr, nil
	}
	switch name.S {
	case "__name__":
		return NewStrValue(ty.Name), nil
	case "__qualname__":
		return NewStrValue(ty.Qualname), nil
	case "__module__":
		return NewStrValue(ty.Module), nil
	case "__mro__":
		items := make([]Value, len(ty.MRO))
		for i, m := range ty.MRO {
			items[i] = Obj(m)
		}
		return NewTupleValue(items), nil
	case "__bases__":
		items := make([]Value, len(ty.Bases))
		for i, m := range ty.Bases {
			items[i] = Obj(m)
		}
		return NewTupleValue(items), nil
	case "__class__":
		return Obj(meta), nil
	case "__flags__":
		return Int(cpythonTypeFlags(ty)), nil
	case "__base__":
		if ty.Base == nil {
			return None, nil
		}
		return Obj(ty.Base), nil
	case "__dict__":
		return NewMappingProxy(Obj(ty.Dict)), nil
	case "__annotations__":
		// type.__annotations__ (3.10+): the class's own, created empty on
		// first access for classes; builtin types have none.
		if v, ok := ty.Dict.GetStr(name); ok {
			if dg := v.Type().DescrGet; dg != nil {
				return dg(t, v, Null, ty)
			}
			return v, nil
		}
		if ty.IsHeapType() {
			d := Obj(NewDict())
			ty.Dict.SetStr(name, d)
			ty.Modified()
			return d, nil
		}
	case "__doc__":
		if ty.Doc == "" {
			return None, nil
		}
		return NewStrValue(ty.Doc), nil
	}
	return Null, withNameObj(Errorf(ExcAttributeError, "type object '%s' has no attribute '%s'", ty.Name, name.S), v, name)
}

func typeSetAttr(t *Thread, v Value, name *Str, val Value) *BaseException {
	ty := As[Type](v)
	// A data descriptor of the metaclass (a property on a Python
	// metaclass) wins, as in object.__setattr__.
	if meta := v.Type(); meta != TypeType {
		if d := meta.Lookup(name); !d.IsNull() && d.Type().DescrSet != nil {
			return d.Type().DescrSet(t, d, v, val)
		}
	}
	switch name.S {
	case "__name__", "__qualname__":
		// Data descriptors of type: they change the type's name, not its dict.
		if !ty.IsHeapType() {
			return Errorf(ExcTypeError, "cannot set '%s' attribute of immutable type '%s'", name.S, ty.Name)
		}
		if val.IsNull() {
			return Errorf(ExcTypeError, "cannot delete '%s' attribute of immutable type '%s'", name.S, ty.Name)
		}
		if !val.IsInstance(StrType) {
			return Errorf(ExcTypeError, "can only assign string to %s.%s, not '%s'", ty.Name, name.S, val.Type().Name)
		}
		if name.S == "__name__" {
			ty.Name = As[Str](val).S
		} else {
			ty.Qualname = As[Str](val).S
		}
		ty.Modified()
		return nil
	}
	if !ty.IsHeapType() {
		return Errorf(ExcTypeError, "cannot set '%s' attribute of immutable type '%s'", name.S, ty.Name)
	}
	if name.S == "__name__" || name.S == "__qualname__" {
		if val.IsNull() {
			return Errorf(ExcTypeError, "cannot delete '%s' attribute of immutable type '%s'", name.S, ty.Name)
		}
		if !val.IsInstance(StrType) {
			return Errorf(ExcTypeError, "can only assign string to %s.%s, not '%s'", ty.Name, name.S, val.Type().Name)
		}
		if name.S == "__name__" {
			ty.Name = As[Str](val).S
		} else {
			ty.Qualname = As[Str](val).S
		}
		return nil
	}
	if val.IsNull() {
		if _, ok := ty.Dict.GetStr(name); !ok {
			return Errorf(ExcAttributeError, "type object '%s' has no attribute '%s'", ty.Name, name.S)
		}
		ty.Dict.DelStr(name)
	} else {
		ty.Dict.SetStr(name, val)
	}
	if name.S == "__abstractmethods__" {
		noteAbstractMethods(t, ty, val)
	}
	ty.Modified()
	if isDunder(name.S) {
		updateSlots(ty)
	}
	return nil
}

// typeNew is type.__new__(meta, name, bases, namespace).
func typeNew(t *Thread, meta *Type, args []Value, kwnames *Tuple) (Value, *BaseException) {
	pos, kw := SplitArgs(args, kwnames)
	if len(pos) == 1 && meta == TypeType {
		return Obj(pos[0].Type()), nil
	}
	if len(pos) != 3 {
		return Null, Errorf(ExcTypeError, "type.__new__() takes exactly 3 arguments (%d given)", len(pos))
	}
	winner := meta
	if pos[1].Type() == TupleType {
		for _, b := range As[Tuple](pos[1]).Items {
			bm := b.Type()
			if !b.IsInstance(TypeType) && !bm.LookupString("__mro_entries__").IsNull() {
				return Null, Errorf(ExcTypeError, "type() doesn't support MRO entry resolution; use types.new_class()")
			}
			switch {
			case winner.IsSubtype(bm):
			case bm.IsSubtype(winner):
				winner = bm
			default:
				return Null, Errorf(ExcTypeError, "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases")
			}
		}
	}
	if winner != meta && winner.New != nil && !winner.LookupString("__new__").Is(TypeType.LookupString("__new__")) {
		return winner.New(t, winner, args, kwnames)
	}
	return NewClassKw(t, winner, pos[0], pos[1], pos[2], kw, kwnames)
}

func init() {
	TypeType.New = typeNew
	TypeType.Repr = typeRepr
	TypeType.Call = typeCall
	TypeType.GetAttr = typeGetAttr
	TypeType.SetAttr = typeSetAttr
	TypeType.Hash = identityHash
}

// cpythonTypeFlags is type.__flags__ with CPython's Py_TPFLAGS_* bits for
// what Taipan's types share with CPython's (copyreg tests HEAPTYPE).
func cpythonTypeFlags(ty *Type) int64 {
	var f int64 = 1 << 12 // READY
	if ty.IsHeapType() {
		f |= 1 << 9 // HEAPTYPE
	} else {
		f |= 1 << 8 // IMMUTABLETYPE
	}
	if ty.Flags&FlagBaseType != 0 {
		f |= 1 << 10
	}
	if ty.Flags&FlagIsAbstract != 0 {
		f |= 1 << 20
	}
	for _, sub := range []struct {
		t   *Type
		bit uint
	}{{IntType, 24}, {ListType, 25}, {TupleType, 26}, {BytesType, 27}, {StrType, 28}, {DictType, 29}, {ExcBaseException, 30}, {TypeType, 31}} {
		if ty.IsSubtype(sub.t) {
			f |= 1 << sub.bit
		}
	}
	return f
}
