// Package thread is the native _thread module. Python threads are
// goroutines, each with its own objects.Thread; they take turns under
// the global interpreter lock (objects/gil.go), which a thread releases
// while it blocks on a lock, a sleep or I/O.
package thread

import (
	"fmt"
	"math"
	"strings"
	"sync"
	"sync/atomic"
	"time"
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
)

var null = objects.Null

func errorf(typ *objects.Type, f string, a ...any) *Exc { return objects.Errorf(typ, f, a...) }

// ---- thread identities ----

var (
	identMu   sync.Mutex
	idents    = map[*Thread]int64{}
	nextIdent atomic.Int64
	running   atomic.Int64 // threads started by start_new_thread and still running
	sentinels = map[*Thread][]*Lock{}
)

func init() { nextIdent.Store(139912345600000) }

// Ident returns the thread identifier of t (get_ident()).
func Ident(t *Thread) int64 {
	identMu.Lock()
	defer identMu.Unlock()
	id, ok := idents[t]
	if !ok {
		id = nextIdent.Add(4096)
		idents[t] = id
	}
	return id
}

// ---- locks ----

// Lock is _thread.lock: a binary semaphore any thread may release.
type Lock struct {
	objects.Header
	ch chan struct{}
}

var lockType = objects.NewType("_thread", "lock", nil, 0)

// NewLock returns an unlocked lock.
func NewLock() *Lock {
	l := &Lock{ch: make(chan struct{}, 1)}
	l.SetType(lockType)
	return l
}

func (l *Lock) tryAcquire() bool {
	select {
	case l.ch <- struct{}{}:
		return true
	default:
		return false
	}
}

// acquire waits up to timeout (negative: forever) with the GIL released.
func (l *Lock) acquire(t *Thread, blocking bool, timeout float64) bool {
	if l.tryAcquire() {
		return true
	}
	if !blocking {
		return false
	}
	ok := false
	objects.Blocking(t, func() {
		if timeout < 0 {
			l.ch <- struct{}{}
			ok = true
			return
		}
		timer := time.NewTimer(time.Duration(timeout * float64(time.Second)))
		defer timer.Stop()
		select {
		case l.ch <- struct{}{}:
			ok = true
		case <-timer.C:
		}
	})
	return ok
}

func (l *Lock) release() bool {
	select {
	case <-l.ch:
		return true
	default:
		return false
	}
}

func (l *Lock) locked() bool { return len(l.ch) == 1 }

// TIMEOUT_MAX as CPython computes it on 64-bit Linux.
const timeoutMax = float64(math.MaxInt64 / 1000 / 1000000) // whole seconds, as CPython rounds it

var acquireNames = []string{"blocking", "timeout"}

func parseAcquire(t *Thread, args []Value, kw *Tuple) (bool, float64, *Exc) {
	var p [2]Value
	if n := len(args) - kw.Len(); n > 2 {
		return false, 0, errorf(objects.ExcTypeError, "acquire() takes at most 2 arguments (%d given)", n)
	}
	if err := modutil.ParamsInto(p[:], "acquire", args, kw, acquireNames, 2, 0); err != nil {
		return false, 0, err
	}
	blocking := true
	if !p[0].IsNull() {
		b, err := objects.Truth(t, p[0])
		if err != nil {
			return false, 0, err
		}
		blocking = b
	}
	timeout := -1.0
	if !p[1].IsNull() {
		f, err := modutil.ToFloat(t, p[1])
		if err != nil {
			return false, 0, err
		}
		timeout = f
	}
	if !blocking && timeout != -1 {
		return false, 0, errorf(objects.ExcValueError, "can't specify a timeout for a non-blocking call")
	}
	if timeout < 0 && timeout != -1 {
		return false, 0, errorf(objects.ExcValueError, "timeout value must be positive")
	}
	if timeout > timeoutMax {
		return false, 0, errorf(objects.ExcOverflowError, "timeout value is too large")
	}
	return blocking, timeout, nil
}

// ---- RLock ----

// RLock is _thread.RLock: a lock its owner may take repeatedly.
type RLock struct {
	objects.Header
	lock  *Lock
	owner *Thread
	count int64
}

var rlockType = objects.NewType("_thread", "RLock", nil, objects.FlagBaseType)

func (r *RLock) acquire(t *Thread, blocking bool, timeout float64) (bool, *Exc) {
	if r.count > 0 && r.owner == t {
		r.count++
		return true, nil
	}
	if !r.lock.acquire(t, blocking, timeout) {
		return false, nil
	}
	r.owner, r.count = t, 1
	return true, nil
}

func (r *RLock) release(t *Thread) *Exc {
	if r.count == 0 || r.owner != t {
		return errorf(objects.ExcRuntimeError, "cannot release un-acquired lock")
	}
	r.count--
	if r.count == 0 {
		r.owner = nil
		r.lock.release()
	}
	return nil
}

// ---- thread-local data ----

// local is _thread._local: each thread sees its own attributes. The
// object's Attrs hold the attributes of the thread that touched it
// last; they are swapped when another thread accesses it.
type local struct {
	objects.Header
	objects.Attrs
	owner   *Thread
	others  map[*Thread]objects.Attrs
	args    []Value
	kwnames *Tuple
}

var localType = objects.NewType("_thread", "_local", nil, objects.FlagBaseType|objects.FlagHasAttrs)

var (
	localsMu sync.Mutex
	locals   []weak.Pointer[local]
)

// switchTo loads t's attributes; the first access from a thread calls
// the subclass's __init__ with the constructor's arguments.
func (l *local) switchTo(t *Thread) *Exc {
	if l.owner == t {
		return nil
	}
	if l.owner != nil {
		l.others[l.owner] = l.Attrs
	}
	a, seen := l.others[t]
	delete(l.others, t)
	if !seen {
		typ := l.Type()
		a = objects.Attrs{Map: typ.RootMap, Slots: objects.NewSlots(typ.RootMap)}
	}
	l.Attrs, l.owner = a, t
	if !seen && l.Type() != localType && l.Type().Init != nil {
		return l.Type().Init(t, objects.Obj(l), l.args, l.kwnames)
	}
	return nil
}

// forget drops the attributes a finished thread kept in every local.
func forget(t *Thread) {
	localsMu.Lock()
	live := locals[:0]
	var ls []*local
	for _, w := range locals {
		if l := w.Value(); l != nil {
			live = append(live, w)
			ls = append(ls, l)
		}
	}
	locals = live
	localsMu.Unlock()
	for _, l := range ls {
		delete(l.others, t)
		if l.owner == t {
			l.owner = nil
			l.Attrs = objects.Attrs{}
		}
	}
}

// ---- start_new_thread ----

func startNewThread(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
	if err := modutil.Arity("start_new_thread", args, kw, 2, 3); err != nil {
		return null, err
	}
	fn := args[0]
	if fn.Type().Call == nil {
		return null, errorf(objects.ExcTypeError, "first arg must be callable")
	}
	if !args[1].IsInstance(objects.TupleType) {
		return null, errorf(objects.ExcTypeError, "2nd arg must be a tuple")
	}
	var kwargs *objects.Dict
	if len(args) == 3 {
		if !args[2].IsInstance(objects.DictType) {
			return null, errorf(objects.ExcTypeError, "optional 3rd arg must be a dictionary")
		}
		kwargs = objects.As[objects.Dict](args[2])
	}
	callArgs := append([]Value(nil), objects.As[Tuple](args[1]).Items...)
	var kwnames *Tuple
	if kwargs != nil && kwargs.Len() > 0 {
		var names []Value
		kwargs.Items(func(k, v Value) bool {
			names = append(names, k)
			callArgs = append(callArgs, v)
			return true
		})
		kwnames = objects.NewTuple(names)
	}
	nt := objects.NewThread(1 << 14)
	nt.Stdout, nt.Stderr = t.Stdout, t.Stderr
	nt.RecursionLimit = t.RecursionLimit
	id := Ident(nt)
	objects.EnableGIL()
	running.Add(1)
	go runThread(nt, fn, callArgs, kwnames)
	return objects.Int(id), nil
}

func runThread(t *Thread, fn Value, args []Value, kwnames *Tuple) {
	objects.AcquireGIL(t)
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprintf(t.Stderr, "Fatal Python error: internal error in thread: %v\n", r)
		}
		finishThread(t)
		running.Add(-1)
		objects.ReleaseGIL(t)
	}()
	_, err := objects.CallValue(t, fn, args, kwnames)
	if err != nil && !err.Matches(objects.ExcSystemExit) {
		var sb strings.Builder
		s, rerr := objects.ReprString(t, fn)
		if rerr != nil {
			s = "<object repr() failed>"
		}
		sb.WriteString("Exception ignored in thread started by: " + s + "\n")
		vm.FormatException(t, err, &sb, map[*Exc]bool{})
		t.Stdout.Flush()
		fmt.Fprint(t.Stderr, sb.String())
	}
}

func finishThread(t *Thread) {
	identMu.Lock()
	ls := sentinels[t]
	delete(sentinels, t)
	delete(idents, t)
	identMu.Unlock()
	for _, l := range ls {
		l.release()
	}
	forget(t)
}

// ---- _ExceptHookArgs and _excepthook ----

var hookArgsType = objects.NewType("_thread", "_ExceptHookArgs", objects.TupleType, 0)

var hookFields = []string{"exc_type", "exc_value", "exc_traceback", "thread"}

func excepthook(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
	if err := modutil.One("_thread._excepthook", args, kw); err != nil {
		return null, err
	}
	a := args[0]
	if a.Type() != hookArgsType {
		return null, errorf(objects.ExcTypeError, "_thread._excepthook argument type must be ExceptHookArgs")
	}
	items := objects.As[Tuple](a).Items
	if items[0].Is(objects.Obj(objects.ExcSystemExit)) {
		return objects.None, nil
	}
	var sb strings.Builder
	name := ""
	if !items[3].IsNone() {
		if n, err := objects.GetAttrString(t, items[3], "name"); err == nil {
			name, _ = objects.StrString(t, n)
		}
	}
	if name == "" {
		name = fmt.Sprint(Ident(t))
	}
	sb.WriteString("Exception in thread " + name + ":\n")
	if items[1].Type().Flags&objects.FlagException != 0 {
		vm.FormatException(t, objects.As[Exc](items[1]), &sb, map[*Exc]bool{})
	} else {
		s, _ := objects.StrString(t, items[1])
		sb.WriteString(s + "\n")
	}
	t.Stdout.Flush()
	stderr := Value(null)
	if sys, err := vm.ImportHook(t, "sys", nil, objects.None); err == nil {
		stderr, _ = objects.GetAttrString(t, sys, "stderr")
	}
	if !stderr.IsNull() && !stderr.IsNone() {
		if _, err := objects.CallMethod(t, stderr, "write", objects.NewStrValue(sb.String())); err == nil {
			objects.CallMethod(t, stderr, "flush")
			return objects.None, nil
		}
	}
	fmt.Fprint(t.Stderr, sb.String())
	return objects.None, nil
}

// shutdown runs threading._shutdown() (waiting for non-daemon threads)
// when the threading module was imported.
func shutdown(t *Thread) {
	sys, err := vm.ImportHook(t, "sys", nil, objects.None)
	if err != nil {
		return
	}
	mods, err := objects.GetAttrString(t, sys, "modules")
	if err != nil || !mods.IsInstance(objects.DictType) {
		return
	}
	th, ok, _ := objects.As[objects.Dict](mods).GetItem(t, objects.NewStrValue("threading"))
	if !ok {
		return
	}
	fn, err := objects.GetAttrString(t, th, "_shutdown")
	if err != nil {
		return // a threading module that failed to import
	}
	if _, err := objects.CallValue(t, fn, nil, nil); err != nil {
		var sb strings.Builder
		sb.WriteString("Exception ignored on threading shutdown:\n")
		vm.FormatException(t, err, &sb, map[*Exc]bool{})
		t.Stdout.Flush()
		fmt.Fprint(t.Stderr, sb.String())
	}
}
