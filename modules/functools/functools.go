// Package functools is the native _functools module: reduce, partial
// and cmp_to_key (functools.py keeps its pure-Python lru_cache).
package functools

import (
	"strings"

	"taipan/modules/modutil"
	"taipan/objects"
)

type (
	Value  = objects.Value
	Exc    = objects.BaseException
	Thread = objects.Thread
	Tuple  = objects.Tuple
)

var null = objects.Null

func errorf(typ *objects.Type, f string, a ...any) *Exc { return objects.Errorf(typ, f, a...) }

// ---- reduce ----

func reduce(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
	if kw.Len() > 0 {
		return null, errorf(objects.ExcTypeError, "reduce() takes no keyword arguments")
	}
	if err := modutil.Arity("reduce", args, nil, 2, 3); err != nil {
		return null, err
	}
	fn := args[0]
	it, err := objects.GetIter(t, args[1])
	if err != nil {
		if err.Matches(objects.ExcTypeError) {
			return null, errorf(objects.ExcTypeError, "reduce() arg 2 must support iteration")
		}
		return null, err
	}
	acc := null
	if len(args) == 3 {
		acc = args[2]
	}
	var pair [2]Value
	for {
		x, err := objects.Next(t, it)
		if err != nil {
			return null, err
		}
		if x.IsNull() {
			break
		}
		if acc.IsNull() {
			acc = x
			continue
		}
		pair[0], pair[1] = acc, x
		if acc, err = objects.CallValue(t, fn, pair[:], nil); err != nil {
			return null, err
		}
	}
	if acc.IsNull() {
		return null, errorf(objects.ExcTypeError, "reduce() of empty iterable with no initial value")
	}
	return acc, nil
}

// ---- partial ----

// Partial is functools.partial; instances carry attributes (__dict__).
type Partial struct {
	objects.Header
	objects.Attrs
	fn   Value
	args []Value
	kw   *objects.Dict
}

var partialType = objects.NewType("functools", "partial", nil, objects.FlagBaseType|objects.FlagHasAttrs)

func partialNew(t *Thread, typ *objects.Type, args []Value, kw *Tuple) (Value, *Exc) {
	pos, kv := objects.SplitArgs(args, kw)
	if len(pos) < 1 {
		return null, errorf(objects.ExcTypeError, "type 'partial' takes at least one argument")
	}
	fn := pos[0]
	if fn.Type().Call == nil {
		return null, errorf(objects.ExcTypeError, "the first argument must be callable")
	}
	p := &Partial{kw: objects.NewDict()}
	p.SetType(typ)
	if typ.RootMap != nil {
		p.Attrs = objects.Attrs{Map: typ.RootMap, Slots: objects.NewSlots(typ.RootMap)}
	}
	var pargs []Value
	if fn.IsInstance(partialType) && fn.Type().LookupString("__call__").Is(partialType.LookupString("__call__")) {
		inner := objects.As[Partial](fn)
		if inner.Attrs.Len() == 0 {
			pargs = inner.args
			p.kw = inner.kw.Copy()
			fn = inner.fn
		}
	}
	p.fn = fn
	p.args = make([]Value, 0, len(pargs)+len(pos)-1)
	p.args = append(append(p.args, pargs...), pos[1:]...)
	for i, v := range kv {
		p.kw.SetStr(objects.As[objects.Str](kw.Items[i]), v)
	}
	return objects.Obj(p), nil
}

func partialCall(t *Thread, callable Value, args []Value, kw *Tuple) (Value, *Exc) {
	p := objects.As[Partial](callable)
	if p.kw.Len() == 0 {
		if len(p.args) == 0 {
			return objects.CallValue(t, p.fn, args, kw)
		}
		full, mark := modutil.PushArgs(t, p.args, args)
		r, err := objects.CallValue(t, p.fn, full, kw)
		t.PopArgs(full, mark)
		return r, err
	}
	pos, kv := objects.SplitArgs(args, kw)
	merged := p.kw.Copy()
	for i, v := range kv {
		merged.SetStr(objects.As[objects.Str](kw.Items[i]), v)
	}
	full := make([]Value, 0, len(p.args)+len(pos)+merged.Len())
	full = append(append(full, p.args...), pos...)
	names := make([]Value, 0, merged.Len())
	merged.Items(func(k, v Value) bool {
		names = append(names, k)
		full = append(full, v)
		return true
	})
	return objects.CallValue(t, p.fn, full, objects.NewTuple(names))
}

func partialRepr(t *Thread, v Value) (Value, *Exc) {
	p := objects.As[Partial](v)
	name := v.Type().Name
	if !v.Type().IsHeapType() {
		name = v.Type().Module + "." + name
	}
	if !t.ReprEnter(v) {
		return objects.NewStrValue("..."), nil
	}
	defer t.ReprLeave(v)
	var b strings.Builder
	b.WriteString(name)
	b.WriteByte('(')
	s, err := objects.ReprString(t, p.fn)
	if err != nil {
		return null, err
	}
	b.WriteString(s)
	for _, a := range p.args {
		s, err := objects.ReprString(t, a)
		if err != nil {
			return null, err
		}
		b.WriteString(", ")
		b.WriteString(s)
	}
	var rerr *Exc
	p.kw.Items(func(k, v Value) bool {
		ks, err := objects.StrString(t, k)
		if err != nil {
			rerr = err
			return false
		}
		vs, err := objects.ReprString(t, v)
		if err != nil {
			rerr = err
			return false
		}
		b.WriteString(", " + ks + "=" + vs)
		return true
	})
	if rerr != nil {
		return null, rerr
	}
	b.WriteByte(')')
	return objects.NewStrValue(b.String()), nil
}

func readonly(name string, get func(p *Partial) Value) Value {
	p := &objects.Property{Get: objects.NewBuiltin(name, func(t *Thread, _ Value, args []Value, kw *Tuple) (Value, *Exc) {
		return get(objects.As[Partial](args[0])), nil
	}), Set: objects.NewBuiltin(name, func(t *Thread, _ Value, args []Value, kw *Tuple) (Value, *Exc) {
		return null, errorf(objects.ExcAttributeError, "readonly attribute")
	}), Del: objects.NewBuiltin(name, func(t *Thread, _ Value, args []Value, kw *Tuple) (Value, *Exc) {
		return null, errorf(objects.ExcAttributeError, "readonly attribute")
	}), Doc: objects.None}
	p.SetType(objects.PropertyType)
	return objects.Obj(p)
}

// ---- cmp_to_key ----

type keyObj struct {
	objects.Header
	cmp, obj Value
}

var keyType = objects.NewType("functools", "KeyWrapper", nil, 0)

var mycmpNames = []string{"mycmp"}
var objNames = []string{"obj"}

func cmpToKey(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
	var p [1]Value
	if err := modutil.ParamsInto(p[:], "cmp_to_key", args, kw, mycmpNames, 1, 1); err != nil {
		return null, err
	}
	k := &keyObj{cmp: p[0]}
	k.SetType(keyType)
	return objects.Obj(k), nil
}

func init() {
	partialType.New = partialNew
	partialType.Call = partialCall
	partialType.Repr = partialRepr
	partialType.SetAttrString("func", readonly("func", func(p *Partial) Value { return p.fn }))
	partialType.SetAttrString("args", readonly("args", func(p *Partial) Value { return objects.NewTupleValue(append([]Value(nil), p.args...)) }))
	partialType.SetAttrString("keywords", readonly("keywords", func(p *Partial) Value { return objects.Obj(p.kw) }))
	partialType.AddMethod("__reduce__", func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		p := objects.As[Partial](self)
		var d Value = objects.None
		if p.Attrs.Len() > 0 {
			d = objects.Obj(p.Attrs.ToDict())
		}
		state := objects.NewTupleValue([]Value{p.fn, objects.NewTupleValue(append([]Value(nil), p.args...)), objects.Obj(p.kw), d})
		return objects.NewTupleValue([]Value{objects.Obj(self.Type()), objects.NewTupleValue([]Value{p.fn}), state}), nil
	})
	partialType.AddMethod("__setstate__", func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		p := objects.As[Partial](self)
		if len(args) != 1 || args[0].Type() != objects.TupleType || objects.As[Tuple](args[0]).Len() != 4 {
			return null, errorf(objects.ExcTypeError, "invalid partial state")
		}
		st := objects.As[Tuple](args[0]).Items
		if st[0].Type().Call == nil || !st[1].IsInstance(objects.TupleType) || (!st[2].IsNone() && !st[2].IsInstance(objects.DictType)) {
			return null, errorf(objects.ExcTypeError, "invalid partial state")
		}
		p.fn = st[0]
		p.args = append([]Value(nil), objects.As[Tuple](st[1]).Items...)
		if st[2].IsNone() {
			p.kw = objects.NewDict()
		} else {
			p.kw = objects.As[objects.Dict](st[2]).Copy()
		}
		if st[3].IsInstance(objects.DictType) {
			var err *Exc
			objects.As[objects.Dict](st[3]).Items(func(k, v Value) bool {
				if k.IsInstance(objects.StrType) {
					err = objects.SetAttr(t, self, objects.Intern(objects.As[objects.Str](k).S), v)
				}
				return err == nil
			})
			if err != nil {
				return null, err
			}
		}
		return objects.None, nil
	})
	partialType.Flags |= objects.FlagWeakrefable
	partialType.SetAttrString("__class_getitem__", modutil.ClassGetItem(partialType))
	partialType.Doc = "partial(func, *args, **keywords) - new function with partial application\n    of the given arguments and keywords.\n"
	partialType.Finish()

	keyType.Call = func(t *Thread, callable Value, args []Value, kw *Tuple) (Value, *Exc) {
		var p [1]Value
		if err := modutil.ParamsInto(p[:], "K", args, kw, objNames, 1, 1); err != nil {
			return null, err
		}
		k := &keyObj{cmp: objects.As[keyObj](callable).cmp, obj: p[0]}
		k.SetType(keyType)
		return objects.Obj(k), nil
	}
	keyType.RichCompare = func(t *Thread, a, b Value, op objects.CompareOp) (Value, *Exc) {
		if b.Type() != keyType {
			return null, errorf(objects.ExcTypeError, "other argument must be K instance")
		}
		x, y := objects.As[keyObj](a), objects.As[keyObj](b)
		if x.obj.IsNull() || y.obj.IsNull() {
			return null, errorf(objects.ExcAttributeError, "object")
		}
		r, err := objects.CallValue(t, x.cmp, []Value{x.obj, y.obj}, nil)
		if err != nil {
			return null, err
		}
		return objects.RichCompare(t, r, objects.Int(0), op)
	}
	keyType.Hash = func(t *Thread, v Value) (int64, *Exc) {
		return 0, errorf(objects.ExcTypeError, "unhashable type: 'functools.KeyWrapper'")
	}
	keyType.SetAttrString("obj", modutil.GetSet("functools.KeyWrapper", "obj", func(t *Thread, self Value) (Value, *Exc) {
		k := objects.As[keyObj](self)
		if k.obj.IsNull() {
			return null, errorf(objects.ExcAttributeError, "obj")
		}
		return k.obj, nil
	}, func(t *Thread, self, v Value) *Exc { objects.As[keyObj](self).obj = v; return nil }))
	keyType.SetAttrString("__hash__", objects.None)
	keyType.Finish()

	objects.RegisterModule("_functools", func(t *Thread, m *objects.Module) *Exc {
		m.Set("__doc__", objects.NewStrValue("Tools that operate on functions."))
		m.Set("reduce", modutil.Builtin("_functools", "reduce", reduce))
		m.Set("partial", objects.Obj(partialType))
		m.Set("cmp_to_key", modutil.Builtin("_functools", "cmp_to_key", cmpToKey))
		m.Set("_lru_cache_wrapper", objects.Obj(lruType))
		return nil
	})
}

// NewPartial returns functools.partial(fn, *args, **kw) (kw may be nil).
func NewPartial(fn Value, args []Value, kw *objects.Dict) Value {
	p := &Partial{fn: fn, args: append([]Value(nil), args...), kw: objects.NewDict()}
	p.SetType(partialType)
	if kw != nil {
		p.kw = kw.Copy()
	}
	return objects.Obj(p)
}
