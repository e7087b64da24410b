package vm

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

func TestImportPackageFreshPerRun(t *testing.T) {
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "pkg", "sub"), 0o755)
	os.WriteFile(filepath.Join(dir, "pkg", "__init__.py"), []byte("from .sub import mod\nprint('init')\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "pkg", "sub", "mod.py"), []byte("from .. import sub\nX = 42\n"), 0o644)
	old := currentOptions
	defer SetOptions(old)
	SetOptions(Options{Path0: dir, Flags: Flags{NoSite: 1}})
	src := []byte("import sys\nimport pkg.sub.mod as m\nfrom pkg import sub\nprint(m.X, sub.mod is m, sys.path[0] == " + pyQuote(dir) + ")\n")
	for i := 0; i < 2; i++ {
		var out, errb bytes.Buffer
		if st := RunSource(src, "<test>", &out, &errb); st != 0 {
			t.Fatalf("run %d: status %d, stderr %s", i, st, errb.String())
		}
		// Each run has its own sys.modules, so the package runs again.
		if got, want := out.String(), "init\n42 True True\n"; got != want {
			t.Fatalf("run %d: got %q, want %q", i, got, want)
		}
	}
}

func pyQuote(s string) string { return "'" + s + "'" }

func TestImportCachedInFunction(t *testing.T) {
	src := []byte("def f():\n    import sys\n    from sys import path\nfor i in range(1000):\n    f()\n")
	var out, errb bytes.Buffer
	if st := RunSource(src, "<test>", &out, &errb); st != 0 {
		t.Fatalf("status %d: %s", st, errb.String())
	}
}

func TestFrozenImportlibAlias(t *testing.T) {
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "importlib"), 0o755)
	os.WriteFile(filepath.Join(dir, "importlib", "__init__.py"), []byte(
		"try:\n    import _frozen_importlib\n    print('frozen during init')\nexcept ImportError:\n    from . import _bootstrap\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "importlib", "_bootstrap.py"), []byte("X = 1\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "importlib", "_bootstrap_external.py"), []byte("Y = 2\n"), 0o644)
	old := currentOptions
	defer SetOptions(old)
	SetOptions(Options{Path0: dir, Flags: Flags{NoSite: 1}})
	src := []byte("import _frozen_importlib, importlib._bootstrap_external\nimport _frozen_importlib_external as e\nimport importlib._bootstrap as b\nprint(_frozen_importlib is b, e.Y, _frozen_importlib.X)\n")
	var out, errb bytes.Buffer
	if st := RunSource(src, "<test>", &out, &errb); st != 0 {
		t.Fatalf("status %d, stderr %s", st, errb.String())
	}
	if got, want := out.String(), "True 2 1\n"; got != want {
		t.Fatalf("got %q, want %q", got, want)
	}
}
