package io

import (
	"bytes"
	"sync"
	"syscall"

	"taipan/objects"
)

const (
	kindReader = iota
	kindWriter
	kindRandom
)

// Buffered is BufferedReader, BufferedWriter and BufferedRandom. At most
// one of the read buffer (unread bytes rbuf[rpos:]) and the write buffer
// is non-empty: reads flush pending writes, and a write first moves the
// raw stream back over unread bytes.
type Buffered struct {
	ioHead
	kind       int
	raw        Value
	fraw       *FileIO // raw when it is exactly a FileIO
	ok         bool
	detached   bool
	size       int
	rbuf       []byte
	rpos       int
	wbuf       []byte
	finalizing bool
	std        bool // a standard stream (flushed at exit, not on open)
}

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

func registerWriter(b *Buffered) {
	writersMu.Lock()
	writers[b] = struct{}{}
	writersMu.Unlock()
}

func unregisterWriter(b *Buffered) {
	writersMu.Lock()
	delete(writers, b)
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
		if len(b.wbuf) > 0 && same(b.fraw) && !b.std {
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
		if len(b.wbuf) > 0 && !b.std {
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

// ---- raw access ----

func bufOf(v Value) *Buffered { return objects.As[Buffered](v) }

// rawReadInto reads once from raw into p; -1 means None (would block).
func (b *Buffered) rawReadInto(t *objects.Thread, p []byte) (int, *Exc) {
	if b.fraw != nil {
		if err := b.fraw.checkReadable(); err != nil {
			return 0, err
		}
		return b.fraw.readInto(t, p)
	}
	r, err := callMethod(t, b.raw, "readinto", newMemView(p))
	if err != nil {
		return 0, err
	}
	if r.IsNone() {
		return -1, nil
	}
	n, err := intArg(t, r)
	if err != nil {
		return 0, err
	}
	if n < 0 || n > int64(len(p)) {
		return 0, objects.Errorf(objects.ExcOSError, "raw readinto() returned invalid length %d (should have been between 0 and %d)", n, len(p))
	}
	return int(n), nil
}

func (b *Buffered) rawWrite(t *objects.Thread, p []byte) (int, *Exc) {
	if b.fraw != nil {
		if err := b.fraw.checkWritable(); err != nil {
			return 0, err
		}
		return b.fraw.writeBytes(t, p)
	}
	r, err := callMethod(t, b.raw, "write", objects.NewBytes(append([]byte(nil), p...)))
	if err != nil {
		return 0, err
	}
	if r.IsNone() {
		return -1, nil
	}
	n, err := intArg(t, r)
	if err != nil {
		return 0, err
	}
	if n < 0 || n > int64(len(p)) {
		return 0, objects.Errorf(objects.ExcOSError, "raw write() returned invalid length %d (should have been between 0 and %d)", n, len(p))
	}
	return int(n), nil
}

func (b *Buffered) rawSeek(t *objects.Thread, pos int64, whence int) (int64, *Exc) {
	if b.fraw != nil {
		if err := b.fraw.checkClosed(); err != nil {
			return 0, err
		}
		return b.fraw.seek(t, pos, whence)
	}
	r, err := callMethod(t, b.raw, "seek", objects.Int(pos), objects.Int(int64(whence)))
	if err != nil {
		return 0, err
	}
	n, err := intArg(t, r)
	if err != nil {
		return 0, err
	}
	if n < 0 {
		return 0, objects.Errorf(objects.ExcOSError, "Raw stream returned invalid position %d", n)
	}
	return n, nil
}

func (b *Buffered) rawTell(t *objects.Thread) (int64, *Exc) {
	if b.fraw != nil {
		return b.rawSeek(t, 0, 1)
	}
	r, err := callMethod(t, b.raw, "tell")
	if err != nil {
		return 0, err
	}
	n, err := intArg(t, r)
	if err != nil {
		return 0, err
	}
	if n < 0 {
		return 0, objects.Errorf(objects.ExcOSError, "Raw stream returned invalid position %d", n)
	}
	return n, nil
}

func (b *Buffered) rawClosed(t *objects.Thread) (bool, *Exc) {
	if b.fraw != nil {
		return b.fraw.fd < 0, nil
	}
	if b.raw.IsNull() {
		return true, nil
	}
	v, err := getattr(t, b.raw, "closed")
	if err != nil {
		return false, err
	}
	return truth(t, v)
}

func (b *Buffered) checkInit() *Exc {
	if !b.ok {
		if b.detached {
			return valueError("raw stream has been detached")
		}
		return valueError("I/O operation on uninitialized object")
	}
	return nil
}

func (b *Buffered) checkClosed(t *objects.Thread, msg string) *Exc {
	if err := b.checkInit(); err != nil {
		return err
	}
	c, err := b.rawClosed(t)
	if err != nil {
		return err
	}
	if c && b.rpos >= len(b.rbuf) {
		return valueError("%s", msg)
	}
	return nil
}

func (b *Buffered) unread() int { return len(b.rbuf) - b.rpos }

func (b *Buffered) dropRead() { b.rbuf, b.rpos = b.rbuf[:0], 0 }

// rewind moves the raw stream back over unread bytes (before writing or
// after a flush in a BufferedRandom).
func (b *Buffered) rewind(t *objects.Thread) *Exc {
	if n := b.unread(); n > 0 {
		if _, err := b.rawSeek(t, -int64(n), 1); err != nil {
			return err
		}
	}
	b.dropRead()
	return nil
}

// flushWrites writes the whole write buffer to the raw stream.
func (b *Buffered) flushWrites(t *objects.Thread) *Exc {
	written := 0
	for written < len(b.wbuf) {
		n, err := b.rawWrite(t, b.wbuf[written:])
		if err != nil {
			b.wbuf = append(b.wbuf[:0], b.wbuf[written:]...)
			return err
		}
		if n < 0 {
			b.wbuf = append(b.wbuf[:0], b.wbuf[written:]...)
			e := objects.NewException(objects.ExcBlockingIOError, objects.Int(int64(syscall.EAGAIN)), str("write could not complete without blocking"), objects.Int(0))
			return e
		}
		written += n
	}
	b.wbuf = b.wbuf[:0]
	return nil
}

// fill reads once from raw into an empty read buffer: bytes read, 0 at
// EOF, -1 would block.
func (b *Buffered) fill(t *objects.Thread) (int, *Exc) {
	if cap(b.rbuf) < b.size {
		b.rbuf = make([]byte, 0, b.size)
	}
	b.rbuf, b.rpos = b.rbuf[:b.size], 0
	n, err := b.rawReadInto(t, b.rbuf)
	if err != nil || n <= 0 {
		b.rbuf = b.rbuf[:0]
		return n, err
	}
	b.rbuf = b.rbuf[:n]
	return n, nil
}

func (b *Buffered) prepareRead(t *objects.Thread, msg string) *Exc {
	if err := b.checkClosed(t, msg); err != nil {
		return err
	}
	if b.kind == kindWriter {
		return unsupported("read")
	}
	if len(b.wbuf) > 0 {
		return b.flushWrites(t)
	}
	return nil
}

// readN implements read(n) (n < 0: to EOF). ok false means None.
func (b *Buffered) readN(t *objects.Thread, n int) ([]byte, bool, *Exc) {
	if n < 0 {
		out := append([]byte(nil), b.rbuf[b.rpos:]...)
		b.dropRead()
		if b.fraw != nil {
			rest, ok, err := b.fraw.readAll(t)
			if err != nil {
				return nil, false, err
			}
			if !ok && len(out) == 0 {
				return nil, false, nil
			}
			if len(out) == 0 {
				return rest, true, nil
			}
			return append(out, rest...), true, nil
		}
		if ra := b.raw.Type().LookupString("readall"); !ra.IsNull() {
			r, err := callMethod(t, b.raw, "readall")
			if err != nil {
				return nil, false, err
			}
			if r.IsNone() {
				if len(out) == 0 {
					return nil, false, nil
				}
				return out, true, nil
			}
			d, ok := objects.BytesLike(r)
			if !ok {
				return nil, false, typeError("readall() should return bytes")
			}
			return append(out, d...), true, nil
		}
		for {
			r, err := callMethod(t, b.raw, "read")
			if err != nil {
				return nil, false, err
			}
			if r.IsNone() {
				if len(out) == 0 {
					return nil, false, nil
				}
				return out, true, nil
			}
			d, _ := objects.BytesLike(r)
			if len(d) == 0 {
				return out, true, nil
			}
			out = append(out, d...)
		}
	}
	if b.unread() >= n {
		out := append([]byte(nil), b.rbuf[b.rpos:b.rpos+n]...)
		b.rpos += n
		return out, true, nil
	}
	// As CPython: whole blocks straight from raw into the result, then
	// the rest through the buffer (filled until full or satisfied).
	out := make([]byte, 0, n)
	out = append(out, b.rbuf[b.rpos:]...)
	b.dropRead()
	remaining := n - len(out)
	for remaining > 0 {
		r := remaining / b.size * b.size
		if r == 0 {
			break
		}
		k, err := b.rawReadInto(t, out[len(out):len(out)+r])
		if err != nil {
			return nil, false, err
		}
		if k < 0 {
			if len(out) == 0 {
				return nil, false, nil
			}
			return out, true, nil
		}
		if k == 0 {
			return out, true, nil
		}
		out = out[:len(out)+k]
		remaining -= k
	}
	if cap(b.rbuf) < b.size {
		b.rbuf = make([]byte, 0, b.size)
	}
	b.rbuf, b.rpos = b.rbuf[:0], 0
	for remaining > 0 && len(b.rbuf) < b.size {
		end := len(b.rbuf)
		k, err := b.rawReadInto(t, b.rbuf[end:b.size])
		if err != nil {
			return nil, false, err
		}
		if k <= 0 {
			if k < 0 && len(out) == 0 {
				return nil, false, nil
			}
			break
		}
		b.rbuf = b.rbuf[:end+k]
		take := min(k, remaining)
		out = append(out, b.rbuf[b.rpos:b.rpos+take]...)
		b.rpos += take
		remaining -= take
	}
	return out, true, nil
}

// read1 returns buffered bytes or does at most one raw read.
func (b *Buffered) read1(t *objects.Thread, n int) ([]byte, *Exc) {
	if n < 0 {
		n = b.size
	}
	if n == 0 {
		return []byte{}, nil
	}
	if u := b.unread(); u > 0 {
		k := min(n, u)
		out := append([]byte(nil), b.rbuf[b.rpos:b.rpos+k]...)
		b.rpos += k
		return out, nil
	}
	b.dropRead()
	out := make([]byte, n)
	k, err := b.rawReadInto(t, out)
	if err != nil {
		return nil, err
	}
	if k < 0 {
		k = 0
	}
	return out[:k], nil
}

// readline reads through the next b'\n' (at most limit bytes if >= 0).
func (b *Buffered) readline(t *objects.Thread, limit int) ([]byte, *Exc) {
	var out []byte
	for {
		avail := b.rbuf[b.rpos:]
		if limit >= 0 && len(avail) > limit-len(out) {
			avail = avail[:limit-len(out)]
		}
		if i := bytes.IndexByte(avail, '\n'); i >= 0 {
			line := avail[:i+1]
			b.rpos += i + 1
			if out == nil {
				return append([]byte(nil), line...), nil
			}
			return append(out, line...), nil
		}
		out = append(out, avail...)
		b.rpos += len(avail)
		if limit >= 0 && len(out) >= limit {
			return out, nil
		}
		k, err := b.fill(t)
		if err != nil {
			return nil, err
		}
		if k <= 0 {
			if out == nil {
				out = []byte{}
			}
			return out, nil
		}
	}
}

// write buffers p (the Go entry point used by TextIOWrapper).
func (b *Buffered) write(t *objects.Thread, p []byte) *Exc {
	if len(p) == 0 {
		return nil
	}
	if b.kind == kindRandom && b.unread() > 0 {
		if err := b.rewind(t); err != nil {
			return err
		}
	} else if b.kind == kindRandom {
		b.dropRead()
	}
	if len(b.wbuf)+len(p) <= b.size {
		if len(b.wbuf) == 0 && cap(b.wbuf) < b.size {
			b.wbuf = make([]byte, 0, b.size)
		}
		b.wbuf = append(b.wbuf, p...)
		return nil
	}
	if err := b.flushWrites(t); err != nil {
		return err
	}
	if len(p) >= b.size {
		for len(p) > 0 {
			n, err := b.rawWrite(t, p)
			if err != nil {
				return err
			}
			if n < 0 {
				b.wbuf = append(b.wbuf, p...)
				return nil
			}
			p = p[n:]
		}
		return nil
	}
	b.wbuf = append(b.wbuf, p...)
	return nil
}

func (b *Buffered) tell(t *objects.Thread) (int64, *Exc) {
	pos, err := b.rawTell(t)
	if err != nil {
		return 0, err
	}
	pos = pos - int64(b.unread()) + int64(len(b.wbuf))
	if pos < 0 {
		pos = 0
	}
	return pos, nil
}

func (b *Buffered) seek(t *objects.Thread, pos int64, whence int) (int64, *Exc) {
	if whence < 0 || whence > 2 {
		return 0, valueError("whence value %d unsupported", whence)
	}
	if err := b.checkClosed(t, "seek of closed file"); err != nil {
		return 0, err
	}
	if b.fraw != nil {
		if !b.fraw.isSeekable() {
			return 0, unsupported("File or stream is not seekable.")
		}
	} else if ok, err := callBool(t, b.raw, "seekable"); err != nil {
		return 0, err
	} else if !ok {
		return 0, unsupported("File or stream is not seekable.")
	}
	if (whence == 0 || whence == 1) && b.kind != kindWriter && b.unread() > 0 {
		// seek inside the read buffer without touching the raw stream
		current, err := b.rawTell(t)
		if err != nil {
			return 0, err
		}
		avail := int64(b.unread())
		offset := pos
		if whence == 0 {
			offset = pos - (current - avail)
		}
		if offset >= -int64(b.rpos) && offset <= avail {
			b.rpos += int(offset)
			return current - avail + offset, nil
		}
	}
	if len(b.wbuf) > 0 {
		if err := b.flushWrites(t); err != nil {
			return 0, err
		}
	}
	if whence == 1 {
		pos -= int64(b.unread())
	}
	r, err := b.rawSeek(t, pos, whence)
	if err != nil {
		return 0, err
	}
	b.dropRead()
	return r, nil
}

// flush writes pending data (and, in a BufferedRandom, gives back the
// read-ahead).
func (b *Buffered) flush(t *objects.Thread) *Exc {
	if err := b.checkClosed(t, "flush of closed file"); err != nil {
		return err
	}
	if err := b.flushWrites(t); err != nil {
		return err
	}
	if b.kind == kindRandom {
		return b.rewind(t)
	}
	return nil
}

func (b *Buffered) close(t *objects.Thread, self Value) *Exc {
	if err := b.checkInit(); err != nil {
		return err
	}
	c, err := b.rawClosed(t)
	if err != nil {
		return err
	}
	if c {
		return nil
	}
	var ferr *Exc
	if self.Type() == BufferedReaderType || self.Type() == BufferedWriterType || self.Type() == BufferedRandomType {
		if b.kind != kindReader {
			ferr = b.flush(t)
		}
	} else {
		_, ferr = callMethod(t, self, "flush")
	}
	var cerr *Exc
	if b.fraw != nil && b.fraw.Type() == FileIOType {
		cerr = b.fraw.close(t)
	} else {
		_, cerr = callMethod(t, b.raw, "close")
	}
	b.wbuf = nil
	b.rbuf, b.rpos = nil, 0
	unregisterWriter(b)
	if cerr != nil {
		if ferr != nil {
			objects.SetAttr(t, cerr.Value(), objects.Intern("__context__"), ferr.Value())
		}
		return cerr
	}
	return ferr
}

func newBuffered(typ *objects.Type, kind int) *Buffered {
	b := &Buffered{kind: kind}
	b.SetType(typ)
	b.Attrs.Map = typ.RootMap
	return b
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
		b.raw = raw
		b.fraw = nil
		if raw.Type() == FileIOType {
			b.fraw = fileioOf(raw)
		}
		b.size = int(size)
		b.rbuf, b.rpos, b.wbuf = nil, 0, nil
		b.ok, b.detached = true, false
		if kind != kindReader {
			registerWriter(b)
		}
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
			if b.unread() == 0 {
				if _, err := b.fill(t); err != nil {
					return null, err
				}
			}
			return objects.NewBytes(append([]byte(nil), b.rbuf[b.rpos:]...)), nil
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
				var d []byte
				var err *Exc
				if name == "readinto" {
					d, ok, err = b.readN(t, len(buf))
					if err == nil && !ok {
						return objects.None, nil
					}
				} else {
					d, err = b.read1(t, len(buf))
				}
				if err != nil {
					return null, err
				}
				return objects.Int(int64(copy(buf, d))), nil
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
			if err := b.flushWrites(t); err != nil {
				return null, err
			}
			if b.unread() > 0 {
				if err := b.rewind(t); err != nil {
					return null, err
				}
			}
			if pv.IsNull() {
				pv = objects.None
			}
			return callMethod(t, b.raw, "truncate", pv)
		})
	}
	typ.AddMethod("flush", func(t *objects.Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		b := bufOf(self)
		if b.kind == kindReader {
			if err := b.checkClosed(t, "flush of closed file"); err != nil {
				return null, err
			}
			return objects.None, nil
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
	for _, name := range []string{"seekable", "readable", "writable", "fileno", "isatty"} {
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
