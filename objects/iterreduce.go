package objects

import "math/big"

// Pickling of the sequence iterators (list, tuple, str, bytes): as in
// CPython, __reduce__ is (iter, (seq,), index), (iter, (empty,)) once
// exhausted, and __setstate__(index) moves the iterator, clamped to the
// sequence.

func builtinIter(t *Thread) (Value, *BaseException) {
	if ImportModule == nil {
		return Null, Errorf(ExcSystemError, "import machinery not initialised")
	}
	m, err := ImportModule(t, "builtins")
	if err != nil {
		return Null, err
	}
	return GetAttrString(t, m, "iter")
}

// iterReduce builds (iter, (seq,), index), or (iter, (empty,)) when seq
// is null.
func iterReduce(t *Thread, seq, empty Value, index int) (Value, *BaseException) {
	it, err := builtinIter(t)
	if err != nil {
		return Null, err
	}
	if seq.IsNull() {
		return Tuple2(it, NewTupleValue([]Value{empty})), nil
	}
	return NewTupleValue([]Value{it, NewTupleValue([]Value{seq}), Int(int64(index))}), nil
}

// stateIndex reads a __setstate__ index clamped to [0, n].
func stateIndex(t *Thread, v Value, n int) (int, *BaseException) {
	x, err := Index(t, v)
	if err != nil {
		return 0, err
	}
	if !x.IsSmallInt() {
		return 0, Errorf(ExcOverflowError, "Python int too large to convert to C ssize_t")
	}
	i := x.SmallInt()
	if i < 0 {
		return 0, nil
	}
	if i > int64(n) {
		return n, nil
	}
	return int(i), nil
}

func addIterPickle(ty *Type, reduce func(t *Thread, self Value) (Value, *BaseException), setstate func(t *Thread, self, st Value) *BaseException) {
	ty.AddMethod("__reduce__", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		if err := NoArgs("__reduce__", args, kwnames); err != nil {
			return Null, err
		}
		return reduce(t, self)
	})
	ty.AddMethod("__setstate__", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		if err := CheckArgs("__setstate__", args, kwnames, 1, 1); err != nil {
			return Null, err
		}
		if err := setstate(t, self, args[0]); err != nil {
			return Null, err
		}
		return None, nil
	})
}

func init() {
	addIterPickle(listIterType, func(t *Thread, self Value) (Value, *BaseException) {
		it := As[seqIter](self)
		if it.list == nil {
			return iterReduce(t, Null, NewListValue(nil), 0)
		}
		return iterReduce(t, Obj(it.list), Null, it.pos)
	}, func(t *Thread, self, st Value) *BaseException {
		it := As[seqIter](self)
		n := 0
		if it.list != nil {
			n = len(it.list.Items)
		}
		i, err := stateIndex(t, st, n)
		if err != nil {
			return err
		}
		if it.list != nil {
			it.pos = i
		}
		return nil
	})
	addIterPickle(tupleIterType, func(t *Thread, self Value) (Value, *BaseException) {
		it := As[seqIter](self)
		if it.tuple == nil || it.pos >= len(it.tuple.Items) {
			return iterReduce(t, Null, NewTupleValue(nil), 0)
		}
		return iterReduce(t, Obj(it.tuple), Null, it.pos)
	}, func(t *Thread, self, st Value) *BaseException {
		it := As[seqIter](self)
		n := 0
		if it.tuple != nil {
			n = len(it.tuple.Items)
		}
		i, err := stateIndex(t, st, n)
		if err != nil {
			return err
		}
		if it.tuple != nil {
			it.pos = i
		}
		return nil
	})
	addIterPickle(strIterType, func(t *Thread, self Value) (Value, *BaseException) {
		it := As[strIter](self)
		if it.pos >= len(it.s.S) {
			return iterReduce(t, Null, NewStrValue(""), 0)
		}
		chars := 0
		for off := 0; off < it.pos; chars++ {
			_, size := DecodeWTF8(it.s.S[off:])
			off += size
		}
		return iterReduce(t, Obj(it.s), Null, chars)
	}, func(t *Thread, self, st Value) *BaseException {
		it := As[strIter](self)
		i, err := stateIndex(t, st, len(it.s.S))
		if err != nil {
			return err
		}
		off := 0
		for ; i > 0 && off < len(it.s.S); i-- {
			_, size := DecodeWTF8(it.s.S[off:])
			off += size
		}
		it.pos = off
		return nil
	})
	addIterPickle(bytesIterType, func(t *Thread, self Value) (Value, *BaseException) {
		it := As[bytesIter](self)
		if it.pos >= len(it.b) {
			return iterReduce(t, Null, NewBytes(nil), 0)
		}
		return iterReduce(t, NewBytes(it.b), Null, it.pos)
	}, func(t *Thread, self, st Value) *BaseException {
		it := As[bytesIter](self)
		i, err := stateIndex(t, st, len(it.b))
		if err != nil {
			return err
		}
		it.pos = i
		return nil
	})
}

func init() {
	// a range iterator pickles as iter(range(next, next+left*step, step))
	// with index 0; __setstate__(i) skips i items.
	rangeReduce := func(t *Thread, next, step, left *big.Int) (Value, *BaseException) {
		stop := new(big.Int).Mul(left, step)
		stop.Add(stop, next)
		r := newRange(NewBigInt(new(big.Int).Set(next)), NewBigInt(stop), NewBigInt(new(big.Int).Set(step)))
		return iterReduce(t, Obj(r), Null, 0)
	}
	// a small range iterator pickles as CPython 3.11's: the range it
	// started from and how many items it has produced
	addIterPickle(RangeIterType, func(t *Thread, self Value) (Value, *BaseException) {
		it := As[RangeIter](self)
		done := it.Len - it.Left
		start := new(big.Int).Mul(big.NewInt(done), big.NewInt(it.Step))
		start.Sub(big.NewInt(it.Next), start)
		stop := new(big.Int).Mul(big.NewInt(it.Len), big.NewInt(it.Step))
		stop.Add(stop, start)
		r := newRange(NewBigInt(start), NewBigInt(stop), Int(it.Step))
		return iterReduce(t, Obj(r), Null, int(done))
	}, func(t *Thread, self, st Value) *BaseException {
		it := As[RangeIter](self)
		i, err := stateIndex(t, st, int(it.Len))
		if err != nil {
			return err
		}
		done := it.Len - it.Left
		it.Next += (int64(i) - done) * it.Step
		it.Left = it.Len - int64(i)
		return nil
	})
	addIterPickle(LongRangeIterType, func(t *Thread, self Value) (Value, *BaseException) {
		it := As[longRangeIter](self)
		return rangeReduce(t, &it.next, &it.step, &it.left)
	}, func(t *Thread, self, st Value) *BaseException {
		it := As[longRangeIter](self)
		x, err := Index(t, st)
		if err != nil {
			return err
		}
		i := new(big.Int).Set(bigOfInt(x))
		if i.Sign() < 0 {
			i.SetInt64(0)
		}
		if i.Cmp(&it.left) > 0 {
			i.Set(&it.left)
		}
		it.next.Add(&it.next, new(big.Int).Mul(i, &it.step))
		it.left.Sub(&it.left, i)
		return nil
	})
}

func init() {
	// range pickles as range(start, stop, step)
	RangeType.AddMethod("__reduce__", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		if err := NoArgs("__reduce__", args, kwnames); err != nil {
			return Null, err
		}
		r := As[Range](self)
		var a, b, c Value
		if r.Big != nil {
			a = NewBigInt(new(big.Int).Set(&r.Big.start))
			b = NewBigInt(new(big.Int).Set(&r.Big.stop))
			c = NewBigInt(new(big.Int).Set(&r.Big.step))
		} else {
			a, b, c = Int(r.Start), Int(r.Stop), Int(r.Step)
		}
		return Tuple2(Obj(RangeType), NewTupleValue([]Value{a, b, c})), nil
	})
}

// drainReduce pickles an iterator whose remaining items cannot be named
// by an index (dict and set iterators) as iter(list(remaining)), taken
// from a copy so the iterator itself does not advance (CPython's
// dictiter_reduce / setiter_reduce).
func drainReduce(t *Thread, clone Value) (Value, *BaseException) {
	var items []Value
	for {
		v, err := Next(t, clone)
		if err != nil {
			return Null, err
		}
		if v.IsNull() {
			break
		}
		items = append(items, v)
	}
	it, err := builtinIter(t)
	if err != nil {
		return Null, err
	}
	return Tuple2(it, NewTupleValue([]Value{NewListValue(items)})), nil
}

func init() {
	for _, ty := range []*Type{dictKeyIterType, dictValueIterType, dictItemIterType} {
		ty.AddMethod("__reduce__", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
			if err := NoArgs("__reduce__", args, kwnames); err != nil {
				return Null, err
			}
			c := *As[dictIter](self)
			return drainReduce(t, Obj(&c))
		})
	}
}

func init() {
	// set and frozenset pickle as type(self)(list(self)) with the
	// instance __dict__ (or None) as state
	for _, ty := range []*Type{SetType, FrozenSetType} {
		ty.AddMethod("__reduce__", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
			if err := NoArgs("__reduce__", args, kwnames); err != nil {
				return Null, err
			}
			items, err := IterToSlice(t, self)
			if err != nil {
				return Null, err
			}
			state := None
			if a := instanceAttrs(self, false); a != nil {
				if d := a.ToDict(); d.Len() > 0 {
					state = Obj(d)
				}
			}
			list := NewListValue(append([]Value(nil), items...))
			return NewTupleValue([]Value{Obj(self.Type()), NewTupleValue([]Value{list}), state}), nil
		})
	}
}

func init() {
	// Ellipsis and NotImplemented pickle by name (builtins.Ellipsis)
	for _, s := range []struct {
		ty   *Type
		name string
	}{{EllipsisType, "Ellipsis"}, {NotImplementedType, "NotImplemented"}} {
		name := s.name
		s.ty.AddMethod("__reduce__", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
			if err := NoArgs("__reduce__", args, kwnames); err != nil {
				return Null, err
			}
			return NewStrValue(name), nil
		})
	}
}

func init() {
	// iter(obj-with-__getitem__): (iter, (seq,), index), exhausted
	// (iter, ((),)); __setstate__ sets the index (negative: 0)
	addIterPickle(seqGetItemIterType, func(t *Thread, self Value) (Value, *BaseException) {
		it := As[seqGetItemIter](self)
		if it.seq.IsNull() {
			return iterReduce(t, Null, NewTupleValue(nil), 0)
		}
		return iterReduce(t, it.seq, Null, int(it.i))
	}, func(t *Thread, self, st Value) *BaseException {
		it := As[seqGetItemIter](self)
		x, err := Index(t, st)
		if err != nil {
			return err
		}
		i, ok := IntToInt64(x)
		if !ok {
			return Errorf(ExcOverflowError, "Python int too large to convert to C ssize_t")
		}
		if !it.seq.IsNull() {
			it.i = max(i, 0)
		}
		return nil
	})
}

func init() {
	// dict views' .mapping: a read-only proxy of the dict (3.10+)
	for _, ty := range []*Type{dictKeysType, dictValuesType, dictItemsType} {
		ty.addGetter("mapping", func(t *Thread, self Value) (Value, *BaseException) {
			return NewMappingProxy(Obj(As[dictView](self).d)), nil
		})
	}
}
