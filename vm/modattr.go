package vm

import "taipan/objects"

// Module attribute cache for LOAD_ATTR / LOAD_METHOD on a module
// (math.sqrt, sys.argv): a module's attributes are its dict's entries, and
// a dict keys version names one layout of one dict, so (keys version,
// entry index) in the instruction's cache reads the attribute with one
// compare, as LOAD_GLOBAL_CACHED does. moduleMark in NextMap (unused by
// both instructions otherwise) says the cache holds a module entry.

var moduleMark = &objects.Map{}

func moduleAttr(c *objects.InlineCache, o Value, name *objects.Str) (Value, bool) {
	if o.Type() != objects.ModuleType {
		return null, false
	}
	d := objects.As[objects.Module](o).Dict
	if c.NextMap == moduleMark && d.KeysVersion() == c.Aux {
		return d.EntryValue(int(c.Index)), true
	}
	i := d.FindStr(name)
	if i < 0 {
		return null, false
	}
	c.NextMap, c.Aux, c.Index = moduleMark, d.KeysVersion(), int32(i)
	return d.EntryValue(i), true
}
