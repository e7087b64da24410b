package vm

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"taipan/compile"
	"taipan/objects"
	"taipan/syntax"
)

// Robustness fuzzing: FuzzRun parses, compiles and runs mutated programs
// (seeded with the differential corpus tests/python and the regression
// seeds in testdata/fuzz/FuzzRun) under a step limit, output discarded.
// It fails on any Go panic: one escaping the VM crashes the fuzz worker,
// and one recovered into SystemError (by safeCall, the compiler or the
// parser) is reported through internalPanicHook or its error text. An
// input still running after fuzzTimeout counts as a hang.
//
//	go test ./vm -run '^$' -fuzz '^FuzzRun$' -fuzztime 10m -parallel 1
//	make fuzz   (every fuzz target of the module)

const (
	fuzzSteps   = 200000 // jumps + calls per input
	fuzzTimeout = 20 * time.Second
	fuzzMaxSrc  = 1 << 14
)

func FuzzRun(f *testing.F) {
	// Bound single operations too: a huge int power or string repetition
	// is slow by nature (CPython is as slow), not a hang of the VM.
	objects.MaxIntBits = 1 << 22
	objects.MaxAlloc = 1 << 26
	for _, pat := range []string{"../tests/python/*.py", "../tests/python/pending/*.py"} {
		files, _ := filepath.Glob(pat)
		for _, file := range files {
			if src, err := os.ReadFile(file); err == nil && len(src) <= fuzzMaxSrc {
				f.Add(src)
			}
		}
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		if len(src) > fuzzMaxSrc {
			return
		}
		done := make(chan string, 1)
		go func() { done <- fuzzOne(src) }()
		select {
		case msg := <-done:
			if msg != "" {
				t.Fatalf("%s\n--- program ---\n%s", msg, src)
			}
		case <-time.After(fuzzTimeout):
			t.Fatalf("hang: still running after %v\n--- program ---\n%s", fuzzTimeout, src)
		}
	})
}

// fuzzOne runs one program and returns a description of an internal
// fault, or "" when it ran (or failed) the way a Python program may.
func fuzzOne(src []byte) (fault string) {
	internalPanicHook = func(r any, stack []byte) {
		fault = fmt.Sprintf("internal panic recovered as SystemError: %v\n%s", r, stack)
	}
	defer func() { internalPanicHook = nil }()
	mod, err := syntax.Parse(src, "fuzz.py", syntax.ModeExec)
	if err != nil {
		if isInternal(err.Error()) {
			return "parser: " + err.Error()
		}
		return ""
	}
	code, err := compile.Compile(mod, "fuzz.py", src)
	if err != nil {
		if isInternal(err.Error()) {
			return "compiler: " + err.Error()
		}
		return ""
	}
	th := objects.NewThread(defaultStack)
	th.Stdout = bufio.NewWriter(io.Discard)
	var stderr strings.Builder
	th.Stderr = &stderr
	th.SetStepLimit(fuzzSteps)
	fn := NewModuleFunction(code, "__main__")
	_, exc := safeCall(th, fn)
	th.Stdout.Flush()
	if exc != nil && fault == "" {
		handleUncaught(th, exc, &stderr)
		if isInternal(stderr.String()) {
			fault = "run: " + stderr.String()
		}
	}
	return fault
}

// isInternal recognises the messages of recovered interpreter faults.
func isInternal(msg string) bool {
	return strings.Contains(msg, "internal parser error") ||
		strings.Contains(msg, "internal compiler error") ||
		strings.Contains(msg, "internal error in the symbol table") ||
		strings.Contains(msg, "SystemError: internal error")
}

// TestStepLimit checks the budget ends infinite loops and recursion, even
// when the program catches the exception.
func TestStepLimit(t *testing.T) {
	for _, src := range []string{
		"while True: pass",
		"def f(): return f()\nwhile True:\n try: f()\n except BaseException: pass",
		"while True:\n try:\n  while True: pass\n except KeyboardInterrupt as e: print(e)",
		"for i in iter(int, 1): pass",
		"print([x for x in iter(int, 1)])",
	} {
		mod, err := syntax.Parse([]byte(src), "t.py", syntax.ModeExec)
		if err != nil {
			t.Fatal(err)
		}
		code, err := compile.Compile(mod, "t.py", []byte(src))
		if err != nil {
			t.Fatal(err)
		}
		th := objects.NewThread(defaultStack)
		th.Stdout = bufio.NewWriter(io.Discard)
		th.SetStepLimit(10000)
		_, exc := safeCall(th, NewModuleFunction(code, "__main__"))
		if exc == nil || !exc.Matches(objects.ExcKeyboardInterrupt) {
			t.Errorf("%q: got %v, want KeyboardInterrupt", src, exc)
		}
	}
}
