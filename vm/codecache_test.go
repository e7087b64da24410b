package vm

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	"taipan/objects"
	"taipan/syntax"
)

// The cache encodes every field of objects.Code by name; a new field
// must be added to vm/codecache.go (encode and decode) and here.
func TestCodeCacheKnowsCodeFields(t *testing.T) {
	known := []string{"Header", "Name", "Qualname", "Filename", "FirstLine", "ArgCount", "PosOnlyCount", "KwOnlyCount",
		"Flags", "NumRegs", "NumLocals", "Varnames", "Cellvars", "Freevars", "Cell2Arg", "Consts", "Names", "Instrs",
		"Positions", "ExcTable", "Caches", "Source", "ConstRegs", "FastArgs"}
	var got []string
	ty := reflect.TypeOf(objects.Code{})
	for i := 0; i < ty.NumField(); i++ {
		got = append(got, ty.Field(i).Name)
	}
	sort.Strings(known)
	sort.Strings(got)
	if strings.Join(known, ",") != strings.Join(got, ",") {
		t.Fatalf("objects.Code fields changed:\n got  %v\n know %v\nupdate vm/codecache.go", got, known)
	}
	for name, want := range map[string]int{"Position": 4, "ExcEntry": 4, "ConstReg": 2} {
		var n int
		switch name {
		case "Position":
			n = reflect.TypeOf(objects.Position{}).NumField()
		case "ExcEntry":
			n = reflect.TypeOf(objects.ExcEntry{}).NumField()
		case "ConstReg":
			n = reflect.TypeOf(objects.ConstReg{}).NumField()
		}
		if n != want {
			t.Fatalf("objects.%s has %d fields, the code cache knows %d", name, n, want)
		}
	}
}

// Encoding is lossless for the standard library's modules: decoding and
// re-encoding gives the same bytes.
func TestCodeCacheRoundTrip(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(stdlibDir(), "*.py"))
	if len(files) == 0 {
		t.Skip("no standard library")
	}
	n := 0
	for _, f := range files {
		if n >= 40 {
			break
		}
		src, err := os.ReadFile(f)
		if err != nil {
			continue
		}
		c, e := compileSource(src, f, syntax.ModeExec)
		if e != nil {
			continue
		}
		data, ok := encodeCode(c)
		if !ok {
			t.Errorf("%s: not encodable", f)
			continue
		}
		d, err := decodeCode(data)
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		again, _ := encodeCode(d)
		if !bytes.Equal(data, again) {
			t.Fatalf("%s: round trip differs", f)
		}
		n++
	}
	if _, err := decodeCode([]byte{1, 2, 3}); err == nil {
		t.Fatal("garbage decoded")
	}
}

// With TAIPAN_CODECACHE set, a second import reads the cache and runs
// the same.
func TestCodeCacheImport(t *testing.T) {
	dir := t.TempDir()
	old := codeCacheDir
	codeCacheDir = filepath.Join(dir, "cache")
	defer func() { codeCacheDir = old }()
	os.WriteFile(filepath.Join(dir, "cmod.py"), []byte("def f(x, *a, k=3):\n    try:\n        return [i * x for i in range(k)], a, 'é', b'\\x00', 2**70, 1.5j, frozenset({1})\n    finally:\n        pass\nY = f(2, 9)\n"), 0o644)
	oldOpts := currentOptions
	defer SetOptions(oldOpts)
	SetOptions(Options{Path0: dir, Flags: Flags{NoSite: 1}})
	src := []byte("import cmod\nprint(cmod.Y)\n")
	for i := 0; i < 2; i++ {
		var out, errb bytes.Buffer
		if st := RunSource(src, "<test>", &out, &errb); st != 0 {
			t.Fatalf("run %d: %d %s", i, st, errb.String())
		}
		if got, want := out.String(), "([0, 2, 4], (9,), 'é', b'\\x00', 1180591620717411303424, 1.5j, frozenset({1}))\n"; got != want {
			t.Fatalf("run %d: got %q want %q", i, got, want)
		}
		if i == 0 {
			entries, _ := filepath.Glob(filepath.Join(codeCacheDir, "*", "*"))
			if len(entries) != 1 {
				t.Fatalf("cache entries: %v", entries)
			}
		}
	}
}
