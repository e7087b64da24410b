package vm

import (
	"taipan/objects"
)

// Module objects as the import system needs them: repr from __spec__ /
// __file__ / __loader__ (importlib's _module_repr), construction
// (types.ModuleType(name, doc)), module-level __getattr__ (PEP 562) and
// the "partially initialized module" hint.

func moduleRepr(t *objects.Thread, v Value) (Value, *Exc) {
	m := objects.As[objects.Module](v)
	get := func(name string) Value {
		if m.Dict == nil { // ModuleType.__new__ without __init__
			return null
		}
		r, _ := m.Dict.GetStr(objects.Intern(name))
		return r
	}
	name := "?"
	if n, ok := strOf(get("__name__")); ok {
		name = n
	}
	q := objects.QuoteStr
	loader := get("__loader__")
	if spec := get("__spec__"); !spec.IsNull() && !spec.IsNone() {
		if n, err := getattrOpt(t, spec, "name"); err == nil {
			if s, ok := strOf(n); ok {
				name = s
			}
		}
		origin, _ := getattrOpt(t, spec, "origin")
		sl, _ := getattrOpt(t, spec, "loader")
		if origin.IsNull() || origin.IsNone() {
			if sl.IsNull() || sl.IsNone() {
				return str("<module " + q(name) + ">"), nil
			}
			r, err := objects.ReprString(t, sl)
			if err != nil {
				return null, err
			}
			return str("<module " + q(name) + " (" + r + ")>"), nil
		}
		hl, _ := getattrOpt(t, spec, "has_location")
		if !hl.IsNull() && boolArg(t, hl) {
			r, err := objects.ReprString(t, origin)
			if err != nil {
				return null, err
			}
			return str("<module " + q(name) + " from " + r + ">"), nil
		}
		o, err := objects.StrString(t, origin)
		if err != nil {
			return null, err
		}
		return str("<module " + q(name) + " (" + o + ")>"), nil
	}
	if f := get("__file__"); !f.IsNull() {
		r, err := objects.ReprString(t, f)
		if err != nil {
			return null, err
		}
		return str("<module " + q(name) + " from " + r + ">"), nil
	}
	if loader.IsNull() || loader.IsNone() {
		return str("<module " + q(name) + ">"), nil
	}
	if loader.Is(objects.Obj(builtinImporterType)) {
		return str("<module " + q(name) + " (built-in)>"), nil
	}
	r, err := objects.ReprString(t, loader)
	if err != nil {
		return null, err
	}
	return str("<module " + q(name) + " (" + r + ")>"), nil
}

func init() {
	mt := objects.ModuleType
	mt.Repr = moduleRepr
	mt.New = func(t *objects.Thread, typ *objects.Type, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
		m := &objects.Module{Dict: objects.NewDict()}
		m.SetType(typ)
		return objects.Obj(m), nil
	}
	mt.Init = func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) *Exc {
		a, err := parseArgs("module", args, kwnames, []string{"name", "doc"}, 1)
		if err != nil {
			return err
		}
		n, ok := strOf(a[0])
		if !ok {
			return objects.Errorf(objects.ExcTypeError, "module() argument 'name' must be str, not %s", a[0].Type().Name)
		}
		m := objects.As[objects.Module](self)
		m.Name = n
		doc := a[1]
		if doc.IsNull() {
			doc = objects.None
		}
		for _, kv := range []struct {
			k string
			v Value
		}{{"__name__", a[0]}, {"__doc__", doc}, {"__package__", objects.None}, {"__loader__", objects.None}, {"__spec__", objects.None}} {
			m.Dict.SetStr(objects.Intern(kv.k), kv.v)
		}
		return nil
	}
	// The slot wrappers were made before these slots were replaced.
	mt.AddMethod("__repr__", func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
		if err := objects.NoArgs("__repr__", args, kwnames); err != nil {
			return null, err
		}
		return moduleRepr(t, self)
	})
	mt.AddMethod("__dir__", func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
		if err := objects.NoArgs("__dir__", args, kwnames); err != nil {
			return null, err
		}
		d := objects.As[objects.Module](self).Dict
		if f, ok := d.GetStr(objects.Intern("__dir__")); ok {
			return objects.CallValue(t, f, nil, nil)
		}
		return objects.NewListValue(d.Keys()), nil
	})
	getattr := mt.GetAttr
	mt.GetAttr = func(t *objects.Thread, v Value, name *objects.Str) (Value, *Exc) {
		r, err := getattr(t, v, name)
		if err == nil || !err.Matches(objects.ExcAttributeError) {
			return r, err
		}
		m := objects.As[objects.Module](v)
		if ga, ok := m.Dict.GetStr(objects.Intern("__getattr__")); ok {
			return objects.CallValue(t, ga, []Value{objects.Obj(name)}, nil)
		}
		modName := m.Name
		if n, ok := strOf(func() Value { x, _ := m.Dict.GetStr(objects.Intern("__name__")); return x }()); ok {
			modName = n
		}
		if spec, ok := m.Dict.GetStr(objects.Intern("__spec__")); ok && !spec.IsNone() {
			if init, e := getattrOpt(t, spec, "_initializing"); e == nil && !init.IsNull() && boolArg(t, init) {
				return null, objects.WithNameObj(objects.Errorf(objects.ExcAttributeError, "partially initialized module '%s' has no attribute '%s' (most likely due to a circular import)", modName, name.S), v, name)
			}
		}
		return null, objects.WithNameObj(objects.Errorf(objects.ExcAttributeError, "module '%s' has no attribute '%s'", modName, name.S), v, name)
	}
}

// dirHook is dir(v) for objects whose type defines __dir__ in Go or
// Python other than object's: the sorted result of __dir__().
func dirHook(t *objects.Thread, v Value) (Value, bool, *Exc) {
	if v.Type() != objects.ModuleType && !v.Type().IsSubtype(objects.ModuleType) {
		return null, false, nil
	}
	r, err := objects.CallMethod(t, v, "__dir__")
	if err != nil {
		return null, true, err
	}
	items, err := objects.IterToSlice(t, r)
	if err != nil {
		return null, true, err
	}
	items = append([]Value(nil), items...)
	if err := objects.SortValues(t, items, objects.None, false); err != nil {
		return null, true, err
	}
	return objects.NewListValue(items), true, nil
}
