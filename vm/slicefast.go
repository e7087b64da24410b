package vm

import "taipan/objects"

// sliceBound clamps a slice bound (a small int or None) to [0, n] the
// way slice.indices does for step 1; ok is false for other bound types.
func sliceBound(v Value, n int, def int) (int, bool) {
	if v.IsNone() {
		return def, true
	}
	if !v.IsSmallInt() {
		return 0, false
	}
	i := v.SmallInt()
	if i < 0 {
		i += int64(n)
		if i < 0 {
			i = 0
		}
	} else if i > int64(n) {
		i = int64(n)
	}
	return int(i), true
}

// fastSlice evaluates o[lo:hi] for an exact list, tuple or str and bounds
// that are small ints or None, without building a slice object; ok is
// false when the generic path must run.
func fastSlice(o, lo, hi Value) (Value, bool) {
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
		a, ok1 := sliceBound(lo, n, 0)
		b, ok2 := sliceBound(hi, n, n)
		if !ok1 || !ok2 {
			return null, false
		}
		if b <= a {
			return objects.NewStrValue(""), true
		}
		if a == 0 && b == n {
			return o, true
		}
		return objects.NewStrValue(s.Substr(a, b)), true
	default:
		return null, false
	}
	n := len(items)
	a, ok1 := sliceBound(lo, n, 0)
	b, ok2 := sliceBound(hi, n, n)
	if !ok1 || !ok2 {
		return null, false
	}
	if b < a {
		b = a
	}
	if typ == objects.ListType {
		l := objects.AllocList(b - a)
		copy(l.Items, items[a:b])
		return objects.Obj(l), true
	}
	if a == 0 && b == n {
		return o, true
	}
	tu := objects.AllocTuple(b - a)
	copy(tu.Items, items[a:b])
	return objects.Obj(tu), true
}
