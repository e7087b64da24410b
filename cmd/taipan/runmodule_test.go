package main

import (
	"archive/zip"
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestRunModuleAgainstCPython runs `-m` on packages and modules of a
// temporary directory under CPython and Taipan and compares what the
// programs see (__name__, __spec__, __package__, sys.argv, sys.path[0]).
func TestRunModuleAgainstCPython(t *testing.T) {
	if _, err := os.Stat(refPython); err != nil {
		t.Skip("no " + refPython)
	}
	dir := t.TempDir()
	show := "import sys\nprint(__name__, __spec__.name, __spec__.parent, __package__, repr(__file__), sys.argv, sys.path[0] == __import__('os').getcwd() if False else repr(sys.path[0]))\n" +
		"print(sys.modules['__main__'].__name__, __spec__.origin == __file__, __spec__.submodule_search_locations)\n"
	files := map[string]string{
		"app/__init__.py":       "print('app init', __name__)\n",
		"app/__main__.py":       show + "from . import helper\nprint(helper.X)\n",
		"app/helper.py":         "X = 'helper'\n",
		"app/tool.py":           show,
		"app/sub/__init__.py":   "",
		"app/sub/__main__.py":   show,
		"flat.py":               show + "import sys\nsys.exit(3)\n",
		"nsonly/mod.py":         show,
		"app/boom.py":           "def f():\n    raise ValueError('boom')\nf()\n",
		"app/sub/noexec.py":     "",
		"pkgnomain/__init__.py": "",
	}
	for name, src := range files {
		p := filepath.Join(dir, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		os.WriteFile(p, []byte(src), 0o644)
	}
	// A zip archive with a __main__ runs like a directory.
	var zb bytes.Buffer
	zw := zip.NewWriter(&zb)
	for name, src := range map[string]string{"__main__.py": show + "import zhelper\nprint(zhelper.H)\n", "zhelper.py": "H = 5\n"} {
		w, _ := zw.Create(name)
		w.Write([]byte(src))
	}
	zw.Close()
	os.WriteFile(filepath.Join(dir, "app.zip"), zb.Bytes(), 0o644)
	for _, args := range [][]string{
		{"app.zip", "z1"},
		{"-m", "app", "a1", "a2"}, {"-m", "app.tool"}, {"-m", "app.sub"}, {"-m", "flat", "x"},
		{"-m", "nsonly.mod"}, {"-m", "nsonly"}, {"-m", "pkgnomain"}, {"-m", "app.boom"}, {"-m", "flat.py"},
		{"app", "d1"}, {"pkgnomain"}, {"-P", "-m", "app.tool"}, {"-I", "-m", "app.tool"},
	} {
		cmd := exec.Command(refPython, append([]string{"-B"}, args...)...)
		cmd.Dir = dir
		var refOut, refErr bytes.Buffer
		cmd.Stdout, cmd.Stderr = &refOut, &refErr
		refStatus := 0
		if err := cmd.Run(); err != nil {
			if ee, ok := err.(*exec.ExitError); ok {
				refStatus = ee.ExitCode()
			} else {
				t.Fatal(err)
			}
		}
		var out, errb bytes.Buffer
		status := inDir(t, dir, func() int {
			return Main(append([]string{refPython, "-B"}, args...), strings.NewReader(""), &out, &errb)
		})
		wantErr := refErr.String()
		if status != refStatus || out.String() != refOut.String() || errb.String() != wantErr {
			t.Errorf("%q:\n taipan  %d %q %q\n cpython %d %q %q", args, status, out.String(), errb.String(), refStatus, refOut.String(), wantErr)
		}
	}
}
