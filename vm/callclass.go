package vm

import (
	"taipan/objects"
)

var (
	dunderNew      = objects.Intern("__new__")
	dunderInitName = objects.Intern("__init__")
	objectNewAttr  objects.Value // object.__new__, looked up on first use
)

// callClass instantiates a class called by CALL when the class is a plain
// Python class: metatype `type`, instances created by object.__new__ with
// attribute storage, and __init__ a Python function. The instance is
// written over the callee register (a temporary), so regs[b:b+1+n] is
// the argument list of __init__ without any copying. The CALL's cache
// holds (class, version) -> __init__. ok is false when the generic call
// must run.
func callClass(t *objects.Thread, c *objects.InlineCache, regs []Value, b, n int, kwnames *objects.Tuple) (Value, bool, *Exc) {
	ty := objects.As[objects.Type](regs[b])
	if c.Type != ty || c.Version != ty.Version || ty.Version == 0 {
		if c.Counter >= maxDespecialise || !cacheClassInit(c, ty) {
			return null, false, nil
		}
	}
	self := objects.Obj(objects.NewInstance(ty))
	regs[b] = self
	r, err := callPython(t, objects.As[objects.Function](c.Value), regs[b:b+1+n], kwnames, nil)
	if err != nil {
		return null, true, err
	}
	if !r.IsNone() {
		return null, true, objects.Errorf(objects.ExcTypeError, "__init__() should return None, not '%s'", r.Type().Name)
	}
	return self, true, nil
}

// cacheClassInit fills c for class ty if its instantiation can take the
// fast path.
func cacheClassInit(c *objects.InlineCache, ty *objects.Type) bool {
	c.Counter++
	if ty.Version == 0 || ty.Flags&objects.FlagHasAttrs == 0 || ty.New == nil || ty.Init == nil {
		return false
	}
	if objectNewAttr.IsNull() {
		objectNewAttr = objects.ObjectType.Lookup(dunderNew)
	}
	if nw := ty.Lookup(dunderNew); nw.IsNull() || !nw.Is(objectNewAttr) {
		return false
	}
	init := ty.Lookup(dunderInitName)
	if init.IsNull() || init.Type() != objects.FunctionType {
		return false
	}
	c.Type, c.Version, c.Value, c.Counter = ty, ty.Version, init, 0
	return true
}

// callBuiltinType handles list(x) and tuple(x) of an exact list or tuple
// with one allocation (the generic path allocates the object, then the
// copy of the items); ok is false otherwise.
func callBuiltinType(ty *objects.Type, args []Value, kwnames *objects.Tuple) (Value, bool) {
	if kwnames != nil {
		return null, false
	}
	switch ty {
	case objects.SetType:
		if len(args) == 0 {
			return objects.Obj(objects.NewSet()), true
		}
		return null, false // set(x) may raise: callSet
	case objects.DictType:
		if len(args) == 0 {
			return objects.Obj(objects.NewDictSized(1)), true
		}
		return null, false
	case objects.RangeType:
		var v [3]int64
		v[2] = 1
		for i, a := range args {
			if !a.IsSmallInt() || i > 2 {
				return null, false
			}
			v[i] = a.SmallInt()
		}
		var r *objects.Range
		switch len(args) {
		case 1:
			r = objects.RangeOfInts(0, v[0], 1)
		case 2, 3:
			r = objects.RangeOfInts(v[0], v[1], v[2])
		}
		if r == nil {
			return null, false
		}
		return objects.Obj(r), true
	case objects.StrType:
		if len(args) == 1 {
			switch a := args[0]; {
			case a.IsSmallInt():
				return objects.IntStr(a.SmallInt()), true
			case a.Type() == objects.StrType:
				return a, true
			}
		}
		return null, false
	}
	if len(args) != 1 || (ty != objects.ListType && ty != objects.TupleType) {
		return null, false
	}
	var items []Value
	switch a := args[0]; a.Type() {
	case objects.ListType:
		items = objects.As[objects.List](a).Items
	case objects.TupleType:
		if ty == objects.TupleType {
			return a, true
		}
		items = objects.As[objects.Tuple](a).Items
	default:
		return null, false
	}
	if ty == objects.ListType {
		l := objects.AllocList(len(items))
		copy(l.Items, items)
		return objects.Obj(l), true
	}
	tu := objects.AllocTuple(len(items))
	copy(tu.Items, items)
	return objects.Obj(tu), true
}
