package compile

// markSliceFused flags the BUILD_SLICE just emitted (D = 1) when the
// slice object only feeds the BINARY_SUBSCR that follows it (a load of
// x[a:b]): the VM may then slice lists, tuples and strs directly without
// creating the slice object or writing its register.
func (u *unit) markSliceFused() {
	n := len(u.instrs)
	if n == 0 {
		return
	}
	if w := u.instrs[n-1]; Op(w&0xff) == BUILD_SLICE {
		u.instrs[n-1] = w&^(0xff<<56) | 1<<56
	}
}
