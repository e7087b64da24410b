package objects

import (
	"math/big"
	"math/bits"
)

// A fast path for ints of up to 128 bits (two's complement hi:lo). 64-bit
// hashing and random-number code (x * C + D) & 0xFFFFFFFFFFFFFFFF keeps its
// intermediate results just above int64; going through math/big for them
// costs several allocations per operation. Here the operation is done on
// two machine words and a result outside int64 is one allocation (the
// BigInt and its two digit words together).

// bigInt2 is a BigInt whose digits live inline.
type bigInt2 struct {
	BigInt
	w [2]big.Word
}

// int128Of returns v as a 128-bit two's complement number if v is an
// unboxed int, a bool or an exact int whose magnitude is below 2**127.
func int128Of(v Value) (hi int64, lo uint64, ok bool) {
	if v.p == intTagP || v.p == boolTagP {
		return int64(v.n) >> 63, v.n, true
	}
	if bits.UintSize != 64 || v.Type() != IntType {
		return 0, 0, false
	}
	b := &As[BigInt](v).V
	if b.BitLen() > 127 {
		return 0, 0, false
	}
	var w0, w1 uint64
	switch ws := b.Bits(); len(ws) {
	case 2:
		w1 = uint64(ws[1])
		fallthrough
	case 1:
		w0 = uint64(ws[0])
	}
	if b.Sign() < 0 {
		w0, w1 = neg128(w0, w1)
	}
	return int64(w1), w0, true
}

// neg128 negates the two's complement number hi:lo (given as lo, hi).
func neg128(lo, hi uint64) (uint64, uint64) {
	lo, c := bits.Sub64(0, lo, 0)
	hi, _ = bits.Sub64(0, hi, c)
	return lo, hi
}

// fromInt128 returns the int hi:lo, unboxed when it fits in int64.
func fromInt128(hi int64, lo uint64) Value {
	if hi == int64(lo)>>63 {
		return Int(int64(lo))
	}
	x := &bigInt2{}
	x.typ = IntType
	m0, m1 := lo, uint64(hi)
	if hi < 0 {
		m0, m1 = neg128(m0, m1)
	}
	x.w[0], x.w[1] = big.Word(m0), big.Word(m1)
	n := 2
	if m1 == 0 {
		n = 1
	}
	x.V.SetBits(x.w[:n])
	if hi < 0 {
		x.V.Neg(&x.V)
	}
	return Obj(&x.BigInt)
}

// int128BinaryOp applies op when both operands fit in 128 bits and so
// does the result; ok is false otherwise (the caller uses math/big).
func int128BinaryOp(op BinOp, a, b Value) (Value, bool) {
	ahi, alo, ok := int128Of(a)
	if !ok {
		return Null, false
	}
	bhi, blo, ok := int128Of(b)
	if !ok {
		return Null, false
	}
	switch op {
	case OpAdd:
		lo, c := bits.Add64(alo, blo, 0)
		h, _ := bits.Add64(uint64(ahi), uint64(bhi), c)
		hi := int64(h)
		if (ahi^hi)&(bhi^hi) < 0 {
			return Null, false
		}
		return fromInt128(hi, lo), true
	case OpSub:
		lo, c := bits.Sub64(alo, blo, 0)
		h, _ := bits.Sub64(uint64(ahi), uint64(bhi), c)
		hi := int64(h)
		if (ahi^bhi)&(ahi^hi) < 0 {
			return Null, false
		}
		return fromInt128(hi, lo), true
	case OpMul:
		neg := (ahi < 0) != (bhi < 0)
		a0, a1 := alo, uint64(ahi)
		if ahi < 0 {
			a0, a1 = neg128(a0, a1)
		}
		b0, b1 := blo, uint64(bhi)
		if bhi < 0 {
			b0, b1 = neg128(b0, b1)
		}
		if a1 != 0 {
			if b1 != 0 {
				return Null, false
			}
			a0, a1, b0, b1 = b0, b1, a0, a1
		}
		// a0 * (b1:b0)
		h1, l1 := bits.Mul64(a0, b0)
		h2, l2 := bits.Mul64(a0, b1)
		if h2 != 0 {
			return Null, false
		}
		hi, c := bits.Add64(h1, l2, 0)
		if c != 0 || hi>>63 != 0 {
			return Null, false
		}
		lo := l1
		if neg {
			lo, hi = neg128(lo, hi)
		}
		return fromInt128(int64(hi), lo), true
	case OpAnd:
		return fromInt128(ahi&bhi, alo&blo), true
	case OpOr:
		return fromInt128(ahi|bhi, alo|blo), true
	case OpXor:
		return fromInt128(ahi^bhi, alo^blo), true
	case OpRShift:
		if bhi != 0 || int64(blo) < 0 {
			return Null, false
		}
		s := blo
		switch {
		case s >= 128:
			return Int(ahi >> 63), true
		case s >= 64:
			return Int(ahi >> (s - 64)), true
		case s == 0:
			return fromInt128(ahi, alo), true
		}
		lo := alo>>s | uint64(ahi)<<(64-s)
		return fromInt128(ahi>>s, lo), true
	case OpLShift:
		if bhi != 0 || int64(blo) < 0 || blo >= 127 {
			return Null, false
		}
		s := blo
		var hi int64
		var lo uint64
		switch {
		case s == 0:
			return fromInt128(ahi, alo), true
		case s >= 64:
			hi, lo = int64(alo<<(s-64)), 0
		default:
			hi, lo = int64(uint64(ahi)<<s|alo>>(64-s)), alo<<s
		}
		// shifting back must give the operand
		var bh int64
		var bl uint64
		if s >= 64 {
			bh, bl = hi>>63, uint64(hi>>(s-64))
		} else {
			bh, bl = hi>>s, lo>>s|uint64(hi)<<(64-s)
		}
		if bh != ahi || bl != alo {
			return Null, false
		}
		return fromInt128(hi, lo), true
	}
	return Null, false
}
