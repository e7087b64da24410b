package objects

// list.sort and sorted(): a stable, adaptive merge sort in the manner of
// CPython's timsort (natural runs, binary insertion sort up to a minimum
// run length, a run stack kept balanced by the same invariants), so
// sorted or reverse-sorted input costs n-1 comparisons and each step is
// a single `<`. Galloping is left out.

type sortElem struct {
	k Value // the key (the item itself without a key function)
	v Value // the item
}

type sorter struct {
	t   *Thread
	err *BaseException
	tmp []sortElem
}

// lt is keys[a] < keys[b]; after an error it answers false without
// calling anything more.
func (s *sorter) lt(a, b Value) bool {
	if s.err != nil {
		return false
	}
	switch {
	case a.p == intTagP && b.p == intTagP:
		return int64(a.n) < int64(b.n)
	case a.p == floatTagP && b.p == floatTagP:
		return a.FloatVal() < b.FloatVal()
	case a.p != nil && b.p != nil && a.Type() == StrType && b.Type() == StrType:
		return As[Str](a).S < As[Str](b).S
	}
	r, err := RichCompare(s.t, a, b, CmpLt)
	if err != nil {
		s.err = err
		return false
	}
	if r.IsBool() {
		return r.BoolVal()
	}
	ok, err := Truth(s.t, r)
	if err != nil {
		s.err = err
	}
	return ok
}

func reverseElems(a []sortElem) {
	for i, j := 0, len(a)-1; i < j; i, j = i+1, j-1 {
		a[i], a[j] = a[j], a[i]
	}
}

// minRun is timsort's: n itself below 64, else a value in [32, 64] such
// that n/minRun is a power of two or just below one.
func minRun(n int) int {
	r := 0
	for n >= 64 {
		r |= n & 1
		n >>= 1
	}
	return n + r
}

// binaryInsertion sorts a[:hi] given that a[:start] is sorted.
func (s *sorter) binaryInsertion(a []sortElem, start int) {
	for i := start; i < len(a); i++ {
		x := a[i]
		lo, hi := 0, i
		for lo < hi {
			mid := int(uint(lo+hi) >> 1)
			if s.lt(x.k, a[mid].k) {
				hi = mid
			} else {
				lo = mid + 1
			}
		}
		copy(a[lo+1:i+1], a[lo:i])
		a[lo] = x
	}
}

// countRun returns the length of the run at the start of a, reversing a
// strictly descending one in place.
func (s *sorter) countRun(a []sortElem) int {
	if len(a) < 2 {
		return len(a)
	}
	n := 2
	if s.lt(a[1].k, a[0].k) {
		for n < len(a) && s.lt(a[n].k, a[n-1].k) {
			n++
		}
		reverseElems(a[:n])
		return n
	}
	for n < len(a) && !s.lt(a[n].k, a[n-1].k) {
		n++
	}
	return n
}

// merge merges the sorted runs a[:mid] and a[mid:], taking from the left
// run on ties (stability).
func (s *sorter) merge(a []sortElem, mid int) {
	// skip the prefix of the left run already in place, and the suffix
	// of the right run
	lo := 0
	for lo < mid && !s.lt(a[mid].k, a[lo].k) {
		lo++
	}
	if lo == mid {
		return
	}
	hi := len(a)
	for hi > mid && !s.lt(a[hi-1].k, a[mid-1].k) {
		hi--
	}
	a = a[lo:hi]
	mid -= lo
	s.tmp = append(s.tmp[:0], a[:mid]...)
	left, right := s.tmp, a[mid:]
	i, j, k := 0, 0, 0
	for i < len(left) && j < len(right) {
		if s.lt(right[j].k, left[i].k) {
			a[k] = right[j]
			j++
		} else {
			a[k] = left[i]
			i++
		}
		k++
	}
	copy(a[k:], left[i:])
	clear(s.tmp)
}

type sortRun struct{ base, n int }

func (s *sorter) sort(a []sortElem) {
	n := len(a)
	if n < 2 {
		return
	}
	minrun := minRun(n)
	var runs []sortRun
	mergeAt := func(i int) {
		x, y := runs[i], runs[i+1]
		s.merge(a[x.base:y.base+y.n], x.n)
		runs[i].n = x.n + y.n
		runs = append(runs[:i+1], runs[i+2:]...)
	}
	for lo := 0; lo < n; {
		r := s.countRun(a[lo:])
		if r < minrun {
			force := min(minrun, n-lo)
			s.binaryInsertion(a[lo:lo+force], r)
			r = force
		}
		runs = append(runs, sortRun{lo, r})
		lo += r
		// keep the stack balanced (the invariants of CPython's
		// merge_collapse, including the 2015 fix)
		for len(runs) > 1 {
			k := len(runs) - 2
			if k > 0 && runs[k-1].n <= runs[k].n+runs[k+1].n || k > 1 && runs[k-2].n <= runs[k-1].n+runs[k].n {
				if runs[k-1].n < runs[k+1].n {
					k--
				}
			} else if runs[k].n > runs[k+1].n {
				break
			}
			mergeAt(k)
		}
	}
	for len(runs) > 1 {
		k := len(runs) - 2
		if k > 0 && runs[k-1].n < runs[k+1].n {
			k--
		}
		mergeAt(k)
	}
}
