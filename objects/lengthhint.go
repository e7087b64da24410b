package objects

// __length_hint__ of the builtin sequence iterators (operator.length_hint,
// list(iterator) presizing).

func init() {
	hint := func(n int) (Value, *BaseException) { return Int(int64(max(n, 0))), nil }
	listIterType.AddMethod("__length_hint__", func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *BaseException) {
		it := As[seqIter](self)
		if it.list == nil {
			return hint(0)
		}
		return hint(len(it.list.Items) - it.pos)
	})
	tupleIterType.AddMethod("__length_hint__", func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *BaseException) {
		it := As[seqIter](self)
		return hint(len(it.tuple.Items) - it.pos)
	})
	RangeIterType.AddMethod("__length_hint__", func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *BaseException) {
		return Int(max(As[RangeIter](self).Left, 0)), nil
	})
}
