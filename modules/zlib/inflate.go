package zlib

import (
	"hash/adler32"
	"hash/crc32"
)

// inflater is a resumable DEFLATE decoder (with zlib and gzip framing)
// that consumes input exactly as far as it decodes, like zlib's inflate:
// it can stop at any symbol when its input runs out or its output limit
// is reached, and continue when called again. Decoding is table-driven
// canonical Huffman (puff-style counts/symbols).

type huffman struct {
	count  [16]uint16
	symbol []uint16
	fast   [1 << fastBits]uint16 // symbol<<4 | length for codes <= fastBits (0: none)
}

const fastBits = 9

func reverseBits(c, n int) int {
	r := 0
	for i := 0; i < n; i++ {
		r = r<<1 | c&1
		c >>= 1
	}
	return r
}

// buildFast fills the lookup table for the short codes.
func (h *huffman) buildFast(lengths []uint8) {
	clear(h.fast[:])
	var next [16]int
	code := 0
	for l := 1; l < 16; l++ {
		next[l] = code
		code = (code + int(h.count[l])) << 1
	}
	for s, l := range lengths {
		if l == 0 {
			continue
		}
		c := next[l]
		next[l]++
		if int(l) > fastBits {
			continue
		}
		r := reverseBits(c, int(l))
		for f := 0; f < 1<<(fastBits-int(l)); f++ {
			h.fast[r|f<<l] = uint16(s)<<4 | uint16(l)
		}
	}
}

func (h *huffman) build(lengths []uint8) int {
	for i := range h.count {
		h.count[i] = 0
	}
	for _, l := range lengths {
		h.count[l]++
	}
	if int(h.count[0]) == len(lengths) {
		return 0
	}
	left := 1
	for l := 1; l < 16; l++ {
		left <<= 1
		left -= int(h.count[l])
		if left < 0 {
			return -1 // over-subscribed
		}
	}
	var offs [16]uint16
	for l := 1; l < 15; l++ {
		offs[l+1] = offs[l] + h.count[l]
	}
	if cap(h.symbol) < len(lengths) {
		h.symbol = make([]uint16, len(lengths))
	}
	h.symbol = h.symbol[:len(lengths)]
	for s, l := range lengths {
		if l != 0 {
			h.symbol[offs[l]] = uint16(s)
			offs[l]++
		}
	}
	h.buildFast(lengths)
	return left // > 0: incomplete
}

const (
	stHeader = iota // zlib/gzip header
	stBlock         // block header
	stStored
	stCodes
	stCopy
	stTrailer
	stDone
)

const (
	fmtRaw = iota
	fmtZlib
	fmtGzip
	fmtAuto
)

type inflater struct {
	format int
	wbits  int
	in     []byte
	pos    int
	bitbuf uint32
	nbits  uint

	state      int
	final      bool
	storedLeft int
	copyLen    int
	copyDist   int
	lencode    *huffman
	distcode   *huffman
	dyn        [2]huffman

	window   []byte // the last 32 KiB of output (history)
	check    uint32 // running adler32 or crc32
	total    uint32
	dict     []byte
	needDict bool
	dictID   uint32
	err      string
}

var fixedLen, fixedDist huffman

func init() {
	var l [288]uint8
	for i := range l {
		switch {
		case i < 144:
			l[i] = 8
		case i < 256:
			l[i] = 9
		case i < 280:
			l[i] = 7
		default:
			l[i] = 8
		}
	}
	fixedLen.build(l[:])
	var d [30]uint8
	for i := range d {
		d[i] = 5
	}
	fixedDist.build(d[:])
}

func newInflater(wbits int, dict []byte) (*inflater, bool) {
	f := &inflater{dict: dict}
	switch {
	case wbits >= -15 && wbits <= -8:
		f.format, f.wbits = fmtRaw, -wbits
		f.state = stBlock
		if dict != nil {
			f.window = append(f.window, dict...)
		}
	case wbits == 0 || (wbits >= 8 && wbits <= 15):
		f.format, f.wbits = fmtZlib, wbits
	case wbits >= 24 && wbits <= 31:
		f.format, f.wbits = fmtGzip, wbits-16
	case wbits >= 40 && wbits <= 47:
		f.format, f.wbits = fmtAuto, wbits-32
	default:
		return nil, false
	}
	return f, true
}

// errors (zlib's messages)
const errNeedMore = "\x00"

type saved struct {
	pos    int
	bitbuf uint32
	nbits  uint
}

func (f *inflater) save() saved         { return saved{f.pos, f.bitbuf, f.nbits} }
func (f *inflater) restore(s saved)     { f.pos, f.bitbuf, f.nbits = s.pos, s.bitbuf, s.nbits }
func (f *inflater) avail() int          { return len(f.in) - f.pos }
func (f *inflater) fail(msg string) int { f.err = msg; return -1 }

// bits reads n bits (n <= 24); ok false if input ran out.
func (f *inflater) bits(n uint) (uint32, bool) {
	for f.nbits < n {
		if f.pos >= len(f.in) {
			return 0, false
		}
		f.bitbuf |= uint32(f.in[f.pos]) << f.nbits
		f.pos++
		f.nbits += 8
	}
	v := f.bitbuf & (1<<n - 1)
	f.bitbuf >>= n
	f.nbits -= n
	return v, true
}

// alignByte drops the rest of the current byte and gives back the whole
// bytes the bit buffer read ahead.
func (f *inflater) alignByte() {
	f.pos -= int(f.nbits / 8)
	f.bitbuf, f.nbits = 0, 0
}

func (f *inflater) decodeSym(h *huffman) (int, bool) {
	for f.nbits < fastBits && f.pos < len(f.in) {
		f.bitbuf |= uint32(f.in[f.pos]) << f.nbits
		f.pos++
		f.nbits += 8
	}
	if e := h.fast[f.bitbuf&(1<<fastBits-1)]; e != 0 && uint(e&15) <= f.nbits {
		n := uint(e & 15)
		f.bitbuf >>= n
		f.nbits -= n
		return int(e >> 4), true
	}
	code, first, index := 0, 0, 0
	for l := 1; l < 16; l++ {
		b, ok := f.bits(1)
		if !ok {
			return 0, false
		}
		code |= int(b)
		count := int(h.count[l])
		if code-count < first {
			return int(h.symbol[index+(code-first)]), true
		}
		index += count
		first += count
		first <<= 1
		code <<= 1
	}
	return -10, true // ran out of codes
}

var (
	lenBase  = [29]uint16{3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258}
	lenExtra = [29]uint8{0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0}
	dstBase  = [30]uint16{1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577}
	dstExtra = [30]uint8{0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13}
	clOrder  = [19]uint8{16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15}
)

func (f *inflater) emit(out []byte, b ...byte) []byte {
	out = append(out, b...)
	f.window = append(f.window, b...)
	if len(f.window) > 1<<18 {
		f.window = append(f.window[:0], f.window[len(f.window)-1<<15:]...)
	}
	return out
}

func (f *inflater) emit1(out []byte, b byte) []byte {
	out = append(out, b)
	f.window = append(f.window, b)
	if len(f.window) > 1<<18 {
		f.window = append(f.window[:0], f.window[len(f.window)-1<<15:]...)
	}
	return out
}

func (f *inflater) updateCheck(b []byte) {
	if f.format == fmtGzip {
		f.check = crc32.Update(f.check, crc32.IEEETable, b)
	} else if f.format == fmtZlib {
		f.check = adler32Update(f.check, b)
	}
	f.total += uint32(len(b))
}

func adler32Update(adler uint32, b []byte) uint32 {
	// hash/adler32 has no Update on a running value; combine by hand.
	s1, s2 := adler&0xffff, adler>>16
	const mod = 65521
	for len(b) > 0 {
		n := len(b)
		if n > 5552 {
			n = 5552
		}
		for _, c := range b[:n] {
			s1 += uint32(c)
			s2 += s1
		}
		s1 %= mod
		s2 %= mod
		b = b[n:]
	}
	return s2<<16 | s1
}

var _ = adler32.Checksum

// run decodes as much as possible. limit > 0 caps the output length.
// It returns the output and 0 (need input / limit reached), 1 (stream
// end) or -1 (error in f.err).
func (f *inflater) run(limit int) ([]byte, int) {
	var out []byte
	start := 0
	r := f.loop(&out, limit, &start)
	f.updateCheck(out[start:])
	return out, r
}

func (f *inflater) loop(outp *[]byte, limit int, start *int) int {
	out := *outp
	defer func() { *outp = out }()
	for {
		switch f.state {
		case stHeader:
			if f.format == fmtAuto {
				if f.avail() < 1 {
					return 0
				}
				if f.in[f.pos] == 0x1f {
					f.format = fmtGzip
				} else {
					f.format = fmtZlib
				}
			}
			if f.format == fmtGzip {
				r := f.gzipHeader()
				if r != 1 {
					return r
				}
				f.check = 0
			} else {
				if f.avail() < 2 {
					return 0
				}
				cmf, flg := f.in[f.pos], f.in[f.pos+1]
				if (uint(cmf)<<8|uint(flg))%31 != 0 {
					return f.fail("incorrect header check")
				}
				if cmf&0x0f != 8 {
					return f.fail("unknown compression method")
				}
				wb := int(cmf>>4) + 8
				if f.wbits == 0 {
					f.wbits = wb
				}
				if wb > 15 || wb > f.wbits {
					return f.fail("invalid window size")
				}
				if flg&0x20 != 0 {
					if f.avail() < 6 {
						return 0
					}
					id := uint32(f.in[f.pos+2])<<24 | uint32(f.in[f.pos+3])<<16 | uint32(f.in[f.pos+4])<<8 | uint32(f.in[f.pos+5])
					f.pos += 6
					f.dictID = id
					if f.dict == nil {
						f.needDict = true
						return f.fail("need dictionary")
					}
					if adler32.Checksum(f.dict) != id {
						return f.fail("invalid dictionary")
					}
					f.window = append(f.window, f.dict...)
				} else {
					f.pos += 2
				}
				f.check = 1
			}
			f.state = stBlock
		case stBlock:
			if f.final {
				f.state = stTrailer
				f.alignByte()
				continue
			}
			sv := f.save()
			h, ok := f.bits(3)
			if !ok {
				return 0
			}
			f.final = h&1 != 0
			switch h >> 1 {
			case 0:
				f.alignByte()
				if f.avail() < 4 {
					f.restore(sv)
					f.final = false
					return 0
				}
				n := int(f.in[f.pos]) | int(f.in[f.pos+1])<<8
				nn := int(f.in[f.pos+2]) | int(f.in[f.pos+3])<<8
				if n != ^nn&0xffff {
					return f.fail("invalid stored block lengths")
				}
				f.pos += 4
				f.storedLeft = n
				f.state = stStored
			case 1:
				f.lencode, f.distcode = &fixedLen, &fixedDist
				f.state = stCodes
			case 2:
				r := f.dynamic()
				if r == 0 {
					f.restore(sv)
					f.final = false
					return 0
				}
				if r < 0 {
					return r
				}
				f.state = stCodes
			default:
				return f.fail("invalid block type")
			}
		case stStored:
			for f.storedLeft > 0 {
				if f.avail() == 0 {
					return 0
				}
				n := f.storedLeft
				if n > f.avail() {
					n = f.avail()
				}
				if limit > 0 && len(out)+n > limit {
					n = limit - len(out)
				}
				if n == 0 {
					return 0
				}
				out = f.emit(out, f.in[f.pos:f.pos+n]...)
				f.pos += n
				f.storedLeft -= n
			}
			f.state = stBlock
		case stCodes:
			for {
				if limit > 0 && len(out) >= limit {
					return 0
				}
				sv := f.save()
				sym, ok := f.decodeSym(f.lencode)
				if !ok {
					f.restore(sv)
					return 0
				}
				if sym < 0 {
					return f.fail("invalid literal/length code")
				}
				if sym < 256 {
					out = f.emit1(out, byte(sym))
					continue
				}
				if sym == 256 {
					f.state = stBlock
					break
				}
				sym -= 257
				if sym >= 29 {
					return f.fail("invalid literal/length code")
				}
				e, ok := f.bits(uint(lenExtra[sym]))
				if !ok {
					f.restore(sv)
					return 0
				}
				length := int(lenBase[sym]) + int(e)
				ds, ok := f.decodeSym(f.distcode)
				if !ok {
					f.restore(sv)
					return 0
				}
				if ds < 0 || ds >= 30 {
					return f.fail("invalid distance code")
				}
				e, ok = f.bits(uint(dstExtra[ds]))
				if !ok {
					f.restore(sv)
					return 0
				}
				dist := int(dstBase[ds]) + int(e)
				if dist > len(f.window) {
					return f.fail("invalid distance too far back")
				}
				f.copyLen, f.copyDist = length, dist
				f.state = stCopy
				break
			}
		case stCopy:
			for f.copyLen > 0 {
				if limit > 0 && len(out) >= limit {
					return 0
				}
				n := f.copyLen
				if limit > 0 && n > limit-len(out) {
					n = limit - len(out)
				}
				if n > f.copyDist {
					n = f.copyDist // non-overlapping chunk
				}
				w := f.window
				start := len(w) - f.copyDist
				w = append(w, w[start:start+n]...)
				out = append(out, w[len(w)-n:]...)
				f.window = w
				if len(f.window) > 1<<18 {
					f.window = append(f.window[:0], f.window[len(f.window)-1<<15:]...)
				}
				f.copyLen -= n
			}
			f.state = stCodes
		case stTrailer:
			f.updateCheck(out[*start:])
			*start = len(out)
			switch f.format {
			case fmtZlib:
				if f.avail() < 4 {
					return 0
				}
				c := uint32(f.in[f.pos])<<24 | uint32(f.in[f.pos+1])<<16 | uint32(f.in[f.pos+2])<<8 | uint32(f.in[f.pos+3])
				if c != f.check {
					return f.fail("incorrect data check")
				}
				f.pos += 4
			case fmtGzip:
				if f.avail() < 8 {
					return 0
				}
				b := f.in[f.pos:]
				c := uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16 | uint32(b[3])<<24
				if c != f.check {
					return f.fail("incorrect data check")
				}
				n := uint32(b[4]) | uint32(b[5])<<8 | uint32(b[6])<<16 | uint32(b[7])<<24
				if n != f.total {
					return f.fail("incorrect length check")
				}
				f.pos += 8
			}
			f.state = stDone
		case stDone:
			return 1
		}
	}
}

func (f *inflater) gzipHeader() int {
	b := f.in[f.pos:]
	if len(b) < 10 {
		if len(b) >= 2 && (b[0] != 0x1f || b[1] != 0x8b) {
			return f.fail("incorrect header check")
		}
		return 0
	}
	if b[0] != 0x1f || b[1] != 0x8b {
		return f.fail("incorrect header check")
	}
	if b[2] != 8 {
		return f.fail("unknown compression method")
	}
	flg := b[3]
	if flg&0xe0 != 0 {
		return f.fail("unknown header flags set")
	}
	p := 10
	if flg&4 != 0 {
		if len(b) < p+2 {
			return 0
		}
		n := int(b[p]) | int(b[p+1])<<8
		p += 2 + n
		if len(b) < p {
			return 0
		}
	}
	for _, bit := range []byte{8, 16} {
		if flg&bit != 0 {
			for {
				if p >= len(b) {
					return 0
				}
				p++
				if b[p-1] == 0 {
					break
				}
			}
		}
	}
	if flg&2 != 0 {
		if len(b) < p+2 {
			return 0
		}
		c := crc32.ChecksumIEEE(b[:p]) & 0xffff
		if uint32(b[p])|uint32(b[p+1])<<8 != c {
			return f.fail("header crc mismatch")
		}
		p += 2
	}
	f.pos += p
	return 1
}

// dynamic reads a dynamic block's code tables: 1 ok, 0 need input, -1 error.
func (f *inflater) dynamic() int {
	v, ok := f.bits(14)
	if !ok {
		return 0
	}
	nlen := int(v&31) + 257
	ndist := int(v>>5&31) + 1
	ncode := int(v>>10&15) + 4
	if nlen > 286 || ndist > 30 {
		return f.fail("too many length or distance symbols")
	}
	var lengths [320]uint8
	for i := 0; i < ncode; i++ {
		b, ok := f.bits(3)
		if !ok {
			return 0
		}
		lengths[clOrder[i]] = uint8(b)
	}
	for i := ncode; i < 19; i++ {
		lengths[clOrder[i]] = 0
	}
	var lencode huffman
	if lencode.build(lengths[:19]) != 0 {
		return f.fail("invalid code lengths set")
	}
	idx := 0
	for idx < nlen+ndist {
		sym, ok := f.decodeSym(&lencode)
		if !ok {
			return 0
		}
		if sym < 0 {
			return f.fail("invalid code lengths set")
		}
		if sym < 16 {
			lengths[idx] = uint8(sym)
			idx++
			continue
		}
		var l uint8
		var rep int
		switch sym {
		case 16:
			if idx == 0 {
				return f.fail("invalid bit length repeat")
			}
			l = lengths[idx-1]
			b, ok := f.bits(2)
			if !ok {
				return 0
			}
			rep = 3 + int(b)
		case 17:
			b, ok := f.bits(3)
			if !ok {
				return 0
			}
			rep = 3 + int(b)
		default:
			b, ok := f.bits(7)
			if !ok {
				return 0
			}
			rep = 11 + int(b)
		}
		if idx+rep > nlen+ndist {
			return f.fail("invalid bit length repeat")
		}
		for ; rep > 0; rep-- {
			lengths[idx] = l
			idx++
		}
	}
	if lengths[256] == 0 {
		return f.fail("invalid code -- missing end-of-block")
	}
	if r := f.dyn[0].build(lengths[:nlen]); r < 0 || (r > 0 && nlen-int(f.dyn[0].count[0]) != 1) {
		return f.fail("invalid literal/lengths set")
	}
	if r := f.dyn[1].build(lengths[nlen : nlen+ndist]); r < 0 || (r > 0 && ndist-int(f.dyn[1].count[0]) != 1) {
		return f.fail("invalid distances set")
	}
	f.lencode, f.distcode = &f.dyn[0], &f.dyn[1]
	return 1
}
