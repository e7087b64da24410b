package syntax

import (
	"bufio"
	"bytes"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"
)

// tokenizeAll runs a tokenizer to EOF or the first error.
func tokenizeAll(tk *Tokenizer) ([]Token, *SyntaxError) {
	var toks []Token
	for {
		tok := tk.Next()
		toks = append(toks, tok)
		if tok.Kind == ERRORTOKEN {
			return toks, tk.Err
		}
		if tok.Kind == EOF {
			return toks, nil
		}
	}
}

func fmtTok(t Token) string {
	return fmt.Sprintf("%s %q %d,%d-%d,%d", t.Kind, t.Val, t.Line, t.Col, t.EndLine, t.EndCol)
}

func TestTokens(t *testing.T) {
	tests := []struct {
		src  string
		want []string
	}{
		{"x = 1\n", []string{`NAME "x" 1,0-1,1`, `OP "=" 1,2-1,3`, `NUMBER "1" 1,4-1,5`, `NEWLINE "\n" 1,5-1,5`, `EOF "" 1,6-1,6`}},
		{"x", []string{`NAME "x" 1,0-1,1`, `NEWLINE "" 1,1-1,1`, `EOF "" 1,2-1,2`}},
		{"", []string{`EOF "" 1,1-1,1`}},
		{"if a:\n    b  # c\n", []string{`NAME "if" 1,0-1,2`, `NAME "a" 1,3-1,4`, `OP ":" 1,4-1,5`, `NEWLINE "\n" 1,5-1,5`,
			`INDENT "" 2,4-2,4`, `NAME "b" 2,4-2,5`, `NEWLINE "\n" 2,7-2,10`, `DEDENT "" 2,11-2,11`, `EOF "" 2,11-2,11`}},
		{"f(a,\n  b)\n", []string{`NAME "f" 1,0-1,1`, `OP "(" 1,1-1,2`, `NAME "a" 1,2-1,3`, `OP "," 1,3-1,4`, `NAME "b" 2,2-2,3`,
			`OP ")" 2,3-2,4`, `NEWLINE "\n" 2,4-2,4`, `EOF "" 2,5-2,5`}},
		{"s = '''a\nbc''' + rb'\\''\n", []string{`NAME "s" 1,0-1,1`, `OP "=" 1,2-1,3`, `STRING "'''a\nbc'''" 1,4-2,5`, `OP "+" 2,6-2,7`,
			`STRING "rb'\\''" 2,8-2,14`, `NEWLINE "\n" 2,14-2,14`, `EOF "" 2,15-2,15`}},
		{"a->b:=c...d**=e//=f>>=g<<=h!=i@=j", []string{`NAME "a" 1,0-1,1`, `OP "->" 1,1-1,3`, `NAME "b" 1,3-1,4`, `OP ":=" 1,4-1,6`,
			`NAME "c" 1,6-1,7`, `OP "..." 1,7-1,10`, `NAME "d" 1,10-1,11`, `OP "**=" 1,11-1,14`, `NAME "e" 1,14-1,15`, `OP "//=" 1,15-1,18`,
			`NAME "f" 1,18-1,19`, `OP ">>=" 1,19-1,22`, `NAME "g" 1,22-1,23`, `OP "<<=" 1,23-1,26`, `NAME "h" 1,26-1,27`, `OP "!=" 1,27-1,29`,
			`NAME "i" 1,29-1,30`, `OP "@=" 1,30-1,32`, `NAME "j" 1,32-1,33`, `NEWLINE "" 1,33-1,33`, `EOF "" 1,34-1,34`}},
		{"x = .5 + 1. + 1e3 + 0x_f + 0o7 + 0b1 + 1_0j + 1if 1else 2\n", []string{`NAME "x" 1,0-1,1`, `OP "=" 1,2-1,3`, `NUMBER ".5" 1,4-1,6`,
			`OP "+" 1,7-1,8`, `NUMBER "1." 1,9-1,11`, `OP "+" 1,12-1,13`, `NUMBER "1e3" 1,14-1,17`, `OP "+" 1,18-1,19`, `NUMBER "0x_f" 1,20-1,24`,
			`OP "+" 1,25-1,26`, `NUMBER "0o7" 1,27-1,30`, `OP "+" 1,31-1,32`, `NUMBER "0b1" 1,33-1,36`, `OP "+" 1,37-1,38`, `NUMBER "1_0j" 1,39-1,43`,
			`OP "+" 1,44-1,45`, `NUMBER "1" 1,46-1,47`, `NAME "if" 1,47-1,49`, `NUMBER "1" 1,50-1,51`, `NAME "else" 1,51-1,55`, `NUMBER "2" 1,56-1,57`,
			`NEWLINE "\n" 1,57-1,57`, `EOF "" 1,58-1,58`}},
		{"é = ﬁ\r\nx\ry", []string{`NAME "é" 1,0-1,2`, `OP "=" 1,3-1,4`, `NAME "fi" 1,5-1,8`, `NEWLINE "\n" 1,8-1,8`, `NAME "x" 2,0-2,1`,
			`NEWLINE "\n" 2,1-2,1`, `NAME "y" 3,0-3,1`, `NEWLINE "" 3,1-3,1`, `EOF "" 3,2-3,2`}},
		{"if x:\n\tif y:\n\t\tpass\n\n# c\nz\n", []string{`NAME "if" 1,0-1,2`, `NAME "x" 1,3-1,4`, `OP ":" 1,4-1,5`, `NEWLINE "\n" 1,5-1,5`,
			`INDENT "" 2,1-2,1`, `NAME "if" 2,1-2,3`, `NAME "y" 2,4-2,5`, `OP ":" 2,5-2,6`, `NEWLINE "\n" 2,6-2,6`, `INDENT "" 3,2-3,2`,
			`NAME "pass" 3,2-3,6`, `NEWLINE "\n" 3,6-3,6`, `DEDENT "" 6,0-6,0`, `DEDENT "" 6,0-6,0`, `NAME "z" 6,0-6,1`, `NEWLINE "\n" 6,1-6,1`, `EOF "" 6,2-6,2`}},
		{"x = 1 \\\n  + 2\n", []string{`NAME "x" 1,0-1,1`, `OP "=" 1,2-1,3`, `NUMBER "1" 1,4-1,5`, `OP "+" 2,2-2,3`, `NUMBER "2" 2,4-2,5`,
			`NEWLINE "\n" 2,5-2,5`, `EOF "" 2,6-2,6`}},
	}
	for _, tc := range tests {
		toks, err := tokenizeAll(NewTokenizer([]byte(tc.src), "<test>"))
		if err != nil {
			t.Errorf("%q: unexpected error %v", tc.src, err)
			continue
		}
		var got []string
		for _, tok := range toks {
			got = append(got, fmtTok(tok))
		}
		if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
			t.Errorf("%q:\ngot  %s\nwant %s", tc.src, strings.Join(got, " | "), strings.Join(tc.want, " | "))
		}
	}
}

func TestTypeComments(t *testing.T) {
	src := "def f(a,  # type: int\n      ):\n    # type: (...) -> None\n    x = 1  # type: ignore[attr]\n    # type: ignore\n    y = 2 #type:ignored\n"
	tk := NewTokenizer([]byte(src), "<test>")
	tk.TypeComments = true
	toks, err := tokenizeAll(tk)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, tok := range toks {
		if tok.Kind == TYPE_COMMENT {
			got = append(got, fmtTok(tok))
		}
	}
	want := []string{`TYPE_COMMENT "int" 1,18-1,21`, `TYPE_COMMENT "(...) -> None" 3,12-3,25`, `TYPE_COMMENT "ignored" 6,16-6,23`}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got %v\nwant %v", got, want)
	}
	if fmt.Sprint(tk.TypeIgnores) != "[{4 [attr]} {5 }]" {
		t.Errorf("type ignores: %v", tk.TypeIgnores)
	}
}

func TestTokenizerString(t *testing.T) {
	tk := NewTokenizerString("(a +\n b)", "<fstring>", 4, 10)
	toks, err := tokenizeAll(tk)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, tok := range toks {
		got = append(got, fmtTok(tok))
	}
	want := []string{`OP "(" 5,10-5,11`, `NAME "a" 5,11-5,12`, `OP "+" 5,13-5,14`, `NAME "b" 6,1-6,2`, `OP ")" 6,2-6,3`, `NEWLINE "" 6,3-6,3`, `EOF "" 6,4-6,4`}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got  %v\nwant %v", got, want)
	}
	if tk.LineText(5) != "(a +\n" {
		t.Errorf("LineText(5) = %q", tk.LineText(5))
	}
}

// parserLevelErrors are CPython error messages produced by the parser or
// the literal decoder, not the tokenizer: for them the tokenizer must not fail.
var parserLevelErrors = []string{"invalid syntax", "expected an indented block", "unexpected indent",
	"bytes can only contain ASCII", "(unicode error) 'utf-8' codec can't decode byte 0xff in position 0"}

// TestTokenizerErrors checks errors against CPython's, recorded in
// testdata/tokenizer/errors.json by generrors.py.
func TestTokenizerErrors(t *testing.T) {
	data, err := os.ReadFile("testdata/tokenizer/errors.json")
	if err != nil {
		t.Fatal(err)
	}
	var cases []struct {
		Src string
		Exp json.RawMessage
	}
	if err := json.Unmarshal(data, &cases); err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		src, _ := hex.DecodeString(c.Src)
		_, serr := tokenizeAll(NewTokenizer(src, "<unknown>"))
		var exp []any
		if string(c.Exp) == `"OK"` {
			if serr != nil {
				t.Errorf("%q: want OK, got %+v", src, *serr)
			}
			continue
		}
		if err := json.Unmarshal(c.Exp, &exp); err != nil {
			t.Fatal(err)
		}
		msg := exp[1].(string)
		parserLevel := false
		for _, p := range parserLevelErrors {
			if strings.HasPrefix(msg, p) {
				parserLevel = true
			}
		}
		if serr == nil || parserLevel {
			if !parserLevel {
				t.Errorf("%q: no tokenizer error, CPython: %v", src, exp)
			}
			continue
		}
		if len(exp) == 2 {
			if serr.Class != exp[0] || serr.Msg != msg {
				t.Errorf("%q: got %s: %s, want %v", src, serr.Class, serr.Msg, exp)
			}
			continue
		}
		num := func(v any) int {
			if f, ok := v.(float64); ok {
				return int(f)
			}
			return 0
		}
		text, _ := exp[6].(string)
		got := fmt.Sprintf("%s|%s|%d|%d|%d|%d|%q", serr.Class, serr.Msg, serr.Lineno, serr.Offset, serr.EndLineno, serr.EndOffset, serr.Text)
		want := fmt.Sprintf("%s|%s|%d|%d|%d|%d|%q", exp[0], msg, num(exp[2]), num(exp[3]), num(exp[4]), num(exp[5]), text)
		if got != want {
			t.Errorf("%q:\ngot  %s\nwant %s", src, got, want)
		}
	}
}

const stdlibDir = "/usr/lib/python3.11"
const refPython = "/usr/bin/python3.11"

func stdlibFiles(t testing.TB) []string {
	if _, err := os.Stat(stdlibDir); err != nil {
		t.Skip("no " + stdlibDir)
	}
	var files []string
	filepath.WalkDir(stdlibDir, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		if d.IsDir() && (d.Name() == "site-packages" || d.Name() == "dist-packages") {
			return filepath.SkipDir
		}
		if !d.IsDir() && strings.HasSuffix(p, ".py") {
			files = append(files, p)
		}
		return nil
	})
	sort.Strings(files)
	return files
}

// TestTokenizeStdlib tokenizes every stdlib file; the files that fail must
// be ones CPython cannot compile either.
func TestTokenizeStdlib(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	files := stdlibFiles(t)
	var failed []string
	msgs := map[string]string{}
	total, ntok := 0, 0
	var dur time.Duration
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			continue
		}
		total += len(b)
		start := time.Now()
		toks, serr := tokenizeAll(NewTokenizer(b, f))
		dur += time.Since(start)
		ntok += len(toks)
		if serr != nil {
			failed = append(failed, f)
			msgs[f] = fmt.Sprintf("%s: %s (line %d offset %d)", serr.Class, serr.Msg, serr.Lineno, serr.Offset)
		}
	}
	t.Logf("%d files, %d MB, %d tokens in %v (%.0f MB/s); %d fail", len(files), total>>20, ntok, dur, float64(total)/dur.Seconds()/1e6, len(failed))
	if len(failed) == 0 {
		return
	}
	if _, err := os.Stat(refPython); err != nil {
		for _, f := range failed {
			t.Logf("fails (cannot check against CPython): %s: %s", f, msgs[f])
		}
		return
	}
	// Ask CPython which of them it cannot compile either.
	script := `import sys
for p in sys.argv[1:]:
    try:
        compile(open(p, 'rb').read(), p, 'exec', dont_inherit=True)
        print('OK', p)
    except Exception as e:
        print('ERR', p, type(e).__name__, e)
`
	out, err := exec.Command(refPython, append([]string{"-W", "ignore", "-c", script}, failed...)...).Output()
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		fields := strings.SplitN(line, " ", 3)
		if len(fields) < 2 {
			continue
		}
		if fields[0] == "OK" {
			t.Errorf("%s: tokenizer fails but CPython compiles it: %s", fields[1], msgs[fields[1]])
		} else {
			t.Logf("%s: both fail: ours %s; CPython %s", fields[1], msgs[fields[1]], fields[2])
		}
	}
}

// TestTokenizeCompare compares token streams with CPython's tokenize
// module on a sample of stdlib files (all with TAIPAN_TOK_FULL=1).
func TestTokenizeCompare(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	if _, err := os.Stat(refPython); err != nil {
		t.Skip("no " + refPython)
	}
	files := stdlibFiles(t)
	step := 15
	if os.Getenv("TAIPAN_TOK_FULL") != "" {
		step = 1
	}
	var sample []string
	for i := 0; i < len(files); i += step {
		sample = append(sample, files[i])
	}
	cmd := exec.Command(refPython, append([]string{"testdata/tokenizer/pytokens.py"}, sample...)...)
	out, err := cmd.Output()
	if err != nil {
		t.Fatal(err)
	}
	nfiles, nerr := 0, 0
	sc := bufio.NewScanner(bytes.NewReader(out))
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	var cur string
	var ref [][]any
	flush := func() {
		if cur == "" || ref == nil {
			return
		}
		nfiles++
		if !compareWithTokenize(t, cur, ref) {
			nerr++
		}
	}
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "FILE "):
			flush()
			cur, ref = line[5:], [][]any{}
		case strings.HasPrefix(line, "SKIP"):
			ref = nil
		default:
			var tok []any
			if err := json.Unmarshal([]byte(line), &tok); err != nil {
				t.Fatal(err)
			}
			ref = append(ref, tok)
		}
	}
	flush()
	t.Logf("compared %d files, %d differ", nfiles, nerr)
}

// compareWithTokenize compares our tokens for file with tokenize's
// (see pytokens.py); it reports the first difference.
func compareWithTokenize(t *testing.T, file string, ref [][]any) bool {
	b, err := os.ReadFile(file)
	if err != nil {
		return true
	}
	toks, serr := tokenizeAll(NewTokenizer(b, file))
	if serr != nil {
		t.Errorf("%s: %v", file, serr)
		return false
	}
	kindName := map[TokenKind]string{EOF: "ENDMARKER", NEWLINE: "NEWLINE", INDENT: "INDENT", DEDENT: "DEDENT", NAME: "NAME", NUMBER: "NUMBER", STRING: "STRING", OP: "OP"}
	n := len(toks)
	if len(ref) < n {
		n = len(ref)
	}
	for i := 0; i < n; i++ {
		g, r := toks[i], ref[i]
		name, val := r[0].(string), r[1].(string)
		sl, sc, el, ec := int(r[2].(float64)), int(r[3].(float64)), int(r[4].(float64)), int(r[5].(float64))
		ok := kindName[g.Kind] == name
		if ok {
			switch g.Kind {
			case NAME, NUMBER, STRING, OP:
				ok = g.Line == sl && g.Col == sc && g.EndLine == el && g.EndCol == ec && (g.Val == val || g.Kind == NAME)
			case NEWLINE:
				ok = g.Line == sl && g.EndCol == sc
			case INDENT:
				ok = g.Line == sl && g.Col == ec
			case DEDENT:
				ok = g.Line == sl && g.Col == sc || sl == g.Line+1 && sc == 0
			}
		}
		if !ok {
			t.Errorf("%s: token %d: got %s, tokenize %v", file, i, fmtTok(g), r)
			return false
		}
	}
	if len(toks) != len(ref) {
		t.Errorf("%s: %d tokens, tokenize %d", file, len(toks), len(ref))
		return false
	}
	return true
}

func BenchmarkTokenizeStdlib(b *testing.B) {
	files := stdlibFiles(b)
	var srcs [][]byte
	total := 0
	for _, f := range files {
		if d, err := os.ReadFile(f); err == nil {
			srcs = append(srcs, d)
			total += len(d)
		}
	}
	b.SetBytes(int64(total))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, s := range srcs {
			tk := NewTokenizer(s, "x")
			for {
				k := tk.Next().Kind
				if k == EOF || k == ERRORTOKEN {
					break
				}
			}
		}
	}
}
