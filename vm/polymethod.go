package vm

import "taipan/objects"

// Polymorphic LOAD_METHOD. The instruction's own cache holds one (type,
// version, map) -> function entry, checked inline by the eval loop. When
// a site sees a second type (task.fn() over four Task subclasses in
// richards) the cache switches to poly mode: Type is polyMethodMark
// (never a real type, so the inline check fails at once) and Value holds
// a side table of up to polyWays entries, searched here.

var polyMethodMark = &objects.Type{}

type polyMethodEntry struct {
	typ     *objects.Type
	version uint32
	m       *objects.Map
	fn      Value
}

type polyMethodCache struct {
	e    [polyWays]polyMethodEntry
	next int
}

func (p *polyMethodCache) add(c *objects.InlineCache) {
	p.e[p.next] = polyMethodEntry{typ: c.Type, version: c.Version, m: c.Map, fn: c.Value}
	p.next = (p.next + 1) % polyWays
}

// cachedMethod is lookupMethod behind the polymorphic side table.
func cachedMethod(c *objects.InlineCache, o Value, name *objects.Str) (Value, bool) {
	typ := o.Type()
	switch {
	case c.Type == polyMethodMark:
		p := objects.As[polyMethodCache](c.Value)
		for i := range p.e {
			if e := &p.e[i]; e.typ == typ && e.version == typ.Version && (e.m == nil || objects.AttrsOf(o).Map == e.m) {
				return e.fn, true
			}
		}
		var tmp objects.InlineCache
		m, ok := lookupMethod(&tmp, o, name)
		if ok && tmp.Type != nil {
			p.add(&tmp)
		}
		return m, ok
	case c.Type != nil && c.Type != typ && c.Type.Version == c.Version:
		// a second type at a monomorphic site: go polymorphic
		var tmp objects.InlineCache
		m, ok := lookupMethod(&tmp, o, name)
		if ok && tmp.Type != nil {
			p := &polyMethodCache{}
			p.add(c)
			p.add(&tmp)
			*c = objects.InlineCache{Type: polyMethodMark, Value: objects.Obj(p)}
		}
		return m, ok
	}
	return lookupMethod(c, o, name)
}
