// Command parsecheck measures how closely Taipan's parser agrees with
// CPython 3.11 over the whole installed standard library (test suite
// included).
//
// CPython dumps every file once (tools/cpython_ast_dump.py under
// /usr/bin/python3.11); the dumps are cached, gzip-compressed, under
// $XDG_CACHE_HOME/taipan-parsecheck (or /tmp/taipan-parsecheck-cache), keyed
// by a hash of the file list, sizes and mtimes and of the dump script. Then
// each file is parsed with syntax.Parse and its syntax.Dump compared with
// CPython's ast.dump, without and with positions; files CPython rejects must
// be rejected with the same exception class and line number.
//
// Usage:
//
//	go run ./tools/parsecheck [-min-noattrs 99.9] [-min-attrs 99] [-min-rejected 100] [-list N] [-only SUBSTR]
//
// It exits 1 when a percentage is below its threshold.
package main

import (
	"bufio"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"

	"taipan/syntax"
	"taipan/tools/internal/pyfiles"
)

var stuckAfter *time.Duration

// record is one line of cpython_ast_dump.py's output.
type record struct {
	File    string `json:"file"`
	NoAttrs string `json:"noattrs"`
	Attrs   string `json:"attrs"`
	Error   string `json:"error"`
	Lineno  int    `json:"lineno"`
}

// result is the verdict for one file.
type result struct {
	file      string
	rejected  bool   // CPython rejected it
	okNoAttrs bool   // accepted files: dumps equal without positions
	okAttrs   bool   // accepted files: dumps equal with positions
	okReject  bool   // rejected files: same class and line
	detail    string // why it differs
	category  string // node class (and field) where the dumps first differ
}

func main() {
	minNoAttrs := flag.Float64("min-noattrs", 0, "fail below this percentage of accepted files identical without positions")
	minAttrs := flag.Float64("min-attrs", 0, "fail below this percentage of accepted files identical with positions")
	minRejected := flag.Float64("min-rejected", 0, "fail below this percentage of rejected files rejected with the same class and line")
	python := flag.String("python", pyfiles.DefaultPython, "reference interpreter")
	maxList := flag.Int("list", 60, "list at most this many differing files (0: all)")
	only := flag.String("only", "", "check only files whose path contains this string")
	stuckAfter = flag.Duration("stuck", time.Minute, "give up when one file takes longer than this")
	flag.Parse()

	os.Exit(run(*python, *minNoAttrs, *minAttrs, *minRejected, *maxList, *only))
}

func run(python string, minNoAttrs, minAttrs, minRejected float64, maxList int, only string) int {
	root := pyfiles.StdlibDir()
	files, err := pyfiles.Collect(root)
	if err != nil {
		fmt.Fprintf(os.Stderr, "parsecheck: %v\n", err)
		return 2
	}
	if len(files) == 0 {
		fmt.Fprintf(os.Stderr, "parsecheck: no .py files under %s\n", root)
		return 2
	}
	start := time.Now()
	cache, err := ensureCache(python, files)
	if err != nil {
		fmt.Fprintf(os.Stderr, "parsecheck: %v\n", err)
		return 2
	}

	f, err := os.Open(cache)
	if err != nil {
		fmt.Fprintf(os.Stderr, "parsecheck: %v\n", err)
		return 2
	}
	defer f.Close()
	zr, err := gzip.NewReader(bufio.NewReaderSize(f, 1<<20))
	if err != nil {
		fmt.Fprintf(os.Stderr, "parsecheck: reading cache %s: %v\n", cache, err)
		return 2
	}
	dec := json.NewDecoder(zr)

	// Two workers (or GOMAXPROCS) compare while the main goroutine decodes.
	type job struct {
		i   int
		rec *record
	}
	jobs := make(chan job, 8)
	results := make([]result, 0, len(files))
	var mu sync.Mutex
	var wg sync.WaitGroup
	workers := runtime.GOMAXPROCS(0)
	if workers > 4 {
		workers = 4
	}
	var resultsByIndex = make(map[int]result, len(files))
	// A watchdog stops the run if the parser hangs on a file.
	busy := make([]struct {
		file  string
		since time.Time
	}, workers)
	go func() {
		for range time.Tick(time.Second) {
			mu.Lock()
			for _, b := range busy {
				if b.file != "" && time.Since(b.since) > *stuckAfter {
					fmt.Printf("parsecheck: FAIL: Taipan's parser is stuck on %s (over %v)\n", b.file, *stuckAfter)
					os.Exit(1)
				}
			}
			mu.Unlock()
		}
	}()
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for j := range jobs {
				mu.Lock()
				busy[w].file, busy[w].since = j.rec.File, time.Now()
				mu.Unlock()
				r := check(j.rec)
				mu.Lock()
				busy[w].file = ""
				resultsByIndex[j.i] = r
				mu.Unlock()
			}
		}(w)
	}
	n := 0
	for {
		rec := new(record)
		if err := dec.Decode(rec); err != nil {
			if errors.Is(err, io.EOF) {
				break
			}
			close(jobs)
			wg.Wait()
			fmt.Fprintf(os.Stderr, "parsecheck: corrupt cache %s (%v); delete it and rerun\n", cache, err)
			return 2
		}
		if only != "" && !strings.Contains(rec.File, only) {
			continue
		}
		jobs <- job{n, rec}
		n++
	}
	close(jobs)
	wg.Wait()
	for i := 0; i < n; i++ {
		results = append(results, resultsByIndex[i])
	}

	var accepted, rejected, sameNoAttrs, sameAttrs, sameReject int
	for _, r := range results {
		if r.rejected {
			rejected++
			if r.okReject {
				sameReject++
			}
			continue
		}
		accepted++
		if r.okNoAttrs {
			sameNoAttrs++
		}
		if r.okAttrs {
			sameAttrs++
		}
	}
	pNo, pAt, pRej := pct(sameNoAttrs, accepted), pct(sameAttrs, accepted), pct(sameReject, rejected)

	listed := 0
	var diffs int
	for _, r := range results {
		if r.detail == "" {
			continue
		}
		diffs++
		if maxList > 0 && listed >= maxList {
			continue
		}
		if listed == 0 {
			fmt.Println("differing files:")
		}
		listed++
		fmt.Printf("  %s: %s\n", rel(root, r.file), r.detail)
	}
	if diffs > listed {
		fmt.Printf("  ... and %d more (use -list 0 to see all)\n", diffs-listed)
	}
	printCategories(results)
	fmt.Printf("parsecheck: %d files under %s (%.1fs)\n", len(results), root, time.Since(start).Seconds())
	fmt.Printf("%d/%d files identical (without positions) %.2f%%\n", sameNoAttrs, accepted, pNo)
	fmt.Printf("%d/%d files identical (with positions) %.2f%%\n", sameAttrs, accepted, pAt)
	fmt.Printf("%d/%d rejected files rejected with the same class and line %.2f%%\n", sameReject, rejected, pRej)

	status := 0
	for _, t := range []struct {
		what      string
		got, want float64
	}{{"without positions", pNo, minNoAttrs}, {"with positions", pAt, minAttrs}, {"rejected", pRej, minRejected}} {
		if t.got < t.want {
			fmt.Printf("FAIL: %s %.2f%% is below the threshold %.2f%%\n", t.what, t.got, t.want)
			status = 1
		}
	}
	return status
}

// printCategories prints the most frequent kinds of first difference, so
// the biggest sources of disagreement stand out.
func printCategories(results []result) {
	counts := map[string]int{}
	for _, r := range results {
		if r.category != "" {
			c := r.category
			if len(c) > 100 {
				c = c[:100]
			}
			counts[c]++
		}
	}
	if len(counts) == 0 {
		return
	}
	type kv struct {
		k string
		n int
	}
	var list []kv
	for k, n := range counts {
		list = append(list, kv{k, n})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].n != list[j].n {
			return list[i].n > list[j].n
		}
		return list[i].k < list[j].k
	})
	fmt.Println("most common first differences (files):")
	for i, e := range list {
		if i == 15 {
			fmt.Printf("  ... %d more kinds\n", len(list)-15)
			break
		}
		fmt.Printf("  %5d  %s\n", e.n, e.k)
	}
}

func pct(a, b int) float64 {
	if b == 0 {
		return 100
	}
	return 100 * float64(a) / float64(b)
}

func rel(root, path string) string {
	if r, err := filepath.Rel(root, path); err == nil {
		return r
	}
	return path
}

// check parses one file with Taipan and compares it with CPython's record.
// A parser panic is caught and counts as a difference.
func check(rec *record) (res result) {
	res.file = rec.File
	res.rejected = rec.Error != ""
	defer func() {
		if p := recover(); p != nil {
			res.okNoAttrs, res.okAttrs, res.okReject = false, false, false
			res.detail = fmt.Sprintf("Go panic: %v", p)
			res.category = "Go panic"
		}
	}()
	data, err := os.ReadFile(rec.File)
	if err != nil {
		res.detail = err.Error()
		return res
	}
	tree, err := syntax.Parse(data, rec.File, syntax.ModeExec)
	if res.rejected {
		if err == nil {
			res.detail = fmt.Sprintf("CPython: %s at line %d; Taipan accepts it", rec.Error, rec.Lineno)
			return res
		}
		var se *syntax.SyntaxError
		if !errors.As(err, &se) {
			res.detail = fmt.Sprintf("CPython: %s at line %d; Taipan: non-SyntaxError error %v", rec.Error, rec.Lineno, err)
			return res
		}
		if se.Class != rec.Error || se.Lineno != rec.Lineno {
			res.detail = fmt.Sprintf("CPython: %s at line %d; Taipan: %s at line %d: %s", rec.Error, rec.Lineno, se.Class, se.Lineno, se.Msg)
			return res
		}
		res.okReject = true
		return res
	}
	if err != nil {
		res.detail = fmt.Sprintf("Taipan rejects it: %v", err)
		res.category = "rejected by Taipan"
		if se, ok := err.(*syntax.SyntaxError); ok {
			res.category += ": " + se.Msg
		}
		return res
	}
	got := syntax.Dump(tree, false)
	res.okNoAttrs = got == rec.NoAttrs
	if !res.okNoAttrs {
		res.detail = "without positions: " + firstDiff(got, rec.NoAttrs)
		res.category = "no positions: " + diffCategory(got, rec.NoAttrs)
		return res
	}
	got = syntax.Dump(tree, true)
	res.okAttrs = got == rec.Attrs
	if !res.okAttrs {
		res.detail = "with positions: " + firstDiff(got, rec.Attrs)
		res.category = "positions: " + diffCategory(got, rec.Attrs)
	}
	return res
}

// diffCategory names where two dumps first differ: the innermost node
// class open at that point in CPython's dump and the field being printed,
// e.g. "Constant.value" or "Name.end_col_offset".
func diffCategory(got, want string) string {
	i := 0
	for i < len(got) && i < len(want) && got[i] == want[i] {
		i++
	}
	prefix := want[:i]
	// Scan back over closed sub-nodes and lists; the first "name=" at
	// depth 0 is the field, the first "Name(" at depth 0 the node. (A
	// heuristic: brackets inside string constants can confuse it.)
	field := ""
	depth := 0
	for k := len(prefix) - 1; k >= 0; k-- {
		switch c := prefix[k]; {
		case c == ')' || c == ']':
			depth++
		case (c == '(' || c == '[') && depth > 0:
			depth--
		case c == '=' && depth == 0 && field == "":
			j := k
			for j > 0 && isIdent(prefix[j-1]) {
				j--
			}
			field = prefix[j:k]
		case c == '(' && depth == 0:
			j := k
			for j > 0 && isIdent(prefix[j-1]) {
				j--
			}
			if j < k {
				if field != "" {
					return prefix[j:k] + "." + field
				}
				return prefix[j:k]
			}
		}
	}
	return "?"
}

func isIdent(c byte) bool {
	return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// firstDiff describes the first difference between two dumps with a little
// context on each side.
func firstDiff(got, want string) string {
	i := 0
	for i < len(got) && i < len(want) && got[i] == want[i] {
		i++
	}
	const before, after = 50, 40
	lo := i - before
	if lo < 0 {
		lo = 0
	}
	clip := func(s string) string {
		hi := i + after
		if hi > len(s) {
			hi = len(s)
		}
		if lo >= len(s) {
			return "<end>"
		}
		return strings.ReplaceAll(s[lo:hi], "\n", `\n`)
	}
	return fmt.Sprintf("at byte %d\n      taipan:  ...%s\n      cpython: ...%s", i, clip(got), clip(want))
}

// ensureCache returns the path of the gzip-compressed JSON-lines file of
// CPython's dumps for files, creating it if no valid one exists.
func ensureCache(python string, files []pyfiles.File) (string, error) {
	script, err := scriptPath()
	if err != nil {
		return "", err
	}
	scriptText, err := os.ReadFile(script)
	if err != nil {
		return "", err
	}
	h := sha256.New()
	fmt.Fprintf(h, "parsecheck v1\n%s\n", python)
	h.Write(scriptText)
	for _, f := range files {
		fmt.Fprintf(h, "%s\x00%d\x00%d\n", f.Path, f.Size, f.ModTime)
	}
	key := hex.EncodeToString(h.Sum(nil))[:24]

	dir := "/tmp/taipan-parsecheck-cache"
	if x := os.Getenv("XDG_CACHE_HOME"); x != "" {
		dir = filepath.Join(x, "taipan-parsecheck")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", err
	}
	path := filepath.Join(dir, key+".jsonl.gz")
	if _, err := os.Stat(path); err == nil {
		return path, nil
	}

	fmt.Fprintf(os.Stderr, "parsecheck: dumping %d files with %s (cached in %s)...\n", len(files), python, dir)
	if _, err := os.Stat(python); err != nil {
		return "", fmt.Errorf("reference interpreter %s not found (run `make parse-check`, which installs it)", python)
	}
	tmp, err := os.CreateTemp(dir, key+".tmp*")
	if err != nil {
		return "", err
	}
	defer os.Remove(tmp.Name())
	cmd, err := pyfiles.PythonCommand(python, "cpython_ast_dump.py")
	if err != nil {
		return "", err
	}
	var list strings.Builder
	for _, f := range files {
		list.WriteString(f.Path)
		list.WriteByte('\n')
	}
	cmd.Stdin = strings.NewReader(list.String())
	cmd.Stderr = os.Stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		return "", err
	}
	if err := cmd.Start(); err != nil {
		return "", err
	}
	bw := bufio.NewWriterSize(tmp, 1<<20)
	zw, _ := gzip.NewWriterLevel(bw, gzip.BestSpeed)
	_, copyErr := io.Copy(zw, out)
	waitErr := cmd.Wait()
	if copyErr != nil {
		return "", copyErr
	}
	if waitErr != nil {
		return "", fmt.Errorf("%s tools/cpython_ast_dump.py: %v", python, waitErr)
	}
	if err := zw.Close(); err != nil {
		return "", err
	}
	if err := bw.Flush(); err != nil {
		return "", err
	}
	if err := tmp.Close(); err != nil {
		return "", err
	}
	os.Chmod(tmp.Name(), 0o644)
	if err := os.Rename(tmp.Name(), path); err != nil {
		return "", err
	}
	// Drop stale caches (other keys) so the directory does not grow.
	if old, _ := filepath.Glob(filepath.Join(dir, "*.jsonl.gz")); len(old) > 0 {
		for _, o := range old {
			if o != path {
				os.Remove(o)
			}
		}
	}
	return path, nil
}

func scriptPath() (string, error) {
	root, err := pyfiles.RepoRoot()
	if err != nil {
		return "", fmt.Errorf("cannot find the repository root (go.mod) from the working directory")
	}
	return filepath.Join(root, "tools", "cpython_ast_dump.py"), nil
}
