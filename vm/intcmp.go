package vm

// astCmpMask maps the AST comparison operator (astCmp's order: ==, !=, <,
// <=, >, >=) to the set of outcomes that make it true: bit 0 "less",
// bit 1 "equal", bit 2 "greater". CMP_JUMP_INT tests the outcome against
// it inline: objects.CompareInt64 (a switch) is over the inlining budget
// Go allows inside very large functions such as the eval loop, so it cost
// a call per compare-and-branch.
var astCmpMask = [...]uint8{0b010, 0b101, 0b001, 0b011, 0b100, 0b110}
