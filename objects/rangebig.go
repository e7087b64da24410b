package objects

import (
	"math/big"
)

// Ranges whose bounds or length do not fit in int64 (range(1 << 1000))
// keep big.Int fields in Range.Big; every range operation checks it
// first. Their iterator is longrange_iterator, as in CPython.

type bigRange struct {
	start, stop, step, length big.Int
}

// LongRangeIterType is the iterator type of big ranges.
var LongRangeIterType = builtinType("longrange_iterator", nil, 0)

type longRangeIter struct {
	Header
	next, step, left big.Int
}

const rangeSafe = 1 << 62

// newRange builds a range from int values (already through __index__).
func newRange(start, stop, step Value) *Range {
	a, aok := IntToInt64(start)
	b, bok := IntToInt64(stop)
	c, cok := IntToInt64(step)
	if aok && bok && cok && a > -rangeSafe && a < rangeSafe && b > -rangeSafe && b < rangeSafe && c > -rangeSafe && c < rangeSafe {
		return &Range{Header: Header{RangeType}, Start: a, Stop: b, Step: c}
	}
	br := &bigRange{}
	br.start.Set(bigOfInt(start))
	br.stop.Set(bigOfInt(stop))
	br.step.Set(bigOfInt(step))
	br.computeLength()
	if br.start.IsInt64() && br.stop.IsInt64() && br.step.IsInt64() && br.length.IsInt64() && br.length.Int64() < rangeSafe {
		// Fits after all (e.g. a huge step with small bounds).
		s, e, st := br.start.Int64(), br.stop.Int64(), br.step.Int64()
		if s > -rangeSafe && s < rangeSafe && e > -rangeSafe && e < rangeSafe && st > -rangeSafe && st < rangeSafe {
			return &Range{Header: Header{RangeType}, Start: s, Stop: e, Step: st}
		}
	}
	return &Range{Header: Header{RangeType}, Big: br}
}

func bigOfInt(v Value) *big.Int {
	if n, ok := IntToInt64(v); ok {
		return big.NewInt(n)
	}
	b, _ := BigOf(v)
	return b
}

func (br *bigRange) computeLength() {
	var d big.Int
	zero := new(big.Int)
	switch br.step.Sign() {
	case 1:
		if br.start.Cmp(&br.stop) >= 0 {
			br.length.Set(zero)
			return
		}
		d.Sub(&br.stop, &br.start)
		d.Sub(&d, big.NewInt(1))
		d.Quo(&d, &br.step)
	default:
		if br.start.Cmp(&br.stop) <= 0 {
			br.length.Set(zero)
			return
		}
		d.Sub(&br.start, &br.stop)
		d.Sub(&d, big.NewInt(1))
		var neg big.Int
		neg.Neg(&br.step)
		d.Quo(&d, &neg)
	}
	br.length.Add(&d, big.NewInt(1))
}

// bigFields returns the range's start, stop, step and length as big ints.
func (r *Range) bigFields() (start, stop, step, length *big.Int) {
	if r.Big != nil {
		return &r.Big.start, &r.Big.stop, &r.Big.step, &r.Big.length
	}
	return big.NewInt(r.Start), big.NewInt(r.Stop), big.NewInt(r.Step), big.NewInt(r.Len())
}

func (r *Range) lenValue() Value {
	if r.Big != nil {
		return NewBigInt(new(big.Int).Set(&r.Big.length))
	}
	return Int(r.Len())
}

// at returns element i (0 <= i < length).
func (r *Range) bigAt(i *big.Int) Value {
	start, _, step, _ := r.bigFields()
	var x big.Int
	x.Mul(i, step)
	x.Add(&x, start)
	return NewBigInt(&x)
}

// bigIndexOf returns the position of int x in the range, or nil.
func (r *Range) bigIndexOf(x *big.Int) *big.Int {
	start, stop, step, _ := r.bigFields()
	if step.Sign() > 0 {
		if x.Cmp(start) < 0 || x.Cmp(stop) >= 0 {
			return nil
		}
	} else if x.Cmp(start) > 0 || x.Cmp(stop) <= 0 {
		return nil
	}
	var d, q, m big.Int
	d.Sub(x, start)
	q.QuoRem(&d, step, &m)
	if m.Sign() != 0 {
		return nil
	}
	return &q
}

func bigRangeGetItem(t *Thread, r *Range, k Value) (Value, *BaseException) {
	start, _, step, length := r.bigFields()
	if k.Type() == SliceType {
		sl := As[Slice](k)
		sstep := big.NewInt(1)
		if !sl.Step.IsNone() && !sl.Step.IsNull() {
			v, err := Index(t, sl.Step)
			if err != nil {
				return Null, err
			}
			sstep = bigOfInt(v)
			if sstep.Sign() == 0 {
				return Null, Errorf(ExcValueError, "slice step cannot be zero")
			}
		}
		lower, upper := big.NewInt(0), new(big.Int).Set(length)
		if sstep.Sign() < 0 {
			lower = big.NewInt(-1)
			upper.Sub(length, big.NewInt(1))
		}
		bound := func(v Value, dflt *big.Int) (*big.Int, *BaseException) {
			if v.IsNone() || v.IsNull() {
				return dflt, nil
			}
			iv, err := Index(t, v)
			if err != nil {
				return nil, err
			}
			x := new(big.Int).Set(bigOfInt(iv))
			if x.Sign() < 0 {
				x.Add(x, length)
				if x.Cmp(lower) < 0 {
					x.Set(lower)
				}
			} else if x.Cmp(upper) > 0 {
				x.Set(upper)
			}
			return x, nil
		}
		var s, e *big.Int
		var err *BaseException
		if sstep.Sign() < 0 {
			if s, err = bound(sl.Start, upper); err != nil {
				return Null, err
			}
			if e, err = bound(sl.Stop, lower); err != nil {
				return Null, err
			}
		} else {
			if s, err = bound(sl.Start, lower); err != nil {
				return Null, err
			}
			if e, err = bound(sl.Stop, upper); err != nil {
				return Null, err
			}
		}
		var ns, ne, nst big.Int
		ns.Mul(s, step)
		ns.Add(&ns, start)
		ne.Mul(e, step)
		ne.Add(&ne, start)
		nst.Mul(step, sstep)
		return Obj(newRange(NewBigInt(&ns), NewBigInt(&ne), NewBigInt(&nst))), nil
	}
	iv, err := Index(t, k)
	if err != nil {
		if err.Matches(ExcTypeError) {
			return Null, Errorf(ExcTypeError, "range indices must be integers or slices, not %s", k.Type().Name)
		}
		return Null, err
	}
	i := new(big.Int).Set(bigOfInt(iv))
	if i.Sign() < 0 {
		i.Add(i, length)
	}
	if i.Sign() < 0 || i.Cmp(length) >= 0 {
		return Null, Errorf(ExcIndexError, "range object index out of range")
	}
	return r.bigAt(i), nil
}

func init() {
	LongRangeIterType.Iter = selfIter
	LongRangeIterType.Next = func(t *Thread, v Value) (Value, *BaseException) {
		it := As[longRangeIter](v)
		if it.left.Sign() <= 0 {
			return Null, nil
		}
		x := NewBigInt(new(big.Int).Set(&it.next))
		it.next.Add(&it.next, &it.step)
		it.left.Sub(&it.left, big.NewInt(1))
		return x, nil
	}
	RangeType.AddMethod("__reversed__", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		if err := NoArgs("__reversed__", args, kwnames); err != nil {
			return Null, err
		}
		r := As[Range](self)
		if r.Big == nil {
			n := r.Len()
			return Obj(&RangeIter{Header: Header{RangeIterType}, Next: r.Start + (n-1)*r.Step, Step: -r.Step, Left: n, Len: n}), nil
		}
		start, _, step, length := r.bigFields()
		it := &longRangeIter{Header: Header{LongRangeIterType}}
		it.left.Set(length)
		it.next.Sub(length, big.NewInt(1))
		it.next.Mul(&it.next, step)
		it.next.Add(&it.next, start)
		it.step.Neg(step)
		return Obj(it), nil
	})
}

func bigRangeIter(r *Range) Value {
	it := &longRangeIter{Header: Header{LongRangeIterType}}
	it.next.Set(&r.Big.start)
	it.step.Set(&r.Big.step)
	it.left.Set(&r.Big.length)
	return Obj(it)
}

// RangeOfInts returns range(start, stop, step) for int64 bounds (step
// non-zero), or nil when they need the big-int form.
func RangeOfInts(start, stop, step int64) *Range {
	if step == 0 || start <= -rangeSafe || start >= rangeSafe || stop <= -rangeSafe || stop >= rangeSafe || step <= -rangeSafe || step >= rangeSafe {
		return nil
	}
	return &Range{Header: Header{RangeType}, Start: start, Stop: stop, Step: step}
}
