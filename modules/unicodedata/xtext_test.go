package unicodedata

import (
	"testing"

	"golang.org/x/text/unicode/norm"
)

// TestXTextNorm records why normalization is implemented here rather
// than with golang.org/x/text/unicode/norm: that package implements a
// newer Unicode version, so it normalizes characters that Unicode 14
// (CPython 3.11) leaves unassigned.
func TestXTextNorm(t *testing.T) {
	if testing.Short() {
		t.Skip("scans every code point")
	}
	d := load()
	forms := map[string]norm.Form{"NFC": norm.NFC, "NFD": norm.NFD, "NFKC": norm.NFKC, "NFKD": norm.NFKD}
	diff, diffAssigned := 0, 0
	for c := rune(0); c <= 0x10ffff; c++ {
		if c >= 0xd800 && c < 0xe000 {
			continue
		}
		s := string(c)
		for name, f := range forms {
			if d.normalize(&d.v14, name, s) != f.String(s) {
				diff++
				if d.cats[d.v14.rec(c).cat] != "Cn" {
					diffAssigned++
				}
			}
		}
	}
	t.Logf("x/text/norm (Unicode %s) differs from Unicode 14 on %d single-character normalizations (%d of assigned characters)", norm.Version, diff, diffAssigned)
}
