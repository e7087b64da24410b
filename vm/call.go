package vm

import (
	"strings"

	"taipan/objects"
)

// callFunction is the Call slot of Python functions: it carves the
// callee's registers from the thread's register stack, binds arguments
// and runs the eval loop (Go-recursively, one Go call per Python call).
func callFunction(t *objects.Thread, callable objects.Value, args []objects.Value, kwnames *objects.Tuple) (objects.Value, *objects.BaseException) {
	fn := objects.As[objects.Function](callable)
	return callPython(t, fn, args, kwnames, nil)
}

func callPython(t *objects.Thread, fn *objects.Function, args []objects.Value, kwnames *objects.Tuple, locals *objects.Dict) (objects.Value, *objects.BaseException) {
	code := fn.Code
	if objects.EvalBreakerSet() {
		objects.CheckEvalBreaker(t)
	}
	if t.Depth >= t.RecursionLimit {
		return objects.Null, objects.Errorf(objects.ExcRecursionError, "maximum recursion depth exceeded")
	}
	if t.Steps--; t.Steps < 0 {
		return objects.Null, stepLimitExceeded()
	}
	sp := t.SP
	need := code.NumRegs
	if sp+need > len(t.Stack) {
		// Frames below keep their slices of the old array; new frames
		// use the new one, so nothing needs copying.
		t.Stack = make([]objects.Value, max(2*len(t.Stack), need+1024))
		sp = 0
	}
	regs := t.Stack[sp : sp+need : sp+need]
	t.SP = sp + need
	if kwnames == nil && len(args) == code.FastArgs {
		for i, a := range args {
			regs[i] = a
		}
	} else if kwnames == nil && len(args) < code.FastArgs && len(args) >= code.FastArgs-len(fn.Defaults) {
		// positional arguments with the rest from the defaults
		copy(regs, args)
		copy(regs[len(args):code.FastArgs], fn.Defaults[len(fn.Defaults)-(code.FastArgs-len(args)):])
	} else if code.Flags&objects.CodeGenerator != 0 {
		t.SP = sp
		return newGenerator(t, fn, args, kwnames)
	} else if err := bindArgs(t, fn, regs, args, kwnames); err != nil {
		clear(regs)
		t.SP = sp
		return objects.Null, err
	}
	if len(code.Cellvars) > 0 || len(fn.Closure) > 0 {
		setupCells(fn, regs)
	}
	for _, cr := range code.ConstRegs {
		regs[cr.Reg] = code.Consts[cr.Const]
	}
	t.Depth++
	t.Funcs = append(t.Funcs, fn)
	r, err := runFrom(t, fn, regs, locals, 0, nil, nil)
	t.Funcs = t.Funcs[:len(t.Funcs)-1]
	t.Depth--
	clear(regs)
	t.SP = sp
	return r, err
}

func funcName(fn *objects.Function) string { return fn.Qualname }

// bindArgs binds positional and keyword arguments to parameters.
func bindArgs(t *objects.Thread, fn *objects.Function, regs, args []objects.Value, kwnames *objects.Tuple) *objects.BaseException {
	code := fn.Code
	pos, kw := objects.SplitArgs(args, kwnames)
	argc := code.ArgCount
	nkwonly := code.KwOnlyCount
	n := min(len(pos), argc)
	copy(regs, pos[:n])
	vreg := argc + nkwonly
	if code.Flags&objects.CodeVarargs != 0 {
		if len(pos) > argc {
			rest := objects.AllocTuple(len(pos) - argc) // items stored with the tuple
			copy(rest.Items, pos[argc:])
			regs[vreg] = objects.Obj(rest)
		} else {
			regs[vreg] = objects.NewTupleValue(nil)
		}
		vreg++
	}
	var kwdict *objects.Dict
	if code.Flags&objects.CodeVarkeywords != 0 {
		kwdict = objects.NewDictSized(max(len(kw), 1))
		regs[vreg] = objects.Obj(kwdict)
	}
	for i, v := range kw {
		name := objects.As[objects.Str](kwnames.Items[i])
		idx := -1
		for j := code.PosOnlyCount; j < argc+nkwonly; j++ {
			if code.Varnames[j] == name.S {
				idx = j
				break
			}
		}
		if idx < 0 {
			if kwdict != nil {
				kwdict.SetStr(name, v)
				continue
			}
			if err := posOnlyAsKeyword(fn, kwnames); err != nil {
				return err
			}
			return objects.Errorf(objects.ExcTypeError, "%s() got an unexpected keyword argument '%s'", funcName(fn), name.S)
		}
		if !regs[idx].IsNull() {
			return objects.Errorf(objects.ExcTypeError, "%s() got multiple values for argument '%s'", funcName(fn), name.S)
		}
		regs[idx] = v
	}
	if len(pos) > argc && code.Flags&objects.CodeVarargs == 0 {
		return tooManyPositional(fn, regs, len(pos))
	}
	// defaults
	ndef := len(fn.Defaults)
	var missing []string
	for i := n; i < argc; i++ {
		if regs[i].IsNull() {
			if j := i - (argc - ndef); j >= 0 {
				regs[i] = fn.Defaults[j]
			} else {
				missing = append(missing, code.Varnames[i])
			}
		}
	}
	if len(missing) > 0 {
		return missingArgs(fn, missing, "positional")
	}
	for i := argc; i < argc+nkwonly; i++ {
		if regs[i].IsNull() {
			if fn.KwDefaults != nil {
				if v, ok := fn.KwDefaults.GetStr(objects.Intern(code.Varnames[i])); ok {
					regs[i] = v
					continue
				}
			}
			missing = append(missing, code.Varnames[i])
		}
	}
	if len(missing) > 0 {
		return missingArgs(fn, missing, "keyword-only")
	}
	return nil
}

func missingArgs(fn *objects.Function, names []string, kind string) *objects.BaseException {
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = "'" + n + "'"
	}
	var list string
	switch len(q) {
	case 1:
		list = q[0]
	case 2:
		list = q[0] + " and " + q[1]
	default:
		list = strings.Join(q[:len(q)-1], ", ") + ", and " + q[len(q)-1]
	}
	return objects.Errorf(objects.ExcTypeError, "%s() missing %d required %s argument%s: %s", funcName(fn), len(names), kind, plural(len(names)), list)
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

func init() {
	objects.FunctionType.Call = callFunction
	// the slot wrapper objects.Type.Finish would have added, had the
	// slot been set then
	objects.FunctionType.AddMethod("__call__", func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
		return callFunction(t, self, args, kwnames)
	})
}

// setupCells creates the frame's cells and installs its closure.
func setupCells(fn *objects.Function, regs []objects.Value) {
	code := fn.Code
	if len(code.Cellvars) > 0 {
		for i, a := range code.Cell2Arg {
			v := objects.Null
			if a >= 0 {
				v = regs[a]
			}
			regs[code.NumLocals+i] = objects.Obj(objects.NewCell(v))
		}
	}
	for i, c := range fn.Closure {
		regs[code.NumLocals+len(code.Cellvars)+i] = objects.Obj(c)
	}
}

// stepLimitExceeded is raised when the thread's step budget
// (Thread.SetStepLimit) runs out. KeyboardInterrupt: like an external
// interrupt, it is not caught by "except Exception".
func stepLimitExceeded() *objects.BaseException {
	return objects.Errorf(objects.ExcKeyboardInterrupt, "step limit exceeded")
}
