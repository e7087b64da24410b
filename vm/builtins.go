package vm

import (
	"fmt"
	"math"
	"math/big"
	"sort"
	"strings"

	"taipan/objects"
)

// Builtins is the builtins module's dict, shared by every module.
var Builtins = objects.NewDict()

func def(name string, fn objects.BuiltinFn) {
	Builtins.SetStr(objects.Intern(name), objects.NewBuiltin(name, fn))
}

func setb(name string, v Value) { Builtins.SetStr(objects.Intern(name), v) }

type bargs = []Value

func kwArg(args []Value, kwnames *objects.Tuple, name string) (Value, bool) {
	_, kw := objects.SplitArgs(args, kwnames)
	for i, v := range kw {
		if objects.As[objects.Str](kwnames.Items[i]).S == name {
			return v, true
		}
	}
	return null, false
}

func builtinPrint(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
	pos, kw := objects.SplitArgs(args, kwnames)
	sep, end := " ", "\n"
	flush := false
	var file Value
	for i, v := range kw {
		switch n := objects.As[objects.Str](kwnames.Items[i]).S; n {
		case "sep", "end":
			if v.IsNone() {
				continue
			}
			if !v.IsInstance(objects.StrType) {
				return null, objects.Errorf(objects.ExcTypeError, "%s must be None or a string, not %s", n, v.Type().Name)
			}
			if n == "sep" {
				sep = objects.As[objects.Str](v).S
			} else {
				end = objects.As[objects.Str](v).S
			}
		case "flush":
			flush, _ = objects.Truth(t, v)
		case "file":
			file = v
		default:
			return null, objects.Errorf(objects.ExcTypeError, "'%s' is an invalid keyword argument for print()", n)
		}
	}
	return printArgs(t, file, pos, sep, end, flush)
}

func one(name string, f func(t *objects.Thread, v Value) (Value, *Exc)) {
	def(name, func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
		if err := objects.CheckArgs(name, args, kwnames, 1, 1); err != nil {
			return null, err
		}
		return f(t, args[0])
	})
}

func minmax(name string, op objects.CompareOp) objects.BuiltinFn {
	return func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
		pos, _ := objects.SplitArgs(args, kwnames)
		key, _ := kwArg(args, kwnames, "key")
		def, hasDef := kwArg(args, kwnames, "default")
		items := pos
		if len(pos) == 1 {
			var err *Exc
			items, err = objects.IterToSlice(t, pos[0])
			if err != nil {
				return null, err
			}
		} else if len(pos) == 0 {
			return null, objects.Errorf(objects.ExcTypeError, "%s expected at least 1 argument, got 0", name)
		}
		if len(items) == 0 {
			if hasDef {
				return def, nil
			}
			return null, objects.Errorf(objects.ExcValueError, "%s() arg is an empty sequence", name)
		}
		best := items[0]
		bestKey := best
		var kb argBuf
		if !key.IsNull() && !key.IsNone() {
			var err *Exc
			if bestKey, err = objects.CallValue(t, key, kb.args1(key, best), nil); err != nil {
				return null, err
			}
		}
		for _, it := range items[1:] {
			k := it
			if !key.IsNull() && !key.IsNone() {
				var err *Exc
				if k, err = objects.CallValue(t, key, kb.args1(key, it), nil); err != nil {
					return null, err
				}
			}
			r, err := objects.RichCompare(t, k, bestKey, op)
			if err != nil {
				return null, err
			}
			if b, _ := objects.Truth(t, r); b {
				best, bestKey = it, k
			}
		}
		return best, nil
	}
}

// lazy iterators: enumerate, zip, map, filter, reversed
type funcIter struct {
	objects.Header
	next func(t *objects.Thread) (Value, *Exc)
	// Optional pickling and length-hint support (vm/iterstate.go): what
	// __reduce__ returns after the callable (the arguments tuple, then
	// the state if any; nil: exhausted), __setstate__, __length_hint__.
	reduce   func(t *objects.Thread) ([]Value, *Exc)
	setstate func(t *objects.Thread, st Value) *Exc
	hint     func(t *objects.Thread) (int, *Exc)
}

var (
	enumerateType = newIterType("enumerate")
	zipType       = newIterType("zip")
	mapType       = newIterType("map")
	filterType    = newIterType("filter")
	reversedType  = newIterType("reversed")
)

func newIterType(name string) *objects.Type {
	typ := &objects.Type{Name: name, Qualname: name, Module: "builtins", Base: objects.ObjectType, Bases: []*objects.Type{objects.ObjectType}}
	typ.SetType(objects.TypeType)
	typ.MRO = []*objects.Type{typ, objects.ObjectType}
	typ.Dict = objects.NewDict()
	typ.Repr = objects.ObjectType.Repr
	typ.Hash = objects.ObjectType.Hash
	typ.GetAttr = objects.GenericGetAttr
	typ.Iter = func(t *objects.Thread, v Value) (Value, *Exc) { return v, nil }
	typ.Next = func(t *objects.Thread, v Value) (Value, *Exc) {
		it := objects.As[funcIter](v)
		if it.next == nil {
			return null, objects.Errorf(objects.ExcTypeError, "'%s' object was not initialised by its constructor", v.Type().Name)
		}
		return it.next(t)
	}
	addIterMethods(typ)
	return typ
}

func mkIter(typ *objects.Type, next func(t *objects.Thread) (Value, *Exc)) Value {
	it := &funcIter{next: next}
	it.SetType(typ)
	return objects.Obj(it)
}

func init() {
	def("print", builtinPrint)
	one("len", func(t *objects.Thread, v Value) (Value, *Exc) {
		n, err := objects.Len(t, v)
		return objects.Int(int64(n)), err
	})
	one("repr", objects.Repr)
	one("ascii", func(t *objects.Thread, v Value) (Value, *Exc) {
		r, err := objects.ReprString(t, v)
		if err != nil {
			return null, err
		}
		var sb strings.Builder
		for _, c := range r {
			switch {
			case c < 0x80:
				sb.WriteRune(c)
			case c < 0x100:
				fmt.Fprintf(&sb, "\\x%02x", c)
			case c < 0x10000:
				fmt.Fprintf(&sb, "\\u%04x", c)
			default:
				fmt.Fprintf(&sb, "\\U%08x", c)
			}
		}
		return objects.NewStrValue(sb.String()), nil
	})
	one("vars", func(t *objects.Thread, v Value) (Value, *Exc) {
		d, err := objects.GetAttrString(t, v, "__dict__")
		if err != nil {
			return null, objects.Errorf(objects.ExcTypeError, "vars() argument must have __dict__ attribute")
		}
		return d, nil
	})
	def("dir", func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
		if err := objects.CheckArgs("dir", args, kwnames, 0, 1); err != nil {
			return null, err
		}
		seen := map[string]bool{}
		var names []string
		addDict := func(d *objects.Dict) {
			for _, k := range d.Keys() {
				if k.Type() == objects.StrType && !seen[objects.As[objects.Str](k).S] {
					seen[objects.As[objects.Str](k).S] = true
					names = append(names, objects.As[objects.Str](k).S)
				}
			}
		}
		if len(args) == 0 {
			if f := t.Func(); f != nil {
				addDict(f.Globals)
			}
		} else {
			v := args[0]
			if r, ok, err := dirHook(t, v); ok {
				return r, err
			}
			if d, err := objects.GetAttrString(t, v, "__dict__"); err == nil && d.IsInstance(objects.DictType) {
				addDict(objects.As[objects.Dict](d))
			}
			typ := v.Type()
			if v.IsInstance(objects.TypeType) {
				typ = objects.As[objects.Type](v)
			}
			for _, m := range typ.MRO {
				addDict(m.Dict)
			}
		}
		sort.Strings(names)
		out := make([]Value, len(names))
		for i, n := range names {
			out[i] = objects.NewStrValue(n)
		}
		return objects.NewListValue(out), nil
	})
	one("abs", func(t *objects.Thread, v Value) (Value, *Exc) {
		if v.Type().Abs == nil {
			return null, objects.Errorf(objects.ExcTypeError, "bad operand type for abs(): '%s'", v.Type().Name)
		}
		return v.Type().Abs(t, v)
	})
	one("hash", func(t *objects.Thread, v Value) (Value, *Exc) {
		h, err := objects.Hash(t, v)
		return objects.Int(h), err
	})
	one("id", func(t *objects.Thread, v Value) (Value, *Exc) {
		return objects.Int(int64(uintptr(v.Ptr())>>3) ^ int64(v.SmallInt()<<1)), nil
	})
	one("callable", func(t *objects.Thread, v Value) (Value, *Exc) { return objects.Bool(v.Type().Call != nil), nil })
	one("chr", func(t *objects.Thread, v Value) (Value, *Exc) {
		i, ok := objects.IntToInt64(v)
		if !objects.IsIntValue(v) {
			return null, objects.Errorf(objects.ExcTypeError, "'%s' object cannot be interpreted as an integer", v.Type().Name)
		}
		if !ok || i < 0 || i > 0x10ffff {
			return null, objects.Errorf(objects.ExcValueError, "chr() arg not in range(0x110000)")
		}
		if i >= 0xD800 && i <= 0xDFFF { // lone surrogates are kept as WTF-8
			return objects.NewStrValue(string(objects.AppendWTF8(nil, rune(i)))), nil
		}
		return objects.StrValueFor(string(rune(i))), nil
	})
	one("ord", func(t *objects.Thread, v Value) (Value, *Exc) {
		if v.Type() != objects.StrType {
			return null, objects.Errorf(objects.ExcTypeError, "ord() expected string of length 1, but %s found", v.Type().Name)
		}
		s := objects.As[objects.Str](v)
		if s.Len() != 1 {
			return null, objects.Errorf(objects.ExcTypeError, "ord() expected a character, but string of length %d found", s.Len())
		}
		r, _ := objects.DecodeWTF8(s.S)
		return objects.Int(int64(r)), nil
	})
	one("iter", objects.GetIter)
	def("next", func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
		if err := objects.CheckArgs("next", args, kwnames, 1, 2); err != nil {
			return null, err
		}
		if args[0].Type().Next == nil {
			return null, objects.Errorf(objects.ExcTypeError, "'%s' object is not an iterator", args[0].Type().Name)
		}
		if args[0].Type() == GeneratorType {
			// a generator's StopIteration carries its return value
			v, done, err := genNext(t, args[0])
			if err != nil {
				return null, err
			}
			if done {
				if len(args) == 2 {
					return args[1], nil
				}
				return null, stopIteration(v)
			}
			return v, nil
		}
		v, err := objects.Next(t, args[0])
		if err != nil {
			return null, err
		}
		if v.IsNull() {
			if len(args) == 2 {
				return args[1], nil
			}
			return null, objects.NewException(objects.ExcStopIteration)
		}
		return v, nil
	})
	def("min", minmax("min", objects.CmpLt))
	def("max", minmax("max", objects.CmpGt))
	def("sum", func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
		pos, _ := objects.SplitArgs(args, kwnames)
		if len(pos) < 1 || len(pos) > 2 {
			return null, objects.Errorf(objects.ExcTypeError, "sum() takes at least 1 positional argument (0 given)")
		}
		acc := objects.Int(0)
		if len(pos) == 2 {
			acc = pos[1]
		} else if s, ok := kwArg(args, kwnames, "start"); ok {
			acc = s
		}
		if pos[0].Type() == GeneratorType && acc.IsSmallInt() {
			// small ints pushed straight from a fresh generator (pushGen)
			a := acc.SmallInt()
			rest, handled, err := pushGen(t, pos[0], func(v Value) bool {
				if v.IsSmallInt() {
					if r, ok := objects.AddInt64(a, v.SmallInt()); ok {
						a = r
						return true
					}
				}
				return false
			})
			if handled {
				acc = objects.Int(a)
				if err != nil || rest.IsNull() {
					return acc, err
				}
				if acc, err = objects.BinaryOp(t, objects.OpAdd, acc, rest); err != nil {
					return null, err
				}
			}
		}
		it, err := objects.GetIter(t, pos[0])
		if err != nil {
			return null, err
		}
		for {
			v, err := objects.Next(t, it)
			if err != nil {
				return null, err
			}
			if v.IsNull() {
				return acc, nil
			}
			if acc.IsSmallInt() && v.IsSmallInt() {
				if r, ok := objects.AddInt64(acc.SmallInt(), v.SmallInt()); ok {
					acc = objects.Int(r)
					continue
				}
			}
			if acc, err = objects.BinaryOp(t, objects.OpAdd, acc, v); err != nil {
				return null, err
			}
		}
	})
	def("sorted", func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
		pos, _ := objects.SplitArgs(args, kwnames)
		if len(pos) != 1 {
			return null, objects.Errorf(objects.ExcTypeError, "sorted expected 1 argument, got %d", len(pos))
		}
		items, err := objects.IterToSlice(t, pos[0])
		if err != nil {
			return null, err
		}
		if pos[0].Type() == objects.TupleType { // IterToSlice shares a tuple's items
			items = append([]Value(nil), items...)
		}
		key, ok := kwArg(args, kwnames, "key")
		if !ok {
			key = objects.None
		}
		rev := false
		if r, ok := kwArg(args, kwnames, "reverse"); ok {
			rev, _ = objects.Truth(t, r)
		}
		if err := objects.SortValues(t, items, key, rev); err != nil {
			return null, err
		}
		return objects.NewListValue(items), nil
	})
	attrName := func(v Value) (*objects.Str, *Exc) {
		if v.Type() != objects.StrType {
			return nil, objects.Errorf(objects.ExcTypeError, "attribute name must be string, not '%s'", v.Type().Name)
		}
		return objects.InternStr(objects.As[objects.Str](v)), nil
	}
	def("getattr", func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
		if err := objects.CheckArgs("getattr", args, kwnames, 2, 3); err != nil {
			return null, err
		}
		n, err := attrName(args[1])
		if err != nil {
			return null, err
		}
		r, err := objects.GetAttr(t, args[0], n)
		if err != nil && len(args) == 3 && err.Matches(objects.ExcAttributeError) {
			return args[2], nil
		}
		return r, err
	})
	def("hasattr", func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
		if err := objects.CheckArgs("hasattr", args, kwnames, 2, 2); err != nil {
			return null, err
		}
		n, err := attrName(args[1])
		if err != nil {
			return null, err
		}
		_, err = objects.GetAttr(t, args[0], n)
		if err != nil {
			if err.Matches(objects.ExcAttributeError) {
				return objects.False, nil
			}
			return null, err
		}
		return objects.True, nil
	})
	def("setattr", func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
		if err := objects.CheckArgs("setattr", args, kwnames, 3, 3); err != nil {
			return null, err
		}
		n, err := attrName(args[1])
		if err != nil {
			return null, err
		}
		return objects.None, objects.SetAttr(t, args[0], n, args[2])
	})
	def("delattr", func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
		if err := objects.CheckArgs("delattr", args, kwnames, 2, 2); err != nil {
			return null, err
		}
		n, err := attrName(args[1])
		if err != nil {
			return null, err
		}
		return objects.None, objects.SetAttr(t, args[0], n, null)
	})
	def("format", func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
		if err := objects.CheckArgs("format", args, kwnames, 1, 2); err != nil {
			return null, err
		}
		spec := ""
		if len(args) == 2 {
			if !args[1].IsInstance(objects.StrType) {
				return null, objects.Errorf(objects.ExcTypeError, "format() argument 2 must be str, not %s", args[1].Type().Name)
			}
			spec = objects.As[objects.Str](args[1]).S
		}
		return objects.FormatValue(t, args[0], spec)
	})
	radix := func(name, prefix string, base int) {
		one(name, func(t *objects.Thread, v Value) (Value, *Exc) {
			x, err := objects.Index(t, v)
			if err != nil {
				return null, err
			}
			b, _ := objects.BigOf(x)
			s := new(big.Int).Abs(b).Text(base)
			if b.Sign() < 0 {
				return objects.NewStrValue("-" + prefix + s), nil
			}
			return objects.NewStrValue(prefix + s), nil
		})
	}
	radix("hex", "0x", 16)
	radix("oct", "0o", 8)
	radix("bin", "0b", 2)
	def("divmod", func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
		if err := objects.CheckArgs("divmod", args, kwnames, 2, 2); err != nil {
			return null, err
		}
		q, err := objects.BinaryOp(t, objects.OpFloorDiv, args[0], args[1])
		if err != nil {
			return null, err
		}
		m, err := objects.BinaryOp(t, objects.OpMod, args[0], args[1])
		if err != nil {
			return null, err
		}
		return objects.NewTupleValue([]Value{q, m}), nil
	})
	def("pow", func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
		if err := objects.CheckArgs("pow", args, kwnames, 2, 3); err != nil {
			return null, err
		}
		if len(args) == 3 && !args[2].IsNone() {
			b, ok1 := objects.BigOf(args[0])
			e, ok2 := objects.BigOf(args[1])
			m, ok3 := objects.BigOf(args[2])
			if !ok1 || !ok2 || !ok3 {
				for _, a := range args {
					if a.IsInstance(objects.ComplexType) {
						return null, objects.Errorf(objects.ExcValueError, "complex modulo")
					}
				}
				return null, objects.Errorf(objects.ExcTypeError, "pow() 3rd argument not allowed unless all arguments are integers")
			}
			if m.Sign() == 0 {
				return null, objects.Errorf(objects.ExcValueError, "pow() 3rd argument cannot be 0")
			}
			r := new(big.Int).Exp(b, e, new(big.Int).Abs(m))
			if m.Sign() < 0 && r.Sign() != 0 {
				r.Add(r, m)
			}
			return objects.NewBigInt(r), nil
		}
		return objects.BinaryOp(t, objects.OpPow, args[0], args[1])
	})
	def("round", func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
		if err := objects.CheckArgs("round", args, kwnames, 1, 2); err != nil {
			return null, err
		}
		x := args[0]
		nd := objects.None
		if len(args) == 2 {
			nd = args[1]
		}
		if objects.IsIntValue(x) {
			if nd.IsNone() {
				return objects.ToInt(t, x)
			}
			n, fits := objects.IntToInt64(nd)
			if !fits {
				// beyond an int64: huge positive keeps x, huge negative is 0
				if objects.IsNegativeInt(nd) {
					return objects.Int(0), nil
				}
				return objects.ToInt(t, x)
			}
			if n >= 0 {
				return objects.ToInt(t, x)
			}
			return objects.RoundIntNeg(x, n), nil
		}
		f, ok, err := objects.FloatOf(x)
		if err != nil {
			return null, err
		}
		if !ok {
			r, found, err := objects.CallDunder(t, x, "__round__", args[1:]...)
			if !found && err == nil {
				return null, objects.Errorf(objects.ExcTypeError, "type %s doesn't define __round__ method", x.Type().Name)
			}
			return r, err
		}
		if nd.IsNone() {
			return objects.FloatToInt(math.RoundToEven(f))
		}
		n, _ := objects.IntToInt64(nd)
		return objects.Float(roundFloat(f, int(n))), nil
	})
	def("any", anyAll(true))
	def("all", anyAll(false))
	def("map", func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
		if len(args) < 2 {
			return null, objects.Errorf(objects.ExcTypeError, "map() must have at least two arguments.")
		}
		f := args[0]
		its := make([]Value, len(args)-1)
		for i, p := range args[1:] {
			var err *Exc
			if its[i], err = objects.GetIter(t, p); err != nil {
				return null, err
			}
		}
		var shared []Value
		if f.Type() == objects.FunctionType {
			shared = make([]Value, len(its)) // see argBuf
		}
		r := mkIter(mapType, func(t *objects.Thread) (Value, *Exc) {
			items := shared
			if items == nil {
				items = make([]Value, len(its))
			}
			for i, it := range its {
				v, err := objects.Next(t, it)
				if err != nil || v.IsNull() {
					return null, err
				}
				items[i] = v
			}
			return objects.CallValue(t, f, items, nil)
		})
		objects.As[funcIter](r).reduce = func(t *objects.Thread) ([]Value, *Exc) {
			return []Value{objects.NewTupleValue(append([]Value{f}, its...))}, nil
		}
		return r, nil
	})
	def("filter", func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
		if err := objects.CheckArgs("filter", args, kwnames, 2, 2); err != nil {
			return null, err
		}
		f := args[0]
		it, err := objects.GetIter(t, args[1])
		if err != nil {
			return null, err
		}
		var fb argBuf
		r := mkIter(filterType, func(t *objects.Thread) (Value, *Exc) {
			for {
				v, err := objects.Next(t, it)
				if err != nil || v.IsNull() {
					return null, err
				}
				c := v
				if !f.IsNone() {
					if c, err = objects.CallValue(t, f, fb.args1(f, v), nil); err != nil {
						return null, err
					}
				}
				if b, err := objects.Truth(t, c); err != nil || b {
					return v, err
				}
			}
		})
		objects.As[funcIter](r).reduce = func(t *objects.Thread) ([]Value, *Exc) {
			return []Value{objects.Tuple2(f, it)}, nil
		}
		return r, nil
	})
	def("reversed", func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
		if err := objects.CheckArgs("reversed", args, kwnames, 1, 1); err != nil {
			return null, err
		}
		if r, found, err := objects.CallDunder(t, args[0], "__reversed__"); found {
			return r, err
		}
		n, err := objects.Len(t, args[0])
		if err != nil {
			return null, objects.Errorf(objects.ExcTypeError, "'%s' object is not reversible", args[0].Type().Name)
		}
		seq := args[0]
		i := n // the next item is seq[i-1]; seq is null once exhausted
		r := mkIter(reversedType, func(t *objects.Thread) (Value, *Exc) {
			if i <= 0 || seq.IsNull() {
				seq = null
				return null, nil
			}
			i--
			v, err := objects.GetItem(t, seq, objects.Int(int64(i)))
			if err != nil && (err.Matches(objects.ExcIndexError) || err.Matches(objects.ExcStopIteration)) {
				seq, err = null, nil
			}
			return v, err
		})
		reversedState(objects.As[funcIter](r), &seq, &i)
		return r, nil
	})
	for _, typ := range []*objects.Type{objects.IntType, objects.FloatType, objects.StrType, objects.BoolType, objects.ListType,
		objects.TupleType, objects.DictType, objects.SetType, objects.FrozenSetType, objects.RangeType, objects.TypeType,
		objects.ObjectType, objects.SuperType, objects.BytesType, objects.ComplexType, objects.StaticMethodType, objects.ClassMethodType, objects.PropertyType, objects.SliceType} {
		setb(typ.Name, objects.Obj(typ))
	}
	for _, e := range objects.ExceptionTypes() {
		setb(e.Name, objects.Obj(e))
	}
	setb("IOError", objects.Obj(objects.ExcOSError))
	setb("EnvironmentError", objects.Obj(objects.ExcOSError))
	setb("NotImplemented", objects.NotImplemented)
	setb("Ellipsis", objects.Ellipsis)
	setb("None", objects.None)
	setb("True", objects.True)
	setb("False", objects.False)
	setb("__name__", objects.NewStrValue("builtins"))
}

func roundFloat(f float64, n int) float64 {
	if math.IsInf(f, 0) || math.IsNaN(f) || n > 308 {
		return f
	}
	s := objects.FormatValueFloat(f, n)
	r, _ := objects.ParseFloat(s)
	return r
}

func anyAll(isAny bool) objects.BuiltinFn {
	return func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
		name := "all"
		if isAny {
			name = "any"
		}
		if err := objects.CheckArgs(name, args, kwnames, 1, 1); err != nil {
			return null, err
		}
		it, err := objects.GetIter(t, args[0])
		if err != nil {
			return null, err
		}
		for {
			v, err := objects.Next(t, it)
			if err != nil {
				return null, err
			}
			if v.IsNull() {
				return objects.Bool(!isAny), nil
			}
			b, err := objects.Truth(t, v)
			if err != nil {
				return null, err
			}
			if b == isAny {
				return objects.Bool(isAny), nil
			}
		}
	}
}

// argBuf holds the argument of repeated one-argument calls (a key or
// predicate): a Python function copies its arguments into its frame on
// entry, so one buffer serves all its calls; any other callable may keep
// the slice and gets a fresh one each time.
type argBuf struct{ one [1]Value }

func (b *argBuf) args1(f, v Value) []Value {
	if f.Type() == objects.FunctionType {
		b.one[0] = v
		return b.one[:]
	}
	return []Value{v}
}
