package posix

import (
	"crypto/rand"
	"os"
	"os/signal"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"time"
	"unsafe"

	"taipan/modules/internal/osutil"
	"taipan/objects"
)

var startTime = time.Now()

func processFunctions(m *objects.Module) {
	set := func(name string, fn osutil.Fn) { osutil.Set(m, name, fn) }
	noarg := func(name string, f func() int) {
		set(name, func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
			if err := objects.CheckArgs(name, args, kw, 0, 0); err != nil {
				return null, err
			}
			return objects.Int(int64(f())), nil
		})
	}
	noarg("getpid", syscall.Getpid)
	noarg("getppid", syscall.Getppid)
	noarg("getuid", syscall.Getuid)
	noarg("geteuid", syscall.Geteuid)
	noarg("getgid", syscall.Getgid)
	noarg("getegid", syscall.Getegid)
	noarg("getpgrp", syscall.Getpgrp)
	noarg("setsid", func() int { syscall.Setsid(); return 0 })
	set("setsid", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		if _, e := syscall.Setsid(); e != nil {
			return null, osutil.OSError(e, null, null)
		}
		return objects.None, nil
	})
	intArg := func(name string, f func(n int) (int, error)) {
		set(name, func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
			if err := objects.CheckArgs(name, args, kw, 1, 1); err != nil {
				return null, err
			}
			n, err := osutil.Int(t, args[0], name)
			if err != nil {
				return null, err
			}
			r, e := f(int(n))
			if e != nil {
				return null, osutil.OSError(e, null, null)
			}
			return objects.Int(int64(r)), nil
		})
	}
	intArg("getpgid", syscall.Getpgid)
	intArg("getsid", func(pid int) (int, error) {
		r, _, e := syscall.RawSyscall(syscall.SYS_GETSID, uintptr(pid), 0, 0)
		if e != 0 {
			return 0, e
		}
		return int(r), nil
	})
	set("setpgid", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		if err := objects.CheckArgs("setpgid", args, kw, 2, 2); err != nil {
			return null, err
		}
		a, err := osutil.Int(t, args[0], "setpgid")
		if err != nil {
			return null, err
		}
		b, err := osutil.Int(t, args[1], "setpgid")
		if err != nil {
			return null, err
		}
		if e := syscall.Setpgid(int(a), int(b)); e != nil {
			return null, osutil.OSError(e, null, null)
		}
		return objects.None, nil
	})
	set("getgroups", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		if err := objects.CheckArgs("getgroups", args, kw, 0, 0); err != nil {
			return null, err
		}
		g, e := syscall.Getgroups()
		if e != nil {
			return null, osutil.OSError(e, null, null)
		}
		out := make([]Value, len(g))
		for i, x := range g {
			out[i] = objects.Int(int64(x))
		}
		return objects.NewListValue(out), nil
	})
	set("kill", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		if err := objects.CheckArgs("kill", args, kw, 2, 2); err != nil {
			return null, err
		}
		pid, err := osutil.Int(t, args[0], "kill")
		if err != nil {
			return null, err
		}
		sig, err := osutil.Int(t, args[1], "kill")
		if err != nil {
			return null, err
		}
		t.Stdout.Flush()
		if e := syscall.Kill(int(pid), syscall.Signal(sig)); e != nil {
			return null, osutil.OSError(e, null, null)
		}
		// A signal sent to ourselves is delivered before kill returns in C;
		// give the Go signal goroutine a chance to flag it.
		if (int(pid) == syscall.Getpid() || pid == 0) && objects.SignalSent != nil {
			objects.SignalSent(int(sig))
		}
		if objects.SignalsPending.Load() != 0 {
			if err := objects.RunSignalHandlers(t); err != nil {
				return null, err
			}
		}
		return objects.None, nil
	})
	set("killpg", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		if err := objects.CheckArgs("killpg", args, kw, 2, 2); err != nil {
			return null, err
		}
		pg, err := osutil.Int(t, args[0], "killpg")
		if err != nil {
			return null, err
		}
		sig, err := osutil.Int(t, args[1], "killpg")
		if err != nil {
			return null, err
		}
		if e := syscall.Kill(-int(pg), syscall.Signal(sig)); e != nil {
			return null, osutil.OSError(e, null, null)
		}
		return objects.None, nil
	})
	set("waitpid", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		if err := objects.CheckArgs("waitpid", args, kw, 2, 2); err != nil {
			return null, err
		}
		pid, err := osutil.Int(t, args[0], "waitpid")
		if err != nil {
			return null, err
		}
		opts, err := osutil.Int(t, args[1], "waitpid")
		if err != nil {
			return null, err
		}
		var ws syscall.WaitStatus
		var r int
		if err := retry(t, func() error {
			var e error
			r, e = wait4(int(pid), &ws, int(opts), nil)
			return e
		}, null); err != nil {
			return null, err
		}
		return objects.Tuple2(objects.Int(int64(r)), objects.Int(int64(ws))), nil
	})
	set("wait", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		var ws syscall.WaitStatus
		var r int
		if err := retry(t, func() error {
			var e error
			r, e = wait4(-1, &ws, 0, nil)
			return e
		}, null); err != nil {
			return null, err
		}
		return objects.Tuple2(objects.Int(int64(r)), objects.Int(int64(ws))), nil
	})
	set("waitstatus_to_exitcode", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		a, err := osutil.Args("waitstatus_to_exitcode", args, kw, []string{"status"}, 1)
		if err != nil {
			return null, err
		}
		n, err := osutil.Int(t, a[0], "waitstatus_to_exitcode")
		if err != nil {
			return null, err
		}
		ws := syscall.WaitStatus(n)
		switch {
		case ws.Exited():
			return objects.Int(int64(ws.ExitStatus())), nil
		case ws.Signaled():
			return objects.Int(-int64(ws.Signal())), nil
		case ws.Stopped():
			return null, objects.Errorf(objects.ExcValueError, "process stopped by delivery of signal %d", int(ws.StopSignal()))
		}
		return null, objects.Errorf(objects.ExcValueError, "invalid wait status: %d", n)
	})
	wmacro := func(name string, f func(ws syscall.WaitStatus) Value) {
		set(name, func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
			a, err := osutil.Args(name, args, kw, []string{"status"}, 1)
			if err != nil {
				return null, err
			}
			n, err := osutil.Int(t, a[0], name)
			if err != nil {
				return null, err
			}
			return f(syscall.WaitStatus(n)), nil
		})
	}
	wmacro("WIFEXITED", func(ws syscall.WaitStatus) Value { return objects.Bool(ws.Exited()) })
	wmacro("WEXITSTATUS", func(ws syscall.WaitStatus) Value { return objects.Int(int64(ws>>8) & 0xff) })
	wmacro("WIFSIGNALED", func(ws syscall.WaitStatus) Value { return objects.Bool(ws.Signaled()) })
	wmacro("WTERMSIG", func(ws syscall.WaitStatus) Value { return objects.Int(int64(ws & 0x7f)) })
	wmacro("WIFSTOPPED", func(ws syscall.WaitStatus) Value { return objects.Bool(ws.Stopped()) })
	wmacro("WSTOPSIG", func(ws syscall.WaitStatus) Value { return objects.Int(int64(ws>>8) & 0xff) })
	wmacro("WCOREDUMP", func(ws syscall.WaitStatus) Value { return objects.Bool(ws.CoreDump()) })
	wmacro("WIFCONTINUED", func(ws syscall.WaitStatus) Value { return objects.Bool(ws.Continued()) })
	set("_exit", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		a, err := osutil.Args("_exit", args, kw, []string{"status"}, 1)
		if err != nil {
			return null, err
		}
		n, err := osutil.Int(t, a[0], "_exit")
		if err != nil {
			return null, err
		}
		syscall.Exit(int(n))
		return objects.None, nil
	})
	set("abort", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		t.Stdout.Flush()
		signal.Reset(syscall.SIGABRT)
		syscall.Kill(syscall.Getpid(), syscall.SIGABRT)
		time.Sleep(time.Second)
		os.Exit(134)
		return objects.None, nil
	})
	set("system", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		a, err := osutil.Args("system", args, kw, []string{"command"}, 1)
		if err != nil {
			return null, err
		}
		p, err := osutil.PathArg(t, a[0], "system", "command", false)
		if err != nil {
			return null, err
		}
		t.Stdout.Flush()
		pid, e := syscall.ForkExec("/bin/sh", []string{"sh", "-c", p.S}, &syscall.ProcAttr{
			Env: syscall.Environ(), Files: []uintptr{0, 1, 2}})
		if e != nil {
			return objects.Int(127 << 8), nil
		}
		var ws syscall.WaitStatus
		osutil.Blocking(t, func() {
			for {
				_, e = wait4(pid, &ws, 0, nil)
				if e != syscall.EINTR {
					break
				}
			}
		})
		return objects.Int(int64(ws)), nil
	})
	exec := func(name string, withEnv bool) {
		set(name, func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
			names := []string{"path", "argv"}
			if withEnv {
				names = append(names, "env")
			}
			a, err := osutil.Args(name, args, kw, names, len(names))
			if err != nil {
				return null, err
			}
			p, err := osutil.PathArg(t, a[0], name, "path", false)
			if err != nil {
				return null, err
			}
			if a[1].Type() != objects.TupleType && a[1].Type() != objects.ListType {
				return null, objects.Errorf(objects.ExcTypeError, "%s() arg 2 must be a tuple or list", name)
			}
			argv, err := stringList(t, a[1], name)
			if err != nil {
				return null, err
			}
			if len(argv) == 0 {
				return null, objects.Errorf(objects.ExcValueError, "%s() arg 2 must not be empty", name)
			}
			if argv[0] == "" {
				return null, objects.Errorf(objects.ExcValueError, "%s() arg 2 first element cannot be empty", name)
			}
			env := syscall.Environ()
			if withEnv {
				if env, err = envList(t, a[2]); err != nil {
					return null, err
				}
			}
			t.Stdout.Flush()
			e := syscall.Exec(p.S, argv, env)
			return null, osutil.OSError(e, null, null)
		})
	}
	exec("execv", false)
	exec("execve", true)
	set("times", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		if err := objects.CheckArgs("times", args, kw, 0, 0); err != nil {
			return null, err
		}
		var tms syscall.Tms
		syscall.Times(&tms)
		const hz = 100.0
		f := func(x int64) Value { return objects.Float(float64(x) / hz) }
		return timesResult.New([]Value{f(tms.Utime), f(tms.Stime), f(tms.Cutime), f(tms.Cstime),
			objects.Float(float64(time.Since(startTime).Nanoseconds()) / 1e9)}), nil
	})
	set("uname", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		if err := objects.CheckArgs("uname", args, kw, 0, 0); err != nil {
			return null, err
		}
		var u syscall.Utsname
		if e := syscall.Uname(&u); e != nil {
			return null, osutil.OSError(e, null, null)
		}
		cs := func(a [65]int8) Value {
			b := make([]byte, 0, 65)
			for _, c := range a {
				if c == 0 {
					break
				}
				b = append(b, byte(c))
			}
			return objects.NewStrValue(string(b))
		}
		return unameResult.New([]Value{cs(u.Sysname), cs(u.Nodename), cs(u.Release), cs(u.Version), cs(u.Machine)}), nil
	})
	set("urandom", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		a, err := osutil.Args("urandom", args, kw, []string{"size"}, 1)
		if err != nil {
			return null, err
		}
		n, err := osutil.Int(t, a[0], "urandom")
		if err != nil {
			return null, err
		}
		if n < 0 {
			return null, objects.Errorf(objects.ExcValueError, "negative argument not allowed")
		}
		b := make([]byte, n)
		rand.Read(b)
		return objects.NewBytes(b), nil
	})
	set("cpu_count", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		return objects.Int(int64(numCPU())), nil
	})
	set("sched_getaffinity", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		if err := objects.CheckArgs("sched_getaffinity", args, kw, 1, 1); err != nil {
			return null, err
		}
		pid, err := osutil.Int(t, args[0], "sched_getaffinity")
		if err != nil {
			return null, err
		}
		var mask [16]uint64 // 1024 CPUs
		n, _, e := syscall.RawSyscall(syscall.SYS_SCHED_GETAFFINITY, uintptr(pid), unsafe.Sizeof(mask), uintptr(unsafe.Pointer(&mask[0])))
		if e != 0 {
			return null, osutil.ErrnoError(e, null)
		}
		s := objects.NewSet()
		for i := 0; i < int(n)*8 && i < 1024; i++ {
			if mask[i/64]&(1<<(i%64)) != 0 {
				s.Add(t, objects.Int(int64(i)))
			}
		}
		return objects.Obj(s), nil
	})
	set("getloadavg", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		if err := objects.CheckArgs("getloadavg", args, kw, 0, 0); err != nil {
			return null, err
		}
		b, e := os.ReadFile("/proc/loadavg")
		if e != nil {
			return null, objects.Errorf(objects.ExcOSError, "Load averages are unobtainable")
		}
		f := strings.Fields(string(b))
		out := make([]Value, 3)
		for i := range out {
			x, _ := objects.ParseFloat(f[i])
			out[i] = objects.Float(x)
		}
		return objects.NewTupleValue(out), nil
	})
	set("strerror", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		if err := objects.CheckArgs("strerror", args, kw, 1, 1); err != nil {
			return null, err
		}
		n, err := osutil.Int(t, args[0], "strerror")
		if err != nil {
			return null, err
		}
		return objects.NewStrValue(osutil.Strerror(int(n))), nil
	})
	set("fspath", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		a, err := osutil.Args("fspath", args, kw, []string{"path"}, 1)
		if err != nil {
			return null, err
		}
		return osutil.Fspath(t, a[0])
	})
	set("register_at_fork", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		// Taipan cannot fork (a Go process cannot), so the hooks never run.
		a, err := osutil.Args("register_at_fork", args, kw, []string{"$before", "$after_in_child", "$after_in_parent"}, 0)
		if err != nil {
			return null, err
		}
		if a[0].IsNull() && a[1].IsNull() && a[2].IsNull() {
			return null, objects.Errorf(objects.ExcTypeError, "At least one argument is required.")
		}
		return objects.None, nil
	})
	set("nice", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		if err := objects.CheckArgs("nice", args, kw, 1, 1); err != nil {
			return null, err
		}
		inc, err := osutil.Int(t, args[0], "nice")
		if err != nil {
			return null, err
		}
		cur, e := syscall.Getpriority(syscall.PRIO_PROCESS, 0)
		if e != nil {
			return null, osutil.OSError(e, null, null)
		}
		// the raw syscall returns 20 - nice
		n := 20 - cur + int(inc)
		if e := syscall.Setpriority(syscall.PRIO_PROCESS, 0, n); e != nil {
			return null, osutil.OSError(e, null, null)
		}
		return objects.Int(int64(n)), nil
	})
}

// stringList converts a sequence of str/bytes/PathLike into OS strings.
func stringList(t *objects.Thread, v Value, fname string) ([]string, *Exc) {
	items, err := osutil.Items(t, v)
	if err != nil {
		return nil, err
	}
	out := make([]string, len(items))
	for i, it := range items {
		p, err := osutil.PathArg(t, it, fname, "args", false)
		if err != nil {
			return nil, err
		}
		out[i] = p.S
	}
	return out, nil
}

// envList converts an environment mapping into KEY=VALUE strings.
func envList(t *objects.Thread, env Value) ([]string, *Exc) {
	keys, err := objects.CallMethod(t, env, "keys")
	if err != nil {
		return nil, err
	}
	ks, err := osutil.Items(t, keys)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, k := range ks {
		v, err := objects.GetItem(t, env, k)
		if err != nil {
			return nil, err
		}
		kp, err := osutil.PathArg(t, k, "execve", "key", false)
		if err != nil {
			return nil, err
		}
		vp, err := osutil.PathArg(t, v, "execve", "value", false)
		if err != nil {
			return nil, err
		}
		if kp.S == "" || strings.Contains(kp.S[1:], "=") {
			return nil, objects.Errorf(objects.ExcValueError, "illegal environment variable name")
		}
		out = append(out, kp.S+"="+vp.S)
	}
	return out, nil
}

// numCPU counts the online processors (sysconf(_SC_NPROCESSORS_ONLN)),
// not just those this process may run on.
func numCPU() int {
	b, err := os.ReadFile("/sys/devices/system/cpu/online")
	if err != nil {
		return runtime.NumCPU()
	}
	n := 0
	for _, part := range strings.Split(strings.TrimSpace(string(b)), ",") {
		lo, hi, found := strings.Cut(part, "-")
		a, err1 := strconv.Atoi(lo)
		z := a
		var err2 error
		if found {
			z, err2 = strconv.Atoi(hi)
		}
		if err1 != nil || err2 != nil || z < a {
			return runtime.NumCPU()
		}
		n += z - a + 1
	}
	if n == 0 {
		return runtime.NumCPU()
	}
	return n
}
