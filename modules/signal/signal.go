// Package signal is the _signal module. Go's runtime receives every
// signal; a signal with a Python handler is forwarded by os/signal to a
// goroutine that flags it (objects.SignalsPending), and the main thread
// runs the handler between bytecodes (the eval loop tests the flag at
// every jump) or inside blocking waits.
package signal

import (
	"os"
	ossignal "os/signal"
	"sync"
	"sync/atomic"
	"syscall"
	"time"
	"unsafe"

	"taipan/modules/internal/osutil"
	"taipan/objects"
)

type (
	Value = objects.Value
	Exc   = objects.BaseException
)

var null = objects.Null

const nsig = 65

var (
	mu         sync.Mutex
	handlers   [nsig]Value // Null: SIG_DFL never set
	pending    [nsig]atomic.Bool
	notifyCh   = make(chan os.Signal, 64)
	wakeupFD   atomic.Int64
	mainThread *objects.Thread

	defaultIntHandler = objects.NewBuiltin("default_int_handler", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		return null, objects.NewException(objects.ExcKeyboardInterrupt)
	})
)

var strsignal = map[int]string{1: "Hangup", 2: "Interrupt", 3: "Quit", 4: "Illegal instruction",
	5: "Trace/breakpoint trap", 6: "Aborted", 7: "Bus error", 8: "Floating point exception", 9: "Killed",
	10: "User defined signal 1", 11: "Segmentation fault", 12: "User defined signal 2", 13: "Broken pipe",
	14: "Alarm clock", 15: "Terminated", 16: "Stack fault", 17: "Child exited", 18: "Continued",
	19: "Stopped (signal)", 20: "Stopped", 21: "Stopped (tty input)", 22: "Stopped (tty output)",
	23: "Urgent I/O condition", 24: "CPU time limit exceeded", 25: "File size limit exceeded",
	26: "Virtual timer expired", 27: "Profiling timer expired", 28: "Window changed", 29: "I/O possible",
	30: "Power failure", 31: "Bad system call"}

var sigNames = map[string]int64{"SIGABRT": 6, "SIGALRM": 14, "SIGBUS": 7, "SIGCHLD": 17, "SIGCLD": 17,
	"SIGCONT": 18, "SIGFPE": 8, "SIGHUP": 1, "SIGILL": 4, "SIGINT": 2, "SIGIO": 29, "SIGIOT": 6, "SIGKILL": 9,
	"SIGPIPE": 13, "SIGPOLL": 29, "SIGPROF": 27, "SIGPWR": 30, "SIGQUIT": 3, "SIGRTMAX": 64, "SIGRTMIN": 34,
	"SIGSEGV": 11, "SIGSTKFLT": 16, "SIGSTOP": 19, "SIGSYS": 31, "SIGTERM": 15, "SIGTRAP": 5, "SIGTSTP": 20,
	"SIGTTIN": 21, "SIGTTOU": 22, "SIGURG": 23, "SIGUSR1": 10, "SIGUSR2": 12, "SIGVTALRM": 26,
	"SIGWINCH": 28, "SIGXCPU": 24, "SIGXFSZ": 25,
	"ITIMER_PROF": 2, "ITIMER_REAL": 0, "ITIMER_VIRTUAL": 1, "NSIG": nsig,
	"SIG_BLOCK": 0, "SIG_DFL": 0, "SIG_IGN": 1, "SIG_SETMASK": 2, "SIG_UNBLOCK": 1}

func init() {
	wakeupFD.Store(-1)
	// CPython's start-up state: SIGINT raises KeyboardInterrupt, SIGPIPE
	// and SIGXFSZ are ignored (writes fail with EPIPE / EFBIG instead).
	// Dispositions inherited as SIG_IGN stay ignored (a background job's
	// SIGINT, nohup's SIGHUP), as CPython leaves them.
	inheritedIgnore := map[syscall.Signal]bool{}
	for n := 1; n < nsig; n++ {
		if n != 32 && n != 33 && ossignal.Ignored(syscall.Signal(n)) {
			inheritedIgnore[syscall.Signal(n)] = true
			handlers[n] = objects.Int(1)
		}
	}
	if !inheritedIgnore[syscall.SIGINT] {
		handlers[syscall.SIGINT] = defaultIntHandler
		ossignal.Notify(notifyCh, syscall.SIGINT)
	}
	handlers[syscall.SIGPIPE] = objects.Int(1)
	handlers[syscall.SIGXFSZ] = objects.Int(1)
	ignore(syscall.SIGPIPE)
	ignore(syscall.SIGXFSZ)
	for _, sig := range terminating {
		if !inheritedIgnore[sig.(syscall.Signal)] {
			ossignal.Notify(dieCh, sig)
		}
	}
	go forward()
	go func() {
		for range discardCh {
		}
	}()
	go func() {
		for s := range dieCh {
			dieBySignal(s.(syscall.Signal))
		}
	}()
	objects.SignalHandlerHook = runHandlers
	objects.SignalSent = awaitDelivery
	objects.RegisterModule("_signal", initModule)
}

// discardCh receives the signals that Python ignores but that must not be
// SIG_IGN at the kernel level: a child process inherits SIG_IGN across
// exec, and CPython's children get SIGPIPE and SIGXFSZ back at their
// defaults (subprocess's restore_signals). Catching and dropping them
// behaves as SIG_IGN for this process (writes fail with EPIPE).
var discardCh = make(chan os.Signal, 16)

// terminating lists the signals whose default action ends the process
// but that Go's runtime would catch and drop: with SIG_DFL in Python
// they are caught here and the process dies by them (dieBySignal).
var terminating = func() []os.Signal {
	s := []os.Signal{syscall.SIGUSR1, syscall.SIGUSR2, syscall.SIGALRM, syscall.SIGVTALRM, syscall.SIGIO,
		syscall.SIGPWR, syscall.SIGXCPU, syscall.SIGSTKFLT}
	for n := 34; n <= 64; n++ {
		s = append(s, syscall.Signal(n))
	}
	return s
}()

var dieCh = make(chan os.Signal, 4)

func isTerminating(s syscall.Signal) bool {
	for _, x := range terminating {
		if x == s {
			return true
		}
	}
	return false
}

// dieBySignal restores the kernel's default action for sig and sends it
// to the process, which ends as a C program would.
func dieBySignal(sig syscall.Signal) {
	var act [4]uintptr // sa_handler = SIG_DFL, flags, restorer, mask
	syscall.RawSyscall6(syscall.SYS_RT_SIGACTION, uintptr(sig), uintptr(unsafe.Pointer(&act)), 0, 8, 0, 0)
	syscall.Kill(syscall.Getpid(), sig)
	time.Sleep(time.Second)
	os.Exit(128 + int(sig))
}

func ignore(s syscall.Signal) {
	if s == syscall.SIGPIPE || s == syscall.SIGXFSZ {
		ossignal.Notify(discardCh, s)
		return
	}
	ossignal.Ignore(s)
}

// forward flags each notified signal for the main thread.
func forward() {
	for s := range notifyCh {
		n := int(s.(syscall.Signal))
		if n <= 0 || n >= nsig {
			continue
		}
		pending[n].Store(true)
		objects.SignalsPending.Store(1)
		if n == int(syscall.SIGINT) {
			time.AfterFunc(interruptGrace, interruptWatchdog)
		}
		objects.WakeSignalWaiters()
		if fd := wakeupFD.Load(); fd >= 0 {
			syscall.Write(int(fd), []byte{byte(n)})
		}
	}
}

// interruptGrace is how long a SIGINT may stay unhandled before the
// process gives up on raising KeyboardInterrupt: the main thread is then
// blocked in a system call that Go restarts (a read from a terminal,
// waitpid), where CPython would see EINTR.
const interruptGrace = 2 * time.Second

// interruptWatchdog ends the process as an uncaught KeyboardInterrupt
// does (killed by SIGINT) when SIGINT still waits for the default
// handler.
func interruptWatchdog() {
	mu.Lock()
	h := handlers[syscall.SIGINT]
	mu.Unlock()
	if !pending[syscall.SIGINT].Load() || !h.Is(defaultIntHandler) {
		return
	}
	if t := osutil.BlockedThread(); t != nil {
		t.Stdout.Flush()
	}
	os.Stderr.WriteString("\nKeyboardInterrupt\n")
	ossignal.Reset(syscall.SIGINT)
	syscall.Kill(syscall.Getpid(), syscall.SIGINT)
	time.Sleep(100 * time.Millisecond)
	os.Exit(130)
}

// awaitDelivery waits (briefly) until a signal the process sent to
// itself has been flagged, when it has a Python handler.
func awaitDelivery(sig int) {
	if sig <= 0 || sig >= nsig {
		return
	}
	mu.Lock()
	h := handlers[sig]
	mu.Unlock()
	if h.IsNull() || objects.IsIntValue(h) {
		return
	}
	deadline := time.Now().Add(time.Second)
	for !pending[sig].Load() && time.Now().Before(deadline) {
		time.Sleep(50 * time.Microsecond)
	}
}

func runHandlers(t *objects.Thread) *Exc {
	if main := mainOf(); main != nil && t != main {
		return nil // leave them pending for the main thread
	}
	objects.SignalsPending.Store(0)
	for n := 1; n < nsig; n++ {
		if !pending[n].Load() {
			continue
		}
		pending[n].Store(false)
		mu.Lock()
		h := handlers[n]
		mu.Unlock()
		if h.IsNull() || objects.IsIntValue(h) {
			continue
		}
		frame := objects.None
		if f := objects.FramesOf(t, 0); f != nil {
			frame = objects.Obj(f)
		}
		if _, err := objects.CallValue(t, h, []Value{objects.Int(int64(n)), frame}, nil); err != nil {
			// Leave the remaining signals for the next check.
			for m := n + 1; m < nsig; m++ {
				if pending[m].Load() {
					objects.SignalsPending.Store(1)
				}
			}
			return err
		}
	}
	return nil
}

// mainOf returns the main thread: the VM's, or the thread that first
// imported _signal.
func mainOf() *objects.Thread {
	if objects.MainThread != nil {
		return objects.MainThread
	}
	return mainThread
}

func sigArg(t *objects.Thread, v Value, fname string) (int, *Exc) {
	n, err := osutil.Int(t, v, fname)
	if err != nil {
		return 0, err
	}
	if n < 1 || n >= nsig {
		return 0, objects.Errorf(objects.ExcValueError, "signal number out of range")
	}
	return int(n), nil
}

func getHandler(n int) Value {
	h := handlers[n]
	if h.IsNull() {
		return objects.Int(0)
	}
	return h
}

func initModule(t *objects.Thread, m *objects.Module) *Exc {
	if mainThread == nil {
		mainThread = t
	}
	for k, v := range sigNames {
		m.Set(k, objects.Int(v))
	}
	m.Set("default_int_handler", defaultIntHandler)
	itimerError := objects.NewType("signal", "itimer_error", objects.ExcOSError, objects.FlagBaseType)
	itimerError.Finish()
	m.Set("ItimerError", objects.Obj(itimerError))
	set := func(name string, fn osutil.Fn) { osutil.Set(m, name, fn) }
	set("signal", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		if err := objects.CheckArgs("signal", args, kw, 2, 2); err != nil {
			return null, err
		}
		n, err := sigArg(t, args[0], "signal")
		if err != nil {
			return null, err
		}
		h := args[1]
		if main := mainOf(); main != nil && t != main {
			return null, objects.Errorf(objects.ExcValueError, "signal only works in main thread of the main interpreter")
		}
		isInt := objects.IsIntValue(h)
		var code int64
		if isInt {
			code, _ = objects.IntToInt64(h)
		}
		if (isInt && code != 0 && code != 1) || (!isInt && h.Type().Call == nil) {
			return null, objects.Errorf(objects.ExcTypeError, "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object")
		}
		s := syscall.Signal(n)
		if n == int(syscall.SIGKILL) || n == int(syscall.SIGSTOP) || n == 32 || n == 33 {
			return null, osutil.ErrnoError(syscall.EINVAL, null)
		}
		mu.Lock()
		old := getHandler(n)
		handlers[n] = h
		mu.Unlock()
		ossignal.Reset(s)
		switch {
		case isInt && code == 1:
			ignore(s)
		case !isInt:
			ossignal.Notify(notifyCh, s)
		case isTerminating(s):
			ossignal.Notify(dieCh, s)
		}
		return old, nil
	})
	set("getsignal", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		if err := objects.CheckArgs("getsignal", args, kw, 1, 1); err != nil {
			return null, err
		}
		n, err := sigArg(t, args[0], "getsignal")
		if err != nil {
			return null, err
		}
		mu.Lock()
		defer mu.Unlock()
		return getHandler(n), nil
	})
	set("strsignal", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		if err := objects.CheckArgs("strsignal", args, kw, 1, 1); err != nil {
			return null, err
		}
		n, err := sigArg(t, args[0], "strsignal")
		if err != nil {
			return null, err
		}
		if s, ok := strsignal[n]; ok {
			return objects.NewStrValue(s), nil
		}
		if n >= 34 {
			return objects.NewStrValue("Real-time signal " + itoa(n-34)), nil
		}
		return objects.None, nil
	})
	set("valid_signals", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		s := objects.NewSet()
		for n := 1; n < nsig; n++ {
			if n != 32 && n != 33 {
				s.Add(t, objects.Int(int64(n)))
			}
		}
		return objects.Obj(s), nil
	})
	raise := func(t *objects.Thread, n int) *Exc {
		t.Stdout.Flush()
		if e := syscall.Kill(syscall.Getpid(), syscall.Signal(n)); e != nil {
			return osutil.OSError(e, null, null)
		}
		awaitDelivery(n)
		if objects.SignalsPending.Load() != 0 {
			return objects.RunSignalHandlers(t)
		}
		return nil
	}
	set("raise_signal", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		if err := objects.CheckArgs("raise_signal", args, kw, 1, 1); err != nil {
			return null, err
		}
		n, err := sigArg(t, args[0], "raise_signal")
		if err != nil {
			return null, err
		}
		if err := raise(t, n); err != nil {
			return null, err
		}
		return objects.None, nil
	})
	set("pthread_kill", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		if err := objects.CheckArgs("pthread_kill", args, kw, 2, 2); err != nil {
			return null, err
		}
		n, err := osutil.Int(t, args[1], "pthread_kill")
		if err != nil {
			return null, err
		}
		if n == 0 {
			return objects.None, nil
		}
		if err := raise(t, int(n)); err != nil {
			return null, err
		}
		return objects.None, nil
	})
	set("alarm", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		if err := objects.CheckArgs("alarm", args, kw, 1, 1); err != nil {
			return null, err
		}
		n, err := osutil.Int(t, args[0], "alarm")
		if err != nil {
			return null, err
		}
		r, _, _ := syscall.RawSyscall(syscall.SYS_ALARM, uintptr(n), 0, 0)
		return objects.Int(int64(r)), nil
	})
	set("pause", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		t.Stdout.Flush()
		for {
			c := objects.SignalWaitChan()
			if objects.SignalsPending.Load() == 0 {
				osutil.Blocking(t, func() { <-c })
			}
			if objects.SignalsPending.Load() != 0 {
				if main := mainOf(); main != nil && t != main {
					continue
				}
				return none(objects.RunSignalHandlers(t))
			}
		}
	})
	set("set_wakeup_fd", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		a, err := osutil.Args("set_wakeup_fd", args, kw, []string{"fd", "$warn_on_full_buffer"}, 1)
		if err != nil {
			return null, err
		}
		fd, err := osutil.Int(t, a[0], "set_wakeup_fd")
		if err != nil {
			return null, err
		}
		if main := mainOf(); main != nil && t != main {
			return null, objects.Errorf(objects.ExcValueError, "set_wakeup_fd only works in main thread of the main interpreter")
		}
		if fd >= 0 {
			var st syscall.Stat_t
			if e := syscall.Fstat(int(fd), &st); e != nil {
				return null, osutil.OSError(e, null, null)
			}
		}
		return objects.Int(wakeupFD.Swap(fd)), nil
	})
	set("siginterrupt", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		if err := objects.CheckArgs("siginterrupt", args, kw, 2, 2); err != nil {
			return null, err
		}
		if _, err := sigArg(t, args[0], "siginterrupt"); err != nil {
			return null, err
		}
		return objects.None, nil
	})
	sigset := func(mask uint64) Value {
		s := objects.NewSet()
		for n := 1; n < nsig; n++ {
			if mask&(1<<(n-1)) != 0 {
				s.Add(t, objects.Int(int64(n)))
			}
		}
		return objects.Obj(s)
	}
	set("pthread_sigmask", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		if err := objects.CheckArgs("pthread_sigmask", args, kw, 2, 2); err != nil {
			return null, err
		}
		how, err := osutil.Int(t, args[0], "pthread_sigmask")
		if err != nil {
			return null, err
		}
		items, err := osutil.Items(t, args[1])
		if err != nil {
			return null, err
		}
		var mask uint64
		for _, it := range items {
			n, err := sigArg(t, it, "pthread_sigmask")
			if err != nil {
				return null, err
			}
			mask |= 1 << (n - 1)
		}
		// Go manages the threads' signal masks; keep a virtual mask.
		mu.Lock()
		old := blocked
		switch how {
		case 0:
			blocked |= mask
		case 1:
			blocked &^= mask
		case 2:
			blocked = mask
		default:
			mu.Unlock()
			return null, osutil.ErrnoError(syscall.EINVAL, null)
		}
		mu.Unlock()
		return sigset(old), nil
	})
	set("sigpending", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		return sigset(0), nil
	})
	itimer := func(name string, setting bool) {
		set(name, func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
			lo, hi := 1, 1
			if setting {
				lo, hi = 2, 3
			}
			if err := objects.CheckArgs(name, args, kw, lo, hi); err != nil {
				return null, err
			}
			which, err := osutil.Int(t, args[0], name)
			if err != nil {
				return null, err
			}
			var nv, ov [4]int64 // interval (sec, usec), value (sec, usec)
			tv := func(v Value) (int64, int64, *Exc) {
				f, ok, err := objects.FloatOf(v)
				if err != nil || !ok {
					return 0, 0, objects.Errorf(objects.ExcTypeError, "must be real number, not %s", v.Type().Name)
				}
				s := int64(f)
				us := int64((f - float64(s)) * 1e6)
				if s == 0 && us == 0 && f > 0 {
					us = 1
				}
				return s, us, nil
			}
			var e syscall.Errno
			if setting {
				if nv[2], nv[3], err = tv(args[1]); err != nil {
					return null, err
				}
				if len(args) == 3 {
					if nv[0], nv[1], err = tv(args[2]); err != nil {
						return null, err
					}
				}
				_, _, e = syscall.RawSyscall(syscall.SYS_SETITIMER, uintptr(which), uintptr(unsafe.Pointer(&nv)), uintptr(unsafe.Pointer(&ov)))
			} else {
				_, _, e = syscall.RawSyscall(syscall.SYS_GETITIMER, uintptr(which), uintptr(unsafe.Pointer(&ov)), 0)
			}
			if e != 0 {
				exc := osutil.ErrnoError(e, null)
				exc.SetType(itimerError)
				return null, exc
			}
			f := func(s, us int64) Value { return objects.Float(float64(s) + float64(us)/1e6) }
			return objects.Tuple2(f(ov[2], ov[3]), f(ov[0], ov[1])), nil
		})
	}
	itimer("setitimer", true)
	itimer("getitimer", false)
	return nil
}

var blocked uint64

func none(err *Exc) (Value, *Exc) {
	if err != nil {
		return null, err
	}
	return objects.None, nil
}

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}
