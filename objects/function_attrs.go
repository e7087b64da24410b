package objects

import "fmt"

// Function and code attributes beyond the basics in function.go:
// __kwdefaults__, __annotations__, __closure__, __dict__, assignment of
// the writable ones, and the co_* attributes of code objects.

func funcGetAttrFull(t *Thread, v Value, name *Str) (Value, *BaseException) {
	f := As[Function](v)
	switch name.S {
	case "__kwdefaults__":
		if f.KwDefaults == nil {
			return None, nil
		}
		return Obj(f.KwDefaults), nil
	case "__annotations__":
		if f.Annotations.IsNull() {
			f.Annotations = Obj(NewDict())
		}
		return f.Annotations, nil
	case "__closure__":
		if len(f.Closure) == 0 {
			return None, nil
		}
		items := make([]Value, len(f.Closure))
		for i, c := range f.Closure {
			items[i] = Obj(c)
		}
		return NewTupleValue(items), nil
	case "__dict__":
		return Obj(f.Attrs.ToDict()), nil
	case "__builtins__":
		return Obj(f.Builtins), nil
	}
	return funcGetAttr(t, v, name)
}

func funcSetAttr(t *Thread, v Value, name *Str, val Value) *BaseException {
	f := As[Function](v)
	str := func() (string, *BaseException) {
		if val.IsNull() || !val.IsInstance(StrType) {
			return "", Errorf(ExcTypeError, "%s must be set to a string object", name.S)
		}
		return As[Str](val).S, nil
	}
	var err *BaseException
	switch name.S {
	case "__name__":
		f.Name, err = str()
		return err
	case "__qualname__":
		f.Qualname, err = str()
		return err
	case "__doc__":
		f.Doc = val
		if val.IsNull() {
			f.Doc = None
		}
		return nil
	case "__module__":
		f.Module = val
		if val.IsNull() {
			f.Module = None
		}
		return nil
	case "__defaults__":
		if val.IsNull() || val.IsNone() {
			f.Defaults = nil
			return nil
		}
		if val.Type() != TupleType {
			return Errorf(ExcTypeError, "__defaults__ must be set to a tuple object")
		}
		f.Defaults = As[Tuple](val).Items
		return nil
	case "__kwdefaults__":
		if val.IsNull() || val.IsNone() {
			f.KwDefaults = nil
			return nil
		}
		if !val.IsInstance(DictType) {
			return Errorf(ExcTypeError, "__kwdefaults__ must be set to a dict object")
		}
		f.KwDefaults = As[Dict](val)
		return nil
	case "__annotations__":
		if val.IsNull() || val.IsNone() {
			f.Annotations = Null
			return nil
		}
		if !val.IsInstance(DictType) {
			return Errorf(ExcTypeError, "__annotations__ must be set to a dict object")
		}
		f.Annotations = val
		return nil
	case "__code__":
		if val.IsNull() || val.Type() != CodeType {
			return Errorf(ExcTypeError, "__code__ must be set to a code object")
		}
		c := As[Code](val)
		if len(c.Freevars) != len(f.Closure) {
			return Errorf(ExcValueError, "%s() requires a code object with %d free vars, not %d", f.Name, len(f.Closure), len(c.Freevars))
		}
		f.Code = c
		return nil
	case "__dict__":
		if val.IsNull() {
			return Errorf(ExcTypeError, "cannot delete __dict__")
		}
		if !val.IsInstance(DictType) {
			return Errorf(ExcTypeError, "__dict__ must be set to a dictionary, not a '%s'", val.Type().Name)
		}
		f.Attrs.SetDict(As[Dict](val))
		return nil
	case "__closure__", "__globals__", "__builtins__":
		return Errorf(ExcAttributeError, "readonly attribute")
	}
	return GenericSetAttr(t, v, name, val)
}

// CPython's co_flags bits.
const (
	coOptimized         = 0x1
	coNewLocals         = 0x2
	coVarargs           = 0x4
	coVarkeywords       = 0x8
	coNested            = 0x10
	coGenerator         = 0x20
	coCoroutine         = 0x80
	coIterableCoroutine = 0x100
	coAsyncGenerator    = 0x200
	codeHasDocFlag      = CodeFlags(1 << 20)
	codeHasAnnotations  = CodeFlags(1 << 23)
	codeFlagsForCPython = CodeVarargs | CodeVarkeywords | CodeGenerator | CodeCoroutine | CodeNested | CodeAsyncGenerator | CodeIterableCoroutine
	_                   = codeHasDocFlag
	_                   = codeHasAnnotations
	_                   = codeFlagsForCPython
)

// CPythonFlags returns co_flags as CPython numbers them.
func (c *Code) CPythonFlags() int64 {
	var f int64
	if c.Flags&CodeModule == 0 {
		f |= coOptimized | coNewLocals
	}
	if c.Flags&CodeVarargs != 0 {
		f |= coVarargs
	}
	if c.Flags&CodeVarkeywords != 0 {
		f |= coVarkeywords
	}
	if c.Flags&CodeNested != 0 {
		f |= coNested
	}
	switch {
	case c.Flags&CodeCoroutine != 0:
		f |= coCoroutine
	case c.Flags&CodeAsyncGenerator != 0:
		f |= coAsyncGenerator
	case c.Flags&CodeGenerator != 0:
		f |= coGenerator
	}
	if c.Flags&CodeIterableCoroutine != 0 {
		f |= coIterableCoroutine
	}
	return f
}

func strTuple(names []string) Value {
	items := make([]Value, len(names))
	for i, n := range names {
		items[i] = NewStrValue(n)
	}
	return NewTupleValue(items)
}

func codeGetAttrFull(t *Thread, v Value, name *Str) (Value, *BaseException) {
	c := As[Code](v)
	switch name.S {
	case "co_flags":
		return Int(c.CPythonFlags()), nil
	case "co_posonlyargcount":
		return Int(int64(c.PosOnlyCount)), nil
	case "co_kwonlyargcount":
		return Int(int64(c.KwOnlyCount)), nil
	case "co_nlocals":
		return Int(int64(c.NumLocals)), nil
	case "co_freevars":
		return strTuple(c.Freevars), nil
	case "co_cellvars":
		return strTuple(c.Cellvars), nil
	case "co_names":
		items := make([]Value, len(c.Names))
		for i, n := range c.Names {
			items[i] = Obj(n)
		}
		return NewTupleValue(items), nil
	case "co_consts":
		var items []Value
		for _, k := range c.Consts {
			items = append(items, k)
		}
		return NewTupleValue(items), nil
	case "co_stacksize":
		return Int(int64(c.NumRegs)), nil
	case "co_code":
		return NewBytes(nil), nil
	}
	return codeGetAttrBase(t, v, name)
}

var codeGetAttrBase GetAttrFunc

func init() {
	FunctionType.GetAttr = funcGetAttrFull
	FunctionType.SetAttr = funcSetAttr
	codeGetAttrBase = CodeType.GetAttr
	CodeType.GetAttr = codeGetAttrFull
	CodeType.AddMethod("replace", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		if len(args) != kwnames.Len() {
			return Null, Errorf(ExcTypeError, "replace() takes no positional arguments")
		}
		nc := *As[Code](self)
		for i, k := range kwnames.Items {
			v := args[i]
			switch As[Str](k).S {
			case "co_flags":
				n, ok := IntToInt64(v)
				if !ok {
					return Null, Errorf(ExcTypeError, "co_flags must be an int")
				}
				nc.Flags &^= codeFlagsForCPython
				if n&coVarargs != 0 {
					nc.Flags |= CodeVarargs
				}
				if n&coVarkeywords != 0 {
					nc.Flags |= CodeVarkeywords
				}
				if n&coNested != 0 {
					nc.Flags |= CodeNested
				}
				if n&coGenerator != 0 {
					nc.Flags |= CodeGenerator
				}
				if n&coCoroutine != 0 {
					nc.Flags |= CodeGenerator | CodeCoroutine
				}
				if n&coAsyncGenerator != 0 {
					nc.Flags |= CodeGenerator | CodeAsyncGenerator
				}
				if n&coIterableCoroutine != 0 {
					nc.Flags |= CodeIterableCoroutine
				}
			case "co_name":
				if !v.IsInstance(StrType) {
					return Null, Errorf(ExcTypeError, "co_name must be a str")
				}
				nc.Name = As[Str](v).S
			case "co_qualname":
				if !v.IsInstance(StrType) {
					return Null, Errorf(ExcTypeError, "co_qualname must be a str")
				}
				nc.Qualname = As[Str](v).S
			case "co_filename":
				if !v.IsInstance(StrType) {
					return Null, Errorf(ExcTypeError, "co_filename must be a str")
				}
				nc.Filename = As[Str](v).S
			case "co_firstlineno":
				n, _ := IntToInt64(v)
				nc.FirstLine = int(n)
			default:
				return Null, Errorf(ExcTypeError, "replace() got an unexpected keyword argument '%s'", As[Str](k).S)
			}
		}
		return Obj(&nc), nil
	})
}

func init() {
	CellType.GetAttr = func(t *Thread, v Value, name *Str) (Value, *BaseException) {
		if name.S == "cell_contents" {
			c := As[Cell](v)
			if c.V.IsNull() {
				return Null, Errorf(ExcValueError, "Cell is empty")
			}
			return c.V, nil
		}
		return GenericGetAttr(t, v, name)
	}
	CellType.SetAttr = func(t *Thread, v Value, name *Str, val Value) *BaseException {
		if name.S == "cell_contents" {
			As[Cell](v).V = val
			return nil
		}
		return GenericSetAttr(t, v, name, val)
	}
	CellType.Repr = func(t *Thread, v Value) (Value, *BaseException) {
		c := As[Cell](v)
		if c.V.IsNull() {
			return NewStrValue("<cell at " + ptrString(v) + ": empty>"), nil
		}
		return NewStrValue("<cell at " + ptrString(v) + ": " + c.V.Type().Name + " object at " + ptrString(c.V) + ">"), nil
	}
}

func ptrString(v Value) string { return fmt.Sprintf("%p", v.p) }

// GetSetDescrType is the type of computed attributes of builtin types
// (function.__code__, ...), served by the owner's GetAttr/SetAttr slots.
var GetSetDescrType = builtinType("getset_descriptor", nil, 0)

func addViaDescrs(owner *Type, typ *Type, names ...string) {
	for _, n := range names {
		owner.Dict.SetStr(Intern(n), Obj(&MemberDescr{Header: Header{typ}, Name: Intern(n), Owner: owner, Via: true}))
	}
}

func init() {
	g := GetSetDescrType
	g.DescrGet = func(t *Thread, descr, obj Value, typ *Type) (Value, *BaseException) {
		return MemberDescrType.DescrGet(t, descr, obj, typ)
	}
	g.DescrSet = func(t *Thread, descr, obj, val Value) *BaseException {
		return MemberDescrType.DescrSet(t, descr, obj, val)
	}
	g.Repr = func(t *Thread, v Value) (Value, *BaseException) {
		d := As[MemberDescr](v)
		return NewStrValue("<attribute '" + d.Name.S + "' of '" + d.Owner.Name + "' objects>"), nil
	}
	g.GetAttr = func(t *Thread, v Value, name *Str) (Value, *BaseException) {
		return MemberDescrType.GetAttr(t, v, name)
	}
	if FunctionType.Dict == nil {
		FunctionType.Dict = NewDict()
	}
	addViaDescrs(FunctionType, GetSetDescrType, "__code__", "__defaults__", "__kwdefaults__", "__annotations__", "__dict__", "__name__", "__qualname__")
	addViaDescrs(FunctionType, MemberDescrType, "__globals__", "__closure__", "__builtins__")
}

func wrapperGetAttr(t *Thread, v Value, name *Str) (Value, *BaseException) {
	w := As[Wrapper](v)
	switch name.S {
	case "__func__", "__wrapped__":
		return w.Func, nil
	case "__isabstractmethod__":
		if r, err := GetAttr(t, w.Func, name); err == nil {
			return r, nil
		}
		return False, nil
	case "__name__", "__qualname__", "__doc__", "__module__", "__annotations__":
		return GetAttr(t, w.Func, name)
	}
	return GenericGetAttr(t, v, name)
}

func init() {
	for _, ty := range []*Type{StaticMethodType, ClassMethodType} {
		ty := ty
		ty.GetAttr = wrapperGetAttr
		ty.Repr = func(t *Thread, v Value) (Value, *BaseException) {
			s, err := ReprString(t, As[Wrapper](v).Func)
			if err != nil {
				return Null, err
			}
			return NewStrValue("<" + ty.Name + "(" + s + ")>"), nil
		}
	}
	StaticMethodType.Call = func(t *Thread, callable Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		return CallValue(t, As[Wrapper](callable).Func, args, kwnames)
	}
	ClassMethodType.DescrGet = func(t *Thread, descr, obj Value, typ *Type) (Value, *BaseException) {
		if typ == nil {
			typ = obj.Type()
		}
		f := As[Wrapper](descr).Func
		// 3.9-3.12: a wrapped descriptor (classmethod(property(...)))
		// is bound through its own __get__, with the class as both the
		// instance and the owner (CPython's cm_descr_get).
		if ft := f.Type(); ft != FunctionType && ft.DescrGet != nil {
			return ft.DescrGet(t, f, Obj(typ), typ)
		}
		return NewMethod(f, Obj(typ)), nil
	}
}

func init() {
	CodeType.AddMethod("co_positions", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		c := As[Code](self)
		items := make([]Value, len(c.Positions))
		opt := func(n int32, ok bool) Value {
			if !ok {
				return None
			}
			return Int(int64(n))
		}
		for i, p := range c.Positions {
			ok := p.Line > 0
			items[i] = NewTupleValue([]Value{opt(p.Line, ok), opt(p.EndLine, ok && p.EndLine > 0), opt(p.Col, ok && p.EndLine > 0), opt(p.EndCol, ok && p.EndLine > 0)})
		}
		return GetIter(t, NewTupleValue(items))
	})
	CodeType.AddMethod("co_lines", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		c := As[Code](self)
		var items []Value
		start := 0
		for i := 1; i <= len(c.Positions); i++ {
			if i == len(c.Positions) || c.Positions[i].Line != c.Positions[start].Line {
				line := Value(None)
				if l := c.Positions[start].Line; l > 0 {
					line = Int(int64(l))
				}
				items = append(items, NewTupleValue([]Value{Int(int64(2 * start)), Int(int64(2 * i)), line}))
				start = i
			}
		}
		return GetIter(t, NewTupleValue(items))
	})
}

func init() {
	// staticmethod and classmethod objects have a __dict__ (3.10+:
	// functools.wraps copies attributes onto them); theirs lives in the
	// side table
	for _, ty := range []*Type{StaticMethodType, ClassMethodType} {
		ty.Flags |= FlagSideAttrs
		if ty.RootMap == nil {
			ty.RootMap = newRootMap()
		}
	}
}
