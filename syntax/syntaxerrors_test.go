package syntax_test

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"taipan/syntax"
)

// corpusDir holds the syntax-error corpus: small invalid programs and
// expected.tsv, CPython 3.11's verdict on each (tools/gen_syntaxerrors.py).
const corpusDir = "../tests/syntaxerrors"

// corpusCase is one row of expected.tsv.
type corpusCase struct {
	file                                 string
	class                                string
	lineno, offset, endLineno, endOffset int
	msg                                  string
}

func loadCorpus(tb testing.TB) []corpusCase {
	tb.Helper()
	f, err := os.Open(filepath.Join(corpusDir, "expected.tsv"))
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var cases []corpusCase
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) != 7 {
			tb.Fatalf("expected.tsv: bad line %q", line)
		}
		var nums [4]int
		for i := range nums {
			n, err := strconv.Atoi(cols[2+i])
			if err != nil {
				tb.Fatalf("expected.tsv: bad number in %q", line)
			}
			nums[i] = n
		}
		cases = append(cases, corpusCase{cols[0], cols[1], nums[0], nums[1], nums[2], nums[3], unescapeTSV(cols[6])})
	}
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
	return cases
}

// unescapeTSV undoes the escaping of gen_syntaxerrors.py (\\, \t, \n, \r).
func unescapeTSV(s string) string {
	if !strings.Contains(s, `\`) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+1 < len(s) {
			i++
			switch s[i] {
			case 't':
				b.WriteByte('\t')
			case 'n':
				b.WriteByte('\n')
			case 'r':
				b.WriteByte('\r')
			default:
				b.WriteByte(s[i])
			}
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// parseCorpusFile parses one snippet, turning a panic into an error so one
// bad case cannot hide the others.
func parseCorpusFile(data []byte, name string) (tree syntax.ModNode, err error) {
	defer func() {
		if p := recover(); p != nil {
			tree, err = nil, fmt.Errorf("Go panic: %v", p)
		}
	}()
	return syntax.Parse(data, name, syntax.ModeExec)
}

// TestSyntaxErrorCorpus parses every snippet of the corpus and compares the
// SyntaxError with CPython's: class, line and offset together, and the
// message. It fails below 95 % and 85 % agreement respectively.
func TestSyntaxErrorCorpus(t *testing.T) {
	cases := loadCorpus(t)
	if len(cases) < 180 {
		t.Fatalf("corpus has %d cases, want at least 180", len(cases))
	}
	var posOK, msgOK, endOK int
	var mismatches []string
	for _, c := range cases {
		data, err := os.ReadFile(filepath.Join(corpusDir, c.file))
		if err != nil {
			t.Fatal(err)
		}
		_, err = parseCorpusFile(data, c.file)
		want := fmt.Sprintf("%s %d:%d-%d:%d %q", c.class, c.lineno, c.offset, c.endLineno, c.endOffset, c.msg)
		var se *syntax.SyntaxError
		switch {
		case err == nil:
			mismatches = append(mismatches, fmt.Sprintf("%s: parsed OK, want %s", c.file, want))
			continue
		case !errors.As(err, &se):
			mismatches = append(mismatches, fmt.Sprintf("%s: got %v, want %s", c.file, err, want))
			continue
		}
		pos := se.Class == c.class && se.Lineno == c.lineno && se.Offset == c.offset
		msg := se.Msg == c.msg
		if pos {
			posOK++
			if se.EndLineno == c.endLineno && se.EndOffset == c.endOffset {
				endOK++
			}
		}
		if msg {
			msgOK++
		}
		if !pos || !msg {
			mismatches = append(mismatches, fmt.Sprintf("%s: got %s %d:%d-%d:%d %q, want %s",
				c.file, se.Class, se.Lineno, se.Offset, se.EndLineno, se.EndOffset, se.Msg, want))
		}
	}
	n := len(cases)
	pPos, pMsg := 100*float64(posOK)/float64(n), 100*float64(msgOK)/float64(n)
	summary := fmt.Sprintf("syntax errors: class/line/offset %d/%d (%.1f%%), message %d/%d (%.1f%%), end position too %d/%d",
		posOK, n, pPos, msgOK, n, pMsg, endOK, n)
	fmt.Println(summary) // visible in plain `go test` output
	for _, m := range mismatches {
		t.Log(m)
	}
	if pPos < 95 || pMsg < 85 {
		t.Errorf("%s: below the required 95%% / 85%%", summary)
	}
}

// TestSyntaxErrorCorpusComplete checks that expected.tsv and the snippets
// match one to one (regenerate with tools/gen_syntaxerrors.py otherwise).
func TestSyntaxErrorCorpusComplete(t *testing.T) {
	names, err := filepath.Glob(filepath.Join(corpusDir, "*.py"))
	if err != nil {
		t.Fatal(err)
	}
	files := map[string]bool{}
	for _, n := range names {
		files[filepath.Base(n)] = true
	}
	for _, c := range loadCorpus(t) {
		if !files[c.file] {
			t.Errorf("expected.tsv lists %s, which does not exist", c.file)
		}
		delete(files, c.file)
	}
	for f := range files {
		t.Errorf("%s has no row in expected.tsv", f)
	}
}
