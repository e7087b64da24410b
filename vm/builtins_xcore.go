package vm

import (
	"math/big"

	"taipan/objects"
	"taipan/pyfmt"
)

// Builtins completed or corrected by the core differential corpus
// (tests/python/core_*.py). This file's init runs after builtins.go's
// (and builtins_eval.go's), so a def here replaces the earlier one.

var callableIterType = newIterType("callable_iterator")

func init() {
	def("iter", func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
		if err := objects.CheckArgs("iter", args, kwnames, 1, 2); err != nil {
			return null, err
		}
		if len(args) == 1 {
			return objects.GetIter(t, args[0])
		}
		fn, sentinel := args[0], args[1]
		if fn.Type().Call == nil {
			return null, objects.Errorf(objects.ExcTypeError, "iter(v, w): v must be callable")
		}
		done := false
		r := mkIter(callableIterType, func(t *objects.Thread) (Value, *Exc) {
			if done {
				return null, nil
			}
			v, err := objects.CallValue(t, fn, nil, nil)
			if err != nil {
				if err.Matches(objects.ExcStopIteration) {
					done = true
					return null, nil
				}
				return null, err
			}
			eq, err := objects.Equal(t, v, sentinel)
			if err != nil {
				return null, err
			}
			if eq {
				done = true
				return null, nil
			}
			return v, nil
		})
		// pickles as iter(callable, sentinel), exhausted as iter(())
		objects.As[funcIter](r).reduce = func(t *objects.Thread) ([]Value, *Exc) {
			if done {
				return []Value{objects.NewTupleValue([]Value{objects.NewTupleValue(nil)})}, nil
			}
			return []Value{objects.Tuple2(fn, sentinel)}, nil
		}
		return r, nil
	})
}

// isinstance and issubclass follow CPython's abstract protocol
// (Objects/abstract.c): exact-type fast paths, unions and tuples,
// __instancecheck__/__subclasscheck__ of the class's metaclass, then the
// __class__ / __bases__ fallbacks for non-type "classes".

const (
	isinstanceMsg  = "isinstance() arg 2 must be a type, a tuple of types, or a union"
	issubclassMsg1 = "issubclass() arg 1 must be a class"
	issubclassMsg2 = "issubclass() arg 2 must be a class, a tuple of classes, or a union"
)

var (
	strBases     = objects.Intern("__bases__")
	strClassAttr = objects.Intern("__class__")
)

// abstractBases returns cls.__bases__ if it is a tuple (nil otherwise;
// errors other than AttributeError propagate).
func abstractBases(t *objects.Thread, cls Value) (*objects.Tuple, *Exc) {
	b, err := objects.GetAttr(t, cls, strBases)
	if err != nil {
		if err.Matches(objects.ExcAttributeError) {
			return nil, nil
		}
		return nil, err
	}
	if b.Type() != objects.TupleType {
		return nil, nil
	}
	return objects.As[objects.Tuple](b), nil
}

func enterRecursive(t *objects.Thread, where string) *Exc {
	if t.Depth >= t.RecursionLimit {
		return objects.Errorf(objects.ExcRecursionError, "maximum recursion depth exceeded%s", where)
	}
	t.Depth++
	return nil
}

func abstractIsSubclass(t *objects.Thread, derived, cls Value) (bool, *Exc) {
	for {
		if derived.Is(cls) {
			return true, nil
		}
		bases, err := abstractBases(t, derived)
		if err != nil || bases == nil {
			return false, err
		}
		if len(bases.Items) == 0 {
			return false, nil
		}
		if len(bases.Items) == 1 {
			if err := enterRecursive(t, " in __subclasscheck__"); err != nil {
				return false, err
			}
			derived = bases.Items[0]
			r, err := abstractIsSubclass(t, derived, cls)
			t.Depth--
			return r, err
		}
		for _, b := range bases.Items {
			if err := enterRecursive(t, " in __subclasscheck__"); err != nil {
				return false, err
			}
			r, err := abstractIsSubclass(t, b, cls)
			t.Depth--
			if err != nil || r {
				return r, err
			}
		}
		return false, nil
	}
}

func checkClass(t *objects.Thread, cls Value, msg string) *Exc {
	bases, err := abstractBases(t, cls)
	if err != nil {
		return err
	}
	if bases == nil {
		return objects.Errorf(objects.ExcTypeError, "%s", msg)
	}
	return nil
}

func recursiveIsInstance(t *objects.Thread, inst, cls Value) (bool, *Exc) {
	if cls.IsInstance(objects.TypeType) {
		ct := objects.As[objects.Type](cls)
		if inst.Type().IsSubtype(ct) {
			return true, nil
		}
		icls, err := objects.GetAttr(t, inst, strClassAttr)
		if err != nil {
			if err.Matches(objects.ExcAttributeError) {
				return false, nil
			}
			return false, err
		}
		if !icls.Is(objects.Obj(inst.Type())) && icls.IsInstance(objects.TypeType) {
			return objects.As[objects.Type](icls).IsSubtype(ct), nil
		}
		return false, nil
	}
	if err := checkClass(t, cls, isinstanceMsg); err != nil {
		return false, err
	}
	icls, err := objects.GetAttr(t, inst, strClassAttr)
	if err != nil {
		if err.Matches(objects.ExcAttributeError) {
			return false, nil
		}
		return false, err
	}
	return abstractIsSubclass(t, icls, cls)
}

func recursiveIsSubclass(t *objects.Thread, derived, cls Value) (bool, *Exc) {
	if derived.IsInstance(objects.TypeType) && cls.IsInstance(objects.TypeType) {
		return objects.As[objects.Type](derived).IsSubtype(objects.As[objects.Type](cls)), nil
	}
	if err := checkClass(t, derived, issubclassMsg1); err != nil {
		return false, err
	}
	if cls.Type() != objects.UnionType {
		if err := checkClass(t, cls, issubclassMsg2); err != nil {
			return false, err
		}
	}
	return abstractIsSubclass(t, derived, cls)
}

func callChecker(t *objects.Thread, cls Value, hook string, v Value) (bool, bool, *Exc) {
	m := cls.Type().LookupString(hook)
	if m.IsNull() {
		return false, false, nil
	}
	if err := enterRecursive(t, " in "+hook); err != nil {
		return false, true, err
	}
	defer func() { t.Depth-- }()
	var r Value
	var err *Exc
	if dg := m.Type().DescrGet; dg != nil {
		b, e := dg(t, m, cls, cls.Type())
		if e != nil {
			return false, true, e
		}
		r, err = objects.CallValue(t, b, []Value{v}, nil)
	} else {
		r, err = objects.CallValue(t, m, []Value{cls, v}, nil)
	}
	if err != nil {
		return false, true, err
	}
	b, err := objects.Truth(t, r)
	return b, true, err
}

// isSubHook is isinstance(v, cls) (inst) or issubclass(v, cls).
func isSubHook(t *objects.Thread, v Value, cls Value, inst bool, msg string) (bool, *Exc) {
	if inst {
		if v.Type() == objects.TypeType && cls.Is(objects.Obj(objects.TypeType)) || objects.Obj(v.Type()).Is(cls) {
			return true, nil
		}
		if cls.Type() == objects.TypeType {
			return recursiveIsInstance(t, v, cls)
		}
	} else if cls.Type() == objects.TypeType && v.Type() == objects.TypeType {
		return objects.As[objects.Type](v).IsSubtype(objects.As[objects.Type](cls)), nil
	}
	if cls.Type() == objects.UnionType {
		cls = objects.Obj(objects.As[objects.Union](cls).Args)
	}
	if cls.Type() == objects.TupleType {
		for _, c := range objects.As[objects.Tuple](cls).Items {
			if err := enterRecursive(t, " in __"+map[bool]string{true: "instancecheck", false: "subclasscheck"}[inst]+"__"); err != nil {
				return false, err
			}
			r, err := isSubHook(t, v, c, inst, msg)
			t.Depth--
			if err != nil || r {
				return r, err
			}
		}
		return false, nil
	}
	hook := "__subclasscheck__"
	if inst {
		hook = "__instancecheck__"
	}
	if cls.Type() != objects.TypeType {
		if r, found, err := callChecker(t, cls, hook, v); found {
			return r, err
		}
	}
	if inst {
		return recursiveIsInstance(t, v, cls)
	}
	return recursiveIsSubclass(t, v, cls)
}

func init() {
	def("isinstance", func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
		if err := objects.CheckArgs("isinstance", args, kwnames, 2, 2); err != nil {
			return null, err
		}
		r, err := isSubHook(t, args[0], args[1], true, "isinstance() arg 2 must be a type, a tuple of types, or a union")
		return objects.Bool(r), err
	})
	def("issubclass", func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
		if err := objects.CheckArgs("issubclass", args, kwnames, 2, 2); err != nil {
			return null, err
		}
		r, err := isSubHook(t, args[0], args[1], false, "issubclass() arg 2 must be a class, a tuple of classes, or a union")
		return objects.Bool(r), err
	})
}

func init() {
	setb("bytearray", objects.Obj(objects.ByteArrayType))
	setb("memoryview", objects.Obj(objects.MemoryViewType))
}

// invalidKw reports the first keyword not in allowed, CPython-style.
func invalidKw(fn string, kwnames *objects.Tuple, allowed ...string) *Exc {
	if kwnames == nil {
		return nil
	}
outer:
	for _, k := range kwnames.Items {
		n := objects.As[objects.Str](k).S
		for _, a := range allowed {
			if a == n {
				continue outer
			}
		}
		return objects.Errorf(objects.ExcTypeError, "'%s' is an invalid keyword argument for %s()", n, fn)
	}
	return nil
}

var listReverseIterType = newIterType("list_reverseiterator")

func init() {
	origSorted, _ := Builtins.GetStr(objects.Intern("sorted"))
	def("sorted", func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
		if err := invalidKw("sort", kwnames, "key", "reverse"); err != nil {
			return null, err
		}
		if r, ok := kwArg(args, kwnames, "reverse"); ok && !objects.IsIntValue(r) && r.Type().Index == nil {
			return null, objects.Errorf(objects.ExcTypeError, "'%s' object cannot be interpreted as an integer", r.Type().Name)
		}
		return objects.CallValue(t, origSorted, args, kwnames)
	})
	for _, name := range []string{"min", "max"} {
		name := name
		orig, _ := Builtins.GetStr(objects.Intern(name))
		def(name, func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
			if err := invalidKw(name, kwnames, "key", "default"); err != nil {
				return null, err
			}
			pos, _ := objects.SplitArgs(args, kwnames)
			if _, ok := kwArg(args, kwnames, "default"); ok && len(pos) > 1 {
				return null, objects.Errorf(objects.ExcTypeError, "Cannot specify a default for %s() with multiple positional arguments", name)
			}
			if len(pos) == 1 && pos[0].Type().Iter == nil && pos[0].Type().GetItem == nil {
				return null, objects.Errorf(objects.ExcTypeError, "'%s' object is not iterable", pos[0].Type().Name)
			}
			return objects.CallValue(t, orig, args, kwnames)
		})
	}
	origSum, _ := Builtins.GetStr(objects.Intern("sum"))
	def("sum", func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
		if err := invalidKw("sum", kwnames, "start"); err != nil {
			return null, err
		}
		pos, _ := objects.SplitArgs(args, kwnames)
		start := null
		if len(pos) == 2 {
			start = pos[1]
		} else if s, ok := kwArg(args, kwnames, "start"); ok {
			start = s
		}
		if len(pos) > 2 {
			return null, objects.Errorf(objects.ExcTypeError, "sum() takes at most 2 arguments (%d given)", len(pos))
		}
		if !start.IsNull() {
			switch {
			case start.IsInstance(objects.StrType):
				return null, objects.Errorf(objects.ExcTypeError, "sum() can't sum strings [use ''.join(seq) instead]")
			case start.IsInstance(objects.BytesType):
				return null, objects.Errorf(objects.ExcTypeError, "sum() can't sum bytes [use b''.join(seq) instead]")
			case start.IsInstance(objects.ByteArrayType):
				return null, objects.Errorf(objects.ExcTypeError, "sum() can't sum bytearray [use b''.join(seq) instead]")
			}
		}
		// float accumulation as CPython: plain left-to-right double adds
		return objects.CallValue(t, origSum, args, kwnames)
	})
	def("enumerate", func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
		if err := invalidKw("enumerate", kwnames, "iterable", "start"); err != nil {
			return null, err
		}
		pos, _ := objects.SplitArgs(args, kwnames)
		var src Value = null
		start := objects.Int(0)
		if len(pos) > 2 {
			return null, objects.Errorf(objects.ExcTypeError, "enumerate() takes at most 2 arguments (%d given)", len(pos))
		}
		if len(pos) > 0 {
			src = pos[0]
		}
		if len(pos) > 1 {
			start = pos[1]
		}
		if v, ok := kwArg(args, kwnames, "iterable"); ok {
			src = v
		}
		if v, ok := kwArg(args, kwnames, "start"); ok {
			start = v
		}
		if src.IsNull() {
			return null, objects.Errorf(objects.ExcTypeError, "enumerate() missing required argument 'iterable'")
		}
		if start.IsBool() {
			start = objects.Int(int64(start.SmallInt()))
		}
		if !objects.IsIntValue(start) {
			if start.Type().Index == nil {
				return null, objects.Errorf(objects.ExcTypeError, "'%s' object cannot be interpreted as an integer", start.Type().Name)
			}
			var err *Exc
			if start, err = objects.Index(t, start); err != nil {
				return null, err
			}
		}
		it, err := objects.GetIter(t, src)
		if err != nil {
			return null, err
		}
		return newEnumIter(it, start), nil
	})
	def("zip", func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
		if err := invalidKw("zip", kwnames, "strict"); err != nil {
			return null, err
		}
		pos, _ := objects.SplitArgs(args, kwnames)
		strict := false
		if v, ok := kwArg(args, kwnames, "strict"); ok {
			var err *Exc
			if strict, err = objects.Truth(t, v); err != nil {
				return null, err
			}
		}
		its := make([]Value, len(pos))
		for i, p := range pos {
			var err *Exc
			if its[i], err = objects.GetIter(t, p); err != nil {
				return null, err
			}
		}
		return newZipIter(its, strict), nil
	})
	origReversed, _ := Builtins.GetStr(objects.Intern("reversed"))
	def("reversed", func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
		if kwnames.Len() > 0 {
			return null, objects.Errorf(objects.ExcTypeError, "reversed() takes no keyword arguments")
		}
		if len(args) != 1 {
			return null, objects.Errorf(objects.ExcTypeError, "reversed expected 1 argument, got %d", len(args))
		}
		if items, ok := objects.DictReversedItems(args[0]); ok {
			i := 0
			r := mkIter(dictRevIterType, func(t *objects.Thread) (Value, *Exc) {
				if i >= len(items) {
					return null, nil
				}
				i++
				return items[i-1], nil
			})
			// pickles as iter(list(remaining))
			objects.As[funcIter](r).reduce = func(t *objects.Thread) ([]Value, *Exc) {
				rest := append([]Value(nil), items[min(i, len(items)):]...)
				return []Value{objects.NewTupleValue([]Value{objects.NewListValue(rest)})}, nil
			}
			return r, nil
		}
		if l := args[0]; l.Type() == objects.ListType {
			i := len(objects.As[objects.List](l).Items)
			r := mkIter(listReverseIterType, func(t *objects.Thread) (Value, *Exc) {
				if l.IsNull() {
					return null, nil
				}
				items := objects.As[objects.List](l).Items
				i--
				if i < 0 || i >= len(items) {
					i, l = 0, null
					return null, nil
				}
				return items[i], nil
			})
			reversedState(objects.As[funcIter](r), &l, &i)
			return r, nil
		}
		if args[0].Type().GetItem == nil && args[0].Type().LookupString("__reversed__").IsNull() {
			return null, objects.Errorf(objects.ExcTypeError, "'%s' object is not reversible", args[0].Type().Name)
		}
		return objects.CallValue(t, origReversed, args, kwnames)
	})
}

var iterTypes = map[string]*objects.Type{}

func newIterTypeCached(name string) *objects.Type {
	if t, ok := iterTypes[name]; ok {
		return t
	}
	t := newIterType(name)
	iterTypes[name] = t
	return t
}

func zipStrictError(i int, what string) *Exc {
	if i == 1 {
		return objects.Errorf(objects.ExcValueError, "zip() argument %d is %s than argument 1", i+1, what)
	}
	return objects.Errorf(objects.ExcValueError, "zip() argument %d is %s than arguments 1-%d", i+1, what, i)
}

func init() {
	origPow, _ := Builtins.GetStr(objects.Intern("pow"))
	def("pow", func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
		if err := invalidKw("pow", kwnames, "base", "exp", "mod"); err != nil {
			return null, err
		}
		pos, _ := objects.SplitArgs(args, kwnames)
		if len(pos) > 3 {
			return null, objects.Errorf(objects.ExcTypeError, "pow() takes at most 3 arguments (%d given)", len(pos))
		}
		vals := [3]Value{null, null, objects.None}
		copy(vals[:], pos)
		for i, n := range []string{"base", "exp", "mod"} {
			if v, ok := kwArg(args, kwnames, n); ok {
				vals[i] = v
			}
		}
		for i, n := range []string{"base", "exp"} {
			if vals[i].IsNull() {
				return null, objects.Errorf(objects.ExcTypeError, "pow() missing required argument '%s' (pos %d)", n, i+1)
			}
		}
		if !vals[2].IsNone() && objects.IsIntValue(vals[0]) && objects.IsIntValue(vals[1]) && objects.IsIntValue(vals[2]) {
			b, _ := objects.BigOf(vals[0])
			e, _ := objects.BigOf(vals[1])
			m, _ := objects.BigOf(vals[2])
			if m.Sign() == 0 {
				return null, objects.Errorf(objects.ExcValueError, "pow() 3rd argument cannot be 0")
			}
			am := new(big.Int).Abs(m)
			base := new(big.Int).Mod(b, am)
			exp := new(big.Int).Set(e)
			if exp.Sign() < 0 {
				inv := new(big.Int).ModInverse(base, am)
				if inv == nil {
					return null, objects.Errorf(objects.ExcValueError, "base is not invertible for the given modulus")
				}
				base, exp = inv, exp.Neg(exp)
			}
			r := new(big.Int).Exp(base, exp, am)
			if m.Sign() < 0 && r.Sign() != 0 {
				r.Add(r, m)
			}
			return objects.NewBigInt(r), nil
		}
		if vals[2].IsNone() {
			return objects.CallValue(t, origPow, vals[:2], nil)
		}
		if bt := vals[0].Type(); bt.IsHeapType() {
			if m := bt.LookupString("__pow__"); !m.IsNull() {
				r, err := objects.CallValue(t, m, vals[:], nil)
				if err != nil || !r.Is(objects.NotImplemented) {
					return r, err
				}
			}
		}
		return objects.CallValue(t, origPow, vals[:], nil)
	})
	def("divmod", func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
		if err := objects.CheckArgs("divmod", args, kwnames, 2, 2); err != nil {
			return null, err
		}
		a, b := args[0], args[1]
		if m := a.Type().LookupString("__divmod__"); !m.IsNull() && a.Type().IsHeapType() {
			if r, err := objects.CallValue(t, m, []Value{a, b}, nil); err != nil || !r.Is(objects.NotImplemented) {
				return r, err
			}
		}
		if m := b.Type().LookupString("__rdivmod__"); !m.IsNull() && b.Type().IsHeapType() {
			if r, err := objects.CallValue(t, m, []Value{b, a}, nil); err != nil || !r.Is(objects.NotImplemented) {
				return r, err
			}
		}
		num := func(v Value) bool {
			return objects.IsIntValue(v) || v.IsFloat() || v.Type().IsSubtype(objects.FloatType)
		}
		if !num(a) || !num(b) {
			return null, objects.Errorf(objects.ExcTypeError, "unsupported operand type(s) for divmod(): '%s' and '%s'", a.Type().Name, b.Type().Name)
		}
		if !objects.IsIntValue(a) || !objects.IsIntValue(b) {
			if f, _, _ := objects.FloatOf(b); f == 0 {
				return null, objects.Errorf(objects.ExcZeroDivisionError, "float divmod()")
			}
		}
		q, err := objects.BinaryOp(t, objects.OpFloorDiv, a, b)
		if err != nil {
			return null, err
		}
		m, err := objects.BinaryOp(t, objects.OpMod, a, b)
		if err != nil {
			return null, err
		}
		return objects.NewTupleValue([]Value{q, m}), nil
	})
}

func init() {
	origRound, _ := Builtins.GetStr(objects.Intern("round"))
	def("round", func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
		if err := invalidKw("round", kwnames, "number", "ndigits"); err != nil {
			return null, err
		}
		pos, _ := objects.SplitArgs(args, kwnames)
		if len(pos) > 2 {
			return null, objects.Errorf(objects.ExcTypeError, "round() takes at most 2 arguments (%d given)", len(pos))
		}
		vals := [2]Value{null, objects.None}
		copy(vals[:], pos)
		if v, ok := kwArg(args, kwnames, "number"); ok {
			vals[0] = v
		}
		if v, ok := kwArg(args, kwnames, "ndigits"); ok {
			vals[1] = v
		}
		x, nd := vals[0], vals[1]
		if x.IsNull() {
			return null, objects.Errorf(objects.ExcTypeError, "round() missing required argument 'number' (pos 1)")
		}
		isFloat := x.IsFloat() || x.Type().IsSubtype(objects.FloatType)
		if !nd.IsNone() && (isFloat || objects.IsIntValue(x)) {
			if !objects.IsIntValue(nd) && nd.Type().Index == nil {
				return null, objects.Errorf(objects.ExcTypeError, "'%s' object cannot be interpreted as an integer", nd.Type().Name)
			}
			iv, err := objects.Index(t, nd)
			if err != nil {
				return null, err
			}
			n, ok := objects.IntToInt64(iv)
			if !ok {
				if b, _ := objects.BigOf(iv); b.Sign() < 0 {
					n = -1 << 62
				} else {
					n = 1 << 62
				}
			}
			if isFloat {
				f, _, _ := objects.FloatOf(x)
				r, e := pyfmt.FloatRound(f, int(max(min(n, 1<<30), -1<<30)))
				if e != nil {
					return null, objects.PyfmtError(e)
				}
				return objects.Float(r), nil
			}
			return objects.CallValue(t, origRound, []Value{x, objects.Int(max(min(n, 1<<30), -1<<30))}, nil)
		}
		if nd.IsNone() {
			return objects.CallValue(t, origRound, []Value{x}, nil)
		}
		return objects.CallValue(t, origRound, []Value{x, nd}, nil)
	})
}

func init() {
	origOrd, _ := Builtins.GetStr(objects.Intern("ord"))
	def("ord", func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
		if err := objects.CheckArgs("ord", args, kwnames, 1, 1); err != nil {
			return null, err
		}
		v := args[0]
		if v.IsInstance(objects.BytesType) || v.IsInstance(objects.ByteArrayType) {
			b := objects.As[objects.Bytes](v).B
			if len(b) != 1 {
				return null, objects.Errorf(objects.ExcTypeError, "ord() expected a character, but string of length %d found", len(b))
			}
			return objects.Int(int64(b[0])), nil
		}
		if v.IsInstance(objects.StrType) && v.Type() != objects.StrType {
			v = objects.NewStrValue(objects.As[objects.Str](v).S)
		}
		return objects.CallValue(t, origOrd, []Value{v}, nil)
	})
	origDir, _ := Builtins.GetStr(objects.Intern("dir"))
	def("dir", func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
		if len(args) > 1 {
			return null, objects.Errorf(objects.ExcTypeError, "dir expected at most 1 argument, got %d", len(args))
		}
		if len(args) == 1 && kwnames == nil {
			if m := args[0].Type().LookupString("__dir__"); !m.IsNull() && m.Type() == objects.FunctionType {
				r, err := objects.CallValue(t, m, []Value{args[0]}, nil)
				if err != nil {
					return null, err
				}
				items, err := objects.IterToSlice(t, r)
				if err != nil {
					return null, err
				}
				items = append([]Value(nil), items...)
				if err := objects.SortValues(t, items, objects.None, false); err != nil {
					return null, err
				}
				return objects.NewListValue(items), nil
			}
		}
		return objects.CallValue(t, origDir, args, kwnames)
	})
	origVars, _ := Builtins.GetStr(objects.Intern("vars"))
	def("vars", func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
		if len(args) > 1 {
			return null, objects.Errorf(objects.ExcTypeError, "vars expected at most 1 argument, got %d", len(args))
		}
		if len(args) == 0 {
			if f := t.Func(); f != nil {
				return objects.Obj(f.Globals), nil // module level; function locals() are not tracked
			}
		}
		return objects.CallValue(t, origVars, args, kwnames)
	})
}

func init() {
	origChr, _ := Builtins.GetStr(objects.Intern("chr"))
	def("chr", func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
		if err := objects.CheckArgs("chr", args, kwnames, 1, 1); err != nil {
			return null, err
		}
		v := args[0]
		if !objects.IsIntValue(v) && v.Type().Index != nil {
			var err *Exc
			if v, err = objects.Index(t, v); err != nil {
				return null, err
			}
		}
		if objects.IsIntValue(v) {
			if n, ok := objects.IntToInt64(v); !ok || n > 1<<31-1 || n < -1<<31 {
				return null, objects.Errorf(objects.ExcOverflowError, "Python int too large to convert to C int")
			}
		}
		return objects.CallValue(t, origChr, []Value{v}, nil)
	})
}

func init() {
	origExec, _ := Builtins.GetStr(objects.Intern("exec"))
	def("exec", func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
		if pos, _ := objects.SplitArgs(args, kwnames); len(pos) == 0 {
			return null, objects.Errorf(objects.ExcTypeError, "exec() takes at least 1 positional argument (0 given)")
		}
		return objects.CallValue(t, origExec, args, kwnames)
	})
	origCompile, _ := Builtins.GetStr(objects.Intern("compile"))
	def("compile", func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
		pos, _ := objects.SplitArgs(args, kwnames)
		for i, n := range []string{"source", "filename", "mode"} {
			if len(pos) <= i {
				if _, ok := kwArg(args, kwnames, n); !ok {
					return null, objects.Errorf(objects.ExcTypeError, "compile() missing required argument '%s' (pos %d)", n, i+1)
				}
			}
		}
		return objects.CallValue(t, origCompile, args, kwnames)
	})
	origGlobals, _ := Builtins.GetStr(objects.Intern("globals"))
	def("globals", func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
		if len(args) > 0 {
			return null, objects.Errorf(objects.ExcTypeError, "globals() takes no arguments (%d given)", len(args))
		}
		return objects.CallValue(t, origGlobals, args, kwnames)
	})
}

// addIterMethods gives the builtin iterator types their __iter__ and
// __next__ methods.
func addIterMethods(typ *objects.Type) {
	typ.AddMethod("__iter__", func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
		return self, nil
	})
	typ.AddMethod("__next__", func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
		v, err := objects.Next(t, self)
		if err == nil && v.IsNull() {
			return null, objects.NewException(objects.ExcStopIteration)
		}
		return v, err
	})
}

func init() {
	def("locals", func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
		if len(args) > 0 {
			return null, objects.Errorf(objects.ExcTypeError, "locals() takes no arguments (%d given)", len(args))
		}
		f := t.Func()
		if f == nil || f.Code.Flags&objects.CodeModule != 0 && f.Code.Name == "<module>" {
			if f == nil {
				return objects.Obj(objects.NewDict()), nil
			}
			return objects.Obj(f.Globals), nil
		}
		return null, objects.Errorf(objects.ExcSystemError, "locals() inside a function is not supported yet")
	})
}

var quitObj Value

func init() {
	// breakpoint(*args, **kws) calls sys.breakpointhook(*args, **kws)
	def("breakpoint", func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
		var hook Value
		if ImportHook != nil {
			if sys, err := ImportHook(t, "sys", nil, null); err == nil {
				hook, _ = objects.GetAttrString(t, sys, "breakpointhook")
			}
		}
		if hook.IsNull() {
			return null, objects.Errorf(objects.ExcRuntimeError, "lost sys.breakpointhook")
		}
		return objects.CallValue(t, hook, args, kwnames)
	})
}
