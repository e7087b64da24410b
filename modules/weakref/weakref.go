// Package weakref is the native _weakref module: weak references and
// proxies built on Go's weak pointers.
//
// A weak reference holds a weak.Pointer to its referent. The first weak
// reference to an object registers a runtime cleanup on it; when the Go
// garbage collector finds the object unreachable, the cleanup queues the
// callbacks of the object's live weak references (most recent first) as
// pending calls, which the interpreter runs at its next safe point on a
// Python thread (so, as in PyPy, callbacks run after a collection rather
// than at the moment of the last `del`). gc.collect() forces a collection
// and runs them before returning (Collect).
package weakref

import (
	"fmt"
	"runtime"
	"strings"
	"sync"
	"weak"

	"taipan/modules/modutil"
	"taipan/objects"
	"taipan/vm"
)

type (
	Value  = objects.Value
	Exc    = objects.BaseException
	Thread = objects.Thread
	Tuple  = objects.Tuple
	hptr   = weak.Pointer[objects.Header]
)

var null = objects.Null

func errorf(typ *objects.Type, f string, a ...any) *Exc { return objects.Errorf(typ, f, a...) }

// Ref is a weak reference or a proxy. It begins with Header and Attrs so
// that instances of Python subclasses (KeyedRef, WeakMethod) carry
// attributes.
type Ref struct {
	objects.Header
	objects.Attrs
	wp       hptr
	callback Value
	hash     int64
	hashed   bool
}

var (
	refType           = objects.NewType("weakref", "ReferenceType", nil, objects.FlagBaseType|objects.FlagHasAttrs)
	proxyType         = objects.NewType("weakref", "ProxyType", nil, 0)
	callableProxyType = objects.NewType("weakref", "CallableProxyType", nil, 0)
)

// entry lists the weak references of one referent, oldest first.
type entry struct {
	refs []weak.Pointer[Ref]
}

var registry struct {
	sync.Mutex
	m map[hptr]*entry
}

func init() { registry.m = map[hptr]*entry{} }

// get returns the referent, or Null if it is dead.
func (r *Ref) get() Value {
	h := r.wp.Value()
	if h == nil {
		return null
	}
	return objects.Obj(h)
}

func checkWeakrefable(v Value) *Exc {
	if v.IsSmallInt() || v.IsFloat() || v.IsBool() || v.IsNone() || !objects.IsWeakrefable(v.Type()) {
		return errorf(objects.ExcTypeError, "cannot create weak reference to '%s' object", v.Type().Name)
	}
	return nil
}

// onDead runs on the cleanup goroutine when a referent was collected:
// the callbacks of its live weak references (most recent first) are
// queued to run under the GIL.
func onDead(key hptr) {
	registry.Lock()
	e := registry.m[key]
	delete(registry.m, key)
	registry.Unlock()
	if e == nil {
		return
	}
	objects.AddPendingCall(func(t *Thread) {
		for i := len(e.refs) - 1; i >= 0; i-- {
			if r := e.refs[i].Value(); r != nil {
				runCallback(t, r)
			}
		}
	})
}

func runCallback(t *Thread, r *Ref) {
	cb := r.callback
	r.callback = null
	if cb.IsNull() || cb.IsNone() {
		return
	}
	if _, err := objects.CallValue(t, cb, []Value{objects.Obj(r)}, nil); err != nil {
		WriteUnraisable(t, err, cb)
	}
}

// WriteUnraisable prints an exception that cannot be raised (in a
// callback) as CPython's default sys.unraisablehook does.
func WriteUnraisable(t *Thread, err *Exc, obj Value) {
	var sb strings.Builder
	if !obj.IsNull() {
		s, rerr := objects.ReprString(t, obj)
		if rerr != nil {
			s = "<object repr() failed>"
		}
		sb.WriteString("Exception ignored in: " + s + "\n")
	}
	vm.FormatException(t, err, &sb, map[*Exc]bool{})
	t.Stdout.Flush()
	fmt.Fprint(t.Stderr, sb.String())
}

// register records r as a weak reference to obj.
func register(obj Value, r *Ref) {
	registry.Lock()
	e := registry.m[r.wp]
	if e == nil {
		e = &entry{}
		registry.m[r.wp] = e
		runtime.AddCleanup((*objects.Header)(obj.Ptr()), onDead, r.wp)
	}
	live := e.refs[:0]
	for _, w := range e.refs {
		if w.Value() != nil {
			live = append(live, w)
		}
	}
	e.refs = append(live, weak.Make(r))
	registry.Unlock()
}

// liveRefs returns the live weak references to obj, oldest first.
func liveRefs(obj Value) []*Ref {
	if obj.IsSmallInt() || obj.IsFloat() || obj.IsBool() || obj.IsNone() || !objects.IsWeakrefable(obj.Type()) {
		return nil
	}
	key := weak.Make((*objects.Header)(obj.Ptr()))
	registry.Lock()
	defer registry.Unlock()
	e := registry.m[key]
	if e == nil {
		return nil
	}
	var out []*Ref
	for _, w := range e.refs {
		if r := w.Value(); r != nil {
			out = append(out, r)
		}
	}
	return out
}

func newRef(t *Thread, typ *objects.Type, obj, callback Value) (Value, *Exc) {
	if err := checkWeakrefable(obj); err != nil {
		return null, err
	}
	if callback.IsNone() {
		callback = null
	}
	basic := typ == refType || typ == proxyType || typ == callableProxyType
	if callback.IsNull() && basic {
		for _, r := range liveRefs(obj) {
			if r.Type() == typ && r.callback.IsNull() {
				return objects.Obj(r), nil
			}
		}
	}
	r := &Ref{wp: weak.Make((*objects.Header)(obj.Ptr())), callback: callback}
	r.SetType(typ)
	if typ.RootMap != nil {
		r.Attrs = objects.Attrs{Map: typ.RootMap, Slots: objects.NewSlots(typ.RootMap)}
	}
	register(obj, r)
	return objects.Obj(r), nil
}

func refNew(t *Thread, typ *objects.Type, args []Value, kw *Tuple) (Value, *Exc) {
	pos, _ := objects.SplitArgs(args, kw)
	if kw.Len() > 0 && !typ.IsHeapType() {
		return null, errorf(objects.ExcTypeError, "ref() takes no keyword arguments")
	}
	if len(pos) < 1 || len(pos) > 2 && !typ.IsHeapType() {
		return null, modutil.Arity("__new__", pos, nil, 1, 2)
	}
	cb := null
	if len(pos) > 1 {
		cb = pos[1]
	}
	return newRef(t, typ, pos[0], cb)
}

func refInit(t *Thread, self Value, args []Value, kw *Tuple) *Exc {
	if self.Type() == refType {
		pos, _ := objects.SplitArgs(args, kw)
		if len(pos) < 1 || len(pos) > 2 {
			return modutil.Arity("__init__", pos, nil, 1, 2)
		}
	}
	return nil
}

func refCall(t *Thread, callable Value, args []Value, kw *Tuple) (Value, *Exc) {
	if kw.Len() > 0 {
		return null, errorf(objects.ExcTypeError, "weakref() takes no keyword arguments")
	}
	if len(args) != 0 {
		return null, errorf(objects.ExcTypeError, "weakref expected 0 arguments, got %d", len(args))
	}
	o := objects.As[Ref](callable).get()
	if o.IsNull() {
		return objects.None, nil
	}
	return o, nil
}

func refHash(t *Thread, v Value) (int64, *Exc) {
	r := objects.As[Ref](v)
	if r.hashed {
		return r.hash, nil
	}
	o := r.get()
	if o.IsNull() {
		return 0, errorf(objects.ExcTypeError, "weak object has gone away")
	}
	h, err := objects.Hash(t, o)
	if err != nil {
		return 0, err
	}
	r.hash, r.hashed = h, true
	return h, nil
}

func refCompare(t *Thread, a, b Value, op objects.CompareOp) (Value, *Exc) {
	if (op != objects.CmpEq && op != objects.CmpNe) || !b.IsInstance(refType) {
		return objects.NotImplemented, nil
	}
	x, y := objects.As[Ref](a).get(), objects.As[Ref](b).get()
	if x.IsNull() || y.IsNull() {
		same := a.Is(b)
		if op == objects.CmpNe {
			same = !same
		}
		return objects.Bool(same), nil
	}
	return objects.RichCompare(t, x, y, op)
}

func refRepr(t *Thread, v Value) (Value, *Exc) {
	r := objects.As[Ref](v)
	o := r.get()
	if o.IsNull() {
		return objects.NewStrValue(fmt.Sprintf("<weakref at %p; dead>", v.Ptr())), nil
	}
	tn := o.Type().Name
	if o.Type().Flags&objects.FlagHeapType == 0 && o.Type().Module != "builtins" && o.Type().Module != "" {
		tn = o.Type().Module + "." + tn
	}
	if name, err := objects.GetAttrString(t, o, "__name__"); err == nil && name.IsInstance(objects.StrType) {
		return objects.NewStrValue(fmt.Sprintf("<weakref at %p; to '%s' at %p (%s)>", v.Ptr(), tn, o.Ptr(), objects.As[objects.Str](name).S)), nil
	}
	return objects.NewStrValue(fmt.Sprintf("<weakref at %p; to '%s' at %p>", v.Ptr(), tn, o.Ptr())), nil
}

// ---- proxies ----

func deadErr() *Exc {
	return errorf(objects.ExcReferenceError, "weakly-referenced object no longer exists")
}

func referent(v Value) (Value, *Exc) {
	o := objects.As[Ref](v).get()
	if o.IsNull() {
		return null, deadErr()
	}
	return o, nil
}

func isProxy(v Value) bool { return v.Type() == proxyType || v.Type() == callableProxyType }

// unwrap replaces a proxy operand by its referent.
func unwrap(v Value) (Value, *Exc) {
	if isProxy(v) {
		return referent(v)
	}
	return v, nil
}

func proxyNew(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
	if err := modutil.Arity("proxy", args, kw, 1, 2); err != nil {
		return null, err
	}
	cb := null
	if len(args) == 2 {
		cb = args[1]
	}
	typ := proxyType
	if args[0].Type().Call != nil {
		typ = callableProxyType
	}
	return newRef(t, typ, args[0], cb)
}

func setupProxy(typ *objects.Type) {
	typ.GetAttr = func(t *Thread, v Value, name *objects.Str) (Value, *Exc) {
		o, err := referent(v)
		if err != nil {
			return null, err
		}
		return objects.GetAttr(t, o, name)
	}
	typ.SetAttr = func(t *Thread, v Value, name *objects.Str, val Value) *Exc {
		o, err := referent(v)
		if err != nil {
			return err
		}
		return objects.SetAttr(t, o, name, val)
	}
	typ.Repr = func(t *Thread, v Value) (Value, *Exc) {
		o := objects.As[Ref](v).get()
		if o.IsNull() {
			o = objects.None
			return objects.NewStrValue(fmt.Sprintf("<weakproxy at %p to NoneType at %p>", v.Ptr(), o.Ptr())), nil
		}
		return objects.NewStrValue(fmt.Sprintf("<weakproxy at %p to %s at %p>", v.Ptr(), o.Type().Name, o.Ptr())), nil
	}
	typ.Str = func(t *Thread, v Value) (Value, *Exc) {
		o, err := referent(v)
		if err != nil {
			return null, err
		}
		return objects.Str_(t, o)
	}
	typ.Hash = func(t *Thread, v Value) (int64, *Exc) {
		return 0, errorf(objects.ExcTypeError, "unhashable type: 'weakref.%s'", v.Type().Name)
	}
	typ.RichCompare = func(t *Thread, a, b Value, op objects.CompareOp) (Value, *Exc) {
		x, err := unwrap(a)
		if err != nil {
			return null, err
		}
		y, err := unwrap(b)
		if err != nil {
			return null, err
		}
		return objects.RichCompare(t, x, y, op)
	}
	typ.Bool = func(t *Thread, v Value) (bool, *Exc) {
		o, err := referent(v)
		if err != nil {
			return false, err
		}
		return objects.Truth(t, o)
	}
	typ.Len = func(t *Thread, v Value) (int, *Exc) {
		o, err := referent(v)
		if err != nil {
			return 0, err
		}
		return objects.Len(t, o)
	}
	typ.Iter = func(t *Thread, v Value) (Value, *Exc) {
		o, err := referent(v)
		if err != nil {
			return null, err
		}
		return objects.GetIter(t, o)
	}
	typ.GetItem = func(t *Thread, o, k Value) (Value, *Exc) {
		x, err := referent(o)
		if err != nil {
			return null, err
		}
		return objects.GetItem(t, x, k)
	}
	typ.SetItem = func(t *Thread, o, k, v Value) *Exc {
		x, err := referent(o)
		if err != nil {
			return err
		}
		if v.IsNull() {
			return objects.DelItem(t, x, k)
		}
		return objects.SetItem(t, x, k, v)
	}
	typ.Contains = func(t *Thread, o, x Value) (bool, *Exc) {
		y, err := referent(o)
		if err != nil {
			return false, err
		}
		return objects.Contains(t, y, x)
	}
	for op := objects.BinOp(0); op < objects.NumBinOps; op++ {
		op := op
		typ.NB[op] = func(t *Thread, a, b Value) (Value, *Exc) {
			x, err := unwrap(a)
			if err != nil {
				return null, err
			}
			y, err := unwrap(b)
			if err != nil {
				return null, err
			}
			return objects.BinaryOp(t, op, x, y)
		}
		typ.INB[op] = func(t *Thread, a, b Value) (Value, *Exc) {
			x, err := unwrap(a)
			if err != nil {
				return null, err
			}
			y, err := unwrap(b)
			if err != nil {
				return null, err
			}
			return objects.InplaceOp(t, op, x, y)
		}
	}
	un := func(f func(t *Thread, v Value) (Value, *Exc)) objects.UnaryFunc {
		return func(t *Thread, v Value) (Value, *Exc) {
			o, err := referent(v)
			if err != nil {
				return null, err
			}
			return f(t, o)
		}
	}
	typ.Neg = un(objects.Neg)
	typ.Pos = un(objects.Pos)
	typ.Invert = un(objects.Invert)
	typ.Abs = un(func(t *Thread, v Value) (Value, *Exc) { return objects.Unary(t, v, v.Type().Abs, "abs()") })
	typ.Index = un(objects.Index)
	typ.Int = un(func(t *Thread, v Value) (Value, *Exc) { return objects.ToInt(t, v) })
	typ.Float = un(func(t *Thread, v Value) (Value, *Exc) {
		f, err := modutil.ToFloat(t, v)
		return objects.Float(f), err
	})
	typ.AddMethod("__reversed__", func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		o, err := referent(self)
		if err != nil {
			return null, err
		}
		r, _, err := objects.CallDunder(t, o, "__reversed__")
		return r, err
	})
	typ.AddMethod("__bytes__", func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		o, err := referent(self)
		if err != nil {
			return null, err
		}
		r, _, err := objects.CallDunder(t, o, "__bytes__")
		return r, err
	})
	typ.SetAttrString("__hash__", objects.None)
}

// ---- module functions ----

func getweakrefcount(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
	if err := modutil.One("_weakref.getweakrefcount", args, kw); err != nil {
		return null, err
	}
	return objects.Int(int64(len(liveRefs(args[0])))), nil
}

func getweakrefs(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
	if err := modutil.One("getweakrefs", args, kw); err != nil {
		return null, err
	}
	refs := liveRefs(args[0])
	out := make([]Value, len(refs))
	for i, r := range refs {
		out[i] = objects.Obj(r)
	}
	return objects.NewListValue(out), nil
}

func removeDeadWeakref(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
	if err := modutil.Arity("_remove_dead_weakref", args, kw, 2, 2); err != nil {
		return null, err
	}
	if !args[0].IsInstance(objects.DictType) {
		return null, errorf(objects.ExcTypeError, "_remove_dead_weakref() argument 1 must be dict, not %s", args[0].Type().Name)
	}
	d := objects.As[objects.Dict](args[0])
	v, ok, err := d.GetItem(t, args[1])
	if err != nil || !ok {
		return objects.None, err
	}
	if v.IsInstance(refType) && objects.As[Ref](v).get().IsNull() {
		if _, err := d.DelItem(t, args[1]); err != nil {
			return null, err
		}
	}
	return objects.None, nil
}

// Collect runs a full Go garbage collection, waits until the cleanups
// it queued have run and then runs the resulting weakref callbacks:
// what gc.collect() does in Taipan.
func Collect(t *Thread) {
	if t != nil {
		t.ClearDeadRegisters()
	}
	runtime.GC()
	done := make(chan struct{})
	sentinel := new([16]byte)
	runtime.AddCleanup(&sentinel[0], func(c chan struct{}) { close(c) }, done)
	sentinel = nil
	if !objects.HasDelFinalizers() {
		runtime.GC()
		<-done
	} else {
		// __del__ finalizers (objects.setDelFinalizer) run on Go's
		// finalizer goroutine, which takes the whole queue at once: when
		// a sentinel finalizer of this collection has run, the batch is
		// taken, and a second sentinel (queued by one more collection)
		// runs after the whole batch.
		waitFinalizers := func() {
			fdone := make(chan struct{})
			fs := new([16]byte)
			runtime.SetFinalizer(fs, func(*[16]byte) { close(fdone) })
			fs = nil
			runtime.GC()
			<-fdone
		}
		waitFinalizers()
		<-done
		waitFinalizers()
	}
	objects.RunPendingCalls(t)
}

func init() {
	for _, typ := range []*objects.Type{objects.FunctionType, objects.TypeType, objects.SetType, objects.FrozenSetType,
		objects.BuiltinFunctionType, objects.MethodType, objects.ModuleType, objects.CodeType, vm.GeneratorType,
		objects.MemoryViewType, objects.GenericAliasType} {
		typ.Flags |= objects.FlagWeakrefable
	}

	objects.WriteUnraisableHook = WriteUnraisable
	refType.New = refNew
	refType.Init = refInit
	refType.Call = refCall
	refType.Hash = refHash
	refType.RichCompare = refCompare
	refType.Repr = refRepr
	refType.SetAttr = func(t *Thread, v Value, name *objects.Str, val Value) *Exc {
		if v.Type() == refType {
			return errorf(objects.ExcAttributeError, "'weakref.ReferenceType' object has no attribute '%s'", name.S)
		}
		return objects.GenericSetAttr(t, v, name, val)
	}
	refType.SetAttrString("__callback__", modutil.GetSet("weakref.ReferenceType", "__callback__", func(t *Thread, self Value) (Value, *Exc) {
		r := objects.As[Ref](self)
		if r.callback.IsNull() || r.get().IsNull() {
			return objects.None, nil
		}
		return r.callback, nil
	}, nil))
	refType.SetAttrString("__class_getitem__", modutil.ClassGetItem(refType))
	refType.Finish()
	setupProxy(proxyType)
	setupProxy(callableProxyType)
	callableProxyType.Call = func(t *Thread, callable Value, args []Value, kw *Tuple) (Value, *Exc) {
		o, err := referent(callable)
		if err != nil {
			return null, err
		}
		return objects.CallValue(t, o, args, kw)
	}
	proxyType.Finish()
	callableProxyType.Finish()

	objects.RegisterModule("_weakref", func(t *Thread, m *objects.Module) *Exc {
		m.Set("__doc__", objects.NewStrValue("Weak-reference support module."))
		m.Set("ref", objects.Obj(refType))
		m.Set("ReferenceType", objects.Obj(refType))
		m.Set("ProxyType", objects.Obj(proxyType))
		m.Set("CallableProxyType", objects.Obj(callableProxyType))
		m.Set("proxy", modutil.Builtin("_weakref", "proxy", proxyNew))
		m.Set("getweakrefcount", modutil.Builtin("_weakref", "getweakrefcount", getweakrefcount))
		m.Set("getweakrefs", modutil.Builtin("_weakref", "getweakrefs", getweakrefs))
		m.Set("_remove_dead_weakref", modutil.Builtin("_weakref", "_remove_dead_weakref", removeDeadWeakref))
		return nil
	})
}

// NewRef returns weakref.ref(obj) (for other native modules).
func NewRef(t *Thread, obj Value) (Value, *Exc) { return newRef(t, refType, obj, null) }
