package vm

import (
	"taipan/objects"
)

func unboundLocal(code *objects.Code, r int) *Exc {
	return objects.Errorf(objects.ExcUnboundLocalError, "cannot access local variable '%s' where it is not associated with a value", code.Varnames[r])
}

func unboundDeref(code *objects.Code, r int) *Exc {
	i := r - code.NumLocals
	if i < len(code.Cellvars) {
		return objects.Errorf(objects.ExcUnboundLocalError, "cannot access local variable '%s' where it is not associated with a value", code.Cellvars[i])
	}
	return objects.Errorf(objects.ExcNameError, "cannot access free variable '%s' where it is not associated with a value in enclosing scope", code.Freevars[i-len(code.Cellvars)])
}

func makeFunction(parent *objects.Function, codeV Value, regs []Value) Value {
	var cells []Value
	if cl := regs[2]; !cl.IsNull() {
		cells = objects.As[objects.Tuple](cl).Items
	}
	return makeFunctionCells(parent, codeV, regs, cells)
}

// makeFunctionCells is MAKE_FUNCTION with the closure's cells given
// (regs[2] is not read).
func makeFunctionCells(parent *objects.Function, codeV Value, regs []Value, cells []Value) Value {
	code := objects.As[objects.Code](codeV)
	f := allocFunction(len(cells))
	f.Code, f.Globals, f.Builtins, f.Name, f.Qualname = code, parent.Globals, parent.Builtins, code.Name, code.Qualname
	f.SetType(objects.FunctionType)
	if d := regs[0]; !d.IsNull() {
		f.Defaults = objects.As[objects.Tuple](d).Items
	}
	if kd := regs[1]; !kd.IsNull() {
		f.KwDefaults = objects.As[objects.Dict](kd)
	}
	for i, c := range cells {
		f.Closure[i] = objects.As[objects.Cell](c)
	}
	if m, ok := parent.Globals.GetStr(dunderName); ok {
		f.Module = m
	}
	if code.Flags&(1<<23) != 0 {
		f.Annotations = regs[3]
	}
	if code.Flags&(1<<20) != 0 && len(code.Consts) > 0 {
		f.Doc = code.Consts[0]
	}
	return objects.Obj(f)
}

// makeRaise builds the exception for `raise exc [from cause]`.
func makeRaise(t *objects.Thread, exc Value, causeReg uint16, regs []Value) *Exc {
	e, err := toException(t, exc, "exceptions must derive from BaseException")
	if err != nil {
		return err
	}
	if causeReg != 0xFFFF {
		cause := regs[causeReg]
		if cause.IsNone() {
			e.Cause = null
		} else {
			c, err := toException(t, cause, "exception causes must derive from BaseException")
			if err != nil {
				return err
			}
			e.Cause = objects.Obj(c)
		}
		e.SuppressContext = true
	}
	return e
}

func toException(t *objects.Thread, v Value, msg string) (*Exc, *Exc) {
	if v.IsInstance(objects.TypeType) && objects.As[objects.Type](v).IsSubtype(objects.ExcBaseException) {
		r, err := objects.CallValue(t, v, nil, nil)
		if err != nil {
			return nil, err
		}
		if !r.IsInstance(objects.ExcBaseException) {
			return nil, objects.Errorf(objects.ExcTypeError, "calling %s should have returned an instance of BaseException, not %s", objects.As[objects.Type](v).Name, r.Type().Name)
		}
		return objects.As[objects.BaseException](r), nil
	}
	if v.IsInstance(objects.ExcBaseException) {
		return objects.As[objects.BaseException](v), nil
	}
	return nil, objects.Errorf(objects.ExcTypeError, "%s", msg)
}

func excMatches(exc, typ Value) (bool, *Exc) {
	check := func(c Value) (bool, *Exc) {
		if !c.IsInstance(objects.TypeType) || !objects.As[objects.Type](c).IsSubtype(objects.ExcBaseException) {
			return false, objects.Errorf(objects.ExcTypeError, "catching classes that do not inherit from BaseException is not allowed")
		}
		return exc.Type().IsSubtype(objects.As[objects.Type](c)), nil
	}
	if typ.Type() == objects.TupleType {
		for _, c := range objects.As[objects.Tuple](typ).Items {
			m, err := check(c)
			if err != nil || m {
				return m, err
			}
		}
		return false, nil
	}
	return check(typ)
}

// unpack stores the items of v into regs[dst:]; star < 0 means exactly
// n items, else n items before the starred target and after items after.
func unpack(t *objects.Thread, v Value, regs []Value, dst, n, after int) *Exc {
	var items []Value
	switch v.Type() {
	case objects.TupleType:
		items = objects.As[objects.Tuple](v).Items
	case objects.ListType:
		items = objects.As[objects.List](v).Items
	default:
		it, err := objects.GetIter(t, v)
		if err != nil {
			if err.Matches(objects.ExcTypeError) {
				return objects.Errorf(objects.ExcTypeError, "cannot unpack non-iterable %s object", v.Type().Name)
			}
			return err
		}
		for {
			x, err := objects.Next(t, it)
			if err != nil {
				return err
			}
			if x.IsNull() {
				break
			}
			items = append(items, x)
			if after < 0 && len(items) > n {
				break
			}
		}
	}
	if after < 0 {
		if len(items) < n {
			return objects.Errorf(objects.ExcValueError, "not enough values to unpack (expected %d, got %d)", n, len(items))
		}
		if len(items) > n {
			return objects.Errorf(objects.ExcValueError, "too many values to unpack (expected %d)", n)
		}
		copy(regs[dst:dst+n], items)
		return nil
	}
	if len(items) < n+after {
		return objects.Errorf(objects.ExcValueError, "not enough values to unpack (expected at least %d, got %d)", n+after, len(items))
	}
	copy(regs[dst:dst+n], items[:n])
	mid := objects.AllocList(len(items) - after - n)
	copy(mid.Items, items[n:len(items)-after])
	regs[dst+n] = objects.Obj(mid)
	copy(regs[dst+n+1:dst+n+1+after], items[len(items)-after:])
	return nil
}

var strEnter, strExit = objects.Intern("__enter__"), objects.Intern("__exit__")

func beforeWith(t *objects.Thread, mgr Value, out []Value) *Exc {
	typ := mgr.Type()
	enter := typ.Lookup(strEnter)
	exit := typ.Lookup(strExit)
	if enter.IsNull() {
		return objects.Errorf(objects.ExcTypeError, "'%s' object does not support the context manager protocol", typ.Name)
	}
	if exit.IsNull() {
		return objects.Errorf(objects.ExcTypeError, "'%s' object does not support the context manager protocol (missed __exit__ method)", typ.Name)
	}
	ex, err := bindTo(t, exit, mgr, typ)
	if err != nil {
		return err
	}
	var r Value
	if enter.Type() == objects.FunctionType {
		// a Python __enter__: called with the manager, no bound method
		self := [1]Value{mgr}
		r, err = callPython(t, objects.As[objects.Function](enter), self[:], nil, nil)
	} else {
		var en Value
		if en, err = bindTo(t, enter, mgr, typ); err != nil {
			return err
		}
		r, err = objects.CallValue(t, en, nil, nil)
	}
	if err != nil {
		return err
	}
	out[0], out[1] = ex, r
	return nil
}

// bindTo is f.__get__(obj, typ) when f is a descriptor, else f.
func bindTo(t *objects.Thread, f, obj Value, typ *objects.Type) (Value, *Exc) {
	if f.Type() == objects.FunctionType {
		return objects.NewMethod(f, obj), nil
	}
	if dg := f.Type().DescrGet; dg != nil {
		return dg(t, f, obj, typ)
	}
	return f, nil
}

// funcDesc names a callable in argument errors, as CPython's
// _PyObject_FunctionStr: "qualname()".
func funcDesc(f Value) string {
	switch f.Type() {
	case objects.FunctionType:
		fn := objects.As[objects.Function](f)
		if !fn.Module.IsNull() && fn.Module.Type() == objects.StrType {
			if m := objects.As[objects.Str](fn.Module).S; m != "builtins" {
				return m + "." + fn.Qualname + "()"
			}
		}
		return fn.Qualname + "()"
	case objects.BuiltinFunctionType:
		return objects.As[objects.BuiltinFunction](f).Name + "()"
	case objects.TypeType:
		return objects.As[objects.Type](f).Qualname + "()"
	}
	return f.Type().Name + " object"
}

// loadGlobalSubclass is LOAD_GLOBAL when the globals are a dict subclass:
// globals[name] through its __getitem__/__missing__, then the builtins.
func loadGlobalSubclass(t *objects.Thread, globals, builtins *objects.Dict, name *objects.Str) (Value, *Exc) {
	v, err := objects.GetItem(t, objects.Obj(globals), objects.Obj(name))
	if err == nil {
		return v, nil
	}
	if !err.Matches(objects.ExcKeyError) {
		return null, err
	}
	if i := builtins.FindStr(name); i >= 0 {
		return builtins.EntryValue(i), nil
	}
	return null, objects.NewNameError(name)
}
