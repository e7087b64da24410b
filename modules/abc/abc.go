// Package abc is the native _abc module: the state and algorithms
// behind abc.ABCMeta (registration, isinstance/issubclass caches).
package abc

import (
	"taipan/modules/modutil"
	"taipan/modules/weakref"
	"taipan/objects"
	"taipan/vm"
)

type (
	Value  = objects.Value
	Exc    = objects.BaseException
	Thread = objects.Thread
	Tuple  = objects.Tuple
)

var null = objects.Null

func errorf(typ *objects.Type, f string, a ...any) *Exc { return objects.Errorf(typ, f, a...) }

// invalidation counts registrations; negative caches older than it are
// stale (get_cache_token()).
var invalidation int64

// data is _abc_data, stored as cls._abc_impl.
type data struct {
	objects.Header
	registry []Value
	cache    map[*objects.Type]bool
	negative map[*objects.Type]bool
	negVer   int64
}

var dataType = objects.NewType("_abc", "_abc_data", nil, 0)

func newData() *data {
	d := &data{cache: map[*objects.Type]bool{}, negative: map[*objects.Type]bool{}, negVer: invalidation}
	d.SetType(dataType)
	return d
}

var implName = objects.Intern("_abc_impl")

func implOf(t *Thread, cls Value) (*data, *Exc) {
	v, err := objects.GetAttr(t, cls, implName)
	if err != nil {
		return nil, err
	}
	if v.Type() != dataType {
		return nil, errorf(objects.ExcTypeError, "_abc_impl is set to a wrong type")
	}
	return objects.As[data](v), nil
}

func isAbstract(t *Thread, v Value) (bool, *Exc) {
	a, err := objects.GetAttrString(t, v, "__isabstractmethod__")
	if err != nil {
		if err.Matches(objects.ExcAttributeError) {
			return false, nil
		}
		return false, err
	}
	return objects.Truth(t, a)
}

func abcInit(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
	if err := modutil.One("_abc._abc_init", args, kw); err != nil {
		return null, err
	}
	cls := args[0]
	abstracts := objects.NewSet()
	if cls.IsInstance(objects.TypeType) {
		ty := objects.As[objects.Type](cls)
		var err *Exc
		ty.Dict.Items(func(k, v Value) bool {
			var ab bool
			if ab, err = isAbstract(t, v); err == nil && ab {
				err = abstracts.Add(t, k)
			}
			return err == nil
		})
		if err != nil {
			return null, err
		}
		for _, b := range ty.Bases {
			am, err := objects.GetAttrString(t, objects.Obj(b), "__abstractmethods__")
			if err != nil {
				continue
			}
			names, err := objects.IterToSlice(t, am)
			if err != nil {
				return null, err
			}
			for _, n := range names {
				if !n.IsInstance(objects.StrType) {
					continue
				}
				v, err := objects.GetAttr(t, cls, objects.Intern(objects.As[objects.Str](n).S))
				if err != nil {
					if err.Matches(objects.ExcAttributeError) {
						continue
					}
					return null, err
				}
				if ab, err := isAbstract(t, v); err != nil {
					return null, err
				} else if ab {
					if err := abstracts.Add(t, n); err != nil {
						return null, err
					}
				}
			}
		}
		// __abc_tpflags__ (collection flags for pattern matching) is consumed.
		ty.Dict.DelStr(objects.Intern("__abc_tpflags__"))
	}
	fs := objects.CopySet(t, objects.FrozenSetType, abstracts)
	if err := objects.SetAttr(t, cls, objects.Intern("__abstractmethods__"), objects.Obj(fs)); err != nil {
		return null, err
	}
	if err := objects.SetAttr(t, cls, implName, objects.Obj(newData())); err != nil {
		return null, err
	}
	return objects.None, nil
}

func issubclass(t *Thread, sub, cls Value) (bool, *Exc) {
	b, _ := vm.Builtins.GetStr(objects.Intern("issubclass"))
	r, err := objects.CallValue(t, b, []Value{sub, cls}, nil)
	if err != nil {
		return false, err
	}
	return objects.Truth(t, r)
}

func abcRegister(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
	if err := modutil.Arity("_abc_register", args, kw, 2, 2); err != nil {
		return null, err
	}
	cls, sub := args[0], args[1]
	if !sub.IsInstance(objects.TypeType) {
		return null, errorf(objects.ExcTypeError, "Can only register classes")
	}
	if ok, err := issubclass(t, sub, cls); err != nil {
		return null, err
	} else if ok {
		return sub, nil
	}
	if ok, err := issubclass(t, cls, sub); err != nil {
		return null, err
	} else if ok {
		return null, errorf(objects.ExcRuntimeError, "Refusing to create an inheritance cycle")
	}
	d, err := implOf(t, cls)
	if err != nil {
		return null, err
	}
	d.registry = append(d.registry, sub)
	invalidation++
	return sub, nil
}

func abcInstancecheck(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
	if err := modutil.Arity("_abc_instancecheck", args, kw, 2, 2); err != nil {
		return null, err
	}
	cls, inst := args[0], args[1]
	d, err := implOf(t, cls)
	if err != nil {
		return null, err
	}
	subclass, err := objects.GetAttrString(t, inst, "__class__")
	if err != nil {
		return null, err
	}
	if subclass.IsInstance(objects.TypeType) && d.cache[objects.As[objects.Type](subclass)] {
		return objects.True, nil
	}
	subtype := objects.Obj(inst.Type())
	check := func(c Value) (Value, *Exc) {
		r, _, err := objects.CallDunder(t, cls, "__subclasscheck__", c)
		return r, err
	}
	if subtype.Is(subclass) {
		if d.negVer == invalidation && d.negative[inst.Type()] {
			return objects.False, nil
		}
		return check(subclass)
	}
	r, err := check(subclass)
	if err != nil {
		return null, err
	}
	if ok, err := objects.Truth(t, r); err != nil || ok {
		return r, err
	}
	return check(subtype)
}

func abcSubclasscheck(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
	if err := modutil.Arity("_abc_subclasscheck", args, kw, 2, 2); err != nil {
		return null, err
	}
	cls, subv := args[0], args[1]
	if !subv.IsInstance(objects.TypeType) {
		return null, errorf(objects.ExcTypeError, "issubclass() arg 1 must be a class")
	}
	sub := objects.As[objects.Type](subv)
	d, err := implOf(t, cls)
	if err != nil {
		return null, err
	}
	if d.cache[sub] {
		return objects.True, nil
	}
	if d.negVer < invalidation {
		d.negative = map[*objects.Type]bool{}
		d.negVer = invalidation
	} else if d.negative[sub] {
		return objects.False, nil
	}
	ok := objects.NotImplemented
	if hook, err := objects.GetAttrString(t, cls, "__subclasshook__"); err == nil {
		if ok, err = objects.CallValue(t, hook, []Value{subv}, nil); err != nil {
			return null, err
		}
	} else if !err.Matches(objects.ExcAttributeError) {
		return null, err
	}
	if !ok.Is(objects.NotImplemented) {
		if !ok.IsBool() {
			return null, errorf(objects.ExcAssertionError, "__subclasshook__ must return either False, True, or NotImplemented")
		}
		if ok.BoolVal() {
			d.cache[sub] = true
		} else {
			d.negative[sub] = true
		}
		return ok, nil
	}
	if cls.IsInstance(objects.TypeType) {
		ct := objects.As[objects.Type](cls)
		for _, m := range sub.MRO {
			if m == ct {
				d.cache[sub] = true
				return objects.True, nil
			}
		}
	}
	for _, r := range d.registry {
		if yes, err := issubclass(t, subv, r); err != nil {
			return null, err
		} else if yes {
			d.cache[sub] = true
			return objects.True, nil
		}
	}
	subs, err := objects.CallMethod(t, cls, "__subclasses__")
	if err != nil {
		return null, err
	}
	items, err := objects.IterToSlice(t, subs)
	if err != nil {
		return null, err
	}
	for _, s := range items {
		if yes, err := issubclass(t, subv, s); err != nil {
			return null, err
		} else if yes {
			d.cache[sub] = true
			return objects.True, nil
		}
	}
	d.negative[sub] = true
	return objects.False, nil
}

// refSet returns a set of weak references to vals, as _get_dump does.
func refSet(t *Thread, vals []Value) (Value, *Exc) {
	s := objects.NewSet()
	for _, v := range vals {
		r, err := weakref.NewRef(t, v)
		if err != nil {
			return null, err
		}
		if err := s.Add(t, r); err != nil {
			return null, err
		}
	}
	return objects.Obj(s), nil
}

func typeVals(m map[*objects.Type]bool) []Value {
	var out []Value
	for k := range m {
		out = append(out, objects.Obj(k))
	}
	return out
}

func init() {
	dataType.Finish()
	objects.RegisterModule("_abc", func(t *Thread, m *objects.Module) *Exc {
		m.Set("__doc__", objects.NewStrValue("Module contains faster C implementation of abc.ABCMeta"))
		add := func(name string, f objects.BuiltinFn) { m.Set(name, modutil.Builtin("_abc", name, f)) }
		add("_abc_init", abcInit)
		add("_abc_register", abcRegister)
		add("_abc_instancecheck", abcInstancecheck)
		add("_abc_subclasscheck", abcSubclasscheck)
		add("get_cache_token", func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
			return objects.Int(invalidation), nil
		})
		add("_get_dump", func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
			if err := modutil.One("_abc._get_dump", args, kw); err != nil {
				return null, err
			}
			d, err := implOf(t, args[0])
			if err != nil {
				return null, err
			}
			var sets [3]Value
			for i, vals := range [][]Value{d.registry, typeVals(d.cache), typeVals(d.negative)} {
				if sets[i], err = refSet(t, vals); err != nil {
					return null, err
				}
			}
			return objects.NewTupleValue([]Value{sets[0], sets[1], sets[2], objects.Int(d.negVer)}), nil
		})
		add("_reset_registry", func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
			if err := modutil.One("_abc._reset_registry", args, kw); err != nil {
				return null, err
			}
			d, err := implOf(t, args[0])
			if err != nil {
				return null, err
			}
			d.registry = nil
			return objects.None, nil
		})
		add("_reset_caches", func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
			if err := modutil.One("_abc._reset_caches", args, kw); err != nil {
				return null, err
			}
			d, err := implOf(t, args[0])
			if err != nil {
				return null, err
			}
			d.cache = map[*objects.Type]bool{}
			d.negative = map[*objects.Type]bool{}
			return objects.None, nil
		})
		return nil
	})
}
