// Package modutil holds small helpers shared by the native modules:
// CPython-style argument checking and number conversions.
package modutil

import (
	"taipan/objects"
)

type (
	// Value is objects.Value.
	Value = objects.Value
	// Exc is a Python exception.
	Exc = objects.BaseException
)

// Null is the VM's NULL value.
var Null = objects.Null

// Fn is the signature of builtin functions.
type Fn = objects.BuiltinFn

// Errorf raises typ with a formatted message.
func Errorf(typ *objects.Type, format string, args ...any) *Exc {
	return objects.Errorf(typ, format, args...)
}

// TypeName is the name of v's type, as CPython error messages print it.
func TypeName(v Value) string { return v.Type().Name }

// NoKw fails when keyword arguments were given to name (which is
// printed as given, e.g. "math.sqrt()" or "atan2").
func NoKw(name string, kwnames *objects.Tuple) *Exc {
	if kwnames.Len() > 0 {
		return Errorf(objects.ExcTypeError, "%s takes no keyword arguments", name)
	}
	return nil
}

// One checks a METH_O function: exactly one positional argument.
// qual is the qualified name ("math.sqrt").
func One(qual string, args []Value, kwnames *objects.Tuple) *Exc {
	if kwnames.Len() > 0 {
		return Errorf(objects.ExcTypeError, "%s() takes no keyword arguments", qual)
	}
	if len(args) != 1 {
		return Errorf(objects.ExcTypeError, "%s() takes exactly one argument (%d given)", qual, len(args))
	}
	return nil
}

// Arity checks a METH_FASTCALL function without keywords:
// "name expected N arguments, got M" style messages.
func Arity(name string, args []Value, kwnames *objects.Tuple, lo, hi int) *Exc {
	if kwnames.Len() > 0 {
		return Errorf(objects.ExcTypeError, "%s() takes no keyword arguments", name)
	}
	n := len(args)
	if n >= lo && n <= hi {
		return nil
	}
	if lo == hi {
		return Errorf(objects.ExcTypeError, "%s expected %d argument%s, got %d", name, lo, plural(lo), n)
	}
	if n < lo {
		return Errorf(objects.ExcTypeError, "%s expected at least %d argument%s, got %d", name, lo, plural(lo), n)
	}
	return Errorf(objects.ExcTypeError, "%s expected at most %d argument%s, got %d", name, hi, plural(hi), n)
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// Params parses arguments the way Argument Clinic does: names lists
// every parameter in order, the first npos of them may be given by
// position (the rest are keyword-only), and the first nreq are
// required. Missing optional parameters are Null in the result.
func Params(fname string, args []Value, kwnames *objects.Tuple, names []string, npos, nreq int) ([]Value, *Exc) {
	out := make([]Value, len(names))
	return out, ParamsInto(out, fname, args, kwnames, names, npos, nreq)
}

// ParamsInto is Params writing into a caller-provided slice.
func ParamsInto(out []Value, fname string, args []Value, kwnames *objects.Tuple, names []string, npos, nreq int) *Exc {
	nkw := kwnames.Len()
	pos := args[:len(args)-nkw]
	if len(pos) > npos {
		if npos == nreq {
			return Errorf(objects.ExcTypeError, "%s() takes exactly %d positional argument%s (%d given)", fname, npos, plural(npos), len(pos))
		}
		return Errorf(objects.ExcTypeError, "%s() takes at most %d positional argument%s (%d given)", fname, npos, plural(npos), len(pos))
	}
	copy(out, pos)
	for i := 0; i < nkw; i++ {
		k := objects.As[objects.Str](kwnames.Items[i]).S
		found := false
		for j, n := range names {
			if n == k {
				if j < len(pos) {
					return Errorf(objects.ExcTypeError, "argument for %s() given by name ('%s') and position (%d)", fname, k, j+1)
				}
				out[j] = args[len(pos)+i]
				found = true
				break
			}
		}
		if !found {
			return Errorf(objects.ExcTypeError, "'%s' is an invalid keyword argument for %s()", k, fname)
		}
	}
	for j := 0; j < nreq; j++ {
		if out[j].IsNull() {
			if j < npos {
				return Errorf(objects.ExcTypeError, "%s() missing required argument '%s' (pos %d)", fname, names[j], j+1)
			}
			return Errorf(objects.ExcTypeError, "%s() missing required argument '%s'", fname, names[j])
		}
	}
	return nil
}

// ToFloat converts v as PyFloat_AsDouble does: floats, objects with
// __float__, then objects with __index__.
func ToFloat(t *objects.Thread, v Value) (float64, *Exc) {
	if v.IsFloat() {
		return v.FloatVal(), nil
	}
	f, ok, err := objects.FloatOf(v)
	if err != nil {
		return 0, err
	}
	if ok {
		return f, nil
	}
	typ := v.Type()
	if typ.Float != nil {
		r, err := typ.Float(t, v)
		if err != nil {
			return 0, err
		}
		if !r.IsInstance(objects.FloatType) {
			return 0, Errorf(objects.ExcTypeError, "%s.__float__ returned non-float (type %s)", typ.Name, r.Type().Name)
		}
		f, _, err := objects.FloatOf(r)
		return f, err
	}
	if typ.Index != nil {
		r, err := objects.Index(t, v)
		if err != nil {
			return 0, err
		}
		f, _, err := objects.FloatOf(r)
		return f, err
	}
	return 0, Errorf(objects.ExcTypeError, "must be real number, not %s", typ.Name)
}

// ToIndex converts v with __index__ ("'float' object cannot be
// interpreted as an integer" otherwise) and returns an int value.
func ToIndex(t *objects.Thread, v Value) (Value, *Exc) {
	if v.IsSmallInt() {
		return v, nil
	}
	return objects.Index(t, v)
}

// ToInt64 converts with __index__ to an int64; ok is false on overflow.
func ToInt64(t *objects.Thread, v Value) (int64, bool, *Exc) {
	if v.IsSmallInt() {
		return v.SmallInt(), true, nil
	}
	x, err := objects.Index(t, v)
	if err != nil {
		return 0, false, err
	}
	i, ok := objects.IntToInt64(x)
	return i, ok, nil
}

// Str returns a str value.
func Str(s string) Value { return objects.NewStrValue(s) }

// Tuple returns a tuple value of items.
func Tuple(items ...Value) Value { return objects.NewTupleValue(items) }

// Builtin makes a module-level builtin function whose __module__ is mod.
func Builtin(mod, name string, fn Fn) Value {
	v := objects.NewBuiltin(name, fn)
	objects.As[objects.BuiltinFunction](v).Module = mod
	return v
}

// SelfIter is an Iter slot returning the iterator itself.
func SelfIter(t *objects.Thread, v Value) (Value, *Exc) { return v, nil }

// NewType declares a type of a native module with the given Python-level
// construction function (nil: not instantiable from Python).
func NewType(module, name string, base *objects.Type, flags objects.TypeFlags, newFn objects.NewFunc) *objects.Type {
	typ := objects.NewType(module, name, base, flags)
	typ.New = newFn
	return typ
}

// NewIterType declares an iterator type: Iter returns self, Next is
// next; the type may be subclassed.
func NewIterType(module, name string, newFn objects.NewFunc, next objects.UnaryFunc) *objects.Type {
	typ := objects.NewType(module, name, nil, objects.FlagBaseType)
	typ.New = newFn
	typ.Iter = SelfIter
	typ.Next = next
	return typ
}

// ClassMethod wraps a builtin as a classmethod (its self argument
// arrives as args[0], the class).
func ClassMethod(owner *objects.Type, name string, fn Fn) Value {
	b := &objects.BuiltinFunction{Name: name, Fn: fn, Owner: owner}
	b.SetType(objects.BuiltinFunctionType)
	w := &objects.Wrapper{Func: objects.Obj(b)}
	w.SetType(objects.ClassMethodType)
	return objects.Obj(w)
}

// StaticMethod wraps a builtin as a staticmethod.
func StaticMethod(owner *objects.Type, name string, fn Fn) Value {
	b := &objects.BuiltinFunction{Name: name, Fn: fn, Owner: owner}
	b.SetType(objects.BuiltinFunctionType)
	w := &objects.Wrapper{Func: objects.Obj(b)}
	w.SetType(objects.StaticMethodType)
	return objects.Obj(w)
}

// IterNext is objects.Next on a known iterator.
func IterNext(t *objects.Thread, it Value) (Value, *Exc) { return it.Type().Next(t, it) }

// Call calls f with positional arguments.
func Call(t *objects.Thread, f Value, args ...Value) (Value, *Exc) {
	return objects.CallValue(t, f, args, nil)
}

// Truth is bool(v).
func Truth(t *objects.Thread, v Value) (bool, *Exc) { return objects.Truth(t, v) }

// CompareSeqs compares two sequences lexicographically, as list does.
func CompareSeqs(t *objects.Thread, a, b []Value, op objects.CompareOp) (Value, *Exc) {
	if (op == objects.CmpEq || op == objects.CmpNe) && len(a) != len(b) {
		return objects.Bool(op == objects.CmpNe), nil
	}
	i := 0
	for ; i < len(a) && i < len(b); i++ {
		if a[i].Is(b[i]) {
			continue
		}
		eq, err := objects.Equal(t, a[i], b[i])
		if err != nil {
			return Null, err
		}
		if !eq {
			break
		}
	}
	if i >= len(a) || i >= len(b) {
		var r bool
		la, lb := len(a), len(b)
		switch op {
		case objects.CmpLt:
			r = la < lb
		case objects.CmpLe:
			r = la <= lb
		case objects.CmpEq:
			r = la == lb
		case objects.CmpNe:
			r = la != lb
		case objects.CmpGt:
			r = la > lb
		case objects.CmpGe:
			r = la >= lb
		}
		return objects.Bool(r), nil
	}
	switch op {
	case objects.CmpEq:
		return objects.False, nil
	case objects.CmpNe:
		return objects.True, nil
	}
	return objects.RichCompare(t, a[i], b[i], op)
}

// GetSet returns a data descriptor (a property) whose getter and
// optional setter are Go functions; set == nil makes it read-only with
// CPython's "attribute 'name' of 'type' objects is not writable".
func GetSet(owner, name string, get func(t *objects.Thread, self Value) (Value, *Exc), set func(t *objects.Thread, self, v Value) *Exc) Value {
	p := &objects.Property{Get: objects.NewBuiltin(name, func(t *objects.Thread, _ Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		return get(t, args[0])
	}), Del: objects.None, Doc: objects.None}
	p.Set = objects.NewBuiltin(name, func(t *objects.Thread, _ Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		if set == nil {
			return Null, Errorf(objects.ExcAttributeError, "attribute '%s' of '%s' objects is not writable", name, owner)
		}
		return objects.None, set(t, args[0], args[1])
	})
	p.SetType(objects.PropertyType)
	return objects.Obj(p)
}

// ReprOrErr returns repr(v) as a Go string.
func ReprOrErr(t *objects.Thread, v Value) (string, *Exc) { return objects.ReprString(t, v) }

// PushArgs lays out pre followed by args on the thread's register stack
// (no allocation in the common case); release with t.PopArgs.
func PushArgs(t *objects.Thread, pre, args []Value) ([]Value, int) {
	n := len(pre) + len(args)
	if t.SP+n > len(t.Stack) {
		full := make([]Value, n)
		copy(full, pre)
		copy(full[len(pre):], args)
		return full, -1
	}
	mark := t.SP
	full := t.Stack[t.SP : t.SP+n : t.SP+n]
	copy(full, pre)
	copy(full[len(pre):], args)
	t.SP += n
	return full, mark
}

// ClassGetItem is a __class_getitem__ for generic native classes (PEP
// 585): cls[item] is types.GenericAlias(cls, item).
func ClassGetItem(owner *objects.Type) Value {
	return ClassMethod(owner, "__class_getitem__", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		if len(args) != 2 {
			return Null, Errorf(objects.ExcTypeError, "__class_getitem__() takes exactly one argument (%d given)", len(args)-1)
		}
		return objects.NewGenericAlias(args[0], args[1]), nil
	})
}
