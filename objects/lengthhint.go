package objects

import (
	"unicode/utf8"
)

// __length_hint__ of the builtin iterators (operator.length_hint, list()
// presizing) and type.mro().

func addLengthHint(ty *Type, f func(v Value) int64) {
	ty.AddMethod("__length_hint__", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		if err := NoArgs("__length_hint__", args, kwnames); err != nil {
			return Null, err
		}
		return Int(max(f(self), 0)), nil
	})
}

func init() {
	addLengthHint(listIterType, func(v Value) int64 {
		it := As[seqIter](v)
		if it.list == nil {
			return 0
		}
		return int64(len(it.list.Items) - it.pos)
	})
	addLengthHint(tupleIterType, func(v Value) int64 {
		it := As[seqIter](v)
		return int64(len(it.tuple.Items) - it.pos)
	})
	addLengthHint(RangeIterType, func(v Value) int64 { return As[RangeIter](v).Left })
	addLengthHint(LongRangeIterType, func(v Value) int64 {
		l := &As[longRangeIter](v).left
		if !l.IsInt64() {
			return 1<<63 - 1
		}
		return l.Int64()
	})
	dictHint := func(v Value) int64 {
		it := As[dictIter](v)
		if it.d == nil || it.d.used != it.used {
			return 0
		}
		n := int64(0)
		for _, e := range it.d.entries[it.pos:] {
			if e.key.p != nil {
				n++
			}
		}
		return n
	}
	for _, ty := range []*Type{dictKeyIterType, dictValueIterType, dictItemIterType} {
		addLengthHint(ty, dictHint)
	}
	addLengthHint(strIterType, func(v Value) int64 {
		it := As[strIter](v)
		return int64(utf8.RuneCountInString(it.s.S[it.pos:]))
	})
	addLengthHint(bytesIterType, func(v Value) int64 {
		it := As[bytesIter](v)
		return int64(len(it.b) - it.pos)
	})
	TypeType.AddMethod("mro", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		if err := NoArgs("mro", args, kwnames); err != nil {
			return Null, err
		}
		ty := As[Type](self)
		items := make([]Value, len(ty.MRO))
		for i, m := range ty.MRO {
			items[i] = Obj(m)
		}
		return NewListValue(items), nil
	})
}

// checkLengthHint asks a Python-level iterable for its length the way
// list(), list.extend and bytearray.extend do before iterating
// (PyObject_LengthHint): an exception other than TypeError from
// __len__ or __length_hint__ propagates.
func checkLengthHint(t *Thread, v Value) *BaseException {
	typ := v.Type()
	if !typ.IsHeapType() {
		return nil
	}
	if f := lookupUser(typ, "__len__"); !f.IsNull() {
		if _, err := callAttr(t, f, v); err != nil && !err.Matches(ExcTypeError) {
			return err
		}
		return nil
	}
	if f := lookupUser(typ, "__length_hint__"); !f.IsNull() {
		r, err := callAttr(t, f, v)
		if err != nil {
			if err.Matches(ExcTypeError) {
				return nil
			}
			return err
		}
		if r.Is(NotImplemented) {
			return nil
		}
		if !IsIntValue(r) {
			return Errorf(ExcTypeError, "__length_hint__ must be an integer, not %s", r.Type().Name)
		}
		if n, ok := IntToInt64(r); ok && n < 0 {
			return Errorf(ExcValueError, "__length_hint__() should return >= 0")
		}
	}
	return nil
}
