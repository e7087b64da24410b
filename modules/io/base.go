// Package io is the _io module: CPython's layered I/O (raw FileIO,
// buffered readers and writers, TextIOWrapper, BytesIO, StringIO) in Go,
// with the abstract bases _IOBase, _RawIOBase, _BufferedIOBase and
// _TextIOBase that the stdlib's io.py turns into ABCs. The types are
// subclassable from Python: every instance begins with a Header and
// attribute storage, and the Go code calls through Python methods
// whenever an object is not exactly one of the native types.
package io

import (
	"sync"

	"taipan/objects"
)

type (
	Value = objects.Value
	Exc   = objects.BaseException
	Tuple = objects.Tuple
)

var null = objects.Null

// DefaultBufferSize is io.DEFAULT_BUFFER_SIZE.
const DefaultBufferSize = 8192

// ioHead is the start of every _io object: header and attributes.
type ioHead struct {
	objects.Header
	objects.Attrs
}

const ioFlags = objects.FlagBaseType | objects.FlagHasAttrs | objects.FlagWeakrefable

var (
	IOBaseType         = objects.NewType("_io", "_IOBase", nil, ioFlags)
	RawIOBaseType      = objects.NewType("_io", "_RawIOBase", IOBaseType, ioFlags)
	BufferedIOBaseType = objects.NewType("_io", "_BufferedIOBase", IOBaseType, ioFlags)
	TextIOBaseType     = objects.NewType("_io", "_TextIOBase", IOBaseType, ioFlags)
)

var (
	unsupportedOnce sync.Once
	unsupportedType *objects.Type
)

// UnsupportedOperation returns the io.UnsupportedOperation class (a
// subclass of OSError and ValueError).
func UnsupportedOperation() *objects.Type {
	unsupportedOnce.Do(func() {
		ns := objects.NewDict()
		ns.SetStr(objects.Intern("__module__"), objects.NewStrValue("io"))
		bases := objects.NewTupleValue([]Value{objects.Obj(objects.ExcOSError), objects.Obj(objects.ExcValueError)})
		cls, err := objects.NewClass(objects.NewThread(1<<10), objects.NewStrValue("UnsupportedOperation"), bases, objects.Obj(ns))
		if err != nil {
			panic("_io: cannot create UnsupportedOperation")
		}
		unsupportedType = objects.As[objects.Type](cls)
	})
	return unsupportedType
}

func unsupported(msg string) *Exc {
	return objects.NewException(UnsupportedOperation(), objects.NewStrValue(msg))
}

func valueError(format string, args ...any) *Exc {
	return objects.Errorf(objects.ExcValueError, format, args...)
}

func typeError(format string, args ...any) *Exc {
	return objects.Errorf(objects.ExcTypeError, format, args...)
}

func errClosed() *Exc { return valueError("I/O operation on closed file.") }

// ---- small helpers ----

func str(s string) Value { return objects.NewStrValue(s) }

func strOf(v Value) string { return objects.As[objects.Str](v).S }

func isStr(v Value) bool { return v.IsInstance(objects.StrType) }

func callMethod(t *objects.Thread, obj Value, name string, args ...Value) (Value, *Exc) {
	return objects.CallMethod(t, obj, name, args...)
}

func truth(t *objects.Thread, v Value) (bool, *Exc) { return objects.Truth(t, v) }

func callBool(t *objects.Thread, obj Value, name string) (bool, *Exc) {
	r, err := callMethod(t, obj, name)
	if err != nil {
		return false, err
	}
	return truth(t, r)
}

func getattr(t *objects.Thread, obj Value, name string) (Value, *Exc) {
	return objects.GetAttrString(t, obj, name)
}

// sizeArg converts an optional size argument (None or absent: -1).
func sizeArg(t *objects.Thread, v Value) (int, *Exc) {
	if v.IsNull() || v.IsNone() {
		return -1, nil
	}
	if !objects.IsIntValue(v) {
		if v.Type().Index == nil {
			return 0, typeError("argument should be integer or None, not '%s'", v.Type().Name)
		}
		var err *Exc
		if v, err = objects.Index(t, v); err != nil {
			return 0, err
		}
	}
	n, ok := objects.IntToInt64(v)
	if !ok {
		return 0, objects.Errorf(objects.ExcOverflowError, "Python int too large to convert to C ssize_t")
	}
	if n < -1 {
		n = -1
	}
	return int(n), nil
}

func intArg(t *objects.Thread, v Value) (int64, *Exc) {
	if !objects.IsIntValue(v) {
		if v.Type().Index == nil {
			return 0, typeError("'%s' object cannot be interpreted as an integer", v.Type().Name)
		}
		var err *Exc
		if v, err = objects.Index(t, v); err != nil {
			return 0, err
		}
	}
	n, ok := objects.IntToInt64(v)
	if !ok {
		return 0, objects.Errorf(objects.ExcOverflowError, "Python int too large to convert to C long")
	}
	return n, nil
}

func getter(typ *objects.Type, name string, get func(t *objects.Thread, self Value) (Value, *Exc)) {
	p := &objects.Property{Get: objects.NewBuiltin(name, func(t *objects.Thread, _ Value, args []Value, kw *Tuple) (Value, *Exc) {
		return get(t, args[0])
	}), Set: objects.None, Del: objects.None, Doc: objects.None}
	p.SetType(objects.PropertyType)
	typ.SetAttrString(name, objects.Obj(p))
}

func getset(typ *objects.Type, name string, get func(t *objects.Thread, self Value) (Value, *Exc), set func(t *objects.Thread, self, v Value) *Exc) {
	p := &objects.Property{Get: objects.NewBuiltin(name, func(t *objects.Thread, _ Value, args []Value, kw *Tuple) (Value, *Exc) {
		return get(t, args[0])
	}), Set: objects.NewBuiltin(name, func(t *objects.Thread, _ Value, args []Value, kw *Tuple) (Value, *Exc) {
		return objects.None, set(t, args[0], args[1])
	}), Del: objects.None, Doc: objects.None}
	p.SetType(objects.PropertyType)
	typ.SetAttrString(name, objects.Obj(p))
}

func noArgs(name string, args []Value, kw *Tuple) *Exc {
	return objects.CheckArgs(name, args, kw, 0, 0)
}

// typeName is the name CPython prints for an object's type: "_io.X" for
// the native types, the class name for subclasses.
func typeName(v Value) string {
	ty := v.Type()
	if !ty.IsHeapType() && ty.Module == "_io" {
		return "_io." + ty.Name
	}
	return ty.Name
}

// ---- _IOBase: generic behaviour over Python-level methods ----

var strIOBaseClosed = objects.Intern("__IOBase_closed")

func iobaseIsClosed(t *objects.Thread, self Value) (bool, *Exc) {
	v, err := getattr(t, self, "closed")
	if err != nil {
		return false, err
	}
	return truth(t, v)
}

func iobaseCheckClosed(t *objects.Thread, self Value) *Exc {
	c, err := iobaseIsClosed(t, self)
	if err != nil {
		return err
	}
	if c {
		return errClosed()
	}
	return nil
}

func iobaseReadline(t *objects.Thread, self Value, limit int) (Value, *Exc) {
	peek, _ := objects.GetAttrString(t, self, "peek")
	var out []byte
	for limit < 0 || len(out) < limit {
		nreadahead := 1
		if !peek.IsNull() {
			ra, err := objects.CallValue(t, peek, []Value{objects.Int(1)}, nil)
			if err != nil {
				return null, err
			}
			b, ok := objects.BytesLike(ra)
			if !ok {
				return null, objects.Errorf(objects.ExcOSError, "peek() should have returned a bytes object, not '%s'", ra.Type().Name)
			}
			if len(b) > 0 {
				n := 0
				for n < len(b) && (limit < 0 || n < limit-len(out)) {
					n++
					if b[n-1] == '\n' {
						break
					}
				}
				nreadahead = n
			}
		}
		r, err := callMethod(t, self, "read", objects.Int(int64(nreadahead)))
		if err != nil {
			return null, err
		}
		b, ok := objects.BytesLike(r)
		if !ok {
			if r.IsNone() {
				break
			}
			return null, objects.Errorf(objects.ExcOSError, "read() should have returned a bytes object, not '%s'", r.Type().Name)
		}
		if len(b) == 0 {
			break
		}
		out = append(out, b...)
		if out[len(out)-1] == '\n' {
			break
		}
	}
	return objects.NewBytes(out), nil
}

func iobaseNext(t *objects.Thread, self Value) (Value, *Exc) {
	line, err := callMethod(t, self, "readline")
	if err != nil {
		return null, err
	}
	n, err := objects.Len(t, line)
	if err != nil {
		return null, err
	}
	if n == 0 {
		return null, nil
	}
	return line, nil
}

func iobaseReadlines(t *objects.Thread, self Value, hint int) (Value, *Exc) {
	var lines []Value
	total := 0
	it, err := objects.GetIter(t, self)
	if err != nil {
		return null, err
	}
	for {
		line, err := objects.Next(t, it)
		if err != nil {
			return null, err
		}
		if line.IsNull() {
			break
		}
		lines = append(lines, line)
		if hint > 0 {
			n, err := objects.Len(t, line)
			if err != nil {
				return null, err
			}
			total += n
			if total >= hint {
				break
			}
		}
	}
	return objects.NewListValue(lines), nil
}

func hintArg(t *objects.Thread, args []Value, kw *Tuple, name string) (int, *Exc) {
	var h Value
	if err := objects.ParseArgs(name, args, kw, []string{"hint"}, 0, -1, &h); err != nil {
		return 0, err
	}
	return sizeArg(t, h)
}

func init() {
	b := IOBaseType
	b.New = func(t *objects.Thread, typ *objects.Type, args []Value, kw *Tuple) (Value, *Exc) {
		o := &ioHead{}
		o.SetType(typ)
		o.Attrs.Map = typ.RootMap
		return objects.Obj(o), nil
	}
	b.Iter = func(t *objects.Thread, self Value) (Value, *Exc) {
		if err := iobaseCheckClosed(t, self); err != nil {
			return null, err
		}
		return self, nil
	}
	b.Next = iobaseNext
	for _, name := range []string{"seek", "truncate", "fileno"} {
		name := name
		b.AddMethod(name, func(t *objects.Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
			return null, unsupported(name)
		})
	}
	b.AddMethod("tell", func(t *objects.Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		return callMethod(t, self, "seek", objects.Int(0), objects.Int(1))
	})
	b.AddMethod("flush", func(t *objects.Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		if err := iobaseCheckClosed(t, self); err != nil {
			return null, err
		}
		return objects.None, nil
	})
	b.AddMethod("close", func(t *objects.Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		c, err := iobaseIsClosed(t, self)
		if err != nil {
			return null, err
		}
		if c {
			return objects.None, nil
		}
		_, ferr := callMethod(t, self, "flush")
		objects.AttrsOf(self).Set(self.Type().RootMap, strIOBaseClosed, objects.True)
		if ferr != nil {
			return null, ferr
		}
		return objects.None, nil
	})
	getter(b, "closed", func(t *objects.Thread, self Value) (Value, *Exc) {
		v := objects.AttrsOf(self).Get(strIOBaseClosed)
		if v.IsNull() {
			return objects.False, nil
		}
		return v, nil
	})
	for _, name := range []string{"seekable", "readable", "writable", "isatty"} {
		b.AddMethod(name, func(t *objects.Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
			if name == "isatty" {
				if err := iobaseCheckClosed(t, self); err != nil {
					return null, err
				}
			}
			return objects.False, nil
		})
	}
	checks := map[string]string{"_checkSeekable": "seekable", "_checkReadable": "readable", "_checkWritable": "writable"}
	msgs := map[string]string{"seekable": "File or stream is not seekable.", "readable": "File or stream is not readable.", "writable": "File or stream is not writable."}
	for cname, m := range checks {
		m := m
		b.AddMethod(cname, func(t *objects.Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
			ok, err := callBool(t, self, m)
			if err != nil {
				return null, err
			}
			if !ok {
				return null, unsupported(msgs[m])
			}
			return objects.True, nil
		})
	}
	b.AddMethod("_checkClosed", func(t *objects.Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		return objects.None, iobaseCheckClosed(t, self)
	})
	b.AddMethod("__enter__", func(t *objects.Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		if err := iobaseCheckClosed(t, self); err != nil {
			return null, err
		}
		return self, nil
	})
	b.AddMethod("__exit__", func(t *objects.Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		return callMethod(t, self, "close")
	})
	b.AddMethod("readline", func(t *objects.Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		var sz Value
		if err := objects.ParseArgs("readline", args, kw, []string{"size"}, 0, -1, &sz); err != nil {
			return null, err
		}
		n, err := sizeArg(t, sz)
		if err != nil {
			return null, err
		}
		return iobaseReadline(t, self, n)
	})
	b.AddMethod("readlines", func(t *objects.Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		h, err := hintArg(t, args, kw, "readlines")
		if err != nil {
			return null, err
		}
		return iobaseReadlines(t, self, h)
	})
	b.AddMethod("writelines", func(t *objects.Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		if err := objects.CheckArgs("writelines", args, kw, 1, 1); err != nil {
			return null, err
		}
		if err := iobaseCheckClosed(t, self); err != nil {
			return null, err
		}
		it, err := objects.GetIter(t, args[0])
		if err != nil {
			return null, err
		}
		for {
			line, err := objects.Next(t, it)
			if err != nil {
				return null, err
			}
			if line.IsNull() {
				return objects.None, nil
			}
			if _, err := callMethod(t, self, "write", line); err != nil {
				return null, err
			}
		}
	})
	b.AddMethod("__del__", func(t *objects.Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		callMethod(t, self, "close")
		return objects.None, nil
	})
	b.Finish()

	// _RawIOBase
	r := RawIOBaseType
	r.AddMethod("read", func(t *objects.Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		var sz Value
		if err := objects.ParseArgs("read", args, kw, []string{"size"}, 0, -1, &sz); err != nil {
			return null, err
		}
		n, err := sizeArg(t, sz)
		if err != nil {
			return null, err
		}
		if n < 0 {
			return callMethod(t, self, "readall")
		}
		if n > maxMemFile {
			return null, objects.NewException(objects.ExcMemoryError)
		}
		buf := make([]byte, n)
		mv := newMemView(buf)
		res, err := callMethod(t, self, "readinto", mv)
		if err != nil {
			return null, err
		}
		if res.IsNone() {
			return res, nil
		}
		k, err := intArg(t, res)
		if err != nil {
			return null, err
		}
		if k < 0 || k > int64(n) {
			return null, valueError("readinto returned %d outside buffer size %d", k, n)
		}
		return objects.NewBytes(buf[:k]), nil
	})
	r.AddMethod("readall", func(t *objects.Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		var out []byte
		got := false
		for {
			d, err := callMethod(t, self, "read", objects.Int(DefaultBufferSize))
			if err != nil {
				return null, err
			}
			if d.IsNone() {
				if !got {
					return d, nil
				}
				break
			}
			b, ok := objects.BytesLike(d)
			if !ok {
				return null, typeError("read() should return bytes")
			}
			if len(b) == 0 {
				break
			}
			got = true
			out = append(out, b...)
		}
		return objects.NewBytes(out), nil
	})
	r.AddMethod("readinto", func(t *objects.Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		return null, objects.NewException(objects.ExcNotImplementedError)
	})
	r.AddMethod("write", func(t *objects.Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		return null, objects.NewException(objects.ExcNotImplementedError)
	})
	r.Finish()

	// _BufferedIOBase
	bb := BufferedIOBaseType
	for _, name := range []string{"read", "read1", "write", "detach"} {
		name := name
		bb.AddMethod(name, func(t *objects.Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
			return null, unsupported(name)
		})
	}
	for _, name := range []string{"readinto", "readinto1"} {
		name := name
		bb.AddMethod(name, func(t *objects.Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
			if err := objects.CheckArgs(name, args, kw, 1, 1); err != nil {
				return null, err
			}
			buf, ok := objects.WritableBuffer(args[0])
			if !ok {
				return null, typeError("%s() argument must be read-write bytes-like object, not %s", name, args[0].Type().Name)
			}
			rname := "read"
			if name == "readinto1" {
				rname = "read1"
			}
			d, err := callMethod(t, self, rname, objects.Int(int64(len(buf))))
			if err != nil {
				return null, err
			}
			b, ok := objects.BytesLike(d)
			if !ok {
				return null, typeError("read() should return bytes")
			}
			if len(b) > len(buf) {
				return null, valueError("read() returned too much data: %d bytes requested, %d returned", len(buf), len(b))
			}
			return objects.Int(int64(copy(buf, b))), nil
		})
	}
	bb.Finish()

	// _TextIOBase
	tb := TextIOBaseType
	for _, name := range []string{"read", "readline", "write", "detach"} {
		name := name
		tb.AddMethod(name, func(t *objects.Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
			return null, unsupported(name)
		})
	}
	for _, name := range []string{"encoding", "newlines", "errors"} {
		getter(tb, name, func(t *objects.Thread, self Value) (Value, *Exc) { return objects.None, nil })
	}
	tb.Finish()
}
