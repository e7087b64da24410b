package objects

import (
	"math/big"
	"math/rand"
	"testing"
)

// TestInt128MatchesBig checks the 128-bit fast path against math/big.
func TestInt128MatchesBig(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	edge := []string{"0", "1", "-1", "9223372036854775807", "-9223372036854775808",
		"9223372036854775808", "-9223372036854775809", "18446744073709551615",
		"18446744073709551616", "-18446744073709551616", "6364136223846793005",
		"170141183460469231731687303715884105727", "-170141183460469231731687303715884105727",
		"-170141183460469231731687303715884105728", "85070591730234615865843651857942052864"}
	var vals []*big.Int
	for _, s := range edge {
		b, _ := new(big.Int).SetString(s, 10)
		vals = append(vals, b)
	}
	for i := 0; i < 300; i++ {
		b := new(big.Int).Rand(rng, new(big.Int).Lsh(big.NewInt(1), uint(rng.Intn(128))))
		if rng.Intn(2) == 0 {
			b.Neg(b)
		}
		vals = append(vals, b)
	}
	shifts := []int64{0, 1, 11, 63, 64, 65, 100, 126, 127, 128, 200}
	ops := []BinOp{OpAdd, OpSub, OpMul, OpAnd, OpOr, OpXor}
	check := func(op BinOp, x, y *big.Int) {
		a, b := NewBigInt(new(big.Int).Set(x)), NewBigInt(new(big.Int).Set(y))
		r, ok := int128BinaryOp(op, a, b)
		want, _ := bigBinaryOp(op, x, y)
		if !ok {
			if wb, _ := BigOf(want); wb.BitLen() < 120 && op != OpLShift && x.BitLen() < 128 && y.BitLen() < 128 {
				t.Errorf("op %d %s %s: fast path declined a small result", op, x, y)
			}
			return
		}
		rb, _ := BigOf(r)
		wb, _ := BigOf(want)
		if rb.Cmp(wb) != 0 || r.IsSmallInt() != want.IsSmallInt() {
			t.Errorf("op %d %s %s = %s, want %s", op, x, y, rb, wb)
		}
	}
	for _, x := range vals {
		for j := 0; j < 40; j++ {
			y := vals[rng.Intn(len(vals))]
			for _, op := range ops {
				if op == OpMul && x.BitLen()+y.BitLen() > 126 {
					continue
				}
				check(op, x, y)
			}
		}
		for _, s := range shifts {
			check(OpRShift, x, big.NewInt(s))
			check(OpLShift, x, big.NewInt(s))
		}
	}
}
