package objects

import (
	"encoding/binary"
	"hash/maphash"
	"math/bits"
	"os"
	"strconv"
	"unicode/utf8"
)

// String and bytes hashes. With $PYTHONHASHSEED set (and not ignored by
// -E/-I) they are CPython 3.11's: SipHash-1-3 over the bytes (a str over
// its 1-, 2- or 4-byte code units, as CPython stores it), keyed by the
// seed expanded with CPython's LCG (zero keys for seed 0), so hash(s),
// and the order of sets and dicts of strings, match CPython run with the
// same seed. Without it, hash randomization uses Go's maphash with a
// random seed (faster; the values are random in CPython too).

var strHashKey = loadHashSeed()

type hashKey struct {
	sip    bool
	k0, k1 uint64
	seed   maphash.Seed
}

func loadHashSeed() hashKey {
	k := hashKey{seed: maphash.MakeSeed()}
	if ignoreEnvFlag() {
		return k
	}
	s, ok := os.LookupEnv("PYTHONHASHSEED")
	if !ok || s == "" || s == "random" {
		return k
	}
	n, err := strconv.ParseUint(s, 10, 32)
	if err != nil {
		return k // the CLI reports the bad value
	}
	k.sip = true
	if n != 0 {
		// lcg_urandom(seed) fills the 24-byte secret; SipHash's keys are
		// its first two little-endian words
		var buf [24]byte
		x := uint32(n)
		for i := range buf {
			x = x*214013 + 2531011
			buf[i] = byte(x >> 16)
		}
		k.k0 = binary.LittleEndian.Uint64(buf[0:])
		k.k1 = binary.LittleEndian.Uint64(buf[8:])
	}
	return k
}

// ignoreEnvFlag reports -E or -I among the command line's leading
// options (the hash key is needed before the CLI parses them).
func ignoreEnvFlag() bool {
	args := os.Args
	for i := 1; i < len(args); i++ {
		a := args[i]
		if len(a) < 2 || a[0] != '-' || a == "--" || a[1] == '-' {
			return false
		}
		for j := 1; j < len(a); j++ {
			switch a[j] {
			case 'E', 'I':
				return true
			case 'c', 'm':
				return false
			case 'X', 'W':
				if j == len(a)-1 {
					i++ // the option's value is the next argument
				}
				j = len(a)
			}
		}
	}
	return false
}

// HashSeeded reports whether hashes follow $PYTHONHASHSEED (CPython's
// algorithm) rather than a random seed.
func HashSeeded() bool { return strHashKey.sip }

func hashString(s string) int64 {
	var h int64
	if strHashKey.sip {
		h = sipHashStr(s)
	} else {
		h = int64(maphash.String(strHashKey.seed, s) >> 1)
	}
	if h == -1 {
		h = -2
	}
	return h
}

func hashBytes(b []byte) int64 {
	if !strHashKey.sip {
		return hashString(string(b))
	}
	h := sipHashBytes(b)
	if h == -1 {
		h = -2
	}
	return h
}

// sipHashStr hashes s's code units at the width CPython stores it with.
func sipHashStr(s string) int64 {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		return sipHashBytes([]byte(s))
	}
	var maxR rune
	n := 0
	for off := 0; off < len(s); n++ {
		r, size := DecodeWTF8(s[off:])
		off += size
		maxR = max(maxR, r)
	}
	width := 1
	switch {
	case maxR > 0xffff:
		width = 4
	case maxR > 0xff:
		width = 2
	}
	buf := make([]byte, 0, n*width)
	for off := 0; off < len(s); {
		r, size := DecodeWTF8(s[off:])
		off += size
		switch width {
		case 1:
			buf = append(buf, byte(r))
		case 2:
			buf = binary.LittleEndian.AppendUint16(buf, uint16(r))
		default:
			buf = binary.LittleEndian.AppendUint32(buf, uint32(r))
		}
	}
	return sipHashBytes(buf)
}

var _ = utf8.RuneError

// sipHashBytes is CPython's _Py_HashBytes: 0 for empty input, else
// SipHash-1-3 with the seed's keys.
func sipHashBytes(b []byte) int64 {
	if len(b) == 0 {
		return 0
	}
	k0, k1 := strHashKey.k0, strHashKey.k1
	v0 := k0 ^ 0x736f6d6570736575
	v1 := k1 ^ 0x646f72616e646f6d
	v2 := k0 ^ 0x6c7967656e657261
	v3 := k1 ^ 0x7465646279746573
	round := func() {
		v0 += v1
		v2 += v3
		v1 = bits.RotateLeft64(v1, 13) ^ v0
		v3 = bits.RotateLeft64(v3, 16) ^ v2
		v0 = bits.RotateLeft64(v0, 32)
		v2 += v1
		v0 += v3
		v1 = bits.RotateLeft64(v1, 17) ^ v2
		v3 = bits.RotateLeft64(v3, 21) ^ v0
		v2 = bits.RotateLeft64(v2, 32)
	}
	last := uint64(len(b)) << 56
	for len(b) >= 8 {
		m := binary.LittleEndian.Uint64(b)
		b = b[8:]
		v3 ^= m
		round()
		v0 ^= m
	}
	var t uint64
	for i := len(b) - 1; i >= 0; i-- {
		t = t<<8 | uint64(b[i])
	}
	last |= t
	v3 ^= last
	round()
	v0 ^= last
	v2 ^= 0xff
	round()
	round()
	round()
	return int64((v0 ^ v1) ^ (v2 ^ v3))
}
