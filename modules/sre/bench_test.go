package sre

import (
	"strings"
	"testing"
)

// Compiled by CPython 3.11 (re._compiler._code, str patterns).
var (
	emailCode = []uint32{14, 4, 0, 7, 4294967295, 24, 9, 1, 4294967295, 13, 4, 8, 14, 0, 1, 16, 64, 24, 9, 1, 4294967295, 13, 4, 8, 14, 0, 1, 16, 46, 16, 99, 16, 111, 16, 109, 1}
	altCode   = []uint32{14, 14, 4, 3, 6, 9, 0, 0, 0, 131276, 0, 0, 0, 0, 0, 7, 9, 16, 102, 16, 111, 16, 111, 15, 83, 9, 16, 98, 16, 97, 16, 114, 15, 74, 9, 16, 98, 16, 97, 16, 122, 15, 65, 9, 16, 113, 16, 117, 16, 120, 15, 56, 11, 16, 113, 16, 117, 16, 117, 16, 120, 15, 45, 13, 16, 99, 16, 111, 16, 114, 16, 103, 16, 101, 15, 32, 15, 16, 103, 16, 114, 16, 97, 16, 117, 16, 108, 16, 116, 15, 17, 15, 16, 103, 16, 97, 16, 114, 16, 112, 16, 108, 16, 121, 15, 2, 0, 1}
	benchText = strings.Repeat("lorem ipsum dolor sit amet, consectetur adipiscing elit ", 20) + "write to someone@example.com today"
)

func benchSearch(b *testing.B, code []uint32) {
	p, err := Compile(code, 32, 0)
	if err != nil {
		b.Fatal(err)
	}
	s := String(benchText)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		p.Search(s, 0, s.Len())
	}
}

// BenchmarkEmail is re.search(r'\w+@\w+\.com', text) on a 1.1 kB text.
func BenchmarkEmail(b *testing.B) { benchSearch(b, emailCode) }

// BenchmarkAlternation is re.search('foo|bar|baz|qux|quux|corge|grault|garply', text).
func BenchmarkAlternation(b *testing.B) { benchSearch(b, altCode) }
