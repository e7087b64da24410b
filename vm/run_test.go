package vm

import (
	"bytes"
	"os"
	"testing"
)

func TestScratch(t *testing.T) {
	f := os.Getenv("TAIPAN_SCRATCH")
	if f == "" {
		t.Skip()
	}
	src, _ := os.ReadFile(f)
	var out, errb bytes.Buffer
	code := RunSource(src, f, &out, &errb)
	t.Logf("exit %d\nstdout:\n%s\nstderr:\n%s", code, out.String(), errb.String())
}
