package unicodedata

import "testing"

func TestTables(t *testing.T) {
	d := load()
	v := &d.v14
	checks := []struct {
		c         rune
		cat, bidi string
		comb      uint8
	}{{'a', "Ll", "L", 0}, {'1', "Nd", "EN", 0}, {0x301, "Mn", "NSM", 230}, {0x5d0, "Lo", "R", 0}, {0x10ffff, "Cn", "", 0}, {0x4e00, "Lo", "L", 0}}
	for _, c := range checks {
		r := v.rec(c.c)
		if d.cats[r.cat] != c.cat || d.bidis[r.bidi] != c.bidi || r.comb != c.comb {
			t.Errorf("%U: got %s %s %d", c.c, d.cats[r.cat], d.bidis[r.bidi], r.comb)
		}
	}
	if n, _ := d.name(0xac00, v); n != "HANGUL SYLLABLE GA" {
		t.Error(n)
	}
	if n, _ := d.name(0x20000, v); n != "CJK UNIFIED IDEOGRAPH-20000" {
		t.Error(n)
	}
	if s, ok := d.lookup("latin small letter sharp s", v); !ok || s != "ß" {
		t.Error(s)
	}
	if s, ok := d.lookup("LINE FEED", v); !ok || s != "\n" {
		t.Error("alias", s)
	}
}

func TestNormalize(t *testing.T) {
	d := load()
	v := &d.v14
	cases := []struct{ form, in, out string }{
		{"NFD", "é", "e\u0301"}, {"NFC", "e\u0301", "é"}, {"NFKC", "ﬁ", "fi"}, {"NFD", "가", "\u1100\u1161"},
		{"NFC", "\u1100\u1161\u11a8", "각"}, {"NFC", "a\u0323\u0301", "\u1ea1\u0301"}, {"NFD", "\u1e69", "s\u0323\u0307"},
		{"NFC", "\u212b", "Å"}, {"NFKD", "①", "1"},
	}
	for _, c := range cases {
		if got := d.normalize(v, c.form, c.in); got != c.out {
			t.Errorf("%s(%q) = %q, want %q", c.form, c.in, got, c.out)
		}
	}
}
