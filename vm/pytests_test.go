package vm

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestPythonPrograms runs every tests/python/*.py program and compares
// stdout, stderr and the exit status with CPython 3.11's (recorded by
// tests/python/regen.sh). Programs in tests/python/pending are run too
// and counted, but their failures do not fail the test.
func TestPythonPrograms(t *testing.T) {
	pass, fail := runDir(t, "../tests/python", true)
	t.Logf("tests/python: %d passed, %d failed", pass, fail)
	ppass, pfail := runDir(t, "../tests/python/pending", false)
	t.Logf("tests/python/pending: %d pass, %d still failing", ppass, pfail)
}

func runDir(t *testing.T, dir string, strict bool) (pass, fail int) {
	files, _ := filepath.Glob(filepath.Join(dir, "*.py"))
	for _, f := range files {
		name := filepath.Base(f)
		_ = name
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		wantOut, _ := os.ReadFile(f + ".out")
		wantErr, _ := os.ReadFile(f + ".err")
		wantExit, _ := os.ReadFile(f + ".exit")
		var out, errb bytes.Buffer
		abs, _ := filepath.Abs(f)
		code := RunSource(src, abs, &out, &errb)
		exit, _ := strconv.Atoi(strings.TrimSpace(string(wantExit)))
		ok := out.String() == string(wantOut) && errb.String() == string(wantErr) && code == exit
		if ok {
			pass++
			continue
		}
		fail++
		if strict {
			t.Errorf("%s: mismatch\n--- stdout got:\n%s\n--- stdout want:\n%s\n--- stderr got:\n%s\n--- stderr want:\n%s\n--- exit got %d want %d",
				name, out.String(), wantOut, errb.String(), wantErr, code, exit)
		} else {
			t.Logf("pending %s still differs", name)
		}
	}
	return
}
