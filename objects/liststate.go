package objects

import "unsafe"

// Inline list iteration state: a for loop over an exact list keeps
// (list, next index) in its iterator register as a Value whose pointer is
// the list and whose payload is index+1, instead of allocating a list
// iterator. Heap-object Values always have a zero payload, so the state
// is distinguishable from the list itself; only the VM's FOR_ITER ever
// sees it (the compiler marks the GET_ITERs whose result no other
// instruction reads).

// ListIterState returns the state "iterating l, next index i".
func ListIterState(l *List, i int) Value { return Value{p: unsafe.Pointer(l), n: uint64(i) + 1} }

// ListIterStateOf returns the list and next index of a state made by
// ListIterState; ok is false for any other value.
func ListIterStateOf(v Value) (l *List, i int, ok bool) {
	if v.n == 0 || v.p == nil || (*Header)(v.p).typ != ListType {
		return nil, 0, false
	}
	return (*List)(v.p), int(v.n - 1), true
}

// The same for a for loop over an exact range: (range, items yielded so
// far + 1). Ranges are immutable, so the next value is Start + i*Step.

// RangeIterState returns the state "iterating r, i items yielded".
func RangeIterState(r *Range, i int64) Value { return Value{p: unsafe.Pointer(r), n: uint64(i) + 1} }

// RangeIterStateOf returns the range and count of a state made by
// RangeIterState; ok is false for any other value.
func RangeIterStateOf(v Value) (r *Range, i int64, ok bool) {
	if v.n == 0 || v.p == nil || (*Header)(v.p).typ != RangeType {
		return nil, 0, false
	}
	return (*Range)(v.p), int64(v.n - 1), true
}

// RangeInlineOK reports whether iterating r with RangeIterState is safe:
// Start + Len*Step (the first value past the end) must not overflow.
func RangeInlineOK(r *Range) bool {
	if r.Big != nil {
		return false // big bounds (rangebig.go): the generic iterator
	}
	p, ok := MulInt64(r.Len(), r.Step)
	if !ok {
		return false
	}
	_, ok = AddInt64(r.Start, p)
	return ok
}
