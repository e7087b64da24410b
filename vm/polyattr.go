package vm

import "taipan/objects"

// Polymorphic attribute cache. LOAD_ATTR_INSTANCE caches one (type,
// map) -> slot; a site that sees several classes (a base-class method
// reading self.x on instances of four subclasses, as in richards and
// deltablue) falls back to the generic LOAD_ATTR after maxDespecialise
// misses. The generic LOAD_ATTR then keeps up to polyWays (type, version,
// map) -> slot entries in a side object hung off the instruction's cache
// (InlineCache.Value, unused by LOAD_ATTR), so such sites still read an
// attribute with a few compares instead of a full lookup.

const polyWays = 4

type polyEntry struct {
	typ     *objects.Type
	version uint32
	index   int32
	m       *objects.Map
}

type polyAttrCache struct {
	e    [polyWays]polyEntry
	next int // entry to replace when full
}

// polyHit is the hit path of polyLoadAttr, small enough to be inlined
// into the eval loop: o's slot when an entry matches its type and map.
func polyHit(c *objects.InlineCache, o Value) (Value, bool) {
	if c.Value.IsNull() || o.Type().Flags&objects.FlagHasAttrs == 0 {
		return null, false
	}
	p, typ, a := objects.As[polyAttrCache](c.Value), o.Type(), objects.AttrsOf(o)
	for i := range p.e {
		if e := &p.e[i]; e.typ == typ && e.m == a.Map && e.version == typ.Version {
			return a.Slots[e.index], true
		}
	}
	return null, false
}

// polyLoadAttr reads o.name through c's polymorphic entries; ok is false
// when the generic lookup must run.
func polyLoadAttr(c *objects.InlineCache, o Value, name *objects.Str) (Value, bool) {
	typ := o.Type()
	if typ.Flags&objects.FlagHasAttrs == 0 {
		return null, false
	}
	a := objects.AttrsOf(o)
	var p *polyAttrCache
	if !c.Value.IsNull() {
		p = objects.As[polyAttrCache](c.Value)
		for i := range p.e {
			if e := &p.e[i]; e.typ == typ && e.m == a.Map && e.version == typ.Version {
				return a.Slots[e.index], true
			}
		}
	}
	// miss: add an entry if the attribute lives in the instance's slots
	// and nothing on the type can intercept it (as specialiseLoadAttr)
	if a.Map == nil || typ.Version == 0 || !objects.IsGenericGetAttr(typ) {
		return null, false
	}
	if d := typ.Lookup(name); !d.IsNull() && d.Type().DescrSet != nil {
		return null, false
	}
	i := a.Map.Index(name)
	if i < 0 {
		return null, false
	}
	if p == nil {
		p = &polyAttrCache{}
		c.Value = objects.Obj(p)
	}
	p.e[p.next] = polyEntry{typ: typ, version: typ.Version, index: int32(i), m: a.Map}
	p.next = (p.next + 1) % polyWays
	return a.Slots[i], true
}

// polyStoreAttr is polyLoadAttr for STORE_ATTR of an attribute the
// instance already has (no map transition): o.name = v; false when the
// generic store must run.
func polyStoreAttr(c *objects.InlineCache, o Value, name *objects.Str, v Value) bool {
	typ := o.Type()
	if typ.Flags&objects.FlagHasAttrs == 0 {
		return false
	}
	a := objects.AttrsOf(o)
	var p *polyAttrCache
	if !c.Value.IsNull() {
		p = objects.As[polyAttrCache](c.Value)
		for i := range p.e {
			if e := &p.e[i]; e.typ == typ && e.m == a.Map && e.version == typ.Version {
				a.Slots[e.index] = v
				return true
			}
		}
	}
	if a.Map == nil || typ.Version == 0 || !objects.IsGenericSetAttr(typ) {
		return false
	}
	if d := typ.Lookup(name); !d.IsNull() && d.Type().DescrSet != nil {
		return false
	}
	i := a.Map.Index(name)
	if i < 0 {
		return false
	}
	if p == nil {
		p = &polyAttrCache{}
		c.Value = objects.Obj(p)
	}
	p.e[p.next] = polyEntry{typ: typ, version: typ.Version, index: int32(i), m: a.Map}
	p.next = (p.next + 1) % polyWays
	a.Slots[i] = v
	return true
}
