package objects

// FlagWeakrefable marks builtin types whose instances support weak
// references (classes created by a class statement support them unless
// they derive from int, tuple or bytes).
const FlagWeakrefable TypeFlags = 1 << 16

// IsWeakrefable reports whether instances of typ can be weakly
// referenced.
func IsWeakrefable(typ *Type) bool {
	for _, m := range typ.MRO {
		if m.Flags&FlagWeakrefable != 0 {
			return true
		}
	}
	if typ.Flags&FlagHeapType == 0 {
		return false
	}
	return !typ.IsSubtype(IntType) && !typ.IsSubtype(TupleType) && !typ.IsSubtype(BytesType)
}
