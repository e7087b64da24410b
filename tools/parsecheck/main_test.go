package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestDiffCategory(t *testing.T) {
	for _, tc := range []struct{ got, want, cat string }{
		{"Module(body=[Expr(value=Constant(value='a'))])", "Module(body=[Expr(value=Constant(value='b'))])", "Constant.value"},
		{"Module(body=[Pass()], type_ignores=[])", "Module(body=[Pass(), Pass()], type_ignores=[])", "Module.body"},
		{"Name(id='x', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=2)",
			"Name(id='x', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)", "Name.end_col_offset"},
	} {
		if c := diffCategory(tc.got, tc.want); c != tc.cat {
			t.Errorf("%q vs %q: got %q, want %q", tc.got, tc.want, c, tc.cat)
		}
	}
}

func TestFirstDiff(t *testing.T) {
	d := firstDiff("Module(body=[Pass()])", "Module(body=[Break()])")
	if !strings.HasPrefix(d, "at byte 13") || !strings.Contains(d, "Pass") || !strings.Contains(d, "Break") {
		t.Errorf("got %q", d)
	}
	if d := firstDiff("abc", "abcdef"); !strings.Contains(d, "at byte 3") {
		t.Errorf("got %q", d)
	}
}

func TestCheck(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.py")
	os.WriteFile(good, []byte("pass\n"), 0o644)
	bad := filepath.Join(dir, "bad.py")
	os.WriteFile(bad, []byte("x = (\n"), 0o644)

	r := check(&record{File: good, NoAttrs: "Module(body=[Pass()], type_ignores=[])",
		Attrs: "Module(body=[Pass(lineno=1, col_offset=0, end_lineno=1, end_col_offset=4)], type_ignores=[])"})
	if !r.okNoAttrs || !r.okAttrs || r.detail != "" {
		t.Errorf("good: %+v", r)
	}
	r = check(&record{File: good, NoAttrs: "Module(body=[Break()], type_ignores=[])", Attrs: "x"})
	if r.okNoAttrs || r.category != "no positions: Module.body" {
		t.Errorf("different: %+v", r)
	}
	r = check(&record{File: bad, Error: "SyntaxError", Lineno: 1})
	if !r.rejected || !r.okReject {
		t.Errorf("bad: %+v", r)
	}
	r = check(&record{File: bad, Error: "SyntaxError", Lineno: 7})
	if !r.rejected || r.okReject || !strings.Contains(r.detail, "line 7") {
		t.Errorf("bad, wrong line: %+v", r)
	}
	r = check(&record{File: filepath.Join(dir, "missing.py"), NoAttrs: "x"})
	if r.okNoAttrs || r.detail == "" {
		t.Errorf("missing: %+v", r)
	}
}
