package vm

import (
	"taipan/compile"
	"taipan/objects"
)

// smallIndices is slice.indices(n) for bounds and step that are small
// ints or None (step None when absent); ok is false for other types or a
// zero step (the generic path raises the error).
func smallIndices(lo, hi, st Value, n int) (start, step, length int, ok bool) {
	step = 1
	if !st.IsNull() && !st.IsNone() {
		if !st.IsSmallInt() || st.SmallInt() == 0 || st.SmallInt() == -1<<63 {
			return 0, 0, 0, false
		}
		step = int(st.SmallInt())
	}
	lower, upper := 0, n
	if step < 0 {
		lower, upper = -1, n-1
	}
	bound := func(v Value, def int) (int, bool) {
		if v.IsNone() {
			return def, true
		}
		if !v.IsSmallInt() {
			return 0, false
		}
		i := v.SmallInt()
		if i < 0 {
			i += int64(n)
			if i < int64(lower) {
				i = int64(lower)
			}
		} else if i > int64(upper) {
			i = int64(upper)
		}
		return int(i), true
	}
	var stop int
	var ok1, ok2 bool
	if step < 0 {
		start, ok1 = bound(lo, upper)
		stop, ok2 = bound(hi, lower)
	} else {
		start, ok1 = bound(lo, lower)
		stop, ok2 = bound(hi, upper)
	}
	if !ok1 || !ok2 {
		return 0, 0, 0, false
	}
	// CPython's overflow-free formulas (steps up to ±maxsize)
	if step > 0 && stop > start {
		length = (stop-start-1)/step + 1
	} else if step < 0 && start > stop {
		length = (start-stop-1)/(-step) + 1
	}
	return start, step, length, true
}

// fastSlice evaluates o[lo:hi:st] (st Null when absent) for an exact
// list, tuple or str (str: step 1 only) and small-int or None operands,
// without building a slice object; ok is false when the generic path
// must run.
func fastSlice(o, lo, hi, st Value) (Value, bool) {
	var items []Value
	typ := o.Type()
	switch typ {
	case objects.ListType:
		items = objects.As[objects.List](o).Items
	case objects.TupleType:
		items = objects.As[objects.Tuple](o).Items
	case objects.StrType:
		s := objects.As[objects.Str](o)
		n := s.Len()
		a, step, length, ok := smallIndices(lo, hi, st, n)
		if !ok || step != 1 {
			return null, false
		}
		if length == 0 {
			return objects.NewStrValue(""), true
		}
		if length == n {
			return o, true
		}
		return objects.NewStrValue(s.Substr(a, a+length)), true
	default:
		return null, false
	}
	n := len(items)
	a, step, length, ok := smallIndices(lo, hi, st, n)
	if !ok {
		return null, false
	}
	var out []Value
	var r Value
	if typ == objects.ListType {
		l := objects.AllocList(length)
		out, r = l.Items, objects.Obj(l)
	} else {
		if step == 1 && length == n {
			return o, true
		}
		tu := objects.AllocTuple(length)
		out, r = tu.Items, objects.Obj(tu)
	}
	if step == 1 {
		copy(out, items[a:a+length])
	} else {
		for j, i := 0, a; j < length; j, i = j+1, i+step {
			out[j] = items[i]
		}
	}
	return r, true
}

// fastSliceStore performs o[lo:hi] = v for an exact list o, an exact list
// or tuple v and small-int or None bounds (no step); ok is false when the
// generic path must run.
func fastSliceStore(o, lo, hi, st, v Value) bool {
	if o.Type() != objects.ListType || (!st.IsNull() && !st.IsNone()) {
		return false
	}
	var src []Value
	switch v.Type() {
	case objects.ListType:
		src = objects.As[objects.List](v).Items
	case objects.TupleType:
		src = objects.As[objects.Tuple](v).Items
	default:
		return false
	}
	l := objects.As[objects.List](o)
	a, _, length, ok := smallIndices(lo, hi, null, len(l.Items))
	if !ok {
		return false
	}
	b := a + length
	if len(src) == length {
		copy(l.Items[a:b], src) // same length: in place (copy handles overlap)
		return true
	}
	if v.Is(o) {
		src = append([]Value(nil), src...)
	}
	items := make([]Value, 0, len(l.Items)-length+len(src))
	items = append(items, l.Items[:a]...)
	items = append(items, src...)
	items = append(items, l.Items[b:]...)
	l.Items = items
	return true
}

// sliceFused runs a flagged BUILD_SLICE w together with the instruction
// next that consumes the slice (BINARY_SUBSCR for D = 1, STORE_SUBSCR for
// D = 2); false when the generic instructions must run.
func sliceFused(regs []Value, w, next uint64) bool {
	b, c := int(uint16(w>>24)), int(uint16(w>>40))
	st := null
	if c == 3 {
		st = regs[b+2]
	}
	switch {
	case w>>56 == 1 && compile.Op(next&0xff) == compile.BINARY_SUBSCR && uint16(next>>40) == uint16(w>>8):
		if r, ok := fastSlice(regs[uint16(next>>24)], regs[b], regs[b+1], st); ok {
			regs[uint16(next>>8)] = r
			return true
		}
	case w>>56 == 2 && compile.Op(next&0xff) == compile.STORE_SUBSCR && uint16(next>>24) == uint16(w>>8):
		return fastSliceStore(regs[uint16(next>>8)], regs[b], regs[b+1], st, regs[uint16(next>>40)])
	}
	return false
}

// listConcatFused runs a flagged BUILD_LIST w together with the
// BINARY_OP + next that adds a list to it; false when the generic
// instructions must run.
func listConcatFused(regs []Value, w, next uint64) bool {
	if compile.Op(next&0xff) != compile.BINARY_OP || uint16(next>>24) != uint16(w>>8) || objects.BinOp(next>>56) != objects.OpAdd {
		return false
	}
	r := regs[uint16(next>>40)]
	if r.Type() != objects.ListType {
		return false
	}
	b, c := int(uint16(w>>24)), int(uint16(w>>40))
	rest := objects.As[objects.List](r).Items
	l := objects.AllocList(c + len(rest))
	copy(l.Items, regs[b:b+c])
	copy(l.Items[c:], rest)
	regs[uint16(next>>8)] = objects.Obj(l)
	return true
}
