package hashes

import (
	"encoding/binary"
	"math/bits"
)

// BLAKE2b and BLAKE2s (RFC 7693) with the full parameter block (salt,
// personalisation and tree parameters), which hashlib.blake2b/blake2s
// expose and golang.org/x/crypto does not.

var sigma = [10][16]byte{
	{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15},
	{14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3},
	{11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4},
	{7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8},
	{9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13},
	{2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9},
	{12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11},
	{13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10},
	{6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5},
	{10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0},
}

var iv64 = [8]uint64{
	0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b, 0xa54ff53a5f1d36f1,
	0x510e527fade682d1, 0x9b05688c2b3e6c1f, 0x1f83d9abfb41bd6b, 0x5be0cd19137e2179,
}

var iv32 = [8]uint32{
	0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
}

// blake2Params is the parameter block's content.
type blake2Params struct {
	digestSize, keyLen, fanout, depth int
	leafSize                          uint32
	nodeOffset                        uint64
	nodeDepth, innerSize              int
	salt, person, key                 []byte
	lastNode                          bool
}

// blake2 is the state of either variant; wide selects BLAKE2b.
type blake2 struct {
	wide     bool
	h64      [8]uint64
	h32      [8]uint32
	t0, t1   uint64 // byte counter (BLAKE2s uses t0 only, 64 bits)
	buf      []byte
	bs       int
	size     int
	lastNode bool
}

func newBlake2(wide bool, p *blake2Params) *blake2 {
	b := &blake2{wide: wide, size: p.digestSize, lastNode: p.lastNode}
	if wide {
		b.bs = 128
		var pb [64]byte
		pb[0], pb[1], pb[2], pb[3] = byte(p.digestSize), byte(p.keyLen), byte(p.fanout), byte(p.depth)
		binary.LittleEndian.PutUint32(pb[4:], p.leafSize)
		binary.LittleEndian.PutUint64(pb[8:], p.nodeOffset)
		pb[16], pb[17] = byte(p.nodeDepth), byte(p.innerSize)
		copy(pb[32:48], p.salt)
		copy(pb[48:64], p.person)
		for i := range b.h64 {
			b.h64[i] = iv64[i] ^ binary.LittleEndian.Uint64(pb[8*i:])
		}
	} else {
		b.bs = 64
		var pb [32]byte
		pb[0], pb[1], pb[2], pb[3] = byte(p.digestSize), byte(p.keyLen), byte(p.fanout), byte(p.depth)
		binary.LittleEndian.PutUint32(pb[4:], p.leafSize)
		no := p.nodeOffset
		for i := 0; i < 6; i++ {
			pb[8+i] = byte(no >> (8 * i))
		}
		pb[14], pb[15] = byte(p.nodeDepth), byte(p.innerSize)
		copy(pb[16:24], p.salt)
		copy(pb[24:32], p.person)
		for i := range b.h32 {
			b.h32[i] = iv32[i] ^ binary.LittleEndian.Uint32(pb[4*i:])
		}
	}
	if len(p.key) > 0 {
		block := make([]byte, b.bs)
		copy(block, p.key)
		b.Write(block)
	}
	return b
}

func (b *blake2) clone() *blake2 {
	c := *b
	c.buf = append([]byte(nil), b.buf...)
	return &c
}

func (b *blake2) Write(p []byte) {
	for len(p) > 0 {
		if len(b.buf) == b.bs {
			b.addCounter(uint64(b.bs))
			b.compress(b.buf, false)
			b.buf = b.buf[:0]
		}
		n := min(b.bs-len(b.buf), len(p))
		b.buf = append(b.buf, p[:n]...)
		p = p[n:]
	}
}

func (b *blake2) addCounter(n uint64) {
	var c uint64
	b.t0, c = bits.Add64(b.t0, n, 0)
	b.t1 += c
}

func (b *blake2) Sum() []byte {
	c := b.clone()
	c.addCounter(uint64(len(c.buf)))
	block := make([]byte, c.bs)
	copy(block, c.buf)
	c.compress(block, true)
	out := make([]byte, 0, 64)
	if c.wide {
		for _, w := range c.h64 {
			out = binary.LittleEndian.AppendUint64(out, w)
		}
	} else {
		for _, w := range c.h32 {
			out = binary.LittleEndian.AppendUint32(out, w)
		}
	}
	return out[:c.size]
}

func (b *blake2) compress(block []byte, final bool) {
	if b.wide {
		b.compress64(block, final)
	} else {
		b.compress32(block, final)
	}
}

func (b *blake2) compress64(block []byte, final bool) {
	var m [16]uint64
	for i := range m {
		m[i] = binary.LittleEndian.Uint64(block[8*i:])
	}
	var v [16]uint64
	copy(v[:8], b.h64[:])
	copy(v[8:], iv64[:])
	v[12] ^= b.t0
	v[13] ^= b.t1
	if final {
		v[14] = ^v[14]
		if b.lastNode {
			v[15] = ^v[15]
		}
	}
	g := func(a, bb, c, d int, x, y uint64) {
		v[a] += v[bb] + x
		v[d] = bits.RotateLeft64(v[d]^v[a], -32)
		v[c] += v[d]
		v[bb] = bits.RotateLeft64(v[bb]^v[c], -24)
		v[a] += v[bb] + y
		v[d] = bits.RotateLeft64(v[d]^v[a], -16)
		v[c] += v[d]
		v[bb] = bits.RotateLeft64(v[bb]^v[c], -63)
	}
	for r := 0; r < 12; r++ {
		s := &sigma[r%10]
		g(0, 4, 8, 12, m[s[0]], m[s[1]])
		g(1, 5, 9, 13, m[s[2]], m[s[3]])
		g(2, 6, 10, 14, m[s[4]], m[s[5]])
		g(3, 7, 11, 15, m[s[6]], m[s[7]])
		g(0, 5, 10, 15, m[s[8]], m[s[9]])
		g(1, 6, 11, 12, m[s[10]], m[s[11]])
		g(2, 7, 8, 13, m[s[12]], m[s[13]])
		g(3, 4, 9, 14, m[s[14]], m[s[15]])
	}
	for i := range b.h64 {
		b.h64[i] ^= v[i] ^ v[i+8]
	}
}

func (b *blake2) compress32(block []byte, final bool) {
	var m [16]uint32
	for i := range m {
		m[i] = binary.LittleEndian.Uint32(block[4*i:])
	}
	var v [16]uint32
	copy(v[:8], b.h32[:])
	copy(v[8:], iv32[:])
	v[12] ^= uint32(b.t0)
	v[13] ^= uint32(b.t0 >> 32)
	if final {
		v[14] = ^v[14]
		if b.lastNode {
			v[15] = ^v[15]
		}
	}
	g := func(a, bb, c, d int, x, y uint32) {
		v[a] += v[bb] + x
		v[d] = bits.RotateLeft32(v[d]^v[a], -16)
		v[c] += v[d]
		v[bb] = bits.RotateLeft32(v[bb]^v[c], -12)
		v[a] += v[bb] + y
		v[d] = bits.RotateLeft32(v[d]^v[a], -8)
		v[c] += v[d]
		v[bb] = bits.RotateLeft32(v[bb]^v[c], -7)
	}
	for r := 0; r < 10; r++ {
		s := &sigma[r]
		g(0, 4, 8, 12, m[s[0]], m[s[1]])
		g(1, 5, 9, 13, m[s[2]], m[s[3]])
		g(2, 6, 10, 14, m[s[4]], m[s[5]])
		g(3, 7, 11, 15, m[s[6]], m[s[7]])
		g(0, 5, 10, 15, m[s[8]], m[s[9]])
		g(1, 6, 11, 12, m[s[10]], m[s[11]])
		g(2, 7, 8, 13, m[s[12]], m[s[13]])
		g(3, 4, 9, 14, m[s[14]], m[s[15]])
	}
	for i := range b.h32 {
		b.h32[i] ^= v[i] ^ v[i+8]
	}
}
