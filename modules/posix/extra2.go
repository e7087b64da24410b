package posix

import (
	"crypto/rand"
	"strings"
	"syscall"
	"unsafe"

	"taipan/modules/internal/osutil"
	"taipan/objects"
)

// normpath is posixpath.normpath (what posix._path_normpath computes).
func normpath(p string) string {
	if p == "" {
		return "."
	}
	initial := 0
	if strings.HasPrefix(p, "/") {
		initial = 1
		if strings.HasPrefix(p, "//") && !strings.HasPrefix(p, "///") {
			initial = 2
		}
	}
	var comps []string
	for _, c := range strings.Split(p, "/") {
		if c == "" || c == "." {
			continue
		}
		if c != ".." || (initial == 0 && len(comps) == 0) || (len(comps) > 0 && comps[len(comps)-1] == "..") {
			comps = append(comps, c)
		} else if len(comps) > 0 {
			comps = comps[:len(comps)-1]
		}
	}
	r := strings.Repeat("/", initial) + strings.Join(comps, "/")
	if r == "" {
		return "."
	}
	return r
}

func xattrCall(nr, lnr, fnr uintptr, p osutil.Path, follow bool, a2, a3, a4, a5 uintptr) (uintptr, syscall.Errno) {
	if p.FD >= 0 {
		r, _, e := syscall.Syscall6(fnr, uintptr(p.FD), a2, a3, a4, a5, 0)
		return r, e
	}
	path, err := syscall.BytePtrFromString(p.S)
	if err != nil {
		return 0, syscall.EINVAL
	}
	if !follow {
		nr = lnr
	}
	r, _, e := syscall.Syscall6(nr, uintptr(unsafe.Pointer(path)), a2, a3, a4, a5, 0)
	return r, e
}

func extra2Functions(m *objects.Module) {
	set := func(name string, fn osutil.Fn) { osutil.Set(m, name, fn) }
	for k, v := range map[string]int64{"XATTR_CREATE": 1, "XATTR_REPLACE": 2, "XATTR_SIZE_MAX": 65536,
		"EFD_CLOEXEC": 0x80000, "EFD_NONBLOCK": 0x800, "EFD_SEMAPHORE": 1,
		"MFD_CLOEXEC": 1, "MFD_ALLOW_SEALING": 2, "MFD_HUGETLB": 4} {
		osutil.SetInt(m, k, v)
	}
	set("_path_normpath", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		a, err := osutil.Args("_path_normpath", args, kw, []string{"path"}, 1)
		if err != nil {
			return null, err
		}
		if !a[0].IsInstance(objects.StrType) {
			return null, objects.Errorf(objects.ExcTypeError, "expected 'str', not '%s'", a[0].Type().Name)
		}
		in := objects.As[objects.Str](a[0]).S
		r := normpath(in)
		if r == "." && in != "." {
			r = "" // posixpath.normpath adds the "."
		}
		return objects.NewStrValue(r), nil
	})
	set("setpgrp", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		if e := syscall.Setpgid(0, 0); e != nil {
			return null, osutil.OSError(e, null, null)
		}
		return objects.None, nil
	})
	set("chroot", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		a, err := osutil.Args("chroot", args, kw, []string{"path"}, 1)
		if err != nil {
			return null, err
		}
		p, err := osutil.PathArg(t, a[0], "chroot", "path", false)
		if err != nil {
			return null, err
		}
		if e := syscall.Chroot(p.S); e != nil {
			return null, osutil.OSError(e, p.Obj, null)
		}
		return objects.None, nil
	})
	set("lockf", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		if err := objects.CheckArgs("lockf", args, kw, 3, 3); err != nil {
			return null, err
		}
		var v [3]int64
		for i := range v {
			n, err := osutil.Int(t, args[i], "lockf")
			if err != nil {
				return null, err
			}
			v[i] = n
		}
		lk := syscall.Flock_t{Whence: 1, Len: v[2]}
		cmd := syscall.F_SETLKW
		switch v[1] {
		case 0: // F_ULOCK
			lk.Type = syscall.F_UNLCK
			cmd = syscall.F_SETLK
		case 1: // F_LOCK
			lk.Type = syscall.F_WRLCK
		case 2: // F_TLOCK
			lk.Type = syscall.F_WRLCK
			cmd = syscall.F_SETLK
		case 3: // F_TEST
			lk.Type = syscall.F_WRLCK
			if e := syscall.FcntlFlock(uintptr(v[0]), syscall.F_GETLK, &lk); e != nil {
				return null, osutil.OSError(e, null, null)
			}
			if lk.Type == syscall.F_UNLCK || int(lk.Pid) == syscall.Getpid() {
				return objects.None, nil
			}
			return null, osutil.ErrnoError(syscall.EACCES, null)
		default:
			return null, osutil.ErrnoError(syscall.EINVAL, null)
		}
		if e := syscall.FcntlFlock(uintptr(v[0]), cmd, &lk); e != nil {
			if e == syscall.EAGAIN {
				e = syscall.EACCES
			}
			return null, osutil.OSError(e, null, null)
		}
		return objects.None, nil
	})
	set("getrandom", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		a, err := osutil.Args("getrandom", args, kw, []string{"size", "flags"}, 1)
		if err != nil {
			return null, err
		}
		n, err := osutil.Int(t, a[0], "getrandom")
		if err != nil {
			return null, err
		}
		if n < 0 {
			return null, osutil.ErrnoError(syscall.EINVAL, null)
		}
		b := make([]byte, n)
		rand.Read(b)
		return objects.NewBytes(b), nil
	})
	set("memfd_create", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		a, err := osutil.Args("memfd_create", args, kw, []string{"name", "flags"}, 1)
		if err != nil {
			return null, err
		}
		p, err := osutil.PathArg(t, a[0], "memfd_create", "name", false)
		if err != nil {
			return null, err
		}
		flags, err := osutil.IntOr(t, a[1], 1, "memfd_create")
		if err != nil {
			return null, err
		}
		name, _ := syscall.BytePtrFromString(p.S)
		fd, _, e := syscall.Syscall(319, uintptr(unsafe.Pointer(name)), uintptr(flags), 0) // memfd_create
		if e != 0 {
			return null, osutil.ErrnoError(e, null)
		}
		return objects.Int(int64(fd)), nil
	})
	set("eventfd", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		a, err := osutil.Args("eventfd", args, kw, []string{"initval", "flags"}, 1)
		if err != nil {
			return null, err
		}
		iv, err := osutil.Int(t, a[0], "eventfd")
		if err != nil {
			return null, err
		}
		flags, err := osutil.IntOr(t, a[1], 0x80000, "eventfd")
		if err != nil {
			return null, err
		}
		fd, _, e := syscall.Syscall(syscall.SYS_EVENTFD2, uintptr(iv), uintptr(flags), 0)
		if e != 0 {
			return null, osutil.ErrnoError(e, null)
		}
		return objects.Int(int64(fd)), nil
	})
	set("eventfd_read", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		if err := objects.CheckArgs("eventfd_read", args, kw, 1, 1); err != nil {
			return null, err
		}
		fd, err := fdArg(t, args[0])
		if err != nil {
			return null, err
		}
		var buf [8]byte
		if err := retry(t, func() error { _, e := syscall.Read(fd, buf[:]); return e }, null); err != nil {
			return null, err
		}
		return u64(*(*uint64)(unsafe.Pointer(&buf[0]))), nil
	})
	set("eventfd_write", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		if err := objects.CheckArgs("eventfd_write", args, kw, 2, 2); err != nil {
			return null, err
		}
		fd, err := fdArg(t, args[0])
		if err != nil {
			return null, err
		}
		v, err := osutil.Int(t, args[1], "eventfd_write")
		if err != nil {
			return null, err
		}
		var buf [8]byte
		*(*uint64)(unsafe.Pointer(&buf[0])) = uint64(v)
		if err := retry(t, func() error { _, e := syscall.Write(fd, buf[:]); return e }, null); err != nil {
			return null, err
		}
		return objects.None, nil
	})
	set("posix_fallocate", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		if err := objects.CheckArgs("posix_fallocate", args, kw, 3, 3); err != nil {
			return null, err
		}
		var v [3]int64
		for i := range v {
			n, err := osutil.Int(t, args[i], "posix_fallocate")
			if err != nil {
				return null, err
			}
			v[i] = n
		}
		if e := syscall.Fallocate(int(v[0]), 0, v[1], v[2]); e != nil {
			return null, osutil.OSError(e, null, null)
		}
		return objects.None, nil
	})
	set("posix_fadvise", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		if err := objects.CheckArgs("posix_fadvise", args, kw, 4, 4); err != nil {
			return null, err
		}
		var v [4]int64
		for i := range v {
			n, err := osutil.Int(t, args[i], "posix_fadvise")
			if err != nil {
				return null, err
			}
			v[i] = n
		}
		if _, _, e := syscall.Syscall6(syscall.SYS_FADVISE64, uintptr(v[0]), uintptr(v[1]), uintptr(v[2]), uintptr(v[3]), 0, 0); e != 0 {
			return null, osutil.ErrnoError(e, null)
		}
		return objects.None, nil
	})
	pgrp := func(name string, setting bool) {
		set(name, func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
			n := 1
			if setting {
				n = 2
			}
			if err := objects.CheckArgs(name, args, kw, n, n); err != nil {
				return null, err
			}
			fd, err := fdArg(t, args[0])
			if err != nil {
				return null, err
			}
			var pg int32
			req := uintptr(syscall.TIOCGPGRP)
			if setting {
				v, err := osutil.Int(t, args[1], name)
				if err != nil {
					return null, err
				}
				pg = int32(v)
				req = syscall.TIOCSPGRP
			}
			if _, _, e := syscall.Syscall(syscall.SYS_IOCTL, uintptr(fd), req, uintptr(unsafe.Pointer(&pg))); e != 0 {
				return null, osutil.ErrnoError(e, null)
			}
			if setting {
				return objects.None, nil
			}
			return objects.Int(int64(pg)), nil
		})
	}
	pgrp("tcgetpgrp", false)
	pgrp("tcsetpgrp", true)
	set("sched_get_priority_max", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		a, err := osutil.Args("sched_get_priority_max", args, kw, []string{"policy"}, 1)
		if err != nil {
			return null, err
		}
		p, err := osutil.Int(t, a[0], "sched_get_priority_max")
		if err != nil {
			return null, err
		}
		r, _, e := syscall.Syscall(syscall.SYS_SCHED_GET_PRIORITY_MAX, uintptr(p), 0, 0)
		if e != 0 {
			return null, osutil.ErrnoError(e, null)
		}
		return objects.Int(int64(r)), nil
	})
	set("sched_get_priority_min", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		a, err := osutil.Args("sched_get_priority_min", args, kw, []string{"policy"}, 1)
		if err != nil {
			return null, err
		}
		p, err := osutil.Int(t, a[0], "sched_get_priority_min")
		if err != nil {
			return null, err
		}
		r, _, e := syscall.Syscall(syscall.SYS_SCHED_GET_PRIORITY_MIN, uintptr(p), 0, 0)
		if e != 0 {
			return null, osutil.ErrnoError(e, null)
		}
		return objects.Int(int64(r)), nil
	})

	// Extended attributes.
	xattrPath := func(t *objects.Thread, name string, a []Value) (osutil.Path, bool, *Exc) {
		p, err := osutil.PathArg(t, a[0], name, "path", true)
		if err != nil {
			return p, false, err
		}
		follow, err := osutil.Bool(t, a[len(a)-1], true)
		return p, follow, err
	}
	set("listxattr", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		a, err := osutil.Args("listxattr", args, kw, []string{"path", "$follow_symlinks"}, 0)
		if err != nil {
			return null, err
		}
		if !osutil.Given(a[0]) {
			a[0] = objects.NewStrValue(".")
		}
		p, follow, err := xattrPath(t, "listxattr", a)
		if err != nil {
			return null, err
		}
		for size := 1024; size <= 1<<20; size *= 4 {
			buf := make([]byte, size)
			n, e := xattrCall(syscall.SYS_LISTXATTR, syscall.SYS_LLISTXATTR, syscall.SYS_FLISTXATTR, p, follow,
				uintptr(unsafe.Pointer(&buf[0])), uintptr(size), 0, 0)
			if e == syscall.ERANGE {
				continue
			}
			if e != 0 {
				return null, osutil.ErrnoError(e, p.Obj)
			}
			var out []Value
			for _, s := range strings.Split(string(buf[:n]), "\x00") {
				if s != "" {
					out = append(out, objects.NewStrValue(osutil.FSDecode(s)))
				}
			}
			return objects.NewListValue(out), nil
		}
		return null, osutil.ErrnoError(syscall.ERANGE, p.Obj)
	})
	set("getxattr", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		a, err := osutil.Args("getxattr", args, kw, []string{"path", "attribute", "$follow_symlinks"}, 2)
		if err != nil {
			return null, err
		}
		p, follow, err := xattrPath(t, "getxattr", a)
		if err != nil {
			return null, err
		}
		attr, err := osutil.PathArg(t, a[1], "getxattr", "attribute", false)
		if err != nil {
			return null, err
		}
		an, _ := syscall.BytePtrFromString(attr.S)
		for size := 1024; size <= 1<<20; size *= 4 {
			buf := make([]byte, size)
			n, e := xattrCall(syscall.SYS_GETXATTR, syscall.SYS_LGETXATTR, syscall.SYS_FGETXATTR, p, follow,
				uintptr(unsafe.Pointer(an)), uintptr(unsafe.Pointer(&buf[0])), uintptr(size), 0)
			if e == syscall.ERANGE {
				continue
			}
			if e != 0 {
				return null, osutil.ErrnoError(e, p.Obj)
			}
			return objects.NewBytes(buf[:n]), nil
		}
		return null, osutil.ErrnoError(syscall.ERANGE, p.Obj)
	})
	set("setxattr", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		a, err := osutil.Args("setxattr", args, kw, []string{"path", "attribute", "value", "flags", "$follow_symlinks"}, 3)
		if err != nil {
			return null, err
		}
		p, follow, err := xattrPath(t, "setxattr", a)
		if err != nil {
			return null, err
		}
		attr, err := osutil.PathArg(t, a[1], "setxattr", "attribute", false)
		if err != nil {
			return null, err
		}
		val, err := bufferBytes(t, a[2], "setxattr")
		if err != nil {
			return null, err
		}
		flags, err := osutil.IntOr(t, a[3], 0, "setxattr")
		if err != nil {
			return null, err
		}
		an, _ := syscall.BytePtrFromString(attr.S)
		var vp unsafe.Pointer
		if len(val) > 0 {
			vp = unsafe.Pointer(&val[0])
		}
		if _, e := xattrCall(syscall.SYS_SETXATTR, syscall.SYS_LSETXATTR, syscall.SYS_FSETXATTR, p, follow,
			uintptr(unsafe.Pointer(an)), uintptr(vp), uintptr(len(val)), uintptr(flags)); e != 0 {
			return null, osutil.ErrnoError(e, p.Obj)
		}
		return objects.None, nil
	})
	set("removexattr", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		a, err := osutil.Args("removexattr", args, kw, []string{"path", "attribute", "$follow_symlinks"}, 2)
		if err != nil {
			return null, err
		}
		p, follow, err := xattrPath(t, "removexattr", a)
		if err != nil {
			return null, err
		}
		attr, err := osutil.PathArg(t, a[1], "removexattr", "attribute", false)
		if err != nil {
			return null, err
		}
		an, _ := syscall.BytePtrFromString(attr.S)
		if _, e := xattrCall(syscall.SYS_REMOVEXATTR, syscall.SYS_LREMOVEXATTR, syscall.SYS_FREMOVEXATTR, p, follow,
			uintptr(unsafe.Pointer(an)), 0, 0, 0); e != 0 {
			return null, osutil.ErrnoError(e, p.Obj)
		}
		return objects.None, nil
	})
}
