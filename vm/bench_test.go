package vm

import (
	"testing"

	"taipan/compile"
	"taipan/objects"
	"taipan/syntax"
)

const benchSrc = `
def int_loop(n):
    s = 0
    for i in range(n):
        s += i * i
    return s

def float_loop(n):
    s = 0.0
    f = 0.5
    for i in range(n):
        s += f * f
        f += 1.0
    return s

class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def get(self):
        return self.x + self.y

def method_loop(n):
    p = P(1, 2)
    s = 0
    for i in range(n):
        s += p.get()
    return s

class Q(P):
    pass

def poly_loop(n):
    ps = [P(1, 2), Q(3, 4)]
    s = 0
    for i in range(n):
        for p in ps:
            s += p.get()
    return s

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

def fib_loop(n):
    for i in range(n):
        fib(25)
`

// benchFunc compiles benchSrc and returns a thread and the named function.
func benchFunc(tb testing.TB, name string) (*objects.Thread, objects.Value) {
	mod, err := syntax.Parse([]byte(benchSrc), "bench.py", syntax.ModeExec)
	if err != nil {
		tb.Fatal(err)
	}
	code, err := compile.Compile(mod, "bench.py", []byte(benchSrc))
	if err != nil {
		tb.Fatal(err)
	}
	t := objects.NewThread(defaultStack)
	fn := NewModuleFunction(code, "__main__")
	if _, err := callPython(t, fn, nil, nil, nil); err != nil {
		tb.Fatal(err)
	}
	f, _ := fn.Globals.GetStr(objects.Intern(name))
	return t, f
}

// runLoop calls f(b.N) once: ns/op is the cost of one loop iteration and
// allocs/op the allocations per iteration.
func runLoop(b *testing.B, name string) {
	t, f := benchFunc(b, name)
	b.ReportAllocs()
	b.ResetTimer()
	// chunks keep int_loop's sum inside int64
	const chunk = 100000
	for n := b.N; n > 0; n -= chunk {
		if _, err := objects.CallValue(t, f, []objects.Value{objects.Int(int64(min(n, chunk)))}, nil); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkIntLoop(b *testing.B)    { runLoop(b, "int_loop") }
func BenchmarkFloatLoop(b *testing.B)  { runLoop(b, "float_loop") }
func BenchmarkMethodCall(b *testing.B) { runLoop(b, "method_loop") }
func BenchmarkPolyMethod(b *testing.B) { runLoop(b, "poly_loop") }

// BenchmarkFib25 measures one fib(25) call tree (242785 calls).
func BenchmarkFib25(b *testing.B) {
	t, f := benchFunc(b, "fib_loop")
	b.ReportAllocs()
	b.ResetTimer()
	if _, err := objects.CallValue(t, f, []objects.Value{objects.Int(int64(b.N))}, nil); err != nil {
		b.Fatal(err)
	}
}

func TestLoopsDoNotAllocate(t *testing.T) {
	// poly_loop: a method call site and attribute reads that see two
	// classes, and a for loop over a list (inline iteration state).
	for _, name := range []string{"int_loop", "float_loop", "method_loop", "poly_loop"} {
		th, f := benchFunc(t, name)
		objects.CallValue(th, f, []objects.Value{objects.Int(10)}, nil) // warm up (quicken)
		allocs := testing.AllocsPerRun(5, func() {
			objects.CallValue(th, f, []objects.Value{objects.Int(10000)}, nil)
		})
		if allocs > 10 {
			t.Errorf("%s: %.0f allocations for 10000 iterations", name, allocs)
		}
	}
}
