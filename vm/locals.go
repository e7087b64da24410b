package vm

import (
	"sync"

	"taipan/compile"
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
func callLocals(t *objects.Thread, fn *objects.Function, regs []Value, locals *objects.Dict, f Value, args []Value) (Value, *Exc) {
	builtin := func(name string) bool {
		v, ok := Builtins.GetStr(objects.Intern(name))
		return ok && v.Is(f)
	}
	if len(args) > 0 {
		if !builtin("exec") && !builtin("eval") {
			return objects.CallValue(t, f, append([]Value(nil), args...), nil)
		}
		// exec/eval(src[, globals[, locals]]): a missing or None globals
		// is this frame's, and then so is a missing or None locals
		full := []Value{args[0], objects.None, objects.None}
		copy(full[1:], args[1:])
		if full[1].IsNone() {
			full[1] = objects.Obj(fn.Globals)
			if full[2].IsNone() {
				full[2] = objects.Obj(frameLocals(fn, regs, locals))
			}
		} else if len(args) < 3 {
			full = full[:2]
		}
		return objects.CallValue(t, f, full, nil)
	}
	proxied := locals != nil && locals.Type() == nsProxyType
	switch {
	case f.Is(localsBuiltin) || builtin("locals") || builtin("vars"):
		if proxied {
			// exec/eval with a non-dict mapping as locals: that mapping
			return nsTarget(objects.Obj(locals)), nil
		}
		return objects.Obj(frameLocals(fn, regs, locals)), nil
	case builtin("dir"):
		if proxied {
			keys, err := objects.CallMethod(t, nsTarget(objects.Obj(locals)), "keys")
			if err != nil {
				return null, err
			}
			items, err := objects.IterToSlice(t, keys)
			if err != nil {
				return null, err
			}
			items = append([]Value(nil), items...)
			if err := objects.SortValues(t, items, objects.None, false); err != nil {
				return null, err
			}
			return objects.NewListValue(items), nil
		}
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

var namesVariants sync.Map // *objects.Code -> *objects.Code

// namesVariant returns module-level code whose global-name instructions
// go through the frame's locals mapping (LOAD_NAME/STORE_NAME), for exec
// and eval with a locals mapping distinct from the globals. Instruction
// lengths are kept (a cache word becomes a NOP) so jumps stay valid.
func namesVariant(code *objects.Code) *objects.Code {
	if code.Flags&objects.CodeModule == 0 {
		return code
	}
	if v, ok := namesVariants.Load(code); ok {
		return v.(*objects.Code)
	}
	nc := *code
	nc.Instrs = append([]uint64(nil), code.Instrs...)
	nc.Caches = make([]objects.InlineCache, len(code.Caches))
	for pc := 0; pc < len(nc.Instrs); pc++ {
		w := nc.Instrs[pc]
		op := compile.InsOp(w)
		switch {
		case w>>56 == compile.ExplicitGlobal:
			// a name some block declares `global` stays a global
			// operation, as CPython compiles it
		case op == compile.LOAD_GLOBAL || op == compile.LOAD_GLOBAL_CACHED:
			nc.Instrs[pc] = w&^0xff | uint64(compile.LOAD_NAME)
			nc.Instrs[pc+1] = uint64(compile.NOP)
		case op == compile.STORE_GLOBAL:
			nc.Instrs[pc] = w&^0xff | uint64(compile.STORE_NAME)
		case op == compile.DELETE_GLOBAL:
			nc.Instrs[pc] = w&^0xff | uint64(compile.DELETE_NAME)
		}
		if op.HasCache() {
			pc++
		}
	}
	namesVariants.Store(code, &nc)
	return &nc
}

// displayHook prints the value of an interactive expression statement:
// sys.displayhook when the sys module provides one, else CPython's
// default (repr to stdout, the value kept in builtins._).
func displayHook(t *objects.Thread, v Value) *Exc {
	if ImportHook != nil {
		if sys, err := ImportHook(t, "sys", nil, null); err == nil {
			if h, err := objects.GetAttrString(t, sys, "displayhook"); err == nil {
				_, err = objects.CallValue(t, h, []Value{v}, nil)
				return err
			}
		}
	}
	if v.IsNone() {
		return nil
	}
	Builtins.SetStr(objects.Intern("_"), objects.None)
	s, err := objects.ReprString(t, v)
	if err != nil {
		return err
	}
	t.Stdout.WriteString(s)
	t.Stdout.WriteByte('\n')
	Builtins.SetStr(objects.Intern("_"), v)
	return nil
}

func init() {
	objects.FrameLocals = func(f *objects.Frame) *objects.Dict { return frameLocals(f.Func, f.Regs, nil) }
}
