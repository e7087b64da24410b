package vm

import "taipan/objects"

// Pickling and length hints of the builtin iterators written as closures
// (enumerate, zip, map, filter, reversed, list_reverseiterator): each
// closure publishes its state through funcIter's reduce / setstate / hint
// hooks, and the types get __reduce__, __setstate__ and __length_hint__
// methods calling them, with CPython's results.

// reversedState installs the hooks of a reverse iterator whose next item
// is (*seq)[*i-1]; *seq is null once it is exhausted. CPython's index is
// *i-1 (-1: nothing left).
func reversedState(it *funcIter, seq *Value, i *int) {
	it.reduce = func(t *objects.Thread) ([]Value, *Exc) {
		if seq.IsNull() {
			return nil, nil
		}
		return []Value{objects.NewTupleValue([]Value{*seq}), objects.Int(int64(*i - 1))}, nil
	}
	it.setstate = func(t *objects.Thread, st Value) *Exc {
		idx, err := stateIndex(t, st)
		if err != nil {
			return err
		}
		if seq.IsNull() {
			return nil
		}
		n, err := objects.Len(t, *seq)
		if err != nil {
			return err
		}
		if idx < -1 {
			idx = -1
		} else if idx > n-1 {
			idx = n - 1
		}
		*i = idx + 1
		return nil
	}
	it.hint = func(t *objects.Thread) (int, *Exc) {
		if seq.IsNull() {
			return 0, nil
		}
		n, err := objects.Len(t, *seq)
		if err != nil {
			return 0, err
		}
		if n < *i {
			return 0, nil
		}
		return *i, nil
	}
}

// stateIndex converts a __setstate__ argument to a Py_ssize_t.
func stateIndex(t *objects.Thread, v Value) (int, *Exc) {
	x, err := objects.Index(t, v)
	if err != nil {
		return 0, err
	}
	if !x.IsSmallInt() {
		return 0, objects.Errorf(objects.ExcOverflowError, "Python int too large to convert to C ssize_t")
	}
	return int(x.SmallInt()), nil
}

// addIterState gives typ __reduce__ (and, as asked, __setstate__ and
// __length_hint__). callable is the first item of the reduce value
// (nil: type(self)); exhausted is the whole value for an exhausted
// iterator whose reduce hook returns nil.
func addIterState(typ *objects.Type, withSetstate, withHint bool, callable func() Value, exhausted func(t *objects.Thread, self Value) Value) {
	typ.AddMethod("__reduce__", func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
		if err := objects.NoArgs("__reduce__", args, kwnames); err != nil {
			return null, err
		}
		it := objects.As[funcIter](self)
		if it.reduce == nil {
			return null, objects.Errorf(objects.ExcTypeError, "cannot pickle '%s' object", self.Type().Name)
		}
		parts, err := it.reduce(t)
		if err != nil {
			return null, err
		}
		if parts == nil {
			return exhausted(t, self), nil
		}
		fn := objects.Obj(self.Type())
		if callable != nil {
			fn = callable()
		}
		return objects.NewTupleValue(append([]Value{fn}, parts...)), nil
	})
	if withSetstate {
		typ.AddMethod("__setstate__", func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
			if err := objects.CheckArgs("__setstate__", args, kwnames, 1, 1); err != nil {
				return null, err
			}
			if it := objects.As[funcIter](self); it.setstate != nil {
				if err := it.setstate(t, args[0]); err != nil {
					return null, err
				}
			}
			return objects.None, nil
		})
	}
	if withHint {
		typ.AddMethod("__length_hint__", func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
			if err := objects.NoArgs("__length_hint__", args, kwnames); err != nil {
				return null, err
			}
			it := objects.As[funcIter](self)
			if it.hint == nil {
				return objects.Int(0), nil
			}
			n, err := it.hint(t)
			if err != nil {
				return null, err
			}
			return objects.Int(int64(n)), nil
		})
	}
}

func builtin(name string) Value {
	v, _ := Builtins.GetStr(objects.Intern(name))
	return v
}

var dictRevIterType = newIterTypeCached("dict_reversekeyiterator")

func init() {
	// enumerate and zip are concrete types with their own pickling (vm/iterpair.go)
	enumerateType.AddClassGetItem() // enumerate[int] (PEP 585)
	addIterState(dictRevIterType, false, false, func() Value { return builtin("iter") }, nil)
	addIterState(callableIterType, false, false, func() Value { return builtin("iter") }, nil)
	addIterState(mapType, false, false, nil, nil)
	addIterState(filterType, false, false, nil, nil)
	// an exhausted reversed() pickles as reversed(()), an exhausted list
	// reverse iterator as iter([]); a live one as reversed(list) + index
	addIterState(reversedType, true, true, nil, func(t *objects.Thread, self Value) Value {
		return objects.Tuple2(objects.Obj(self.Type()), objects.NewTupleValue([]Value{objects.NewTupleValue(nil)}))
	})
	addIterState(listReverseIterType, true, true, func() Value { return builtin("reversed") }, func(t *objects.Thread, self Value) Value {
		return objects.Tuple2(builtin("iter"), objects.NewTupleValue([]Value{objects.NewListValue(nil)}))
	})
}
