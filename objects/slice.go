package objects

import "math"

// SliceType is `slice`.
var SliceType = builtinType("slice", nil, 0)

// Slice is a slice object; missing parts are None.
type Slice struct {
	Header
	Start, Stop, Step Value
}

// NewSlice returns a slice object.
func NewSlice(start, stop, step Value) Value {
	return Obj(&Slice{Header{SliceType}, start, stop, step})
}

func sliceIndex(t *Thread, v Value) (int64, *BaseException) {
	if !v.IsSmallInt() && !v.IsBool() && v.Type().Index == nil && !v.IsInstance(IntType) {
		return 0, Errorf(ExcTypeError, "slice indices must be integers or None or have an __index__ method")
	}
	x, err := Index(t, v)
	if err != nil {
		return 0, err
	}
	i, ok := IntToInt64(x)
	if !ok {
		b, _ := BigOf(x)
		if b.Sign() < 0 {
			return math.MinInt64, nil
		}
		return math.MaxInt64, nil
	}
	return i, nil
}

// Indices resolves the slice against a sequence of length n.
func (s *Slice) Indices(t *Thread, n int) (start, stop, step int, err *BaseException) {
	st := int64(1)
	if !s.Step.IsNone() {
		if st, err = sliceIndex(t, s.Step); err != nil {
			return
		}
		if st == 0 {
			err = Errorf(ExcValueError, "slice step cannot be zero")
			return
		}
		if st == math.MinInt64 {
			st = -math.MaxInt64
		}
	}
	ln := int64(n)
	var lo, hi int64
	if st < 0 {
		lo, hi = -1, ln-1
	} else {
		lo, hi = 0, ln
	}
	get := func(v Value, def int64) (int64, *BaseException) {
		if v.IsNone() {
			return def, nil
		}
		i, err := sliceIndex(t, v)
		if err != nil {
			return 0, err
		}
		if i < 0 {
			i += ln
			if i < lo {
				i = lo
			}
		} else if i > hi {
			i = hi
		}
		return i, nil
	}
	var a, b int64
	if st < 0 {
		a, err = get(s.Start, hi)
		if err == nil {
			b, err = get(s.Stop, lo)
		}
	} else {
		a, err = get(s.Start, lo)
		if err == nil {
			b, err = get(s.Stop, hi)
		}
	}
	return int(a), int(b), int(st), err
}

func init() {
	SliceType.Repr = func(t *Thread, v Value) (Value, *BaseException) {
		s := As[Slice](v)
		a, _ := ReprString(t, s.Start)
		b, _ := ReprString(t, s.Stop)
		c, _ := ReprString(t, s.Step)
		return NewStrValue("slice(" + a + ", " + b + ", " + c + ")"), nil
	}
	SliceType.Hash = unhashable
	SliceType.New = func(t *Thread, typ *Type, args []Value, kwnames *Tuple) (Value, *BaseException) {
		if err := CheckArgs("slice", args, kwnames, 1, 3); err != nil {
			return Null, err
		}
		switch len(args) {
		case 1:
			return NewSlice(None, args[0], None), nil
		case 2:
			return NewSlice(args[0], args[1], None), nil
		}
		return NewSlice(args[0], args[1], args[2]), nil
	}
	SliceType.GetAttr = func(t *Thread, v Value, name *Str) (Value, *BaseException) {
		s := As[Slice](v)
		switch name.S {
		case "start":
			return s.Start, nil
		case "stop":
			return s.Stop, nil
		case "step":
			return s.Step, nil
		}
		return GenericGetAttr(t, v, name)
	}
}

// SliceLen is the number of items of a slice from Indices
// (PySlice_AdjustIndices' result). Loops over a slice count items
// rather than compare i with stop: i += step can overflow for steps near
// sys.maxsize.
func SliceLen(start, stop, step int) int {
	switch {
	case step > 0 && start < stop:
		return int((uint64(stop-start)-1)/uint64(step)) + 1
	case step < 0 && stop < start:
		return int((uint64(start-stop)-1)/uint64(-step)) + 1
	}
	return 0
}
