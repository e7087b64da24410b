package objects

import (
	"cmp"
	"slices"
	"strings"
)

// ListType is `list`.
var ListType = builtinType("list", nil, FlagBaseType)

// List is a mutable sequence. Storage is a plain []Value for now; the
// type's methods are the only code touching Items directly so that
// int/float storage strategies (PyPy-style) can be added behind them.
type List struct {
	Header
	Items []Value
}

// NewList returns a list holding items (not copied).
func NewList(items []Value) *List { return &List{Header: Header{ListType}, Items: items} }

// NewListValue returns a list value holding items (not copied).
func NewListValue(items []Value) Value { return Obj(NewList(items)) }

// Append adds v at the end.
func (l *List) Append(v Value) { l.Items = AppendItem(l.Items, v) }

func listRepr(t *Thread, v Value) (Value, *BaseException) {
	return seqRepr(t, v, As[List](v).Items, "[", "]")
}

func listCompare(t *Thread, a, b Value, op CompareOp) (Value, *BaseException) {
	if !b.IsInstance(ListType) {
		return NotImplemented, nil
	}
	return seqCompare(t, As[List](a).Items, As[List](b).Items, op)
}

func listIndex(t *Thread, l *List, k Value) (int, *BaseException) {
	i, err := IndexOf(t, k, "list")
	if err != nil {
		return 0, err
	}
	if i < 0 {
		i += len(l.Items)
	}
	if i < 0 || i >= len(l.Items) {
		return 0, Errorf(ExcIndexError, "list index out of range")
	}
	return i, nil
}

func listGetItem(t *Thread, v, k Value) (Value, *BaseException) {
	l := As[List](v)
	if k.p == intTagP {
		i := int(int64(k.n))
		if i < 0 {
			i += len(l.Items)
		}
		if uint(i) < uint(len(l.Items)) {
			return l.Items[i], nil
		}
		return Null, Errorf(ExcIndexError, "list index out of range")
	}
	if k.Type() == SliceType {
		r, err := SliceList(t, l.Items, As[Slice](k))
		if err != nil {
			return Null, err
		}
		return Obj(r), nil
	}
	i, err := listIndex(t, l, k)
	if err != nil {
		return Null, err
	}
	return l.Items[i], nil
}

func listSetItem(t *Thread, v, k, x Value) *BaseException {
	l := As[List](v)
	if k.Type() == SliceType {
		start, stop, step, err := As[Slice](k).Indices(t, len(l.Items))
		if err != nil {
			return err
		}
		if x.IsNull() {
			if step == 1 {
				if stop > start {
					l.Items = slices.Delete(l.Items, start, stop)
				}
				return nil
			}
			var keep []Value
			del := map[int]bool{}
			for k, i, n := 0, start, SliceLen(start, stop, step); k < n; k, i = k+1, i+step {
				del[i] = true
			}
			for i, it := range l.Items {
				if !del[i] {
					keep = append(keep, it)
				}
			}
			l.Items = keep
			return nil
		}
		if x.Type().Iter == nil && x.Type().GetItem == nil {
			return Errorf(ExcTypeError, "can only assign an iterable")
		}
		items, err := IterToSlice(t, x)
		if err != nil {
			return err
		}
		if step == 1 {
			if stop < start {
				stop = start
			}
			l.Items = slices.Replace(l.Items, start, stop, items...)
			return nil
		}
		var idx []int
		for k, i, n := 0, start, SliceLen(start, stop, step); k < n; k, i = k+1, i+step {
			idx = append(idx, i)
		}
		if len(idx) != len(items) {
			return Errorf(ExcValueError, "attempt to assign sequence of size %d to extended slice of size %d", len(items), len(idx))
		}
		for j, i := range idx {
			l.Items[i] = items[j]
		}
		return nil
	}
	i, err := listIndex(t, l, k)
	if err != nil {
		if err.Type() == ExcIndexError {
			if x.IsNull() {
				return Errorf(ExcIndexError, "list assignment index out of range")
			}
			return Errorf(ExcIndexError, "list assignment index out of range")
		}
		return err
	}
	if x.IsNull() {
		l.Items = slices.Delete(l.Items, i, i+1)
		return nil
	}
	l.Items[i] = x
	return nil
}

var listIterType = builtinType("list_iterator", nil, 0)

func listIterNext(t *Thread, v Value) (Value, *BaseException) {
	it := As[seqIter](v)
	if it.list != nil && it.pos < len(it.list.Items) {
		it.pos++
		return it.list.Items[it.pos-1], nil
	}
	it.list = nil
	return Null, nil
}

// ListIterNext advances a list iterator (used by the VM's FOR_ITER_LIST).
func ListIterNext(v Value) (Value, bool) {
	it := As[seqIter](v)
	if it.list != nil && it.pos < len(it.list.Items) {
		it.pos++
		return it.list.Items[it.pos-1], true
	}
	it.list = nil
	return Null, false
}

// ListIterType is the list iterator type.
var ListIterType = listIterType

func listNew(t *Thread, typ *Type, args []Value, kwnames *Tuple) (Value, *BaseException) {
	return Obj(&List{Header: Header{typ}}), nil
}

func listInit(t *Thread, self Value, args []Value, kwnames *Tuple) *BaseException {
	if kwnames.Len() > 0 {
		// keywords are an error unless a subclass has its own __new__
		// (which took them), as CPython's list___init__
		if typ := self.Type(); typ == ListType || lookupUser(typ, "__new__").IsNull() {
			return Errorf(ExcTypeError, "list() takes no keyword arguments")
		}
		args, _ = SplitArgs(args, kwnames)
	}
	if len(args) > 1 {
		return Errorf(ExcTypeError, "list expected at most 1 argument, got %d", len(args))
	}
	l := As[List](self)
	l.Items = nil
	if len(args) == 1 {
		if err := checkLengthHint(t, args[0]); err != nil {
			return err
		}
		items, err := IterToSlice(t, args[0])
		if err != nil {
			return err
		}
		if args[0].Type() == ListType || args[0].Type() == TupleType {
			items = slices.Clone(items)
		}
		l.Items = items
	}
	return nil
}

func init() {
	ListType.Repr = listRepr
	ListType.Hash = unhashable
	ListType.RichCompare = listCompare
	ListType.GetItem = listGetItem
	ListType.SetItem = listSetItem
	ListType.New = listNew
	ListType.Init = listInit
	ListType.Len = func(t *Thread, v Value) (int, *BaseException) { return len(As[List](v).Items), nil }
	ListType.Bool = func(t *Thread, v Value) (bool, *BaseException) { return len(As[List](v).Items) > 0, nil }
	ListType.Contains = func(t *Thread, v, x Value) (bool, *BaseException) {
		// Index the live list: __eq__ may change it while we look.
		l := As[List](v)
		if err := t.Spend(len(l.Items)); err != nil {
			return false, err
		}
		for i := 0; i < len(l.Items); i++ {
			it := l.Items[i]
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
	ListType.Iter = func(t *Thread, v Value) (Value, *BaseException) {
		return Obj(&seqIter{Header: Header{listIterType}, list: As[List](v)}), nil
	}
	listIterType.Iter = selfIter
	listIterType.Next = listIterNext
	ListType.NB[OpAdd] = func(t *Thread, a, b Value) (Value, *BaseException) {
		if !a.IsInstance(ListType) {
			return NotImplemented, nil
		}
		if !b.IsInstance(ListType) {
			return NotImplemented, nil // the message comes from seqOpError
		}
		if err := CheckAlloc(int64(len(As[List](a).Items)+len(As[List](b).Items)), 16); err != nil {
			return Null, err
		}
		return Obj(ConcatList(As[List](a).Items, As[List](b).Items)), nil
	}
	ListType.INB[OpAdd] = func(t *Thread, a, b Value) (Value, *BaseException) {
		items, err := IterToSlice(t, b)
		if err != nil {
			return Null, err
		}
		l := As[List](a)
		if err := CheckAlloc(int64(len(l.Items)+len(items)), 16); err != nil {
			return Null, err
		}
		l.Items = append(l.Items, items...)
		return a, nil
	}
	ListType.NB[OpMul] = func(t *Thread, a, b Value) (Value, *BaseException) {
		s, n := a, b
		if !s.IsInstance(ListType) {
			s, n = b, a
		}
		items := As[List](s).Items
		k, notImpl, err := repeatCount(t, n, len(items), 16)
		if notImpl || err != nil {
			return NotImplemented, err
		}
		return NewListValue(repeatValues(items, k)), nil
	}
	ListType.INB[OpMul] = func(t *Thread, a, b Value) (Value, *BaseException) {
		if !a.IsInstance(ListType) {
			return NotImplemented, nil
		}
		l := As[List](a)
		k, notImpl, err := repeatCount(t, b, len(l.Items), 16)
		if notImpl || err != nil {
			return NotImplemented, err
		}
		l.Items = repeatValues(l.Items, k)
		return a, nil
	}
	m := ListType.AddMethod
	m("append", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		if len(args) != 1 || kwnames != nil {
			return Null, methArgs("list", "append", args, kwnames, 1, 1)
		}
		l := As[List](self)
		l.Items = AppendItem(l.Items, args[0])
		return None, nil
	})
	m("extend", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		if err := methArgs("list", "extend", args, kwnames, 1, 1); err != nil {
			return Null, err
		}
		if err := checkLengthHint(t, args[0]); err != nil {
			return Null, err
		}
		items, err := IterToSlice(t, args[0])
		if err != nil {
			return Null, err
		}
		l := As[List](self)
		if err := CheckAlloc(int64(len(l.Items)+len(items)), 16); err != nil {
			return Null, err
		}
		l.Items = append(l.Items, items...)
		return None, nil
	})
	m("pop", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		if err := CheckArgs("pop", args, kwnames, 0, 1); err != nil {
			return Null, err
		}
		l := As[List](self)
		if len(l.Items) == 0 {
			return Null, Errorf(ExcIndexError, "pop from empty list")
		}
		i := len(l.Items) - 1
		if len(args) == 1 {
			var err *BaseException
			var n int64
			n, err = intArg(t, args[0])
			i = int(max(min(n, 1<<40), -1<<40))
			if err != nil {
				return Null, err
			}
			if i < 0 {
				i += len(l.Items)
			}
			if i < 0 || i >= len(l.Items) {
				return Null, Errorf(ExcIndexError, "pop index out of range")
			}
		}
		v := l.Items[i]
		copy(l.Items[i:], l.Items[i+1:])
		l.Items[len(l.Items)-1] = Null
		l.Items = l.Items[:len(l.Items)-1]
		return v, nil
	})
	m("insert", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		if err := CheckArgs("insert", args, kwnames, 2, 2); err != nil {
			return Null, err
		}
		l := As[List](self)
		x, err := intArg(t, args[0])
		i := int(max(min(x, 1<<40), -1<<40))
		if err != nil {
			return Null, err
		}
		n := len(l.Items)
		if i < 0 {
			i = max(i+n, 0)
		}
		i = min(i, n)
		l.Items = slices.Insert(l.Items, i, args[1])
		return None, nil
	})
	find := func(t *Thread, l *List, x Value) (int, *BaseException) {
		if err := t.Spend(len(l.Items)); err != nil {
			return -1, err
		}
		for i := 0; i < len(l.Items); i++ {
			if l.Items[i].Is(x) {
				return i, nil
			}
			eq, err := Equal(t, l.Items[i], x)
			if err != nil {
				return -1, err
			}
			if eq {
				return i, nil
			}
		}
		return -1, nil
	}
	m("index", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		if err := CheckArgs("index", args, kwnames, 1, 3); err != nil {
			return Null, err
		}
		l := As[List](self)
		if err := t.Spend(len(l.Items)); err != nil {
			return Null, err
		}
		start, stop := 0, len(l.Items)
		if len(args) > 1 {
			var err *BaseException
			if start, stop, _, err = (&Slice{Start: args[1], Stop: append(args[2:], None)[0], Step: None}).Indices(t, len(l.Items)); err != nil {
				return Null, err
			}
		}
		i := -1
		for j := start; j < stop && j < len(l.Items); j++ {
			if l.Items[j].Is(args[0]) {
				i = j
				break
			}
			eq, err := Equal(t, l.Items[j], args[0])
			if err != nil {
				return Null, err
			}
			if eq {
				i = j
				break
			}
		}
		if i < 0 {
			r, _ := ReprString(t, args[0])
			return Null, Errorf(ExcValueError, "%s is not in list", r)
		}
		return Int(int64(i)), nil
	})
	m("remove", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		if err := methArgs("list", "remove", args, kwnames, 1, 1); err != nil {
			return Null, err
		}
		l := As[List](self)
		i, err := find(t, l, args[0])
		if err != nil {
			return Null, err
		}
		if i < 0 {
			return Null, Errorf(ExcValueError, "list.remove(x): x not in list")
		}
		l.Items = slices.Delete(l.Items, i, i+1)
		return None, nil
	})
	m("count", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		if err := methArgs("list", "count", args, kwnames, 1, 1); err != nil {
			return Null, err
		}
		n := 0
		if err := t.Spend(len(As[List](self).Items)); err != nil {
			return Null, err
		}
		for _, it := range As[List](self).Items {
			if it.Is(args[0]) {
				n++
				continue
			}
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
	m("reverse", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		slices.Reverse(As[List](self).Items)
		return None, nil
	})
	m("clear", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		l := As[List](self)
		clear(l.Items) // small lists keep their items inline: drop the references
		l.Items = nil
		return None, nil
	})
	m("copy", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		return NewListValue(slices.Clone(As[List](self).Items)), nil
	})
	m("sort", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		pos, kw := SplitArgs(args, kwnames)
		if len(pos) > 0 {
			return Null, Errorf(ExcTypeError, "sort() takes no positional arguments")
		}
		key, reverse := None, false
		for i, v := range kw {
			switch As[Str](kwnames.Items[i]).S {
			case "key":
				key = v
			case "reverse":
				b, err := intArg(t, v)
				if err != nil {
					return Null, err
				}
				reverse = b != 0
			default:
				return Null, Errorf(ExcTypeError, "'%s' is an invalid keyword argument for sort()", As[Str](kwnames.Items[i]).S)
			}
		}
		// CPython empties the list while sorting, so that key functions
		// and comparisons see [] and a modification can be detected
		l := As[List](self)
		items := l.Items
		l.Items = nil
		err := SortValues(t, items, key, reverse)
		modified := l.Items != nil
		l.Items = items
		if err == nil && modified {
			err = Errorf(ExcValueError, "list modified during sort")
		}
		return None, err
	})
}

// SortValues sorts items stably by key (None: the items themselves) using
// < (objects/sort.go). reverse keeps equal items in their original order,
// as CPython does by reversing before and after a stable sort.
func SortValues(t *Thread, items []Value, key Value, reverse bool) *BaseException {
	if key.IsNone() && sortPlain(items, reverse) {
		return nil
	}
	elems := make([]sortElem, len(items))
	for i, it := range items {
		elems[i] = sortElem{k: it, v: it}
	}
	if !key.IsNone() {
		// a Python function copies its arguments into its frame, so one
		// argument buffer serves every call
		var one [1]Value
		buf := one[:]
		shared := key.Type() == FunctionType
		for i, it := range items {
			if !shared {
				buf = []Value{it}
			}
			buf[0] = it
			k, err := CallValue(t, key, buf, nil)
			if err != nil {
				return err
			}
			elems[i].k = k
		}
	}
	if reverse {
		reverseElems(elems)
	}
	s := &sorter{t: t}
	s.sort(elems)
	if s.err != nil {
		return s.err
	}
	if reverse {
		reverseElems(elems)
	}
	for i := range elems {
		items[i] = elems[i].v
	}
	return nil
}

// sortPlain sorts items in place when they are all small ints or all
// exact strs, returning false (nothing done) otherwise. Those orders are
// total and run no Python code, so any stable sort gives the result
// CPython's does (equal small ints are identical values; equal strs keep
// their order, reversed or not, as with CPython's reverse-sort-reverse);
// CPython likewise compares such lists with specialised comparisons.
func sortPlain(items []Value, reverse bool) bool {
	if len(items) < 2 {
		return len(items) == 1 && (items[0].IsSmallInt() || items[0].Type() == StrType)
	}
	if items[0].IsSmallInt() {
		sorted := true
		for i, v := range items {
			if !v.IsSmallInt() {
				return false
			}
			if i > 0 && sorted {
				a, b := items[i-1].SmallInt(), v.SmallInt()
				sorted = a <= b && !reverse || a >= b && reverse
			}
		}
		if sorted {
			return true
		}
		if reverse {
			slices.SortFunc(items, func(a, b Value) int { return cmp.Compare(b.SmallInt(), a.SmallInt()) })
		} else {
			slices.SortFunc(items, func(a, b Value) int { return cmp.Compare(a.SmallInt(), b.SmallInt()) })
		}
		return true
	}
	if items[0].Type() == StrType {
		for _, v := range items {
			if v.Type() != StrType {
				return false
			}
		}
		if reverse {
			slices.SortStableFunc(items, func(a, b Value) int { return strings.Compare(As[Str](b).S, As[Str](a).S) })
		} else {
			slices.SortStableFunc(items, func(a, b Value) int { return strings.Compare(As[Str](a).S, As[Str](b).S) })
		}
		return true
	}
	return false
}
