// Package contextvars is the native _contextvars module: ContextVar,
// Token, Context and copy_context. A Context is an immutable mapping
// replaced on every set (copy on write); each Python thread has its own
// current context.
package contextvars

import (
	"fmt"
	"sync"

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

// vars is an immutable variable -> value mapping in insertion order.
type vars struct {
	keys []*ContextVar
	vals map[*ContextVar]Value
}

func (m *vars) with(k *ContextVar, v Value) *vars {
	n := &vars{vals: make(map[*ContextVar]Value, len(m.vals)+1)}
	for kk, vv := range m.vals {
		n.vals[kk] = vv
	}
	n.keys = m.keys
	if _, ok := m.vals[k]; !ok {
		n.keys = append(append([]*ContextVar(nil), m.keys...), k)
	}
	n.vals[k] = v
	return n
}

func (m *vars) without(k *ContextVar) *vars {
	if _, ok := m.vals[k]; !ok {
		return m
	}
	n := &vars{vals: make(map[*ContextVar]Value, len(m.vals))}
	for _, kk := range m.keys {
		if kk != k {
			n.keys = append(n.keys, kk)
			n.vals[kk] = m.vals[kk]
		}
	}
	return n
}

var emptyVars = &vars{vals: map[*ContextVar]Value{}}

// Context is contextvars.Context.
type Context struct {
	objects.Header
	m       *vars
	prev    *Context
	entered bool
}

// ContextVar is contextvars.ContextVar.
type ContextVar struct {
	objects.Header
	name Value
	dflt Value // Null: none
}

// Token is contextvars.Token.
type Token struct {
	objects.Header
	ctx  *Context
	v    *ContextVar
	old  Value // Null: MISSING
	used bool
}

var (
	contextType = objects.NewType("_contextvars", "Context", nil, 0)
	varType     = objects.NewType("_contextvars", "ContextVar", nil, 0)
	tokenType   = objects.NewType("_contextvars", "Token", nil, 0)
	missingType = objects.NewType("_contextvars", "Token.MISSING", nil, 0)
	missing     = &objects.Instance{}
)

var (
	curMu   sync.Mutex
	current = map[*Thread]*Context{}
)

func newContext(m *vars) *Context {
	c := &Context{m: m}
	c.SetType(contextType)
	return c
}

// cur returns the thread's current context (created empty on first use).
func cur(t *Thread) *Context {
	curMu.Lock()
	defer curMu.Unlock()
	c := current[t]
	if c == nil {
		c = newContext(emptyVars)
		current[t] = c
	}
	return c
}

func setCur(t *Thread, c *Context) {
	curMu.Lock()
	current[t] = c
	curMu.Unlock()
}

func varRepr(t *Thread, v Value) (Value, *Exc) {
	cv := objects.As[ContextVar](v)
	n, err := objects.ReprString(t, cv.name)
	if err != nil {
		return null, err
	}
	s := "<ContextVar name=" + n
	if !cv.dflt.IsNull() {
		d, err := objects.ReprString(t, cv.dflt)
		if err != nil {
			return null, err
		}
		s += " default=" + d
	}
	return objects.NewStrValue(fmt.Sprintf("%s at %p>", s, v.Ptr())), nil
}

var varNames = []string{"name", "default"}

func varNew(t *Thread, typ *objects.Type, args []Value, kw *Tuple) (Value, *Exc) {
	if n := len(args) - kw.Len(); n != 1 {
		if n == 0 {
			return null, errorf(objects.ExcTypeError, "ContextVar() takes exactly 1 positional argument (0 given)")
		}
		return null, errorf(objects.ExcTypeError, "ContextVar() takes at most 1 positional argument (%d given)", n)
	}
	if len(args) > 2 {
		return null, errorf(objects.ExcTypeError, "ContextVar() takes at most 2 arguments (%d given)", len(args))
	}
	var p [2]Value
	if err := modutil.ParamsInto(p[:], "ContextVar", args, kw, varNames, 1, 1); err != nil {
		return null, err
	}
	if !p[0].IsInstance(objects.StrType) {
		return null, errorf(objects.ExcTypeError, "context variable name must be a str")
	}
	v := &ContextVar{name: p[0], dflt: p[1]}
	v.SetType(typ)
	return objects.Obj(v), nil
}

func lookupErr(t *Thread, v Value) *Exc {
	return objects.NewException(objects.ExcLookupError, v)
}

func varGet(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
	if err := modutil.Arity("get", args, kw, 0, 1); err != nil {
		return null, err
	}
	v := objects.As[ContextVar](self)
	if x, ok := cur(t).m.vals[v]; ok {
		return x, nil
	}
	if len(args) == 1 {
		return args[0], nil
	}
	if !v.dflt.IsNull() {
		return v.dflt, nil
	}
	return null, lookupErr(t, self)
}

func varSet(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
	if err := modutil.One("ContextVar.set", args, kw); err != nil {
		return null, err
	}
	v := objects.As[ContextVar](self)
	c := cur(t)
	tok := &Token{ctx: c, v: v}
	if old, ok := c.m.vals[v]; ok {
		tok.old = old
	}
	tok.SetType(tokenType)
	c.m = c.m.with(v, args[0])
	return objects.Obj(tok), nil
}

func tokenReprString(t *Thread, tv Value) string {
	tok := objects.As[Token](tv)
	vr, _ := varRepr(t, objects.Obj(tok.v))
	used := ""
	if tok.used {
		used = " used"
	}
	return fmt.Sprintf("<Token%s var=%s at %p>", used, objects.As[objects.Str](vr).S, tv.Ptr())
}

func varReset(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
	if err := modutil.One("ContextVar.reset", args, kw); err != nil {
		return null, err
	}
	if args[0].Type() != tokenType {
		r, err := objects.ReprString(t, args[0])
		if err != nil {
			return null, err
		}
		return null, errorf(objects.ExcTypeError, "expected an instance of Token, got %s", r)
	}
	v := objects.As[ContextVar](self)
	tok := objects.As[Token](args[0])
	if tok.used {
		return null, errorf(objects.ExcRuntimeError, "%s has already been used once", tokenReprString(t, args[0]))
	}
	if tok.v != v {
		return null, errorf(objects.ExcValueError, "%s was created by a different ContextVar", tokenReprString(t, args[0]))
	}
	c := cur(t)
	if tok.ctx != c {
		return null, errorf(objects.ExcValueError, "%s was created in a different Context", tokenReprString(t, args[0]))
	}
	tok.used = true
	if tok.old.IsNull() {
		c.m = c.m.without(v)
	} else {
		c.m = c.m.with(v, tok.old)
	}
	return objects.None, nil
}

func ctxKey(t *Thread, v Value) (*ContextVar, *Exc) {
	if v.Type() != varType {
		r, err := objects.ReprString(t, v)
		if err != nil {
			return nil, err
		}
		return nil, errorf(objects.ExcTypeError, "a ContextVar key was expected, got %s", r)
	}
	return objects.As[ContextVar](v), nil
}

func ctxRun(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
	if len(args)-kw.Len() < 1 {
		return null, errorf(objects.ExcTypeError, "run() missing 1 required positional argument")
	}
	c := objects.As[Context](self)
	if c.entered {
		r, _ := objects.ReprString(t, self)
		return null, errorf(objects.ExcRuntimeError, "cannot enter context: %s is already entered", r)
	}
	c.entered = true
	c.prev = cur(t)
	setCur(t, c)
	r, err := objects.CallValue(t, args[0], args[1:], kw)
	setCur(t, c.prev)
	c.prev, c.entered = nil, false
	return r, err
}

func init() {
	missing.SetType(missingType)
	missingType.Module = "builtins"
	missingType.Repr = func(t *Thread, v Value) (Value, *Exc) { return objects.NewStrValue("<Token.MISSING>"), nil }
	missingType.Finish()

	varType.New = varNew
	varType.Repr = varRepr
	varType.AddMethod("get", varGet)
	varType.AddMethod("set", varSet)
	varType.AddMethod("reset", varReset)
	varType.SetAttrString("name", modutil.GetSet("_contextvars.ContextVar", "name", func(t *Thread, self Value) (Value, *Exc) {
		return objects.As[ContextVar](self).name, nil
	}, nil))
	varType.SetAttrString("__class_getitem__", modutil.ClassGetItem(varType))
	varType.Finish()

	tokenType.New = func(t *Thread, typ *objects.Type, args []Value, kw *Tuple) (Value, *Exc) {
		return null, errorf(objects.ExcRuntimeError, "Tokens can only be created by ContextVars")
	}
	tokenType.Repr = func(t *Thread, v Value) (Value, *Exc) { return objects.NewStrValue(tokenReprString(t, v)), nil }
	tokenType.SetAttrString("var", modutil.GetSet("_contextvars.Token", "var", func(t *Thread, self Value) (Value, *Exc) {
		return objects.Obj(objects.As[Token](self).v), nil
	}, nil))
	tokenType.SetAttrString("old_value", modutil.GetSet("_contextvars.Token", "old_value", func(t *Thread, self Value) (Value, *Exc) {
		if o := objects.As[Token](self).old; !o.IsNull() {
			return o, nil
		}
		return objects.Obj(missing), nil
	}, nil))
	tokenType.SetAttrString("MISSING", objects.Obj(missing))
	tokenType.SetAttrString("__class_getitem__", modutil.ClassGetItem(tokenType))
	tokenType.Finish()

	contextType.New = func(t *Thread, typ *objects.Type, args []Value, kw *Tuple) (Value, *Exc) {
		if len(args) > 0 {
			return null, errorf(objects.ExcTypeError, "Context() does not accept any arguments")
		}
		return objects.Obj(newContext(emptyVars)), nil
	}
	contextType.GetItem = func(t *Thread, o, k Value) (Value, *Exc) {
		v, err := ctxKey(t, k)
		if err != nil {
			return null, err
		}
		if x, ok := objects.As[Context](o).m.vals[v]; ok {
			return x, nil
		}
		return null, objects.NewException(objects.ExcKeyError, k)
	}
	contextType.Contains = func(t *Thread, o, k Value) (bool, *Exc) {
		v, err := ctxKey(t, k)
		if err != nil {
			return false, err
		}
		_, ok := objects.As[Context](o).m.vals[v]
		return ok, nil
	}
	contextType.Len = func(t *Thread, v Value) (int, *Exc) { return len(objects.As[Context](v).m.keys), nil }
	keys := func(c *Context) []Value {
		out := make([]Value, len(c.m.keys))
		for i, k := range c.m.keys {
			out[i] = objects.Obj(k)
		}
		return out
	}
	contextType.Iter = func(t *Thread, v Value) (Value, *Exc) {
		return objects.GetIter(t, objects.NewTupleValue(keys(objects.As[Context](v))))
	}
	contextType.AddMethod("get", func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		if err := modutil.Arity("get", args, kw, 1, 2); err != nil {
			return null, err
		}
		v, err := ctxKey(t, args[0])
		if err != nil {
			return null, err
		}
		if x, ok := objects.As[Context](self).m.vals[v]; ok {
			return x, nil
		}
		if len(args) == 2 {
			return args[1], nil
		}
		return objects.None, nil
	})
	contextType.AddMethod("keys", func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		return objects.NewListValue(keys(objects.As[Context](self))), nil
	})
	contextType.AddMethod("values", func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		c := objects.As[Context](self)
		out := make([]Value, len(c.m.keys))
		for i, k := range c.m.keys {
			out[i] = c.m.vals[k]
		}
		return objects.NewListValue(out), nil
	})
	contextType.AddMethod("items", func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		c := objects.As[Context](self)
		out := make([]Value, len(c.m.keys))
		for i, k := range c.m.keys {
			out[i] = objects.Tuple2(objects.Obj(k), c.m.vals[k])
		}
		return objects.NewListValue(out), nil
	})
	contextType.AddMethod("copy", func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		return objects.Obj(newContext(objects.As[Context](self).m)), nil
	})
	contextType.AddMethod("run", ctxRun)
	contextType.SetAttrString("__hash__", objects.None)
	contextType.Hash = func(t *Thread, v Value) (int64, *Exc) {
		return 0, errorf(objects.ExcTypeError, "unhashable type: '_contextvars.Context'")
	}
	contextType.Finish()

	objects.RegisterModule("_contextvars", func(t *Thread, m *objects.Module) *Exc {
		m.Set("__doc__", objects.NewStrValue("Context Variables"))
		m.Set("ContextVar", objects.Obj(varType))
		m.Set("Token", objects.Obj(tokenType))
		m.Set("Context", objects.Obj(contextType))
		m.Set("copy_context", modutil.Builtin("_contextvars", "copy_context", func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
			if err := modutil.Arity("copy_context", args, kw, 0, 0); err != nil {
				return null, err
			}
			return objects.Obj(newContext(cur(t).m)), nil
		}))
		return nil
	})
}
