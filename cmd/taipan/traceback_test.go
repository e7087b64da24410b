package main

import (
	"encoding/json"
	"os"
	"strings"
	"testing"

	"taipan/syntax"
)

// goldenCase is one entry of testdata/syntaxerror_golden.json: the fields
// of the SyntaxError CPython raises for a corpus snippet and what CPython
// prints on stderr when running the snippet as a script.
type goldenCase struct {
	File      string  `json:"file"`
	Class     string  `json:"class"`
	Msg       string  `json:"msg"`
	Lineno    int     `json:"lineno"`
	Offset    *int    `json:"offset"`
	EndLineno *int    `json:"end_lineno"`
	EndOffset *int    `json:"end_offset"`
	Text      *string `json:"text"`
	Stderr    string  `json:"stderr"`
	Status    int     `json:"status"`
}

func loadGolden(t *testing.T) []goldenCase {
	data, err := os.ReadFile("testdata/syntaxerror_golden.json")
	if err != nil {
		t.Fatal(err)
	}
	var cases []goldenCase
	if err := json.Unmarshal(data, &cases); err != nil {
		t.Fatal(err)
	}
	if len(cases) < 100 {
		t.Fatalf("only %d golden cases", len(cases))
	}
	return cases
}

func (c *goldenCase) syntaxError() *syntax.SyntaxError {
	e := &syntax.SyntaxError{Class: c.Class, Msg: c.Msg, Filename: "CORPUS/" + c.File, Lineno: c.Lineno}
	if c.Offset != nil {
		e.Offset = *c.Offset
	}
	if c.EndLineno != nil {
		e.EndLineno = *c.EndLineno
	}
	if c.EndOffset != nil {
		e.EndOffset = *c.EndOffset
	}
	if c.Text != nil {
		e.Text = *c.Text
	}
	return e
}

// TestFormatSyntaxErrorGolden formats the SyntaxError fields compile()
// gives (adjusted as for a script file by fileModeError) and compares with
// what CPython printed for the same snippet run as a script. This checks
// the printer alone, independent of the parser.
func TestFormatSyntaxErrorGolden(t *testing.T) {
	n := 0
	for _, c := range loadGolden(t) {
		src, err := os.ReadFile("../../tests/syntaxerrors/" + c.File)
		if err != nil {
			t.Fatal(err)
		}
		e := fileModeError(c.syntaxError(), src)
		var got string
		if msg, ok := scriptEncodingMessage(e); ok {
			got = "SyntaxError: " + msg + "\n"
		} else {
			got = formatSyntaxError(e)
		}
		if strings.HasPrefix(c.Stderr, "SyntaxError: Non-UTF-8") {
			continue // found before parsing; see TestNonUTF8Message
		}
		if strings.Contains(c.Stderr, ": SyntaxWarning: ") {
			// CPython printed warnings before the error; compare the
			// error part only (warnings are the parser's business).
			c.Stderr = c.Stderr[strings.Index(c.Stderr, "  File \""):]
		}
		n++
		if got != c.Stderr {
			t.Errorf("%s:\n got: %q\nwant: %q", c.File, got, c.Stderr)
		}
	}
	t.Logf("%d golden tracebacks compared", n)
}

func TestNonUTF8Message(t *testing.T) {
	for _, c := range loadGolden(t) {
		if !strings.HasPrefix(c.Stderr, "SyntaxError: Non-UTF-8") {
			continue
		}
		src, err := os.ReadFile("../../tests/syntaxerrors/" + c.File)
		if err != nil {
			t.Fatal(err)
		}
		got := "SyntaxError: " + nonUTF8Message(src, "CORPUS/"+c.File) + "\n"
		if got != c.Stderr {
			t.Errorf("%s:\n got: %q\nwant: %q", c.File, got, c.Stderr)
		}
	}
	for _, src := range []string{"# coding: latin-1\nx = '\xff'\n", "\xef\xbb\xbfx = 1\n", "x = 'é'\n", "#!/bin/sh\n# -*- coding: cp1252 -*-\n'\x80'\n"} {
		if m := nonUTF8Message([]byte(src), "f.py"); m != "" {
			t.Errorf("%q: unexpected %q", src, m)
		}
	}
	if m := nonUTF8Message([]byte("x = 1\ny = 2\n'\xc3('\n"), "f.py"); !strings.Contains(m, `'\xc3' in file f.py on line 3`) {
		t.Errorf("bad message %q", m)
	}
}

func TestFormatSyntaxErrorEdges(t *testing.T) {
	for _, tc := range []struct {
		e    syntax.SyntaxError
		want string
	}{
		{syntax.SyntaxError{Class: "SyntaxError", Msg: "m", Lineno: 2}, "  File \"<string>\", line 2\nSyntaxError: m\n"},
		{syntax.SyntaxError{Class: "SyntaxError", Filename: "f", Lineno: 1, Offset: 3, EndLineno: 2, EndOffset: 1, Text: "a = (\n"},
			"  File \"f\", line 1\n    a = (\n      ^^^\nSyntaxError\n"},
		{syntax.SyntaxError{Class: "IndentationError", Msg: "x", Filename: "f", Lineno: 1, Offset: 1, EndOffset: 9, Text: "\tabc"},
			"  File \"f\", line 1\n    abc\nIndentationError: x\n"},
		{syntax.SyntaxError{Class: "SyntaxError", Msg: "x", Filename: "f", Lineno: 1, Offset: 99, EndOffset: 120, Text: "ab\n"},
			"  File \"f\", line 1\n    ab\n      ^\nSyntaxError: x\n"},
	} {
		if got := formatSyntaxError(&tc.e); got != tc.want {
			t.Errorf("%+v:\n got %q\nwant %q", tc.e, got, tc.want)
		}
	}
}
