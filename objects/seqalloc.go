package objects

// Lists and tuples of 5 to 16 items are allocated together with their
// item storage, sized exactly (32 + 16n bytes is a Go size class for each
// of these n), so the common small sequences cost one allocation and no
// wasted bytes; see AllocList/AllocTuple.

// Code generated for n = 5..16; keep the two switches in step.

type (
	list5 struct {
		List
		a [5]Value
	}
	tuple5 struct {
		Tuple
		a [5]Value
	}
	list6 struct {
		List
		a [6]Value
	}
	tuple6 struct {
		Tuple
		a [6]Value
	}
	list7 struct {
		List
		a [7]Value
	}
	tuple7 struct {
		Tuple
		a [7]Value
	}
	list8 struct {
		List
		a [8]Value
	}
	tuple8 struct {
		Tuple
		a [8]Value
	}
	list9 struct {
		List
		a [9]Value
	}
	tuple9 struct {
		Tuple
		a [9]Value
	}
	list10 struct {
		List
		a [10]Value
	}
	tuple10 struct {
		Tuple
		a [10]Value
	}
	list11 struct {
		List
		a [11]Value
	}
	tuple11 struct {
		Tuple
		a [11]Value
	}
	list12 struct {
		List
		a [12]Value
	}
	tuple12 struct {
		Tuple
		a [12]Value
	}
	list13 struct {
		List
		a [13]Value
	}
	tuple13 struct {
		Tuple
		a [13]Value
	}
	list14 struct {
		List
		a [14]Value
	}
	tuple14 struct {
		Tuple
		a [14]Value
	}
	list15 struct {
		List
		a [15]Value
	}
	tuple15 struct {
		Tuple
		a [15]Value
	}
	list16 struct {
		List
		a [16]Value
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
	switch n {
	case 5:
		x := &list5{}
		x.Items = x.a[:]
		l = &x.List
	case 6:
		x := &list6{}
		x.Items = x.a[:]
		l = &x.List
	case 7:
		x := &list7{}
		x.Items = x.a[:]
		l = &x.List
	case 8:
		x := &list8{}
		x.Items = x.a[:]
		l = &x.List
	case 9:
		x := &list9{}
		x.Items = x.a[:]
		l = &x.List
	case 10:
		x := &list10{}
		x.Items = x.a[:]
		l = &x.List
	case 11:
		x := &list11{}
		x.Items = x.a[:]
		l = &x.List
	case 12:
		x := &list12{}
		x.Items = x.a[:]
		l = &x.List
	case 13:
		x := &list13{}
		x.Items = x.a[:]
		l = &x.List
	case 14:
		x := &list14{}
		x.Items = x.a[:]
		l = &x.List
	case 15:
		x := &list15{}
		x.Items = x.a[:]
		l = &x.List
	case 16:
		x := &list16{}
		x.Items = x.a[:]
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
	switch n {
	case 5:
		x := &tuple5{}
		x.Items = x.a[:]
		t = &x.Tuple
	case 6:
		x := &tuple6{}
		x.Items = x.a[:]
		t = &x.Tuple
	case 7:
		x := &tuple7{}
		x.Items = x.a[:]
		t = &x.Tuple
	case 8:
		x := &tuple8{}
		x.Items = x.a[:]
		t = &x.Tuple
	case 9:
		x := &tuple9{}
		x.Items = x.a[:]
		t = &x.Tuple
	case 10:
		x := &tuple10{}
		x.Items = x.a[:]
		t = &x.Tuple
	case 11:
		x := &tuple11{}
		x.Items = x.a[:]
		t = &x.Tuple
	case 12:
		x := &tuple12{}
		x.Items = x.a[:]
		t = &x.Tuple
	case 13:
		x := &tuple13{}
		x.Items = x.a[:]
		t = &x.Tuple
	case 14:
		x := &tuple14{}
		x.Items = x.a[:]
		t = &x.Tuple
	case 15:
		x := &tuple15{}
		x.Items = x.a[:]
		t = &x.Tuple
	case 16:
		x := &tuple16{}
		x.Items = x.a[:]
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
