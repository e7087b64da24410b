package vm

import "taipan/objects"

// The aiter() and anext() builtins.

var anextAwaitableType = objects.NewType("builtins", "anext_awaitable", nil, 0)

// anextAwaitable is anext(it, default): it awaits it.__anext__() and
// turns StopAsyncIteration into the default value.
type anextAwaitable struct {
	objects.Header
	wrapped Value // the awaitable of __anext__ (Null until first step)
	it      Value
	def     Value
}

func (a *anextAwaitable) iter(t *objects.Thread) (Value, *Exc) {
	if a.wrapped.IsNull() {
		aw, err := getANext(t, a.it)
		if err != nil {
			return null, err
		}
		a.wrapped = aw
	}
	return a.wrapped, nil
}

func (a *anextAwaitable) result(r Value, done bool, err *Exc) (Value, *Exc) {
	if err != nil {
		if err.Matches(objects.ExcStopAsyncIteration) {
			return null, stopIteration(a.def)
		}
		return null, err
	}
	if done {
		return null, stopIteration(r)
	}
	return r, nil
}

func (a *anextAwaitable) send(t *objects.Thread, v Value) (Value, *Exc) {
	it, err := a.iter(t)
	if err != nil {
		return null, err
	}
	r, done, err := sendTo(t, it, v)
	return a.result(r, done, err)
}

func init() {
	def("aiter", func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
		if err := objects.CheckArgs("aiter", args, kwnames, 1, 1); err != nil {
			return null, err
		}
		v := args[0]
		if v.Type() != AsyncGeneratorType && v.Type().LookupString("__aiter__").IsNull() {
			return null, objects.Errorf(objects.ExcTypeError, "'%s' object is not an async iterable", v.Type().Name)
		}
		r, err := getAIter(t, v)
		if err != nil && err.Matches(objects.ExcTypeError) && r.IsNull() {
			return null, err
		}
		return r, err
	})
	def("anext", func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
		if err := objects.CheckArgs("anext", args, kwnames, 1, 2); err != nil {
			return null, err
		}
		it := args[0]
		if it.Type() != AsyncGeneratorType && it.Type().LookupString("__anext__").IsNull() {
			return null, objects.Errorf(objects.ExcTypeError, "'%s' object is not an async iterator", it.Type().Name)
		}
		if len(args) == 1 {
			if it.Type() == AsyncGeneratorType {
				return getANext(t, it)
			}
			f := it.Type().LookupString("__anext__")
			return callBound(t, f, it)
		}
		a := &anextAwaitable{it: it, def: args[1]}
		a.SetType(anextAwaitableType)
		return objects.Obj(a), nil
	})
	ty := anextAwaitableType
	ty.Iter = selfIter
	ty.Next = func(t *objects.Thread, v Value) (Value, *Exc) {
		r, err := objects.As[anextAwaitable](v).send(t, objects.None)
		if err != nil && err.Matches(objects.ExcStopIteration) {
			return null, nil
		}
		return r, err
	}
	method(ty, "__await__", func(t *objects.Thread, self Value, args []Value) (Value, *Exc) { return self, nil })
	method(ty, "send", func(t *objects.Thread, self Value, args []Value) (Value, *Exc) {
		if len(args) != 1 {
			return null, objects.Errorf(objects.ExcTypeError, "send() takes exactly one argument (%d given)", len(args))
		}
		return objects.As[anextAwaitable](self).send(t, args[0])
	})
	method(ty, "throw", func(t *objects.Thread, self Value, args []Value) (Value, *Exc) {
		a := objects.As[anextAwaitable](self)
		it, err := a.iter(t)
		if err != nil {
			return null, err
		}
		e, err := throwArgs(t, "throw", args)
		if err != nil {
			return null, err
		}
		m, err := objects.GetAttrString(t, it, "throw")
		if err != nil {
			return null, e
		}
		r, err := objects.CallValue(t, m, []Value{objects.Obj(e)}, nil)
		if err != nil && err.Matches(objects.ExcStopIteration) {
			return a.result(stopValue(err), true, nil)
		}
		return a.result(r, false, err)
	})
	method(ty, "close", func(t *objects.Thread, self Value, args []Value) (Value, *Exc) {
		a := objects.As[anextAwaitable](self)
		if !a.wrapped.IsNull() {
			if err := closeIter(t, a.wrapped); err != nil {
				return null, err
			}
		}
		return objects.None, nil
	})
	ty.Finish()
}
