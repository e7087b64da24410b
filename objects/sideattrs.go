package objects

import (
	"runtime"
	"sync"
	"weak"
)

// Instance attributes of classes derived from builtin types whose
// layout has no attribute storage (class D(dict), class S(str), ...).
// Their attributes live in a side table keyed by a weak pointer to the
// object, so the builtin layouts stay as they are; an entry goes away
// with its object.

// FlagSideAttrs marks a class whose instances keep their attributes in
// the side table.
const FlagSideAttrs TypeFlags = 1 << 13

// FlagSideAttrsUsed marks a FlagSideAttrs class some instance of which has
// (had) side-table attributes. Until then no instance attribute can
// shadow a method, so method lookups on its instances may be cached
// without consulting the side table (vm.lookupMethod); setting the flag
// bumps the type's version, which drops those cache entries.
const FlagSideAttrsUsed TypeFlags = 1 << 27

// markSideAttrsUsed sets FlagSideAttrsUsed on typ (once).
func markSideAttrsUsed(typ *Type) {
	if typ.Flags&FlagSideAttrsUsed == 0 {
		typ.Flags |= FlagSideAttrsUsed
		typ.Modified()
	}
}

var (
	sideMu    sync.Mutex
	sideTable = map[weak.Pointer[Header]]*Attrs{}
)

func dropSideAttrs(wp weak.Pointer[Header]) {
	sideMu.Lock()
	delete(sideTable, wp)
	sideMu.Unlock()
}

// SideAttrs returns the attribute storage of v (a FlagSideAttrs
// instance), creating it if create is set; nil if it has none.
func SideAttrs(v Value, create bool) *Attrs {
	h := (*Header)(v.p)
	wp := weak.Make(h)
	sideMu.Lock()
	a := sideTable[wp]
	if a == nil && create {
		markSideAttrsUsed(v.Type())
		a = &Attrs{Map: v.Type().RootMap}
		sideTable[wp] = a
		sideMu.Unlock()
		runtime.AddCleanup(h, dropSideAttrs, wp)
		return a
	}
	sideMu.Unlock()
	return a
}

// instanceAttrs returns the attribute storage of v if its type has one.
func instanceAttrs(v Value, create bool) *Attrs {
	typ := v.Type()
	if typ.Flags&FlagHasAttrs != 0 {
		return AttrsOf(v)
	}
	if typ.Flags&FlagSideAttrs != 0 {
		return SideAttrs(v, create)
	}
	return nil
}
