package objects

// This file's init runs after every other file's (Go runs a package's
// init functions in file-name order): all slots are filled, so types can
// now be finished (MRO, slot inheritance, version tags).
func init() {
	finishBuiltinTypes()
}
