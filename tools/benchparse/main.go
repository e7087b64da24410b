// Command benchparse compares the parsing speed of Taipan's front end with
// CPython 3.11's over the installed standard library (test suite included).
//
// All files are read into memory first; then syntax.Parse runs over all of
// them, three times, in this process, and the best total is kept. The same
// is done in one /usr/bin/python3.11 process with ast.parse
// (tools/cpython_parse_bench.py). Files CPython rejects are included on both
// sides (they are a few). The ratio printed is CPython time / Taipan time:
// 1.0 or more means Taipan parses at least as fast.
//
// Usage:
//
//	go run ./tools/benchparse [-n 3] [-python /usr/bin/python3.11]
package main

import (
	"flag"
	"fmt"
	"os"
	"runtime"
	"strconv"
	"strings"
	"time"

	"taipan/syntax"
	"taipan/tools/internal/pyfiles"
)

func main() {
	rounds := flag.Int("n", 3, "rounds (best is kept)")
	python := flag.String("python", pyfiles.DefaultPython, "reference interpreter")
	flag.Parse()

	root := pyfiles.StdlibDir()
	files, err := pyfiles.Collect(root)
	if err != nil {
		fmt.Fprintf(os.Stderr, "benchparse: %v\n", err)
		os.Exit(2)
	}
	srcs := make([][]byte, 0, len(files))
	names := make([]string, 0, len(files))
	var total int64
	for _, f := range files {
		b, err := os.ReadFile(f.Path)
		if err != nil {
			continue
		}
		srcs = append(srcs, b)
		names = append(names, f.Path)
		total += int64(len(b))
	}
	fmt.Printf("benchparse: %d files, %.1f MB under %s, best of %d\n", len(srcs), float64(total)/1e6, root, *rounds)

	best := time.Duration(1<<63 - 1)
	var failed, panicked int
	for r := 0; r < *rounds; r++ {
		runtime.GC()
		failed, panicked = 0, 0
		t0 := time.Now()
		for i, src := range srcs {
			ok, p := parseOne(src, names[i])
			if !ok {
				failed++
			}
			if p {
				panicked++
			}
		}
		if d := time.Since(t0); d < best {
			best = d
		}
	}
	fmt.Printf("taipan  syntax.Parse: %8.3fs  (%d files rejected, %d panics)\n", best.Seconds(), failed, panicked)

	cmd, err := pyfiles.PythonCommand(*python, "cpython_parse_bench.py", strconv.Itoa(*rounds))
	if err != nil {
		fmt.Fprintf(os.Stderr, "benchparse: %v\n", err)
		os.Exit(2)
	}
	cmd.Stdin = strings.NewReader(strings.Join(names, "\n") + "\n")
	cmd.Stderr = os.Stderr
	out, err := cmd.Output()
	if err != nil {
		fmt.Fprintf(os.Stderr, "benchparse: %s tools/cpython_parse_bench.py: %v\n", *python, err)
		os.Exit(2)
	}
	cpy, err := strconv.ParseFloat(strings.TrimSpace(string(out)), 64)
	if err != nil {
		fmt.Fprintf(os.Stderr, "benchparse: unexpected output from CPython: %q\n", out)
		os.Exit(2)
	}
	fmt.Printf("cpython ast.parse:    %8.3fs\n", cpy)
	fmt.Printf("ratio (CPython/Taipan): %.2f  (>= 1.0: Taipan at least as fast)\n", cpy/best.Seconds())
}

// parseOne parses one file, reporting whether it parsed and whether the
// parser panicked (a bug, but it must not stop the benchmark).
func parseOne(src []byte, name string) (ok, panicked bool) {
	defer func() {
		if recover() != nil {
			ok, panicked = false, true
		}
	}()
	_, err := syntax.Parse(src, name, syntax.ModeExec)
	return err == nil, false
}
