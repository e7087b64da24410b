// Package pyfiles finds the Python sources the front-end harnesses
// (tools/parsecheck, tools/benchparse) run over: every .py file of the
// installed CPython 3.11 standard library, its test suite included.
package pyfiles

import (
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
)

// DefaultStdlib is the standard library of Debian's python3.11.
const DefaultStdlib = "/usr/lib/python3.11"

// DefaultPython is the reference interpreter.
const DefaultPython = "/usr/bin/python3.11"

// StdlibDir returns $TAIPAN_STDLIB, or DefaultStdlib when unset.
func StdlibDir() string {
	if d := os.Getenv("TAIPAN_STDLIB"); d != "" {
		return d
	}
	return DefaultStdlib
}

// File is one source file with what the cache key needs.
type File struct {
	Path    string
	Size    int64
	ModTime int64 // UnixNano
}

// Collect returns every regular .py file under root, sorted by path,
// skipping site-packages, dist-packages and __pycache__ directories.
func Collect(root string) ([]File, error) {
	var files []File
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			if path == root {
				return err
			}
			return nil // unreadable subdirectory: skip it
		}
		if d.IsDir() {
			switch d.Name() {
			case "site-packages", "dist-packages", "__pycache__":
				return filepath.SkipDir
			}
			return nil
		}
		if !d.Type().IsRegular() || !strings.HasSuffix(d.Name(), ".py") {
			return nil
		}
		info, err := d.Info()
		if err != nil {
			return nil
		}
		files = append(files, File{Path: path, Size: info.Size(), ModTime: info.ModTime().UnixNano()})
		return nil
	})
	sort.Slice(files, func(i, j int) bool { return files[i].Path < files[j].Path })
	return files, err
}

// RepoRoot returns the directory holding go.mod, searching upwards from
// the working directory; it is where tools/*.py helper scripts live.
func RepoRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", os.ErrNotExist
		}
		dir = parent
	}
}

// PythonCommand returns a command running the reference interpreter on a
// helper script from tools/ (e.g. "cpython_ast_dump.py").
func PythonCommand(python, script string, args ...string) (*exec.Cmd, error) {
	root, err := RepoRoot()
	if err != nil {
		return nil, err
	}
	// -I: isolated mode, so neither the environment nor the working
	// directory can change what the reference interpreter does.
	a := append([]string{"-I", filepath.Join(root, "tools", script)}, args...)
	return exec.Command(python, a...), nil
}
