package compile

// markSliceFused flags the BUILD_SLICE just emitted (D = 1) when the
// slice object only feeds the BINARY_SUBSCR that follows it (a load of
// x[a:b] or x[a:b:c]): the VM may then slice lists, tuples and strs
// directly without creating the slice object or writing its register.
func (u *unit) markSliceFused() { u.markSlice(1) }

// markSliceStoreFused is markSliceFused for the STORE_SUBSCR of an
// assignment x[a:b] = v (D = 2).
func (u *unit) markSliceStoreFused() { u.markSlice(2) }

func (u *unit) markSlice(d uint64) {
	n := len(u.instrs)
	if n == 0 {
		return
	}
	if w := u.instrs[n-1]; Op(w&0xff) == BUILD_SLICE {
		u.instrs[n-1] = w&^(0xff<<56) | d<<56
	}
}

// getIterForLoop in GET_ITER's D marks an iterator that only FOR_ITER
// reads (for loops and comprehensions): the VM may keep the iteration
// state of a list inline in the register instead of allocating a list
// iterator (see vm/listiter.go).
const getIterForLoop = 1

// markListConcat flags the BUILD_LIST just emitted (D = 1) when the list
// display is the left operand of a + (`[x] + rest`): if the BINARY_OP
// follows directly and rest is a list, the VM builds the result at once
// without the temporary list.
func (u *unit) markListConcat() {
	n := len(u.instrs)
	if n == 0 {
		return
	}
	if w := u.instrs[n-1]; Op(w&0xff) == BUILD_LIST {
		u.instrs[n-1] = w&^(0xff<<56) | 1<<56
	}
}
