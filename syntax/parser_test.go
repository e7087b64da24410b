package syntax

import (
	"crypto/md5"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"testing"
)

const refPy = "/usr/bin/python3.11"

var parserSamples = []string{
	"x = 1\n",
	"a, b = c, d = f(x, *y, z=1, **k)\n",
	"def f(a, /, b: int = 2, *args, c, d=3, **kw) -> None:\n    return a + b\n",
	"@dec\nclass C(B, metaclass=M):\n    x: int = 3\n    async def g(self):\n        await h()\n",
	"for i, (j, k) in enumerate(x):\n    pass\nelse:\n    break\n",
	"while not a and b or c:\n    continue\n",
	"if a < b <= c is not d not in e:\n    pass\nelif x:\n    pass\nelse:\n    y = lambda q, *r, s=1: q\n",
	"try:\n    pass\nexcept (A, B) as e:\n    raise X from e\nelse:\n    pass\nfinally:\n    del a[1:2, ::3], b.c\n",
	"with open(f) as g, h:\n    pass\n",
	"x = [i for i in range(3) if i] + {k: v for k, v in d} + {*a, b} + (y for y in z)\n",
	"import a.b as c, d\nfrom ..x import (y as z, w,)\nfrom . import *\n",
	"global a, b\nx += 1\ny @= 2\nprint((yield))\n",
	"match p:\n    case [1, *rest] | (2, 3):\n        pass\n    case {'k': v, **kw} if v:\n        pass\n    case C(1, a=b) as q:\n        pass\n    case -1 + 2j | None | _:\n        pass\n",
	"f(x for x in y)\n(a)+b\n(a, b)\n-x ** 2\n",
	"assert x, 'msg'\nx = y if z else w\nx = a[1:2]\nx = (n := 10)\n",
	"s = 'a' 'b'\nf = f'{x!r:>{w}}'\n",
}

func TestParserAgainstCPython(t *testing.T) {
	if _, err := os.Stat(refPy); err != nil {
		t.Skip("no reference python")
	}
	for _, src := range parserSamples {
		m, err := ParseString(src, "<test>", ModeExec)
		if err != nil {
			t.Errorf("%q: %v", src, err)
			continue
		}
		got := Dump(m, true)
		cmd := exec.Command(refPy, "-c", "import ast,sys; print(ast.dump(ast.parse(sys.stdin.read()), include_attributes=True))")
		cmd.Stdin = strings.NewReader(src)
		out, err := cmd.Output()
		if err != nil {
			t.Fatal(err)
		}
		want := strings.TrimSpace(string(out))
		if got != want {
			t.Errorf("%q:\ngot  %s\nwant %s", src, got, want)
		}
	}
}

// TestParserStdlib compares the parser with CPython dumps cached by a
// helper script in $TAIPAN_PYAST (files.txt plus d/<md5>.pos/.nopos/.err).
func TestParserStdlib(t *testing.T) {
	dir := os.Getenv("TAIPAN_PYAST")
	if dir == "" {
		t.Skip("TAIPAN_PYAST not set")
	}
	list, err := os.ReadFile(dir + "/files.txt")
	if err != nil {
		t.Skip(err)
	}
	var n, okNoPos, okPos, errOK, errN int
	for _, f := range strings.Split(strings.TrimSpace(string(list)), "\n") {
		h := fmt.Sprintf("%x", md5.Sum([]byte(f)))
		src, err := os.ReadFile(f)
		if err != nil {
			continue
		}
		if e, err := os.ReadFile(dir + "/d/" + h + ".err"); err == nil {
			errN++
			_, perr := Parse(src, f, ModeExec)
			if perr != nil {
				se := perr.(*SyntaxError)
				lines := strings.Split(string(e), "\n")
				if lines[0] == se.Class && lines[1] == fmt.Sprint(se.Lineno) {
					errOK++
					continue
				}
			}
			t.Logf("ERR mismatch %s: want %q got %v", f, e, perr)
			continue
		}
		want, err := os.ReadFile(dir + "/d/" + h + ".nopos")
		if err != nil {
			continue
		}
		n++
		m, perr := Parse(src, f, ModeExec)
		if perr != nil {
			t.Logf("FAIL %s: %v", f, perr)
			continue
		}
		if Dump(m, false) == string(want) {
			okNoPos++
		} else {
			t.Logf("DIFF %s", f)
			continue
		}
		wantPos, _ := os.ReadFile(dir + "/d/" + h + ".pos")
		if Dump(m, true) == string(wantPos) {
			okPos++
		} else {
			t.Logf("POSDIFF %s", f)
		}
	}
	t.Logf("files %d: same without positions %d, with positions %d; rejected %d/%d", n, okNoPos, okPos, errOK, errN)
}

// BenchmarkParseStdlib parses every file listed in $TAIPAN_PYAST/files.txt.
func BenchmarkParseStdlib(b *testing.B) {
	list, err := os.ReadFile(os.Getenv("TAIPAN_PYAST") + "/files.txt")
	if err != nil {
		b.Skip(err)
	}
	var srcs [][]byte
	for _, f := range strings.Split(strings.TrimSpace(string(list)), "\n") {
		if src, err := os.ReadFile(f); err == nil {
			srcs = append(srcs, src)
		}
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, src := range srcs {
			Parse(src, "f", ModeExec)
		}
	}
}
