package vm

import (
	"taipan/objects"
)

// localsBuiltin is the builtin locals(). Called through a name the
// compiler sees (EXT CallLocals) it reads the calling frame; called
// indirectly it can only answer the globals of the running function.
var localsBuiltin = objects.NewBuiltin("locals", func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
	if err := objects.CheckArgs("locals", args, kwnames, 0, 0); err != nil {
		return null, err
	}
	if f := t.Func(); f != nil {
		return objects.Obj(f.Globals), nil
	}
	return objects.Obj(objects.NewDict()), nil
})

func init() {
	if _, ok := Builtins.GetStr(objects.Intern("locals")); !ok {
		Builtins.SetStr(objects.Intern("locals"), localsBuiltin)
	}
}

// frameLocals builds the locals() dict of a frame.
func frameLocals(fn *objects.Function, regs []Value, locals *objects.Dict) *objects.Dict {
	if locals != nil {
		return locals
	}
	code := fn.Code
	if code.Flags&objects.CodeModule != 0 {
		return fn.Globals
	}
	d := objects.NewDict()
	isCell := map[int]int{}
	for i, a := range code.Cell2Arg {
		if a >= 0 {
			isCell[a] = i
		}
	}
	for i, n := range code.Varnames {
		v := regs[i]
		if ci, ok := isCell[i]; ok {
			v = null
			if c := regs[code.CellReg(ci)]; !c.IsNull() && c.Type() == objects.CellType {
				v = objects.As[objects.Cell](c).V
			}
		}
		if !v.IsNull() {
			d.SetStr(objects.Intern(n), v)
		}
	}
	for i, n := range code.Cellvars {
		if code.Cell2Arg[i] >= 0 {
			continue
		}
		if c := regs[code.CellReg(i)]; !c.IsNull() && c.Type() == objects.CellType && !objects.As[objects.Cell](c).V.IsNull() {
			d.SetStr(objects.Intern(n), objects.As[objects.Cell](c).V)
		}
	}
	for i, n := range code.Freevars {
		if c := regs[code.FreeReg(i)]; !c.IsNull() && c.Type() == objects.CellType && !objects.As[objects.Cell](c).V.IsNull() {
			d.SetStr(objects.Intern(n), objects.As[objects.Cell](c).V)
		}
	}
	return d
}

// callLocals runs a call of `locals()`, `vars()` or `dir()` without
// arguments compiled as EXT CallLocals: when f is the builtin, the
// answer comes from the calling frame's registers.
func callLocals(t *objects.Thread, fn *objects.Function, regs []Value, locals *objects.Dict, f Value) (Value, *Exc) {
	builtin := func(name string) bool {
		v, ok := Builtins.GetStr(objects.Intern(name))
		return ok && v.Is(f)
	}
	switch {
	case f.Is(localsBuiltin) || builtin("locals") || builtin("vars"):
		return objects.Obj(frameLocals(fn, regs, locals)), nil
	case builtin("dir"):
		d := frameLocals(fn, regs, locals)
		keys := append([]Value(nil), d.Keys()...)
		if err := objects.SortValues(t, keys, objects.None, false); err != nil {
			return null, err
		}
		return objects.NewListValue(keys), nil
	}
	return objects.CallValue(t, f, nil, nil)
}

// asciiOf is ascii(v) (the !a conversion).
func asciiOf(t *objects.Thread, v Value) (Value, *Exc) {
	if f, ok := Builtins.GetStr(objects.Intern("ascii")); ok {
		return objects.CallValue(t, f, []Value{v}, nil)
	}
	return objects.Repr(t, v)
}
