package vm

import (
	"taipan/objects"
)

// Per-module import locks, as importlib's _ModuleLockManager: while one
// thread imports a module, another thread that imports it waits for the
// first to finish instead of seeing the module half initialised. The
// table is only touched with the GIL held. A thread never waits on a
// lock it holds (circular imports within a thread see the partial module,
// as in CPython), nor on a thread that waits for it (a deadlock; CPython
// then also hands out the partial module).

type moduleLock struct {
	owner *objects.Thread
	done  chan struct{}
}

var (
	importLocks = map[string]*moduleLock{}
	waitingFor  = map[*objects.Thread]*moduleLock{}
)

// lockModule takes name's import lock for t (released by the returned
// function).
func lockModule(t *objects.Thread, name string) func() {
	for {
		lk, held := importLocks[name]
		if !held {
			break
		}
		if !waitOn(t, lk) {
			return func() {}
		}
	}
	lk := &moduleLock{owner: t, done: make(chan struct{})}
	importLocks[name] = lk
	return func() {
		if importLocks[name] == lk {
			delete(importLocks, name)
		}
		close(lk.done)
	}
}

// waitForModule waits while another thread is importing name.
func waitForModule(t *objects.Thread, name string) {
	for {
		lk, held := importLocks[name]
		if !held || !waitOn(t, lk) {
			return
		}
	}
}

// waitOn blocks until lk is released; false if t must not wait (it owns
// lk, or lk's owner is waiting for a lock t owns).
func waitOn(t *objects.Thread, lk *moduleLock) bool {
	if lk.owner == t {
		return false
	}
	for o := lk.owner; o != nil; {
		w := waitingFor[o]
		if w == nil {
			break
		}
		if w.owner == t {
			return false
		}
		o = w.owner
	}
	waitingFor[t] = lk
	objects.Blocking(t, func() { <-lk.done })
	delete(waitingFor, t)
	return true
}
