package hashobj

import (
	"encoding/binary"
	"math/bits"
)

// BLAKE2b and BLAKE2s (RFC 7693) with the full parameter block
// (digest size, key, salt, personalization, tree parameters).

var b2bIV = [8]uint64{
	0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b, 0xa54ff53a5f1d36f1,
	0x510e527fade682d1, 0x9b05688c2b3e6c1f, 0x1f83d9abfb41bd6b, 0x5be0cd19137e2179,
}

var b2sIV = [8]uint32{0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19}

var sigma = [12][16]uint8{
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
	{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15},
	{14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3},
}

// Blake2Params are the parameter-block fields.
type Blake2Params struct {
	DigestSize, Fanout, Depth int
	LeafSize                  uint32
	NodeOffset                uint64
	NodeDepth, InnerSize      int
	Key, Salt, Person         []byte
	LastNode                  bool
}

// Blake2b is a running BLAKE2b.
type Blake2b struct {
	h        [8]uint64
	t0, t1   uint64
	buf      [128]byte
	n        int
	size     int
	lastNode bool
}

func NewBlake2b(p *Blake2Params) *Blake2b {
	d := &Blake2b{size: p.DigestSize, lastNode: p.LastNode}
	var pb [64]byte
	pb[0] = byte(p.DigestSize)
	pb[1] = byte(len(p.Key))
	pb[2] = byte(p.Fanout)
	pb[3] = byte(p.Depth)
	binary.LittleEndian.PutUint32(pb[4:], p.LeafSize)
	binary.LittleEndian.PutUint64(pb[8:], p.NodeOffset)
	pb[16] = byte(p.NodeDepth)
	pb[17] = byte(p.InnerSize)
	copy(pb[32:48], p.Salt)
	copy(pb[48:64], p.Person)
	for i := range d.h {
		d.h[i] = b2bIV[i] ^ binary.LittleEndian.Uint64(pb[8*i:])
	}
	if len(p.Key) > 0 {
		var blk [128]byte
		copy(blk[:], p.Key)
		d.Write(blk[:])
	}
	return d
}

func (d *Blake2b) compress(block []byte, last bool) {
	var m [16]uint64
	for i := range m {
		m[i] = binary.LittleEndian.Uint64(block[8*i:])
	}
	v := [16]uint64{}
	copy(v[:8], d.h[:])
	copy(v[8:], b2bIV[:])
	v[12] ^= d.t0
	v[13] ^= d.t1
	if last {
		v[14] = ^v[14]
		if d.lastNode {
			v[15] = ^v[15]
		}
	}
	g := func(a, b, c, dd int, x, y uint64) {
		v[a] = v[a] + v[b] + x
		v[dd] = bits.RotateLeft64(v[dd]^v[a], -32)
		v[c] = v[c] + v[dd]
		v[b] = bits.RotateLeft64(v[b]^v[c], -24)
		v[a] = v[a] + v[b] + y
		v[dd] = bits.RotateLeft64(v[dd]^v[a], -16)
		v[c] = v[c] + v[dd]
		v[b] = bits.RotateLeft64(v[b]^v[c], -63)
	}
	for r := 0; r < 12; r++ {
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
	for i := range d.h {
		d.h[i] ^= v[i] ^ v[i+8]
	}
}

func (d *Blake2b) add(n uint64) {
	d.t0 += n
	if d.t0 < n {
		d.t1++
	}
}

func (d *Blake2b) Write(p []byte) (int, error) {
	total := len(p)
	for len(p) > 0 {
		if d.n == 128 {
			d.add(128)
			d.compress(d.buf[:], false)
			d.n = 0
		}
		k := copy(d.buf[d.n:], p)
		d.n += k
		p = p[k:]
	}
	return total, nil
}

func (d *Blake2b) Digest(int) []byte {
	c := *d
	c.add(uint64(c.n))
	clear(c.buf[c.n:])
	c.compress(c.buf[:], true)
	out := make([]byte, 64)
	for i, w := range c.h {
		binary.LittleEndian.PutUint64(out[8*i:], w)
	}
	return out[:c.size]
}

func (d *Blake2b) Clone() Hasher { c := *d; return &c }

// Blake2s is a running BLAKE2s.
type Blake2s struct {
	h        [8]uint32
	t0, t1   uint32
	buf      [64]byte
	n        int
	size     int
	lastNode bool
}

func NewBlake2s(p *Blake2Params) *Blake2s {
	d := &Blake2s{size: p.DigestSize, lastNode: p.LastNode}
	var pb [32]byte
	pb[0] = byte(p.DigestSize)
	pb[1] = byte(len(p.Key))
	pb[2] = byte(p.Fanout)
	pb[3] = byte(p.Depth)
	binary.LittleEndian.PutUint32(pb[4:], p.LeafSize)
	binary.LittleEndian.PutUint32(pb[8:], uint32(p.NodeOffset))
	binary.LittleEndian.PutUint16(pb[12:], uint16(p.NodeOffset>>32))
	pb[14] = byte(p.NodeDepth)
	pb[15] = byte(p.InnerSize)
	copy(pb[16:24], p.Salt)
	copy(pb[24:32], p.Person)
	for i := range d.h {
		d.h[i] = b2sIV[i] ^ binary.LittleEndian.Uint32(pb[4*i:])
	}
	if len(p.Key) > 0 {
		var blk [64]byte
		copy(blk[:], p.Key)
		d.Write(blk[:])
	}
	return d
}

func (d *Blake2s) compress(block []byte, last bool) {
	var m [16]uint32
	for i := range m {
		m[i] = binary.LittleEndian.Uint32(block[4*i:])
	}
	v := [16]uint32{}
	copy(v[:8], d.h[:])
	copy(v[8:], b2sIV[:])
	v[12] ^= d.t0
	v[13] ^= d.t1
	if last {
		v[14] = ^v[14]
		if d.lastNode {
			v[15] = ^v[15]
		}
	}
	g := func(a, b, c, dd int, x, y uint32) {
		v[a] = v[a] + v[b] + x
		v[dd] = bits.RotateLeft32(v[dd]^v[a], -16)
		v[c] = v[c] + v[dd]
		v[b] = bits.RotateLeft32(v[b]^v[c], -12)
		v[a] = v[a] + v[b] + y
		v[dd] = bits.RotateLeft32(v[dd]^v[a], -8)
		v[c] = v[c] + v[dd]
		v[b] = bits.RotateLeft32(v[b]^v[c], -7)
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
	for i := range d.h {
		d.h[i] ^= v[i] ^ v[i+8]
	}
}

func (d *Blake2s) add(n uint32) {
	d.t0 += n
	if d.t0 < n {
		d.t1++
	}
}

func (d *Blake2s) Write(p []byte) (int, error) {
	total := len(p)
	for len(p) > 0 {
		if d.n == 64 {
			d.add(64)
			d.compress(d.buf[:], false)
			d.n = 0
		}
		k := copy(d.buf[d.n:], p)
		d.n += k
		p = p[k:]
	}
	return total, nil
}

func (d *Blake2s) Digest(int) []byte {
	c := *d
	c.add(uint32(c.n))
	clear(c.buf[c.n:])
	c.compress(c.buf[:], true)
	out := make([]byte, 32)
	for i, w := range c.h {
		binary.LittleEndian.PutUint32(out[4*i:], w)
	}
	return out[:c.size]
}

func (d *Blake2s) Clone() Hasher { c := *d; return &c }
