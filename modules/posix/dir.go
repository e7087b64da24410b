package posix

import (
	"syscall"
	"unsafe"

	"taipan/modules/internal/osutil"
	"taipan/objects"
)

type dirent struct {
	name  string
	ino   uint64
	dtype uint8
}

const (
	dtUnknown = 0
	dtDir     = 4
	dtReg     = 8
	dtLnk     = 10
)

// readDir lists a directory (without . and ..) by path or by fd.
func readDir(p osutil.Path) ([]dirent, *Exc) {
	var fd int
	var e error
	if p.FD >= 0 {
		// Work on a duplicate and rewind, as fdopendir/rewinddir do.
		fd, e = fcntl(p.FD, syscall.F_DUPFD_CLOEXEC, 0)
		if e == nil {
			_, e = syscall.Seek(fd, 0, 0)
		}
	} else {
		fd, e = syscall.Open(p.S, syscall.O_RDONLY|syscall.O_DIRECTORY|syscall.O_CLOEXEC, 0)
	}
	if e != nil {
		return nil, osutil.OSError(e, p.Obj, null)
	}
	defer syscall.Close(fd)
	var out []dirent
	buf := make([]byte, 16384)
	for {
		n, e := syscall.Getdents(fd, buf)
		if e == syscall.EINTR {
			continue
		}
		if e != nil {
			return nil, osutil.OSError(e, p.Obj, null)
		}
		if n <= 0 {
			break
		}
		for off := 0; off < n; {
			ino := *(*uint64)(unsafe.Pointer(&buf[off]))
			reclen := int(*(*uint16)(unsafe.Pointer(&buf[off+16])))
			typ := buf[off+18]
			nb := buf[off+19 : off+reclen]
			l := 0
			for l < len(nb) && nb[l] != 0 {
				l++
			}
			name := string(nb[:l])
			off += reclen
			if name == "." || name == ".." {
				continue
			}
			out = append(out, dirent{name: name, ino: ino, dtype: typ})
		}
	}
	if p.FD >= 0 {
		syscall.Seek(p.FD, 0, 0)
	}
	return out, nil
}

// DirEntry is os.DirEntry.
type DirEntry struct {
	objects.Header
	name, path Value // str or bytes like the scandir argument
	rawPath    string
	rawName    string
	dirfd      int // scandir(fd): stat relative to it; -1 otherwise
	ino        uint64
	dtype      uint8
	stat       Value // cached stat (following symlinks)
	lstat      Value // cached lstat
}

type scandirIter struct {
	objects.Header
	ents   []dirent
	pos    int
	p      osutil.Path
	closed bool
}

var (
	dirEntryType    = objects.NewType("posix", "DirEntry", objects.ObjectType, 0)
	scandirIterType = objects.NewType("posix", "ScandirIterator", objects.ObjectType, 0)
)

func joinPath(dir, name string) string {
	if dir == "" {
		return name
	}
	if dir[len(dir)-1] == '/' {
		return dir + name
	}
	return dir + "/" + name
}

func (d *DirEntry) doStat(follow bool) (Value, *Exc) {
	if follow && !d.isSymlinkType() && !d.lstat.IsNull() {
		return d.lstat, nil
	}
	c := &d.lstat
	flags := atSymlinkNofollow
	if follow && d.isLinkOrUnknown() {
		c = &d.stat
		flags = 0
	}
	if !c.IsNull() {
		return *c, nil
	}
	var st syscall.Stat_t
	var e error
	if d.dirfd >= 0 {
		e = fstatat(d.dirfd, d.rawName, &st, flags)
	} else {
		e = fstatat(atFDCWD, d.rawPath, &st, flags)
	}
	if e != nil {
		return null, osutil.OSError(e, d.path, null)
	}
	*c = StatValue(&st)
	return *c, nil
}

func (d *DirEntry) isSymlinkType() bool { return d.dtype == dtLnk }
func (d *DirEntry) isLinkOrUnknown() bool {
	return d.dtype == dtLnk || d.dtype == dtUnknown
}

// testMode reports whether the entry is of file type fmt (S_IFDIR...).
func (d *DirEntry) testMode(t *objects.Thread, follow bool, fmt uint32, dt uint8) (bool, *Exc) {
	if d.dtype != dtUnknown && !(follow && d.dtype == dtLnk) {
		return d.dtype == dt, nil
	}
	st, err := d.doStat(follow)
	if err != nil {
		if err.Matches(objects.ExcFileNotFoundError) {
			return false, nil
		}
		return false, err
	}
	mode, _ := objects.IntToInt64(objects.As[objects.Tuple](st).Items[0])
	return uint32(mode)&syscall.S_IFMT == fmt, nil
}

func followArg(t *objects.Thread, name string, args []Value, kw *objects.Tuple) (bool, *Exc) {
	a, err := osutil.Args(name, args, kw, []string{"$follow_symlinks"}, 0)
	if err != nil {
		return false, err
	}
	return osutil.Bool(t, a[0], true)
}

func init() {
	de := dirEntryType
	de.New = osutil.NoNew
	de.GetAttr = func(t *objects.Thread, v Value, name *objects.Str) (Value, *Exc) {
		d := objects.As[DirEntry](v)
		switch name.S {
		case "name":
			return d.name, nil
		case "path":
			return d.path, nil
		}
		return objects.GenericGetAttr(t, v, name)
	}
	de.Repr = func(t *objects.Thread, v Value) (Value, *Exc) {
		r, err := objects.ReprString(t, objects.As[DirEntry](v).name)
		if err != nil {
			return null, err
		}
		return objects.NewStrValue("<DirEntry " + r + ">"), nil
	}
	de.AddMethod("__fspath__", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		return objects.As[DirEntry](self).path, nil
	})
	de.AddMethod("inode", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		return u64(objects.As[DirEntry](self).ino), nil
	})
	de.AddMethod("is_dir", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		f, err := followArg(t, "is_dir", args, kw)
		if err != nil {
			return null, err
		}
		r, err := objects.As[DirEntry](self).testMode(t, f, syscall.S_IFDIR, dtDir)
		return objects.Bool(r), err
	})
	de.AddMethod("is_file", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		f, err := followArg(t, "is_file", args, kw)
		if err != nil {
			return null, err
		}
		r, err := objects.As[DirEntry](self).testMode(t, f, syscall.S_IFREG, dtReg)
		return objects.Bool(r), err
	})
	de.AddMethod("is_symlink", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		if err := objects.CheckArgs("is_symlink", args, kw, 0, 0); err != nil {
			return null, err
		}
		r, err := objects.As[DirEntry](self).testMode(t, false, syscall.S_IFLNK, dtLnk)
		return objects.Bool(r), err
	})
	de.AddMethod("is_junction", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		return objects.False, nil
	})
	de.AddMethod("stat", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		f, err := followArg(t, "stat", args, kw)
		if err != nil {
			return null, err
		}
		return objects.As[DirEntry](self).doStat(f)
	})
	de.AddMethod("__class_getitem__", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		return self, nil
	})
	de.Finish()

	si := scandirIterType
	si.New = osutil.NoNew
	si.Iter = func(t *objects.Thread, v Value) (Value, *Exc) { return v, nil }
	si.Next = func(t *objects.Thread, v Value) (Value, *Exc) {
		it := objects.As[scandirIter](v)
		if it.closed || it.pos >= len(it.ents) {
			it.closed = true
			return null, nil
		}
		e := it.ents[it.pos]
		it.pos++
		d := &DirEntry{rawName: e.name, ino: e.ino, dtype: e.dtype, dirfd: -1}
		d.SetType(dirEntryType)
		if it.p.FD >= 0 {
			d.dirfd = it.p.FD
			d.rawPath = e.name
			d.name = objects.NewStrValue(osutil.FSDecode(e.name))
			d.path = d.name
		} else {
			d.rawPath = joinPath(it.p.S, e.name)
			d.name = it.p.Result(e.name)
			d.path = it.p.Result(d.rawPath)
		}
		return objects.Obj(d), nil
	}
	closeFn := func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		objects.As[scandirIter](self).closed = true
		return objects.None, nil
	}
	si.AddMethod("close", closeFn)
	si.AddMethod("__exit__", closeFn)
	si.AddMethod("__enter__", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		return self, nil
	})
	si.Finish()
}

func scandir(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
	a, err := osutil.Args("scandir", args, kw, []string{"path"}, 0)
	if err != nil {
		return null, err
	}
	p := osutil.Path{S: ".", FD: -1, Obj: objects.NewStrValue(".")}
	if osutil.Given(a[0]) {
		if p, err = osutil.PathArg(t, a[0], "scandir", "path", true); err != nil {
			return null, err
		}
	}
	ents, err := readDir(p)
	if err != nil {
		return null, err
	}
	if p.Obj.IsNull() || !osutil.Given(a[0]) {
		p.S = "."
	}
	it := &scandirIter{ents: ents, p: p}
	it.SetType(scandirIterType)
	if !osutil.Given(a[0]) {
		// scandir() lists '.', and entry paths are './name'
		it.p.S = "."
	}
	return objects.Obj(it), nil
}
