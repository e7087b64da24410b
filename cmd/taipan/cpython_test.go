package main

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

const refPython = "/usr/bin/python3.11"

// TestAgainstCPython runs command lines that end before any program runs
// (usage errors, missing files and modules, version, syntax errors caught
// by the tokenizer) under CPython 3.11 and under Main with the same
// program name, and requires the same exit status and stderr.
func TestAgainstCPython(t *testing.T) {
	if _, err := os.Stat(refPython); err != nil {
		t.Skip("no " + refPython)
	}
	dir := t.TempDir()
	os.Mkdir(filepath.Join(dir, "adir"), 0o755)
	os.Mkdir(filepath.Join(dir, "jpkg"), 0o755)
	os.WriteFile(filepath.Join(dir, "jpkg", "__init__.py"), nil, 0o644)
	os.WriteFile(filepath.Join(dir, "unclosed.py"), []byte("x = [1,\n     2,\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "nonutf8.py"), []byte("s = 1\n# caf\xe9\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "badcookie.py"), []byte("# -*- coding: klingon -*-\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "skipfirst.py"), []byte("junk (\nx = 1\ny = )\n"), 0o644)
	cases := [][]string{
		{"-z"}, {"-Bz"}, {"-c"}, {"-m"}, {"-W"}, {"-X"}, {"-J"}, {"--foo"}, {"--version=1"},
		{"--check-hash-based-pycs"}, {"--check-hash-based-pycs", "sometimes"},
		{"-V"}, {"--version"}, {"-Vc", "pass"},
		{"nonexistent.py"}, {"adir"}, {"--", "-c"},
		{"-m", "no_such_module_xyz"}, {"-m", "jpkg"}, {"-m", "jpkg.nope"}, {"-m", "nope.x"}, {"-m", ".rel"},
		{"-c", "x = )"}, {"-c", "(1,\n 2]"}, {"-E", "-c", "'abc"}, {"-c", "0b2"},
		{"unclosed.py"}, {"nonutf8.py"}, {"badcookie.py"}, {"-x", "skipfirst.py"},
	}
	for _, args := range cases {
		cmd := exec.Command(refPython, args...)
		cmd.Dir = dir
		cmd.Stdin = strings.NewReader("")
		var refErr bytes.Buffer
		cmd.Stderr = &refErr
		cmd.Stdout = new(bytes.Buffer)
		refStatus := 0
		if err := cmd.Run(); err != nil {
			var ee *exec.ExitError
			if !errors.As(err, &ee) {
				t.Fatal(err)
			}
			refStatus = ee.ExitCode()
		}

		var out, errb bytes.Buffer
		status := inDir(t, dir, func() int {
			return Main(append([]string{refPython}, args...), strings.NewReader(""), &out, &errb)
		})
		if status != refStatus || errb.String() != refErr.String() {
			t.Errorf("%q:\n taipan  %d %q\n cpython %d %q", args, status, errb.String(), refStatus, refErr.String())
		}
	}
}

func inDir(t *testing.T, dir string, f func() int) int {
	t.Helper()
	old, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Chdir(dir); err != nil {
		t.Fatal(err)
	}
	defer os.Chdir(old)
	return f()
}
