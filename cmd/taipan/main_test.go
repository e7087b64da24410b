package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"taipan/syntax"
)

// run calls Main as the command line "taipan args..." and returns the exit
// status, stdout and stderr.
func run(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	status := Main(append([]string{"taipan"}, args...), strings.NewReader(stdin), &out, &errb)
	return status, out.String(), errb.String()
}

func TestMainUsageErrors(t *testing.T) {
	status, out, errs := run(t, "", "-z")
	want := "Unknown option: -z\nusage: taipan [option] ... [-c cmd | -m mod | file | -] [arg] ...\nTry `python -h' for more information.\n"
	if status != 2 || out != "" || errs != want {
		t.Errorf("got %d %q %q", status, out, errs)
	}
}

func TestMainVersionHelp(t *testing.T) {
	if status, out, _ := run(t, "", "-V"); status != 0 || out != "Python 3.11.2\n" {
		t.Errorf("-V: %d %q", status, out)
	}
	if status, out, _ := run(t, "", "--version"); status != 0 || out != "Python 3.11.2\n" {
		t.Errorf("--version: %d %q", status, out)
	}
	if status, out, _ := run(t, "", "-VV"); status != 0 || !strings.HasPrefix(out, "Python 3.11.2 (") {
		t.Errorf("-VV: %d %q", status, out)
	}
	status, out, _ := run(t, "", "-h")
	if status != 0 || !strings.HasPrefix(out, "usage: taipan [option] ...") || !strings.Contains(out, "-X opt") {
		t.Errorf("-h: %d %q", status, out)
	}
	for _, h := range []string{"--help-env", "--help-xoptions", "--help-all"} {
		if status, out, _ := run(t, "", h); status != 0 || out == "" {
			t.Errorf("%s: %d %q", h, status, out)
		}
	}
}

func TestMainMissingFile(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "nope.py")
	status, _, errs := run(t, "", p)
	want := "taipan: can't open file '" + p + "': [Errno 2] No such file or directory\n"
	if status != 2 || errs != want {
		t.Errorf("got %d %q, want %q", status, errs, want)
	}
	status, _, errs = run(t, "", dir)
	if want := "taipan: can't find '__main__' module in '" + dir + "'\n"; status != 1 || errs != want {
		t.Errorf("dir: got %d %q, want %q", status, errs, want)
	}
	status, _, errs = run(t, "", "-m", "no_such_module_xyz")
	if want := "taipan: No module named no_such_module_xyz\n"; status != 1 || errs != want {
		t.Errorf("-m: got %d %q, want %q", status, errs, want)
	}
}

func TestMainSyntaxError(t *testing.T) {
	// Parser-level detail is tested by the syntax package; these cases
	// exercise the command line's part (file names, text, carets).
	status, _, errs := run(t, "", "-c", "x = 1)")
	want := "  File \"<string>\", line 1\n    x = 1)\n         ^\nSyntaxError: unmatched ')'\n"
	if status != 1 || errs != want {
		t.Errorf("-c: got %d %q\nwant %q", status, errs, want)
	}
	dir := t.TempDir()
	p := filepath.Join(dir, "bad.py")
	os.WriteFile(p, []byte("def f():\n    return 1\n\nif x\n    pass\n"), 0o644)
	status, _, errs = run(t, "", p)
	want = "  File \"" + p + "\", line 4\n    if x\n        ^\nSyntaxError: expected ':'\n"
	if status != 1 || errs != want {
		t.Errorf("file: got %d %q\nwant %q", status, errs, want)
	}
	status, _, errs = run(t, "x = (\n", "-")
	want = "  File \"<stdin>\", line 1\n    x = (\n        ^\nSyntaxError: '(' was never closed\n"
	if status != 1 || errs != want {
		t.Errorf("stdin: got %d %q\nwant %q", status, errs, want)
	}
	os.WriteFile(p, []byte("x = 1\n# \xff\n"), 0o644)
	status, _, errs = run(t, "", p)
	want = "SyntaxError: Non-UTF-8 code starting with '\\xff' in file " + p + " on line 2, but no encoding declared; see https://peps.python.org/pep-0263/ for details\n"
	if status != 1 || errs != want {
		t.Errorf("non-utf8: got %d %q\nwant %q", status, errs, want)
	}
}

func TestMainASTDump(t *testing.T) {
	status, out, errs := run(t, "", "-X", "ast-dump=noattrs", "-c", "x = 1")
	want := "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], type_ignores=[])\n"
	if status != 0 || out != want {
		t.Errorf("got %d %q %q", status, out, errs)
	}
	status, out, _ = run(t, "", "-X", "ast-dump", "-c", "x")
	want = "Module(body=[Expr(value=Name(id='x', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], type_ignores=[])\n"
	if status != 0 || out != want {
		t.Errorf("attrs: got %d %q", status, out)
	}
}

func TestMainExecutes(t *testing.T) {
	status, out, errs := run(t, "", "-c", "import sys; print(sys.argv)", "a")
	if status != 0 || out != "['-c', 'a']\n" {
		t.Errorf("got %d %q %q", status, out, errs)
	}
}

func TestMainRecoversPanics(t *testing.T) {
	old := parse
	defer func() { parse = old }()
	parse = func([]byte, string, syntax.Mode) (syntax.ModNode, error) { panic("boom") }
	status, _, errs := run(t, "", "-c", "pass")
	if status != 1 || errs != "SystemError: taipan internal error: boom\n" {
		t.Errorf("got %d %q", status, errs)
	}
}

func TestRunModule(t *testing.T) {
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "pkg", "sub"), 0o755)
	os.WriteFile(filepath.Join(dir, "pkg", "__init__.py"), nil, 0o644)
	os.WriteFile(filepath.Join(dir, "pkg", "__main__.py"), []byte("pass\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "pkg", "mod.py"), []byte("pass\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "single.py"), []byte("pass\n"), 0o644)
	t.Setenv("TAIPAN_STDLIB", filepath.Join(dir, "no-stdlib"))
	old, _ := os.Getwd()
	os.Chdir(dir)
	defer os.Chdir(old)
	for _, tc := range []struct{ name, msg string }{
		{"pkg", ""},
		{"pkg.mod", ""},
		{"single", ""},
		{"pkg.sub", "No module named pkg.sub.__main__; 'pkg.sub' is a package and cannot be directly executed"},
		{"pkg.nope", "No module named pkg.nope"},
		{"nope", "No module named nope"},
		{"nope.x", "Error while finding module specification for 'nope.x' (ModuleNotFoundError: No module named 'nope')"},
		{"single.x", "Error while finding module specification for 'single.x' (ModuleNotFoundError: __path__ attribute not found on 'single' while trying to find 'single.x')"},
		{"pkg.nope.x", "Error while finding module specification for 'pkg.nope.x' (ModuleNotFoundError: No module named 'pkg.nope')"},
	} {
		status, _, errs := run(t, "", "-m", tc.name)
		want, wantStatus := "", 0
		if tc.msg != "" {
			want, wantStatus = "taipan: "+tc.msg+"\n", 1
		}
		if status != wantStatus || errs != want {
			t.Errorf("-m %s: got %d %q, want %d %q", tc.name, status, errs, wantStatus, want)
		}
	}
	status, _, errs := run(t, "", "-m", ".rel")
	if status != 1 || errs != "taipan: Relative module names not supported\n" {
		t.Errorf("-m .rel: %d %q", status, errs)
	}
}
