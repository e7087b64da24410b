package vm

// astCmpMask maps the AST comparison operator (astCmp's order: ==, !=, <,
// <=, >, >=) to the set of outcomes that make it true: bit 0 "less",
// bit 1 "equal", bit 2 "greater". CMP_JUMP_INT tests the outcome against
// it inline: objects.CompareInt64 (a switch) is over the inlining budget
// Go allows inside very large functions such as the eval loop, so it cost
// a call per compare-and-branch.
var astCmpMask = [...]uint8{0b010, 0b101, 0b001, 0b011, 0b100, 0b110}

// floatCmpPair returns the operands of a comparison as float64s when both
// are unboxed floats, or one is and the other an unboxed int small enough
// (|i| <= 2**53) to convert exactly, so the float comparison is Python's.
func floatCmpPair(x, y Value) (float64, float64, bool) {
	const exact = 1 << 53
	switch {
	case x.IsFloat() && y.IsFloat():
		return x.FloatVal(), y.FloatVal(), true
	case x.IsFloat() && y.IsSmallInt() && y.SmallInt() >= -exact && y.SmallInt() <= exact:
		return x.FloatVal(), float64(y.SmallInt()), true
	case y.IsFloat() && x.IsSmallInt() && x.SmallInt() >= -exact && x.SmallInt() <= exact:
		return float64(x.SmallInt()), y.FloatVal(), true
	}
	return 0, 0, false
}

// cmpFloat compares under the AST operator index astOp (astCmp's order);
// NaN compares unordered: only != holds.
func cmpFloat(x, y float64, astOp uint64) bool {
	m := astCmpMask[astOp]
	switch {
	case x < y:
		return m&1 != 0
	case x == y:
		return m&2 != 0
	case x > y:
		return m&4 != 0
	}
	return astOp == 1
}
