package vm

import (
	"sync"

	"taipan/objects"
)

// buildClassOp runs BUILD_CLASS: r[B] body function, r[B+1] name, C
// bases from r[B+2] (D&4: r[B+2] is a tuple of all bases), D&1: the
// metaclass in r[B+2+C], D&2: a dict of class keywords in r[B+3+C].
func buildClassOp(t *objects.Thread, fn *objects.Function, regs []Value, w uint64) (Value, *Exc) {
	b, c, d := int(uint16(w>>24)), int(uint16(w>>40)), int(w>>56)
	bases := regs[b+2 : b+2+c]
	if d&4 != 0 {
		bases = objects.As[objects.Tuple](regs[b+2]).Items
	}
	meta := null
	if d&1 != 0 {
		meta = regs[b+2+c]
	}
	var kw *objects.Dict
	if d&2 != 0 {
		kw = objects.As[objects.Dict](regs[b+3+c])
		// class A(**{'metaclass': M}): the metaclass may come in the dict
		if mk := objects.Intern("metaclass"); meta.IsNull() {
			if m, ok := kw.GetStr(mk); ok {
				kw = kw.Copy()
				kw.DelStr(mk)
				meta = m
			}
		}
	}
	return buildClass(t, fn, regs[b], regs[b+1], bases, meta, kw)
}

// buildClass is __build_class__: resolve __mro_entries__, pick the
// metaclass, call its __prepare__, run the body in the namespace, and
// call the metaclass.
func buildClass(t *objects.Thread, parent *objects.Function, body, name Value, origBases []Value, meta Value, kw *objects.Dict) (Value, *Exc) {
	fn := objects.As[objects.Function](body)
	bases, changed, err := resolveMroEntries(t, origBases)
	if err != nil {
		return null, err
	}
	var kwvals []Value
	var kwnames *objects.Tuple
	if kw != nil && kw.Len() > 0 {
		var names []Value
		kw.Items(func(k, v Value) bool {
			names = append(names, k)
			kwvals = append(kwvals, v)
			return true
		})
		kwnames = objects.NewTuple(names)
	}
	isClass := true
	if meta.IsNull() {
		if len(bases) > 0 {
			meta = objects.Obj(bases[0].Type())
		} else {
			meta = objects.Obj(objects.TypeType)
		}
	} else {
		isClass = meta.IsInstance(objects.TypeType)
	}
	if isClass {
		m, err := calculateMeta(objects.As[objects.Type](meta), bases)
		if err != nil {
			return null, err
		}
		meta = objects.Obj(m)
	}
	basesTuple := objects.NewTupleValue(append([]Value(nil), bases...))
	var ns Value
	prep, err := objects.GetAttrString(t, meta, "__prepare__")
	if err != nil {
		if !err.Matches(objects.ExcAttributeError) {
			return null, err
		}
		ns = objects.Obj(objects.NewDict())
	} else {
		args := append([]Value{name, basesTuple}, kwvals...)
		if ns, err = objects.CallValue(t, prep, args, kwnames); err != nil {
			return null, err
		}
	}
	var nsd *objects.Dict
	if ns.IsInstance(objects.DictType) {
		nsd = objects.As[objects.Dict](ns)
	} else {
		if ns.Type().GetItem == nil {
			mname := "<metaclass>"
			if isClass {
				mname = objects.As[objects.Type](meta).Name
			}
			return null, objects.Errorf(objects.ExcTypeError, "%s.__prepare__() must return a mapping, not %s", mname, ns.Type().Name)
		}
		// any other mapping: the body runs on a proxy dict whose item
		// slots forward to it
		nsd = newNSProxy(ns)
		defer dropNSProxy(nsd)
	}
	if m, ok := parent.Globals.GetStr(objects.Intern("__name__")); ok {
		if err := setNS(t, nsd, "__module__", m); err != nil {
			return null, err
		}
	}
	if err := setNS(t, nsd, "__qualname__", objects.NewStrValue(fn.Code.Qualname)); err != nil {
		return null, err
	}
	r, err := callPython(t, fn, nil, nil, nsd)
	if err != nil {
		return null, err
	}
	if changed {
		if err := setNS(t, nsd, "__orig_bases__", objects.NewTupleValue(append([]Value(nil), origBases...))); err != nil {
			return null, err
		}
	}
	args := append([]Value{name, basesTuple, ns}, kwvals...)
	var cls Value
	if meta.Is(objects.Obj(objects.TypeType)) {
		cls, err = objects.NewClassKw(t, objects.TypeType, name, basesTuple, ns, kwvals, kwnames)
	} else {
		cls, err = objects.CallValue(t, meta, args, kwnames)
	}
	if err != nil {
		return null, err
	}
	if !r.IsNull() && r.Type() == objects.CellType && cls.IsInstance(objects.TypeType) {
		// type.__new__ fills the __class__ cell from __classcell__; a
		// metaclass that drops it or builds another class from the
		// namespace is an error, as in CPython.
		if cellCls := objects.As[objects.Cell](r).V; !cellCls.Is(cls) {
			nr, _ := objects.ReprString(t, name)
			cr, _ := objects.ReprString(t, cls)
			if cellCls.IsNull() {
				return null, objects.Errorf(objects.ExcRuntimeError, "__class__ not set defining %s as %s. Was __classcell__ propagated to type.__new__?", nr, cr)
			}
			ccr, _ := objects.ReprString(t, cellCls)
			return null, objects.Errorf(objects.ExcTypeError, "__class__ set to %s defining %s as %s", ccr, nr, cr)
		}
	}
	return cls, nil
}

func setNS(t *objects.Thread, ns *objects.Dict, key string, v Value) *Exc {
	if ns.Type() == objects.DictType {
		ns.SetStr(objects.Intern(key), v)
		return nil
	}
	return objects.SetItem(t, objects.Obj(ns), objects.Obj(objects.Intern(key)), v)
}

// resolveMroEntries applies PEP 560's __mro_entries__ to bases that
// are not classes.
func resolveMroEntries(t *objects.Thread, bases []Value) ([]Value, bool, *Exc) {
	var out []Value
	changed := false
	orig := null
	for i, b := range bases {
		if b.IsInstance(objects.TypeType) {
			if changed {
				out = append(out, b)
			}
			continue
		}
		f, gerr := objects.GetAttrString(t, b, "__mro_entries__")
		if gerr != nil {
			if !gerr.Matches(objects.ExcAttributeError) {
				return nil, false, gerr
			}
			if changed {
				out = append(out, b)
			}
			continue
		}
		if !changed {
			out = append(out, bases[:i]...)
			changed = true
		}
		if orig.IsNull() {
			orig = objects.NewTupleValue(append([]Value(nil), bases...))
		}
		r, err := objects.CallValue(t, f, []Value{orig}, nil)
		if err != nil {
			return nil, false, err
		}
		if r.Type() != objects.TupleType {
			return nil, false, objects.Errorf(objects.ExcTypeError, "__mro_entries__ must return a tuple")
		}
		out = append(out, objects.As[objects.Tuple](r).Items...)
	}
	if !changed {
		return bases, false, nil
	}
	return out, true, nil
}

// calculateMeta finds the most derived metaclass of meta and the bases'
// metaclasses.
func calculateMeta(meta *objects.Type, bases []Value) (*objects.Type, *Exc) {
	winner := meta
	for _, b := range bases {
		bt := b.Type()
		if winner.IsSubtype(bt) {
			continue
		}
		if bt.IsSubtype(winner) {
			winner = bt
			continue
		}
		return nil, objects.Errorf(objects.ExcTypeError, "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases")
	}
	return winner, nil
}

// nsGetItem reads a name from a class namespace that is a dict
// subclass (through its __getitem__); Null when the key is missing.
func nsGetItem(t *objects.Thread, ns *objects.Dict, name *objects.Str) (Value, *Exc) {
	v, err := objects.GetItem(t, objects.Obj(ns), objects.Obj(name))
	if err != nil {
		if err.Matches(objects.ExcKeyError) {
			return null, nil
		}
		return null, err
	}
	return v, nil
}

// dictMerge adds the items of mapping src to the keyword dict d of a
// call to f, rejecting repeated keywords.
func dictMerge(t *objects.Thread, d *objects.Dict, src, f Value) *Exc {
	tmp := objects.NewDict()
	if err := tmp.Update(t, src); err != nil {
		return err
	}
	var err *Exc
	tmp.Items(func(k, v Value) bool {
		if _, found, e := d.GetItem(t, k); e != nil {
			err = e
			return false
		} else if found {
			ks, _ := objects.StrString(t, k)
			err = objects.Errorf(objects.ExcTypeError, "%s got multiple values for keyword argument '%s'", funcDesc(f), ks)
			return false
		}
		if e := d.SetItem(t, k, v); e != nil {
			err = e
			return false
		}
		return true
	})
	return err
}

// nsProxyType is the type of the dict standing in for a class
// namespace that is a mapping but not a dict: its item slots forward to
// the mapping (the eval loop uses item access for any namespace that is
// not an exact dict).
var nsProxyType = objects.NewType("builtins", "namespace_proxy", objects.DictType, 0)

var nsProxies sync.Map // *objects.Dict -> Value

func newNSProxy(m Value) *objects.Dict {
	d := objects.NewDict()
	d.SetType(nsProxyType)
	nsProxies.Store(d, m)
	return d
}

func dropNSProxy(d *objects.Dict) { nsProxies.Delete(d) }

func nsTarget(v Value) Value {
	m, _ := nsProxies.Load(objects.As[objects.Dict](v))
	if m == nil {
		return objects.Obj(objects.NewDict())
	}
	return m.(Value)
}

func init() {
	nsProxyType.GetItem = func(t *objects.Thread, o, k Value) (Value, *Exc) { return objects.GetItem(t, nsTarget(o), k) }
	nsProxyType.SetItem = func(t *objects.Thread, o, k, v Value) *Exc {
		if v.IsNull() {
			return objects.DelItem(t, nsTarget(o), k)
		}
		return objects.SetItem(t, nsTarget(o), k, v)
	}
	nsProxyType.Finish()
}
