// Package dmargs holds small helpers shared by the data modules
// (_struct, _random, binascii, zlib, unicodedata, array, ...): keyword
// argument parsing with CPython's argument-clinic messages, buffer
// access, module exception classes and getter properties.
package dmargs

import (
	"fmt"

	"taipan/objects"
)

type Value = objects.Value
type Exc = objects.BaseException

// Parse binds a vectorcall argument array to parameters. names lists the
// parameters in order; a name beginning with '$' is keyword-only, an
// empty name or one beginning with '/' is positional-only (the text after
// '/' names it in messages). The first nreq parameters are required.
// out receives the bound values (Null for absent optional ones). The
// checks and messages follow CPython 3.11's _PyArg_UnpackKeywords.
func Parse(fn string, args []Value, kwnames *objects.Tuple, names []string, nreq int, out []*Value) *Exc {
	nkw := kwnames.Len()
	npos := len(args) - nkw
	maxpos, minpos := 0, 0
	for i, n := range names {
		if len(n) > 0 && n[0] == '$' {
			break
		}
		maxpos++
		if (n == "" || n[0] == '/') && i < nreq {
			minpos++
		}
	}
	for _, o := range out {
		*o = objects.Null
	}
	if nkw > 0 && allPosOnly(names) {
		return objects.Errorf(objects.ExcTypeError, "%s() takes no keyword arguments", fn)
	}
	if npos+nkw > len(names) {
		kw := ""
		if npos == 0 {
			kw = "keyword "
		}
		return objects.Errorf(objects.ExcTypeError, "%s() takes at most %d %sargument%s (%d given)", fn, len(names), kw, plural(len(names)), npos+nkw)
	}
	if npos > maxpos {
		if maxpos == 0 {
			return objects.Errorf(objects.ExcTypeError, "%s() takes no positional arguments", fn)
		}
		how := "at most"
		if nreq >= maxpos {
			how = "exactly"
		}
		return objects.Errorf(objects.ExcTypeError, "%s() takes %s %d positional argument%s (%d given)", fn, how, maxpos, plural(maxpos), npos)
	}
	if npos < minpos {
		how := "at least"
		if minpos == maxpos {
			how = "exactly"
		}
		return objects.Errorf(objects.ExcTypeError, "%s() takes %s %d positional argument%s (%d given)", fn, how, minpos, plural(minpos), npos)
	}
	for i := 0; i < npos; i++ {
		*out[i] = args[i]
	}
	used := 0
	for i := npos; i < len(names); i++ {
		n := names[i]
		if n != "" && n[0] != '/' {
			pn := n
			if pn[0] == '$' {
				pn = pn[1:]
			}
			for k := 0; k < nkw; k++ {
				if objects.As[objects.Str](kwnames.Items[k]).S == pn {
					*out[i] = args[npos+k]
					used++
					break
				}
			}
		}
		if i < nreq && out[i].IsNull() {
			if n[0] == '$' {
				n = n[1:]
			}
			return objects.Errorf(objects.ExcTypeError, "%s() missing required argument '%s' (pos %d)", fn, n, i+1)
		}
	}
	if used < nkw {
		for k := 0; k < nkw; k++ {
			kn := objects.As[objects.Str](kwnames.Items[k]).S
			matched := false
			for i := npos; i < len(names); i++ {
				n := names[i]
				if n != "" && n[0] != '/' && (n == kn || n[0] == '$' && n[1:] == kn) {
					matched = true
				}
			}
			if matched {
				continue
			}
			for i := 0; i < npos; i++ {
				if names[i] == kn {
					return objects.Errorf(objects.ExcTypeError, "argument for %s() given by name ('%s') and position (%d)", fn, kn, i+1)
				}
			}
			return objects.Errorf(objects.ExcTypeError, "'%s' is an invalid keyword argument for %s()", kn, fn)
		}
	}
	return nil
}

func allPosOnly(names []string) bool {
	for _, n := range names {
		if n != "" && n[0] != '/' {
			return false
		}
	}
	return true
}

func checkPositional(fn string, n, lo, hi int) *Exc {
	switch {
	case n < lo:
		how := "at least "
		if lo == hi {
			how = ""
		}
		return objects.Errorf(objects.ExcTypeError, "%s expected %s%d argument%s, got %d", fn, how, lo, plural(lo), n)
	default:
		how := "at most "
		if lo == hi {
			how = ""
		}
		return objects.Errorf(objects.ExcTypeError, "%s expected %s%d argument%s, got %d", fn, how, hi, plural(hi), n)
	}
}

// Positional checks a positional-only function's argument count and
// that it got no keywords. fn is the qualified name (module.func or
// Type.method) used by METH_O / METH_NOARGS / keyword messages; the
// argument-clinic count messages use the part after the last dot.
func Positional(fn string, args []Value, kwnames *objects.Tuple, lo, hi int) *Exc {
	if kwnames.Len() > 0 {
		return objects.Errorf(objects.ExcTypeError, "%s() takes no keyword arguments", fn)
	}
	n := len(args)
	if n >= lo && n <= hi {
		return nil
	}
	if lo == hi && lo == 0 {
		return objects.Errorf(objects.ExcTypeError, "%s() takes no arguments (%d given)", fn, n)
	}
	if lo == hi && lo == 1 {
		return objects.Errorf(objects.ExcTypeError, "%s() takes exactly one argument (%d given)", fn, n)
	}
	short := fn
	for i := len(fn) - 1; i >= 0; i-- {
		if fn[i] == '.' {
			short = fn[i+1:]
			break
		}
	}
	return checkPositional(short, n, lo, hi)
}

// NoKw checks that a function got no keyword arguments.
func NoKw(fn string, kwnames *objects.Tuple) *Exc {
	if kwnames.Len() > 0 {
		return objects.Errorf(objects.ExcTypeError, "%s() takes no keyword arguments", fn)
	}
	return nil
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// Buffer returns the bytes of a bytes-like object, with CPython's
// "a bytes-like object is required" TypeError otherwise.
func Buffer(v Value) ([]byte, *Exc) {
	b, _, ok := objects.BufferOf(v)
	if !ok {
		return nil, objects.Errorf(objects.ExcTypeError, "a bytes-like object is required, not '%s'", v.Type().Name)
	}
	return b, nil
}

// WritableBuffer returns the bytes of a writable bytes-like object.
func WritableBuffer(v Value) ([]byte, *Exc) {
	b, w, ok := objects.BufferOf(v)
	if !ok || !w {
		return nil, objects.Errorf(objects.ExcTypeError, "argument must be read-write bytes-like object, not %s", v.Type().Name)
	}
	return b, nil
}

// Str returns the Go string of a str value.
func Str(v Value) (string, bool) {
	if v.IsInstance(objects.StrType) {
		return objects.As[objects.Str](v).S, true
	}
	return "", false
}

// NewError declares an exception class module.name deriving from base.
func NewError(module, name string, base *objects.Type) *objects.Type {
	ty := objects.NewType(module, name, base, objects.FlagBaseType|objects.FlagHasAttrs|objects.FlagException)
	ty.Finish()
	return ty
}

// Raise returns a new exception of type typ with a formatted message.
func Raise(typ *objects.Type, format string, args ...any) *Exc {
	msg := format
	if len(args) > 0 {
		msg = fmt.Sprintf(format, args...)
	}
	return objects.NewException(typ, objects.NewStrValue(msg))
}

// AddGetter adds a read-only property computed by get to a type.
func AddGetter(ty *objects.Type, name string, get func(self Value) Value) {
	g := objects.NewBuiltin(name, func(t *objects.Thread, _ Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		return get(args[0]), nil
	})
	p := &objects.Property{Get: g, Set: objects.Null, Del: objects.Null, Doc: objects.None}
	p.SetType(objects.PropertyType)
	ty.SetAttrString(name, objects.Obj(p))
}

// AddClassMethod adds a classmethod implemented in Go; self is the class.
func AddClassMethod(ty *objects.Type, name string, fn objects.BuiltinFn) {
	f := objects.NewBuiltin(name, func(t *objects.Thread, _ Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		return fn(t, args[0], args[1:], kw)
	})
	w := &objects.Wrapper{Func: f}
	w.SetType(objects.ClassMethodType)
	ty.SetAttrString(name, objects.Obj(w))
}

// Func wraps fn as a module-level builtin function.
func Func(m *objects.Module, name string, fn objects.BuiltinFn) {
	f := objects.NewBuiltin(name, fn)
	objects.As[objects.BuiltinFunction](f).Module = objects.As[objects.Str](mustName(m)).S
	m.Set(name, f)
}

func mustName(m *objects.Module) Value {
	v, ok := m.Dict.GetStr(objects.Intern("__name__"))
	if !ok {
		return objects.NewStrValue("")
	}
	return v
}

// IndexInt64 converts v to int64 through __index__; ok is false on
// overflow (the int value is returned for the caller's message).
func IndexInt64(t *objects.Thread, v Value) (int64, bool, *Exc) {
	x, err := objects.Index(t, v)
	if err != nil {
		return 0, false, err
	}
	i, ok := objects.IntToInt64(x)
	return i, ok, nil
}
