package syntax_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"taipan/syntax"
)

// fuzzSeeds are small, stdlib-like programs (written for this test) that
// give the fuzzer a head start on valid syntax.
var fuzzSeeds = []string{
	"import os, sys\nfrom collections import defaultdict as dd\n\n__all__ = ['f']\n",
	"def f(a, b=1, /, c=2, *args, d, e=3, **kw) -> int:\n    \"\"\"Doc.\"\"\"\n    return a + b * c ** 2 // d % e\n",
	"class C(Base, metaclass=Meta):\n    x: int = 0\n    @property\n    def y(self):\n        return self._y\n",
	"async def main():\n    async with lock as l:\n        async for x in aiter():\n            await g(x)\n",
	"try:\n    pass\nexcept* (ValueError, TypeError) as eg:\n    raise\nelse:\n    pass\nfinally:\n    del x\n",
	"match p:\n    case Point(x=0, y=0) | [1, 2, *rest] | {'k': v, **kw} if v > 1:\n        pass\n    case _:\n        pass\n",
	"x = [i for i in range(10) if i % 2 for j in range(i)]\ny = {k: v for k, v in d.items()}\nz = (a for a in b)\n",
	"s = f'{x!r:>{width}} {y=} {{literal}}' + rb'\\d+' + '''multi\nline''' + u'x'\n",
	"n = 0x_ff + 0o17 + 0b1010 + 1_000.5e-3 + 3j + .5\n",
	"while (n := next(it, None)) is not None:\n    if not n: continue\n    elif n in s or n not in t: break\nelse:\n    pass\n",
	"lambda *a, **k: (yield from g())\nglobal g\nassert x, 'msg'\nwith (open(a) as f, open(b) as g):\n    pass\n",
	"x = a if b else c\nx[1:2, ::3] = y, *z\nx @= m\nprint(*a, **k, sep='')\n",
	"# -*- coding: latin-1 -*-\ns = 'caf\xe9'\n",
	"if x:\n\tif y:\n\t\tpass\n",
	"def g():\n    x = yield\n    return (yield x)\n",
}

// checkParse parses src in the given mode and checks the contract: no
// panic (a panic fails the test by itself), either a tree or a
// *SyntaxError, and a tree that Dump can print.
func checkParse(t *testing.T, src []byte, mode syntax.Mode) {
	t.Helper()
	start := time.Now()
	tree, err := syntax.Parse(src, "<fuzz>", mode)
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("Parse took %v on a %d-byte input", d, len(src))
	}
	if err != nil {
		var se *syntax.SyntaxError
		if !errors.As(err, &se) {
			t.Fatalf("Parse returned %T %v, want *syntax.SyntaxError", err, err)
		}
		if se.Class == "" || se.Msg == "" && se.Class == "SyntaxError" {
			t.Fatalf("incomplete SyntaxError %+v", se)
		}
		if tree != nil {
			t.Fatalf("Parse returned both a tree and an error")
		}
		return
	}
	if tree == nil {
		t.Fatal("Parse returned neither a tree nor an error")
	}
	if syntax.Dump(tree, false) == "" || syntax.Dump(tree, true) == "" {
		t.Fatal("empty Dump")
	}
}

// FuzzParse feeds arbitrary bytes to Parse. Run it with
// `go test -run='^$' -fuzz=FuzzParse -fuzztime=10m ./syntax` (make fuzz).
func FuzzParse(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add([]byte(s))
	}
	if names, err := filepath.Glob(filepath.Join(corpusDir, "*.py")); err == nil {
		for _, n := range names {
			if data, err := os.ReadFile(n); err == nil {
				f.Add(data)
			}
		}
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		if len(src) > 64<<10 {
			t.Skip("input larger than 64 KiB")
		}
		checkParse(t, src, syntax.ModeExec)
		checkParse(t, src, syntax.ModeEval)
	})
}

// TestParseSeeds runs the fuzz seeds as a plain test: each must parse.
func TestParseSeeds(t *testing.T) {
	for _, s := range fuzzSeeds {
		if _, err := syntax.Parse([]byte(s), "<seed>", syntax.ModeExec); err != nil {
			t.Errorf("%q: %v", s, err)
		}
	}
}

// Expected outcomes in TestParsePathological.
const (
	pathoReject = iota // CPython's tokenizer or parser rejects it (SyntaxError, MemoryError)
	pathoAccept        // CPython parses it
	pathoEither        // CPython's parser accepts it but ast.parse then hits RecursionError converting the tree
)

// TestParsePathological checks inputs that break naive recursive-descent
// parsers: each must give a tree or a *SyntaxError within 2 seconds,
// never a crash; inputs CPython's parser rejects must be rejected and
// those it accepts accepted.
func TestParsePathological(t *testing.T) {
	ifs := func(n int) string {
		var b strings.Builder
		for i := 0; i < n; i++ {
			b.WriteString(strings.Repeat(" ", i) + "if x:\n")
		}
		b.WriteString(strings.Repeat(" ", n) + "pass\n")
		return b.String()
	}
	for _, tc := range []struct {
		name string
		src  string
		want int
	}{
		{"parens", strings.Repeat("(", 100000), pathoReject},
		{"brackets", strings.Repeat("[", 100000), pathoReject},
		{"braces", strings.Repeat("{", 100000), pathoReject},
		{"unary_minus", strings.Repeat("-", 100000) + "1", pathoReject},
		{"not", strings.Repeat("not ", 100000) + "x", pathoReject},
		{"tilde", strings.Repeat("~", 100000) + "1", pathoReject},
		{"lambdas", strings.Repeat("lambda: ", 10000) + "1", pathoReject},
		{"ternaries", strings.Repeat("1 if x else ", 10000) + "1", pathoReject},
		{"powers", strings.Repeat("2**", 10000) + "2", pathoReject},
		{"stars", strings.Repeat("*", 100000), pathoReject},
		{"nested_ifs", ifs(200), pathoReject},
		{"nested_fstrings", strings.Repeat(`f"{`, 100) + "1" + strings.Repeat(`}"`, 100), pathoReject},
		{"attributes", "x" + strings.Repeat(".a", 100000), pathoEither},
		{"calls", "f" + strings.Repeat("()", 100000), pathoEither},
		{"subscripts", "x" + strings.Repeat("[0]", 100000), pathoEither},
		{"additions", strings.Repeat("1+", 100000) + "1", pathoEither},
		{"lists_150", strings.Repeat("[", 150) + strings.Repeat("]", 150), pathoAccept},
		{"minus_1000", strings.Repeat("-", 1000) + "1", pathoAccept},
		{"ifs_99", ifs(99), pathoAccept},
		{"string_concat", strings.Repeat(`"a" `, 100000), pathoAccept},
		{"comparisons", strings.Repeat("1<", 100000) + "1", pathoAccept},
	} {
		t.Run(tc.name, func(t *testing.T) {
			start := time.Now()
			tree, err := parseCorpusFile([]byte(tc.src), "<deep>")
			if d := time.Since(start); d > 2*time.Second {
				t.Errorf("took %v", d)
			}
			if err != nil {
				var se *syntax.SyntaxError
				if !errors.As(err, &se) {
					t.Fatalf("got %v, want a *syntax.SyntaxError", err)
				}
			}
			if tc.want == pathoAccept && err != nil {
				t.Errorf("CPython accepts it; Taipan: %v", err)
			}
			if tc.want == pathoReject && err == nil {
				t.Errorf("CPython rejects it; Taipan accepts it")
			}
			if tree != nil {
				syntax.Dump(tree, true)
			}
		})
	}
}

// TestParseOddBytes checks inputs with NUL bytes, lone surrogates' UTF-8
// forms, invalid UTF-8 and a BOM: an error or a tree, never a crash.
func TestParseOddBytes(t *testing.T) {
	for _, src := range []string{
		"x = 1\x00\n", "\x00", "x = '\xed\xa0\x80'\n", "\xff\xfe", "\xef\xbb\xbfx = 1\n",
		"\xef\xbb\xbf# coding: latin-1\n", "x = '\\", "\r", "\r\n\r\n", "\\\n", "\f", "#", "'''", "\t\t\tx",
	} {
		checkParse(t, []byte(src), syntax.ModeExec)
	}
}
