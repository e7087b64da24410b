package io

import (
	"bytes"
	"syscall"

	"taipan/objects"
)

// Buffered is BufferedReader, BufferedWriter and BufferedRandom, with
// CPython's single-buffer model: one buffer of size bytes holds read-ahead
// data (valid up to readEnd) and written-but-unflushed data (the dirty
// region [writePos, writeEnd)); pos is the logical position inside it and
// rawPos where the raw stream stands relative to the buffer's start. The
// same fields and the same sequence of raw calls as CPython make every
// result (including CPython's quirks, e.g. read1 not flushing pending
// writes) identical.
type Buffered struct {
	ioHead
	kind       int
	raw        Value
	fraw       *FileIO // raw when it is exactly a FileIO
	ok         bool
	detached   bool
	readable   bool
	writable   bool
	size       int
	buf        []byte
	pos        int
	readEnd    int // -1: no valid read data
	writePos   int
	writeEnd   int // -1: no dirty data
	rawPos     int // -1: unknown
	absPos     int64
	finalizing bool
	std        bool // a standard stream (flushed at exit, not on open)
	registered bool // in the registry of writers with pending data
}

var strFlush = objects.Intern("flush")

// maxChunk bounds what one read allocates up front (read(n) with a huge
// n reads in pieces instead of allocating n bytes).
const maxChunk = 1 << 22

// maxMemFile bounds BytesIO/StringIO growth: beyond it MemoryError, as
// CPython fails to allocate.
const maxMemFile = 1 << 33

func (b *Buffered) validRead() bool  { return b.readable && b.readEnd != -1 }
func (b *Buffered) validWrite() bool { return b.writable && b.writeEnd != -1 }

func (b *Buffered) adjustPosition(p int) {
	b.pos = p
	if b.validRead() && b.readEnd < b.pos {
		b.readEnd = b.pos
	}
}

// readahead is the number of buffered bytes not yet read.
func (b *Buffered) readahead() int {
	if b.validRead() {
		return b.readEnd - b.pos
	}
	return 0
}

// unread is readahead (kept for callers).
func (b *Buffered) unread() int { return b.readahead() }

func (b *Buffered) rawOffset() int {
	if (b.validRead() || b.validWrite()) && b.rawPos >= 0 {
		return b.rawPos - b.pos
	}
	return 0
}

// dirty reports whether written data waits in the buffer.
func (b *Buffered) dirty() bool { return b.validWrite() && b.writePos < b.writeEnd }

func (b *Buffered) resetRead()  { b.readEnd = -1 }
func (b *Buffered) resetWrite() { b.writePos, b.writeEnd = 0, -1 }

// ---- raw access ----

func bufOf(v Value) *Buffered { return objects.As[Buffered](v) }

// rawReadInto reads once from raw into p; -1 means None (would block).
func (b *Buffered) rawReadInto(t *objects.Thread, p []byte) (int, *Exc) {
	var n int
	if b.fraw != nil {
		if err := b.fraw.checkReadable(); err != nil {
			return 0, err
		}
		var err *Exc
		if n, err = b.fraw.readInto(t, p); err != nil {
			return 0, err
		}
	} else {
		r, err := callMethod(t, b.raw, "readinto", newMemView(p))
		if err != nil {
			return 0, err
		}
		if r.IsNone() {
			return -1, nil
		}
		k, err := intArg(t, r)
		if err != nil {
			return 0, err
		}
		if k < 0 || k > int64(len(p)) {
			return 0, objects.Errorf(objects.ExcOSError, "raw readinto() returned invalid length %d (should have been between 0 and %d)", k, len(p))
		}
		n = int(k)
	}
	if n > 0 && b.absPos != -1 {
		b.absPos += int64(n)
	}
	return n, nil
}

func (b *Buffered) rawWrite(t *objects.Thread, p []byte) (int, *Exc) {
	var n int
	if b.fraw != nil {
		if err := b.fraw.checkWritable(); err != nil {
			return 0, err
		}
		var err *Exc
		if n, err = b.fraw.writeBytes(t, p); err != nil {
			return 0, err
		}
	} else {
		r, err := callMethod(t, b.raw, "write", objects.NewBytes(append([]byte(nil), p...)))
		if err != nil {
			return 0, err
		}
		if r.IsNone() {
			return -1, nil
		}
		k, err := intArg(t, r)
		if err != nil {
			return 0, err
		}
		if k < 0 || k > int64(len(p)) {
			return 0, objects.Errorf(objects.ExcOSError, "raw write() returned invalid length %d (should have been between 0 and %d)", k, len(p))
		}
		n = int(k)
	}
	if n > 0 && b.absPos != -1 {
		b.absPos += int64(n)
	}
	return n, nil
}

func (b *Buffered) rawSeek(t *objects.Thread, pos int64, whence int) (int64, *Exc) {
	var n int64
	if b.fraw != nil {
		if err := b.fraw.checkClosed(); err != nil {
			return 0, err
		}
		var err *Exc
		if n, err = b.fraw.seek(t, pos, whence); err != nil {
			return 0, err
		}
	} else {
		r, err := callMethod(t, b.raw, "seek", objects.Int(pos), objects.Int(int64(whence)))
		if err != nil {
			return 0, err
		}
		if n, err = intArg(t, r); err != nil {
			return 0, err
		}
		if n < 0 {
			return 0, objects.Errorf(objects.ExcOSError, "Raw stream returned invalid position %d", n)
		}
	}
	b.absPos = n
	return n, nil
}

// rawTell asks the raw stream for its position (and caches it).
func (b *Buffered) rawTell(t *objects.Thread) (int64, *Exc) {
	var n int64
	if b.fraw != nil {
		if err := b.fraw.checkClosed(); err != nil {
			return 0, err
		}
		var err *Exc
		if n, err = b.fraw.seek(t, 0, 1); err != nil {
			return 0, err
		}
	} else {
		r, err := callMethod(t, b.raw, "tell")
		if err != nil {
			return 0, err
		}
		if n, err = intArg(t, r); err != nil {
			return 0, err
		}
		if n < 0 {
			return 0, objects.Errorf(objects.ExcOSError, "Raw stream returned invalid position %d", n)
		}
	}
	b.absPos = n
	return n, nil
}

// rawTellCached is CPython's RAW_TELL.
func (b *Buffered) rawTellCached(t *objects.Thread) (int64, *Exc) {
	if b.absPos != -1 {
		return b.absPos, nil
	}
	return b.rawTell(t)
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

// checkClosed is CPython's CHECK_CLOSED: an error if the raw stream is
// closed and no read-ahead is left.
func (b *Buffered) checkClosed(t *objects.Thread, msg string) *Exc {
	if err := b.checkInit(); err != nil {
		return err
	}
	c, err := b.rawClosed(t)
	if err != nil {
		return err
	}
	if c && b.readahead() == 0 {
		return valueError("%s", msg)
	}
	return nil
}

// prepareRead checks a read operation.
func (b *Buffered) prepareRead(t *objects.Thread, msg string) *Exc {
	if err := b.checkClosed(t, msg); err != nil {
		return err
	}
	if b.kind == kindWriter {
		return unsupported("read")
	}
	return nil
}

// ---- writing out ----

func blockingError(written int) *Exc {
	return objects.NewException(objects.ExcBlockingIOError, objects.Int(int64(syscall.EAGAIN)), str("write could not complete without blocking"), objects.Int(int64(written)))
}

// flushUnlocked writes the dirty region (moving the raw stream back to
// where it starts first).
func (b *Buffered) flushUnlocked(t *objects.Thread) *Exc {
	if b.validWrite() && b.writePos != b.writeEnd {
		rewind := b.rawOffset() + (b.pos - b.writePos)
		if rewind != 0 {
			if _, err := b.rawSeek(t, -int64(rewind), 1); err != nil {
				return err
			}
			b.rawPos -= rewind
		}
		for b.writePos < b.writeEnd {
			n, err := b.rawWrite(t, b.buf[b.writePos:b.writeEnd])
			if err != nil {
				return err
			}
			if n < 0 {
				return blockingError(0)
			}
			b.writePos += n
			b.rawPos = b.writePos
		}
	}
	b.resetWrite()
	unregisterWriter(b)
	return nil
}

// flushWrites is flushUnlocked (kept for callers).
func (b *Buffered) flushWrites(t *objects.Thread) *Exc { return b.flushUnlocked(t) }

// flushAndRewind also moves a readable stream's raw position back to the
// logical position, dropping the read-ahead.
func (b *Buffered) flushAndRewind(t *objects.Thread) *Exc {
	if err := b.flushUnlocked(t); err != nil {
		return err
	}
	if b.readable {
		_, err := b.rawSeek(t, -int64(b.rawOffset()), 1)
		b.resetRead()
		if err != nil {
			return err
		}
	}
	return nil
}

// flush is the flush() of writers (BufferedReader.flush calls raw.flush).
func (b *Buffered) flush(t *objects.Thread) *Exc {
	if err := b.checkClosed(t, "flush of closed file"); err != nil {
		return err
	}
	if b.kind == kindReader {
		return nil
	}
	return b.flushAndRewind(t)
}

// ---- reading ----

// fillBuffer reads once into the buffer after the valid read data.
func (b *Buffered) fillBuffer(t *objects.Thread) (int, *Exc) {
	start := 0
	if b.validRead() {
		start = b.readEnd
	}
	n, err := b.rawReadInto(t, b.buf[start:b.size])
	if err != nil || n <= 0 {
		return n, err
	}
	b.readEnd = start + n
	b.rawPos = start + n
	return n, nil
}

// fill is fillBuffer after dropping the read-ahead (peek's refill).
func (b *Buffered) fill(t *objects.Thread) (int, *Exc) {
	b.resetRead()
	n, err := b.fillBuffer(t)
	b.pos = 0
	return n, err
}

// readN implements read(n) (n < 0: to EOF). ok false means None.
func (b *Buffered) readN(t *objects.Thread, n int) ([]byte, bool, *Exc) {
	if n < 0 {
		return b.readAll(t)
	}
	if cur := b.readahead(); n <= cur {
		out := append([]byte(nil), b.buf[b.pos:b.pos+n]...)
		b.pos += n
		return out, true, nil
	}
	out := make([]byte, 0, min(n, maxChunk))
	if cur := b.readahead(); cur > 0 {
		out = append(out, b.buf[b.pos:b.pos+cur]...)
		b.pos += cur
	}
	if b.writable {
		if err := b.flushAndRewind(t); err != nil {
			return nil, false, err
		}
	}
	b.resetRead()
	remaining := n - len(out)
	for remaining > 0 {
		r := remaining / b.size * b.size
		if r == 0 {
			break
		}
		if r > maxChunk && maxChunk >= b.size {
			r = maxChunk / b.size * b.size // huge requests are read in pieces
		}
		if cap(out)-len(out) < r {
			out = append(out[:len(out):len(out)], make([]byte, r)...)[:len(out)]
		}
		k, err := b.rawReadInto(t, out[len(out):len(out)+r])
		if err != nil {
			return nil, false, err
		}
		if k <= 0 {
			if k == 0 || len(out) > 0 {
				return out, true, nil
			}
			return nil, false, nil
		}
		out = out[:len(out)+k]
		remaining -= k
	}
	b.pos, b.rawPos, b.readEnd = 0, 0, 0
	for remaining > 0 && b.readEnd < b.size {
		k, err := b.fillBuffer(t)
		if err != nil {
			return nil, false, err
		}
		if k <= 0 {
			if k == 0 || len(out) > 0 {
				return out, true, nil
			}
			return nil, false, nil
		}
		take := min(k, remaining)
		out = append(out, b.buf[b.pos:b.pos+take]...)
		b.pos += take
		remaining -= take
	}
	return out, true, nil
}

func (b *Buffered) readAll(t *objects.Thread) ([]byte, bool, *Exc) {
	var out []byte
	cur := b.readahead()
	if cur > 0 {
		out = append(out, b.buf[b.pos:b.pos+cur]...)
		b.pos += cur
	}
	if b.writable {
		if err := b.flushAndRewind(t); err != nil {
			return nil, false, err
		}
	}
	b.resetRead()
	if b.fraw != nil {
		if err := b.fraw.checkReadable(); err != nil {
			return nil, false, err
		}
		rest, ok, err := b.fraw.readAll(t)
		if err != nil {
			return nil, false, err
		}
		b.absPos = -1
		if !ok && cur == 0 {
			return nil, false, nil
		}
		if cur == 0 {
			return rest, true, nil
		}
		return append(out, rest...), true, nil
	}
	b.absPos = -1
	if ra := b.raw.Type().LookupString("readall"); !ra.IsNull() {
		r, err := callMethod(t, b.raw, "readall")
		if err != nil {
			return nil, false, err
		}
		if r.IsNone() {
			if cur == 0 {
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
		d, ok := objects.BytesLike(r)
		if !ok {
			return nil, false, typeError("read() should return bytes")
		}
		if len(d) == 0 {
			if out == nil {
				out = []byte{}
			}
			return out, true, nil
		}
		out = append(out, d...)
	}
}

// read1 returns buffered bytes, or does one raw read (pending writes are
// not flushed first, as in CPython).
func (b *Buffered) read1(t *objects.Thread, n int) ([]byte, *Exc) {
	if n < 0 {
		n = b.size
	}
	if n == 0 {
		return []byte{}, nil
	}
	if have := b.readahead(); have > 0 {
		k := min(n, have)
		out := append([]byte(nil), b.buf[b.pos:b.pos+k]...)
		b.pos += k
		return out, nil
	}
	out := make([]byte, min(n, maxChunk))
	b.resetRead()
	k, err := b.rawReadInto(t, out)
	if err != nil {
		return nil, err
	}
	if k < 0 {
		k = 0
	}
	return out[:k], nil
}

// peek returns the read-ahead, filling the buffer when it is empty.
func (b *Buffered) peek(t *objects.Thread) ([]byte, *Exc) {
	if b.writable {
		if err := b.flushAndRewind(t); err != nil {
			return nil, err
		}
	}
	if have := b.readahead(); have > 0 {
		return append([]byte(nil), b.buf[b.pos:b.pos+have]...), nil
	}
	n, err := b.fill(t)
	if err != nil {
		return nil, err
	}
	if n < 0 {
		n = 0
	}
	return append([]byte(nil), b.buf[:n]...), nil
}

// readinto fills p (readinto1: at most one raw read); -1 means None.
func (b *Buffered) readinto(t *objects.Thread, p []byte, once bool) (int, *Exc) {
	written := 0
	if n := b.readahead(); n > 0 {
		if n >= len(p) {
			copy(p, b.buf[b.pos:b.pos+len(p)])
			b.pos += len(p)
			return len(p), nil
		}
		copy(p, b.buf[b.pos:b.pos+n])
		b.pos += n
		written = n
	}
	if b.writable {
		if err := b.flushAndRewind(t); err != nil {
			return 0, err
		}
	}
	b.resetRead()
	b.pos = 0
	for remaining := len(p) - written; remaining > 0; {
		var n int
		var err *Exc
		if remaining > b.size {
			n, err = b.rawReadInto(t, p[written:])
		} else if !(once && written > 0) {
			n, err = b.fillBuffer(t)
			if err != nil {
				return 0, err
			}
			if n > 0 {
				n = min(n, remaining)
				copy(p[written:], b.buf[b.pos:b.pos+n])
				b.pos += n
				written += n
				remaining -= n
				continue
			}
		}
		if err != nil {
			return 0, err
		}
		if n == 0 || n < 0 && written > 0 {
			break
		}
		if n < 0 {
			return -1, nil
		}
		written += n
		remaining -= n
		if once {
			break
		}
	}
	return written, nil
}

// readline reads through the next b'\n' (at most limit bytes if >= 0).
func (b *Buffered) readline(t *objects.Thread, limit int) ([]byte, *Exc) {
	n := b.readahead()
	if limit >= 0 && n > limit {
		n = limit
	}
	start := b.buf[b.pos : b.pos+n] // valid only when n > 0
	if n > 0 {
		if i := bytes.IndexByte(start, '\n'); i >= 0 {
			out := append([]byte(nil), start[:i+1]...)
			b.pos += i + 1
			return out, nil
		}
	}
	if n == limit {
		out := append([]byte(nil), start...)
		b.pos += n
		return out, nil
	}
	var out []byte
	if n > 0 {
		out = append(out, start...)
		b.pos += n
		if limit >= 0 {
			limit -= n
		}
	}
	if b.writable {
		if err := b.flushAndRewind(t); err != nil {
			return nil, err
		}
	}
	for {
		b.resetRead()
		k, err := b.fillBuffer(t)
		if err != nil {
			return nil, err
		}
		if k <= 0 {
			break
		}
		if limit >= 0 && k > limit {
			k = limit
		}
		chunk := b.buf[:k]
		if i := bytes.IndexByte(chunk, '\n'); i >= 0 {
			out = append(out, chunk[:i+1]...)
			b.pos = i + 1
			return out, nil
		}
		out = append(out, chunk...)
		if k == limit {
			b.pos = k
			break
		}
		if limit >= 0 {
			limit -= k
		}
	}
	if out == nil {
		out = []byte{}
	}
	return out, nil
}

// write buffers p (the Go entry point used by TextIOWrapper).
func (b *Buffered) write(t *objects.Thread, p []byte) *Exc {
	if !b.validRead() && !b.validWrite() {
		b.pos, b.rawPos = 0, 0
	}
	if avail := b.size - b.pos; len(p) <= avail {
		copy(b.buf[b.pos:], p)
		if !b.validWrite() || b.writePos > b.pos {
			b.writePos = b.pos
		}
		b.adjustPosition(b.pos + len(p))
		if b.pos > b.writeEnd {
			b.writeEnd = b.pos
		}
		if !b.registered && !b.std {
			registerWriter(b)
		}
		return nil
	}
	if err := b.flushUnlocked(t); err != nil {
		return err
	}
	if off := b.rawOffset(); off != 0 {
		if _, err := b.rawSeek(t, -int64(off), 1); err != nil {
			return err
		}
		b.rawPos -= off
	}
	written := 0
	remaining := len(p)
	for remaining > b.size {
		n, err := b.rawWrite(t, p[written:])
		if err != nil {
			return err
		}
		if n < 0 {
			copy(b.buf, p[written:written+b.size])
			b.rawPos = 0
			b.adjustPosition(b.size)
			b.writeEnd = b.size
			return blockingError(written + b.size)
		}
		written += n
		remaining -= n
	}
	if b.readable {
		b.resetRead()
	}
	if remaining > 0 {
		copy(b.buf, p[written:])
	}
	b.writePos = 0
	b.writeEnd = remaining
	b.adjustPosition(remaining)
	b.rawPos = 0
	if remaining > 0 && !b.registered && !b.std {
		registerWriter(b)
	}
	return nil
}

func (b *Buffered) tell(t *objects.Thread) (int64, *Exc) {
	pos, err := b.rawTell(t)
	if err != nil {
		return 0, err
	}
	pos -= int64(b.rawOffset())
	if pos < 0 {
		return 0, objects.Errorf(objects.ExcOSError, "Raw stream returned invalid position %d", pos)
	}
	return pos, nil
}

func (b *Buffered) seek(t *objects.Thread, target int64, whence int) (int64, *Exc) {
	if whence < 0 || whence > 4 {
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
	if (whence == 0 || whence == 1) && b.readable {
		current, err := b.rawTellCached(t)
		if err != nil {
			return 0, err
		}
		if avail := int64(b.readahead()); avail > 0 {
			offset := target
			if whence == 0 {
				offset = target - (current - int64(b.rawOffset()))
			}
			if offset >= -int64(b.pos) && offset <= avail {
				b.pos += int(offset)
				return current - avail + offset, nil
			}
		}
	}
	if b.writable {
		if err := b.flushUnlocked(t); err != nil {
			return 0, err
		}
	}
	if whence == 1 {
		target -= int64(b.rawOffset())
	}
	n, err := b.rawSeek(t, target, whence)
	if err != nil {
		return 0, err
	}
	b.rawPos = -1
	if b.readable {
		b.resetRead()
	}
	return n, nil
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
	native := self.Type() == BufferedReaderType || self.Type() == BufferedWriterType || self.Type() == BufferedRandomType
	if native && objects.AttrsOf(self).Get(strFlush).IsNull() {
		if b.kind != kindReader {
			ferr = b.flush(t)
		}
	} else {
		_, ferr = callMethod(t, self, "flush") // self.flush(), as CPython
	}
	var cerr *Exc
	if b.fraw != nil && b.fraw.Type() == FileIOType {
		cerr = b.fraw.close(t)
	} else {
		_, cerr = callMethod(t, b.raw, "close")
	}
	b.resetRead()
	b.resetWrite()
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
	b := &Buffered{kind: kind, readEnd: -1, writeEnd: -1, rawPos: -1, absPos: -1}
	b.SetType(typ)
	b.Attrs.Map = typ.RootMap
	return b
}

// setup prepares a buffered object over raw (after the ability checks).
func (b *Buffered) setup(t *objects.Thread, raw Value, size int) {
	b.raw, b.fraw = raw, nil
	if raw.Type() == FileIOType {
		b.fraw = fileioOf(raw)
	}
	b.readable = b.kind != kindWriter
	b.writable = b.kind != kindReader
	b.size = size
	b.buf = make([]byte, size)
	b.pos = 0
	b.resetRead()
	b.resetWrite()
	b.rawPos, b.absPos = -1, -1
	b.ok, b.detached = true, false
	if _, err := b.rawTell(t); err != nil {
		b.absPos = -1
	}
}
