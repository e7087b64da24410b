package io

import (
	"sync"

	"taipan/objects"
)

const (
	kindReader = iota
	kindWriter
	kindRandom
)

var (
	BufferedReaderType = objects.NewType("_io", "BufferedReader", BufferedIOBaseType, ioFlags)
	BufferedWriterType = objects.NewType("_io", "BufferedWriter", BufferedIOBaseType, ioFlags)
	BufferedRandomType = objects.NewType("_io", "BufferedRandom", BufferedIOBaseType, ioFlags)
	BufferedRWPairType = objects.NewType("_io", "BufferedRWPair", BufferedIOBaseType, ioFlags)
)

// ---- the registry of writers with pending data ----

var (
	writersMu sync.Mutex
	writers   = map[*Buffered]struct{}{}
	texts     = map[*TextIO]struct{}{}
)

// registerText remembers a text wrapper holding pending output.
func registerText(tw *TextIO) {
	writersMu.Lock()
	texts[tw] = struct{}{}
	tw.registered = true
	writersMu.Unlock()
}

// flushTexts hands every text wrapper's pending output to its buffer.
func flushTexts(t *objects.Thread, fileOnly bool) {
	writersMu.Lock()
	var list []*TextIO
	for tw := range texts {
		list = append(list, tw)
		delete(texts, tw)
		tw.registered = false
	}
	writersMu.Unlock()
	for _, tw := range list {
		if len(tw.pendingW) == 0 || !tw.ok || tw.fbuf == nil || !tw.fbuf.ok {
			continue
		}
		if fileOnly && tw.fbuf.fraw == nil {
			registerText(tw)
			continue
		}
		if c, err := tw.fbuf.rawClosed(t); err == nil && !c {
			tw.writeflush(t)
		}
	}
}

// Writers are in the registry only while they hold unwritten data, so a
// dropped clean writer can be collected (and its file closed).
func registerWriter(b *Buffered) {
	writersMu.Lock()
	writers[b] = struct{}{}
	b.registered = true
	writersMu.Unlock()
}

func unregisterWriter(b *Buffered) {
	if !b.registered {
		return
	}
	writersMu.Lock()
	delete(writers, b)
	b.registered = false
	writersMu.Unlock()
}

func unregisterText(tw *TextIO) {
	if !tw.registered {
		return
	}
	writersMu.Lock()
	delete(texts, tw)
	tw.registered = false
	writersMu.Unlock()
}

// flushDirtyWriters writes out the pending data of every open buffered
// writer of the file (dev, ino) before it is opened again: CPython frees
// and so flushes an unreferenced file object at once (open(p,
// 'w').write(s) followed by open(p)); without reference counting, data
// written through a dropped file object must reach the file before
// anything can look at it. (A writer still in use is flushed early too.)
func flushDirtyWriters(t *objects.Thread, dev, ino uint64) {
	same := func(f *FileIO) bool { return f != nil && f.fd >= 0 && f.dev == dev && f.ino == ino }
	writersMu.Lock()
	var tlist []*TextIO
	for tw := range texts {
		if len(tw.pendingW) > 0 && tw.ok && tw.fbuf != nil && tw.fbuf.ok && same(tw.fbuf.fraw) {
			tlist = append(tlist, tw)
		}
	}
	writersMu.Unlock()
	for _, tw := range tlist {
		tw.writeflush(t)
	}
	writersMu.Lock()
	var list []*Buffered
	for b := range writers {
		if b.dirty() && same(b.fraw) && !b.std {
			list = append(list, b)
		}
	}
	writersMu.Unlock()
	for _, b := range list {
		if b.fraw.fd >= 0 {
			b.flushWrites(t)
		}
	}
}

// FlushAll flushes every buffered writer still open (at exit).
func FlushAll(t *objects.Thread) {
	flushTexts(t, false)
	writersMu.Lock()
	var list []*Buffered
	for b := range writers {
		if b.dirty() && !b.std {
			list = append(list, b)
		}
	}
	writersMu.Unlock()
	for _, b := range list {
		if closed, err := b.rawClosed(t); err == nil && !closed {
			b.flushWrites(t)
		}
	}
}

func checkRawAbility(t *objects.Thread, raw Value, what string) *Exc {
	ok, err := callBool(t, raw, what)
	if err != nil {
		return err
	}
	if !ok {
		return unsupported("File or stream is not " + what + ".")
	}
	return nil
}

func bufferedInit(kind int) objects.InitFunc {
	return func(t *objects.Thread, self Value, args []Value, kw *Tuple) *Exc {
		var raw, sizev Value
		name := [...]string{"BufferedReader", "BufferedWriter", "BufferedRandom"}[kind]
		if err := objects.ParseArgs(name, args, kw, []string{"raw", "buffer_size"}, 1, -1, &raw, &sizev); err != nil {
			return err
		}
		b := bufOf(self)
		b.ok = false
		checks := map[int][]string{kindReader: {"readable"}, kindWriter: {"writable"}, kindRandom: {"seekable", "readable", "writable"}}[kind]
		for _, c := range checks {
			if err := checkRawAbility(t, raw, c); err != nil {
				return err
			}
		}
		size := int64(DefaultBufferSize)
		if !sizev.IsNull() {
			var err *Exc
			if size, err = intArg(t, sizev); err != nil {
				return err
			}
		}
		if size <= 0 {
			return valueError("buffer size must be strictly positive")
		}
		if size > maxMemFile {
			return objects.NewException(objects.ExcMemoryError)
		}
		b.setup(t, raw, int(size))
		return nil
	}
}

func bufferedRepr(t *objects.Thread, self Value) (Value, *Exc) {
	tn := typeName(self)
	name, err := getattr(t, self, "name")
	if err != nil {
		if !err.Matches(objects.ExcAttributeError) && !err.Matches(objects.ExcValueError) {
			return null, err
		}
		return str("<" + tn + ">"), nil
	}
	if !t.ReprEnter(self) {
		return null, objects.Errorf(objects.ExcRuntimeError, "reentrant call inside %s.__repr__", tn)
	}
	defer t.ReprLeave(self)
	r, err := objects.ReprString(t, name)
	if err != nil {
		return null, err
	}
	return str("<" + tn + " name=" + r + ">"), nil
}

func bytesResult(b []byte, ok bool, err *Exc) (Value, *Exc) {
	if err != nil {
		return null, err
	}
	if !ok {
		return objects.None, nil
	}
	return objects.NewBytes(b), nil
}

func addBufferedMethods(typ *objects.Type, kind int) {
	typ.New = func(t *objects.Thread, ty *objects.Type, args []Value, kw *Tuple) (Value, *Exc) {
		return objects.Obj(newBuffered(ty, kind)), nil
	}
	typ.Init = bufferedInit(kind)
	typ.Repr = bufferedRepr
	if kind != kindWriter {
		typ.Next = func(t *objects.Thread, self Value) (Value, *Exc) {
			if self.Type() != typ {
				return iobaseNext(t, self)
			}
			b := bufOf(self)
			if err := b.prepareRead(t, "readline of closed file"); err != nil {
				return null, err
			}
			line, err := b.readline(t, -1)
			if err != nil {
				return null, err
			}
			if len(line) == 0 {
				return null, nil
			}
			return objects.NewBytes(line), nil
		}
		typ.AddMethod("read", func(t *objects.Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
			var sz Value
			if err := objects.ParseArgs("read", args, kw, []string{"size"}, 0, -1, &sz); err != nil {
				return null, err
			}
			b := bufOf(self)
			if err := b.checkInit(); err != nil {
				return null, err
			}
			n, err := sizeArg(t, sz)
			if err != nil {
				return null, err
			}
			if !sz.IsNull() && !sz.IsNone() {
				if v, _ := objects.IntToInt64(sz); v < -1 {
					return null, valueError("read length must be non-negative or -1")
				}
			}
			if err := b.prepareRead(t, "read of closed file"); err != nil {
				return null, err
			}
			return bytesResult(b.readN(t, n))
		})
		typ.AddMethod("read1", func(t *objects.Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
			var sz Value
			if err := objects.ParseArgs("read1", args, kw, []string{"size"}, 0, -1, &sz); err != nil {
				return null, err
			}
			b := bufOf(self)
			n, err := sizeArg(t, sz)
			if err != nil {
				return null, err
			}
			if err := b.prepareRead(t, "read of closed file"); err != nil {
				return null, err
			}
			d, err := b.read1(t, n)
			return bytesResult(d, true, err)
		})
		typ.AddMethod("peek", func(t *objects.Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
			var sz Value
			if err := objects.ParseArgs("peek", args, kw, []string{"size"}, 0, -1, &sz); err != nil {
				return null, err
			}
			b := bufOf(self)
			if err := b.prepareRead(t, "peek of closed file"); err != nil {
				return null, err
			}
			d, err := b.peek(t)
			if err != nil {
				return null, err
			}
			return objects.NewBytes(d), nil
		})
		for _, name := range []string{"readinto", "readinto1"} {
			name := name
			typ.AddMethod(name, func(t *objects.Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
				if err := objects.CheckArgs(name, args, kw, 1, 1); err != nil {
					return null, err
				}
				b := bufOf(self)
				buf, ok := objects.WritableBuffer(args[0])
				if !ok {
					return null, typeError("%s() argument must be read-write bytes-like object, not %s", name, args[0].Type().Name)
				}
				if err := b.prepareRead(t, "readinto of closed file"); err != nil {
					return null, err
				}
				n, err := b.readinto(t, buf, name == "readinto1")
				if err != nil {
					return null, err
				}
				if n < 0 {
					return objects.None, nil
				}
				return objects.Int(int64(n)), nil
			})
		}
		typ.AddMethod("readline", func(t *objects.Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
			var sz Value
			if err := objects.ParseArgs("readline", args, kw, []string{"size"}, 0, -1, &sz); err != nil {
				return null, err
			}
			b := bufOf(self)
			n, err := sizeArg(t, sz)
			if err != nil {
				return null, err
			}
			if err := b.prepareRead(t, "readline of closed file"); err != nil {
				return null, err
			}
			line, err := b.readline(t, n)
			if err != nil {
				return null, err
			}
			return objects.NewBytes(line), nil
		})
	}
	if kind != kindReader {
		typ.AddMethod("write", func(t *objects.Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
			if err := objects.CheckArgs("write", args, kw, 1, 1); err != nil {
				return null, err
			}
			b := bufOf(self)
			if err := b.checkInit(); err != nil {
				return null, err
			}
			p, ok := objects.BytesLike(args[0])
			if !ok {
				return null, typeError("a bytes-like object is required, not '%s'", args[0].Type().Name)
			}
			if c, err := b.rawClosed(t); err != nil {
				return null, err
			} else if c {
				return null, valueError("write to closed file")
			}
			if err := b.write(t, p); err != nil {
				return null, err
			}
			return objects.Int(int64(len(p))), nil
		})
		typ.AddMethod("truncate", func(t *objects.Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
			var pv Value
			if err := objects.ParseArgs("truncate", args, kw, []string{"pos"}, 0, -1, &pv); err != nil {
				return null, err
			}
			b := bufOf(self)
			if err := b.checkClosed(t, "truncate of closed file"); err != nil {
				return null, err
			}
			if err := b.flushAndRewind(t); err != nil {
				return null, err
			}
			if pv.IsNull() {
				pv = objects.None
			}
			r, err := callMethod(t, b.raw, "truncate", pv)
			if err != nil {
				return null, err
			}
			if _, err := b.rawTell(t); err != nil {
				b.absPos = -1
			}
			return r, nil
		})
	}
	typ.AddMethod("flush", func(t *objects.Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		b := bufOf(self)
		if b.kind == kindReader {
			if err := b.checkInit(); err != nil {
				return null, err
			}
			return callMethod(t, b.raw, "flush")
		}
		return objects.None, b.flush(t)
	})
	typ.AddMethod("close", func(t *objects.Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		return objects.None, bufOf(self).close(t, self)
	})
	typ.AddMethod("detach", func(t *objects.Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		b := bufOf(self)
		if err := b.checkInit(); err != nil {
			return null, err
		}
		if _, err := callMethod(t, self, "flush"); err != nil {
			return null, err
		}
		raw := b.raw
		b.raw, b.fraw = null, nil
		b.ok, b.detached = false, true
		unregisterWriter(b)
		return raw, nil
	})
	typ.AddMethod("seek", func(t *objects.Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		var posv, whv Value
		if err := objects.ParseArgs("seek", args, kw, []string{"target", "whence"}, 1, -1, &posv, &whv); err != nil {
			return null, err
		}
		b := bufOf(self)
		if err := b.checkInit(); err != nil {
			return null, err
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
		r, err := b.seek(t, pos, int(wh))
		if err != nil {
			return null, err
		}
		return objects.Int(r), nil
	})
	typ.AddMethod("tell", func(t *objects.Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		b := bufOf(self)
		if err := b.checkInit(); err != nil {
			return null, err
		}
		r, err := b.tell(t)
		if err != nil {
			return null, err
		}
		return objects.Int(r), nil
	})
	delegated := []string{"seekable", "fileno", "isatty"}
	switch kind {
	case kindReader:
		delegated = append(delegated, "readable")
		typ.AddMethod("truncate", func(t *objects.Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
			b := bufOf(self)
			if err := b.checkClosed(t, "truncate of closed file"); err != nil {
				return null, err
			}
			return null, unsupported("truncate")
		})
	case kindWriter:
		delegated = append(delegated, "writable")
	default:
		delegated = append(delegated, "readable", "writable")
	}
	for _, name := range delegated {
		name := name
		typ.AddMethod(name, func(t *objects.Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
			b := bufOf(self)
			if err := b.checkInit(); err != nil {
				return null, err
			}
			return callMethod(t, b.raw, name)
		})
	}
	typ.AddMethod("_dealloc_warn", func(t *objects.Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		return objects.None, nil
	})
	typ.AddMethod("__getstate__", func(t *objects.Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		return null, typeError("cannot pickle '%s' object", typeName(self))
	})
	getter(typ, "raw", func(t *objects.Thread, self Value) (Value, *Exc) {
		b := bufOf(self)
		if b.raw.IsNull() {
			return objects.None, nil
		}
		return b.raw, nil
	})
	getter(typ, "closed", func(t *objects.Thread, self Value) (Value, *Exc) {
		b := bufOf(self)
		if err := b.checkInit(); err != nil {
			return null, err
		}
		if b.fraw != nil {
			return objects.Bool(b.fraw.fd < 0), nil
		}
		return getattr(t, b.raw, "closed")
	})
	for _, name := range []string{"name", "mode"} {
		name := name
		getter(typ, name, func(t *objects.Thread, self Value) (Value, *Exc) {
			b := bufOf(self)
			if err := b.checkInit(); err != nil {
				return null, err
			}
			return getattr(t, b.raw, name)
		})
	}
	getset(typ, "_finalizing", func(t *objects.Thread, self Value) (Value, *Exc) {
		return objects.Bool(bufOf(self).finalizing), nil
	}, func(t *objects.Thread, self, v Value) *Exc {
		x, err := truth(t, v)
		bufOf(self).finalizing = x
		return err
	})
	typ.Finish()
}

// ---- BufferedRWPair ----

type rwPair struct {
	ioHead
	r, w *Buffered
	rv   Value
	wv   Value
}

func pairOf(v Value) (*rwPair, *Exc) {
	p := objects.As[rwPair](v)
	if p.r == nil || p.w == nil {
		return nil, valueError("I/O operation on uninitialized object")
	}
	return p, nil
}

func init() {
	addBufferedMethods(BufferedReaderType, kindReader)
	addBufferedMethods(BufferedWriterType, kindWriter)
	addBufferedMethods(BufferedRandomType, kindRandom)

	pt := BufferedRWPairType
	pt.New = func(t *objects.Thread, ty *objects.Type, args []Value, kw *Tuple) (Value, *Exc) {
		p := &rwPair{}
		p.SetType(ty)
		p.Attrs.Map = ty.RootMap
		return objects.Obj(p), nil
	}
	pt.Init = func(t *objects.Thread, self Value, args []Value, kw *Tuple) *Exc {
		var rd, wr, sz Value
		if err := objects.ParseArgs("BufferedRWPair", args, kw, []string{"reader", "writer", "buffer_size"}, 2, -1, &rd, &wr, &sz); err != nil {
			return err
		}
		if err := checkRawAbility(t, rd, "readable"); err != nil {
			return err
		}
		if err := checkRawAbility(t, wr, "writable"); err != nil {
			return err
		}
		p := objects.As[rwPair](self)
		a := []Value{rd}
		if !sz.IsNull() {
			a = append(a, sz)
		}
		rv, err := objects.CallValue(t, objects.Obj(BufferedReaderType), a, nil)
		if err != nil {
			return err
		}
		a[0] = wr
		wv, err := objects.CallValue(t, objects.Obj(BufferedWriterType), a, nil)
		if err != nil {
			return err
		}
		p.rv, p.wv, p.r, p.w = rv, wv, bufOf(rv), bufOf(wv)
		return nil
	}
	fwd := func(name string, toWriter bool) {
		pt.AddMethod(name, func(t *objects.Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
			p, err := pairOf(self)
			if err != nil {
				return null, err
			}
			target := p.rv
			if toWriter {
				target = p.wv
			}
			m, err := getattr(t, target, name)
			if err != nil {
				return null, err
			}
			return objects.CallValue(t, m, args, kw)
		})
	}
	for _, n := range []string{"read", "peek", "read1", "readinto", "readinto1", "readable"} {
		fwd(n, false)
	}
	for _, n := range []string{"write", "flush", "writable"} {
		fwd(n, true)
	}
	pt.AddMethod("isatty", func(t *objects.Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		p, err := pairOf(self)
		if err != nil {
			return null, err
		}
		w, err := callBool(t, p.wv, "isatty")
		if err != nil || w {
			return objects.Bool(w), err
		}
		return callMethod(t, p.rv, "isatty")
	})
	pt.AddMethod("close", func(t *objects.Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		p, err := pairOf(self)
		if err != nil {
			return null, err
		}
		_, werr := callMethod(t, p.wv, "close")
		_, rerr := callMethod(t, p.rv, "close")
		if werr != nil {
			return null, werr
		}
		return objects.None, rerr
	})
	pt.AddMethod("detach", func(t *objects.Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		return null, unsupported("detach")
	})
	getter(pt, "closed", func(t *objects.Thread, self Value) (Value, *Exc) {
		p, err := pairOf(self)
		if err != nil {
			return null, err
		}
		return getattr(t, p.wv, "closed")
	})
	pt.Finish()
}
