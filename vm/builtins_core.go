package vm

import (
	"taipan/objects"
)

// Builtins completed or corrected by the core differential corpus
// (tests/python/core_*.py). This file's init runs after builtins.go's,
// so a def here replaces the earlier one.

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
		return mkIter(callableIterType, func(t *objects.Thread) (Value, *Exc) {
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
		}), nil
	})
}

// printToFile is print(..., file=f): like CPython, each piece (value,
// separator, end) is a separate f.write call.
func printToFile(t *objects.Thread, file Value, pos []Value, sep, end string) (Value, *Exc) {
	write, err := objects.GetAttrString(t, file, "write")
	if err != nil {
		return null, err
	}
	put := func(s string) *Exc {
		_, err := objects.CallValue(t, write, []Value{objects.NewStrValue(s)}, nil)
		return err
	}
	for i, v := range pos {
		if i > 0 {
			if err := put(sep); err != nil {
				return null, err
			}
		}
		s, err := objects.StrString(t, v)
		if err != nil {
			return null, err
		}
		if err := put(s); err != nil {
			return null, err
		}
	}
	if err := put(end); err != nil {
		return null, err
	}
	return objects.None, nil
}

// isSubHook is isinstance/issubclass with the metaclass hooks
// __instancecheck__ / __subclasscheck__ of classes whose metaclass is not
// type.
func isSubHook(t *objects.Thread, v Value, cls Value, inst bool, msg string) (bool, *Exc) {
	if cls.Type() == objects.TupleType {
		for _, c := range objects.As[objects.Tuple](cls).Items {
			r, err := isSubHook(t, v, c, inst, msg)
			if err != nil || r {
				return r, err
			}
		}
		return false, nil
	}
	if inst && v.Type() == cls.Type() && cls.Type() == objects.TypeType {
		return true, nil
	}
	if cls.Type() != objects.TypeType {
		hook := "__subclasscheck__"
		if inst {
			hook = "__instancecheck__"
		}
		if m := cls.Type().LookupString(hook); !m.IsNull() {
			r, err := objects.CallValue(t, m, []Value{cls, v}, nil)
			if err != nil {
				return false, err
			}
			return objects.Truth(t, r)
		}
	}
	if !cls.IsInstance(objects.TypeType) {
		return false, objects.Errorf(objects.ExcTypeError, "%s", msg)
	}
	if inst {
		return v.Type().IsSubtype(objects.As[objects.Type](cls)), nil
	}
	return objects.As[objects.Type](v).IsSubtype(objects.As[objects.Type](cls)), nil
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
		if !args[0].IsInstance(objects.TypeType) {
			return null, objects.Errorf(objects.ExcTypeError, "issubclass() arg 1 must be a class")
		}
		r, err := isSubHook(t, args[0], args[1], false, "issubclass() arg 2 must be a class, a tuple of classes, or a union")
		return objects.Bool(r), err
	})
}

func init() {
	setb("bytearray", objects.Obj(objects.ByteArrayType))
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
		i := start
		return mkIter(enumerateType, func(t *objects.Thread) (Value, *Exc) {
			v, err := objects.Next(t, it)
			if err != nil || v.IsNull() {
				return null, err
			}
			r := objects.Tuple2(i, v)
			i, err = objects.BinaryOp(t, objects.OpAdd, i, objects.Int(1))
			return r, err
		}), nil
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
		done := false
		return mkIter(zipType, func(t *objects.Thread) (Value, *Exc) {
			if len(its) == 0 || done {
				return null, nil
			}
			tu := objects.AllocTuple(len(its))
			for i, it := range its {
				v, err := objects.Next(t, it)
				if err != nil {
					return null, err
				}
				if v.IsNull() {
					done = true
					if !strict {
						return null, nil
					}
					if i > 0 {
						return null, zipStrictError(i, "shorter")
					}
					for j := 1; j < len(its); j++ {
						w, err := objects.Next(t, its[j])
						if err != nil {
							return null, err
						}
						if !w.IsNull() {
							return null, zipStrictError(j, "longer")
						}
					}
					return null, nil
				}
				tu.Items[i] = v
			}
			return objects.Obj(tu), nil
		}), nil
	})
	origReversed, _ := Builtins.GetStr(objects.Intern("reversed"))
	def("reversed", func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
		if err := objects.CheckArgs("reversed", args, kwnames, 1, 1); err != nil {
			return null, err
		}
		if items, ok := objects.DictReversedItems(args[0]); ok {
			i := 0
			typ := newIterTypeCached("dict_reversekeyiterator")
			return mkIter(typ, func(t *objects.Thread) (Value, *Exc) {
				if i >= len(items) {
					return null, nil
				}
				i++
				return items[i-1], nil
			}), nil
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
