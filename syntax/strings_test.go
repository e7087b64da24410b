package syntax

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

// fakeParseExpr parses "(" + identifier + ")" (with optional whitespace
// and newlines) into a Name, placing it the way NewTokenizerString does.
func fakeParseExpr(src string, lineOffset, colOffset int) (Expr, *SyntaxError) {
	inner := src[1 : len(src)-1]
	line, col := 1, 1 // position in src; the "(" is col 0
	i := 0
	for i < len(inner) && (inner[i] == ' ' || inner[i] == '\t' || inner[i] == '\n' || inner[i] == '\f') {
		if inner[i] == '\n' {
			line, col = line+1, 0
		} else {
			col++
		}
		i++
	}
	j := i
	for j < len(inner) && (inner[j] == '_' || inner[j] >= 'a' && inner[j] <= 'z' || inner[j] >= 'A' && inner[j] <= 'Z' || j > i && inner[j] >= '0' && inner[j] <= '9') {
		j++
	}
	rest := strings.TrimLeft(inner[j:], " \t\n\f")
	if j == i || rest != "" {
		return nil, &SyntaxError{Class: "SyntaxError", Msg: "fake parser: not a name: " + src, Lineno: 1}
	}
	n := &Name{Id: inner[i:j], Ctx: Load}
	n.Lineno, n.EndLineno = line+lineOffset, line+lineOffset
	n.ColOffset, n.EndColOffset = col, col+(j-i)
	if line == 1 {
		n.ColOffset += colOffset
		n.EndColOffset += colOffset
	}
	return n, nil
}

// stringCase is an atom made of literals separated by sep, placed in
// "x = (" ... ")".
type stringCase struct {
	lits []string
	sep  string
}

func (c stringCase) source() (string, []Token) {
	var b strings.Builder
	b.WriteString("x = (")
	line, col := 1, len("x = (")
	var toks []Token
	for k, lit := range c.lits {
		if k > 0 {
			b.WriteString(c.sep)
			for _, ch := range []byte(c.sep) {
				if ch == '\n' {
					line, col = line+1, 0
				} else {
					col++
				}
			}
		}
		t := Token{Kind: STRING, Val: lit, Line: line, Col: col}
		b.WriteString(lit)
		for _, ch := range []byte(lit) {
			if ch == '\n' {
				line, col = line+1, 0
			} else {
				col++
			}
		}
		t.EndLine, t.EndCol = line, col
		toks = append(toks, t)
	}
	b.WriteString(")\n")
	return b.String(), toks
}

var stringCases = []stringCase{
	{[]string{`'abc'`}, ""}, {[]string{`"a'b"`}, ""}, {[]string{`u'x'`}, ""}, {[]string{`U'x'`}, ""},
	{[]string{`r'\n'`}, ""}, {[]string{`'a\nb\tc\\d\'e\"f'`}, ""}, {[]string{`'\x41\u00e9\U0001F600\101\0\7\a\b\f\v\r\z'`}, ""},
	{[]string{`'\N{LATIN SMALL LETTER A}\N{latin capital letter b}\N{GRINNING FACE}'`}, ""},
	{[]string{`'\N{HANGUL SYLLABLE GAG}\N{CJK UNIFIED IDEOGRAPH-4E00}\N{LINE FEED}\N{BOM}'`}, ""},
	{[]string{`'\N{NUL}\N{VS17}\N{bell}\N{alert}\N{Sp}\N{space}\N{LAO LETTER FO FON}'`}, ""}, {[]string{`'\N{ BELL}'`}, ""},
	{[]string{`'é\x'`}, ""}, {[]string{`'\é'`}, ""}, {[]string{`'\x4g'`}, ""}, {[]string{`'\u12'`}, ""}, {[]string{`'\UFFFFFFFF'`}, ""},
	{[]string{`'\N{foo}'`}, ""}, {[]string{`'\N'`}, ""}, {[]string{`'\N{}'`}, ""}, {[]string{`'\N{abc'`}, ""}, {[]string{`'é\N{é}'`}, ""},
	{[]string{`'\777'`}, ""}, {[]string{`'''a` + "\n" + `b\` + "\n" + `c'''`}, ""}, {[]string{`'a\` + "\n" + `b'`}, ""},
	{[]string{`b'abc'`}, ""}, {[]string{`b'\x00\xff\777\N{x}\u1234\q'`}, ""}, {[]string{`b'\x4'`}, ""}, {[]string{`b'ab\xzz'`}, ""},
	{[]string{`br'\x'`}, ""}, {[]string{`Rb'\x'`}, ""}, {[]string{`b'é'`}, ""},
	{[]string{`'a'`, `'b'`}, " "}, {[]string{`u'a'`, `'b'`}, " "}, {[]string{`'a'`, `u'b'`}, "\n "},
	{[]string{`b'a'`, `b'b'`}, " "}, {[]string{`b'a'`, `'b'`}, " "}, {[]string{`'a'`, `b'b'`}, " "}, {[]string{`f'a'`, `b'b'`}, " "},
	{[]string{`b'a'`, `f'{b}'`}, " "}, {[]string{`'a'`, `b'é'`}, " "},
	{[]string{`f'a{b}c'`}, ""}, {[]string{`'q'`, `f'a{b}c'`, `'z'`}, " "}, {[]string{`f'''ab` + "\n" + `cd{e}f'''`}, ""},
	{[]string{`f'''ab` + "\n" + `cd{` + "\n" + `e}f'''`}, ""}, {[]string{`f'''{` + "\n" + ` e}f'''`}, ""}, {[]string{`f'{  b  }'`}, ""},
	{[]string{`f'{b:{c}.{d}}'`}, ""}, {[]string{`f'{b!r:>{w}}'`}, ""}, {[]string{`f'{b=}'`}, ""}, {[]string{`f'{b = !s}'`}, ""},
	{[]string{`f'{b=:x}'`}, ""}, {[]string{`f''`}, ""}, {[]string{`f''`, `'a'`}, " "}, {[]string{`'a'`, `f''`}, " "},
	{[]string{`f'{a}'`, `f'{b}'`}, " "}, {[]string{`f'é{a}'`}, ""}, {[]string{`f'{a}{{x}}'`}, ""}, {[]string{`f'{{}}'`}, ""},
	{[]string{`f'''` + "\n" + `{a}'''`}, ""}, {[]string{`f'a'`, `f'{b}'`}, "\n "}, {[]string{`f'{a:}'`}, ""}, {[]string{`f'{a:x}'`}, ""},
	{[]string{`f'{a!r:}'`}, ""}, {[]string{`f'{a}'`, `u'x'`}, " "}, {[]string{`u'x'`, `f'{a}'`}, " "},
	{[]string{`'a'`, `f'{b:>{c}x}'`, `'z'`}, " "}, {[]string{`u'a'`, `f'{b:{c}d}'`}, " "}, {[]string{`f'''{a:` + "\n" + `{b}}'''`}, ""},
	{[]string{`f'\{a}'`}, ""}, {[]string{`rf'\{a}'`}, ""}, {[]string{`f'{a}\N{LATIN SMALL LETTER A}{{'`}, ""},
	{[]string{`f'\x41{a}\t'`}, ""}, {[]string{`Rf'\x41{a}\t'`}, ""}, {[]string{`F'{a!a}'`}, ""}, {[]string{`fR'{a!s:{b}>}'`}, ""},
	{[]string{`f'{a=!r:10}'`}, ""}, {[]string{`f'''{` + "\n" + `a` + "\n" + `=}'''`}, ""},
	{[]string{`f'{a:{b}}}'`}, ""}, {[]string{`f'x'`, `'y'`}, ""},
	{[]string{`f'a'`, `f'b'`}, " "}, {[]string{`f'{a}'`, `''`, `f''`}, " "}, {[]string{`'é'`, `f'{a}é{b}'`}, "\n  "},
	{[]string{`f'''x` + "\n" + `  {a}{b}` + "\n" + `{c}'''`}, "\n"}, {[]string{`'''x` + "\n" + `'''`, `f'''y{` + "\n" + `a}` + "\n" + `  {b}'''`}, " "},
	// errors
	{[]string{`f'{}'`}, ""}, {[]string{`f'{a!x}'`}, ""}, {[]string{`f'{a'`}, ""}, {[]string{`f'}'`}, ""}, {[]string{`f'{a#}'`}, ""},
	{[]string{`f'{\n}'`}, ""}, {[]string{`f'{(}'`}, ""}, {[]string{`f'{)}'`}, ""}, {[]string{`f'{a!}'`}, ""}, {[]string{`f'{a:{b:{c:{d}}}}'`}, ""},
	{[]string{`f'{a!r'`}, ""}, {[]string{`f'{a!rr}'`}, ""}, {[]string{`f'{a=!}'`}, ""}, {[]string{`f'{!r}'`}, ""}, {[]string{`f'{ }'`}, ""},
	{[]string{`f'{a:{b}'`}, ""}, {[]string{`f'{x:{y}{{'`}, ""}, {[]string{`f'{=}'`}, ""}, {[]string{`f'{:x}'`}, ""},
	{[]string{`f'{a["x]}'`}, ""}, {[]string{`f'{a[}'`}, ""}, {[]string{`f'a}b'`}, ""}, {[]string{`f'{a}}'`}, ""}, {[]string{`f'{'`}, ""},
	{[]string{`f'{a!'`}, ""}, {[]string{`f'{a:'`}, ""}, {[]string{`f'{a='`}, ""}, {[]string{`f'\N{foo}{a}'`}, ""}, {[]string{`f'{a:\x4}'`}, ""},
}

func TestConcatStringsVsPython(t *testing.T) {
	var srcs []string
	var toks [][]Token
	for _, c := range stringCases {
		s, tk := c.source()
		srcs = append(srcs, s)
		toks = append(toks, tk)
	}
	in, _ := json.Marshal(srcs)
	lines := runLiteralsPython(t, `
import ast, sys, json, warnings
warnings.simplefilter('ignore')
for s in json.loads(sys.stdin.read()):
    try:
        print(ast.dump(ast.parse(s).body[0].value, include_attributes=True))
    except SyntaxError as e:
        print('ERR', e.msg)
`, string(in))
	if len(lines) != len(srcs) {
		t.Fatalf("got %d lines, want %d", len(lines), len(srcs))
	}
	for k, src := range srcs {
		e, err := concatStrings(toks[k], "<test>", fakeParseExpr)
		var got string
		if err != nil {
			got = "ERR " + err.Msg
		} else {
			got = Dump(e, true)
		}
		if got != lines[k] {
			t.Errorf("%q:\n got %s\nwant %s", src, got, lines[k])
		}
	}
}

func TestUnicodeNames(t *testing.T) {
	cases := map[string]rune{
		"LATIN SMALL LETTER A": 'a', "latin small letter a": 'a', "GRINNING FACE": 0x1f600,
		"HANGUL SYLLABLE GAG": 0xac01, "HANGUL SYLLABLE A": 0xc544, "CJK UNIFIED IDEOGRAPH-4E00": 0x4e00,
		"CJK UNIFIED IDEOGRAPH-20000": 0x20000,
	}
	for n, want := range cases {
		if r, ok := lookupUnicodeName(n); !ok || r != want {
			t.Errorf("lookupUnicodeName(%q) = %#x, %v; want %#x", n, r, ok, want)
		}
	}
	for _, n := range []string{"hangul syllable gag", "cjk unified ideograph-4e00", "CJK UNIFIED IDEOGRAPH-4e00", "NO SUCH NAME", "CJK UNIFIED IDEOGRAPH-0041"} {
		if r, ok := lookupUnicodeName(n); ok {
			t.Errorf("lookupUnicodeName(%q) = %#x, want failure", n, r)
		}
	}
}

func TestFastPathNoCopy(t *testing.T) {
	tok := Token{Kind: STRING, Val: `'hello'`, Line: 1, Col: 0, EndLine: 1, EndCol: 7}
	allocs := testing.AllocsPerRun(100, func() {
		concatStrings([]Token{tok}, "<t>", nil)
	})
	if allocs > 3 { // the node, the string boxed in Const, the slice
		t.Errorf("plain string literal: %v allocs", allocs)
	}
	e, _ := concatStrings([]Token{tok}, "<t>", nil)
	if s := e.(*Constant).Value.(string); s != "hello" || !utf8.ValidString(s) {
		t.Errorf("got %q", s)
	}
}

func BenchmarkConcatStringsPlain(b *testing.B) {
	toks := []Token{{Kind: STRING, Val: `'hello world'`, Line: 1, EndLine: 1, EndCol: 13}}
	for i := 0; i < b.N; i++ {
		concatStrings(toks, "<b>", nil)
	}
}

func BenchmarkConcatStringsEscapes(b *testing.B) {
	toks := []Token{{Kind: STRING, Val: `'hello\tworld\n'`, Line: 1, EndLine: 1, EndCol: 16}}
	for i := 0; i < b.N; i++ {
		concatStrings(toks, "<b>", nil)
	}
}

func BenchmarkConcatStringsFstring(b *testing.B) {
	toks := []Token{{Kind: STRING, Val: `f'a{b}c{d!r:>10}'`, Line: 1, EndLine: 1, EndCol: 17}}
	for i := 0; i < b.N; i++ {
		concatStrings(toks, "<b>", fakeParseExpr)
	}
}

// Undecodable bytes inside str literals (expected messages from CPython 3.11).
func TestInvalidUTF8InLiterals(t *testing.T) {
	cases := []struct{ lit, msg string }{
		{"'b\xf6se'", "(unicode error) 'utf-8' codec can't decode byte 0xf6 in position 1: invalid start byte"},
		{"'ab\xe9'", "(unicode error) 'utf-8' codec can't decode byte 0xe9 in position 2: unexpected end of data"},
		{"'a\\n\xc3\xa9b\xe9'", "(unicode error) 'utf-8' codec can't decode byte 0xe9 in position 0: unexpected end of data"},
		{"f'x{a}\xc3\xa9\xe9'", "(unicode error) 'utf-8' codec can't decode byte 0xe9 in position 2: unexpected end of data"},
		{"rf'x{a}\xc3\xa9\xe9'", "(unicode error) 'utf-8' codec can't decode byte 0xe9 in position 2: unexpected end of data"},
		{"'\xe2\x82'", "(unicode error) 'utf-8' codec can't decode bytes in position 0-1: unexpected end of data"},
		{"'\xe2\x28\xa1'", "(unicode error) 'utf-8' codec can't decode byte 0xe2 in position 0: invalid continuation byte"},
		{"'\xf0\x90\x28'", "(unicode error) 'utf-8' codec can't decode bytes in position 0-1: invalid continuation byte"},
		{"'\xed\xa0\x80'", "(unicode error) 'utf-8' codec can't decode byte 0xed in position 0: invalid continuation byte"},
		{"r'\\\xc3\xa9\xff'", "(unicode error) 'utf-8' codec can't decode byte 0xff in position 3: invalid start byte"},
		{"'\\\xc3\xa9\xff'", "(unicode error) 'utf-8' codec can't decode byte 0xff in position 2: invalid start byte"},
	}
	for _, c := range cases {
		tok := Token{Kind: STRING, Val: c.lit, Line: 1, Col: 4, EndLine: 1, EndCol: 4 + len(c.lit)}
		_, err := concatStrings([]Token{tok}, "<t>", fakeParseExpr)
		if err == nil || err.Msg != c.msg {
			t.Errorf("%q: got %v, want %s", c.lit, err, c.msg)
		}
	}
}

// parserUsesConcatStrings reports whether Parse already decodes string
// literals with concatStrings (the parser started with a stub).
func parserUsesConcatStrings(t *testing.T) bool {
	m, err := Parse([]byte("'\\n'\n"), "<t>", ModeExec)
	if err != nil {
		return false
	}
	mod, ok := m.(*Module)
	if !ok || len(mod.Body) != 1 {
		return false
	}
	es, ok := mod.Body[0].(*ExprStmt)
	if !ok {
		return false
	}
	c, ok := es.Value.(*Constant)
	return ok && c.Value == "\n"
}

// TestLiteralsEndToEnd parses testdata/literals/*.py and compares the
// full ast.dump (with positions) with CPython's.
func TestLiteralsEndToEnd(t *testing.T) {
	if !parserUsesConcatStrings(t) {
		t.Skip("parser does not use concatStrings yet")
	}
	files, _ := filepath.Glob("testdata/literals/*.py")
	for _, f := range files {
		if strings.HasPrefix(filepath.Base(f), "gen_") {
			continue
		}
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		want := runLiteralsPython(t, `
import ast, sys, warnings
warnings.simplefilter('ignore')
tree = ast.parse(sys.stdin.buffer.read())
for s in tree.body:
    print(ast.dump(s, include_attributes=True))
`, string(src))
		m, perr := Parse(src, f, ModeExec)
		if perr != nil {
			t.Errorf("%s: %v", f, perr)
			continue
		}
		body := m.(*Module).Body
		if len(body) != len(want) {
			t.Errorf("%s: %d statements, want %d", f, len(body), len(want))
			continue
		}
		for k, s := range body {
			if got := Dump(s, true); got != want[k] {
				t.Errorf("%s statement %d:\n got %s\nwant %s", f, k+1, got, want[k])
			}
		}
	}
}

// TestLiteralErrorsEndToEnd checks the messages of literal errors raised
// through Parse (locations are the parser's business).
func TestLiteralErrorsEndToEnd(t *testing.T) {
	if !parserUsesConcatStrings(t) {
		t.Skip("parser does not use concatStrings yet")
	}
	// Errors raised inside a replacement field's expression ("f-string:
	// invalid syntax", "f-string: cannot use starred expression here") are
	// the parser's and not listed here.
	srcs := []string{
		"x = f'{a!x}'\n", "x = f'{}'\n", "x = f'{a:{b:{c:{d}}}}'\n", "x = b'a' 'b'\n",
		"x = '\\N{nope}'\n", "x = f'{a)}'\n", "x = f'{yield}'\n",
		"x = f'{a:=1}'\n", "x = f'{a = }' b'x'\n", "x = f'{a#}'\n", "x = f'{a!r'\n", "x = f'}'\n",
	}
	in, _ := json.Marshal(srcs)
	want := runLiteralsPython(t, `
import ast, sys, json, warnings
warnings.simplefilter('ignore')
for s in json.loads(sys.stdin.read()):
    try:
        ast.parse(s)
        print('OK')
    except SyntaxError as e:
        print(type(e).__name__, e.msg)
`, string(in))
	for k, src := range srcs {
		got := "OK"
		if _, err := Parse([]byte(src), "<t>", ModeExec); err != nil {
			se := err.(*SyntaxError)
			got = se.Class + " " + se.Msg
		}
		if got != want[k] {
			t.Errorf("%q: got %s, want %s", src, got, want[k])
		}
	}
}

// FuzzConcatStrings checks that no literal text makes the decoder panic.
func FuzzConcatStrings(f *testing.F) {
	for _, c := range stringCases {
		f.Add(strings.Join(c.lits, "\x00"))
	}
	f.Fuzz(func(t *testing.T, joined string) {
		var toks []Token
		for _, lit := range strings.Split(joined, "\x00") {
			toks = append(toks, Token{Kind: STRING, Val: lit, Line: 1, EndLine: 1, EndCol: len(lit)})
		}
		e, err := concatStrings(toks, "<fuzz>", fakeParseExpr)
		if err == nil {
			Dump(e, true)
		}
	})
}

// TestInvalidEscapeWarnings compares the DeprecationWarnings reported
// through concatStringsWarn with CPython's.
func TestInvalidEscapeWarnings(t *testing.T) {
	cases := []stringCase{
		{[]string{`'\d \w'`}, ""}, {[]string{`b'\d'`}, ""}, {[]string{`'\777'`}, ""}, {[]string{`b'\777'`}, ""},
		{[]string{`f'\{a}'`}, ""}, {[]string{`f'{a}\q'`}, ""}, {[]string{`'\8'`}, ""}, {[]string{`'a'`, `'\z'`, `'\y'`}, " "},
		{[]string{"'''\n\\q'''"}, ""}, {[]string{`f'{a:\z}'`}, ""}, {[]string{`'\400 \d'`}, ""}, {[]string{`'\377 \é'`}, ""},
		{[]string{`f'\{a}\{b}\p{c:\y}'`}, ""}, {[]string{`rf'\{a}\q'`}, ""}, {[]string{`r'\q'`}, ""}, {[]string{`'ok\n'`}, ""},
	}
	var srcs []string
	for _, c := range cases {
		s, _ := c.source()
		srcs = append(srcs, s)
	}
	in, _ := json.Marshal(srcs)
	want := runLiteralsPython(t, `
import sys, json, warnings
for s in json.loads(sys.stdin.read()):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        compile(s, '<s>', 'exec')
    print(json.dumps([str(x.message) for x in w], separators=(',', ':')))
`, string(in))
	for k, c := range cases {
		_, toks := c.source()
		got := []string{}
		_, err := concatStringsWarn(toks, "<t>", fakeParseExpr, func(tok *Token, msg string) *SyntaxError {
			got = append(got, msg)
			return nil
		})
		if err != nil {
			t.Errorf("%q: %v", srcs[k], err)
			continue
		}
		g, _ := json.Marshal(got)
		if string(g) != want[k] {
			t.Errorf("%q: warnings %s, want %s", srcs[k], g, want[k])
		}
	}
}

// TestUnicodeNamesVsPython compares \N{} name resolution with Python's
// unicodedata for every named code point.
func TestUnicodeNamesVsPython(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	lines := runLiteralsPython(t, `
import unicodedata, sys
out = []
for c in range(0x110000):
    n = unicodedata.name(chr(c), '')
    if n:
        out.append('%x %s' % (c, n))
sys.stdout.write('\n'.join(out) + '\n')
`, "")
	pyNames := make(map[string]bool, len(lines))
	bad := 0
	for _, l := range lines {
		sp := strings.IndexByte(l, ' ')
		code, name := l[:sp], l[sp+1:]
		pyNames[name] = true
		r, ok := lookupUnicodeName(name)
		if (!ok || strconv.FormatInt(int64(r), 16) != code) && bad < 10 {
			bad++
			t.Errorf("\\N{%s}: got %x %v, want %s", name, r, ok, code)
		}
	}
	for _, r := range []rune{0x31350, 0x2B739, 0x3400, 0x9FFF, 0xD7A4} {
		n := "CJK UNIFIED IDEOGRAPH-" + strings.ToUpper(strconv.FormatInt(int64(r), 16))
		if _, ok := lookupUnicodeName(n); ok != pyNames[n] {
			t.Errorf("\\N{%s}: ok=%v, Python %v", n, ok, pyNames[n])
		}
	}
	unicodeNamesOnce.Do(buildUnicodeNames)
	extra := 0
	for n := range unicodeNames {
		if _, alias := nameAliases[n]; !pyNames[n] && !alias {
			extra++
			if extra <= 10 {
				t.Logf("accepted but unknown to Python 3.11: %s", n)
			}
		}
	}
	if extra > 0 {
		t.Errorf("%d names accepted that Python 3.11 does not know", extra)
	}
}
