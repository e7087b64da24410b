package vm

import (
	"taipan/compile"
	"taipan/objects"
)

// Coroutines and async generators on the generator machinery: a
// coroutine is a Generator whose frame suspends at each await's
// YIELD_VALUE (the value travels out to the event loop); an async
// generator also suspends at its own yields, whose values are wrapped
// (EXT AsyncGenWrap) so the asend/athrow awaitables can tell them from
// the awaits passing through.

var (
	coroWrapperType = objects.NewType("builtins", "coroutine_wrapper", nil, 0)
	asendType       = objects.NewType("builtins", "async_generator_asend", nil, 0)
	athrowType      = objects.NewType("builtins", "async_generator_athrow", nil, 0)
	agWrappedType   = objects.NewType("builtins", "async_generator_wrapped_value", nil, 0)
)

type coroWrapper struct {
	objects.Header
	coro *Generator
}

type agWrapped struct {
	objects.Header
	v Value
}

const (
	awaitInit = iota
	awaitIter
	awaitClosed
)

// agAwait is an async_generator_asend or async_generator_athrow object
// (athrow with exc nil is aclose()).
type agAwait struct {
	objects.Header
	gen     *Generator
	state   uint8
	sendVal Value
	exc     *Exc
	aclose  bool
}

func (o *agAwait) isThrow() bool { return o.Type() == athrowType }

// unwrap turns a step of the async generator's frame into the
// awaitable's result: a wrapped yield completes the await
// (StopIteration), a return ends the iteration (StopAsyncIteration),
// anything else is an await passing through.
func (g *Generator) unwrap(r Value, done bool, err *Exc) (Value, *Exc) {
	if err != nil || done {
		if err == nil {
			err = objects.NewException(objects.ExcStopAsyncIteration)
		}
		if err.Matches(objects.ExcStopAsyncIteration) || err.Matches(objects.ExcGeneratorExit) {
			g.agClosed = true
		}
		g.agRunningAsync = false
		return null, err
	}
	if r.Type() == agWrappedType {
		g.agRunningAsync = false
		return null, stopIteration(objects.As[agWrapped](r).v)
	}
	return r, nil
}

func (o *agAwait) send(t *objects.Thread, arg Value) (Value, *Exc) {
	g := o.gen
	if !o.isThrow() {
		if o.state == awaitClosed {
			return null, objects.Errorf(objects.ExcRuntimeError, "cannot reuse already awaited __anext__()/asend()")
		}
		if o.state == awaitInit {
			if g.agRunningAsync {
				return null, objects.Errorf(objects.ExcRuntimeError, "anext(): asynchronous generator is already running")
			}
			if arg.IsNull() || arg.IsNone() {
				arg = o.sendVal
			}
			o.state = awaitIter
		}
		g.agRunningAsync = true
		r, done, err := g.resume(t, arg, nil)
		r, err = g.unwrap(r, done, err)
		if err != nil {
			o.state = awaitClosed
		}
		return r, err
	}
	if o.state == awaitClosed {
		return null, objects.Errorf(objects.ExcRuntimeError, "cannot reuse already awaited aclose()/athrow()")
	}
	var r Value
	var done bool
	var err *Exc
	if o.state == awaitInit {
		if g.agRunningAsync {
			o.state = awaitClosed
			if o.aclose {
				return null, objects.Errorf(objects.ExcRuntimeError, "aclose(): asynchronous generator is already running")
			}
			return null, objects.Errorf(objects.ExcRuntimeError, "athrow(): asynchronous generator is already running")
		}
		if g.agClosed || g.finished {
			o.state = awaitClosed
			if o.aclose {
				return null, objects.NewException(objects.ExcStopIteration)
			}
			return null, objects.NewException(objects.ExcStopAsyncIteration)
		}
		if !arg.IsNull() && !arg.IsNone() {
			return null, objects.Errorf(objects.ExcRuntimeError, "can't send non-None value to a just-started coroutine")
		}
		o.state = awaitIter
		g.agRunningAsync = true
		if o.aclose {
			g.agClosed = true
			r, done, err = g.throw(t, objects.NewException(objects.ExcGeneratorExit))
		} else {
			r, done, err = g.throw(t, o.exc)
		}
	} else {
		r, done, err = g.resume(t, arg, nil)
	}
	return o.throwResult(r, done, err)
}

func (o *agAwait) throwResult(r Value, done bool, err *Exc) (Value, *Exc) {
	g := o.gen
	if !o.aclose {
		r, err = g.unwrap(r, done, err)
		if err != nil {
			o.state = awaitClosed
		}
		return r, err
	}
	if err == nil && !done {
		if r.Type() == agWrappedType {
			g.agRunningAsync = false
			o.state = awaitClosed
			return null, objects.Errorf(objects.ExcRuntimeError, "async generator ignored GeneratorExit")
		}
		return r, nil
	}
	g.agRunningAsync = false
	o.state = awaitClosed
	if err == nil || err.Matches(objects.ExcStopAsyncIteration) || err.Matches(objects.ExcGeneratorExit) {
		return null, objects.NewException(objects.ExcStopIteration)
	}
	return null, err
}

func (o *agAwait) throw(t *objects.Thread, e *Exc) (Value, *Exc) {
	g := o.gen
	if o.state == awaitClosed {
		if o.isThrow() {
			return null, objects.Errorf(objects.ExcRuntimeError, "cannot reuse already awaited aclose()/athrow()")
		}
		return null, objects.Errorf(objects.ExcRuntimeError, "cannot reuse already awaited __anext__()/asend()")
	}
	r, done, err := g.throw(t, e)
	if o.isThrow() {
		return o.throwResult(r, done, err)
	}
	r, err = g.unwrap(r, done, err)
	if err != nil {
		o.state = awaitClosed
	}
	return r, err
}

func newAgAwait(typ *objects.Type, g *Generator) *agAwait {
	o := &agAwait{gen: g}
	o.SetType(typ)
	return o
}

// agInitHooks calls sys.set_asyncgen_hooks' firstiter the first time an
// async generator is iterated.
func agInitHooks(t *objects.Thread, g *Generator) *Exc {
	if g.agHooked {
		return nil
	}
	g.agHooked = true
	if h := t.AsyncGenFirstIter; !h.IsNull() && !h.IsNone() {
		_, err := objects.CallValue(t, h, []Value{objects.Obj(g)}, nil)
		return err
	}
	return nil
}

// getAwaitable returns the iterator an await expression drives.
func getAwaitable(t *objects.Thread, v Value, kind int) (Value, *Exc) {
	switch v.Type() {
	case CoroutineType:
		if !objects.As[Generator](v).delegate().IsNull() {
			return null, objects.Errorf(objects.ExcRuntimeError, "coroutine is being awaited already")
		}
		return v, nil
	case GeneratorType:
		if objects.As[Generator](v).fn.Code.Flags&objects.CodeIterableCoroutine != 0 {
			return v, nil
		}
	}
	f := v.Type().LookupString("__await__")
	if f.IsNull() {
		switch kind {
		case 1:
			return null, objects.Errorf(objects.ExcTypeError, "'async with' received an object from __aenter__ that does not implement __await__: %s", v.Type().Name)
		case 2:
			return null, objects.Errorf(objects.ExcTypeError, "'async with' received an object from __aexit__ that does not implement __await__: %s", v.Type().Name)
		}
		return null, objects.Errorf(objects.ExcTypeError, "object %s can't be used in 'await' expression", v.Type().Name)
	}
	r, err := callBound(t, f, v)
	if err != nil {
		return null, err
	}
	if r.Type() == CoroutineType || (r.Type() == GeneratorType && objects.As[Generator](r).fn.Code.Flags&objects.CodeIterableCoroutine != 0) {
		return null, objects.Errorf(objects.ExcTypeError, "__await__() returned a coroutine")
	}
	if r.Type().Next == nil {
		return null, objects.Errorf(objects.ExcTypeError, "__await__() returned non-iterator of type '%s'", r.Type().Name)
	}
	return r, nil
}

// callBound calls a method found on v's type with v as self.
func callBound(t *objects.Thread, f, v Value, args ...Value) (Value, *Exc) {
	if dg := f.Type().DescrGet; dg != nil {
		b, err := dg(t, f, v, v.Type())
		if err != nil {
			return null, err
		}
		return objects.CallValue(t, b, args, nil)
	}
	return objects.CallValue(t, f, args, nil)
}

func getAIter(t *objects.Thread, v Value) (Value, *Exc) {
	if v.Type() == AsyncGeneratorType {
		return v, nil
	}
	f := v.Type().LookupString("__aiter__")
	if f.IsNull() {
		return null, objects.Errorf(objects.ExcTypeError, "'async for' requires an object with __aiter__ method, got %s", v.Type().Name)
	}
	r, err := callBound(t, f, v)
	if err != nil {
		return null, err
	}
	if r.Type() != AsyncGeneratorType && r.Type().LookupString("__anext__").IsNull() {
		return null, objects.Errorf(objects.ExcTypeError, "'async for' received an object from __aiter__ that does not implement __anext__: %s", r.Type().Name)
	}
	return r, nil
}

func getANext(t *objects.Thread, v Value) (Value, *Exc) {
	if v.Type() == AsyncGeneratorType {
		if err := agInitHooks(t, objects.As[Generator](v)); err != nil {
			return null, err
		}
		o := newAgAwait(asendType, objects.As[Generator](v))
		o.sendVal = objects.None
		return objects.Obj(o), nil
	}
	f := v.Type().LookupString("__anext__")
	if f.IsNull() {
		return null, objects.Errorf(objects.ExcTypeError, "'async for' requires an iterator with __anext__ method, got %s", v.Type().Name)
	}
	r, err := callBound(t, f, v)
	if err != nil {
		return null, err
	}
	aw, err := getAwaitable(t, r, 0)
	if err != nil {
		if err.Matches(objects.ExcTypeError) {
			return null, objects.Errorf(objects.ExcTypeError, "'async for' received an invalid object from __anext__: %s", r.Type().Name)
		}
		return null, err
	}
	return aw, nil
}

func beforeAsyncWith(t *objects.Thread, mgr Value, out []Value) *Exc {
	typ := mgr.Type()
	enter := typ.LookupString("__aenter__")
	exit := typ.LookupString("__aexit__")
	if enter.IsNull() {
		return objects.Errorf(objects.ExcTypeError, "'%s' object does not support the asynchronous context manager protocol", typ.Name)
	}
	if exit.IsNull() {
		return objects.Errorf(objects.ExcTypeError, "'%s' object does not support the asynchronous context manager protocol (missed __aexit__ method)", typ.Name)
	}
	ex := exit
	if dg := exit.Type().DescrGet; dg != nil {
		var err *Exc
		if ex, err = dg(t, exit, mgr, typ); err != nil {
			return err
		}
	}
	r, err := callBound(t, enter, mgr)
	if err != nil {
		return err
	}
	out[0], out[1] = ex, r
	return nil
}

// getYieldFromIter is GET_ITER for yield from: coroutines may be
// delegated to only from generator-based coroutines.
func getYieldFromIter(t *objects.Thread, fn *objects.Function, v Value) (Value, *Exc) {
	if v.Type() == CoroutineType {
		if fn.Code.Flags&(objects.CodeCoroutine|objects.CodeIterableCoroutine) == 0 {
			return null, objects.Errorf(objects.ExcTypeError, "cannot 'yield from' a coroutine object in a non-coroutine generator")
		}
		return v, nil
	}
	if v.Type() == GeneratorType {
		return v, nil
	}
	return objects.GetIter(t, v)
}

func extOp2(t *objects.Thread, fn *objects.Function, regs []Value, locals *objects.Dict, w uint64) *Exc {
	a, b, c := int(uint16(w>>8)), int(uint16(w>>24)), int(uint16(w>>40))
	var r Value
	var err *Exc
	switch w >> 56 {
	case compile.ExtGetAwaitable:
		r, err = getAwaitable(t, regs[b], c)
	case compile.ExtGetAIter:
		r, err = getAIter(t, regs[b])
	case compile.ExtGetANext:
		r, err = getANext(t, regs[b])
	case compile.ExtBeforeAsyncWith:
		return beforeAsyncWith(t, regs[b], regs[a:a+2])
	case compile.ExtAsyncGenWrap:
		wv := &agWrapped{v: regs[b]}
		wv.SetType(agWrappedType)
		r = objects.Obj(wv)
	case compile.ExtGetYieldFromIter:
		r, err = getYieldFromIter(t, fn, regs[b])
	case compile.ExtCallLocals:
		r, err = callLocals(t, fn, regs, locals, regs[b], regs[b+1:b+1+c])
	case compile.ExtPrintExpr:
		return displayHook(t, regs[b])
	default:
		return objects.Errorf(objects.ExcSystemError, "unknown EXT operation %d", w>>56)
	}
	if err != nil {
		return err
	}
	regs[a] = r
	return nil
}

func method(typ *objects.Type, name string, f func(t *objects.Thread, self Value, args []Value) (Value, *Exc)) {
	typ.AddMethod(name, func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
		if kwnames.Len() > 0 {
			return null, objects.Errorf(objects.ExcTypeError, "%s() takes no keyword arguments", name)
		}
		return f(t, self, args)
	})
}

func selfIter(t *objects.Thread, v Value) (Value, *Exc) { return v, nil }

func initCoroutines() {
	// coroutine
	method(CoroutineType, "__await__", func(t *objects.Thread, self Value, args []Value) (Value, *Exc) {
		w := &coroWrapper{coro: objects.As[Generator](self)}
		w.SetType(coroWrapperType)
		return objects.Obj(w), nil
	})
	// coroutine_wrapper
	coroWrapperType.Iter = selfIter
	coroWrapperType.Next = func(t *objects.Thread, v Value) (Value, *Exc) {
		r, done, err := objects.As[coroWrapper](v).coro.resume(t, objects.None, nil)
		if err != nil || done {
			return null, err
		}
		return r, nil
	}
	method(coroWrapperType, "send", func(t *objects.Thread, self Value, args []Value) (Value, *Exc) {
		return genSend(t, objects.As[coroWrapper](self).coro, args)
	})
	method(coroWrapperType, "throw", func(t *objects.Thread, self Value, args []Value) (Value, *Exc) {
		return genThrow(t, objects.As[coroWrapper](self).coro, args)
	})
	method(coroWrapperType, "close", func(t *objects.Thread, self Value, args []Value) (Value, *Exc) {
		return genClose(t, objects.As[coroWrapper](self).coro, args)
	})
	coroWrapperType.Finish()

	// async_generator
	ag := AsyncGeneratorType
	method(ag, "__aiter__", func(t *objects.Thread, self Value, args []Value) (Value, *Exc) { return self, nil })
	method(ag, "__anext__", func(t *objects.Thread, self Value, args []Value) (Value, *Exc) {
		if err := agInitHooks(t, objects.As[Generator](self)); err != nil {
			return null, err
		}
		o := newAgAwait(asendType, objects.As[Generator](self))
		o.sendVal = objects.None
		return objects.Obj(o), nil
	})
	method(ag, "asend", func(t *objects.Thread, self Value, args []Value) (Value, *Exc) {
		if len(args) != 1 {
			return null, objects.Errorf(objects.ExcTypeError, "async_generator.asend() takes exactly one argument (%d given)", len(args))
		}
		if err := agInitHooks(t, objects.As[Generator](self)); err != nil {
			return null, err
		}
		o := newAgAwait(asendType, objects.As[Generator](self))
		o.sendVal = args[0]
		return objects.Obj(o), nil
	})
	method(ag, "athrow", func(t *objects.Thread, self Value, args []Value) (Value, *Exc) {
		e, err := throwArgs(t, "athrow", args)
		if err != nil {
			return null, err
		}
		if err := agInitHooks(t, objects.As[Generator](self)); err != nil {
			return null, err
		}
		o := newAgAwait(athrowType, objects.As[Generator](self))
		o.exc = e
		return objects.Obj(o), nil
	})
	method(ag, "aclose", func(t *objects.Thread, self Value, args []Value) (Value, *Exc) {
		if err := agInitHooks(t, objects.As[Generator](self)); err != nil {
			return null, err
		}
		o := newAgAwait(athrowType, objects.As[Generator](self))
		o.aclose = true
		return objects.Obj(o), nil
	})

	// the awaitables
	for _, typ := range []*objects.Type{asendType, athrowType} {
		typ.Iter = selfIter
		typ.Next = func(t *objects.Thread, v Value) (Value, *Exc) {
			r, err := objects.As[agAwait](v).send(t, objects.None)
			if err != nil && err.Matches(objects.ExcStopIteration) {
				return null, nil
			}
			return r, err
		}
		method(typ, "__await__", func(t *objects.Thread, self Value, args []Value) (Value, *Exc) { return self, nil })
		method(typ, "send", func(t *objects.Thread, self Value, args []Value) (Value, *Exc) {
			if len(args) != 1 {
				return null, objects.Errorf(objects.ExcTypeError, "send() takes exactly one argument (%d given)", len(args))
			}
			return objects.As[agAwait](self).send(t, args[0])
		})
		method(typ, "throw", func(t *objects.Thread, self Value, args []Value) (Value, *Exc) {
			e, err := throwArgs(t, "throw", args)
			if err != nil {
				return null, err
			}
			return objects.As[agAwait](self).throw(t, e)
		})
		method(typ, "close", func(t *objects.Thread, self Value, args []Value) (Value, *Exc) {
			objects.As[agAwait](self).state = awaitClosed
			return objects.None, nil
		})
		typ.Finish()
	}
	agWrappedType.Finish()
}
