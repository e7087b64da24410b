package io

import (
	"fmt"
	"io"
	"runtime"
	"syscall"
	"time"
	"unsafe"

	"taipan/modules/codecs"
	"taipan/objects"
)

// FileIO is _io.FileIO: a raw stream over a file descriptor.
type FileIO struct {
	ioHead
	fd         int
	readable   bool
	writable   bool
	appending  bool
	created    bool
	seekable   int8 // -1 unknown
	closefd    bool
	finalizing bool
	blksize    int
	dev, ino   uint64 // identity of the open file (fstat)
	// Standard streams in a host that redirects them (tests): writes go
	// to sink (flushed after each write) instead of the descriptor.
	sink      io.Writer
	sinkFlush func() error
	box       *fdBox // what the GC cleanup closes if the object is dropped
}

// fdBox is the descriptor a dropped FileIO still owns: without reference
// counting, an unreachable file object closes its descriptor when the
// garbage collector finds it (CPython closes it at once).
type fdBox struct{ fd int }

func closeDropped(b *fdBox) {
	if b.fd >= 0 {
		syscall.Close(b.fd)
		b.fd = -1
	}
}

// own records that f owns its descriptor (closefd) from now on.
func (f *FileIO) own() {
	if !f.closefd || f.sink != nil {
		return
	}
	if f.box == nil {
		f.box = &fdBox{fd: -1}
		runtime.AddCleanup(f, closeDropped, f.box)
	}
	f.box.fd = f.fd
}

func (f *FileIO) disown() {
	if f.box != nil {
		f.box.fd = -1
	}
}

// openRetry opens path; when the process is out of descriptors it lets
// the garbage collector close those of dropped file objects and retries.
func openRetry(path string, flags int) (int, error) {
	var fd int
	err := retry(func() error {
		var e error
		fd, e = syscall.Open(path, flags, 0o666)
		return e
	})
	for i := 0; i < 20 && (err == syscall.EMFILE || err == syscall.ENFILE); i++ {
		runtime.GC()
		time.Sleep(time.Duration(i+1) * time.Millisecond)
		err = retry(func() error {
			var e error
			fd, e = syscall.Open(path, flags, 0o666)
			return e
		})
	}
	return fd, err
}

// FileIOType is _io.FileIO.
var FileIOType = objects.NewType("_io", "FileIO", RawIOBaseType, ioFlags)

var (
	strName = objects.Intern("name")
	strMode = objects.Intern("mode")
)

// ---- OS errors ----

var excForErrno = map[syscall.Errno]*objects.Type{
	syscall.EAGAIN: objects.ExcBlockingIOError, syscall.EALREADY: objects.ExcBlockingIOError,
	syscall.EINPROGRESS: objects.ExcBlockingIOError, syscall.ECHILD: objects.ExcChildProcessError,
	syscall.EPIPE: objects.ExcBrokenPipeError, syscall.ESHUTDOWN: objects.ExcBrokenPipeError,
	syscall.ECONNABORTED: objects.ExcConnectionAbortedError, syscall.ECONNREFUSED: objects.ExcConnectionRefusedError,
	syscall.ECONNRESET: objects.ExcConnectionResetError, syscall.EEXIST: objects.ExcFileExistsError,
	syscall.ENOENT: objects.ExcFileNotFoundError, syscall.EISDIR: objects.ExcIsADirectoryError,
	syscall.ENOTDIR: objects.ExcNotADirectoryError, syscall.EINTR: objects.ExcInterruptedError,
	syscall.EACCES: objects.ExcPermissionError, syscall.EPERM: objects.ExcPermissionError,
	syscall.ESRCH: objects.ExcProcessLookupError, syscall.ETIMEDOUT: objects.ExcTimeoutError,
}

func strerror(e syscall.Errno) string {
	s := e.Error()
	if len(s) > 0 && s[0] >= 'a' && s[0] <= 'z' {
		s = string(s[0]-'a'+'A') + s[1:]
	}
	return s
}

// osError builds OSError(errno, strerror[, filename]) of the subclass
// matching errno, through the class's constructor (so OSError's own
// argument handling applies).
func osError(t *objects.Thread, err error, filename Value) *Exc {
	e, ok := err.(syscall.Errno)
	if !ok {
		return objects.Errorf(objects.ExcOSError, "%v", err)
	}
	typ := objects.ExcOSError
	if c, ok := excForErrno[e]; ok {
		typ = c
	}
	args := []Value{objects.Int(int64(e)), str(strerror(e))}
	if !filename.IsNull() {
		args = append(args, filename)
	}
	v, cerr := objects.CallValue(t, objects.Obj(typ), args, nil)
	if cerr != nil {
		return cerr
	}
	return objects.As[Exc](v)
}

func retry(f func() error) error {
	for {
		err := f()
		if err != syscall.EINTR {
			return err
		}
	}
}

// fspath converts a path argument (str, bytes, os.PathLike) to an OS path.
func fspath(t *objects.Thread, v Value) (string, bool, *Exc) {
	if isStr(v) {
		b, err := codecs.EncodeUTF8(t, v, "surrogateescape")
		if err != nil {
			return "", false, err
		}
		return string(b), true, nil
	}
	if v.IsInstance(objects.BytesType) {
		return string(objects.As[objects.Bytes](v).B), true, nil
	}
	if f := v.Type().LookupString("__fspath__"); !f.IsNull() {
		r, err := callMethod(t, v, "__fspath__")
		if err != nil {
			return "", false, err
		}
		if isStr(r) || r.IsInstance(objects.BytesType) {
			return fspath(t, r)
		}
		return "", false, typeError("expected %s.__fspath__() to return str or bytes, not %s", v.Type().Name, r.Type().Name)
	}
	return "", false, nil
}

// ---- FileIO ----

func fileioOf(v Value) *FileIO { return objects.As[FileIO](v) }

func (f *FileIO) checkClosed() *Exc {
	if f.fd < 0 {
		return valueError("I/O operation on closed file")
	}
	return nil
}

func (f *FileIO) checkReadable() *Exc {
	if err := f.checkClosed(); err != nil {
		return err
	}
	if !f.readable {
		return unsupported("File not open for reading")
	}
	return nil
}

func (f *FileIO) checkWritable() *Exc {
	if err := f.checkClosed(); err != nil {
		return err
	}
	if !f.writable {
		return unsupported("File not open for writing")
	}
	return nil
}

func (f *FileIO) modeString() string {
	switch {
	case f.created:
		if f.readable {
			return "xb+"
		}
		return "xb"
	case f.appending:
		if f.readable {
			return "ab+"
		}
		return "ab"
	case f.readable && f.writable:
		return "rb+"
	case f.readable:
		return "rb"
	}
	return "wb"
}

// blocking runs a system call that may block with the GIL released
// (when other Python threads exist).
func blocking(t *objects.Thread, f func()) {
	if objects.GILEnabled() {
		objects.Blocking(t, f)
		return
	}
	f()
}

// readInto reads once into b; n < 0 means EAGAIN (None in Python).
func (f *FileIO) readInto(t *objects.Thread, b []byte) (int, *Exc) {
	var n int
	var err error
	fd := f.fd
	blocking(t, func() {
		err = retry(func() error {
			var e error
			n, e = syscall.Read(fd, b)
			return e
		})
	})
	if err == syscall.EAGAIN {
		return -1, nil
	}
	if err != nil {
		return 0, osError(t, err, null)
	}
	return n, nil
}

// writeBytes writes once; n < 0 means EAGAIN.
func (f *FileIO) writeBytes(t *objects.Thread, b []byte) (int, *Exc) {
	if f.sink != nil {
		var n int
		var err error
		blocking(t, func() {
			n, err = f.sink.Write(b)
			if err == nil && f.sinkFlush != nil {
				err = f.sinkFlush()
			}
		})
		if err != nil {
			if e, ok := err.(syscall.Errno); ok {
				return 0, osError(t, e, null)
			}
			if pe, ok := err.(interface{ Unwrap() error }); ok {
				if e, ok := pe.Unwrap().(syscall.Errno); ok {
					return 0, osError(t, e, null)
				}
			}
			return 0, objects.Errorf(objects.ExcOSError, "%v", err)
		}
		return n, nil
	}
	var n int
	var err error
	fd := f.fd
	blocking(t, func() {
		err = retry(func() error {
			var e error
			n, e = syscall.Write(fd, b)
			return e
		})
	})
	if err == syscall.EAGAIN {
		return -1, nil
	}
	if err != nil {
		return 0, osError(t, err, null)
	}
	return n, nil
}

// readAll reads to EOF (nil, false: EAGAIN before any data).
func (f *FileIO) readAll(t *objects.Thread) ([]byte, bool, *Exc) {
	size := 0
	var st syscall.Stat_t
	if syscall.Fstat(f.fd, &st) == nil && st.Size > 0 {
		if pos, err := syscall.Seek(f.fd, 0, io.SeekCurrent); err == nil && st.Size >= pos {
			size = int(st.Size-pos) + 1
		}
	}
	if size < DefaultBufferSize {
		size = DefaultBufferSize
	}
	buf := make([]byte, 0, size)
	for {
		if len(buf) == cap(buf) {
			buf = append(buf, make([]byte, cap(buf))...)[:len(buf)]
		}
		n, err := f.readInto(t, buf[len(buf):cap(buf)])
		if err != nil {
			return nil, false, err
		}
		if n < 0 {
			if len(buf) == 0 {
				return nil, false, nil
			}
			break
		}
		if n == 0 {
			break
		}
		buf = buf[:len(buf)+n]
	}
	return buf, true, nil
}

func (f *FileIO) seek(t *objects.Thread, pos int64, whence int) (int64, *Exc) {
	var r int64
	err := retry(func() error {
		var e error
		r, e = syscall.Seek(f.fd, pos, whence)
		return e
	})
	if err != nil {
		return 0, osError(t, err, null)
	}
	return r, nil
}

func (f *FileIO) isSeekable() bool {
	if f.seekable < 0 {
		if _, err := syscall.Seek(f.fd, 0, io.SeekCurrent); err != nil {
			f.seekable = 0
		} else {
			f.seekable = 1
		}
	}
	return f.seekable == 1
}

func isatty(fd int) bool {
	var termios syscall.Termios
	_, _, e := syscall.Syscall(syscall.SYS_IOCTL, uintptr(fd), syscall.TCGETS, uintptr(unsafe.Pointer(&termios)))
	return e == 0
}

func (f *FileIO) close(t *objects.Thread) *Exc {
	fd := f.fd
	f.fd = -1
	f.disown()
	if fd >= 0 && f.closefd && f.sink == nil {
		if err := syscall.Close(fd); err != nil {
			return osError(t, err, null)
		}
	}
	return nil
}

func newFileIOObject(typ *objects.Type) *FileIO {
	f := &FileIO{fd: -1, seekable: -1, closefd: true, blksize: DefaultBufferSize}
	f.SetType(typ)
	f.Attrs.Map = typ.RootMap
	return f
}

// fileioInit is FileIO.__init__(file, mode='r', closefd=True, opener=None).
func fileioInit(t *objects.Thread, self Value, args []Value, kw *Tuple) *Exc {
	var file, modev, closefdv, opener Value
	if err := objects.ParseArgs("FileIO", args, kw, []string{"file", "mode", "closefd", "opener"}, 1, -1, &file, &modev, &closefdv, &opener); err != nil {
		return err
	}
	f := fileioOf(self)
	if f.fd >= 0 {
		if f.closefd {
			f.close(t)
		} else {
			f.fd = -1
			f.disown()
		}
	}
	mode := "r"
	if !modev.IsNull() {
		if !isStr(modev) {
			return typeError("FileIO() argument 'mode' must be str, not %s", modev.Type().Name)
		}
		mode = strOf(modev)
	}
	closefd := true
	if !closefdv.IsNull() {
		var err *Exc
		if closefd, err = truth(t, closefdv); err != nil {
			return err
		}
	}
	fd := -1
	var path string
	if objects.IsIntValue(file) {
		n, ok := objects.IntToInt64(file)
		if !ok || n > 1<<31-1 {
			return objects.Errorf(objects.ExcOverflowError, "signed integer is greater than maximum")
		}
		if n < 0 {
			return valueError("negative file descriptor")
		}
		fd = int(n)
	} else {
		p, ok, err := fspath(t, file)
		if err != nil {
			return err
		}
		if !ok {
			return typeError("expected str, bytes or os.PathLike object, not %s", file.Type().Name)
		}
		for i := 0; i < len(p); i++ {
			if p[i] == 0 {
				return valueError("embedded null byte")
			}
		}
		path = p
	}
	rwa, plus := false, false
	readable, writable, appending, created := false, false, false, false
	flags := 0
	bad := func() *Exc {
		return valueError("Must have exactly one of create/read/write/append mode and at most one plus")
	}
	for _, c := range mode {
		switch c {
		case 'x':
			if rwa {
				return bad()
			}
			rwa, created, writable = true, true, true
			flags |= syscall.O_EXCL | syscall.O_CREAT
		case 'r':
			if rwa {
				return bad()
			}
			rwa, readable = true, true
		case 'w':
			if rwa {
				return bad()
			}
			rwa, writable = true, true
			flags |= syscall.O_CREAT | syscall.O_TRUNC
		case 'a':
			if rwa {
				return bad()
			}
			rwa, writable, appending = true, true, true
			flags |= syscall.O_APPEND | syscall.O_CREAT
		case 'b':
		case '+':
			if plus {
				return bad()
			}
			readable, writable, plus = true, true, true
		default:
			return valueError("invalid mode: %s", mode)
		}
	}
	if !rwa {
		return bad()
	}
	switch {
	case readable && writable:
		flags |= syscall.O_RDWR
	case readable:
		flags |= syscall.O_RDONLY
	default:
		flags |= syscall.O_WRONLY
	}
	flags |= syscall.O_CLOEXEC
	f.readable, f.writable, f.appending, f.created = readable, writable, appending, created
	f.seekable = -1
	opened := false
	if fd >= 0 {
		f.fd = fd
		f.closefd = closefd
	} else {
		f.closefd = true
		if !closefd {
			return valueError("Cannot use closefd=False with file name")
		}
		if opener.IsNull() || opener.IsNone() {
			var pst syscall.Stat_t
			if syscall.Stat(path, &pst) == nil {
				flushDirtyWriters(t, uint64(pst.Dev), uint64(pst.Ino))
			}
			var err error
			blocking(t, func() { fd, err = openRetry(path, flags) })
			if err != nil {
				return osError(t, err, file)
			}
		} else {
			r, err := objects.CallValue(t, opener, []Value{file, objects.Int(int64(flags))}, nil)
			if err != nil {
				return err
			}
			if !objects.IsIntValue(r) {
				return typeError("expected integer from opener")
			}
			n, _ := objects.IntToInt64(r)
			if n < 0 {
				return valueError("opener returned %d", n)
			}
			fd = int(n)
		}
		f.fd = fd
		opened = true
	}
	fail := func(e *Exc) *Exc {
		if opened {
			syscall.Close(f.fd)
		}
		f.fd = -1
		f.disown()
		return e
	}
	var st syscall.Stat_t
	if err := syscall.Fstat(f.fd, &st); err != nil {
		if err == syscall.EBADF {
			return fail(osError(t, err, null))
		}
	} else {
		if st.Mode&syscall.S_IFMT == syscall.S_IFDIR {
			return fail(osError(t, syscall.EISDIR, file))
		}
		if st.Blksize > 1 {
			f.blksize = int(st.Blksize)
		}
		f.dev, f.ino = uint64(st.Dev), uint64(st.Ino)
	}
	if self.Type() == FileIOType {
		objects.AttrsOf(self).Set(self.Type().RootMap, strName, file)
	} else if err := objects.SetAttr(t, self, strName, file); err != nil {
		// a subclass's __setattr__ may refuse: close only what we opened
		if opened {
			syscall.Close(f.fd)
		}
		f.fd = -1
		return err
	}
	f.own()
	if appending {
		syscall.Seek(f.fd, 0, io.SeekEnd)
	}
	return nil
}

func fileioRepr(t *objects.Thread, self Value) (Value, *Exc) {
	f := fileioOf(self)
	tn := "_io.FileIO" // CPython 3.11 names FileIO even for subclasses
	if f.fd < 0 {
		return str("<" + tn + " [closed]>"), nil
	}
	closefd := "False"
	if f.closefd {
		closefd = "True"
	}
	name, err := getattr(t, self, "name")
	if err != nil {
		if !err.Matches(objects.ExcAttributeError) && !err.Matches(objects.ExcValueError) {
			return null, err
		}
		return str(fmt.Sprintf("<%s fd=%d mode='%s' closefd=%s>", tn, f.fd, f.modeString(), closefd)), nil
	}
	if !t.ReprEnter(self) {
		return null, objects.Errorf(objects.ExcRuntimeError, "reentrant call inside %s.__repr__", tn)
	}
	defer t.ReprLeave(self)
	r, err := objects.ReprString(t, name)
	if err != nil {
		return null, err
	}
	return str(fmt.Sprintf("<%s name=%s mode='%s' closefd=%s>", tn, r, f.modeString(), closefd)), nil
}

func init() {
	ft := FileIOType
	ft.New = func(t *objects.Thread, typ *objects.Type, args []Value, kw *Tuple) (Value, *Exc) {
		return objects.Obj(newFileIOObject(typ)), nil
	}
	ft.Init = fileioInit
	ft.Repr = fileioRepr
	ft.AddMethod("read", func(t *objects.Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		var sz Value
		if err := objects.ParseArgs("read", args, kw, []string{"size"}, 0, -1, &sz); err != nil {
			return null, err
		}
		f := fileioOf(self)
		if err := f.checkReadable(); err != nil {
			return null, err
		}
		n, err := sizeArg(t, sz)
		if err != nil {
			return null, err
		}
		if n < 0 {
			b, ok, err := f.readAll(t)
			if err != nil {
				return null, err
			}
			if !ok {
				return objects.None, nil
			}
			return objects.NewBytes(b), nil
		}
		if n > maxChunk {
			// one read returns at most what is left of a regular file
			var st syscall.Stat_t
			if syscall.Fstat(f.fd, &st) == nil && st.Mode&syscall.S_IFMT == syscall.S_IFREG {
				if pos, err := syscall.Seek(f.fd, 0, io.SeekCurrent); err == nil && st.Size-pos+1 < int64(n) {
					n = int(max(st.Size-pos+1, 1))
				}
			} else {
				n = maxChunk
			}
		}
		buf := make([]byte, n)
		k, err := f.readInto(t, buf)
		if err != nil {
			return null, err
		}
		if k < 0 {
			return objects.None, nil
		}
		return objects.NewBytes(buf[:k]), nil
	})
	ft.AddMethod("readall", func(t *objects.Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		f := fileioOf(self)
		if err := f.checkClosed(); err != nil {
			return null, err
		}
		b, ok, err := f.readAll(t)
		if err != nil {
			return null, err
		}
		if !ok {
			return objects.None, nil
		}
		return objects.NewBytes(b), nil
	})
	ft.AddMethod("readinto", func(t *objects.Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		if err := objects.CheckArgs("readinto", args, kw, 1, 1); err != nil {
			return null, err
		}
		f := fileioOf(self)
		if err := f.checkReadable(); err != nil {
			return null, err
		}
		buf, ok := objects.WritableBuffer(args[0])
		if !ok {
			return null, typeError("readinto() argument must be read-write bytes-like object, not %s", args[0].Type().Name)
		}
		n, err := f.readInto(t, buf)
		if err != nil {
			return null, err
		}
		if n < 0 {
			return objects.None, nil
		}
		return objects.Int(int64(n)), nil
	})
	ft.AddMethod("write", func(t *objects.Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		if err := objects.CheckArgs("write", args, kw, 1, 1); err != nil {
			return null, err
		}
		f := fileioOf(self)
		if err := f.checkWritable(); err != nil {
			return null, err
		}
		b, ok := objects.BytesLike(args[0])
		if !ok {
			return null, typeError("a bytes-like object is required, not '%s'", args[0].Type().Name)
		}
		n, err := f.writeBytes(t, b)
		if err != nil {
			return null, err
		}
		if n < 0 {
			return objects.None, nil
		}
		return objects.Int(int64(n)), nil
	})
	ft.AddMethod("seek", func(t *objects.Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		var posv, whv Value
		if err := objects.ParseArgs("seek", args, kw, []string{"pos", "whence"}, 1, -1, &posv, &whv); err != nil {
			return null, err
		}
		f := fileioOf(self)
		if err := f.checkClosed(); err != nil {
			return null, err
		}
		if posv.IsFloat() {
			return null, typeError("an integer is required")
		}
		pos, err := intArg(t, posv)
		if err != nil {
			return null, err
		}
		wh := int64(0)
		if !whv.IsNull() {
			if wh, err = intArg(t, whv); err != nil {
				return null, err
			}
		}
		r, err := f.seek(t, pos, int(wh))
		if err != nil {
			return null, err
		}
		return objects.Int(r), nil
	})
	ft.AddMethod("tell", func(t *objects.Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		f := fileioOf(self)
		if err := f.checkClosed(); err != nil {
			return null, err
		}
		r, err := f.seek(t, 0, io.SeekCurrent)
		if err != nil {
			return null, err
		}
		return objects.Int(r), nil
	})
	ft.AddMethod("truncate", func(t *objects.Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		var sz Value
		if err := objects.ParseArgs("truncate", args, kw, []string{"size"}, 0, -1, &sz); err != nil {
			return null, err
		}
		f := fileioOf(self)
		if err := f.checkWritable(); err != nil {
			return null, err
		}
		var size int64
		if sz.IsNull() || sz.IsNone() {
			p, err := f.seek(t, 0, io.SeekCurrent)
			if err != nil {
				return null, err
			}
			size = p
		} else {
			var err *Exc
			if size, err = intArg(t, sz); err != nil {
				return null, err
			}
		}
		if err := retry(func() error { return syscall.Ftruncate(f.fd, size) }); err != nil {
			return null, osError(t, err, null)
		}
		return objects.Int(size), nil
	})
	ft.AddMethod("close", func(t *objects.Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		f := fileioOf(self)
		var ferr *Exc
		if self.Type() != FileIOType {
			if f.fd >= 0 {
				_, ferr = callMethod(t, self, "flush")
			}
		}
		if err := f.close(t); err != nil {
			return null, err
		}
		if ferr != nil {
			return null, ferr
		}
		return objects.None, nil
	})
	ft.AddMethod("seekable", func(t *objects.Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		f := fileioOf(self)
		if err := f.checkClosed(); err != nil {
			return null, err
		}
		return objects.Bool(f.isSeekable()), nil
	})
	ft.AddMethod("readable", func(t *objects.Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		f := fileioOf(self)
		if err := f.checkClosed(); err != nil {
			return null, err
		}
		return objects.Bool(f.readable), nil
	})
	ft.AddMethod("writable", func(t *objects.Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		f := fileioOf(self)
		if err := f.checkClosed(); err != nil {
			return null, err
		}
		return objects.Bool(f.writable), nil
	})
	ft.AddMethod("fileno", func(t *objects.Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		f := fileioOf(self)
		if err := f.checkClosed(); err != nil {
			return null, err
		}
		return objects.Int(int64(f.fd)), nil
	})
	ft.AddMethod("isatty", func(t *objects.Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		f := fileioOf(self)
		if err := f.checkClosed(); err != nil {
			return null, err
		}
		return objects.Bool(isatty(f.fd)), nil
	})
	ft.AddMethod("_dealloc_warn", func(t *objects.Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		return objects.None, nil
	})
	ft.AddMethod("__getstate__", func(t *objects.Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		return null, typeError("cannot pickle '%s' object", typeName(self))
	})
	getter(ft, "closed", func(t *objects.Thread, self Value) (Value, *Exc) {
		return objects.Bool(fileioOf(self).fd < 0), nil
	})
	getter(ft, "closefd", func(t *objects.Thread, self Value) (Value, *Exc) {
		return objects.Bool(fileioOf(self).closefd), nil
	})
	getter(ft, "mode", func(t *objects.Thread, self Value) (Value, *Exc) {
		return str(fileioOf(self).modeString()), nil
	})
	getset(ft, "_finalizing", func(t *objects.Thread, self Value) (Value, *Exc) {
		return objects.Bool(fileioOf(self).finalizing), nil
	}, func(t *objects.Thread, self, v Value) *Exc {
		b, err := truth(t, v)
		fileioOf(self).finalizing = b
		return err
	})
	getter(ft, "_blksize", func(t *objects.Thread, self Value) (Value, *Exc) {
		return objects.Int(int64(fileioOf(self).blksize)), nil
	})
	ft.Finish()
}
