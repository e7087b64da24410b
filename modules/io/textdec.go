package io

import (
	"math/big"

	"taipan/modules/codecs"
	"taipan/objects"
)

// textDecoder is TextIOWrapper's decoder: a Go codec or a Python
// incremental decoder, optionally behind universal-newline handling.
// Its state is (buffered bytes, flags) as for IncrementalNewlineDecoder.
type textDecoder interface {
	decode(t *objects.Thread, data []byte, final bool) (string, *Exc)
	getstate(t *objects.Thread) ([]byte, int64, *Exc)
	setstate(t *objects.Thread, buf []byte, flags int64) *Exc
	reset(t *objects.Thread) *Exc
	newlines() Value
}

// goDecoder decodes with a Go codec (stateless but for an incomplete
// tail and a pending '\r').
type goDecoder struct {
	codec   *codecs.FastCodec
	errors  string
	pending []byte
	nl      *nlState
}

func (d *goDecoder) decode(t *objects.Thread, data []byte, final bool) (string, *Exc) {
	in := data
	if len(d.pending) > 0 {
		in = append(append([]byte(nil), d.pending...), data...)
	}
	s, n, err := d.codec.Decode(t, in, null, d.errors, final)
	if err != nil {
		return "", err
	}
	d.pending = append(d.pending[:0], in[n:]...)
	if d.nl != nil {
		s = d.nl.feed(s, final)
	}
	return s, nil
}

func (d *goDecoder) getstate(t *objects.Thread) ([]byte, int64, *Exc) {
	flag := int64(0)
	if d.nl != nil && d.nl.pendingCR {
		flag = 1
	}
	return append([]byte(nil), d.pending...), flag, nil
}

func (d *goDecoder) setstate(t *objects.Thread, buf []byte, flags int64) *Exc {
	d.pending = append(d.pending[:0], buf...)
	if d.nl != nil {
		d.nl.pendingCR = flags&1 != 0
	}
	return nil
}

func (d *goDecoder) reset(t *objects.Thread) *Exc {
	d.pending = d.pending[:0]
	if d.nl != nil {
		d.nl.pendingCR, d.nl.seennl = false, 0
	}
	return nil
}

func (d *goDecoder) newlines() Value {
	if d.nl == nil {
		return objects.None
	}
	return d.nl.newlines()
}

// pyDecoder wraps a Python incremental decoder.
type pyDecoder struct {
	dec Value
	nl  *nlState
}

func (d *pyDecoder) decode(t *objects.Thread, data []byte, final bool) (string, *Exc) {
	r, err := callMethod(t, d.dec, "decode", objects.NewBytes(data), objects.Bool(final))
	if err != nil {
		return "", err
	}
	if !isStr(r) {
		return "", typeError("decoder should return a string result, not '%s'", r.Type().Name)
	}
	s := strOf(r)
	if d.nl != nil {
		s = d.nl.feed(s, final)
	}
	return s, nil
}

func (d *pyDecoder) getstate(t *objects.Thread) ([]byte, int64, *Exc) {
	st, err := callMethod(t, d.dec, "getstate")
	if err != nil {
		return nil, 0, err
	}
	if !st.IsInstance(objects.TupleType) || objects.As[objects.Tuple](st).Len() != 2 {
		return nil, 0, typeError("illegal decoder state")
	}
	items := objects.As[objects.Tuple](st).Items
	buf, ok := objects.BytesLike(items[0])
	if !ok {
		return nil, 0, typeError("illegal decoder state: the first item must be bytes")
	}
	flag, err := intArg(t, items[1])
	if err != nil {
		return nil, 0, err
	}
	if d.nl != nil {
		flag <<= 1
		if d.nl.pendingCR {
			flag |= 1
		}
	}
	return append([]byte(nil), buf...), flag, nil
}

func (d *pyDecoder) setstate(t *objects.Thread, buf []byte, flags int64) *Exc {
	if d.nl != nil {
		d.nl.pendingCR = flags&1 != 0
		flags >>= 1
	}
	_, err := callMethod(t, d.dec, "setstate", objects.Tuple2(objects.NewBytes(buf), objects.Int(flags)))
	return err
}

func (d *pyDecoder) reset(t *objects.Thread) *Exc {
	if d.nl != nil {
		d.nl.pendingCR, d.nl.seennl = false, 0
	}
	_, err := callMethod(t, d.dec, "reset")
	return err
}

func (d *pyDecoder) newlines() Value {
	if d.nl != nil {
		return d.nl.newlines()
	}
	return objects.None
}

// ---- positions ----

// cpCount counts the code points of WTF-8 text.
func cpCount(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i]&0xC0 != 0x80 {
			n++
		}
	}
	return n
}

// cpOffset returns the byte offset of code point n in s (len(s) if
// beyond).
func cpOffset(s string, n int) int {
	if n <= 0 {
		return 0
	}
	k := 0
	for i := 0; i < len(s); i++ {
		if s[i]&0xC0 != 0x80 {
			if k == n {
				return i
			}
			k++
		}
	}
	return len(s)
}

// cookie is TextIOWrapper's opaque tell() value, packed as CPython does.
type cookie struct {
	startPos    int64
	decFlags    int64
	bytesToFeed int64
	charsToSkip int64
	needEOF     bool
}

func (c cookie) value() Value {
	if c.decFlags == 0 && c.bytesToFeed == 0 && c.charsToSkip == 0 && !c.needEOF {
		return objects.Int(c.startPos)
	}
	r := new(big.Int)
	add := func(v int64, shift uint) {
		x := new(big.Int).SetUint64(uint64(v))
		r.Or(r, x.Lsh(x, shift))
	}
	// CPython's C layout: a little-endian struct of int64 start_pos,
	// int32 dec_flags, bytes_to_feed, chars_to_skip and a byte need_eof.
	add(c.startPos, 0)
	add(c.decFlags&0xFFFFFFFF, 64)
	add(c.bytesToFeed&0xFFFFFFFF, 96)
	add(c.charsToSkip&0xFFFFFFFF, 128)
	if c.needEOF {
		add(1, 160)
	}
	return objects.NewBigInt(r)
}

func parseCookie(v Value) (cookie, bool) {
	if n, ok := objects.IntToInt64(v); ok && objects.IsIntValue(v) {
		return cookie{startPos: n}, true
	}
	b, ok := objects.BigOf(v)
	if !ok || b.Sign() < 0 {
		return cookie{}, false
	}
	part := func(shift, width uint) int64 {
		x := new(big.Int).Rsh(b, shift)
		m := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), width), big.NewInt(1))
		return int64(x.And(x, m).Uint64())
	}
	return cookie{startPos: part(0, 64), decFlags: int64(int32(part(64, 32))), bytesToFeed: part(96, 32),
		charsToSkip: part(128, 32), needEOF: part(160, 8) != 0}, true
}
