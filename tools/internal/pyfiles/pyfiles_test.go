package pyfiles

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

func TestCollect(t *testing.T) {
	root := t.TempDir()
	for _, p := range []string{"a.py", "b.txt", "pkg/__init__.py", "pkg/m.py", "site-packages/x.py",
		"dist-packages/y.py", "pkg/__pycache__/m.py", "test/test_z.py"} {
		full := filepath.Join(root, p)
		os.MkdirAll(filepath.Dir(full), 0o755)
		os.WriteFile(full, []byte("x = 1\n"), 0o644)
	}
	os.Symlink(filepath.Join(root, "a.py"), filepath.Join(root, "link.py"))
	files, err := Collect(root)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range files {
		rel, _ := filepath.Rel(root, f.Path)
		got = append(got, rel)
		if f.Size != 6 || f.ModTime == 0 {
			t.Errorf("%s: size %d mtime %d", rel, f.Size, f.ModTime)
		}
	}
	want := []string{"a.py", "pkg/__init__.py", "pkg/m.py", "test/test_z.py"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
	if _, err := Collect(filepath.Join(root, "missing")); err == nil {
		t.Error("no error for a missing root")
	}
}

func TestStdlibDir(t *testing.T) {
	t.Setenv("TAIPAN_STDLIB", "")
	if StdlibDir() != DefaultStdlib {
		t.Error(StdlibDir())
	}
	t.Setenv("TAIPAN_STDLIB", "/x")
	if StdlibDir() != "/x" {
		t.Error(StdlibDir())
	}
}

func TestRepoRoot(t *testing.T) {
	root, err := RepoRoot()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(root, "tools", "cpython_ast_dump.py")); err != nil {
		t.Errorf("root %s: %v", root, err)
	}
}
