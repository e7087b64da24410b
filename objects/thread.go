package objects

import (
	"bufio"
	"io"
	"math"
	"os"
)

// DefaultRecursionLimit is sys.getrecursionlimit()'s default.
const DefaultRecursionLimit = 1000

// Thread is the per-thread interpreter state. Python threads are
// goroutines and Go has no thread-local storage, so a *Thread is passed
// explicitly to every operation that may run Python code.
type Thread struct {
	// Stack is the register stack: each Python call carves its frame's
	// registers from Stack[SP:] and gives them back on return.
	Stack []Value
	SP    int

	Depth          int // active Python calls
	RecursionLimit int

	// Steps is the step budget (see SetStepLimit): decremented at every
	// JUMP (all loop back edges are JUMPs) and every Python call; below
	// zero the VM raises KeyboardInterrupt("step limit exceeded").
	Steps int64

	// ExcInfo is the exception being handled (sys.exc_info()), nil if none.
	ExcInfo *BaseException

	// Funcs is the stack of functions whose frames are active, innermost
	// last (for globals(), eval, sys._getframe). Entries above the top may
	// be stale.
	Funcs []*Function

	// Stdout is the buffered standard output of print; Stderr is
	// unbuffered (Stdout is flushed before each write to it).
	Stdout *bufio.Writer
	Stderr io.Writer

	reprStack []Value
	inPending bool // running pending calls (gil.go)

	// AsyncGenFirstIter and AsyncGenFinalizer are the hooks of
	// sys.set_asyncgen_hooks (Null: unset); firstiter is called with an
	// async generator the first time it is iterated.
	AsyncGenFirstIter, AsyncGenFinalizer Value
	scratch                              []Value // reusable buffer for collecting iterator items (setalloc.go)
}

// NewThread returns a thread state with a register stack of the given
// number of values.
func NewThread(stackSize int) *Thread {
	return &Thread{
		Stack:          make([]Value, stackSize),
		RecursionLimit: DefaultRecursionLimit,
		Steps:          math.MaxInt64,
		Stdout:         bufio.NewWriterSize(os.Stdout, 1<<16),
		Stderr:         os.Stderr,
	}
}

// ReprEnter guards recursive reprs; false means v is already being
// printed (the caller writes "...").
func (t *Thread) ReprEnter(v Value) bool {
	if t == nil {
		return true
	}
	for _, x := range t.reprStack {
		if x.p == v.p {
			return false
		}
	}
	t.reprStack = append(t.reprStack, v)
	return true
}

// ReprLeave ends a ReprEnter.
func (t *Thread) ReprLeave(v Value) {
	if t == nil {
		return
	}
	t.reprStack = t.reprStack[:len(t.reprStack)-1]
}

// PushArgs lays out (self, args...) on the register stack without
// allocating, for calls that must prepend self. Release with PopArgs.
func (t *Thread) PushArgs(self Value, args []Value) ([]Value, int) {
	mark := t.SP
	n := len(args) + 1
	if t.SP+n > len(t.Stack) {
		full := make([]Value, n)
		full[0] = self
		copy(full[1:], args)
		return full, -1
	}
	full := t.Stack[t.SP : t.SP+n : t.SP+n]
	full[0] = self
	copy(full[1:], args)
	t.SP += n
	return full, mark
}

// PopArgs releases a PushArgs layout.
func (t *Thread) PopArgs(full []Value, mark int) {
	if mark < 0 {
		return
	}
	clear(full)
	t.SP = mark
}

// Func returns the function whose frame is running, or nil.
func (t *Thread) Func() *Function {
	if len(t.Funcs) == 0 {
		return nil
	}
	return t.Funcs[len(t.Funcs)-1]
}

// SetStepLimit bounds the work the thread may do: after n jumps and
// Python calls the VM raises KeyboardInterrupt("step limit exceeded") at
// every further jump or call, so even a program that catches it ends.
// n == 0 means unlimited (the default). For tests and fuzzing.
func (t *Thread) SetStepLimit(n int64) {
	if n <= 0 {
		n = math.MaxInt64
	}
	t.Steps = n
}

// ClearDeadRegisters zeroes the register stack above the active frames:
// registers of returned calls would otherwise keep their last values (and
// the objects they reference) alive for the collector.
func (t *Thread) ClearDeadRegisters() {
	if t.SP >= 0 && t.SP < len(t.Stack) {
		clear(t.Stack[t.SP:])
	}
}

// Tick spends one step of the budget in a native loop that may run long
// (collecting an iterator, walking a range): with a step limit set, such
// loops end with the VM's KeyboardInterrupt("step limit exceeded") too.
// Without one (the default) it never fails.
// Spend charges the step budget for a native loop over n items (a scan
// of a list, ...), so that a program repeating such scans also ends under
// a step limit; t may be nil.
func (t *Thread) Spend(n int) *BaseException {
	if t == nil {
		return nil
	}
	if t.Steps -= int64(n); t.Steps < 0 {
		return Errorf(ExcKeyboardInterrupt, "step limit exceeded")
	}
	return nil
}

func (t *Thread) Tick() *BaseException {
	if t.Steps--; t.Steps < 0 {
		return Errorf(ExcKeyboardInterrupt, "step limit exceeded")
	}
	return nil
}
