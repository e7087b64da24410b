package pyfmt

import (
	"math"
	"math/big"
	"testing"
)

// The fuzz targets check that no input makes a function panic (their seeds
// also run under plain go test).

func FuzzFormat(f *testing.F) {
	for _, s := range []string{"", "015,.2f", "x<^+#0,.3e", "\u00e9=z#010_.5%", "c", "_X", ".", "abc"} {
		f.Add(s, 1234.5, int64(-77))
	}
	huge, _ := new(big.Int).SetString("-123456789012345678901234567890", 10)
	f.Fuzz(func(t *testing.T, spec string, x float64, i int64) {
		if len(spec) > 12 || longDigitRun(spec) {
			return
		}
		_, _ = FormatFloat(x, spec, "float")
		_, _ = FormatInt(i, spec, "int")
		_, _ = FormatBigInt(huge, spec, "int", MaxStrDigitsDefault)
		_, _ = FormatStr("ab\u00e9", spec, "str")
		_, _ = FormatComplex(x, -x, spec, "complex")
	})
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{"", "1_0", " -0x_1f ", "1e5", "inf", "0x1.8p3", "\u0661\u0662", "\xed\xa0\x80"} {
		f.Add(s, 0)
	}
	f.Fuzz(func(t *testing.T, s string, base int) {
		_, _ = ParseFloat(s)
		_, _, _ = ParseInt(s, base%40, MaxStrDigitsDefault)
		_, _ = FloatFromHex(s)
		_ = StrRepr(s)
	})
}

func FuzzPrintf(f *testing.F) {
	for _, s := range []string{"%s", "%(a)s", "%*.*f", "%#-+ 012.5x", "%c%%", "%(", "%"} {
		f.Add(s)
	}
	args := []testVal{
		{kind: 't', items: []testVal{{kind: 'i', i: big.NewInt(3)}, {kind: 'f', f: 2.5}, {kind: 's', s: "x"}}},
		{kind: 'd', keys: []string{"a"}, items: []testVal{{kind: 'i', i: big.NewInt(-1)}}},
		{kind: 'f', f: math.Inf(-1)},
	}
	f.Fuzz(func(t *testing.T, format string) {
		if len(format) > 20 || longDigitRun(format) {
			return
		}
		for _, a := range args {
			_, _ = Printf[testVal](format, a, testHost{})
		}
	})
}

func TestHugeRequestsGiveMemoryError(t *testing.T) {
	check := func(what string, err error) {
		t.Helper()
		if e, ok := err.(*Error); !ok || e.Kind != MemoryError {
			t.Errorf("%s: got %v, want MemoryError", what, err)
		}
	}
	_, err := FormatFloat(1.5, "99999999999f", "float")
	check("float width", err)
	_, err = FormatFloat(1.5, ".2000000000f", "float")
	check("float precision", err)
	_, err = FormatInt(1, "99999999999", "int")
	check("int width", err)
	_, err = FormatStr("a", "99999999999", "str")
	check("str width", err)
	_, err = FormatComplex(1, 1, ".2000000000f", "complex")
	check("complex precision", err)
	_, err = Printf[testVal]("%99999999999d", testVal{kind: 'i', i: big.NewInt(1)}, testHost{})
	check("%d width", err)
	_, err = Printf[testVal]("%.2000000000f", testVal{kind: 'f', f: 1}, testHost{})
	check("%f precision", err)
}

// longDigitRun reports a run of more than 5 digits (a width too large for a
// quick fuzz iteration).
func longDigitRun(s string) bool {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			if n++; n > 5 {
				return true
			}
		} else {
			n = 0
		}
	}
	return false
}
