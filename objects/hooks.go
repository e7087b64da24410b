package objects

import "sync/atomic"

// Process-level hooks the VM calls: pending signal handlers (set by the
// _signal module) and exit handlers (atexit).

// SignalsPending is non-zero when a signal arrived whose Python handler
// has not run yet. The eval loop tests it (one load) at jumps and calls
// RunSignalHandlers when it is set.
var SignalsPending atomic.Uint32

// SignalHandlerHook runs the Python handlers of the pending signals (set
// by the _signal module).
var SignalHandlerHook func(t *Thread) *BaseException

// RunSignalHandlers runs pending signal handlers; an exception raised by
// a handler (KeyboardInterrupt for SIGINT by default) is returned for
// the caller to raise where the program was.
func RunSignalHandlers(t *Thread) *BaseException {
	if SignalHandlerHook == nil {
		SignalsPending.Store(0)
		return nil
	}
	return SignalHandlerHook(t)
}

// ExitHooks run, in order, when the main module has finished (after an
// uncaught exception's traceback is printed), before output is flushed.
var ExitHooks []func(t *Thread)

// RunExitHooks runs ExitHooks (each hook drains its own work, so running
// them twice is harmless).
func RunExitHooks(t *Thread) {
	for _, h := range ExitHooks {
		h(t)
	}
}

// SignalSent is called (if set, by _signal) after the process sent sig
// to itself, so that a Python handler runs before kill() returns as in C.
var SignalSent func(sig int)

// SignalWake receives a token whenever a signal is flagged, so that
// blocking waits (time.sleep, select) can stop early and run handlers.
var SignalWake = make(chan struct{}, 1)
