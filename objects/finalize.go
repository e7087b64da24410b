package objects

import (
	"runtime"
	"sync/atomic"
)

// FlagHasDel marks a class whose MRO defines __del__ (set by
// updateSlots): its plain instances get a Go finalizer that runs __del__.
const FlagHasDel TypeFlags = 1 << 20

// WriteUnraisableHook prints an exception raised where it cannot
// propagate (set by the weakref module, which formats it as CPython's
// default sys.unraisablehook).
var WriteUnraisableHook func(t *Thread, err *BaseException, obj Value)

// setDelFinalizer arranges for __del__ to run once the instance becomes
// unreachable: Go's finalizer (which resurrects the object) queues a
// pending call, and the interpreter calls __del__ at its next safe point
// with the GIL held (gc.collect() runs pending calls too). As in CPython
// since PEP 442, __del__ runs at most once per object.
func setDelFinalizer(in *Instance) {
	delPending.Add(1)
	runtime.SetFinalizer(in, func(in *Instance) {
		delPending.Add(-1)
		AddPendingCall(func(t *Thread) { callDel(t, Obj(in)) })
	})
}

var delPending atomic.Int64

// HasDelFinalizers reports instances whose __del__ finalizer has not run.
func HasDelFinalizers() bool { return delPending.Load() > 0 }

func callDel(t *Thread, v Value) {
	f := v.Type().LookupString("__del__")
	if f.IsNull() {
		return
	}
	saved := t.ExcInfo
	if _, err := callAttr(t, f, v); err != nil && WriteUnraisableHook != nil {
		WriteUnraisableHook(t, err, f)
	}
	t.ExcInfo = saved
}
