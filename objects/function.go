package objects

import (
	"fmt"
	"strings"
)

// FunctionType is the type of Python functions. Its Call slot is set by
// the vm package (the eval loop lives there).
var FunctionType = builtinType("function", nil, FlagHasAttrs)

// Function is a Python function: code plus the environment it runs in.
type Function struct {
	Header
	Attrs
	Code       *Code
	Globals    *Dict
	Builtins   *Dict
	Name       string
	Qualname   string
	Defaults   []Value
	KwDefaults *Dict
	Closure    []*Cell
	Doc        Value
	Module     Value
	// Annotations is the __annotations__ dict (Null until needed).
	Annotations Value
}

// CellType is the type of closure cells.
var CellType = builtinType("cell", nil, 0)

// Cell holds a variable shared between a function and its closures.
type Cell struct {
	Header
	V Value // Null when empty
}

// NewCell returns a cell holding v.
func NewCell(v Value) *Cell { return &Cell{Header: Header{CellType}, V: v} }

// MethodType is the type of bound methods.
var MethodType = builtinType("method", nil, 0)

// Method is a function bound to an instance.
type Method struct {
	Header
	Func Value
	Self Value
}

// NewMethod binds f to self.
func NewMethod(f, self Value) Value { return Obj(&Method{Header{MethodType}, f, self}) }

// BuiltinFn is the Go signature of builtin functions and methods: self is
// the bound object (Null for plain functions); args holds the positional
// arguments followed by the values of the keyword arguments named in
// kwnames (nil when there are none).
type BuiltinFn func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException)

// BuiltinFunctionType is `builtin_function_or_method`; MethodDescrType
// is the unbound method of a builtin type (`method_descriptor`).
var (
	BuiltinFunctionType = builtinType("builtin_function_or_method", nil, 0)
	MethodDescrType     = builtinType("method_descriptor", nil, 0)
)

// BuiltinFunction is a Go function callable from Python.
type BuiltinFunction struct {
	Header
	Name   string
	Fn     BuiltinFn
	Self   Value
	Owner  *Type
	Module string
}

// NewBuiltin returns a builtin function value.
func NewBuiltin(name string, fn BuiltinFn) Value {
	return Obj(&BuiltinFunction{Header: Header{BuiltinFunctionType}, Name: name, Fn: fn, Module: "builtins"})
}

// Callable types that change how a class attribute binds.
var (
	StaticMethodType = builtinType("staticmethod", nil, FlagBaseType)
	ClassMethodType  = builtinType("classmethod", nil, FlagBaseType)
	PropertyType     = builtinType("property", nil, FlagBaseType)
)

// Wrapper holds the callable of a staticmethod or classmethod.
type Wrapper struct {
	Header
	Func Value
}

// Property is a property object.
type Property struct {
	Header
	Get, Set, Del, Doc Value
	Name               Value // from __set_name__ (Null until then)
}

func funcRepr(t *Thread, v Value) (Value, *BaseException) {
	f := As[Function](v)
	return NewStrValue(fmt.Sprintf("<function %s at %p>", f.Qualname, v.p)), nil
}

func funcDescrGet(t *Thread, descr, obj Value, typ *Type) (Value, *BaseException) {
	if obj.IsNull() {
		return descr, nil
	}
	return NewMethod(descr, obj), nil
}

func funcGetAttr(t *Thread, v Value, name *Str) (Value, *BaseException) {
	f := As[Function](v)
	switch name.S {
	case "__name__":
		// interned: f.__name__ is f.__name__, as CPython keeps the object
		return Obj(Intern(f.Name)), nil
	case "__qualname__":
		return Obj(Intern(f.Qualname)), nil
	case "__code__":
		return Obj(f.Code), nil
	case "__globals__":
		return Obj(f.Globals), nil
	case "__doc__":
		if f.Doc.IsNull() {
			return None, nil
		}
		return f.Doc, nil
	case "__module__":
		if f.Module.IsNull() {
			return None, nil
		}
		return f.Module, nil
	case "__defaults__":
		if f.Defaults == nil {
			return None, nil
		}
		return NewTupleValue(f.Defaults), nil
	}
	return GenericGetAttr(t, v, name)
}

func methodCall(t *Thread, callable Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
	m := As[Method](callable)
	full, mark := t.PushArgs(m.Self, args)
	r, err := CallValue(t, m.Func, full, kwnames)
	t.PopArgs(full, mark)
	return r, err
}

func builtinCall(t *Thread, callable Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
	b := As[BuiltinFunction](callable)
	return b.Fn(t, b.Self, args, kwnames)
}

func methodDescrCall(t *Thread, callable Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
	b := As[BuiltinFunction](callable)
	if len(args) == 0 {
		return Null, Errorf(ExcTypeError, "unbound method %s.%s() needs an argument", b.Owner.Name, b.Name)
	}
	if !args[0].IsInstance(b.Owner) {
		if len(b.Name) > 4 && strings.HasPrefix(b.Name, "__") && strings.HasSuffix(b.Name, "__") {
			// slot wrappers word it differently
			return Null, Errorf(ExcTypeError, "descriptor '%s' requires a '%s' object but received a '%s'", b.Name, b.Owner.Name, args[0].Type().Name)
		}
		return Null, Errorf(ExcTypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", b.Name, b.Owner.Name, args[0].Type().Name)
	}
	return b.Fn(t, args[0], args[1:], kwnames)
}

func methodDescrGet(t *Thread, descr, obj Value, typ *Type) (Value, *BaseException) {
	if obj.IsNull() {
		return descr, nil
	}
	b := As[BuiltinFunction](descr)
	return Obj(&BuiltinFunction{Header: Header{BuiltinFunctionType}, Name: b.Name, Fn: b.Fn, Self: obj, Owner: b.Owner}), nil
}

func wrapperNew(t *Thread, typ *Type, args []Value, kwnames *Tuple) (Value, *BaseException) {
	if len(args) != 1 || kwnames != nil {
		return Null, Errorf(ExcTypeError, "%s expected 1 argument, got %d", typ.Name, len(args))
	}
	return Obj(&Wrapper{Header{typ}, args[0]}), nil
}

func propertyGet(t *Thread, descr, obj Value, typ *Type) (Value, *BaseException) {
	if obj.IsNull() {
		return descr, nil
	}
	p := As[Property](descr)
	if p.Get.IsNull() || p.Get.IsNone() {
		return Null, propertyError(p, obj, "getter")
	}
	return CallValue(t, p.Get, []Value{obj}, nil)
}

func propertySet(t *Thread, descr, obj, val Value) *BaseException {
	p := As[Property](descr)
	if val.IsNull() {
		if p.Del.IsNull() || p.Del.IsNone() {
			return propertyError(p, obj, "deleter")
		}
		_, err := CallValue(t, p.Del, []Value{obj}, nil)
		return err
	}
	if p.Set.IsNull() || p.Set.IsNone() {
		return propertyError(p, obj, "setter")
	}
	_, err := CallValue(t, p.Set, []Value{obj, val}, nil)
	return err
}

func init() {
	FunctionType.Repr = funcRepr
	FunctionType.DescrGet = funcDescrGet
	FunctionType.GetAttr = funcGetAttr
	FunctionType.Hash = identityHash
	MethodType.Call = methodCall
	MethodType.Repr = func(t *Thread, v Value) (Value, *BaseException) {
		m := As[Method](v)
		name := "?"
		if ft := m.Func.Type(); (ft == BuiltinFunctionType || ft == MethodDescrType) && !m.Self.IsNull() {
			// a builtin bound to an object (dict.fromkeys is bound to dict):
			// CPython shows a builtin method
			return NewStrValue(fmt.Sprintf("<built-in method %s of %s object at %p>", As[BuiltinFunction](m.Func).Name, m.Self.Type().Name, m.Self.p)), nil
		}
		if m.Func.Type() == FunctionType {
			name = As[Function](m.Func).Qualname
		} else {
			// the callable's __qualname__, else __name__, else "?"
			for _, attr := range []string{"__qualname__", "__name__"} {
				n, err := GetAttrString(t, m.Func, attr)
				if err != nil {
					if !err.Matches(ExcAttributeError) {
						return Null, err
					}
					continue
				}
				if n.IsInstance(StrType) {
					name = As[Str](n).S
					break
				}
			}
		}
		r, err := ReprString(t, m.Self)
		if err != nil {
			return Null, err
		}
		return NewStrValue("<bound method " + name + " of " + r + ">"), nil
	}
	MethodType.GetAttr = func(t *Thread, v Value, name *Str) (Value, *BaseException) {
		m := As[Method](v)
		switch name.S {
		case "__self__":
			return m.Self, nil
		case "__func__":
			return m.Func, nil
		case "__class__":
			// the method type's own (isinstance falls back to __class__)
			return Obj(v.Type()), nil
		case "__call__":
			// the method's own slot wrapper, not the function's
			if d := MethodType.Lookup(name); !d.IsNull() && d.Type().DescrGet != nil {
				return d.Type().DescrGet(t, d, v, MethodType)
			}
		}
		return GetAttr(t, m.Func, name)
	}
	BuiltinFunctionType.Call = builtinCall
	BuiltinFunctionType.GetAttr = func(t *Thread, v Value, name *Str) (Value, *BaseException) {
		b := As[BuiltinFunction](v)
		switch name.S {
		case "__name__":
			return NewStrValue(b.Name), nil
		case "__qualname__":
			if b.Owner != nil {
				return NewStrValue(b.Owner.Name + "." + b.Name), nil
			}
			return NewStrValue(b.Name), nil
		case "__self__":
			if b.Self.IsNull() {
				return None, nil
			}
			return b.Self, nil
		case "__module__":
			if b.Module == "" || !b.Self.IsNull() {
				return None, nil
			}
			return NewStrValue(b.Module), nil
		}
		return GenericGetAttr(t, v, name)
	}
	// __reduce__: a module-level builtin pickles as its qualified name
	// (found again through __module__); a bound one as getattr(self, name).
	BuiltinFunctionType.AddMethod("__reduce__", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		if err := NoArgs("__reduce__", args, kwnames); err != nil {
			return Null, err
		}
		b := As[BuiltinFunction](self)
		if b.Self.IsNull() || b.Self.Type() == ModuleType {
			if b.Owner != nil {
				return NewStrValue(b.Owner.Name + "." + b.Name), nil
			}
			return NewStrValue(b.Name), nil
		}
		bi, err := builtinsGetattr(t)
		if err != nil {
			return Null, err
		}
		return NewTupleValue([]Value{bi, NewTupleValue([]Value{b.Self, NewStrValue(b.Name)})}), nil
	})
	BuiltinFunctionType.Repr = func(t *Thread, v Value) (Value, *BaseException) {
		b := As[BuiltinFunction](v)
		if b.Self.IsNull() {
			return NewStrValue("<built-in function " + b.Name + ">"), nil
		}
		return NewStrValue(fmt.Sprintf("<built-in method %s of %s object at %p>", b.Name, b.Self.Type().Name, b.Self.p)), nil
	}
	// a method descriptor pickles as getattr(owner, name)
	MethodDescrType.AddMethod("__reduce__", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		if err := NoArgs("__reduce__", args, kwnames); err != nil {
			return Null, err
		}
		b := As[BuiltinFunction](self)
		if b.Owner == nil {
			return Null, Errorf(ExcTypeError, "cannot pickle '%s' object", self.Type().Name)
		}
		bi, err := builtinsGetattr(t)
		if err != nil {
			return Null, err
		}
		return NewTupleValue([]Value{bi, NewTupleValue([]Value{Obj(b.Owner), NewStrValue(b.Name)})}), nil
	})
	MethodDescrType.Call = methodDescrCall
	MethodDescrType.DescrGet = methodDescrGet
	MethodDescrType.Repr = func(t *Thread, v Value) (Value, *BaseException) {
		b := As[BuiltinFunction](v)
		return NewStrValue("<method '" + b.Name + "' of '" + b.Owner.Name + "' objects>"), nil
	}
	StaticMethodType.New = wrapperNew
	StaticMethodType.DescrGet = func(t *Thread, descr, obj Value, typ *Type) (Value, *BaseException) {
		return As[Wrapper](descr).Func, nil
	}
	ClassMethodType.New = wrapperNew
	PropertyType.New = func(t *Thread, typ *Type, args []Value, kwnames *Tuple) (Value, *BaseException) {
		p := &Property{Header: Header{typ}, Get: None, Set: None, Del: None, Doc: None}
		pos, kw := SplitArgs(args, kwnames)
		fields := []*Value{&p.Get, &p.Set, &p.Del, &p.Doc}
		for i, a := range pos {
			if i < 4 {
				*fields[i] = a
			}
		}
		for i, a := range kw {
			switch As[Str](kwnames.Items[i]).S {
			case "fget":
				p.Get = a
			case "fset":
				p.Set = a
			case "fdel":
				p.Del = a
			case "doc":
				p.Doc = a
			}
		}
		if typ != PropertyType && !heapHasDict(t, typ) && p.Doc.IsNone() && !p.Get.IsNone() {
			// a subclass stores the getter's docstring as an instance
			// attribute, which a __slots__ subclass cannot hold
			if d, err := GetAttrString(t, p.Get, "__doc__"); err == nil && !d.IsNone() {
				return Null, Errorf(ExcAttributeError, "'%s' object attribute '__doc__' is read-only", typ.Name)
			}
		}
		return Obj(p), nil
	}
	PropertyType.DescrGet = propertyGet
	PropertyType.DescrSet = propertySet
	setter := func(name string, field func(p *Property) *Value) {
		PropertyType.AddMethod(name, func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
			if err := CheckArgs(name, args, kwnames, 1, 1); err != nil {
				return Null, err
			}
			p := *As[Property](self)
			*field(&p) = args[0]
			return Obj(&p), nil
		})
	}
	setter("getter", func(p *Property) *Value { return &p.Get })
	setter("setter", func(p *Property) *Value { return &p.Set })
	setter("deleter", func(p *Property) *Value { return &p.Del })
}

// heapHasDict reports whether instances of class typ have a __dict__:
// false when every class statement in its MRO declares __slots__ without
// "__dict__".
func heapHasDict(t *Thread, typ *Type) bool {
	for _, c := range typ.MRO {
		if !c.IsHeapType() {
			continue
		}
		sl, ok := c.Dict.GetStr(Intern("__slots__"))
		if !ok {
			return true
		}
		if sl.IsInstance(StrType) {
			if As[Str](sl).S == "__dict__" {
				return true
			}
			continue
		}
		items, err := IterToSlice(t, sl)
		if err != nil {
			return true
		}
		for _, it := range items {
			if it.IsInstance(StrType) && As[Str](it).S == "__dict__" {
				return true
			}
		}
	}
	return false
}

// builtinsGetattr returns builtins.getattr (for __reduce__ results).
func builtinsGetattr(t *Thread) (Value, *BaseException) {
	if ImportModule == nil {
		return Null, Errorf(ExcSystemError, "import machinery not initialised")
	}
	m, err := ImportModule(t, "builtins")
	if err != nil {
		return Null, err
	}
	return GetAttrString(t, m, "getattr")
}
