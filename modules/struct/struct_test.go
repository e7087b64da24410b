package struct_

import (
	"testing"

	"taipan/objects"
)

func TestCalcsize(t *testing.T) {
	cases := map[string]int{"": 0, "b": 1, "bi": 8, "<bi": 5, "@bq": 16, "=bq": 9, "3s": 3, "10p": 10, "cc3xh": 8,
		"<l": 4, "@l": 8, "@P": 8, "0i": 0, "b0q": 8, "?": 1, "e": 2, "ic": 5, "hcb": 4}
	for f, want := range cases {
		s, err := compile(f)
		if err != nil {
			t.Fatalf("%q: %v", f, err)
		}
		if s.size != want {
			t.Errorf("calcsize(%q) = %d, want %d", f, s.size, want)
		}
	}
}

func TestHalf(t *testing.T) {
	for _, c := range []struct {
		f float64
		h uint16
	}{{1, 0x3c00}, {-2, 0xc000}, {65504, 0x7bff}, {5.960464477539063e-08, 0x0001}, {0.5, 0x3800}, {1.0009765625, 0x3c01}} {
		h, ok := packHalf(c.f)
		if !ok || h != c.h {
			t.Errorf("packHalf(%v) = %#x, want %#x", c.f, h, c.h)
		}
		if g := unpackHalf(c.h); g != c.f {
			t.Errorf("unpackHalf(%#x) = %v, want %v", c.h, g, c.f)
		}
	}
	if _, ok := packHalf(65520); ok {
		t.Error("65520 should overflow")
	}
}

func TestUnpackAllocs(t *testing.T) {
	s, _ := compile("<ihd")
	buf := make([]byte, s.size)
	n := testing.AllocsPerRun(100, func() { s.unpack(buf) })
	if n > 1 {
		t.Errorf("unpack of 3 items: %v allocations, want 1 (the tuple)", n)
	}
	f := objects.NewStrValue("<ihd")
	lookup(f)
	if n := testing.AllocsPerRun(100, func() { lookup(f) }); n != 0 {
		t.Errorf("cached lookup allocates %v", n)
	}
}
