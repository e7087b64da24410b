// Command conformance runs modules of CPython's own regression-test suite
// under Taipan, each in its own process with a timeout, and compares the
// number of passing tests with a committed per-module baseline.
//
//	conformance [-rung 1,2] [-modules test_bool,...] [-check] [-update]
//
// It prints one row per module (tests run, passed, failed, errors,
// skipped, status) and a closing line "N passed, N failed, N skipped".
// With -check it exits 1 if any module passes fewer tests than its
// baseline (tests/conformance/baseline.tsv); -update raises the baseline
// to what was measured (it never lowers it); -markdown writes the table.
package main

import (
	"bufio"
	"bytes"
	"context"
	"flag"
	"fmt"

	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
)

type module struct {
	name    string
	tier    string
	rung    int
	cpython int // CPython's tests run here (the ceiling)
	status  string
}

type result struct {
	mod                            module
	run, failures, errors, skipped int
	status                         string // ok, crash, timeout
	elapsed                        time.Duration
	tail                           string
}

func (r result) passed() int {
	p := r.run - r.failures - r.errors - r.skipped
	if p < 0 {
		return 0
	}
	return p
}

func main() {
	tsv := flag.String("tsv", "", "module list (default: tests/conformance/modules.tsv)")
	rungs := flag.String("rung", "", "rungs to run, e.g. 1 or 1,2 or 1-3 (default: all)")
	mods := flag.String("modules", "", "comma-separated modules to run instead of rungs")
	taipan := flag.String("taipan", "bin/taipan", "the interpreter")
	timeout := flag.Duration("timeout", 120*time.Second, "per-module timeout")
	jobs := flag.Int("jobs", 2, "modules run at once")
	baseline := flag.String("baseline", "tests/conformance/baseline.tsv", "per-module baseline")
	check := flag.Bool("check", false, "fail if a module passes fewer tests than its baseline")
	update := flag.Bool("update", false, "raise the baseline to the measured counts")
	markdown := flag.String("markdown", "", "write the table as Markdown to this file")
	verbose := flag.Bool("v", false, "print the tail of each crashed module's output")
	flag.Parse()

	// Children inherit an ignored SIGINT from a background job; a handled
	// signal is reset to the default on exec, so handle it here.
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, os.Interrupt)
	go func() { <-sigs; fmt.Fprintln(os.Stderr, "interrupted"); os.Exit(130) }()

	if *tsv == "" {
		*tsv = findTSV()
	}
	all, err := readTSV(*tsv)
	if err != nil {
		fatal(err)
	}
	sel := selectModules(all, *rungs, *mods)
	if len(sel) == 0 {
		fatal(fmt.Errorf("no modules selected"))
	}
	child, err := filepath.Abs("tools/conformance/child.py")
	if err != nil {
		fatal(err)
	}
	exe, err := filepath.Abs(*taipan)
	if err != nil {
		fatal(err)
	}
	results := runAll(sel, exe, child, *timeout, *jobs)

	base := readBaseline(*baseline)
	var tp, tf, ts int
	var below []string
	fmt.Printf("%-34s %4s %6s %6s %6s %6s %7s %-8s %7s %8s\n", "module", "rung", "run", "passed", "failed", "errors", "skipped", "status", "cpython", "baseline")
	for _, r := range results {
		b := base[r.mod.name]
		mark := ""
		if r.passed() < b {
			mark = "  BELOW BASELINE"
			below = append(below, r.mod.name)
		}
		fmt.Printf("%-34s %4d %6d %6d %6d %6d %7d %-8s %7d %8d%s\n", r.mod.name, r.mod.rung, r.run, r.passed(), r.failures, r.errors, r.skipped, r.status, r.mod.cpython, b, mark)
		if *verbose && r.status != "ok" && r.tail != "" {
			fmt.Println(indent(r.tail))
		}
		tp += r.passed()
		tf += r.failures + r.errors
		ts += r.skipped
	}
	crashed := 0
	for _, r := range results {
		if r.status != "ok" {
			crashed++
		}
	}
	fmt.Printf("%d modules, %d crashed or timed out\n", len(results), crashed)
	if *check {
		// make test's output is read for test runners' closing lines;
		// this summary is not one (the Go tests are make test's tests).
		fmt.Printf("conformance totals: passed %d, failed %d, skipped %d\n", tp, tf, ts)
	} else {
		fmt.Printf("%d passed, %d failed, %d skipped\n", tp, tf, ts)
	}
	if *markdown != "" {
		if err := writeMarkdown(*markdown, results, base); err != nil {
			fatal(err)
		}
	}
	if *update {
		for _, r := range results {
			if r.passed() > base[r.mod.name] {
				base[r.mod.name] = r.passed()
			}
		}
		if err := writeBaseline(*baseline, base); err != nil {
			fatal(err)
		}
	}
	if *check {
		if len(below) > 0 {
			fmt.Printf("conformance: FAILED, below baseline: %s\n", strings.Join(below, " "))
			os.Exit(1)
		}
		fmt.Printf("conformance: no module below its baseline (%d modules)\n", len(results))
	}
}

func fatal(err error) {
	fmt.Fprintln(os.Stderr, "conformance:", err)
	os.Exit(2)
}

func indent(s string) string {
	return "    | " + strings.ReplaceAll(strings.TrimRight(s, "\n"), "\n", "\n    | ")
}

func findTSV() string {
	// The committed copy keeps CI reproducible on a bare clone.
	for _, p := range []string{"tests/conformance/modules.tsv", "../shared/conformance/cpython311-tests.tsv"} {
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	return "tests/conformance/modules.tsv"
}

func readTSV(path string) ([]module, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []module
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "#") || strings.HasPrefix(line, "module\t") || line == "" {
			continue
		}
		c := strings.Split(line, "\t")
		if len(c) < 8 {
			continue
		}
		rung, _ := strconv.Atoi(c[2])
		tests, _ := strconv.Atoi(c[3])
		out = append(out, module{name: c[0], tier: c[1], rung: rung, cpython: tests, status: c[7]})
	}
	return out, sc.Err()
}

func selectModules(all []module, rungs, mods string) []module {
	if mods != "" {
		want := map[string]bool{}
		for _, m := range strings.Split(mods, ",") {
			want[strings.TrimSpace(m)] = true
		}
		var out []module
		for _, m := range all {
			if want[m.name] {
				out = append(out, m)
				delete(want, m.name)
			}
		}
		for m := range want {
			out = append(out, module{name: m})
		}
		return out
	}
	ok := map[int]bool{}
	for _, part := range strings.Split(rungs, ",") {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		lo, hi, isRange := strings.Cut(part, "-")
		a, _ := strconv.Atoi(lo)
		b := a
		if isRange {
			b, _ = strconv.Atoi(hi)
		}
		for i := a; i <= b; i++ {
			ok[i] = true
		}
	}
	var out []module
	for _, m := range all {
		if len(ok) == 0 || ok[m.rung] {
			out = append(out, m)
		}
	}
	return out
}

var resultLine = regexp.MustCompile(`CONFORMANCE-RESULT run=(\d+) failures=(\d+) errors=(\d+) skipped=(\d+)`)

func runAll(mods []module, exe, child string, timeout time.Duration, jobs int) []result {
	results := make([]result, len(mods))
	var wg sync.WaitGroup
	sem := make(chan struct{}, max(jobs, 1))
	for i, m := range mods {
		wg.Add(1)
		go func(i int, m module) {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			results[i] = runOne(m, exe, child, timeout)
		}(i, m)
	}
	wg.Wait()
	return results
}

func childEnv() []string {
	var env []string
	for _, kv := range os.Environ() {
		k, _, _ := strings.Cut(kv, "=")
		switch k {
		case "PYTHONUNBUFFERED", "PYTHONDONTWRITEBYTECODE", "PYTHONPATH", "PYTHONHOME", "PYTHONWARNINGS":
			continue
		}
		env = append(env, kv)
	}
	return env
}

func runOne(m module, exe, child string, timeout time.Duration) result {
	r := result{mod: m}
	tmp, err := os.MkdirTemp("", "taipan-conf-")
	if err != nil {
		r.status, r.tail = "crash", err.Error()
		return r
	}
	defer os.RemoveAll(tmp)
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, exe, child, "test."+m.name)
	cmd.Dir = tmp
	cmd.Env = childEnv()
	cmd.Stdin = nil
	var out bytes.Buffer
	cmd.Stdout = &out
	cmd.Stderr = &out
	cmd.WaitDelay = 5 * time.Second
	start := time.Now()
	runErr := cmd.Run()
	r.elapsed = time.Since(start)
	text := out.String()
	if ms := resultLine.FindAllStringSubmatch(text, -1); len(ms) > 0 {
		last := ms[len(ms)-1]
		r.run, _ = strconv.Atoi(last[1])
		r.failures, _ = strconv.Atoi(last[2])
		r.errors, _ = strconv.Atoi(last[3])
		r.skipped, _ = strconv.Atoi(last[4])
		r.status = "ok"
	} else if ctx.Err() != nil {
		r.status = "timeout"
	} else {
		r.status = "crash"
	}
	_ = runErr
	if r.status != "ok" {
		if len(text) > 1500 {
			text = text[len(text)-1500:]
		}
		r.tail = text
	}
	return r
}

func readBaseline(path string) map[string]int {
	base := map[string]int{}
	data, err := os.ReadFile(path)
	if err != nil {
		return base
	}
	for _, line := range strings.Split(string(data), "\n") {
		if strings.HasPrefix(line, "#") || line == "" {
			continue
		}
		c := strings.Split(line, "\t")
		if len(c) >= 2 {
			n, _ := strconv.Atoi(c[1])
			base[c[0]] = n
		}
	}
	return base
}

func writeBaseline(path string, base map[string]int) error {
	names := make([]string, 0, len(base))
	for n := range base {
		names = append(names, n)
	}
	sort.Strings(names)
	var b strings.Builder
	b.WriteString("# Tests passing per CPython test module under Taipan; may only go up.\n")
	b.WriteString("# Written by `make conformance-update`; checked by `make test` for rungs 1 and 2.\n")
	for _, n := range names {
		fmt.Fprintf(&b, "%s\t%d\n", n, base[n])
	}
	return os.WriteFile(path, []byte(b.String()), 0o644)
}

func writeMarkdown(path string, results []result, base map[string]int) error {
	var b strings.Builder
	b.WriteString("# Conformance with CPython's test suite\n\n")
	b.WriteString("Each module of CPython 3.11's regression tests (Debian's `libpython3.11-testsuite`) run under Taipan in its own process by `make conformance` (`tools/conformance`). `cpython` is how many tests CPython itself runs here (the ceiling); `baseline` is the committed count (`tests/conformance/baseline.tsv`) that may only go up.\n\n")
	var tp, tf, ts, cp int
	for _, r := range results {
		tp += r.passed()
		tf += r.failures + r.errors
		ts += r.skipped
		cp += r.mod.cpython
	}
	fmt.Fprintf(&b, "Totals: **%d passed, %d failed, %d skipped** (CPython runs %d tests in these modules).\n\n", tp, tf, ts, cp)
	b.WriteString("| module | rung | run | passed | failed | errors | skipped | status | cpython | baseline |\n|---|---|---|---|---|---|---|---|---|---|\n")
	for _, r := range results {
		fmt.Fprintf(&b, "| %s | %d | %d | %d | %d | %d | %d | %s | %d | %d |\n", r.mod.name, r.mod.rung, r.run, r.passed(), r.failures, r.errors, r.skipped, r.status, r.mod.cpython, base[r.mod.name])
	}
	return os.WriteFile(path, []byte(b.String()), 0o644)
}
