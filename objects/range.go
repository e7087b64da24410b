package objects

import "math/big"

// RangeType is `range`.
var RangeType = builtinType("range", nil, 0)

// Range is an immutable arithmetic progression of int64s.
type Range struct {
	Header
	Start, Stop, Step int64
	Big               *bigRange // non-nil: the bounds are big (rangebig.go)
}

// Len returns the number of elements.
func (r *Range) Len() int64 {
	if r.Step > 0 && r.Start < r.Stop {
		return (r.Stop-r.Start-1)/r.Step + 1
	}
	if r.Step < 0 && r.Start > r.Stop {
		return (r.Start-r.Stop-1)/(-r.Step) + 1
	}
	return 0
}

// RangeIter iterates a range; the VM's FOR_ITER_RANGE reads it directly.
type RangeIter struct {
	Header
	Next, Step int64
	Left       int64
	Len        int64 // the length at creation (pickling's index is Len-Left)
}

// RangeIterType is the range iterator type.
var RangeIterType = builtinType("range_iterator", nil, 0)

func rangeNew(t *Thread, typ *Type, args []Value, kwnames *Tuple) (Value, *BaseException) {
	if kwnames != nil {
		return Null, Errorf(ExcTypeError, "range() takes no keyword arguments")
	}
	var v [3]Value
	for i, a := range args {
		if i >= 3 {
			break
		}
		x, err := Index(t, a)
		if err != nil {
			return Null, err
		}
		v[i] = x
	}
	switch len(args) {
	case 1:
		return Obj(newRange(Int(0), v[0], Int(1))), nil
	case 2:
		return Obj(newRange(v[0], v[1], Int(1))), nil
	case 3:
		if n, ok := IntToInt64(v[2]); ok && n == 0 {
			return Null, Errorf(ExcValueError, "range() arg 3 must not be zero")
		}
		return Obj(newRange(v[0], v[1], v[2])), nil
	case 0:
		return Null, Errorf(ExcTypeError, "range expected at least 1 argument, got 0")
	}
	return Null, Errorf(ExcTypeError, "range expected at most 3 arguments, got %d", len(args))
}

func rangeRepr(t *Thread, v Value) (Value, *BaseException) {
	r := As[Range](v)
	if r.Big != nil {
		s := "range(" + r.Big.start.String() + ", " + r.Big.stop.String()
		if r.Big.step.Cmp(big.NewInt(1)) != 0 {
			s += ", " + r.Big.step.String()
		}
		return NewStrValue(s + ")"), nil
	}
	s := "range(" + itoa(r.Start) + ", " + itoa(r.Stop)
	if r.Step != 1 {
		s += ", " + itoa(r.Step)
	}
	return NewStrValue(s + ")"), nil
}

func itoa(i int64) string { s, _ := IntString(Int(i)); return s }

func rangeIterNext(t *Thread, v Value) (Value, *BaseException) {
	it := As[RangeIter](v)
	if it.Left <= 0 {
		return Null, nil
	}
	x := it.Next
	it.Next += it.Step
	it.Left--
	return Int(x), nil
}

func init() {
	RangeType.New = rangeNew
	RangeType.Repr = rangeRepr
	RangeType.Len = func(t *Thread, v Value) (int, *BaseException) {
		r := As[Range](v)
		if r.Big != nil {
			if !r.Big.length.IsInt64() {
				return 0, Errorf(ExcOverflowError, "Python int too large to convert to C ssize_t")
			}
			return int(r.Big.length.Int64()), nil
		}
		return int(r.Len()), nil
	}
	RangeType.Bool = func(t *Thread, v Value) (bool, *BaseException) {
		r := As[Range](v)
		if r.Big != nil {
			return r.Big.length.Sign() > 0, nil
		}
		return r.Len() > 0, nil
	}
	RangeType.Iter = func(t *Thread, v Value) (Value, *BaseException) {
		r := As[Range](v)
		if r.Big != nil {
			return bigRangeIter(r), nil
		}
		n := r.Len()
		return Obj(&RangeIter{Header: Header{RangeIterType}, Next: r.Start, Step: r.Step, Left: n, Len: n}), nil
	}
	RangeType.GetItem = func(t *Thread, v, k Value) (Value, *BaseException) {
		r := As[Range](v)
		if r.Big != nil {
			return bigRangeGetItem(t, r, k)
		}
		if k.Type() == SliceType {
			start, stop, step, err := As[Slice](k).Indices(t, int(r.Len()))
			if err != nil {
				return Null, err
			}
			return Obj(&Range{Header: Header{RangeType}, Start: r.Start + int64(start)*r.Step, Stop: r.Start + int64(stop)*r.Step, Step: r.Step * int64(step)}), nil
		}
		i, err := IndexOf(t, k, "range")
		if err != nil {
			return Null, err
		}
		n := int(r.Len())
		if i < 0 {
			i += n
		}
		if i < 0 || i >= n {
			return Null, Errorf(ExcIndexError, "range object index out of range")
		}
		return Int(r.Start + int64(i)*r.Step), nil
	}
	RangeType.Contains = func(t *Thread, v, x Value) (bool, *BaseException) {
		r := As[Range](v)
		if r.Big != nil || (x.Type() == IntType && !x.IsSmallInt()) {
			if x.Type() == IntType || x.IsBool() {
				return r.bigIndexOf(bigOfInt(x)) != nil, nil
			}
			return iterContains(t, v, x)
		}
		if i, ok := smallOf(x); ok {
			if r.Step > 0 && (i < r.Start || i >= r.Stop) || r.Step < 0 && (i > r.Start || i <= r.Stop) {
				return false, nil
			}
			return (i-r.Start)%r.Step == 0, nil
		}
		return iterContains(t, v, x)
	}
	RangeType.GetAttr = func(t *Thread, v Value, name *Str) (Value, *BaseException) {
		r := As[Range](v)
		if r.Big != nil {
			switch name.S {
			case "start":
				return NewBigInt(new(big.Int).Set(&r.Big.start)), nil
			case "stop":
				return NewBigInt(new(big.Int).Set(&r.Big.stop)), nil
			case "step":
				return NewBigInt(new(big.Int).Set(&r.Big.step)), nil
			}
		}
		switch name.S {
		case "start":
			return Int(r.Start), nil
		case "stop":
			return Int(r.Stop), nil
		case "step":
			return Int(r.Step), nil
		}
		return GenericGetAttr(t, v, name)
	}
	RangeType.RichCompare = func(t *Thread, a, b Value, op CompareOp) (Value, *BaseException) {
		if b.Type() != RangeType || (op != CmpEq && op != CmpNe) {
			return NotImplemented, nil
		}
		x, y := As[Range](a), As[Range](b)
		if x.Big != nil || y.Big != nil {
			xs, _, xst, xn := x.bigFields()
			ys, _, yst, yn := y.bigFields()
			eq := xn.Cmp(yn) == 0 && (xn.Sign() == 0 || xs.Cmp(ys) == 0 && (xn.Cmp(big.NewInt(1)) == 0 || xst.Cmp(yst) == 0))
			return Bool(eq == (op == CmpEq)), nil
		}
		n := x.Len()
		eq := n == y.Len() && (n == 0 || x.Start == y.Start && (n == 1 || x.Step == y.Step))
		return Bool(eq == (op == CmpEq)), nil
	}
	RangeIterType.Iter = selfIter
	RangeIterType.Next = rangeIterNext
}
