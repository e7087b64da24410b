package objects

import (
	"math"
	"math/big"
	"testing"
)

func TestHashNumeric(t *testing.T) {
	th := NewThread(16)
	cases := []struct {
		v    Value
		want int64
	}{
		{Int(-1), -2}, {Int(1), 1}, {Float(1.0), 1}, {True, 1}, {Int(1 << 61), 1},
		{Float(0.5), 1 << 60}, {Float(-1), -2}, {Float(math.Inf(1)), 314159},
	}
	for _, c := range cases {
		h, err := Hash(th, c.v)
		if err != nil || h != c.want {
			r, _ := ReprString(th, c.v)
			t.Errorf("hash(%s) = %d, want %d", r, h, c.want)
		}
	}
	b, _ := new(big.Int).SetString("100000000000000000000000", 10)
	if h, _ := Hash(th, NewBigInt(b)); h <= 0 {
		t.Fatal("big hash", h)
	}
}

func TestFloatRepr(t *testing.T) {
	for f, want := range map[float64]string{1: "1.0", 0.1: "0.1", 1e16: "1e+16", 1e-5: "1e-05", 123.456: "123.456", 1e15: "1000000000000000.0", 2.5e-4: "0.00025"} {
		if got := FormatFloatRepr(f); got != want {
			t.Errorf("repr(%v) = %q, want %q", f, got, want)
		}
	}
}

func TestDict(t *testing.T) {
	th := NewThread(16)
	d := NewDict()
	for i := 0; i < 1000; i++ {
		if err := d.SetItem(th, Int(int64(i)), Int(int64(i*i))); err != nil {
			t.Fatal(err)
		}
	}
	for i := 0; i < 1000; i += 2 {
		d.DelItem(th, Int(int64(i)))
	}
	if d.Len() != 500 {
		t.Fatal(d.Len())
	}
	v, ok, _ := d.GetItem(th, Float(7.0))
	if !ok || v.SmallInt() != 49 {
		t.Fatal("lookup 7.0")
	}
	keys := d.Keys()
	if keys[0].SmallInt() != 1 || keys[499].SmallInt() != 999 {
		t.Fatal("order")
	}
}

func TestTypesFinished(t *testing.T) {
	if BoolType.MRO[1] != IntType || BoolType.MRO[2] != ObjectType {
		t.Fatal("bool mro")
	}
	if len(ExcKeyError.MRO) != 5 {
		t.Fatal("KeyError mro", len(ExcKeyError.MRO))
	}
	th := NewThread(16)
	r, err := BinaryOp(th, OpAdd, Int(math.MaxInt64), Int(1))
	if err != nil {
		t.Fatal(err)
	}
	s, _ := StrString(th, r)
	if s != "9223372036854775808" {
		t.Fatal(s)
	}
	r, _ = BinaryOp(th, OpFloorDiv, Int(-7), Int(2))
	if r.SmallInt() != -4 {
		t.Fatal("floordiv")
	}
	r, _ = BinaryOp(th, OpMod, Int(-7), Int(2))
	if r.SmallInt() != 1 {
		t.Fatal("mod")
	}
}
