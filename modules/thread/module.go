package thread

import (
	"fmt"
	"weak"

	"taipan/modules/modutil"
	"taipan/objects"
)

func lockMethods(typ *objects.Type, acquire func(t *Thread, self Value, blocking bool, timeout float64) (bool, *Exc),
	release func(t *Thread, self Value) *Exc) {
	acq := func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		blocking, timeout, err := parseAcquire(t, args, kw)
		if err != nil {
			return null, err
		}
		ok, err := acquire(t, self, blocking, timeout)
		return objects.Bool(ok), err
	}
	rel := func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		if err := modutil.Arity("release", args, kw, 0, 0); err != nil {
			return null, err
		}
		return objects.None, release(t, self)
	}
	typ.AddMethod("acquire", acq)
	typ.AddMethod("acquire_lock", acq)
	typ.AddMethod("__enter__", acq)
	typ.AddMethod("release", rel)
	typ.AddMethod("release_lock", rel)
	typ.AddMethod("__exit__", func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		return objects.None, release(t, self)
	})
}

func init() {
	lockMethods(lockType, func(t *Thread, self Value, blocking bool, timeout float64) (bool, *Exc) {
		return objects.As[Lock](self).acquire(t, blocking, timeout), nil
	}, func(t *Thread, self Value) *Exc {
		if !objects.As[Lock](self).release() {
			return errorf(objects.ExcRuntimeError, "release unlocked lock")
		}
		return nil
	})
	lockedFn := func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		return objects.Bool(objects.As[Lock](self).locked()), nil
	}
	lockType.AddMethod("locked", lockedFn)
	lockType.AddMethod("locked_lock", lockedFn)
	lockType.AddMethod("_at_fork_reinit", func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		objects.As[Lock](self).release()
		return objects.None, nil
	})
	lockType.Repr = func(t *Thread, v Value) (Value, *Exc) {
		state := "unlocked"
		if objects.As[Lock](v).locked() {
			state = "locked"
		}
		return objects.NewStrValue(fmt.Sprintf("<%s _thread.lock object at %p>", state, v.Ptr())), nil
	}
	lockType.Finish()

	rlockType.New = func(t *Thread, typ *objects.Type, args []Value, kw *Tuple) (Value, *Exc) {
		if len(args) > 0 && !typ.IsHeapType() {
			return null, errorf(objects.ExcTypeError, "RLock() takes no arguments")
		}
		r := &RLock{lock: NewLock()}
		r.SetType(typ)
		return objects.Obj(r), nil
	}
	lockMethods(rlockType, func(t *Thread, self Value, blocking bool, timeout float64) (bool, *Exc) {
		return objects.As[RLock](self).acquire(t, blocking, timeout)
	}, func(t *Thread, self Value) *Exc {
		return objects.As[RLock](self).release(t)
	})
	rlockType.AddMethod("_is_owned", func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		r := objects.As[RLock](self)
		return objects.Bool(r.count > 0 && r.owner == t), nil
	})
	rlockType.AddMethod("_release_save", func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		r := objects.As[RLock](self)
		if r.count == 0 {
			return null, errorf(objects.ExcRuntimeError, "cannot release un-acquired lock")
		}
		count, owner := r.count, Ident(r.owner)
		r.count, r.owner = 0, nil
		r.lock.release()
		return objects.Tuple2(objects.Int(count), objects.Int(owner)), nil
	})
	rlockType.AddMethod("_acquire_restore", func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		r := objects.As[RLock](self)
		if len(args) != 1 || !args[0].IsInstance(objects.TupleType) || objects.As[Tuple](args[0]).Len() != 2 {
			return null, errorf(objects.ExcTypeError, "_acquire_restore() argument 1 must be tuple")
		}
		n, _, err := modutil.ToInt64(t, objects.As[Tuple](args[0]).Items[0])
		if err != nil {
			return null, err
		}
		r.lock.acquire(t, true, -1)
		r.owner, r.count = t, n
		return objects.None, nil
	})
	rlockType.AddMethod("_at_fork_reinit", func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		r := objects.As[RLock](self)
		r.lock.release()
		r.owner, r.count = nil, 0
		return objects.None, nil
	})
	rlockType.Repr = func(t *Thread, v Value) (Value, *Exc) {
		r := objects.As[RLock](v)
		state := "unlocked"
		var owner int64
		if r.count > 0 {
			state = "locked"
			owner = Ident(r.owner)
		}
		name := v.Type().Name
		if !v.Type().IsHeapType() {
			name = "_thread." + name
		} else if v.Type().Module != "" {
			name = v.Type().Module + "." + v.Type().Qualname
		}
		return objects.NewStrValue(fmt.Sprintf("<%s %s object owner=%d count=%d at %p>", state, name, owner, r.count, v.Ptr())), nil
	}
	rlockType.Finish()

	localType.New = func(t *Thread, typ *objects.Type, args []Value, kw *Tuple) (Value, *Exc) {
		if typ == localType && len(args) > 0 {
			return null, errorf(objects.ExcTypeError, "Initialization arguments are not supported")
		}
		l := &local{others: map[*Thread]objects.Attrs{}, args: append([]Value(nil), args...), kwnames: kw, owner: t}
		l.SetType(typ)
		l.Attrs = objects.Attrs{Map: typ.RootMap, Slots: objects.NewSlots(typ.RootMap)}
		localsMu.Lock()
		locals = append(locals, weak.Make(l))
		localsMu.Unlock()
		return objects.Obj(l), nil
	}
	localType.GetAttr = func(t *Thread, v Value, name *objects.Str) (Value, *Exc) {
		if err := objects.As[local](v).switchTo(t); err != nil {
			return null, err
		}
		return objects.GenericGetAttr(t, v, name)
	}
	localType.SetAttr = func(t *Thread, v Value, name *objects.Str, val Value) *Exc {
		if err := objects.As[local](v).switchTo(t); err != nil {
			return err
		}
		if name.S == "__dict__" {
			return errorf(objects.ExcAttributeError, "'%s' object attribute '__dict__' is read-only", v.Type().Name)
		}
		return objects.GenericSetAttr(t, v, name, val)
	}
	localType.Flags |= objects.FlagWeakrefable
	localType.Finish()

	hookArgsType.New = func(t *Thread, typ *objects.Type, args []Value, kw *Tuple) (Value, *Exc) {
		if err := modutil.Arity("_ExceptHookArgs", args, kw, 1, 1); err != nil {
			return null, err
		}
		items, err := objects.IterToSlice(t, args[0])
		if err != nil {
			return null, err
		}
		if len(items) != 4 {
			return null, errorf(objects.ExcTypeError, "_thread._ExceptHookArgs() takes a 4-sequence (%d-sequence given)", len(items))
		}
		tup := objects.NewTuple(append([]Value(nil), items...))
		tup.SetType(typ)
		return objects.Obj(tup), nil
	}
	for i, f := range hookFields {
		i := i
		hookArgsType.SetAttrString(f, modutil.GetSet("_thread._ExceptHookArgs", f, func(t *Thread, self Value) (Value, *Exc) {
			return objects.As[Tuple](self).Items[i], nil
		}, nil))
	}
	hookArgsType.Finish()

	objects.AddShutdownHook(shutdown)
	objects.RegisterModule("_thread", func(t *Thread, m *objects.Module) *Exc {
		m.Set("__doc__", objects.NewStrValue("This module provides primitive operations to write multi-threaded programs.\nThe 'threading' module provides a more convenient interface."))
		add := func(name string, f objects.BuiltinFn) { m.Set(name, modutil.Builtin("_thread", name, f)) }
		add("start_new_thread", startNewThread)
		add("start_new", startNewThread)
		alloc := func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
			if err := modutil.Arity("allocate_lock", args, kw, 0, 0); err != nil {
				return null, err
			}
			return objects.Obj(NewLock()), nil
		}
		add("allocate_lock", alloc)
		add("allocate", alloc)
		add("get_ident", func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
			return objects.Int(Ident(t)), nil
		})
		add("get_native_id", func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
			return objects.Int(Ident(t) & 0xfffff), nil
		})
		add("_count", func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
			return objects.Int(running.Load()), nil
		})
		stackSize := int64(0)
		add("stack_size", func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
			if err := modutil.Arity("stack_size", args, kw, 0, 1); err != nil {
				return null, err
			}
			old := stackSize
			if len(args) == 1 {
				n, _, err := modutil.ToInt64(t, args[0])
				if err != nil {
					return null, err
				}
				if n != 0 && n < 32768 {
					return null, errorf(objects.ExcValueError, "size not valid: %d bytes", n)
				}
				stackSize = n
			}
			return objects.Int(old), nil
		})
		add("_set_sentinel", func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
			l := NewLock()
			identMu.Lock()
			sentinels[t] = append(sentinels[t], l)
			identMu.Unlock()
			return objects.Obj(l), nil
		})
		add("exit", func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
			return null, objects.NewException(objects.ExcSystemExit)
		})
		add("exit_thread", func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
			return null, objects.NewException(objects.ExcSystemExit)
		})
		add("interrupt_main", func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
			return objects.None, nil
		})
		add("_excepthook", excepthook)
		m.Set("LockType", objects.Obj(lockType))
		m.Set("RLock", objects.Obj(rlockType))
		m.Set("_local", objects.Obj(localType))
		m.Set("_ExceptHookArgs", objects.Obj(hookArgsType))
		m.Set("error", objects.Obj(objects.ExcRuntimeError))
		m.Set("TIMEOUT_MAX", objects.Float(timeoutMax))
		return nil
	})
}
