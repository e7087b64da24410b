package vm

import (
	"fmt"

	"taipan/objects"
)

// Generator is a generator object: a heap frame (its own registers and
// saved pc) resumed by re-entering the eval loop. No goroutine is
// involved; resuming costs one Go call.
type Generator struct {
	objects.Header
	fn        *objects.Function
	regs      []Value
	pc        int
	sendReg   int
	started   bool
	suspended bool
	running   bool
	finished  bool
}

// GeneratorType is the type of generator objects.
var GeneratorType = newIterType("generator")

func newGenerator(t *objects.Thread, fn *objects.Function, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
	g := allocGenerator(fn.Code.NumRegs)
	g.fn = fn
	regs := g.regs
	code := fn.Code
	if kwnames == nil && len(args) == code.ArgCount && code.Flags&(objects.CodeVarargs|objects.CodeVarkeywords) == 0 && code.KwOnlyCount == 0 {
		copy(regs, args)
	} else if err := bindArgs(t, fn, regs, args, kwnames); err != nil {
		return null, err
	}
	setupCells(fn, regs)
	for _, cr := range code.ConstRegs {
		regs[cr.Reg] = code.Consts[cr.Const]
	}
	g.SetType(GeneratorType)
	return objects.Obj(g), nil
}

// resume runs the generator until it yields (done false) or returns
// (done true, v the return value).
func (g *Generator) resume(t *objects.Thread, sent Value, throw *Exc) (v Value, done bool, err *Exc) {
	if g.finished {
		if throw != nil {
			return null, true, throw
		}
		return null, true, nil
	}
	if g.running {
		return null, false, objects.Errorf(objects.ExcValueError, "generator already executing")
	}
	if !g.started {
		if !sent.IsNull() && !sent.IsNone() && throw == nil {
			return null, false, objects.Errorf(objects.ExcTypeError, "can't send non-None value to a just-started generator")
		}
		g.started = true
		if throw != nil {
			g.finished = true
			return null, true, throw
		}
	} else if throw == nil {
		switch r, err, mode := g.delegateSend(t, sent); mode { // vm/yieldfrom.go
		case delegateYielded:
			return r, false, nil
		case delegateRaised:
			throw = err
		case delegateNone:
			g.regs[g.sendReg] = sent
		}
	}
	if t.Depth >= t.RecursionLimit {
		return null, false, objects.Errorf(objects.ExcRecursionError, "maximum recursion depth exceeded")
	}
	g.running = true
	g.suspended = false
	t.Depth++
	t.Funcs = append(t.Funcs, g.fn)
	r, err := runFrom(t, g.fn, g.regs, nil, g.pc, g, throw)
	t.Funcs = t.Funcs[:len(t.Funcs)-1]
	t.Depth--
	g.running = false
	if err == nil && g.suspended {
		return r, false, nil
	}
	g.finished = true
	g.regs = nil
	if err != nil {
		if err.Matches(objects.ExcStopIteration) {
			re := objects.Errorf(objects.ExcRuntimeError, "generator raised StopIteration")
			re.Cause = objects.Obj(err)
			re.Context = objects.Obj(err)
			re.SuppressContext = true
			return null, true, re
		}
		return null, true, err
	}
	return r, true, nil
}

func stopIteration(v Value) *Exc {
	if v.IsNone() {
		return objects.NewException(objects.ExcStopIteration)
	}
	return objects.NewException(objects.ExcStopIteration, v)
}

// sendTo implements `yield from` delegation: send v (None: next) to it.
func sendTo(t *objects.Thread, it Value, v Value) (Value, bool, *Exc) {
	if it.Type() == GeneratorType {
		return objects.As[Generator](it).resume(t, v, nil)
	}
	var r Value
	var err *Exc
	if v.IsNone() {
		r, err = objects.Next(t, it)
		if err == nil && r.IsNull() {
			return objects.None, true, nil
		}
	} else {
		r, err = objects.CallMethod(t, it, "send", v)
	}
	if err != nil {
		if err.Matches(objects.ExcStopIteration) {
			if len(err.Args.Items) > 0 {
				return err.Args.Items[0], true, nil
			}
			return objects.None, true, nil
		}
		return null, false, err
	}
	return r, false, nil
}

func genMethod(name string, f func(t *objects.Thread, g *Generator, args []Value) (Value, *Exc)) {
	GeneratorType.AddMethod(name, func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
		return f(t, objects.As[Generator](self), args)
	})
}

func init() {
	GeneratorType.Next = func(t *objects.Thread, v Value) (Value, *Exc) {
		r, done, err := objects.As[Generator](v).resume(t, objects.None, nil)
		if err != nil || done {
			return null, err
		}
		return r, nil
	}
	GeneratorType.Repr = func(t *objects.Thread, v Value) (Value, *Exc) {
		g := objects.As[Generator](v)
		return objects.NewStrValue(fmt.Sprintf("<generator object %s at %p>", g.fn.Qualname, g)), nil
	}
	genMethod("send", func(t *objects.Thread, g *Generator, args []Value) (Value, *Exc) {
		if len(args) != 1 {
			return null, objects.Errorf(objects.ExcTypeError, "send() takes exactly one argument (%d given)", len(args))
		}
		r, done, err := g.resume(t, args[0], nil)
		if err != nil {
			return null, err
		}
		if done {
			return null, stopIteration(r)
		}
		return r, nil
	})
	genMethod("throw", func(t *objects.Thread, g *Generator, args []Value) (Value, *Exc) {
		if len(args) < 1 {
			return null, objects.Errorf(objects.ExcTypeError, "throw expected at least 1 argument, got 0")
		}
		e, err := toException(t, args[0], "exceptions must be classes or instances deriving from BaseException, not "+args[0].Type().Name)
		if err != nil {
			return null, err
		}
		r, done, err := g.resume(t, null, e)
		if err != nil {
			return null, err
		}
		if done {
			return null, stopIteration(r)
		}
		return r, nil
	})
	genMethod("close", func(t *objects.Thread, g *Generator, args []Value) (Value, *Exc) {
		if !g.started || g.finished {
			g.finished = true
			return objects.None, nil
		}
		_, done, err := g.resume(t, null, objects.NewException(objects.ExcGeneratorExit))
		if err != nil {
			if err.Matches(objects.ExcGeneratorExit) || err.Matches(objects.ExcStopIteration) {
				return objects.None, nil
			}
			return null, err
		}
		if !done {
			return null, objects.Errorf(objects.ExcRuntimeError, "generator ignored GeneratorExit")
		}
		return objects.None, nil
	})
}
