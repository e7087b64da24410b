// Package fcntl is the fcntl module.
package fcntl

import (
	"syscall"
	"unsafe"

	"taipan/modules/internal/osutil"
	"taipan/objects"
)

type (
	Value = objects.Value
	Exc   = objects.BaseException
)

var constants = map[string]int64{"DN_ACCESS": 1, "DN_ATTRIB": 32, "DN_CREATE": 4, "DN_DELETE": 8, "DN_MODIFY": 2,
	"DN_MULTISHOT": 2147483648, "DN_RENAME": 16, "FASYNC": 8192, "FD_CLOEXEC": 1, "F_ADD_SEALS": 1033,
	"F_DUPFD": 0, "F_DUPFD_CLOEXEC": 1030, "F_EXLCK": 4, "F_GETFD": 1, "F_GETFL": 3, "F_GETLEASE": 1025,
	"F_GETLK": 5, "F_GETLK64": 5, "F_GETOWN": 9, "F_GETPIPE_SZ": 1032, "F_GETSIG": 11, "F_GET_SEALS": 1034,
	"F_NOTIFY": 1026, "F_OFD_GETLK": 36, "F_OFD_SETLK": 37, "F_OFD_SETLKW": 38, "F_RDLCK": 0,
	"F_SEAL_GROW": 4, "F_SEAL_SEAL": 1, "F_SEAL_SHRINK": 2, "F_SEAL_WRITE": 8, "F_SETFD": 2, "F_SETFL": 4,
	"F_SETLEASE": 1024, "F_SETLK": 6, "F_SETLK64": 6, "F_SETLKW": 7, "F_SETLKW64": 7, "F_SETOWN": 8,
	"F_SETPIPE_SZ": 1031, "F_SETSIG": 10, "F_SHLCK": 8, "F_UNLCK": 2, "F_WRLCK": 1, "LOCK_EX": 2,
	"LOCK_MAND": 32, "LOCK_NB": 4, "LOCK_READ": 64, "LOCK_RW": 192, "LOCK_SH": 1, "LOCK_UN": 8, "LOCK_WRITE": 128}

func fdOf(t *objects.Thread, v Value) (int, *Exc) {
	if !objects.IsIntValue(v) {
		r, err := objects.CallMethod(t, v, "fileno")
		if err != nil {
			if err.Matches(objects.ExcAttributeError) {
				return 0, objects.Errorf(objects.ExcTypeError, "argument must be an int, or have a fileno() method.")
			}
			return 0, err
		}
		v = r
	}
	n, err := osutil.Int(t, v, "fileno")
	if err != nil {
		return 0, err
	}
	if n < 0 {
		return 0, objects.Errorf(objects.ExcValueError, "file descriptor cannot be a negative integer (%d)", n)
	}
	return int(n), nil
}

// call runs fcntl/ioctl with an int or a buffer argument (the buffer is
// copied, passed by address, and the result returned as bytes).
func call(t *objects.Thread, nr uintptr, fd int, cmd int64, arg Value) (Value, *Exc) {
	if !arg.IsNull() && (arg.IsInstance(objects.BytesType) || arg.IsInstance(objects.StrType)) {
		var b []byte
		if arg.IsInstance(objects.StrType) {
			b = []byte(objects.As[objects.Str](arg).S)
		} else {
			b = objects.As[objects.Bytes](arg).B
		}
		if len(b) > 1024 {
			return objects.Null, objects.Errorf(objects.ExcValueError, "fcntl argument 3 is too long")
		}
		buf := make([]byte, 1024)
		copy(buf, b)
		_, _, e := syscall.Syscall(nr, uintptr(fd), uintptr(cmd), uintptr(unsafe.Pointer(&buf[0])))
		if e != 0 {
			return objects.Null, osutil.ErrnoError(e, objects.Null)
		}
		return objects.NewBytes(buf[:len(b)]), nil
	}
	n := int64(0)
	if osutil.Given(arg) {
		var err *Exc
		if n, err = osutil.Int(t, arg, "fcntl"); err != nil {
			return objects.Null, err
		}
	}
	for {
		r, _, e := syscall.Syscall(nr, uintptr(fd), uintptr(cmd), uintptr(n))
		if e == syscall.EINTR {
			continue
		}
		if e != 0 {
			return objects.Null, osutil.ErrnoError(e, objects.Null)
		}
		return objects.Int(int64(int32(r))), nil
	}
}

func init() {
	objects.RegisterModule("fcntl", func(t *objects.Thread, m *objects.Module) *Exc {
		for k, v := range constants {
			m.Set(k, objects.Int(v))
		}
		osutil.Set(m, "fcntl", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
			if err := objects.CheckArgs("fcntl", args, kw, 2, 3); err != nil {
				return objects.Null, err
			}
			fd, err := fdOf(t, args[0])
			if err != nil {
				return objects.Null, err
			}
			cmd, err := osutil.Int(t, args[1], "fcntl")
			if err != nil {
				return objects.Null, err
			}
			arg := objects.Null
			if len(args) == 3 {
				arg = args[2]
			}
			return call(t, syscall.SYS_FCNTL, fd, cmd, arg)
		})
		osutil.Set(m, "ioctl", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
			if err := objects.CheckArgs("ioctl", args, kw, 2, 4); err != nil {
				return objects.Null, err
			}
			fd, err := fdOf(t, args[0])
			if err != nil {
				return objects.Null, err
			}
			cmd, err := osutil.Int(t, args[1], "ioctl")
			if err != nil {
				return objects.Null, err
			}
			arg := objects.Null
			if len(args) >= 3 {
				arg = args[2]
			}
			return call(t, syscall.SYS_IOCTL, fd, cmd, arg)
		})
		osutil.Set(m, "flock", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
			if err := objects.CheckArgs("flock", args, kw, 2, 2); err != nil {
				return objects.Null, err
			}
			fd, err := fdOf(t, args[0])
			if err != nil {
				return objects.Null, err
			}
			op, err := osutil.Int(t, args[1], "flock")
			if err != nil {
				return objects.Null, err
			}
			if e := syscall.Flock(fd, int(op)); e != nil {
				return objects.Null, osutil.OSError(e, objects.Null, objects.Null)
			}
			return objects.None, nil
		})
		osutil.Set(m, "lockf", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
			if err := objects.CheckArgs("lockf", args, kw, 2, 5); err != nil {
				return objects.Null, err
			}
			fd, err := fdOf(t, args[0])
			if err != nil {
				return objects.Null, err
			}
			var v [4]int64 // cmd, len, start, whence
			for i := 1; i < len(args); i++ {
				if v[i-1], err = osutil.Int(t, args[i], "lockf"); err != nil {
					return objects.Null, err
				}
			}
			lk := syscall.Flock_t{Start: v[2], Len: v[1], Whence: int16(v[3])}
			cmd := syscall.F_SETLKW
			if v[0]&8 != 0 { // LOCK_UN
				lk.Type = syscall.F_UNLCK
			} else {
				if v[0]&1 != 0 {
					lk.Type = syscall.F_RDLCK
				} else if v[0]&2 != 0 {
					lk.Type = syscall.F_WRLCK
				} else {
					return objects.Null, objects.Errorf(objects.ExcValueError, "unrecognized lockf argument")
				}
				if v[0]&4 != 0 {
					cmd = syscall.F_SETLK
				}
			}
			if e := syscall.FcntlFlock(uintptr(fd), cmd, &lk); e != nil {
				return objects.Null, osutil.OSError(e, objects.Null, objects.Null)
			}
			return objects.None, nil
		})
		return nil
	})
}
