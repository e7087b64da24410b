package posix

import (
	"os"
	"syscall"
	"unsafe"

	"taipan/modules/internal/osutil"
	"taipan/objects"
)

// Less common functions: device numbers, priorities, user and group
// ids, pseudo-terminals, wait3/wait4.

func extraFunctions(m *objects.Module) {
	set := func(name string, fn osutil.Fn) { osutil.Set(m, name, fn) }
	ints := func(t *objects.Thread, name string, args []Value, kw *objects.Tuple, n int) ([]int64, *Exc) {
		if err := objects.CheckArgs(name, args, kw, n, n); err != nil {
			return nil, err
		}
		out := make([]int64, n)
		for i, a := range args {
			dev := name == "major" || name == "minor" || name == "makedev"
			if !objects.IsIntValue(a) && dev {
				return nil, objects.Errorf(objects.ExcTypeError, "an integer is required")
			}
			v, err := osutil.Int(t, a, name)
			if err != nil {
				return nil, err
			}
			if dev && v < 0 {
				return nil, objects.Errorf(objects.ExcOverflowError, "can't convert negative int to unsigned")
			}
			out[i] = v
		}
		return out, nil
	}
	set("major", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		a, err := ints(t, "major", args, kw, 1)
		if err != nil {
			return null, err
		}
		d := uint64(a[0])
		return objects.Int(int64((d>>8)&0xfff | (d>>32)&^0xfff)), nil
	})
	set("minor", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		a, err := ints(t, "minor", args, kw, 1)
		if err != nil {
			return null, err
		}
		d := uint64(a[0])
		return objects.Int(int64(d&0xff | (d>>12)&^0xff)), nil
	})
	set("makedev", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		a, err := ints(t, "makedev", args, kw, 2)
		if err != nil {
			return null, err
		}
		ma, mi := uint64(a[0]), uint64(a[1])
		return u64(ma&0xfff<<8 | ma&^0xfff<<32 | mi&0xff | mi&^0xff<<12), nil
	})
	set("mknod", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		a, err := osutil.Args("mknod", args, kw, []string{"path", "mode", "device", "$dir_fd"}, 1)
		if err != nil {
			return null, err
		}
		p, err := osutil.PathArg(t, a[0], "mknod", "path", false)
		if err != nil {
			return null, err
		}
		mode, err := osutil.IntOr(t, a[1], 0o600, "mknod")
		if err != nil {
			return null, err
		}
		dev, err := osutil.IntOr(t, a[2], 0, "mknod")
		if err != nil {
			return null, err
		}
		dfd, err := dirFD(t, a[3])
		if err != nil {
			return null, err
		}
		if e := mknodat(dfd, p.S, uint32(mode), uint64(dev)); e != nil {
			return null, osutil.OSError(e, p.Obj, null)
		}
		return objects.None, nil
	})
	set("sched_yield", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		syscall.Syscall(syscall.SYS_SCHED_YIELD, 0, 0, 0)
		return objects.None, nil
	})
	set("getpriority", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		a, err := ints(t, "getpriority", args, kw, 2)
		if err != nil {
			return null, err
		}
		r, e := syscall.Getpriority(int(a[0]), int(a[1]))
		if e != nil {
			return null, osutil.OSError(e, null, null)
		}
		return objects.Int(int64(20 - r)), nil // the raw system call returns 20 - nice
	})
	set("setpriority", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		a, err := ints(t, "setpriority", args, kw, 3)
		if err != nil {
			return null, err
		}
		if e := syscall.Setpriority(int(a[0]), int(a[1]), int(a[2])); e != nil {
			return null, osutil.OSError(e, null, null)
		}
		return objects.None, nil
	})
	idSet := func(name string, n int, f func(a []int) error) {
		set(name, func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
			a, err := ints(t, name, args, kw, n)
			if err != nil {
				return null, err
			}
			v := make([]int, n)
			for i := range a {
				v[i] = int(a[i])
			}
			// the syscall package applies the change to every thread
			if e := f(v); e != nil {
				return null, osutil.OSError(e, null, null)
			}
			return objects.None, nil
		})
	}
	idSet("setuid", 1, func(a []int) error { return syscall.Setuid(a[0]) })
	idSet("setgid", 1, func(a []int) error { return syscall.Setgid(a[0]) })
	idSet("seteuid", 1, func(a []int) error { return syscall.Seteuid(a[0]) })
	idSet("setegid", 1, func(a []int) error { return syscall.Setegid(a[0]) })
	idSet("setreuid", 2, func(a []int) error { return syscall.Setreuid(a[0], a[1]) })
	idSet("setregid", 2, func(a []int) error { return syscall.Setregid(a[0], a[1]) })
	idSet("setresuid", 3, func(a []int) error { return syscall.Setresuid(a[0], a[1], a[2]) })
	idSet("setresgid", 3, func(a []int) error { return syscall.Setresgid(a[0], a[1], a[2]) })
	getres := func(name string, nr uintptr) {
		set(name, func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
			var r, e, s uint32
			syscall.RawSyscall(nr, uintptr(unsafe.Pointer(&r)), uintptr(unsafe.Pointer(&e)), uintptr(unsafe.Pointer(&s)))
			return objects.NewTupleValue([]Value{objects.Int(int64(r)), objects.Int(int64(e)), objects.Int(int64(s))}), nil
		})
	}
	getres("getresuid", syscall.SYS_GETRESUID)
	getres("getresgid", syscall.SYS_GETRESGID)
	set("ctermid", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		if err := objects.CheckArgs("ctermid", args, kw, 0, 0); err != nil {
			return null, err
		}
		return objects.NewStrValue("/dev/tty"), nil
	})
	set("openpty", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		master, e := syscall.Open("/dev/ptmx", syscall.O_RDWR|syscall.O_NOCTTY|syscall.O_CLOEXEC, 0)
		if e != nil {
			return null, osutil.OSError(e, null, null)
		}
		var unlock int32
		var n uint32
		if _, _, e := syscall.Syscall(syscall.SYS_IOCTL, uintptr(master), syscall.TIOCSPTLCK, uintptr(unsafe.Pointer(&unlock))); e != 0 {
			syscall.Close(master)
			return null, osutil.ErrnoError(e, null)
		}
		if _, _, e := syscall.Syscall(syscall.SYS_IOCTL, uintptr(master), syscall.TIOCGPTN, uintptr(unsafe.Pointer(&n))); e != 0 {
			syscall.Close(master)
			return null, osutil.ErrnoError(e, null)
		}
		slave, e := syscall.Open("/dev/pts/"+itoa(int(n)), syscall.O_RDWR|syscall.O_NOCTTY|syscall.O_CLOEXEC, 0)
		if e != nil {
			syscall.Close(master)
			return null, osutil.OSError(e, null, null)
		}
		return objects.Tuple2(objects.Int(int64(master)), objects.Int(int64(slave))), nil
	})
	waitN := func(name string, withPid bool) {
		set(name, func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
			n := 1
			if withPid {
				n = 2
			}
			a, err := ints(t, name, args, kw, n)
			if err != nil {
				return null, err
			}
			pid, opts := -1, int(a[0])
			if withPid {
				pid, opts = int(a[0]), int(a[1])
			}
			var ws syscall.WaitStatus
			var ru syscall.Rusage
			var r int
			if err := retry(t, func() error {
				var e error
				r, e = wait4(pid, &ws, opts, &ru)
				return e
			}, null); err != nil {
				return null, err
			}
			return objects.NewTupleValue([]Value{objects.Int(int64(r)), objects.Int(int64(ws)), rusageValue(t, &ru)}), nil
		})
	}
	waitN("wait3", false)
	waitN("wait4", true)
}

// rusageValue builds resource.struct_rusage (importing resource).
func rusageValue(t *objects.Thread, ru *syscall.Rusage) Value {
	init, ok := objects.NativeModule("resource")
	if !ok {
		return objects.None
	}
	m := objects.NewModule("resource")
	if init(t, m) != nil {
		return objects.None
	}
	f, ok := m.Dict.GetStr(objects.Intern("struct_rusage"))
	if !ok {
		return objects.None
	}
	tv := func(x syscall.Timeval) Value { return objects.Float(float64(x.Sec) + float64(x.Usec)*1e-6) }
	i := objects.Int
	seq := objects.NewTupleValue([]Value{tv(ru.Utime), tv(ru.Stime), i(ru.Maxrss), i(ru.Ixrss), i(ru.Idrss),
		i(ru.Isrss), i(ru.Minflt), i(ru.Majflt), i(ru.Nswap), i(ru.Inblock), i(ru.Oublock), i(ru.Msgsnd),
		i(ru.Msgrcv), i(ru.Nsignals), i(ru.Nvcsw), i(ru.Nivcsw)})
	r, err := objects.CallValue(t, f, []Value{seq}, nil)
	if err != nil {
		return objects.None
	}
	return r
}

// getlogin follows the C library: the user logged in on the controlling
// terminal, so it fails without one.
func getlogin(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
	if !isatty(0) {
		return null, osutil.ErrnoError(syscall.ENXIO, null)
	}
	for _, k := range []string{"LOGNAME", "USER"} {
		if u := os.Getenv(k); u != "" {
			return objects.NewStrValue(u), nil
		}
	}
	return null, osutil.ErrnoError(syscall.ENXIO, null)
}
