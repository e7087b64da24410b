package objects

import (
	"runtime"
	"sync"
	"sync/atomic"
	"time"
)

// The global interpreter lock and the eval breaker.
//
// The VM's shared structures (dicts, lists, quickened instructions, the
// type-lookup cache) are not safe for parallel mutation, so Python
// threads take turns: a thread runs Python code only while it holds the
// GIL. The GIL is dormant (every operation is a no-op) until a second
// Python thread is started. A thread releases it around anything that
// may block — sleeping, acquiring a lock, waiting for I/O — with
//
//	objects.Blocking(t, func() { ... })  // or ReleaseGIL / AcquireGIL
//
// and, when another thread has waited for the switch interval, at the
// next safe point of the eval loop (CheckEvalBreaker, called on every
// Python call and backward jump). The same safe point runs pending calls: work queued by
// goroutines that are not Python threads (weakref callbacks scheduled
// by the Go garbage collector) and that must run under the GIL.

const (
	breakPending = 1 << iota
	breakDropGIL
)

var evalBreaker atomic.Uint32

// SwitchInterval is how long a thread waits for the GIL before asking
// the holder to hand it over (sys.getswitchinterval()).
var SwitchInterval = 5 * time.Millisecond

type gilState struct {
	enabled  atomic.Bool
	mu       sync.Mutex
	waiters  atomic.Int32
	handoffs atomic.Uint64 // counts acquisitions by waiting threads
}

var gil gilState

// EnableGIL activates the GIL; the calling thread (which is running
// Python code) becomes its holder. It is called before a second Python
// thread starts.
func EnableGIL() {
	if gil.enabled.Load() {
		return
	}
	gil.mu.Lock()
	gil.enabled.Store(true)
}

// GILEnabled reports whether more than one Python thread has existed.
func GILEnabled() bool { return gil.enabled.Load() }

// AcquireGIL takes the GIL for the calling thread (blocking).
func AcquireGIL(t *Thread) {
	if !gil.enabled.Load() {
		return
	}
	if gil.mu.TryLock() {
		return
	}
	gil.waiters.Add(1)
	// Ask the holder to hand over every switch interval until it does.
	done := make(chan struct{})
	go func() {
		tick := time.NewTicker(SwitchInterval)
		defer tick.Stop()
		for {
			select {
			case <-done:
				return
			case <-tick.C:
				evalBreaker.Or(breakDropGIL)
			}
		}
	}()
	gil.mu.Lock()
	close(done)
	gil.handoffs.Add(1)
	gil.waiters.Add(-1)
}

// ReleaseGIL gives the GIL up (the caller must hold it).
func ReleaseGIL(t *Thread) {
	if !gil.enabled.Load() {
		return
	}
	gil.mu.Unlock()
}

// Blocking runs f (which must not touch Python objects) with the GIL
// released, so that other threads run while f blocks.
func Blocking(t *Thread, f func()) {
	if !gil.enabled.Load() {
		f()
		return
	}
	gil.mu.Unlock()
	defer AcquireGIL(t)
	f()
}

var (
	pendingMu sync.Mutex
	pending   []func(t *Thread)
)

// AddPendingCall queues f to run on a Python thread holding the GIL at
// the next safe point. It may be called from any goroutine.
func AddPendingCall(f func(t *Thread)) {
	pendingMu.Lock()
	pending = append(pending, f)
	pendingMu.Unlock()
	evalBreaker.Or(breakPending)
}

// EvalBreakerSet is the eval loop's cheap test for CheckEvalBreaker.
func EvalBreakerSet() bool { return evalBreaker.Load() != 0 }

// CheckEvalBreaker runs at the eval loop's safe points when
// EvalBreakerSet: it hands the GIL over when another thread asked for it
// and runs pending calls.
func CheckEvalBreaker(t *Thread) {
	b := evalBreaker.Load()
	if b&breakDropGIL != 0 {
		evalBreaker.And(^uint32(breakDropGIL))
		if gil.enabled.Load() && gil.waiters.Load() > 0 {
			// Hand over: wait until a waiting thread has taken the GIL
			// before queueing for it again.
			h := gil.handoffs.Load()
			gil.mu.Unlock()
			for gil.handoffs.Load() == h && gil.waiters.Load() > 0 {
				runtime.Gosched()
			}
			AcquireGIL(t)
		}
	}
	if b&breakPending != 0 {
		RunPendingCalls(t)
	}
}

// RunPendingCalls runs the queued pending calls now (the caller holds
// the GIL).
func RunPendingCalls(t *Thread) {
	if t == nil || t.inPending {
		return
	}
	t.inPending = true
	defer func() { t.inPending = false }()
	for {
		pendingMu.Lock()
		fs := pending
		pending = nil
		evalBreaker.And(^uint32(breakPending))
		pendingMu.Unlock()
		if len(fs) == 0 {
			return
		}
		for _, f := range fs {
			f(t)
		}
	}
}

var shutdownHooks []func(t *Thread)

// AddShutdownHook registers f to run when the main module has finished,
// before the interpreter exits (threading._shutdown, atexit).
func AddShutdownHook(f func(t *Thread)) { shutdownHooks = append(shutdownHooks, f) }

// RunShutdownHooks runs the shutdown hooks, most recently added first.
func RunShutdownHooks(t *Thread) {
	defer func() { recover() }() // a broken hook must not crash the exit path
	for i := len(shutdownHooks) - 1; i >= 0; i-- {
		shutdownHooks[i](t)
	}
	RunPendingCalls(t)
}
