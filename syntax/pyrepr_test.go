package syntax

import (
	"bufio"
	"bytes"
	"fmt"
	"math"
	"math/rand"
	"os"
	"os/exec"
	"strings"
	"testing"
)

const literalsPython = "/usr/bin/python3.11"

// runLiteralsPython runs script under the reference interpreter with stdin as
// input and returns its output lines; the test is skipped when the
// interpreter is absent.
func runLiteralsPython(t *testing.T, script, stdin string) []string {
	t.Helper()
	if _, err := os.Stat(literalsPython); err != nil {
		t.Skip("reference interpreter not available")
	}
	cmd := exec.Command(literalsPython, "-c", script)
	cmd.Stdin = strings.NewReader(stdin)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("python: %v\n%s", err, stderr.String())
	}
	var lines []string
	sc := bufio.NewScanner(bytes.NewReader(out))
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		lines = append(lines, sc.Text())
	}
	return lines
}

func TestFloatReprFixed(t *testing.T) {
	cases := map[float64]string{
		1e16: "1e+16", 1e15: "1000000000000000.0", 1e-5: "1e-05", 1e-4: "0.0001",
		0: "0.0", 1.5: "1.5", 1234.5: "1234.5", 0.1: "0.1", 1e22: "1e+22",
		123456789012345678: "1.2345678901234568e+17", 5e-324: "5e-324",
		math.Inf(1): "inf", math.Inf(-1): "-inf", math.NaN(): "nan",
		math.Copysign(0, -1): "-0.0", -2.5: "-2.5", 1e100: "1e+100",
	}
	for f, want := range cases {
		if got := FormatFloatRepr(f); got != want {
			t.Errorf("FormatFloatRepr(%v) = %q, want %q", f, got, want)
		}
	}
	ccases := map[complex128]string{
		complex(0, 1): "1j", complex(0, 2.5): "2.5j", complex(0, 1e16): "1e+16j",
		complex(0, math.Inf(1)): "infj", complex(0, 0): "0j", complex(1, 2): "(1+2j)",
		complex(1, -2): "(1-2j)", complex(math.Copysign(0, -1), 1): "(-0+1j)",
	}
	for c, want := range ccases {
		if got := FormatComplexRepr(c); got != want {
			t.Errorf("FormatComplexRepr(%v) = %q, want %q", c, got, want)
		}
	}
}

func TestFloatReprVsPython(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	var fs []float64
	for e := -330; e <= 310; e++ {
		fs = append(fs, math.Pow(10, float64(e)), 1.5*math.Pow(10, float64(e)), 123456789*math.Pow(10, float64(e)))
	}
	for i := 0; i < 20000; i++ {
		fs = append(fs, math.Float64frombits(rng.Uint64()))
		fs = append(fs, rng.Float64()*math.Pow(10, float64(rng.Intn(40)-20)))
		fs = append(fs, float64(rng.Int63n(1<<53)))
	}
	var in strings.Builder
	for _, f := range fs {
		fmt.Fprintf(&in, "%x\n", math.Float64bits(f))
	}
	lines := runLiteralsPython(t, `
import sys, struct
for line in sys.stdin:
    f = struct.unpack('<d', int(line, 16).to_bytes(8, 'little'))[0]
    print(repr(f), repr(complex(0, abs(f)) if f == f else 0j))
`, in.String())
	if len(lines) != len(fs) {
		t.Fatalf("got %d lines from python, want %d", len(lines), len(fs))
	}
	bad := 0
	for i, f := range fs {
		want := lines[i]
		im := math.Abs(f)
		if math.IsNaN(f) {
			im = 0
		}
		got := FormatFloatRepr(f) + " " + FormatComplexRepr(complex(0, im))
		if got != want && bad < 20 {
			bad++
			t.Errorf("repr(%v): got %q, want %q", f, got, want)
		}
	}
}

func TestStrReprVsPython(t *testing.T) {
	var cps []int
	for c := 0; c < 0x3000; c++ {
		cps = append(cps, c)
	}
	for c := 0x3000; c < 0x110000; c += 7 {
		cps = append(cps, c)
	}
	var in strings.Builder
	for _, c := range cps {
		fmt.Fprintf(&in, "%x\n", c)
	}
	// Each line: repr of "a" + chr(c), with a newline escaped by repr itself.
	lines := runLiteralsPython(t, `
import sys
for line in sys.stdin:
    print(repr('a' + chr(int(line, 16))))
`, in.String())
	if len(lines) != len(cps) {
		t.Fatalf("got %d lines, want %d", len(lines), len(cps))
	}
	bad := 0
	for i, c := range cps {
		s := string(appendWTF8([]byte("a"), rune(c)))
		got := QuoteStr(s)
		// Python prints non-printable lone surrogates escaped, so the
		// output line is valid UTF-8 throughout.
		if got != lines[i] && bad < 20 {
			bad++
			t.Errorf("repr('a'+chr(%#x)) = %q, want %q", c, got, lines[i])
		}
	}
}

func TestQuoteChoice(t *testing.T) {
	cases := map[string]string{
		``:                                 `''`,
		`'`:                                `"'"`,
		`"`:                                `'"'`,
		`'"`:                               `'\'"'`,
		"\\":                               `'\\'`,
		"\x00\x7f\u0080\u00a0\u00ad\u00e9": `'\x00\x7f\x80\xa0\xadé'`,
		"\u200b\U000e0001\u2028 \u3000":    `'\u200b\U000e0001\u2028 \u3000'`,
		"\xed\xa0\x80":                     `'\ud800'`,
	}
	for s, want := range cases {
		if got := QuoteStr(s); got != want {
			t.Errorf("QuoteStr(%q) = %s, want %s", s, got, want)
		}
	}
	bcases := map[string]string{
		"":            `b''`,
		"'":           `b"'"`,
		"'\"":         `b'\'"'`,
		"a\x00\xff\t": `b'a\x00\xff\t'`,
	}
	for s, want := range bcases {
		if got := QuoteBytes([]byte(s)); got != want {
			t.Errorf("QuoteBytes(%q) = %s, want %s", s, got, want)
		}
	}
}

func TestReprConst(t *testing.T) {
	cases := []struct {
		c    Const
		want string
	}{
		{nil, "None"}, {true, "True"}, {false, "False"}, {Ellipsis, "Ellipsis"},
		{int64(-5), "-5"}, {1.0, "1.0"}, {"x", "'x'"}, {Bytes("x"), "b'x'"},
		{complex(0, 3), "3j"},
	}
	for _, c := range cases {
		if got := ReprConst(c.c); got != c.want {
			t.Errorf("ReprConst(%#v) = %q, want %q", c.c, got, c.want)
		}
	}
}

func BenchmarkQuoteStr(b *testing.B) {
	s := "hello world, this is a plain ascii string with a 'quote'\n"
	buf := make([]byte, 0, 128)
	for i := 0; i < b.N; i++ {
		buf = AppendQuoteStr(buf[:0], s)
	}
}
