package pyfmt

import (
	"testing"
)

var sinkS string

func TestAllocs(t *testing.T) {
	cases := []struct {
		name string
		max  float64
		f    func()
	}{
		{"FloatRepr", 1, func() { sinkS = FloatRepr(1234.5678) }},
		{"FloatRepr exp", 1, func() { sinkS = FloatRepr(1.5e-300) }},
		{"FormatInt d", 1, func() { sinkS, _ = FormatInt(-123456789, "d", "int") }},
		{"FormatInt ,", 1, func() { sinkS, _ = FormatInt(123456789, "015,", "int") }},
		{"FormatInt #x", 1, func() { sinkS, _ = FormatInt(255, "#010x", "int") }},
		{"FormatFloat .2f", 1, func() { sinkS, _ = FormatFloat(3.14159, ".2f", "float") }},
		{"FormatFloat 015,.2f", 1, func() { sinkS, _ = FormatFloat(1234567.891, "015,.2f", "float") }},
		{"FormatStr", 1, func() { sinkS, _ = FormatStr("abc", "^10", "str") }},
		{"ParseFloat", 0, func() { _, _ = ParseFloat(" 1234.5e-3 ") }},
		{"ParseInt", 0, func() { _, _, _ = ParseInt("-123_456", 0, MaxStrDigitsDefault) }},
	}
	for _, c := range cases {
		if n := testing.AllocsPerRun(200, c.f); n > c.max {
			t.Errorf("%s: %v allocations, want <= %v", c.name, n, c.max)
		}
	}
}

func BenchmarkFloatRepr(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		sinkS = FloatRepr(1234.5678 + float64(i&7))
	}
}

func BenchmarkFormatIntSmall(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		sinkS, _ = FormatInt(int64(i), "d", "int")
	}
}

func BenchmarkFormatIntGrouped(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		sinkS, _ = FormatInt(int64(i)*7919, "015,", "int")
	}
}

func BenchmarkFormatFloatFixed(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		sinkS, _ = FormatFloat(3.14159*float64(i&15), ".2f", "float")
	}
}

func BenchmarkParseFloat(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		_, _ = ParseFloat("1234.5678e-3")
	}
}

func BenchmarkParseInt(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		_, _, _ = ParseInt("123456789", 10, MaxStrDigitsDefault)
	}
}

func BenchmarkPrintf(b *testing.B) {
	b.ReportAllocs()
	args := testVal{kind: 't', items: []testVal{{kind: 's', s: "abc"}, {kind: 'f', f: 2.5}}}
	for i := 0; i < b.N; i++ {
		sinkS, _ = Printf[testVal]("%s = %.3f", args, testHost{})
	}
}
