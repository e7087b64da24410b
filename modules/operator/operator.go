// Package operator is the native _operator module: the operator
// functions, itemgetter, attrgetter, methodcaller and helpers.
package operator

import (
	"strings"

	"taipan/modules/functools"
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

func noKw(name string, kw *Tuple) *Exc {
	if kw.Len() > 0 {
		return errorf(objects.ExcTypeError, "_operator.%s() takes no keyword arguments", name)
	}
	return nil
}

func unary(name string, f func(t *Thread, v Value) (Value, *Exc)) objects.BuiltinFn {
	qual := "_operator." + name
	return func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		if err := modutil.One(qual, args, kw); err != nil {
			return null, err
		}
		return f(t, args[0])
	}
}

func binary(name string, f func(t *Thread, a, b Value) (Value, *Exc)) objects.BuiltinFn {
	return func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		if err := noKw(name, kw); err != nil {
			return null, err
		}
		if err := modutil.Arity(name, args, nil, 2, 2); err != nil {
			return null, err
		}
		return f(t, args[0], args[1])
	}
}

func binop(op objects.BinOp) func(t *Thread, a, b Value) (Value, *Exc) {
	return func(t *Thread, a, b Value) (Value, *Exc) { return objects.BinaryOp(t, op, a, b) }
}

func inplace(op objects.BinOp) func(t *Thread, a, b Value) (Value, *Exc) {
	return func(t *Thread, a, b Value) (Value, *Exc) { return objects.InplaceOp(t, op, a, b) }
}

func cmp(op objects.CompareOp) func(t *Thread, a, b Value) (Value, *Exc) {
	return func(t *Thread, a, b Value) (Value, *Exc) { return objects.RichCompare(t, a, b, op) }
}

func isSequence(v Value) bool {
	typ := v.Type()
	return typ.GetItem != nil && !v.IsInstance(objects.DictType)
}

func concat(t *Thread, a, b Value) (Value, *Exc) {
	if !isSequence(a) {
		return null, errorf(objects.ExcTypeError, "'%s' object can't be concatenated", a.Type().Name)
	}
	return objects.BinaryOp(t, objects.OpAdd, a, b)
}

func iconcat(t *Thread, a, b Value) (Value, *Exc) {
	if !isSequence(a) {
		return null, errorf(objects.ExcTypeError, "'%s' object can't be concatenated", a.Type().Name)
	}
	return objects.InplaceOp(t, objects.OpAdd, a, b)
}

func countOf(t *Thread, a, b Value) (Value, *Exc) {
	it, err := objects.GetIter(t, a)
	if err != nil {
		return null, err
	}
	n := int64(0)
	for {
		x, err := objects.Next(t, it)
		if err != nil {
			return null, err
		}
		if x.IsNull() {
			return objects.Int(n), nil
		}
		eq := x.Is(b)
		if !eq {
			if eq, err = objects.Equal(t, x, b); err != nil {
				return null, err
			}
		}
		if eq {
			n++
		}
	}
}

func indexOf(t *Thread, a, b Value) (Value, *Exc) {
	it, err := objects.GetIter(t, a)
	if err != nil {
		return null, err
	}
	for i := int64(0); ; i++ {
		x, err := objects.Next(t, it)
		if err != nil {
			return null, err
		}
		if x.IsNull() {
			return null, errorf(objects.ExcValueError, "sequence.index(x): x not in sequence")
		}
		eq := x.Is(b)
		if !eq {
			if eq, err = objects.Equal(t, x, b); err != nil {
				return null, err
			}
		}
		if eq {
			return objects.Int(i), nil
		}
	}
}

func lengthHint(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
	if err := noKw("length_hint", kw); err != nil {
		return null, err
	}
	if err := modutil.Arity("length_hint", args, nil, 1, 2); err != nil {
		return null, err
	}
	dflt := int64(0)
	if len(args) == 2 {
		if !objects.IsIntValue(args[1]) {
			return null, errorf(objects.ExcTypeError, "'%s' object cannot be interpreted as an integer", args[1].Type().Name)
		}
		n, ok := objects.IntToInt64(args[1])
		if !ok {
			return null, errorf(objects.ExcOverflowError, "Python int too large to convert to C ssize_t")
		}
		dflt = n
	}
	o := args[0]
	if o.Type().Len != nil {
		n, err := objects.Len(t, o)
		if err == nil {
			return objects.Int(int64(n)), nil
		}
		if !err.Matches(objects.ExcTypeError) {
			return null, err
		}
	}
	if o.Type().LookupString("__length_hint__").IsNull() {
		return objects.Int(dflt), nil
	}
	r, _, err := objects.CallDunder(t, o, "__length_hint__")
	if err != nil {
		if err.Matches(objects.ExcTypeError) {
			return objects.Int(dflt), nil
		}
		return null, err
	}
	if r.Is(objects.NotImplemented) {
		return objects.Int(dflt), nil
	}
	if !objects.IsIntValue(r) {
		return null, errorf(objects.ExcTypeError, "__length_hint__ must be an integer, not %s", r.Type().Name)
	}
	n, ok := objects.IntToInt64(r)
	if !ok {
		return null, errorf(objects.ExcOverflowError, "Python int too large to convert to C ssize_t")
	}
	if n < 0 {
		return null, errorf(objects.ExcValueError, "__length_hint__() should return >= 0")
	}
	return objects.Int(n), nil
}

func bytesOf(v Value) ([]byte, bool) {
	if v.IsInstance(objects.BytesType) {
		return objects.As[objects.Bytes](v).B, true
	}
	return nil, false
}

func compareDigest(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
	if err := noKw("_compare_digest", kw); err != nil {
		return null, err
	}
	if err := modutil.Arity("_compare_digest", args, nil, 2, 2); err != nil {
		return null, err
	}
	a, b := args[0], args[1]
	var x, y []byte
	if a.IsInstance(objects.StrType) && b.IsInstance(objects.StrType) {
		sa, sb := objects.As[objects.Str](a), objects.As[objects.Str](b)
		if !sa.IsASCII() || !sb.IsASCII() {
			return null, errorf(objects.ExcTypeError, "comparing strings with non-ASCII characters is not supported")
		}
		x, y = []byte(sa.S), []byte(sb.S)
	} else {
		var ok1, ok2 bool
		x, ok1 = bytesOf(a)
		y, ok2 = bytesOf(b)
		if !ok1 && !ok2 || a.IsInstance(objects.StrType) || b.IsInstance(objects.StrType) && !ok1 {
			return null, errorf(objects.ExcTypeError, "unsupported operand types(s) or combination of types: '%s' and '%s'", a.Type().Name, b.Type().Name)
		}
		if !ok1 {
			return null, errorf(objects.ExcTypeError, "a bytes-like object is required, not '%s'", a.Type().Name)
		}
		if !ok2 {
			return null, errorf(objects.ExcTypeError, "a bytes-like object is required, not '%s'", b.Type().Name)
		}
	}
	// Constant time in the length of y.
	res := byte(0)
	if len(x) != len(y) {
		res = 1
		x = y
	}
	for i := range y {
		res |= x[i] ^ y[i]
	}
	return objects.Bool(res == 0), nil
}

// ---- itemgetter / attrgetter / methodcaller ----

type itemGetter struct {
	objects.Header
	items []Value
}

type attrGetter struct {
	objects.Header
	names [][]*objects.Str // dotted paths
	raw   []Value
}

type methodCaller struct {
	objects.Header
	name *objects.Str
	args []Value
	kw   *objects.Dict
}

var (
	itemGetterType   = objects.NewType("operator", "itemgetter", nil, 0)
	attrGetterType   = objects.NewType("operator", "attrgetter", nil, 0)
	methodCallerType = objects.NewType("operator", "methodcaller", nil, 0)
)

func reprCall(t *Thread, v Value, name string, args []Value, kw *objects.Dict) (Value, *Exc) {
	if !t.ReprEnter(v) {
		return objects.NewStrValue(name + "(...)"), nil
	}
	defer t.ReprLeave(v)
	parts := make([]string, 0, len(args))
	for _, a := range args {
		s, err := objects.ReprString(t, a)
		if err != nil {
			return null, err
		}
		parts = append(parts, s)
	}
	var rerr *Exc
	if kw != nil {
		kw.Items(func(k, val Value) bool {
			s, err := objects.ReprString(t, val)
			if err != nil {
				rerr = err
				return false
			}
			parts = append(parts, objects.As[objects.Str](k).S+"="+s)
			return true
		})
	}
	if rerr != nil {
		return null, rerr
	}
	return objects.NewStrValue(name + "(" + strings.Join(parts, ", ") + ")"), nil
}

func getterArity(name string, args []Value, kw *Tuple) *Exc {
	if kw.Len() > 0 {
		return errorf(objects.ExcTypeError, "%s() takes no keyword arguments", name)
	}
	return modutil.Arity(name, args, nil, 1, 1)
}

func resolveAttr(t *Thread, obj Value, path []*objects.Str) (Value, *Exc) {
	for _, n := range path {
		var err *Exc
		if obj, err = objects.GetAttr(t, obj, n); err != nil {
			return null, err
		}
	}
	return obj, nil
}

func init() {
	itemGetterType.New = func(t *Thread, typ *objects.Type, args []Value, kw *Tuple) (Value, *Exc) {
		if kw.Len() > 0 {
			return null, errorf(objects.ExcTypeError, "itemgetter() takes no keyword arguments")
		}
		if len(args) == 0 {
			return null, errorf(objects.ExcTypeError, "itemgetter expected 1 argument, got 0")
		}
		g := &itemGetter{items: append([]Value(nil), args...)}
		g.SetType(typ)
		return objects.Obj(g), nil
	}
	itemGetterType.Call = func(t *Thread, callable Value, args []Value, kw *Tuple) (Value, *Exc) {
		if err := getterArity("itemgetter", args, kw); err != nil {
			return null, err
		}
		g := objects.As[itemGetter](callable)
		if len(g.items) == 1 {
			return objects.GetItem(t, args[0], g.items[0])
		}
		out := make([]Value, len(g.items))
		for i, k := range g.items {
			v, err := objects.GetItem(t, args[0], k)
			if err != nil {
				return null, err
			}
			out[i] = v
		}
		return objects.NewTupleValue(out), nil
	}
	itemGetterType.Repr = func(t *Thread, v Value) (Value, *Exc) {
		return reprCall(t, v, "operator.itemgetter", objects.As[itemGetter](v).items, nil)
	}
	itemGetterType.AddMethod("__reduce__", func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		return objects.Tuple2(objects.Obj(itemGetterType), objects.NewTupleValue(objects.As[itemGetter](self).items)), nil
	})
	itemGetterType.Finish()

	attrGetterType.New = func(t *Thread, typ *objects.Type, args []Value, kw *Tuple) (Value, *Exc) {
		if kw.Len() > 0 {
			return null, errorf(objects.ExcTypeError, "attrgetter() takes no keyword arguments")
		}
		if len(args) == 0 {
			return null, errorf(objects.ExcTypeError, "attrgetter expected 1 argument, got 0")
		}
		g := &attrGetter{raw: append([]Value(nil), args...)}
		for _, a := range args {
			if !a.IsInstance(objects.StrType) {
				return null, errorf(objects.ExcTypeError, "attribute name must be a string")
			}
			var path []*objects.Str
			for _, p := range strings.Split(objects.As[objects.Str](a).S, ".") {
				path = append(path, objects.Intern(p))
			}
			g.names = append(g.names, path)
		}
		g.SetType(typ)
		return objects.Obj(g), nil
	}
	attrGetterType.Call = func(t *Thread, callable Value, args []Value, kw *Tuple) (Value, *Exc) {
		if err := getterArity("attrgetter", args, kw); err != nil {
			return null, err
		}
		g := objects.As[attrGetter](callable)
		if len(g.names) == 1 {
			return resolveAttr(t, args[0], g.names[0])
		}
		out := make([]Value, len(g.names))
		for i, p := range g.names {
			v, err := resolveAttr(t, args[0], p)
			if err != nil {
				return null, err
			}
			out[i] = v
		}
		return objects.NewTupleValue(out), nil
	}
	attrGetterType.Repr = func(t *Thread, v Value) (Value, *Exc) {
		return reprCall(t, v, "operator.attrgetter", objects.As[attrGetter](v).raw, nil)
	}
	attrGetterType.AddMethod("__reduce__", func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		return objects.Tuple2(objects.Obj(attrGetterType), objects.NewTupleValue(objects.As[attrGetter](self).raw)), nil
	})
	attrGetterType.Finish()

	methodCallerType.New = func(t *Thread, typ *objects.Type, args []Value, kw *Tuple) (Value, *Exc) {
		pos, kv := objects.SplitArgs(args, kw)
		if len(pos) == 0 {
			return null, errorf(objects.ExcTypeError, "methodcaller needs at least one argument, the method name")
		}
		if !pos[0].IsInstance(objects.StrType) {
			return null, errorf(objects.ExcTypeError, "method name must be a string")
		}
		m := &methodCaller{name: objects.Intern(objects.As[objects.Str](pos[0]).S), args: append([]Value(nil), pos[1:]...), kw: objects.NewDict()}
		for i, v := range kv {
			m.kw.SetStr(objects.As[objects.Str](kw.Items[i]), v)
		}
		m.SetType(typ)
		return objects.Obj(m), nil
	}
	methodCallerType.Call = func(t *Thread, callable Value, args []Value, kw *Tuple) (Value, *Exc) {
		if err := getterArity("methodcaller", args, kw); err != nil {
			return null, err
		}
		m := objects.As[methodCaller](callable)
		f, err := objects.GetAttr(t, args[0], m.name)
		if err != nil {
			return null, err
		}
		if m.kw.Len() == 0 {
			return objects.CallValue(t, f, m.args, nil)
		}
		full := append([]Value(nil), m.args...)
		var names []Value
		m.kw.Items(func(k, v Value) bool {
			names = append(names, k)
			full = append(full, v)
			return true
		})
		return objects.CallValue(t, f, full, objects.NewTuple(names))
	}
	methodCallerType.Repr = func(t *Thread, v Value) (Value, *Exc) {
		m := objects.As[methodCaller](v)
		return reprCall(t, v, "operator.methodcaller", append([]Value{objects.Obj(m.name)}, m.args...), m.kw)
	}
	methodCallerType.AddMethod("__reduce__", func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		m := objects.As[methodCaller](self)
		if m.kw.Len() == 0 {
			return objects.Tuple2(objects.Obj(methodCallerType), objects.NewTupleValue(append([]Value{objects.Obj(m.name)}, m.args...))), nil
		}
		p := functools.NewPartial(objects.Obj(methodCallerType), []Value{objects.Obj(m.name)}, m.kw)
		return objects.Tuple2(p, objects.NewTupleValue(m.args)), nil
	})
	methodCallerType.Finish()

	objects.RegisterModule("_operator", func(t *Thread, m *objects.Module) *Exc {
		m.Set("__doc__", objects.NewStrValue("Operator interface.\n\nThis module exports a set of functions implemented in C corresponding\nto the intrinsic operators of Python.  For example, operator.add(x, y)\nis equivalent to the expression x+y.  The function names are those\nused for special methods; variants without leading and trailing\n'__' are also provided for convenience."))
		add := func(name string, f objects.BuiltinFn) { m.Set(name, modutil.Builtin("_operator", name, f)) }
		bins := map[string]objects.BinOp{"add": objects.OpAdd, "sub": objects.OpSub, "mul": objects.OpMul, "matmul": objects.OpMatMul,
			"truediv": objects.OpTrueDiv, "floordiv": objects.OpFloorDiv, "mod": objects.OpMod, "pow": objects.OpPow,
			"lshift": objects.OpLShift, "rshift": objects.OpRShift, "and_": objects.OpAnd, "or_": objects.OpOr, "xor": objects.OpXor}
		for name, op := range bins {
			add(name, binary(name, binop(op)))
			iname := "i" + strings.TrimSuffix(name, "_")
			add(iname, binary(iname, inplace(op)))
		}
		cmps := map[string]objects.CompareOp{"lt": objects.CmpLt, "le": objects.CmpLe, "eq": objects.CmpEq,
			"ne": objects.CmpNe, "gt": objects.CmpGt, "ge": objects.CmpGe}
		for name, op := range cmps {
			add(name, binary(name, cmp(op)))
		}
		add("neg", unary("neg", objects.Neg))
		add("pos", unary("pos", objects.Pos))
		add("inv", unary("inv", objects.Invert))
		add("invert", unary("invert", objects.Invert))
		add("abs", unary("abs", func(t *Thread, v Value) (Value, *Exc) {
			return objects.Unary(t, v, v.Type().Abs, "abs()")
		}))
		add("index", unary("index", objects.Index))
		add("truth", unary("truth", func(t *Thread, v Value) (Value, *Exc) {
			b, err := objects.Truth(t, v)
			return objects.Bool(b), err
		}))
		add("not_", unary("not_", func(t *Thread, v Value) (Value, *Exc) {
			b, err := objects.Truth(t, v)
			return objects.Bool(!b), err
		}))
		add("is_", binary("is_", func(t *Thread, a, b Value) (Value, *Exc) { return objects.Bool(a.Is(b)), nil }))
		add("is_not", binary("is_not", func(t *Thread, a, b Value) (Value, *Exc) { return objects.Bool(!a.Is(b)), nil }))
		add("concat", binary("concat", concat))
		add("iconcat", binary("iconcat", iconcat))
		add("contains", binary("contains", func(t *Thread, a, b Value) (Value, *Exc) {
			r, err := objects.Contains(t, a, b)
			return objects.Bool(r), err
		}))
		add("countOf", binary("countOf", countOf))
		add("indexOf", binary("indexOf", indexOf))
		add("getitem", binary("getitem", objects.GetItem))
		add("delitem", binary("delitem", func(t *Thread, a, b Value) (Value, *Exc) { return objects.None, objects.DelItem(t, a, b) }))
		add("setitem", func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
			if err := noKw("setitem", kw); err != nil {
				return null, err
			}
			if err := modutil.Arity("setitem", args, nil, 3, 3); err != nil {
				return null, err
			}
			return objects.None, objects.SetItem(t, args[0], args[1], args[2])
		})
		add("length_hint", lengthHint)
		add("_compare_digest", compareDigest)
		add("call", func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
			if len(args)-kw.Len() < 1 {
				return null, errorf(objects.ExcTypeError, "call() missing 1 required positional argument: 'obj'")
			}
			return objects.CallValue(t, args[0], args[1:], kw)
		})
		m.Set("itemgetter", objects.Obj(itemGetterType))
		m.Set("attrgetter", objects.Obj(attrGetterType))
		m.Set("methodcaller", objects.Obj(methodCallerType))
		return nil
	})
}
