// Package osutil holds what the operating-system modules (posix, time,
// _posixsubprocess, select, ...) share: keyword-argument parsing, path
// arguments (str, bytes, os.PathLike), filesystem encoding and OSError
// construction from Go errors.
package osutil

import (
	"errors"
	"os"
	"strings"
	"sync/atomic"
	"syscall"
	"unicode/utf8"

	"taipan/objects"
)

type (
	Value = objects.Value
	Exc   = objects.BaseException
)

var null = objects.Null

// Fn is the signature of builtin functions.
type Fn = objects.BuiltinFn

// Set adds a builtin function to a module.
func Set(m *objects.Module, name string, fn Fn) {
	b := objects.NewBuiltin(name, fn)
	objects.As[objects.BuiltinFunction](b).Module = m.Name
	m.Set(name, b)
}

// SetInt adds an int constant to a module.
func SetInt(m *objects.Module, name string, v int64) { m.Set(name, objects.Int(v)) }

// Args binds positional and keyword arguments to the parameter names;
// the first nreq are required. Absent optional parameters are Null.
// Names starting with '$' are keyword-only (the '$' is not part of
// the name).
func Args(fname string, args []Value, kwnames *objects.Tuple, names []string, nreq int) ([]Value, *Exc) {
	out := make([]Value, len(names))
	return out, ArgsInto(out, fname, args, kwnames, names, nreq)
}

// ArgsInto is Args writing into out (len(out) == len(names)).
func ArgsInto(out []Value, fname string, args []Value, kwnames *objects.Tuple, names []string, nreq int) *Exc {
	pos, kw := objects.SplitArgs(args, kwnames)
	npos := 0
	for npos < len(names) && names[npos][0] != '$' {
		npos++
	}
	if len(pos) > npos {
		if npos == nreq {
			if npos == 0 {
				return objects.Errorf(objects.ExcTypeError, "%s() takes no positional arguments", fname)
			}
			return objects.Errorf(objects.ExcTypeError, "%s() takes exactly %d positional argument%s (%d given)", fname, npos, plural(npos), len(pos))
		}
		return objects.Errorf(objects.ExcTypeError, "%s() takes at most %d argument%s (%d given)", fname, npos, plural(npos), len(pos))
	}
	copy(out, pos)
	for i, v := range kw {
		k := objects.As[objects.Str](kwnames.Items[i]).S
		found := false
		for j, n := range names {
			if n[0] == '$' {
				n = n[1:]
			}
			if n == k {
				if !out[j].IsNull() {
					return objects.Errorf(objects.ExcTypeError, "argument for %s() given by name ('%s') and position (%d)", fname, k, j+1)
				}
				out[j] = v
				found = true
				break
			}
		}
		if !found {
			return objects.Errorf(objects.ExcTypeError, "'%s' is an invalid keyword argument for %s()", k, fname)
		}
	}
	for i := 0; i < nreq; i++ {
		if out[i].IsNull() {
			n := names[i]
			if n[0] == '$' {
				return objects.Errorf(objects.ExcTypeError, "%s() missing required keyword-only argument '%s'", fname, n[1:])
			}
			return objects.Errorf(objects.ExcTypeError, "%s() missing required argument '%s' (pos %d)", fname, n, i+1)
		}
	}
	return nil
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// Given reports whether an optional argument was passed (and is not None).
func Given(v Value) bool { return !v.IsNull() && !v.IsNone() }

// Int converts an integer argument (anything with __index__).
func Int(t *objects.Thread, v Value, fname string) (int64, *Exc) {
	if v.IsFloat() || v.IsInstance(objects.FloatType) {
		return 0, objects.Errorf(objects.ExcTypeError, "'float' object cannot be interpreted as an integer")
	}
	if !objects.IsIntValue(v) {
		iv, err := objects.Index(t, v)
		if err != nil {
			return 0, err
		}
		v = iv
	}
	n, ok := objects.IntToInt64(v)
	if !ok {
		return 0, objects.Errorf(objects.ExcOverflowError, "Python int too large to convert to C long")
	}
	return n, nil
}

// IntOr converts an optional integer argument, def when absent or None.
func IntOr(t *objects.Thread, v Value, def int64, fname string) (int64, *Exc) {
	if !Given(v) {
		return def, nil
	}
	return Int(t, v, fname)
}

// Bool converts an optional truth-value argument.
func Bool(t *objects.Thread, v Value, def bool) (bool, *Exc) {
	if v.IsNull() {
		return def, nil
	}
	return objects.Truth(t, v)
}

// Str returns a str argument's text.
func Str(v Value, fname, what string) (string, *Exc) {
	if !v.IsInstance(objects.StrType) {
		return "", objects.Errorf(objects.ExcTypeError, "%s() argument %s must be str, not %s", fname, what, v.Type().Name)
	}
	return objects.As[objects.Str](v).S, nil
}

// Path is a converted path argument.
type Path struct {
	S       string // the OS-level bytes
	Bytes   bool   // given as bytes: results are bytes
	FD      int    // >= 0 when an int file descriptor was given
	Obj     Value  // the original argument (for error messages)
	Missing bool   // argument absent (None allowed)
}

// Fspath is os.fspath: str and bytes pass, others use __fspath__.
func Fspath(t *objects.Thread, v Value) (Value, *Exc) {
	if v.IsInstance(objects.StrType) || v.IsInstance(objects.BytesType) {
		return v, nil
	}
	r, found, err := objects.CallDunder(t, v, "__fspath__")
	if err != nil {
		return null, err
	}
	if !found {
		return null, objects.Errorf(objects.ExcTypeError, "expected str, bytes or os.PathLike object, not %s", v.Type().Name)
	}
	if !r.IsInstance(objects.StrType) && !r.IsInstance(objects.BytesType) {
		return null, objects.Errorf(objects.ExcTypeError, "expected %s.__fspath__() to return str or bytes, not %s", v.Type().Name, r.Type().Name)
	}
	return r, nil
}

// PathArg converts a path argument: str, bytes, os.PathLike, or (if
// allowFD) an int file descriptor.
func PathArg(t *objects.Thread, v Value, fname, argname string, allowFD bool) (Path, *Exc) {
	p := Path{FD: -1, Obj: v}
	if allowFD && objects.IsIntValue(v) && !v.IsBool() {
		n, _ := objects.IntToInt64(v)
		p.FD = int(n)
		return p, nil
	}
	var r Value
	if v.IsInstance(objects.StrType) || v.IsInstance(objects.BytesType) {
		r = v
	} else {
		var found bool
		var err *Exc
		r, found, err = objects.CallDunder(t, v, "__fspath__")
		if err != nil {
			return p, err
		}
		if !found || (!r.IsInstance(objects.StrType) && !r.IsInstance(objects.BytesType)) {
			what := "str, bytes or os.PathLike object"
			if allowFD {
				what = "string, bytes, os.PathLike or integer"
			}
			if found {
				return p, objects.Errorf(objects.ExcTypeError, "expected %s.__fspath__() to return str or bytes, not %s", v.Type().Name, r.Type().Name)
			}
			return p, objects.Errorf(objects.ExcTypeError, "%s: %s should be %s, not %s", fname, argname, what, v.Type().Name)
		}
	}
	p.Obj = r
	if r.IsInstance(objects.StrType) {
		p.S = FSEncode(objects.As[objects.Str](r).S)
	} else {
		p.S = string(objects.As[objects.Bytes](r).B)
		p.Bytes = true
	}
	if strings.IndexByte(p.S, 0) >= 0 {
		return p, objects.Errorf(objects.ExcValueError, "embedded null byte")
	}
	return p, nil
}

// Result returns an OS-level name as str or bytes like the argument.
func (p Path) Result(s string) Value {
	if p.Bytes {
		return objects.NewBytes([]byte(s))
	}
	return objects.NewStrValue(FSDecode(s))
}

// FSDecode turns OS bytes into str text: UTF-8 with surrogateescape
// (undecodable bytes become lone surrogates U+DC80..U+DCFF, stored as
// their three-byte generalised UTF-8 form).
func FSDecode(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 {
			c := 0xDC00 + rune(s[i])
			b.WriteByte(byte(0xE0 | c>>12))
			b.WriteByte(byte(0x80 | (c>>6)&0x3F))
			b.WriteByte(byte(0x80 | c&0x3F))
			i++
			continue
		}
		b.WriteString(s[i : i+n])
		i += n
	}
	return b.String()
}

// FSEncode is FSDecode's inverse: lone surrogates U+DC80..U+DCFF turn
// back into the bytes they stand for.
func FSEncode(s string) string {
	if !strings.Contains(s, "\xed") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == 0xED && i+2 < len(s) && s[i+1] >= 0xB2 && s[i+1] <= 0xB3 {
			c := (rune(s[i+1])&0x3F)<<6 | rune(s[i+2])&0x3F | 0xD000
			if c >= 0xDC80 && c <= 0xDCFF {
				b.WriteByte(byte(c - 0xDC00))
				i += 2
				continue
			}
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// Strerror returns the C library's message for errno.
func Strerror(errno int) string {
	if errno == 0 {
		return "Success"
	}
	if errno < 0 || errno > 133 {
		return "Unknown error " + itoa(errno)
	}
	s := syscall.Errno(errno).Error()
	if strings.HasPrefix(s, "errno ") {
		return "Unknown error " + itoa(errno)
	}
	if m, ok := strerrorFix[errno]; ok {
		return m
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// strerrorFix lists glibc messages that Go's table spells differently.
var strerrorFix = map[int]string{133: "Memory page has hardware error"}

func itoa(n int) string {
	if n < 0 {
		return "-" + itoa(-n)
	}
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

// Errno extracts the errno of a Go error (EIO if it has none).
func Errno(err error) syscall.Errno {
	var e syscall.Errno
	if errors.As(err, &e) {
		return e
	}
	if errors.Is(err, os.ErrNotExist) {
		return syscall.ENOENT
	}
	if errors.Is(err, os.ErrExist) {
		return syscall.EEXIST
	}
	if errors.Is(err, os.ErrPermission) {
		return syscall.EACCES
	}
	return syscall.EIO
}

// OSError turns a Go error into the matching OSError subclass, with the
// given filenames (Null for none).
func OSError(err error, filename, filename2 Value) *Exc {
	e := Errno(err)
	return objects.NewOSError(int64(e), Strerror(int(e)), filename, filename2)
}

// ErrnoError builds OSError for an errno value.
func ErrnoError(e syscall.Errno, filename Value) *Exc {
	return objects.NewOSError(int64(e), Strerror(int(e)), filename, null)
}

// Retry runs a system call again while it fails with EINTR (PEP 475),
// running pending signal handlers between attempts.
func Retry(t *objects.Thread, f func() error) *Exc {
	for {
		err := f()
		if err != syscall.EINTR {
			if err != nil {
				return OSError(err, null, null)
			}
			return nil
		}
		if objects.SignalsPending.Load() != 0 {
			if e := objects.RunSignalHandlers(t); e != nil {
				return e
			}
		}
	}
}

// Blocking runs f, which may block in the kernel and must not touch
// Python objects. It is the one place where the OS modules would let
// other Python threads run while they wait (release the GIL: replace
// the body with objects.Blocking(t, f) once the GIL lands).
func Blocking(t *objects.Thread, f func()) {
	prev := blocked.Swap(t)
	defer blocked.Store(prev)
	f()
}

var blocked atomic.Pointer[objects.Thread]

// BlockedThread returns the thread waiting inside Blocking, if any (its
// buffered output may be flushed: it is not running Python code).
func BlockedThread() *objects.Thread { return blocked.Load() }

// NoNew is the New slot of types whose instances only Go code creates.
func NoNew(t *objects.Thread, typ *objects.Type, args []Value, kw *objects.Tuple) (Value, *Exc) {
	return null, objects.Errorf(objects.ExcTypeError, "cannot create '%s.%s' instances", typ.Module, typ.Name)
}
