package io

import (
	"strings"
	"unicode/utf8"

	"taipan/modules/codecs"
	"taipan/objects"
)

// TextIO is _io.TextIOWrapper.
type TextIO struct {
	ioHead
	ok       bool
	detached bool
	buffer   Value
	fbuf     *Buffered // buffer when it is exactly a native buffered object
	fraw     *FileIO   // buffer when it is exactly a FileIO (unbuffered std streams)
	encV     Value     // the encoding attribute
	encoding string
	errors   string
	fast     *codecs.FastCodec // Go encoder (nil: pyEncoder)
	pyEnc    Value
	decoder  textDecoder // nil: not readable
	canWrite bool

	readuniversal, readtranslate bool
	readnl                       string
	hasNL                        bool
	writetranslate               bool
	writenl                      string
	lineBuffering, writeThrough  bool
	seekable, telling            bool
	hasRead1                     bool
	chunkSize                    int
	finalizing                   bool
	std                          bool

	decoded    string // decoded text not yet returned: decoded[decPos:]
	decPos     int
	snapValid  bool
	snapFlags  int64
	snapInput  []byte
	b2cratio   float64 // bytes per char of the last chunk; -1: not computed
	chunkLen   int
	pendingW   []byte
	encStarted bool
	registered bool // in the registry of wrappers with pending output
}

// TextIOWrapperType is _io.TextIOWrapper.
var TextIOWrapperType = objects.NewType("_io", "TextIOWrapper", TextIOBaseType, ioFlags)

func twRaw(v Value) *TextIO { return objects.As[TextIO](v) }

func (tw *TextIO) checkAttached() *Exc {
	if !tw.ok {
		if tw.detached {
			return valueError("underlying buffer has been detached")
		}
		return valueError("I/O operation on uninitialized object")
	}
	return nil
}

func (tw *TextIO) isClosed(t *objects.Thread) (bool, *Exc) {
	if tw.fbuf != nil && tw.fbuf.ok {
		return tw.fbuf.rawClosed(t)
	}
	v, err := getattr(t, tw.buffer, "closed")
	if err != nil {
		return false, err
	}
	return truth(t, v)
}

func (tw *TextIO) checkClosed(t *objects.Thread) *Exc {
	if err := tw.checkAttached(); err != nil {
		return err
	}
	c, err := tw.isClosed(t)
	if err != nil {
		return err
	}
	if c {
		return errClosed()
	}
	return nil
}

func twOf(t *objects.Thread, v Value) (*TextIO, *Exc) {
	tw := twRaw(v)
	if err := tw.checkClosed(t); err != nil {
		return nil, err
	}
	return tw, nil
}

// ---- writing ----

// writeflush hands the pending encoded text to the buffer.
func (tw *TextIO) writeflush(t *objects.Thread) *Exc {
	if len(tw.pendingW) == 0 {
		return nil
	}
	p := tw.pendingW
	switch {
	case tw.fbuf != nil && tw.fbuf.ok:
		tw.pendingW = p[:0]
		unregisterText(tw)
		if c, _ := tw.fbuf.rawClosed(t); c {
			return valueError("write to closed file")
		}
		return tw.fbuf.write(t, p)
	case tw.fraw != nil:
		tw.pendingW = p[:0]
		if err := tw.fraw.checkWritable(); err != nil {
			return err
		}
		for len(p) > 0 {
			n, err := tw.fraw.writeBytes(t, p)
			if err != nil {
				return err
			}
			if n <= 0 {
				break
			}
			p = p[n:]
		}
		return nil
	}
	tw.pendingW = nil
	_, err := callMethod(t, tw.buffer, "write", objects.NewBytes(p))
	return err
}

func (tw *TextIO) encode(t *objects.Thread, sv Value, s string) ([]byte, *Exc) {
	if tw.fast != nil {
		if tw.fast.Kind == 8 && utf8.ValidString(s) {
			return []byte(s), nil
		}
		return tw.fast.Encode(t, sv, tw.errors)
	}
	if sv.IsNull() {
		sv = str(s)
	}
	r, err := callMethod(t, tw.pyEnc, "encode", sv)
	if err != nil {
		return nil, err
	}
	tw.encStarted = true
	b, ok := objects.BytesLike(r)
	if !ok {
		return nil, typeError("encoder should return a bytes object, not '%s'", r.Type().Name)
	}
	return b, nil
}

// writeText is TextIOWrapper.write for a str (sv may be Null when s is a
// Go string). Encoded text collects in pendingW until a chunk is full,
// a line ends in line-buffered mode, or write_through is set, as in
// CPython (so writes to .buffer may overtake it).
func (tw *TextIO) writeText(t *objects.Thread, sv Value, s string) *Exc {
	if !tw.canWrite {
		return unsupported("not writable")
	}
	haslf := (tw.writetranslate || tw.lineBuffering) && strings.IndexByte(s, '\n') >= 0
	if haslf && tw.writetranslate && tw.writenl != "\n" {
		s = strings.ReplaceAll(s, "\n", tw.writenl)
		sv = null
	}
	needflush := tw.lineBuffering && (haslf || strings.IndexByte(s, '\r') >= 0)
	var b []byte
	if tw.fast != nil && tw.fast.Kind == 8 && utf8.ValidString(s) {
		b = unsafeBytes(s)
	} else {
		if sv.IsNull() {
			sv = str(s)
		}
		var err *Exc
		if b, err = tw.encode(t, sv, s); err != nil {
			return err
		}
	}
	if len(tw.pendingW)+len(b) > tw.chunkSize {
		if err := tw.writeflush(t); err != nil {
			return err
		}
	}
	if !tw.registered && !tw.std && tw.fbuf != nil {
		registerText(tw)
	}
	tw.pendingW = append(tw.pendingW, b...)
	if len(tw.pendingW) >= tw.chunkSize || needflush || tw.writeThrough {
		if err := tw.writeflush(t); err != nil {
			return err
		}
	}
	if needflush {
		if tw.fbuf != nil && tw.fbuf.ok {
			if err := tw.fbuf.flush(t); err != nil {
				return err
			}
		} else if tw.fraw == nil {
			if _, err := callMethod(t, tw.buffer, "flush"); err != nil {
				return err
			}
		}
	}
	if tw.decoded != "" || tw.snapValid {
		tw.decoded, tw.decPos, tw.snapValid = "", 0, false
	}
	if tw.decoder != nil {
		if err := tw.decoder.reset(t); err != nil {
			return err
		}
	}
	return nil
}

// ---- reading ----

// readChunk reads and decodes one chunk; it reports whether EOF was hit.
func (tw *TextIO) readChunk(t *objects.Thread, sizeHint int) (bool, *Exc) {
	if tw.decoder == nil {
		return true, unsupported("not readable")
	}
	var decBuf []byte
	var decFlags int64
	if tw.telling {
		var err *Exc
		if decBuf, decFlags, err = tw.decoder.getstate(t); err != nil {
			return true, err
		}
	}
	size := tw.chunkSize
	if sizeHint > 0 {
		if h := int(float64(sizeHint) * max(tw.ratio(), 1.0)); h > size {
			size = h
		}
	}
	var chunk []byte
	if tw.fbuf != nil && tw.fbuf.ok {
		if err := tw.fbuf.prepareRead(t, "read of closed file"); err != nil {
			return true, err
		}
		var err *Exc
		if chunk, err = tw.fbuf.read1(t, size); err != nil {
			return true, err
		}
	} else {
		name := "read"
		if tw.hasRead1 {
			name = "read1"
		}
		r, err := callMethod(t, tw.buffer, name, objects.Int(int64(size)))
		if err != nil {
			return true, err
		}
		b, ok := objects.BytesLike(r)
		if !ok {
			return true, typeError("underlying %s() should have returned a bytes-like object, not '%s'", name, r.Type().Name)
		}
		chunk = b
	}
	eof := len(chunk) == 0
	text, err := tw.decoder.decode(t, chunk, eof)
	if err != nil {
		return true, err
	}
	tw.decoded, tw.decPos = text, 0
	tw.chunkLen, tw.b2cratio = len(chunk), -1 // computed when needed

	if tw.telling {
		tw.snapValid = true
		tw.snapFlags = decFlags
		tw.snapInput = append(decBuf, chunk...)
	}
	return eof, nil
}

// ratio is the bytes-per-character ratio of the last chunk read.
func (tw *TextIO) ratio() float64 {
	if tw.b2cratio < 0 {
		tw.b2cratio = 0
		if n := cpCount(tw.decoded); n > 0 {
			tw.b2cratio = float64(tw.chunkLen) / float64(n)
		}
	}
	return tw.b2cratio
}

func (tw *TextIO) prepRead(t *objects.Thread) *Exc {
	if tw.decoder == nil {
		return unsupported("not readable")
	}
	return tw.writeflush(t)
}

func (tw *TextIO) read(t *objects.Thread, n int) (string, *Exc) {
	if err := tw.prepRead(t); err != nil {
		return "", err
	}
	if n < 0 {
		var data []byte
		if tw.fbuf != nil && tw.fbuf.ok {
			if err := tw.fbuf.prepareRead(t, "read of closed file"); err != nil {
				return "", err
			}
			d, _, err := tw.fbuf.readN(t, -1)
			if err != nil {
				return "", err
			}
			data = d
		} else {
			r, err := callMethod(t, tw.buffer, "read")
			if err != nil {
				return "", err
			}
			if !r.IsNone() {
				b, ok := objects.BytesLike(r)
				if !ok {
					return "", typeError("underlying read() should have returned a bytes object, not '%s'", r.Type().Name)
				}
				data = b
			}
		}
		text, err := tw.decoder.decode(t, data, true)
		if err != nil {
			return "", err
		}
		res := tw.decoded[tw.decPos:] + text
		tw.decoded, tw.decPos, tw.snapValid = "", 0, false
		return res, nil
	}
	var sb strings.Builder
	remaining := n
	for remaining > 0 {
		avail := tw.decoded[tw.decPos:]
		if avail != "" {
			k := cpOffset(avail, remaining)
			sb.WriteString(avail[:k])
			tw.decPos += k
			remaining -= cpCount(avail[:k])
			if remaining == 0 {
				break
			}
		}
		eof, err := tw.readChunk(t, remaining)
		if err != nil {
			return "", err
		}
		if eof && tw.decoded == "" {
			break
		}
	}
	return sb.String(), nil
}

func (tw *TextIO) readline(t *objects.Thread, limit int) (string, *Exc) {
	if err := tw.prepRead(t); err != nil {
		return "", err
	}
	translated := tw.readtranslate
	universal := tw.readuniversal && !tw.readtranslate
	// A '\r' ending the decoded text may start a "\r\n" ending: it is
	// carried over and put in front of the next chunk's text.
	mayStraddle := !translated && (universal || tw.readnl == "\r\n")
	var line strings.Builder
	got := 0
	eof := false
	carry := ""
	for {
		avail := tw.decoded[tw.decPos:]
		if carry != "" {
			avail = carry + avail
		}
		end := findLineEnd(avail, translated, universal, tw.readnl, eof)
		if end < 0 && eof {
			end = len(avail)
		}
		if end >= 0 {
			piece := avail[:end]
			if limit >= 0 && got+cpCount(piece) > limit {
				piece = piece[:cpOffset(piece, limit-got)]
			}
			tw.decPos += len(piece) - len(carry)
			if line.Len() == 0 {
				return piece, nil
			}
			line.WriteString(piece)
			return line.String(), nil
		}
		if limit >= 0 && got+cpCount(avail) >= limit {
			k := cpOffset(avail, limit-got)
			line.WriteString(avail[:k])
			tw.decPos += k - len(carry)
			return line.String(), nil
		}
		keep := 0
		if mayStraddle && strings.HasSuffix(avail, "\r") {
			keep = 1
		}
		line.WriteString(avail[:len(avail)-keep])
		got += cpCount(avail[:len(avail)-keep])
		carry = avail[len(avail)-keep:]
		tw.decPos = len(tw.decoded)
		var err *Exc
		eof, err = tw.readChunk(t, 0)
		if err != nil {
			return "", err
		}
		if eof && tw.decoded == "" && carry == "" {
			return line.String(), nil
		}
	}
}

// ---- tell / seek ----

func (tw *TextIO) tell(t *objects.Thread) (Value, *Exc) {
	if !tw.seekable {
		return null, unsupported("underlying stream is not seekable")
	}
	if !tw.telling {
		return null, objects.Errorf(objects.ExcOSError, "telling position disabled by next() call")
	}
	if err := tw.writeflush(t); err != nil {
		return null, err
	}
	if err := tw.flush(t); err != nil {
		return null, err
	}
	var pos int64
	if tw.fbuf != nil && tw.fbuf.ok {
		p, err := tw.fbuf.tell(t)
		if err != nil {
			return null, err
		}
		pos = p
	} else {
		r, err := callMethod(t, tw.buffer, "tell")
		if err != nil {
			return null, err
		}
		if pos, err = intArg(t, r); err != nil {
			return null, err
		}
	}
	if tw.decoder == nil || !tw.snapValid {
		return objects.Int(pos), nil
	}
	c := cookie{startPos: pos - int64(len(tw.snapInput)), decFlags: tw.snapFlags}
	charsToSkip := int64(cpCount(tw.decoded[:tw.decPos]))
	if charsToSkip == 0 {
		return c.value(), nil
	}
	d := tw.decoder
	savedBuf, savedFlags, err := d.getstate(t)
	if err != nil {
		return null, err
	}
	restore := func() *Exc { return d.setstate(t, savedBuf, savedFlags) }
	input := tw.snapInput
	decFlags := tw.snapFlags
	skipBytes := int64(tw.ratio() * float64(charsToSkip))
	skipBack := int64(1)
	found := false
	for skipBytes > 0 {
		if skipBytes > int64(len(input)) {
			skipBytes = int64(len(input))
		}
		if err := d.setstate(t, nil, decFlags); err != nil {
			return null, err
		}
		s, err := d.decode(t, input[:skipBytes], false)
		if err != nil {
			return null, err
		}
		n := int64(cpCount(s))
		if n <= charsToSkip {
			b, f, err := d.getstate(t)
			if err != nil {
				return null, err
			}
			if len(b) == 0 {
				decFlags = f
				charsToSkip -= n
				found = true
				break
			}
			skipBytes -= int64(len(b))
			skipBack = 1
		} else {
			skipBytes -= skipBack
			skipBack *= 2
		}
	}
	if !found {
		skipBytes = 0
		if err := d.setstate(t, nil, decFlags); err != nil {
			return null, err
		}
	}
	c.startPos += skipBytes
	c.decFlags = decFlags
	if charsToSkip == 0 {
		if err := restore(); err != nil {
			return null, err
		}
		return c.value(), nil
	}
	var bytesFed, charsDecoded int64
	needEOF := false
	i := skipBytes
	for ; i < int64(len(input)); i++ {
		bytesFed++
		s, err := d.decode(t, input[i:i+1], false)
		if err != nil {
			return null, err
		}
		charsDecoded += int64(cpCount(s))
		b, f, err := d.getstate(t)
		if err != nil {
			return null, err
		}
		if len(b) == 0 && charsDecoded <= charsToSkip {
			c.startPos += bytesFed
			charsToSkip -= charsDecoded
			c.decFlags = f
			bytesFed, charsDecoded = 0, 0
		}
		if charsDecoded >= charsToSkip {
			break
		}
	}
	if i >= int64(len(input)) {
		s, err := d.decode(t, nil, true)
		if err != nil {
			return null, err
		}
		charsDecoded += int64(cpCount(s))
		needEOF = true
		if charsDecoded < charsToSkip {
			restore()
			return null, objects.Errorf(objects.ExcOSError, "can't reconstruct logical file position")
		}
	}
	c.bytesToFeed = bytesFed
	c.charsToSkip = charsToSkip
	c.needEOF = needEOF
	if err := restore(); err != nil {
		return null, err
	}
	return c.value(), nil
}

func (tw *TextIO) resetEncoder(t *objects.Thread, start bool) *Exc {
	if tw.pyEnc.IsNull() {
		return nil
	}
	var err *Exc
	if start {
		_, err = callMethod(t, tw.pyEnc, "reset")
	} else {
		_, err = callMethod(t, tw.pyEnc, "setstate", objects.Int(0))
	}
	return err
}

func (tw *TextIO) bufferSeek(t *objects.Thread, pos int64, whence int) (Value, *Exc) {
	if tw.fbuf != nil && tw.fbuf.ok {
		r, err := tw.fbuf.seek(t, pos, whence)
		if err != nil {
			return null, err
		}
		return objects.Int(r), nil
	}
	return callMethod(t, tw.buffer, "seek", objects.Int(pos), objects.Int(int64(whence)))
}

func (tw *TextIO) seek(t *objects.Thread, cv Value, whence int64) (Value, *Exc) {
	if !tw.seekable {
		return null, unsupported("underlying stream is not seekable")
	}
	switch whence {
	case 1:
		if z, ok := objects.IntToInt64(cv); !ok || z != 0 {
			return null, unsupported("can't do nonzero cur-relative seeks")
		}
		var err *Exc
		if cv, err = tw.tell(t); err != nil {
			return null, err
		}
	case 2:
		if z, ok := objects.IntToInt64(cv); !ok || z != 0 {
			return null, unsupported("can't do nonzero end-relative seeks")
		}
		if err := tw.flush(t); err != nil {
			return null, err
		}
		tw.decoded, tw.decPos, tw.snapValid = "", 0, false
		if tw.decoder != nil {
			if err := tw.decoder.reset(t); err != nil {
				return null, err
			}
		}
		r, err := tw.bufferSeek(t, 0, 2)
		if err != nil {
			return null, err
		}
		if !tw.pyEnc.IsNull() {
			z, _ := objects.IntToInt64(r)
			if err := tw.resetEncoder(t, z == 0); err != nil {
				return null, err
			}
		}
		return r, nil
	case 0:
	default:
		return null, valueError("invalid whence (%d, should be 0, 1 or 2)", whence)
	}
	if b, ok := objects.BigOf(cv); ok && b.Sign() < 0 || objects.IsIntValue(cv) && cv.IsSmallInt() && cv.SmallInt() < 0 {
		r, _ := objects.ReprString(t, cv)
		return null, valueError("negative seek position %s", r)
	}
	if err := tw.flush(t); err != nil {
		return null, err
	}
	c, ok := parseCookie(cv)
	if !ok {
		return null, typeError("an integer is required")
	}
	if _, err := tw.bufferSeek(t, c.startPos, 0); err != nil {
		return null, err
	}
	tw.decoded, tw.decPos, tw.snapValid = "", 0, false
	if tw.decoder != nil {
		var err *Exc
		if c == (cookie{}) {
			err = tw.decoder.reset(t)
		} else {
			err = tw.decoder.setstate(t, nil, c.decFlags)
			tw.snapValid, tw.snapFlags, tw.snapInput = true, c.decFlags, nil
		}
		if err != nil {
			return null, err
		}
	}
	if c.charsToSkip > 0 {
		var input []byte
		r, err := callMethod(t, tw.buffer, "read", objects.Int(c.bytesToFeed))
		if err != nil {
			return null, err
		}
		input, _ = objects.BytesLike(r)
		input = append([]byte(nil), input...)
		text, err := tw.decoder.decode(t, input, c.needEOF)
		if err != nil {
			return null, err
		}
		tw.decoded = text
		tw.chunkLen, tw.b2cratio = len(input), -1
		tw.snapValid, tw.snapFlags, tw.snapInput = true, c.decFlags, input
		if int64(cpCount(text)) < c.charsToSkip {
			return null, objects.Errorf(objects.ExcOSError, "can't restore logical file position")
		}
		tw.decPos = cpOffset(text, int(c.charsToSkip))
	}
	if err := tw.resetEncoder(t, c.startPos == 0 && c == (cookie{})); err != nil {
		return null, err
	}
	return cv, nil
}

func (tw *TextIO) flush(t *objects.Thread) *Exc {
	tw.telling = tw.seekable
	if err := tw.writeflush(t); err != nil {
		return err
	}
	if tw.fbuf != nil && tw.fbuf.ok {
		if tw.fbuf.kind == kindReader {
			return tw.fbuf.checkClosed(t, "flush of closed file")
		}
		return tw.fbuf.flush(t)
	}
	_, err := callMethod(t, tw.buffer, "flush")
	return err
}
