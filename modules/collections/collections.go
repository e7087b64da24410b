package collections

import (
	"taipan/modules/modutil"
	"taipan/objects"
)

// DefaultDict is a dict with a default factory; it embeds the dict so
// that every dict operation applies to it unchanged.
type DefaultDict struct {
	objects.Dict
	factory Value
}

var defdictType = objects.NewType("collections", "defaultdict", objects.DictType, objects.FlagBaseType)

func asDD(v Value) *DefaultDict { return objects.As[DefaultDict](v) }

func newDD(typ *objects.Type, factory Value) *DefaultDict {
	dd := &DefaultDict{Dict: *objects.NewDict(), factory: factory}
	dd.SetType(typ)
	return dd
}

func ddNew(t *Thread, typ *objects.Type, args []Value, kw *Tuple) (Value, *Exc) {
	return objects.Obj(newDD(typ, objects.None)), nil
}

func ddInit(t *Thread, self Value, args []Value, kw *Tuple) *Exc {
	pos, _ := objects.SplitArgs(args, kw)
	dd := asDD(self)
	rest := args
	if len(pos) > 0 {
		f := pos[0]
		if !f.IsNone() && f.Type().Call == nil {
			return errorf(objects.ExcTypeError, "first argument must be callable or None")
		}
		dd.factory = f
		rest = args[1:]
	}
	return objects.DictType.Init(t, self, rest, kw)
}

func ddMissing(t *Thread, self Value, key Value) (Value, *Exc) {
	dd := asDD(self)
	if dd.factory.IsNone() || dd.factory.IsNull() {
		return null, objects.NewException(objects.ExcKeyError, key)
	}
	v, err := objects.CallValue(t, dd.factory, nil, nil)
	if err != nil {
		return null, err
	}
	if err := objects.SetItem(t, self, key, v); err != nil {
		return null, err
	}
	return v, nil
}

func ddRepr(t *Thread, v Value) (Value, *Exc) {
	dd := asDD(v)
	var fr string
	if dd.factory.IsNone() || dd.factory.IsNull() {
		fr = "None"
	} else {
		if !t.ReprEnter(dd.factory) {
			fr = "..."
		} else {
			s, err := objects.ReprString(t, dd.factory)
			t.ReprLeave(dd.factory)
			if err != nil {
				return null, err
			}
			fr = s
		}
	}
	ds, err := objects.DictType.Repr(t, v)
	if err != nil {
		return null, err
	}
	return objects.NewStrValue(v.Type().Name + "(" + fr + ", " + objects.As[objects.Str](ds).S + ")"), nil
}

func ddCopy(t *Thread, self Value) (Value, *Exc) {
	dd := asDD(self)
	if self.Type() == defdictType {
		r := newDD(defdictType, dd.factory)
		if err := r.Dict.Update(t, self); err != nil {
			return null, err
		}
		return objects.Obj(r), nil
	}
	return objects.CallValue(t, objects.Obj(self.Type()), []Value{dd.factory, self}, nil)
}

// ---- _count_elements ----

func countElements(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
	if err := modutil.Arity("_count_elements", args, kw, 2, 2); err != nil {
		return null, err
	}
	mapping, iterable := args[0], args[1]
	it, err := objects.GetIter(t, iterable)
	if err != nil {
		return null, err
	}
	fast := mapping.Type() == objects.DictType
	if !fast && mapping.IsInstance(objects.DictType) {
		mt := mapping.Type()
		fast = mt.LookupString("get").Is(objects.DictType.LookupString("get")) &&
			mt.LookupString("__setitem__").Is(objects.DictType.LookupString("__setitem__"))
	}
	var get Value
	if !fast {
		if get, err = objects.GetAttrString(t, mapping, "get"); err != nil {
			return null, err
		}
	}
	one, zero := objects.Int(1), objects.Int(0)
	for {
		x, err := objects.Next(t, it)
		if err != nil {
			return null, err
		}
		if x.IsNull() {
			return objects.None, nil
		}
		var cur Value
		if fast {
			d := objects.As[objects.Dict](mapping)
			v, ok, err := d.GetItem(t, x)
			if err != nil {
				return null, err
			}
			if !ok {
				v = zero
			}
			cur = v
		} else {
			if cur, err = objects.CallValue(t, get, []Value{x, zero}, nil); err != nil {
				return null, err
			}
		}
		n, err := objects.BinaryOp(t, objects.OpAdd, cur, one)
		if err != nil {
			return null, err
		}
		if fast {
			err = objects.As[objects.Dict](mapping).SetItem(t, x, n)
		} else {
			err = objects.SetItem(t, mapping, x, n)
		}
		if err != nil {
			return null, err
		}
	}
}

// ---- _tuplegetter ----

type tupleGetter struct {
	objects.Header
	index int
	doc   Value
}

var tupleGetterType = objects.NewType("_collections", "_tuplegetter", nil, 0)

func init() {
	defdictType.New = ddNew
	defdictType.Init = ddInit
	defdictType.Repr = ddRepr
	defdictType.AddMethod("__missing__", func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		if err := modutil.One("defaultdict.__missing__", args, kw); err != nil {
			return null, err
		}
		return ddMissing(t, self, args[0])
	})
	copyFn := func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) { return ddCopy(t, self) }
	defdictType.AddMethod("copy", copyFn)
	defdictType.AddMethod("__copy__", copyFn)
	defdictType.AddMethod("__reduce__", func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		dd := asDD(self)
		fargs := objects.NewTupleValue(nil)
		if !dd.factory.IsNone() {
			fargs = objects.NewTupleValue([]Value{dd.factory})
		}
		items, err := objects.CallMethod(t, self, "items")
		if err != nil {
			return null, err
		}
		it, err := objects.GetIter(t, items)
		if err != nil {
			return null, err
		}
		return objects.NewTupleValue([]Value{objects.Obj(self.Type()), fargs, objects.None, objects.None, it}), nil
	})
	defdictType.NB[objects.OpOr] = func(t *Thread, a, b Value) (Value, *Exc) {
		if !a.IsInstance(objects.DictType) || !b.IsInstance(objects.DictType) {
			return objects.NotImplemented, nil
		}
		var self, other Value
		left := a.IsInstance(defdictType)
		if left {
			self, other = a, b
		} else {
			self, other = b, a
		}
		r, err := ddCopy(t, self)
		if err != nil {
			return null, err
		}
		if left {
			err = objects.As[objects.Dict](r).Update(t, other)
		} else {
			rd := objects.As[objects.Dict](r)
			rd.Clear()
			if err = rd.Update(t, other); err == nil {
				err = rd.Update(t, self)
			}
		}
		if err != nil {
			return null, err
		}
		return r, nil
	}
	defdictType.SetAttrString("default_factory", modutil.GetSet("collections.defaultdict", "default_factory",
		func(t *Thread, self Value) (Value, *Exc) { return asDD(self).factory, nil },
		func(t *Thread, self, v Value) *Exc { asDD(self).factory = v; return nil }))
	defdictType.SetAttrString("__class_getitem__", modutil.ClassGetItem(defdictType))
	defdictType.Doc = "defaultdict(default_factory=None, /, [...]) --> dict with default factory"
	defdictType.Finish()

	tupleGetterType.New = func(t *Thread, typ *objects.Type, args []Value, kw *Tuple) (Value, *Exc) {
		if err := modutil.Arity("_tuplegetter", args, kw, 2, 2); err != nil {
			return null, err
		}
		n, ok, err := modutil.ToInt64(t, args[0])
		if err != nil {
			return null, err
		}
		if !ok {
			return null, errorf(objects.ExcOverflowError, "Python int too large to convert to C ssize_t")
		}
		g := &tupleGetter{index: int(n), doc: args[1]}
		g.SetType(typ)
		return objects.Obj(g), nil
	}
	tupleGetterType.DescrGet = func(t *Thread, descr, obj Value, typ *objects.Type) (Value, *Exc) {
		if obj.IsNull() || obj.IsNone() {
			return descr, nil
		}
		g := objects.As[tupleGetter](descr)
		if !obj.IsInstance(objects.TupleType) {
			return null, errorf(objects.ExcTypeError, "descriptor for index '%d' for tuple subclasses doesn't apply to '%s' object", g.index, obj.Type().Name)
		}
		items := objects.As[objects.Tuple](obj).Items
		if g.index < 0 || g.index >= len(items) {
			return null, errorf(objects.ExcIndexError, "tuple index out of range")
		}
		return items[g.index], nil
	}
	tupleGetterType.DescrSet = func(t *Thread, descr, obj, val Value) *Exc {
		if val.IsNull() {
			return errorf(objects.ExcAttributeError, "can't delete attribute")
		}
		return errorf(objects.ExcAttributeError, "can't set attribute")
	}
	tupleGetterType.GetAttr = func(t *Thread, v Value, name *objects.Str) (Value, *Exc) {
		if name.S == "__doc__" {
			return objects.As[tupleGetter](v).doc, nil
		}
		return objects.GenericGetAttr(t, v, name)
	}
	tupleGetterType.SetAttr = func(t *Thread, v Value, name *objects.Str, val Value) *Exc {
		if name.S == "__doc__" {
			if val.IsNull() {
				val = objects.None
			}
			objects.As[tupleGetter](v).doc = val
			return nil
		}
		return objects.GenericSetAttr(t, v, name, val)
	}
	tupleGetterType.AddMethod("__get__", func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		if err := modutil.Arity("__get__", args, kw, 1, 2); err != nil {
			return null, err
		}
		var typ *objects.Type
		if len(args) == 2 && args[1].IsInstance(objects.TypeType) {
			typ = objects.As[objects.Type](args[1])
		}
		return tupleGetterType.DescrGet(t, self, args[0], typ)
	})
	tupleGetterType.AddMethod("__set__", func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		if err := modutil.Arity("__set__", args, kw, 2, 2); err != nil {
			return null, err
		}
		return null, tupleGetterType.DescrSet(t, self, args[0], args[1])
	})
	tupleGetterType.AddMethod("__delete__", func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		if err := modutil.One("__delete__", args, kw); err != nil {
			return null, err
		}
		return null, tupleGetterType.DescrSet(t, self, args[0], null)
	})
	tupleGetterType.AddMethod("__reduce__", func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		g := objects.As[tupleGetter](self)
		return objects.Tuple2(objects.Obj(tupleGetterType), objects.Tuple2(objects.Int(int64(g.index)), g.doc)), nil
	})
	tupleGetterType.Finish()

	objects.RegisterModule("_collections", func(t *Thread, m *objects.Module) *Exc {
		m.Set("__doc__", objects.NewStrValue("High performance data structures.\n- deque:        ordered collection accessible from endpoints only\n- defaultdict:  dict subclass with a default value factory\n"))
		m.Set("deque", objects.Obj(dequeType))
		m.Set("defaultdict", objects.Obj(defdictType))
		m.Set("_deque_iterator", objects.Obj(dequeIterTyp))
		m.Set("_deque_reverse_iterator", objects.Obj(dequeRevTyp))
		m.Set("_tuplegetter", objects.Obj(tupleGetterType))
		m.Set("_count_elements", modutil.Builtin("_collections", "_count_elements", countElements))
		return nil
	})
}
