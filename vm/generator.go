package vm

import (
	"fmt"

	"taipan/compile"
	"taipan/objects"
)

// Generator is a generator, coroutine or async generator object: a heap
// frame (its own registers and saved pc) resumed by re-entering the eval
// loop. No goroutine is involved; resuming costs one Go call.
type Generator struct {
	objects.Header
	fn      *objects.Function
	regs    []Value
	pc      int32
	sendReg uint16
	// handlers counts the frame's active exception handlers (PUSH_EXC_INFO
	// not yet matched by POP_EXCEPT): a frame suspended inside one keeps
	// its handled exception even when it is the very object its resumer
	// was handling (gen.throw(exc) from an except block).
	handlers  int16
	started   bool
	suspended bool
	running   bool
	finished  bool
	kind      genKind

	// async generators
	agRunningAsync bool // an asend/athrow awaitable is in progress
	agClosed       bool
	agHooked       bool // the firstiter hook has run

	// excState is the exception the frame was handling when it last
	// suspended (nil: none); it is the handled exception while the frame
	// runs, the caller's is restored when it suspends.
	excState *Exc
	// callerExc is the exception handled by the frame's resumer while
	// the generator runs.
	callerExc *Exc
	// names overrides __name__ and __qualname__ once assigned.
	names *[2]string
	// sink, while set, takes the values the frame yields without
	// suspending it (pushGen); a value it refuses suspends as usual.
	sink func(Value) bool
}

// pushGen runs a fresh generator it, handing each value it yields to
// accept without suspending the frame, until it returns (handled, rest
// Null), raises, or yields a value accept refuses (rest: that value, the
// generator then suspended after yielding it as usual). Consumers that
// run no Python code per item (list(), set() of plain values, ...) use it
// instead of one resume per item; handled is false for any other
// iterator. Nothing can observe the difference: the consumer's work on
// an accepted value runs no Python code, so no one can see the frame
// still running.
func pushGen(t *objects.Thread, it Value, accept func(Value) bool) (rest Value, handled bool, err *Exc) {
	if it.Type() != GeneratorType {
		return null, false, nil
	}
	g := objects.As[Generator](it)
	if g.started || g.running || g.finished || g.kind != kindGenerator || g.sink != nil {
		return null, false, nil
	}
	g.sink = accept
	v, done, err := g.resume(t, objects.None, nil)
	g.sink = nil
	if err != nil {
		return null, true, err
	}
	if done {
		return null, true, nil
	}
	return v, true, nil
}

func init() { objects.PushGen, objects.GeneratorType = pushGen, GeneratorType }

func (g *Generator) name() string {
	if g.names != nil {
		return g.names[0]
	}
	return g.fn.Name
}

func (g *Generator) qualname() string {
	if g.names != nil {
		return g.names[1]
	}
	return g.fn.Qualname
}

type genKind uint8

const (
	kindGenerator genKind = iota
	kindCoroutine
	kindAsyncGen
)

var kindNames = [...]string{"generator", "coroutine", "async generator"}

// The generator-like types.
var (
	GeneratorType      = objects.NewType("builtins", "generator", nil, 0)
	CoroutineType      = objects.NewType("builtins", "coroutine", nil, 0)
	AsyncGeneratorType = objects.NewType("builtins", "async_generator", nil, 0)
)

func isGenObject(v Value) bool {
	switch v.Type() {
	case GeneratorType, CoroutineType, AsyncGeneratorType:
		return true
	}
	return false
}

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
	switch {
	case code.Flags&objects.CodeCoroutine != 0:
		g.kind = kindCoroutine
		g.SetType(CoroutineType)
	case code.Flags&objects.CodeAsyncGenerator != 0:
		g.kind = kindAsyncGen
		g.SetType(AsyncGeneratorType)
	default:
		g.SetType(GeneratorType)
	}
	return objects.Obj(g), nil
}

// resume runs the generator until it yields (done false) or returns
// (done true, v the return value). throw, if set, is raised at the
// suspension point instead of sending a value.
func (g *Generator) resume(t *objects.Thread, sent Value, throw *Exc) (v Value, done bool, err *Exc) {
	if g.finished {
		if g.kind == kindCoroutine {
			return null, true, objects.Errorf(objects.ExcRuntimeError, "cannot reuse already awaited coroutine")
		}
		if throw != nil {
			return null, true, throw
		}
		return objects.None, true, nil
	}
	if g.running {
		return null, false, objects.Errorf(objects.ExcValueError, "%s already executing", kindNames[g.kind])
	}
	if !g.started {
		if !sent.IsNull() && !sent.IsNone() && throw == nil {
			return null, false, objects.Errorf(objects.ExcTypeError, "can't send non-None value to a just-started %s", kindNames[g.kind])
		}
		g.started = true
		if throw != nil {
			g.finished = true
			g.regs = nil
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
	callerExc := t.ExcInfo
	savedCaller := g.callerExc
	g.callerExc = callerExc
	if g.excState != nil {
		t.ExcInfo = g.excState
	}
	r, err := runFrom(t, g.fn, g.regs, nil, int(g.pc), g, throw)
	t.Funcs = t.Funcs[:len(t.Funcs)-1]
	t.Depth--
	g.running = false
	g.callerExc = savedCaller
	if err == nil && g.suspended {
		g.excState = nil
		if t.ExcInfo != callerExc || g.handlers > 0 {
			g.excState = t.ExcInfo
		}
		t.ExcInfo = callerExc
		return r, false, nil
	}
	t.ExcInfo = callerExc
	g.excState = nil
	g.handlers = 0
	g.finished = true
	g.regs = nil
	if err != nil {
		if err.Matches(objects.ExcStopIteration) {
			return null, true, chainedRuntimeError(kindNames[g.kind]+" raised StopIteration", err)
		}
		if g.kind == kindAsyncGen && err.Matches(objects.ExcStopAsyncIteration) {
			return null, true, chainedRuntimeError("async generator raised StopAsyncIteration", err)
		}
		return null, true, err
	}
	return r, true, nil
}

func chainedRuntimeError(msg string, cause *Exc) *Exc {
	re := objects.Errorf(objects.ExcRuntimeError, "%s", msg)
	re.Cause = objects.Obj(cause)
	re.Context = objects.Obj(cause)
	re.SuppressContext = true
	return re
}

// delegate returns the iterator a suspended generator is delegating to
// (yield from / await), or Null. The compiler emits the delegation loop
// as SEND it; YIELD_VALUE, so the generator is suspended just after a
// YIELD_VALUE that follows a SEND.
func (g *Generator) delegate() Value {
	if !g.started || g.finished || g.running || g.regs == nil || g.pc < 2 {
		return null
	}
	ins := g.fn.Code.Instrs
	if compile.InsOp(ins[g.pc-1]) != compile.YIELD_VALUE || compile.InsOp(ins[g.pc-2]) != compile.SEND {
		return null
	}
	return g.regs[compile.InsB(ins[g.pc-2])]
}

// throw raises exc inside the generator, passing it first to the
// iterator it delegates to (PEP 380).
func (g *Generator) throw(t *objects.Thread, exc *Exc) (Value, bool, *Exc) {
	return g.throwRaw(t, exc, nil)
}

// throwRaw is throw keeping the arguments of the Python-level throw()
// call (raw, nil for an exception raised internally) for delegates that
// are not generators, which receive them unchanged.
func (g *Generator) throwRaw(t *objects.Thread, exc *Exc, raw []Value) (Value, bool, *Exc) {
	if yf := g.delegate(); !yf.IsNull() {
		if exc.Matches(objects.ExcGeneratorExit) {
			g.running = true
			err := closeIter(t, yf)
			g.running = false
			if err != nil {
				exc = err
			}
		} else {
			var r Value
			var done bool
			var err *Exc
			handled := true
			g.running = true
			if isGenObject(yf) {
				r, done, err = objects.As[Generator](yf).throwRaw(t, exc, raw)
			} else if meth, gerr := objects.GetAttrString(t, yf, "throw"); gerr != nil {
				if gerr.Matches(objects.ExcAttributeError) {
					handled = false
				} else {
					err = gerr
				}
			} else {
				if raw == nil {
					raw = []Value{objects.Obj(exc)}
				}
				r, err = objects.CallValue(t, meth, raw, nil)
				if err != nil && err.Matches(objects.ExcStopIteration) {
					r, done, err = stopValue(err), true, nil
				}
			}
			g.running = false
			if handled {
				if err == nil && !done {
					return r, false, nil
				}
				if err == nil {
					// the delegate returned: continue after the loop
					send := g.fn.Code.Instrs[g.pc-2]
					g.pc = int32(compile.InsTarget(send))
					g.sendReg = uint16(compile.InsA(send))
					return g.resume(t, r, nil)
				}
				exc = err
			}
		}
	}
	return g.resume(t, null, exc)
}

func stopValue(e *Exc) Value {
	if len(e.Args.Items) > 0 {
		return e.Args.Items[0]
	}
	return objects.None
}

func closeIter(t *objects.Thread, it Value) *Exc {
	if isGenObject(it) {
		return objects.As[Generator](it).close(t)
	}
	meth, err := objects.GetAttrString(t, it, "close")
	if err != nil {
		if err.Matches(objects.ExcAttributeError) {
			return nil
		}
		return err
	}
	_, err = objects.CallValue(t, meth, nil, nil)
	return err
}

func (g *Generator) close(t *objects.Thread) *Exc {
	if !g.started || g.finished {
		g.started = true
		g.finished = true
		g.regs = nil
		return nil
	}
	_, done, err := g.throw(t, objects.NewException(objects.ExcGeneratorExit))
	if err != nil {
		if err.Matches(objects.ExcGeneratorExit) || err.Matches(objects.ExcStopIteration) {
			return nil
		}
		return err
	}
	if !done {
		return objects.Errorf(objects.ExcRuntimeError, "%s ignored GeneratorExit", kindNames[g.kind])
	}
	return nil
}

// genNext resumes generator v as next() does: its next value, or done
// and its return value.
func genNext(t *objects.Thread, v Value) (Value, bool, *Exc) {
	return objects.As[Generator](v).resume(t, objects.None, nil)
}

func stopIteration(v Value) *Exc {
	if v.IsNone() || v.IsNull() {
		return objects.NewException(objects.ExcStopIteration)
	}
	return objects.NewException(objects.ExcStopIteration, v)
}

// sendTo implements `yield from` / await delegation: send v (None:
// next) to it.
func sendTo(t *objects.Thread, it Value, v Value) (Value, bool, *Exc) {
	switch it.Type() {
	case GeneratorType, CoroutineType:
		return objects.As[Generator](it).resume(t, v, nil)
	case coroWrapperType:
		return objects.As[coroWrapper](it).coro.resume(t, v, nil)
	case anextAwaitableType:
		r, err := objects.As[anextAwaitable](it).send(t, v)
		if err != nil {
			if err.Matches(objects.ExcStopIteration) {
				return stopValue(err), true, nil
			}
			return null, false, err
		}
		return r, false, nil
	case asendType, athrowType:
		r, err := objects.As[agAwait](it).send(t, v)
		if err != nil {
			if err.Matches(objects.ExcStopIteration) {
				return stopValue(err), true, nil
			}
			return null, false, err
		}
		return r, false, nil
	}
	var r Value
	var err *Exc
	if v.IsNone() {
		if it.Type().IsHeapType() {
			// a class's __next__: its StopIteration carries the result
			var found bool
			r, found, err = objects.CallDunder(t, it, "__next__")
			if !found && err == nil {
				return null, false, objects.Errorf(objects.ExcTypeError, "'%s' object is not an iterator", it.Type().Name)
			}
		} else {
			r, err = objects.Next(t, it)
			if err == nil && r.IsNull() {
				return objects.None, true, nil
			}
		}
	} else {
		r, err = objects.CallMethod(t, it, "send", v)
	}
	if err != nil {
		if err.Matches(objects.ExcStopIteration) {
			return stopValue(err), true, nil
		}
		return null, false, err
	}
	return r, false, nil
}

// throwArgs builds the exception of throw(typ[, val[, tb]]).
func throwArgs(t *objects.Thread, name string, args []Value) (*Exc, *Exc) {
	if len(args) < 1 || len(args) > 3 {
		return nil, objects.Errorf(objects.ExcTypeError, "%s expected at least 1 argument, got %d", name, len(args))
	}
	typ := args[0]
	val := objects.None
	if len(args) > 1 {
		val = args[1]
	}
	var tb *objects.Traceback
	if len(args) > 2 && !args[2].IsNone() {
		if args[2].Type() != objects.TracebackType {
			return nil, objects.Errorf(objects.ExcTypeError, "%s() third argument must be a traceback object", name)
		}
		tb = objects.As[objects.Traceback](args[2])
	}
	var e *Exc
	if typ.IsInstance(objects.TypeType) && objects.As[objects.Type](typ).IsSubtype(objects.ExcBaseException) {
		ty := objects.As[objects.Type](typ)
		if val.IsInstance(ty) {
			e = objects.As[objects.BaseException](val)
		} else {
			var cargs []Value
			switch {
			case val.IsNone():
			case val.Type() == objects.TupleType:
				cargs = objects.As[objects.Tuple](val).Items
			default:
				cargs = []Value{val}
			}
			r, err := objects.CallValue(t, typ, cargs, nil)
			if err != nil {
				return nil, err
			}
			if !r.IsInstance(objects.ExcBaseException) {
				return nil, objects.Errorf(objects.ExcTypeError, "calling %s should have returned an instance of BaseException, not %s", ty.Name, r.Type().Name)
			}
			e = objects.As[objects.BaseException](r)
		}
	} else if typ.IsInstance(objects.ExcBaseException) {
		if !val.IsNone() {
			return nil, objects.Errorf(objects.ExcTypeError, "instance exception may not have a separate value")
		}
		e = objects.As[objects.BaseException](typ)
	} else {
		return nil, objects.Errorf(objects.ExcTypeError, "exceptions must be classes or instances deriving from BaseException, not %s", typ.Type().Name)
	}
	if tb != nil {
		e.Traceback = tb
	}
	return e, nil
}

func genMethod(typ *objects.Type, name string, f func(t *objects.Thread, g *Generator, args []Value) (Value, *Exc)) {
	typ.AddMethod(name, func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
		if kwnames.Len() > 0 {
			return null, objects.Errorf(objects.ExcTypeError, "%s() takes no keyword arguments", name)
		}
		return f(t, objects.As[Generator](self), args)
	})
}

func genSend(t *objects.Thread, g *Generator, args []Value) (Value, *Exc) {
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
}

func genThrow(t *objects.Thread, g *Generator, args []Value) (Value, *Exc) {
	e, err := throwArgs(t, "throw", args)
	if err != nil {
		return null, err
	}
	r, done, err := g.throwRaw(t, e, append([]Value(nil), args...))
	if err != nil {
		return null, err
	}
	if done {
		return null, stopIteration(r)
	}
	return r, nil
}

func genClose(t *objects.Thread, g *Generator, args []Value) (Value, *Exc) {
	if len(args) != 0 {
		return null, objects.Errorf(objects.ExcTypeError, "close() takes no arguments (%d given)", len(args))
	}
	if err := g.close(t); err != nil {
		return null, err
	}
	return objects.None, nil
}

// genAttr serves the gi_/cr_/ag_ attributes shared by the three kinds.
func genAttr(t *objects.Thread, v Value, name *objects.Str) (Value, *Exc) {
	g := objects.As[Generator](v)
	s := name.S
	switch s {
	case "__name__":
		return objects.NewStrValue(g.name()), nil
	case "__qualname__":
		return objects.NewStrValue(g.qualname()), nil
	}
	if len(s) > 3 && s[2] == '_' {
		prefix := [...]string{"gi", "cr", "ag"}[g.kind]
		if s[:2] == prefix {
			switch s[3:] {
			case "code":
				return objects.Obj(g.fn.Code), nil
			case "running":
				if g.kind == kindAsyncGen {
					return objects.Bool(g.agRunningAsync), nil
				}
				return objects.Bool(g.running), nil
			case "suspended":
				if g.kind != kindAsyncGen {
					return objects.Bool(g.started && !g.finished && !g.running), nil
				}
			case "frame":
				if g.finished {
					return objects.None, nil
				}
				fr := &objects.Frame{Func: g.fn, Line: g.fn.Code.FirstLine}
				if !g.running {
					fr.Regs = g.regs
					if g.started && g.pc > 0 {
						fr.Line = g.fn.Code.LineOf(int(g.pc) - 1)
					}
				}
				fr.SetType(objects.FrameType)
				return objects.Obj(fr), nil
			case "yieldfrom", "await":
				if (s[3:] == "yieldfrom") == (g.kind == kindGenerator) {
					if d := g.delegate(); !d.IsNull() {
						return d, nil
					}
					return objects.None, nil
				}
			case "origin":
				if g.kind == kindCoroutine {
					return objects.None, nil
				}
			}
		}
	}
	return null, objects.Errorf(objects.ExcAttributeError, "'%s' object has no attribute '%s'", v.Type().Name, name.S)
}

// genGetSet is the descriptor of a generator attribute (gi_frame, ...);
// keeping them in the type dict leaves the types' GetAttr generic, so
// method calls like gen.send(x) stay on the cached fast path.
type genGetSet struct {
	objects.Header
	name  *objects.Str
	owner *objects.Type
}

var genGetSetType = objects.NewType("builtins", "getset_descriptor", nil, 0)

func genSetAttr(t *objects.Thread, v Value, name *objects.Str, val Value) *Exc {
	g := objects.As[Generator](v)
	switch name.S {
	case "__name__", "__qualname__":
		if val.IsNull() || !val.IsInstance(objects.StrType) {
			return objects.Errorf(objects.ExcTypeError, "%s must be set to a string object", name.S)
		}
		if g.names == nil {
			g.names = &[2]string{g.fn.Name, g.fn.Qualname}
		}
		if name.S == "__name__" {
			g.names[0] = objects.As[objects.Str](val).S
		} else {
			g.names[1] = objects.As[objects.Str](val).S
		}
		return nil
	}
	return objects.Errorf(objects.ExcAttributeError, "readonly attribute")
}

func init() {
	for _, typ := range []*objects.Type{GeneratorType, CoroutineType, AsyncGeneratorType} {
		typ := typ
		typ.Repr = func(t *objects.Thread, v Value) (Value, *Exc) {
			g := objects.As[Generator](v)
			n := typ.Name
			return objects.NewStrValue(fmt.Sprintf("<%s object %s at %p>", n, g.qualname(), g)), nil
		}
		prefix := [...]string{"gi_", "cr_", "ag_"}[map[*objects.Type]int{GeneratorType: 0, CoroutineType: 1, AsyncGeneratorType: 2}[typ]]
		names := []string{"__name__", "__qualname__", prefix + "code", prefix + "running", prefix + "frame"}
		switch typ {
		case GeneratorType:
			names = append(names, "gi_suspended", "gi_yieldfrom")
		case CoroutineType:
			names = append(names, "cr_suspended", "cr_await", "cr_origin")
		default:
			names = append(names, "ag_await")
		}
		for _, n := range names {
			d := &genGetSet{name: objects.Intern(n), owner: typ}
			d.SetType(genGetSetType)
			typ.SetAttrString(n, objects.Obj(d))
		}
	}
	GeneratorType.Iter = func(t *objects.Thread, v Value) (Value, *Exc) { return v, nil }
	GeneratorType.Next = func(t *objects.Thread, v Value) (Value, *Exc) {
		r, done, err := objects.As[Generator](v).resume(t, objects.None, nil)
		if err != nil || done {
			return null, err
		}
		return r, nil
	}
	// __next__ (and builtin next, see genNext) raise StopIteration with
	// the generator's return value
	GeneratorType.AddMethod("__next__", func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
		if err := objects.NoArgs("__next__", args, kwnames); err != nil {
			return null, err
		}
		r, done, err := genNext(t, self)
		if err == nil && done {
			return null, stopIteration(r)
		}
		return r, err
	})
	for _, typ := range []*objects.Type{GeneratorType, CoroutineType} {
		genMethod(typ, "send", genSend)
		genMethod(typ, "throw", genThrow)
		genMethod(typ, "close", genClose)
	}
	genGetSetType.DescrGet = func(t *objects.Thread, descr, obj Value, typ *objects.Type) (Value, *Exc) {
		if obj.IsNull() {
			return descr, nil
		}
		d := objects.As[genGetSet](descr)
		if !isGenObject(obj) {
			return null, objects.Errorf(objects.ExcTypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", d.name.S, d.owner.Name, obj.Type().Name)
		}
		return genAttr(t, obj, d.name)
	}
	genGetSetType.DescrSet = func(t *objects.Thread, descr, obj, val Value) *Exc {
		d := objects.As[genGetSet](descr)
		if d.name.S == "__name__" || d.name.S == "__qualname__" {
			return genSetAttr(t, obj, d.name, val)
		}
		return objects.Errorf(objects.ExcAttributeError, "attribute '%s' of '%s' objects is not writable", d.name.S, d.owner.Name)
	}
	genGetSetType.Repr = func(t *objects.Thread, v Value) (Value, *Exc) {
		d := objects.As[genGetSet](v)
		return objects.NewStrValue("<attribute '" + d.name.S + "' of '" + d.owner.Name + "' objects>"), nil
	}
	genGetSetType.Finish()
	initCoroutines()
	GeneratorType.Finish()
	CoroutineType.Finish()
	AsyncGeneratorType.AddClassGetItem()
	AsyncGeneratorType.Finish()
}
