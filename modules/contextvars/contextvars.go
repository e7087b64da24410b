// Package contextvars is the _contextvars module (PEP 567): Context,
// ContextVar, Token and copy_context. Each thread has a current context;
// a context's mapping is copied on write, so a copy_context() snapshot
// is never affected by later sets.
package contextvars

import (
	"fmt"
	"sync"

	"taipan/objects"
)

type (
	Value  = objects.Value
	Exc    = objects.BaseException
	Thread = objects.Thread
	Tuple  = objects.Tuple
)

var null = objects.Null

type Context struct {
	objects.Header
	data    *objects.Dict // ContextVar -> value; never mutated once shared
	entered bool
	prev    *Context
}

type ContextVar struct {
	objects.Header
	name  Value
	deflt Value // Null when none
}

type Token struct {
	objects.Header
	ctx  *Context
	v    *ContextVar
	old  Value // Null: MISSING
	used bool
}

var (
	ContextType    = objects.NewType("_contextvars", "Context", nil, 0)
	ContextVarType = objects.NewType("_contextvars", "ContextVar", nil, 0)
	TokenType      = objects.NewType("_contextvars", "Token", nil, 0)
	missingType    = objects.NewType("_contextvars", "Token.MISSING", nil, 0)
	missing        Value
)

// current contexts per thread.
var current sync.Map // *Thread -> *Context

func newContext(d *objects.Dict) *Context {
	c := &Context{data: d}
	c.SetType(ContextType)
	return c
}

func currentContext(t *Thread) *Context {
	if c, ok := current.Load(t); ok {
		return c.(*Context)
	}
	c := newContext(objects.NewDict())
	current.Store(t, c)
	return c
}

func ctxOf(v Value) *Context    { return objects.As[Context](v) }
func varOf(v Value) *ContextVar { return objects.As[ContextVar](v) }

func addr(v Value) string { return fmt.Sprintf("%p", v.Ptr()) }

func (c *Context) lookup(t *Thread, k Value) (Value, bool, *Exc) { return c.data.GetItem(t, k) }

func init() {
	missingType.Repr = func(t *Thread, v Value) (Value, *Exc) { return objects.NewStrValue("<Token.MISSING>"), nil }
	missingType.Finish()
	mo := &struct{ objects.Header }{}
	mo.SetType(missingType)
	missing = objects.Obj(mo)

	// ---- Context ----
	C := ContextType
	C.New = func(t *Thread, typ *objects.Type, args []Value, kw *Tuple) (Value, *Exc) {
		if len(args) > 0 {
			return null, objects.Errorf(objects.ExcTypeError, "Context() does not accept any arguments")
		}
		return objects.Obj(newContext(objects.NewDict())), nil
	}
	C.AddMethod("run", func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		if len(args)-kw.Len() < 1 {
			return null, objects.Errorf(objects.ExcTypeError, "run() missing 1 required positional argument")
		}
		c := ctxOf(self)
		if c.entered {
			r, _ := objects.ReprString(t, self)
			return null, objects.Errorf(objects.ExcRuntimeError, "cannot enter context: %s is already entered", r)
		}
		c.entered = true
		c.prev = currentContext(t)
		current.Store(t, c)
		r, err := objects.CallValue(t, args[0], args[1:], kw)
		current.Store(t, c.prev)
		c.prev = nil
		c.entered = false
		return r, err
	})
	C.AddMethod("copy", func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		return objects.Obj(newContext(ctxOf(self).data.Copy())), nil
	})
	C.AddMethod("get", func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		if err := objects.CheckArgs("get", args, kw, 1, 2); err != nil {
			return null, err
		}
		if err := checkVar(t, args[0]); err != nil {
			return null, err
		}
		v, ok, err := ctxOf(self).lookup(t, args[0])
		if err != nil || ok {
			return v, err
		}
		if len(args) == 2 {
			return args[1], nil
		}
		return objects.None, nil
	})
	C.GetItem = func(t *Thread, self, k Value) (Value, *Exc) {
		if err := checkVar(t, k); err != nil {
			return null, err
		}
		v, ok, err := ctxOf(self).lookup(t, k)
		if err != nil {
			return null, err
		}
		if !ok {
			return null, objects.NewException(objects.ExcKeyError, k)
		}
		return v, nil
	}
	C.Contains = func(t *Thread, self, k Value) (bool, *Exc) {
		if err := checkVar(t, k); err != nil {
			return false, err
		}
		_, ok, err := ctxOf(self).lookup(t, k)
		return ok, err
	}
	C.Len = func(t *Thread, self Value) (int, *Exc) { return ctxOf(self).data.Len(), nil }
	C.Iter = func(t *Thread, self Value) (Value, *Exc) {
		return objects.GetIter(t, objects.NewListValue(ctxOf(self).data.Keys()))
	}
	view := func(name string, f func(k, v Value) Value) {
		C.AddMethod(name, func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
			var out []Value
			ctxOf(self).data.Items(func(k, v Value) bool { out = append(out, f(k, v)); return true })
			return objects.NewListValue(out), nil
		})
	}
	view("keys", func(k, v Value) Value { return k })
	view("values", func(k, v Value) Value { return v })
	view("items", func(k, v Value) Value { return objects.NewTupleValue([]Value{k, v}) })
	C.Finish()

	// ---- ContextVar ----
	V := ContextVarType
	V.New = func(t *Thread, typ *objects.Type, args []Value, kw *Tuple) (Value, *Exc) {
		var a [2]Value
		if err := objects.BindArgs("ContextVar", args, kw, []string{"name", "default"}, 1, 1, 1, a[:]); err != nil {
			return null, err
		}
		if !a[0].Type().IsSubtype(objects.StrType) {
			return null, objects.Errorf(objects.ExcTypeError, "context variable name must be a str")
		}
		v := &ContextVar{name: a[0], deflt: a[1]}
		v.SetType(ContextVarType)
		return objects.Obj(v), nil
	}
	V.Repr = func(t *Thread, self Value) (Value, *Exc) {
		v := varOf(self)
		n, err := objects.ReprString(t, v.name)
		if err != nil {
			return null, err
		}
		s := "<ContextVar name=" + n
		if !v.deflt.IsNull() {
			d, err := objects.ReprString(t, v.deflt)
			if err != nil {
				return null, err
			}
			s += " default=" + d
		}
		return objects.NewStrValue(s + " at " + addr(self) + ">"), nil
	}
	V.GetAttr = func(t *Thread, self Value, name *objects.Str) (Value, *Exc) {
		if name.S == "name" {
			return varOf(self).name, nil
		}
		return objects.GenericGetAttr(t, self, name)
	}
	V.AddMethod("get", func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		if err := objects.CheckArgs("get", args, kw, 0, 1); err != nil {
			return null, err
		}
		v := varOf(self)
		r, ok, err := currentContext(t).lookup(t, self)
		if err != nil || ok {
			return r, err
		}
		if len(args) == 1 {
			return args[0], nil
		}
		if !v.deflt.IsNull() {
			return v.deflt, nil
		}
		return null, objects.NewException(objects.ExcLookupError, self)
	})
	V.AddMethod("set", func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		if err := objects.CheckArgs("set", args, kw, 1, 1); err != nil {
			return null, err
		}
		c := currentContext(t)
		old, ok, err := c.lookup(t, self)
		if err != nil {
			return null, err
		}
		if !ok {
			old = null
		}
		d := c.data.Copy()
		if err := d.SetItem(t, self, args[0]); err != nil {
			return null, err
		}
		c.data = d
		tok := &Token{ctx: c, v: varOf(self), old: old}
		tok.SetType(TokenType)
		return objects.Obj(tok), nil
	})
	V.AddMethod("reset", func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		if err := objects.CheckArgs("reset", args, kw, 1, 1); err != nil {
			return null, err
		}
		if args[0].Type() != TokenType {
			return null, objects.Errorf(objects.ExcTypeError, "expected an instance of Token, got %s", reprType(t, args[0]))
		}
		tok := objects.As[Token](args[0])
		r, _ := objects.ReprString(t, args[0])
		if tok.used {
			return null, objects.Errorf(objects.ExcRuntimeError, "%s has already been used once", r)
		}
		if tok.v != varOf(self) {
			return null, objects.Errorf(objects.ExcValueError, "%s was created by a different ContextVar", r)
		}
		c := currentContext(t)
		if tok.ctx != c {
			return null, objects.Errorf(objects.ExcValueError, "%s was created in a different Context", r)
		}
		d := c.data.Copy()
		if tok.old.IsNull() {
			if _, err := d.DelItem(t, self); err != nil {
				return null, err
			}
		} else if err := d.SetItem(t, self, tok.old); err != nil {
			return null, err
		}
		c.data = d
		tok.used = true
		return objects.None, nil
	})
	V.AddMethod("__class_getitem__", func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) { return self, nil })
	V.Finish()

	// ---- Token ----
	T := TokenType
	T.GetAttr = func(t *Thread, self Value, name *objects.Str) (Value, *Exc) {
		tok := objects.As[Token](self)
		switch name.S {
		case "var":
			return objects.Obj(tok.v), nil
		case "old_value":
			if tok.old.IsNull() {
				return missing, nil
			}
			return tok.old, nil
		case "MISSING":
			return missing, nil
		}
		return objects.GenericGetAttr(t, self, name)
	}
	T.Repr = func(t *Thread, self Value) (Value, *Exc) {
		tok := objects.As[Token](self)
		used := ""
		if tok.used {
			used = " used"
		}
		vr, err := objects.ReprString(t, objects.Obj(tok.v))
		if err != nil {
			return null, err
		}
		return objects.NewStrValue("<Token" + used + " var=" + vr + " at " + addr(self) + ">"), nil
	}
	T.SetAttrString("MISSING", missing)
	T.Finish()

	objects.RegisterModule("_contextvars", func(t *Thread, m *objects.Module) *Exc {
		m.Set("Context", objects.Obj(ContextType))
		m.Set("ContextVar", objects.Obj(ContextVarType))
		m.Set("Token", objects.Obj(TokenType))
		m.Set("copy_context", objects.NewBuiltin("copy_context", func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
			if err := objects.NoArgs("copy_context", args, kw); err != nil {
				return null, err
			}
			return objects.Obj(newContext(currentContext(t).data.Copy())), nil
		}))
		return nil
	})
}

func checkVar(t *Thread, k Value) *Exc {
	if k.Type() != ContextVarType {
		return objects.Errorf(objects.ExcTypeError, "a ContextVar key was expected, got %s", reprType(t, k))
	}
	return nil
}

func reprType(t *Thread, v Value) string {
	s, _ := objects.ReprString(t, v)
	return s
}
