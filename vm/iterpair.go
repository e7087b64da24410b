package vm

import "taipan/objects"

// enumerate and zip as concrete iterator types. Besides the usual
// __next__ (which returns a fresh tuple), each can produce a pair of
// values without the tuple: the eval loop's FOR_ITER uses that for
// `for i, x in enumerate(...)` and `for a, b in zip(p, q)`, where the
// next instruction only unpacks the tuple into two registers.

type enumIter struct {
	objects.Header
	it  Value // the source iterator
	i   int64 // the next count while big is Null
	big Value // the next count once it does not fit an int64
}

func newEnumIter(it, start Value) Value {
	e := &enumIter{it: it, big: null}
	if n, ok := objects.IntToInt64(start); ok && n < 1<<62 {
		e.i = n
	} else {
		e.big = start
	}
	e.SetType(enumerateType)
	return objects.Obj(e)
}

// nextInner advances a source iterator (list iterators inline).
func nextInner(t *objects.Thread, it Value) (Value, *Exc) {
	if it.Type() == objects.ListIterType {
		v, _ := objects.ListIterNext(it)
		return v, nil
	}
	return objects.Next(t, it)
}

// next2 returns the count and the next item; ok is false when exhausted.
func (e *enumIter) next2(t *objects.Thread) (n, v Value, ok bool, err *Exc) {
	if v, err = nextInner(t, e.it); err != nil || v.IsNull() {
		return null, null, false, err
	}
	if e.big.IsNull() {
		n = objects.Int(e.i)
		if e.i++; e.i == 1<<62 {
			e.big = objects.Int(e.i)
		}
		return n, v, true, nil
	}
	n = e.big
	if e.big, err = objects.BinaryOp(t, objects.OpAdd, n, objects.Int(1)); err != nil {
		return null, null, false, err
	}
	return n, v, true, nil
}

type zipIter struct {
	objects.Header
	its    []Value
	strict bool
	done   bool
}

func newZipIter(its []Value, strict bool) Value {
	z := &zipIter{its: its, strict: strict}
	z.SetType(zipType)
	return objects.Obj(z)
}

// fill stores the next item of every source in out (len(out) ==
// len(z.its)); ok is false when the zip is exhausted.
func (z *zipIter) fill(t *objects.Thread, out []Value) (ok bool, err *Exc) {
	if len(z.its) == 0 || z.done {
		return false, nil
	}
	for i, it := range z.its {
		v, err := nextInner(t, it)
		if err != nil {
			return false, err
		}
		if v.IsNull() {
			z.done = true
			if !z.strict {
				return false, nil
			}
			if i > 0 {
				return false, zipStrictError(i, "shorter")
			}
			for j := 1; j < len(z.its); j++ {
				w, err := objects.Next(t, z.its[j])
				if err != nil {
					return false, err
				}
				if !w.IsNull() {
					return false, zipStrictError(j, "longer")
				}
			}
			return false, nil
		}
		out[i] = v
	}
	return true, nil
}

// forPair serves FOR_ITER followed by a two-register unpack: it reports
// handled false when it is not an exact enumerate or two-source zip.
func forPair(t *objects.Thread, it Value, dst []Value) (handled, ok bool, err *Exc) {
	switch it.Type() {
	case enumerateType:
		var a, b Value
		a, b, ok, err = objects.As[enumIter](it).next2(t)
		if ok {
			dst[0], dst[1] = a, b
		}
		return true, ok, err
	case objects.DictItemIterType:
		var k, v Value
		k, v, ok, err = objects.DictItemNext2(it)
		if ok {
			dst[0], dst[1] = k, v
		}
		return true, ok, err
	case zipType:
		z := objects.As[zipIter](it)
		if len(z.its) != 2 {
			return false, false, nil
		}
		var pair [2]Value
		ok, err = z.fill(t, pair[:])
		if ok {
			dst[0], dst[1] = pair[0], pair[1]
		}
		return true, ok, err
	}
	return false, false, nil
}

func init() {
	enumerateType.Next = func(t *objects.Thread, v Value) (Value, *Exc) {
		e := objects.As[enumIter](v)
		if e.it.IsNull() {
			return null, objects.Errorf(objects.ExcTypeError, "'%s' object was not initialised by its constructor", v.Type().Name)
		}
		n, x, ok, err := e.next2(t)
		if !ok {
			return null, err
		}
		return objects.Tuple2(n, x), nil
	}
	enumerateType.AddMethod("__reduce__", func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
		e := objects.As[enumIter](self)
		n := e.big
		if n.IsNull() {
			n = objects.Int(e.i)
		}
		return objects.Tuple2(objects.Obj(self.Type()), objects.Tuple2(e.it, n)), nil
	})
	zipType.Next = func(t *objects.Thread, v Value) (Value, *Exc) {
		z := objects.As[zipIter](v)
		if len(z.its) == 0 || z.done {
			return null, nil
		}
		tu := objects.AllocTuple(len(z.its))
		ok, err := z.fill(t, tu.Items)
		if !ok {
			return null, err
		}
		return objects.Obj(tu), nil
	}
	zipType.AddMethod("__reduce__", func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
		z := objects.As[zipIter](self)
		its := append([]Value(nil), z.its...)
		if z.done {
			its = nil
		}
		r := objects.Tuple2(objects.Obj(self.Type()), objects.NewTupleValue(its))
		if z.strict {
			return objects.NewTupleValue([]Value{objects.Obj(self.Type()), objects.NewTupleValue(its), objects.True}), nil
		}
		return r, nil
	})
	zipType.AddMethod("__setstate__", func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
		if err := objects.CheckArgs("__setstate__", args, kwnames, 1, 1); err != nil {
			return null, err
		}
		b, err := objects.Truth(t, args[0])
		if err != nil {
			return null, err
		}
		objects.As[zipIter](self).strict = b
		return objects.None, nil
	})
}

// containsFast is `x in o` with the exact dict and set cases inline.
func containsFast(t *objects.Thread, o, x Value) (bool, *Exc) {
	switch o.Type() {
	case objects.DictType:
		_, found, err := objects.As[objects.Dict](o).GetItem(t, x)
		return found, err
	case objects.SetType, objects.FrozenSetType:
		if xt := x.Type(); xt != objects.SetType && !xt.IsSubtype(objects.SetType) {
			found, err := objects.As[objects.Set](o).Contains(t, x)
			return found, err
		}
	}
	return objects.Contains(t, o, x)
}
