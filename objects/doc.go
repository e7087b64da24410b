// Package objects is Taipan's object model: the 16-byte Value, the Type
// with its CPython-style slot table, and one file per builtin type (int,
// float, str, tuple, list, dict, ...). Generic operations that dispatch
// through the slots (Add, Compare, GetAttr, Call, ...) live in abstract.go.
//
// Errors are Go return values: every operation that can fail returns a
// *BaseException (nil on success), usually as the second result next to a
// Value. See doc/objects-vm.md for the layout and the measurements.
package objects
