package vm

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/metrics"
	"strings"
	"testing"
	"time"

	"taipan/compile"
	"taipan/objects"
	"taipan/pyfmt"
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
	// jumps + calls per input: small enough that a loop repeating an
	// O(n) native operation on a container it grows (quadratic work the
	// budget does not see item by item) still ends well within
	// fuzzTimeout
	fuzzSteps   = 20000
	fuzzTimeout = 20 * time.Second
	fuzzMaxHeap = 1 << 30 // bytes of heap objects
	fuzzMaxSrc  = 1 << 14
)

func FuzzRun(f *testing.F) {
	// Bound single operations too: a huge int power or string repetition
	// is slow by nature (CPython is as slow), not a hang of the VM.
	objects.MaxIntBits = 1 << 22
	objects.MaxAlloc = 1 << 22
	pyfmt.SetMaxOutput(1 << 22)
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
	// A memory budget as well: a program that keeps the copies it makes
	// (appending a 4 MB string 20,000 times) exhausts memory within its
	// step budget and would take the fuzz worker down with it. Above
	// fuzzMaxHeap the watchdog empties the step budget, so the program
	// stops at its next jump or call. (It writes th.Steps from another
	// goroutine, racing with the interpreter's decrements: test-only, and
	// repeated every tick until the program has stopped.)
	stop := make(chan struct{})
	defer close(stop)
	go func() {
		sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
		tick := time.NewTicker(2 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-stop:
				return
			case <-tick.C:
				metrics.Read(sample)
				if sample[0].Value.Kind() == metrics.KindUint64 && sample[0].Value.Uint64() > fuzzMaxHeap {
					th.Steps = -1
				}
			}
		}
	}()
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
		// native loops spend the budget too (objects.Thread.Tick)
		"list(iter(int, 1))",
		"set(iter(int, 1))",
		"range(10**12).count('a')",
		"range(10**12).index('a')",
		"range(3) in range(1 << 100)",
		"sum(iter(int, 1))",
		"max(iter(int, 1))",
		// repeated scans of a growing list (found by FuzzRun)
		"out = []\nwhile True:\n    out.append(1)\n    None in out",
		"out = []\nwhile True:\n    out.append(1)\n    out.count(None)",
		"out = [1] * 100000\nwhile True: out.index(1, 1)",
		"t = (1,) * 100000\nwhile True: None in t",
		"out = []\nwhile True:\n    out.append('a')\n    ''.join(out)",
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

// FuzzExpr runs one mutated expression inside try/except: mutations of
// short builtin calls stay syntactically valid far more often than those
// of whole programs, so this reaches the builtins' argument handling.
func FuzzExpr(f *testing.F) {
	objects.MaxIntBits = 1 << 22
	objects.MaxAlloc = 1 << 22
	pyfmt.SetMaxOutput(1 << 22)
	for _, s := range fuzzExprSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, expr string) {
		if len(expr) > 512 || strings.ContainsAny(expr, "\n\r\\") {
			return
		}
		src := "try:\n    r = (" + expr + ")\n    s = repr(r)\n    h = str(r)\nexcept BaseException as e:\n    s = repr(e)\n"
		done := make(chan string, 1)
		go func() { done <- fuzzOne([]byte(src)) }()
		select {
		case msg := <-done:
			if msg != "" {
				t.Fatalf("%s\n--- expression ---\n%s", msg, expr)
			}
		case <-time.After(fuzzTimeout):
			t.Fatalf("hang: still running after %v\n--- expression ---\n%s", fuzzTimeout, expr)
		}
	})
}

var fuzzExprSeeds = []string{
	`"abc".split(",", 1)`, `"a b".rsplit(None, -1)`, `"x".center(5, "*")`, `"%s %d" % ("a", 1)`, `"{:>5}".format(3)`,
	`"abc".translate({97: None})`, `str.maketrans("ab", "cd")`, `"abc".encode("ascii", "strict")`, `b"ab".decode("utf-8")`,
	`bytes.fromhex("ab cd")`, `bytearray(b"xy").hex(":")`, `int("12", 16)`, `int.from_bytes(b"\x01", "big")`, `(5).to_bytes(2, "little")`,
	`float("1e5")`, `float.fromhex("0x1p3")`, `(1.5).as_integer_ratio()`, `round(2.5, 1)`, `divmod(7, -2)`, `pow(3, -1, 7)`,
	`format(1234.5, ",.2f")`, `sorted([3, 1], key=abs, reverse=True)`, `min([], default=0)`, `max(1, 2, key=None)`,
	`sum([1.5, 2], 0.5)`, `list(zip("ab", "cd", strict=True))`, `list(enumerate("ab", 3))`, `list(map(pow, [2], [3]))`,
	`list(filter(None, [0, 1]))`, `list(reversed(range(5)))`, `range(10)[::-2]`, `range(5).index(3)`, `slice(1, 5, 2).indices(3)`,
	`{1: 2}.get(1)`, `dict.fromkeys("ab", 0)`, `{1, 2} ^ {2, 3}`, `frozenset([1]) | {2}`, `[1, 2, 3][1:] * 2`, `(1, 2).index(2)`,
	`chr(0x41) + ascii("é")`, `ord(b"a")`, `bin(-5) + oct(8) + hex(255)`, `hash((1, "a"))`, `isinstance(1, (int, str))`,
	`getattr(1, "real", None)`, `complex("1+2j") * 2`, `iter([1]).__next__()`, `"abc"[::-1].upper().zfill(6)`, `"\t".expandtabs(4)`,
	`"a\nb".splitlines(True)`, `b"a,b".split(b",")`, `bytearray(3).upper()`, `"x" * 3 + str(10 ** 20)`, `2 ** 100 // -7`,
	`f"{3.14159:.2f}{'x'!r}"`, `"{0[x}".format([1])`, `"{0.}{1!}".format(1, 2)`, `"{:{}{}}".format(1, ">", 3)`,
	`format(1, 5)`, `hex(type("B", (), {"__index__": lambda s: "no"})())`, `"ab"[type("I", (), {"__index__": lambda s: 2 ** 70})()]`, `pow(2, -1, 4)`, `"ab" * (2 ** 62)`, `bytearray(b"abc")[::2]`, `[1, 2, 3].__setitem__(slice(0, 3, 2), [9])`, `eval("1 + 2")`, `type("T", (), {})()`, `vars(type("T", (), {"a": 1}))["a"]`,
}

// TestFuzzDetectsPanic checks that fuzzOne reports a Go panic that safeCall
// recovered into SystemError (the fuzz targets would miss bugs otherwise).
func TestFuzzDetectsPanic(t *testing.T) {
	name := objects.Intern("_fuzz_panic")
	Builtins.SetStr(name, objects.NewBuiltin("_fuzz_panic", func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
		var s []int
		return objects.Int(int64(s[len(args)+3])), nil
	}))
	defer Builtins.DelStr(name)
	if fault := fuzzOne([]byte("try:\n    _fuzz_panic()\nexcept BaseException:\n    pass\n")); !strings.Contains(fault, "index out of range") {
		t.Fatalf("recovered panic not reported: %q", fault)
	}
	if fault := fuzzOne([]byte("print(1)\n")); fault != "" {
		t.Fatalf("clean program reported: %q", fault)
	}
}
