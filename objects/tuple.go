package objects

import "strings"

// TupleType is `tuple`.
var TupleType = builtinType("tuple", nil, FlagBaseType)

// Tuple is an immutable sequence.
type Tuple struct {
	Header
	Items []Value
}

var emptyTuple = &Tuple{Header: Header{TupleType}}

// NewTuple returns a tuple holding items (not copied).
func NewTuple(items []Value) *Tuple {
	if len(items) == 0 {
		return emptyTuple
	}
	return &Tuple{Header: Header{TupleType}, Items: items}
}

// NewTupleValue returns a tuple value holding items (not copied).
func NewTupleValue(items []Value) Value { return Obj(NewTuple(items)) }

// Len returns the number of items (0 for a nil tuple).
func (t *Tuple) Len() int {
	if t == nil {
		return 0
	}
	return len(t.Items)
}

func seqRepr(t *Thread, v Value, items []Value, open, close string) (Value, *BaseException) {
	if !t.ReprEnter(v) {
		if close == ",)" {
			close = ")"
		}
		return NewStrValue(open + "..." + close), nil
	}
	defer t.ReprLeave(v)
	var b strings.Builder
	b.WriteString(open)
	for i, it := range items {
		if i > 0 {
			b.WriteString(", ")
		}
		s, err := ReprString(t, it)
		if err != nil {
			return Null, err
		}
		if int64(b.Len()+len(s)) > MaxAlloc {
			return Null, Errorf(ExcMemoryError, "")
		}
		b.WriteString(s)
	}
	b.WriteString(close)
	return NewStrValue(b.String()), nil
}

func tupleRepr(t *Thread, v Value) (Value, *BaseException) {
	items := As[Tuple](v).Items
	if len(items) == 1 {
		return seqRepr(t, v, items, "(", ",)")
	}
	return seqRepr(t, v, items, "(", ")")
}

func tupleHash(t *Thread, v Value) (int64, *BaseException) {
	// xxHash-style mixing as CPython 3.8+ (constants from the xxHash spec).
	const p1, p2, p5 = 11400714785074694791, 14029467366897019727, 2870177450012600261
	acc := uint64(p5)
	items := As[Tuple](v).Items
	for _, it := range items {
		h, err := Hash(t, it)
		if err != nil {
			return 0, err
		}
		acc += uint64(h) * p2
		acc = acc<<31 | acc>>33
		acc *= p1
	}
	acc += uint64(len(items)) ^ (p5 ^ 3527539)
	if int64(acc) == -1 {
		return 1546275796, nil
	}
	return int64(acc), nil
}

// seqCompare compares two sequences lexicographically.
func seqCompare(t *Thread, x, y []Value, op CompareOp) (Value, *BaseException) {
	if t != nil {
		if t.Depth >= t.RecursionLimit {
			return Null, Errorf(ExcRecursionError, "maximum recursion depth exceeded in comparison")
		}
		t.Depth++
		defer func() { t.Depth-- }()
	}
	n := min(len(x), len(y))
	for i := 0; i < n; i++ {
		if x[i].Is(y[i]) {
			continue
		}
		eq, err := Equal(t, x[i], y[i])
		if err != nil {
			return Null, err
		}
		if !eq {
			if op == CmpEq {
				return False, nil
			}
			if op == CmpNe {
				return True, nil
			}
			return RichCompare(t, x[i], y[i], op)
		}
	}
	return Bool(CompareInt64(int64(len(x)), int64(len(y)), op)), nil
}

func tupleCompare(t *Thread, a, b Value, op CompareOp) (Value, *BaseException) {
	if !b.IsInstance(TupleType) {
		return NotImplemented, nil
	}
	return seqCompare(t, As[Tuple](a).Items, As[Tuple](b).Items, op)
}

func tupleGetItem(t *Thread, v, k Value) (Value, *BaseException) {
	items := As[Tuple](v).Items
	if k.Type() == SliceType {
		if v.Type() == TupleType {
			if a, b, c, err := As[Slice](k).Indices(t, len(items)); err == nil && a == 0 && b == len(items) && c == 1 {
				return v, nil // t[:] is t
			}
		}
		r, err := SliceTuple(t, items, As[Slice](k))
		if err != nil {
			return Null, err
		}
		return Obj(r), nil
	}
	i, err := IndexOf(t, k, "tuple")
	if err != nil {
		return Null, err
	}
	if i < 0 {
		i += len(items)
	}
	if i < 0 || i >= len(items) {
		return Null, Errorf(ExcIndexError, "tuple index out of range")
	}
	return items[i], nil
}

// sliceItems returns a fresh slice of items selected by s.
func sliceItems(t *Thread, items []Value, s *Slice) ([]Value, *BaseException) {
	start, stop, step, err := s.Indices(t, len(items))
	if err != nil {
		return nil, err
	}
	if step == 1 {
		if stop <= start {
			return nil, nil
		}
		return append([]Value(nil), items[start:stop]...), nil
	}
	n := 0
	if step > 0 && stop > start {
		n = (stop-start-1)/step + 1
	} else if step < 0 && start > stop {
		n = (start-stop-1)/(-step) + 1
	}
	out := make([]Value, n)
	for j, i := 0, start; j < n; j, i = j+1, i+step {
		out[j] = items[i]
	}
	return out, nil
}

func seqContains(t *Thread, items []Value, x Value) (bool, *BaseException) {
	if err := t.Spend(len(items)); err != nil {
		return false, err
	}
	for _, it := range items {
		if it.Is(x) {
			return true, nil
		}
		eq, err := Equal(t, it, x)
		if err != nil || eq {
			return eq, err
		}
	}
	return false, nil
}

// seqIter iterates over a tuple or list by index.
type seqIter struct {
	Header
	list  *List
	tuple *Tuple
	pos   int
}

var tupleIterType = builtinType("tuple_iterator", nil, 0)

func tupleIterNext(t *Thread, v Value) (Value, *BaseException) {
	it := As[seqIter](v)
	if it.pos < len(it.tuple.Items) {
		it.pos++
		return it.tuple.Items[it.pos-1], nil
	}
	return Null, nil
}

func tupleNew(t *Thread, typ *Type, args []Value, kwnames *Tuple) (Value, *BaseException) {
	if kwnames.Len() > 0 {
		// keywords are refused unless a subclass defines __init__ (which
		// gets them), as CPython's tuple_new
		if typ == TupleType || lookupUser(typ, "__init__").IsNull() {
			return Null, Errorf(ExcTypeError, "tuple() takes no keyword arguments")
		}
		args, _ = SplitArgs(args, kwnames)
		kwnames = nil
	}
	if kwnames != nil || len(args) > 1 {
		return Null, Errorf(ExcTypeError, "tuple expected at most 1 argument, got %d", len(args))
	}
	var items []Value
	if len(args) == 1 {
		if args[0].Type() == TupleType && typ == TupleType {
			return args[0], nil
		}
		var err *BaseException
		items, err = IterToSlice(t, args[0])
		if err != nil {
			return Null, err
		}
		if args[0].Type() != TupleType {
			items = append([]Value(nil), items...) // a list's storage must not be shared
		}
	}
	if typ == TupleType {
		return NewTupleValue(items), nil
	}
	return Obj(&Tuple{Header: Header{typ}, Items: items}), nil
}

func init() {
	TupleType.Repr = tupleRepr
	TupleType.Hash = tupleHash
	TupleType.RichCompare = tupleCompare
	TupleType.GetItem = tupleGetItem
	TupleType.New = tupleNew
	TupleType.Len = func(t *Thread, v Value) (int, *BaseException) { return len(As[Tuple](v).Items), nil }
	TupleType.Bool = func(t *Thread, v Value) (bool, *BaseException) { return len(As[Tuple](v).Items) > 0, nil }
	TupleType.Contains = func(t *Thread, v, x Value) (bool, *BaseException) { return seqContains(t, As[Tuple](v).Items, x) }
	TupleType.Iter = func(t *Thread, v Value) (Value, *BaseException) {
		return Obj(&seqIter{Header: Header{tupleIterType}, tuple: As[Tuple](v)}), nil
	}
	TupleType.NB[OpAdd] = func(t *Thread, a, b Value) (Value, *BaseException) {
		if !a.IsInstance(TupleType) {
			return NotImplemented, nil
		}
		if !b.IsInstance(TupleType) {
			return NotImplemented, nil // the message comes from seqOpError
		}
		x, y := As[Tuple](a).Items, As[Tuple](b).Items
		if err := CheckAlloc(int64(len(x)+len(y)), 16); err != nil {
			return Null, err
		}
		r := AllocTuple(len(x) + len(y))
		copy(r.Items, x)
		copy(r.Items[len(x):], y)
		return Obj(r), nil
	}
	TupleType.NB[OpMul] = func(t *Thread, a, b Value) (Value, *BaseException) {
		s, n := a, b
		if !s.IsInstance(TupleType) {
			s, n = b, a
		}
		items := As[Tuple](s).Items
		k, notImpl, err := repeatCount(t, n, len(items), 16)
		if notImpl || err != nil {
			return NotImplemented, err
		}
		if k == 1 && s.Type() == TupleType {
			return s, nil
		}
		return NewTupleValue(repeatValues(items, k)), nil
	}
	tupleIterType.Iter = selfIter
	tupleIterType.Next = tupleIterNext
	TupleType.AddMethod("index", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		if err := CheckArgs("index", args, kwnames, 1, 1); err != nil {
			return Null, err
		}
		for i, it := range As[Tuple](self).Items {
			eq, err := Equal(t, it, args[0])
			if err != nil {
				return Null, err
			}
			if eq {
				return Int(int64(i)), nil
			}
		}
		return Null, Errorf(ExcValueError, "tuple.index(x): x not in tuple")
	})
	TupleType.AddMethod("count", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		if err := CheckArgs("count", args, kwnames, 1, 1); err != nil {
			return Null, err
		}
		n := 0
		for _, it := range As[Tuple](self).Items {
			eq, err := Equal(t, it, args[0])
			if err != nil {
				return Null, err
			}
			if eq {
				n++
			}
		}
		return Int(int64(n)), nil
	})
}

// Small tuples and lists are allocated together with their item storage
// (one allocation instead of two).
type (
	tuple1 struct {
		Tuple
		a [1]Value
	}
	tuple2 struct {
		Tuple
		a [2]Value
	}
	tuple3 struct {
		Tuple
		a [3]Value
	}
	tuple4 struct {
		Tuple
		a [4]Value
	}
	list4 struct {
		List
		a [4]Value
	}
)

// AllocTuple returns a tuple of n Null items for the caller to fill.
func AllocTuple(n int) *Tuple {
	var t *Tuple
	switch n {
	case 0:
		return emptyTuple
	case 1:
		x := &tuple1{}
		x.Items = x.a[:]
		t = &x.Tuple
	case 2:
		x := &tuple2{}
		x.Items = x.a[:]
		t = &x.Tuple
	case 3:
		x := &tuple3{}
		x.Items = x.a[:]
		t = &x.Tuple
	case 4:
		x := &tuple4{}
		x.Items = x.a[:]
		t = &x.Tuple
	default:
		if t = allocTupleInline(n); t == nil {
			t = &Tuple{Items: make([]Value, n)}
		}
	}
	t.typ = TupleType
	return t
}

// Tuple2 returns the pair (a, b).
func Tuple2(a, b Value) Value {
	t := AllocTuple(2)
	t.Items[0], t.Items[1] = a, b
	return Obj(t)
}

// AllocList returns a list of n Null items for the caller to fill.
func AllocList(n int) *List {
	if n > 4 {
		if l := allocListInline(n); l != nil {
			return l
		}
		return &List{Header: Header{ListType}, Items: make([]Value, n)}
	}
	x := &list4{}
	x.typ = ListType
	x.Items = x.a[:n]
	return &x.List
}
