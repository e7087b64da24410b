package posix

import (
	"math/big"
	"os"
	"syscall"

	"taipan/modules/internal/osutil"
	"taipan/objects"
)

func bigU(x uint64) *big.Int { return new(big.Int).SetUint64(x) }

func none(err *Exc) (Value, *Exc) {
	if err != nil {
		return null, err
	}
	return objects.None, nil
}

// bufferBytes returns the bytes of a bytes-like argument.
func bufferBytes(t *objects.Thread, v Value, fname string) ([]byte, *Exc) {
	if v.IsInstance(objects.BytesType) {
		return objects.As[objects.Bytes](v).B, nil
	}
	if v.IsInstance(objects.StrType) || objects.IsIntValue(v) {
		return nil, objects.Errorf(objects.ExcTypeError, "a bytes-like object is required, not '%s'", v.Type().Name)
	}
	b, err := objects.CallValue(t, objects.Obj(objects.BytesType), []Value{v}, nil)
	if err != nil {
		return nil, objects.Errorf(objects.ExcTypeError, "a bytes-like object is required, not '%s'", v.Type().Name)
	}
	return objects.As[objects.Bytes](b).B, nil
}

func fdArg(t *objects.Thread, v Value) (int, *Exc) {
	n, err := osutil.Int(t, v, "fd")
	if err != nil {
		return 0, err
	}
	if n < 0 || n > 1<<31-1 {
		if n < 0 {
			return int(n), nil
		}
		return 0, objects.Errorf(objects.ExcOverflowError, "fd is greater than maximum")
	}
	return int(n), nil
}

func fileFunctions(m *objects.Module) {
	set := func(name string, fn osutil.Fn) { osutil.Set(m, name, fn) }

	set("open", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		a, err := osutil.Args("open", args, kw, []string{"path", "flags", "mode", "$dir_fd"}, 2)
		if err != nil {
			return null, err
		}
		p, err := osutil.PathArg(t, a[0], "open", "path", false)
		if err != nil {
			return null, err
		}
		flags, err := osutil.Int(t, a[1], "open")
		if err != nil {
			return null, err
		}
		mode, err := osutil.IntOr(t, a[2], 0o777, "open")
		if err != nil {
			return null, err
		}
		dirfd, err := dirFD(t, a[3])
		if err != nil {
			return null, err
		}
		var fd int
		if err := retry(t, func() error {
			var e error
			fd, e = syscall.Openat(dirfd, p.S, int(flags)|syscall.O_CLOEXEC, uint32(mode))
			return e
		}, p.Obj); err != nil {
			return null, err
		}
		return objects.Int(int64(fd)), nil
	})
	set("close", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		a, err := osutil.Args("close", args, kw, []string{"fd"}, 1)
		if err != nil {
			return null, err
		}
		fd, err := fdArg(t, a[0])
		if err != nil {
			return null, err
		}
		if e := syscall.Close(fd); e != nil {
			return null, osutil.OSError(e, null, null)
		}
		return objects.None, nil
	})
	set("closerange", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		a, err := osutil.Args("closerange", args, kw, []string{"fd_low", "fd_high"}, 2)
		if err != nil {
			return null, err
		}
		lo, err := fdArg(t, a[0])
		if err != nil {
			return null, err
		}
		hi, err := fdArg(t, a[1])
		if err != nil {
			return null, err
		}
		for fd := max(lo, 0); fd < hi && fd < 1<<16; fd++ {
			syscall.Close(fd)
		}
		return objects.None, nil
	})
	set("read", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		if err := objects.CheckArgs("read", args, kw, 2, 2); err != nil {
			return null, err
		}
		fd, err := fdArg(t, args[0])
		if err != nil {
			return null, err
		}
		n, err := osutil.Int(t, args[1], "read")
		if err != nil {
			return null, err
		}
		if n < 0 {
			return null, osutil.ErrnoError(syscall.EINVAL, null)
		}
		if n > 1<<20 {
			n = readCap(fd, n)
		}
		buf := make([]byte, n)
		var got int
		if err := retry(t, func() error {
			var e error
			got, e = syscall.Read(fd, buf)
			return e
		}, null); err != nil {
			return null, err
		}
		return objects.NewBytes(buf[:got:got]), nil
	})
	set("write", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		if err := objects.CheckArgs("write", args, kw, 2, 2); err != nil {
			return null, err
		}
		fd, err := fdArg(t, args[0])
		if err != nil {
			return null, err
		}
		b, err := bufferBytes(t, args[1], "write")
		if err != nil {
			return null, err
		}
		if fd == 1 || fd == 2 {
			t.Stdout.Flush() // keep print()'s buffered output in order
		}
		var n int
		if err := retry(t, func() error {
			var e error
			n, e = syscall.Write(fd, b)
			return e
		}, null); err != nil {
			return null, err
		}
		return objects.Int(int64(n)), nil
	})
	set("sendfile", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		a, err := osutil.Args("sendfile", args, kw, []string{"out_fd", "in_fd", "offset", "count"}, 4)
		if err != nil {
			return null, err
		}
		out, err := fdArg(t, a[0])
		if err != nil {
			return null, err
		}
		in, err := fdArg(t, a[1])
		if err != nil {
			return null, err
		}
		count, err := osutil.Int(t, a[3], "sendfile")
		if err != nil {
			return null, err
		}
		var off *int64
		if !a[2].IsNone() {
			o, err := osutil.Int(t, a[2], "sendfile")
			if err != nil {
				return null, err
			}
			off = &o
		}
		var n int
		if err := retry(t, func() error {
			var e error
			n, e = syscall.Sendfile(out, in, off, int(count))
			return e
		}, null); err != nil {
			return null, err
		}
		return objects.Int(int64(n)), nil
	})
	set("pread", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		if err := objects.CheckArgs("pread", args, kw, 3, 3); err != nil {
			return null, err
		}
		fd, err := fdArg(t, args[0])
		if err != nil {
			return null, err
		}
		n, err := osutil.Int(t, args[1], "pread")
		if err != nil {
			return null, err
		}
		off, err := osutil.Int(t, args[2], "pread")
		if err != nil {
			return null, err
		}
		if n < 0 {
			return null, osutil.ErrnoError(syscall.EINVAL, null)
		}
		buf := make([]byte, n)
		got, e := syscall.Pread(fd, buf, off)
		if e != nil {
			return null, osutil.OSError(e, null, null)
		}
		return objects.NewBytes(buf[:got]), nil
	})
	set("pwrite", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		if err := objects.CheckArgs("pwrite", args, kw, 3, 3); err != nil {
			return null, err
		}
		fd, err := fdArg(t, args[0])
		if err != nil {
			return null, err
		}
		b, err := bufferBytes(t, args[1], "pwrite")
		if err != nil {
			return null, err
		}
		off, err := osutil.Int(t, args[2], "pwrite")
		if err != nil {
			return null, err
		}
		n, e := syscall.Pwrite(fd, b, off)
		if e != nil {
			return null, osutil.OSError(e, null, null)
		}
		return objects.Int(int64(n)), nil
	})
	set("lseek", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		if err := objects.CheckArgs("lseek", args, kw, 3, 3); err != nil {
			return null, err
		}
		fd, err := fdArg(t, args[0])
		if err != nil {
			return null, err
		}
		off, err := osutil.Int(t, args[1], "lseek")
		if err != nil {
			return null, err
		}
		how, err := osutil.Int(t, args[2], "lseek")
		if err != nil {
			return null, err
		}
		r, e := syscall.Seek(fd, off, int(how))
		if e != nil {
			return null, osutil.OSError(e, null, null)
		}
		return objects.Int(r), nil
	})
	set("dup", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		if err := objects.CheckArgs("dup", args, kw, 1, 1); err != nil {
			return null, err
		}
		fd, err := fdArg(t, args[0])
		if err != nil {
			return null, err
		}
		r, e := fcntl(fd, syscall.F_DUPFD_CLOEXEC, 0)
		if e != nil {
			return null, osutil.OSError(e, null, null)
		}
		return objects.Int(int64(r)), nil
	})
	set("dup2", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		a, err := osutil.Args("dup2", args, kw, []string{"fd", "fd2", "inheritable"}, 2)
		if err != nil {
			return null, err
		}
		fd, err := fdArg(t, a[0])
		if err != nil {
			return null, err
		}
		fd2, err := fdArg(t, a[1])
		if err != nil {
			return null, err
		}
		inh, err := osutil.Bool(t, a[2], true)
		if err != nil {
			return null, err
		}
		flags := 0
		if !inh {
			flags = syscall.O_CLOEXEC
		}
		if fd == fd2 {
			if _, e := fcntl(fd, syscall.F_GETFD, 0); e != nil {
				return null, osutil.OSError(e, null, null)
			}
			return objects.Int(int64(fd2)), nil
		}
		if e := syscall.Dup3(fd, fd2, flags); e != nil {
			return null, osutil.OSError(e, null, null)
		}
		return objects.Int(int64(fd2)), nil
	})
	set("pipe", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		if err := objects.CheckArgs("pipe", args, kw, 0, 0); err != nil {
			return null, err
		}
		var p [2]int
		if e := syscall.Pipe2(p[:], syscall.O_CLOEXEC); e != nil {
			return null, osutil.OSError(e, null, null)
		}
		return objects.Tuple2(objects.Int(int64(p[0])), objects.Int(int64(p[1]))), nil
	})
	set("pipe2", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		if err := objects.CheckArgs("pipe2", args, kw, 1, 1); err != nil {
			return null, err
		}
		flags, err := osutil.Int(t, args[0], "pipe2")
		if err != nil {
			return null, err
		}
		var p [2]int
		if e := syscall.Pipe2(p[:], int(flags)); e != nil {
			return null, osutil.OSError(e, null, null)
		}
		return objects.Tuple2(objects.Int(int64(p[0])), objects.Int(int64(p[1]))), nil
	})
	set("fstat", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		a, err := osutil.Args("fstat", args, kw, []string{"fd"}, 1)
		if err != nil {
			return null, err
		}
		fd, err := fdArg(t, a[0])
		if err != nil {
			return null, err
		}
		var st syscall.Stat_t
		if e := syscall.Fstat(fd, &st); e != nil {
			return null, osutil.OSError(e, null, null)
		}
		return StatValue(&st), nil
	})
	fdOp := func(name string, f func(fd int) error) {
		set(name, func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
			a, err := osutil.Args(name, args, kw, []string{"fd"}, 1)
			if err != nil {
				return null, err
			}
			var fd int
			if objects.IsIntValue(a[0]) {
				fd, err = fdArg(t, a[0])
			} else {
				// fsync accepts objects with fileno()
				r, e2 := objects.CallMethod(t, a[0], "fileno")
				if e2 != nil {
					return null, e2
				}
				fd, err = fdArg(t, r)
			}
			if err != nil {
				return null, err
			}
			if e := f(fd); e != nil {
				return null, osutil.OSError(e, null, null)
			}
			return objects.None, nil
		})
	}
	fdOp("fsync", syscall.Fsync)
	fdOp("fdatasync", syscall.Fdatasync)
	fdOp("fchdir", syscall.Fchdir)
	set("ftruncate", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		if err := objects.CheckArgs("ftruncate", args, kw, 2, 2); err != nil {
			return null, err
		}
		fd, err := fdArg(t, args[0])
		if err != nil {
			return null, err
		}
		n, err := osutil.Int(t, args[1], "ftruncate")
		if err != nil {
			return null, err
		}
		if e := syscall.Ftruncate(fd, n); e != nil {
			return null, osutil.OSError(e, null, null)
		}
		return objects.None, nil
	})
	set("truncate", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		a, err := osutil.Args("truncate", args, kw, []string{"path", "length"}, 2)
		if err != nil {
			return null, err
		}
		p, err := osutil.PathArg(t, a[0], "truncate", "path", true)
		if err != nil {
			return null, err
		}
		n, err := osutil.Int(t, a[1], "truncate")
		if err != nil {
			return null, err
		}
		var e error
		if p.FD >= 0 {
			e = syscall.Ftruncate(p.FD, n)
		} else {
			e = syscall.Truncate(p.S, n)
		}
		if e != nil {
			return null, osutil.OSError(e, p.Obj, null)
		}
		return objects.None, nil
	})
	set("isatty", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		if err := objects.CheckArgs("isatty", args, kw, 1, 1); err != nil {
			return null, err
		}
		fd, err := fdArg(t, args[0])
		if err != nil {
			return null, err
		}
		return objects.Bool(isatty(fd)), nil
	})
	set("ttyname", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		if err := objects.CheckArgs("ttyname", args, kw, 1, 1); err != nil {
			return null, err
		}
		fd, err := fdArg(t, args[0])
		if err != nil {
			return null, err
		}
		if !isatty(fd) {
			return null, osutil.ErrnoError(syscall.ENOTTY, null)
		}
		s, e := os.Readlink("/proc/self/fd/" + itoa(fd))
		if e != nil {
			return null, osutil.OSError(e, null, null)
		}
		return objects.NewStrValue(s), nil
	})
	set("device_encoding", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		a, err := osutil.Args("device_encoding", args, kw, []string{"fd"}, 1)
		if err != nil {
			return null, err
		}
		fd, err := fdArg(t, a[0])
		if err != nil {
			return null, err
		}
		if isatty(fd) {
			return objects.NewStrValue("UTF-8"), nil
		}
		return objects.None, nil
	})
	set("get_inheritable", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		if err := objects.CheckArgs("get_inheritable", args, kw, 1, 1); err != nil {
			return null, err
		}
		fd, err := fdArg(t, args[0])
		if err != nil {
			return null, err
		}
		r, e := fcntl(fd, syscall.F_GETFD, 0)
		if e != nil {
			return null, osutil.OSError(e, null, null)
		}
		return objects.Bool(r&syscall.FD_CLOEXEC == 0), nil
	})
	set("set_inheritable", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		if err := objects.CheckArgs("set_inheritable", args, kw, 2, 2); err != nil {
			return null, err
		}
		fd, err := fdArg(t, args[0])
		if err != nil {
			return null, err
		}
		inh, err := objects.Truth(t, args[1])
		if err != nil {
			return null, err
		}
		return none(setInheritable(fd, inh))
	})
	set("get_blocking", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		if err := objects.CheckArgs("get_blocking", args, kw, 1, 1); err != nil {
			return null, err
		}
		fd, err := fdArg(t, args[0])
		if err != nil {
			return null, err
		}
		r, e := fcntl(fd, syscall.F_GETFL, 0)
		if e != nil {
			return null, osutil.OSError(e, null, null)
		}
		return objects.Bool(r&syscall.O_NONBLOCK == 0), nil
	})
	set("set_blocking", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		if err := objects.CheckArgs("set_blocking", args, kw, 2, 2); err != nil {
			return null, err
		}
		fd, err := fdArg(t, args[0])
		if err != nil {
			return null, err
		}
		blocking, err := objects.Truth(t, args[1])
		if err != nil {
			return null, err
		}
		if e := syscall.SetNonblock(fd, !blocking); e != nil {
			return null, osutil.OSError(e, null, null)
		}
		return objects.None, nil
	})
	set("get_terminal_size", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		if err := objects.CheckArgs("get_terminal_size", args, kw, 0, 1); err != nil {
			return null, err
		}
		fd := 1
		if len(args) == 1 {
			var err *Exc
			if fd, err = fdArg(t, args[0]); err != nil {
				return null, err
			}
		}
		c, r, e := termSize(fd)
		if e != nil {
			return null, osutil.OSError(e, null, null)
		}
		return terminalSize.New([]Value{objects.Int(int64(c)), objects.Int(int64(r))}), nil
	})
}

// readCap bounds a large read request so that os.read(fd, 1 << 30) on a
// small file does not allocate (and zero) a gigabyte: a regular file
// yields at most what is left of it, anything else at most 1 MiB.
func readCap(fd int, n int64) int64 {
	var st syscall.Stat_t
	if syscall.Fstat(fd, &st) == nil && st.Mode&syscall.S_IFMT == syscall.S_IFREG {
		if cur, err := syscall.Seek(fd, 0, 1); err == nil {
			return min(n, max(st.Size-cur, 0)+1)
		}
	}
	return 1 << 20
}

func setInheritable(fd int, inh bool) *Exc {
	r, e := fcntl(fd, syscall.F_GETFD, 0)
	if e != nil {
		return osutil.OSError(e, null, null)
	}
	if inh {
		r &^= syscall.FD_CLOEXEC
	} else {
		r |= syscall.FD_CLOEXEC
	}
	if _, e := fcntl(fd, syscall.F_SETFD, r); e != nil {
		return osutil.OSError(e, null, null)
	}
	return nil
}

// retry runs a system call again on EINTR (PEP 475), running pending
// signal handlers in between; other errors become OSError(filename).
func retry(t *objects.Thread, f func() error, filename Value) *Exc {
	for {
		var e error
		osutil.Blocking(t, func() { e = f() })
		if e == nil {
			return nil
		}
		if e != syscall.EINTR {
			return osutil.OSError(e, filename, null)
		}
		if objects.SignalsPending.Load() != 0 {
			if err := objects.RunSignalHandlers(t); err != nil {
				return err
			}
		}
	}
}

func itoa(n int) string {
	if n < 0 {
		return "-" + itoa(-n)
	}
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}
