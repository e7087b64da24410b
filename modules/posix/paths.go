package posix

import (
	"math"
	"syscall"
	"time"

	"taipan/modules/internal/osutil"
	"taipan/objects"
)

func pathFunctions(m *objects.Module) {
	set := func(name string, fn osutil.Fn) { osutil.Set(m, name, fn) }

	set("stat", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		return statPath(t, "stat", args, kw, true)
	})
	set("lstat", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		return statPath(t, "lstat", args, kw, false)
	})
	set("access", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		a, err := osutil.Args("access", args, kw, []string{"path", "mode", "$dir_fd", "$effective_ids", "$follow_symlinks"}, 2)
		if err != nil {
			return null, err
		}
		p, err := osutil.PathArg(t, a[0], "access", "path", false)
		if err != nil {
			return null, err
		}
		mode, err := osutil.Int(t, a[1], "access")
		if err != nil {
			return null, err
		}
		dirfd, err := dirFD(t, a[2])
		if err != nil {
			return null, err
		}
		flags := 0
		if b, _ := osutil.Bool(t, a[3], false); b {
			flags |= atEaccess
		}
		if b, _ := osutil.Bool(t, a[4], true); !b {
			flags |= atSymlinkNofollow
		}
		return objects.Bool(faccessat(dirfd, p.S, uint32(mode), flags) == nil), nil
	})
	set("chdir", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		a, err := osutil.Args("chdir", args, kw, []string{"path"}, 1)
		if err != nil {
			return null, err
		}
		p, err := osutil.PathArg(t, a[0], "chdir", "path", true)
		if err != nil {
			return null, err
		}
		var e error
		if p.FD >= 0 {
			e = syscall.Fchdir(p.FD)
		} else {
			e = syscall.Chdir(p.S)
		}
		if e != nil {
			return null, osutil.OSError(e, p.Obj, null)
		}
		return objects.None, nil
	})
	getcwd := func(name string, asBytes bool) {
		set(name, func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
			if err := objects.CheckArgs(name, args, kw, 0, 0); err != nil {
				return null, err
			}
			buf := make([]byte, 4096)
			n, e := syscall.Getcwd(buf)
			if e != nil {
				return null, osutil.OSError(e, null, null)
			}
			s := string(buf[:n-1])
			if asBytes {
				return objects.NewBytes([]byte(s)), nil
			}
			return objects.NewStrValue(osutil.FSDecode(s)), nil
		})
	}
	getcwd("getcwd", false)
	getcwd("getcwdb", true)
	set("listdir", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		a, err := osutil.Args("listdir", args, kw, []string{"path"}, 0)
		if err != nil {
			return null, err
		}
		p := osutil.Path{S: ".", FD: -1, Obj: objects.NewStrValue(".")}
		if osutil.Given(a[0]) {
			if p, err = osutil.PathArg(t, a[0], "listdir", "path", true); err != nil {
				return null, err
			}
		}
		ents, err := readDir(p)
		if err != nil {
			return null, err
		}
		out := make([]Value, len(ents))
		for i, e := range ents {
			out[i] = p.Result(e.name)
		}
		return objects.NewListValue(out), nil
	})
	set("mkdir", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		a, err := osutil.Args("mkdir", args, kw, []string{"path", "mode", "$dir_fd"}, 1)
		if err != nil {
			return null, err
		}
		p, err := osutil.PathArg(t, a[0], "mkdir", "path", false)
		if err != nil {
			return null, err
		}
		mode, err := osutil.IntOr(t, a[1], 0o777, "mkdir")
		if err != nil {
			return null, err
		}
		dirfd, err := dirFD(t, a[2])
		if err != nil {
			return null, err
		}
		if e := syscall.Mkdirat(dirfd, p.S, uint32(mode)); e != nil {
			return null, osutil.OSError(e, p.Obj, null)
		}
		return objects.None, nil
	})
	unlink := func(name string, flags int) {
		set(name, func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
			a, err := osutil.Args(name, args, kw, []string{"path", "$dir_fd"}, 1)
			if err != nil {
				return null, err
			}
			p, err := osutil.PathArg(t, a[0], name, "path", false)
			if err != nil {
				return null, err
			}
			dirfd, err := dirFD(t, a[1])
			if err != nil {
				return null, err
			}
			if e := unlinkat(dirfd, p.S, flags); e != nil {
				return null, osutil.OSError(e, p.Obj, null)
			}
			return objects.None, nil
		})
	}
	unlink("rmdir", atRemoveDir)
	unlink("unlink", 0)
	unlink("remove", 0)
	rename := func(name string) {
		set(name, func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
			a, err := osutil.Args(name, args, kw, []string{"src", "dst", "$src_dir_fd", "$dst_dir_fd"}, 2)
			if err != nil {
				return null, err
			}
			src, err := osutil.PathArg(t, a[0], name, "src", false)
			if err != nil {
				return null, err
			}
			dst, err := osutil.PathArg(t, a[1], name, "dst", false)
			if err != nil {
				return null, err
			}
			sfd, err := dirFD(t, a[2])
			if err != nil {
				return null, err
			}
			dfd, err := dirFD(t, a[3])
			if err != nil {
				return null, err
			}
			if e := syscall.Renameat(sfd, src.S, dfd, dst.S); e != nil {
				return null, osutil.OSError(e, src.Obj, dst.Obj)
			}
			return objects.None, nil
		})
	}
	rename("rename")
	rename("replace")
	set("link", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		a, err := osutil.Args("link", args, kw, []string{"src", "dst", "$src_dir_fd", "$dst_dir_fd", "$follow_symlinks"}, 2)
		if err != nil {
			return null, err
		}
		src, err := osutil.PathArg(t, a[0], "link", "src", false)
		if err != nil {
			return null, err
		}
		dst, err := osutil.PathArg(t, a[1], "link", "dst", false)
		if err != nil {
			return null, err
		}
		sfd, err := dirFD(t, a[2])
		if err != nil {
			return null, err
		}
		dfd, err := dirFD(t, a[3])
		if err != nil {
			return null, err
		}
		flags := atSymlinkFollow
		if b, _ := osutil.Bool(t, a[4], true); !b {
			flags = 0
		}
		if e := linkat(sfd, src.S, dfd, dst.S, flags); e != nil {
			return null, osutil.OSError(e, src.Obj, dst.Obj)
		}
		return objects.None, nil
	})
	set("symlink", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		a, err := osutil.Args("symlink", args, kw, []string{"src", "dst", "target_is_directory", "$dir_fd"}, 2)
		if err != nil {
			return null, err
		}
		src, err := osutil.PathArg(t, a[0], "symlink", "src", false)
		if err != nil {
			return null, err
		}
		dst, err := osutil.PathArg(t, a[1], "symlink", "dst", false)
		if err != nil {
			return null, err
		}
		dfd, err := dirFD(t, a[3])
		if err != nil {
			return null, err
		}
		if e := symlinkat(src.S, dfd, dst.S); e != nil {
			return null, osutil.OSError(e, src.Obj, dst.Obj)
		}
		return objects.None, nil
	})
	set("readlink", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		a, err := osutil.Args("readlink", args, kw, []string{"path", "$dir_fd"}, 1)
		if err != nil {
			return null, err
		}
		p, err := osutil.PathArg(t, a[0], "readlink", "path", false)
		if err != nil {
			return null, err
		}
		dfd, err := dirFD(t, a[1])
		if err != nil {
			return null, err
		}
		s, e := readlinkat(dfd, p.S)
		if e != nil {
			return null, osutil.OSError(e, p.Obj, null)
		}
		return p.Result(s), nil
	})
	set("chmod", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		a, err := osutil.Args("chmod", args, kw, []string{"path", "mode", "$dir_fd", "$follow_symlinks"}, 2)
		if err != nil {
			return null, err
		}
		p, err := osutil.PathArg(t, a[0], "chmod", "path", true)
		if err != nil {
			return null, err
		}
		mode, err := osutil.Int(t, a[1], "chmod")
		if err != nil {
			return null, err
		}
		dfd, err := dirFD(t, a[2])
		if err != nil {
			return null, err
		}
		if b, _ := osutil.Bool(t, a[3], true); !b {
			return null, objects.Errorf(objects.ExcNotImplementedError, "chmod: follow_symlinks unavailable on this platform")
		}
		var e error
		if p.FD >= 0 {
			e = syscall.Fchmod(p.FD, uint32(mode))
		} else {
			e = fchmodat(dfd, p.S, uint32(mode))
		}
		if e != nil {
			return null, osutil.OSError(e, p.Obj, null)
		}
		return objects.None, nil
	})
	set("fchmod", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		a, err := osutil.Args("fchmod", args, kw, []string{"fd", "mode"}, 2)
		if err != nil {
			return null, err
		}
		fd, err := fdArg(t, a[0])
		if err != nil {
			return null, err
		}
		mode, err := osutil.Int(t, a[1], "fchmod")
		if err != nil {
			return null, err
		}
		if e := syscall.Fchmod(fd, uint32(mode)); e != nil {
			return null, osutil.OSError(e, null, null)
		}
		return objects.None, nil
	})
	chown := func(name string, fd, follow bool) {
		set(name, func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
			first := "path"
			if fd {
				first = "fd"
			}
			a, err := osutil.Args(name, args, kw, []string{first, "uid", "gid", "$dir_fd", "$follow_symlinks"}, 3)
			if err != nil {
				return null, err
			}
			p, err := osutil.PathArg(t, a[0], name, first, true)
			if err != nil {
				return null, err
			}
			uid, err := osutil.Int(t, a[1], name)
			if err != nil {
				return null, err
			}
			gid, err := osutil.Int(t, a[2], name)
			if err != nil {
				return null, err
			}
			dfd, err := dirFD(t, a[3])
			if err != nil {
				return null, err
			}
			fl := follow
			if b, _ := osutil.Bool(t, a[4], true); !b {
				fl = false
			}
			flags := 0
			if !fl {
				flags = atSymlinkNofollow
			}
			var e error
			if p.FD >= 0 {
				e = syscall.Fchown(p.FD, int(uid), int(gid))
			} else {
				e = syscall.Fchownat(dfd, p.S, int(uid), int(gid), flags)
			}
			if e != nil {
				return null, osutil.OSError(e, p.Obj, null)
			}
			return objects.None, nil
		})
	}
	chown("chown", false, true)
	chown("lchown", false, false)
	chown("fchown", true, true)
	set("utime", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		a, err := osutil.Args("utime", args, kw, []string{"path", "times", "$ns", "$dir_fd", "$follow_symlinks"}, 1)
		if err != nil {
			return null, err
		}
		p, err := osutil.PathArg(t, a[0], "utime", "path", true)
		if err != nil {
			return null, err
		}
		dfd, err := dirFD(t, a[3])
		if err != nil {
			return null, err
		}
		var ts [2]syscall.Timespec
		switch {
		case osutil.Given(a[1]) && !a[2].IsNull():
			return null, objects.Errorf(objects.ExcValueError, "utime: you may specify either 'times' or 'ns' but not both")
		case osutil.Given(a[1]):
			if a[1].Type() != objects.TupleType || len(objects.As[objects.Tuple](a[1]).Items) != 2 {
				return null, objects.Errorf(objects.ExcTypeError, "utime: 'times' must be either a tuple of two ints or None")
			}
			for i, x := range objects.As[objects.Tuple](a[1]).Items {
				if ts[i], err = timespecOf(t, x); err != nil {
					return null, err
				}
			}
		case !a[2].IsNull():
			if a[2].Type() != objects.TupleType || len(objects.As[objects.Tuple](a[2]).Items) != 2 {
				return null, objects.Errorf(objects.ExcTypeError, "utime: 'ns' must be a tuple of two ints")
			}
			for i, x := range objects.As[objects.Tuple](a[2]).Items {
				n, err := osutil.Int(t, x, "utime")
				if err != nil {
					return null, err
				}
				ts[i] = syscall.NsecToTimespec(n)
			}
		default:
			now := time.Now().UnixNano()
			ts[0], ts[1] = syscall.NsecToTimespec(now), syscall.NsecToTimespec(now)
		}
		flags := 0
		if b, _ := osutil.Bool(t, a[4], true); !b {
			flags = atSymlinkNofollow
		}
		var e error
		if p.FD >= 0 {
			e = utimensat(p.FD, "", &ts, 0)
		} else {
			e = utimensat(dfd, p.S, &ts, flags)
		}
		if e != nil {
			return null, osutil.OSError(e, p.Obj, null)
		}
		return objects.None, nil
	})
	set("mkfifo", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		a, err := osutil.Args("mkfifo", args, kw, []string{"path", "mode", "$dir_fd"}, 1)
		if err != nil {
			return null, err
		}
		p, err := osutil.PathArg(t, a[0], "mkfifo", "path", false)
		if err != nil {
			return null, err
		}
		mode, err := osutil.IntOr(t, a[1], 0o666, "mkfifo")
		if err != nil {
			return null, err
		}
		dfd, err := dirFD(t, a[2])
		if err != nil {
			return null, err
		}
		if e := mknodat(dfd, p.S, uint32(mode)|syscall.S_IFIFO, 0); e != nil {
			return null, osutil.OSError(e, p.Obj, null)
		}
		return objects.None, nil
	})
	set("umask", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		if err := objects.CheckArgs("umask", args, kw, 1, 1); err != nil {
			return null, err
		}
		n, err := osutil.Int(t, args[0], "umask")
		if err != nil {
			return null, err
		}
		return objects.Int(int64(syscall.Umask(int(n)))), nil
	})
	statvfs := func(name string, fd bool) {
		set(name, func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
			a, err := osutil.Args(name, args, kw, []string{"path"}, 1)
			if err != nil {
				return null, err
			}
			p, err := osutil.PathArg(t, a[0], name, "path", true)
			if err != nil {
				return null, err
			}
			var st syscall.Statfs_t
			var e error
			if p.FD >= 0 {
				e = syscall.Fstatfs(p.FD, &st)
			} else {
				e = syscall.Statfs(p.S, &st)
			}
			if e != nil {
				return null, osutil.OSError(e, p.Obj, null)
			}
			fsid := uint64(uint32(st.Fsid.X__val[0])) | uint64(uint32(st.Fsid.X__val[1]))<<32
			return statvfsResult.New([]Value{
				objects.Int(st.Bsize), objects.Int(st.Frsize), u64(st.Blocks), u64(st.Bfree), u64(st.Bavail),
				u64(st.Files), u64(st.Ffree), u64(st.Ffree), objects.Int(st.Flags &^ 0x20), objects.Int(st.Namelen), u64(fsid)}), nil
		})
	}
	statvfs("statvfs", false)
	statvfs("fstatvfs", true)
	set("sync", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		syscall.Sync()
		return objects.None, nil
	})
}

// timespecOf converts a float or int number of seconds.
func timespecOf(t *objects.Thread, v Value) (syscall.Timespec, *Exc) {
	if objects.IsIntValue(v) {
		n, err := osutil.Int(t, v, "utime")
		return syscall.Timespec{Sec: n}, err
	}
	f, ok, err := objects.FloatOf(v)
	if err != nil {
		return syscall.Timespec{}, err
	}
	if !ok {
		return syscall.Timespec{}, objects.Errorf(objects.ExcTypeError, "unsupported type for timestamp: '%s'", v.Type().Name)
	}
	sec := math.Floor(f)
	ns := math.Round((f - sec) * 1e9)
	if ns >= 1e9 {
		sec++
		ns -= 1e9
	}
	return syscall.Timespec{Sec: int64(sec), Nsec: int64(ns)}, nil
}
