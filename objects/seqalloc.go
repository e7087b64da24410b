package objects

// Lists and tuples of up to 16 items are allocated together with their
// item storage (one allocation instead of two); see AllocList/AllocTuple.

type (
	list8 struct {
		List
		a [8]Value
	}
	list12 struct {
		List
		a [12]Value
	}
	list16 struct {
		List
		a [16]Value
	}
	tuple8 struct {
		Tuple
		a [8]Value
	}
	tuple12 struct {
		Tuple
		a [12]Value
	}
	tuple16 struct {
		Tuple
		a [16]Value
	}
)

// allocListInline returns a list of n (5..16) Null items with inline
// storage, or nil for larger n.
func allocListInline(n int) *List {
	var l *List
	switch {
	case n <= 8:
		x := &list8{}
		x.Items = x.a[:n:n]
		l = &x.List
	case n <= 12:
		x := &list12{}
		x.Items = x.a[:n:n]
		l = &x.List
	case n <= 16:
		x := &list16{}
		x.Items = x.a[:n:n]
		l = &x.List
	default:
		return nil
	}
	l.typ = ListType
	return l
}

// allocTupleInline is allocListInline for tuples.
func allocTupleInline(n int) *Tuple {
	var t *Tuple
	switch {
	case n <= 8:
		x := &tuple8{}
		x.Items = x.a[:n:n]
		t = &x.Tuple
	case n <= 12:
		x := &tuple12{}
		x.Items = x.a[:n:n]
		t = &x.Tuple
	case n <= 16:
		x := &tuple16{}
		x.Items = x.a[:n:n]
		t = &x.Tuple
	default:
		return nil
	}
	t.typ = TupleType
	return t
}

// ConcatList returns a new list holding x's items then y's.
func ConcatList(x, y []Value) *List {
	l := AllocList(len(x) + len(y))
	copy(l.Items, x)
	copy(l.Items[len(x):], y)
	return l
}

// sliceBounds returns the first index, step and length of the items of
// a sequence of length n selected by s.
func sliceBounds(t *Thread, n int, s *Slice) (start, step, length int, err *BaseException) {
	start, stop, step, err := s.Indices(t, n)
	if err != nil {
		return 0, 0, 0, err
	}
	if step > 0 && stop > start {
		length = (stop - start + step - 1) / step
	} else if step < 0 && start > stop {
		length = (start - stop - step - 1) / -step
	}
	return start, step, length, nil
}

// fillSlice copies the selected items into out (len(out) items).
func fillSlice(out, items []Value, start, step int) {
	if step == 1 {
		copy(out, items[start:start+len(out)])
		return
	}
	for j, i := 0, start; j < len(out); j, i = j+1, i+step {
		out[j] = items[i]
	}
}

// SliceList returns items[s] as a new list.
func SliceList(t *Thread, items []Value, s *Slice) (*List, *BaseException) {
	start, step, n, err := sliceBounds(t, len(items), s)
	if err != nil {
		return nil, err
	}
	l := AllocList(n)
	fillSlice(l.Items, items, start, step)
	return l, nil
}

// SliceTuple returns items[s] as a new tuple.
func SliceTuple(t *Thread, items []Value, s *Slice) (*Tuple, *BaseException) {
	start, step, n, err := sliceBounds(t, len(items), s)
	if err != nil {
		return nil, err
	}
	tu := AllocTuple(n)
	fillSlice(tu.Items, items, start, step)
	return tu, nil
}
