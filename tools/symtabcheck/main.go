// Command symtabcheck compares Taipan's symbol tables with CPython 3.11's.
//
// For every .py file under the given paths (default /usr/lib/python3.11)
// it builds the symbol table with compile.Build and compares two dumps
// with those tools/cpython_symtable_dump.py produces under
// /usr/bin/python3.11: every scope with every symbol's flags (symtab),
// and co_varnames/co_cellvars/co_freevars of every code object (code).
// Scope errors are compared too (message, line, offset).
//
//	go run ./tools/symtabcheck [-parser cpython|taipan] [-v] [paths...]
//
// With -parser cpython (the default) the trees come from CPython's ast
// module via JSON, which checks the symbol table alone. With -parser
// taipan they come from syntax.Parse, and mismatches on files whose tree
// differs from CPython's (compared with ast.dump) are counted apart as
// parser differences; the exit status is 1 only for the others.
// -golden writes the reference dumps used by compile's unit tests.
package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	"taipan/compile"
	"taipan/syntax"
)

var (
	flagPy      = flag.String("python", "/usr/bin/python3.11", "reference interpreter")
	flagScript  = flag.String("script", "tools/cpython_symtable_dump.py", "reference dump script")
	flagParser  = flag.String("parser", "cpython", "where trees come from: cpython (ast module) or taipan (syntax.Parse)")
	flagVerbose = flag.Bool("v", false, "print the first differing lines of each mismatch")
	flagMax     = flag.Int("max", 50, "list at most this many mismatching files per check")
	flagAll     = flag.Bool("all", false, "with -parser taipan, also list mismatches on files whose tree differs from CPython's")
	flagGolden  = flag.Bool("golden", false, "write CPython's dumps next to each file (F.ast.json, F.symtab, F.code) for compile's unit tests instead of comparing")
)

type stream struct {
	cmd *exec.Cmd
	r   *bufio.Reader
}

type record struct {
	File string          `json:"file"`
	Out  string          `json:"out"`
	AST  json.RawMessage `json:"ast"`
}

func start(mode string, files []string) (*stream, error) {
	cmd := exec.Command(*flagPy, *flagScript, mode)
	cmd.Stdin = strings.NewReader(strings.Join(files, "\n") + "\n")
	cmd.Stderr = os.Stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	return &stream{cmd, bufio.NewReaderSize(out, 1<<20)}, nil
}

func (s *stream) next() (*record, error) {
	line, err := s.r.ReadBytes('\n')
	if err != nil && !(errors.Is(err, io.EOF) && len(line) > 0) {
		return nil, err
	}
	var r record
	if err := json.Unmarshal(line, &r); err != nil {
		return nil, err
	}
	return &r, nil
}

type tally struct {
	name              string
	same, total, skip int
	parserDiff        int // mismatches on files whose tree differs from CPython's
	bad               []string
}

func (t *tally) check(file, want, got string, astDiffers bool) {
	t.total++
	if want == got {
		t.same++
		return
	}
	if astDiffers {
		t.parserDiff++
		if !*flagAll {
			return
		}
	}
	if len(t.bad) < *flagMax {
		t.bad = append(t.bad, file)
		if *flagVerbose {
			fmt.Printf("--- %s mismatch: %s\n%s", t.name, file, firstDiff(want, got))
		}
	}
}

func firstDiff(want, got string) string {
	w := strings.Split(want, "\n")
	g := strings.Split(got, "\n")
	for i := 0; i < len(w) || i < len(g); i++ {
		var a, b string
		if i < len(w) {
			a = w[i]
		}
		if i < len(g) {
			b = g[i]
		}
		if a != b {
			ctx := ""
			for j := max(0, i-3); j < i; j++ {
				ctx += "    " + w[j] + "\n"
			}
			return fmt.Sprintf("  at line %d:\n%s  cpython: %q\n  taipan:  %q\n", i+1, ctx, a, b)
		}
	}
	return ""
}

func errorText(err error) string {
	var se *syntax.SyntaxError
	if errors.As(err, &se) {
		return fmt.Sprintf("ERROR %s: %s line=%d offset=%d end=%s,%s\n",
			se.Class, se.Msg, se.Lineno, se.Offset, orNone(se.EndLineno), orNone(se.EndOffset))
	}
	return "ERROR Go: " + err.Error() + "\n"
}

func orNone(n int) string {
	if n == 0 {
		return "None"
	}
	return strconv.Itoa(n)
}

func collect(paths []string) ([]string, error) {
	var files []string
	for _, p := range paths {
		err := filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return nil
			}
			if !d.IsDir() && strings.HasSuffix(path, ".py") {
				files = append(files, path)
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	sort.Strings(files)
	return files, nil
}

func main() {
	flag.Parse()
	paths := flag.Args()
	if len(paths) == 0 {
		paths = []string{"/usr/lib/python3.11"}
	}
	files, err := collect(paths)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	symS, err := start("symtab", files)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	codeS, err := start("code", files)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	var astS, dumpS *stream
	if *flagParser == "cpython" {
		astS, err = start("ast", files)
	} else {
		dumpS, err = start("astdump", files)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	if *flagGolden {
		if err := writeGolden(files, symS, codeS, astS); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(2)
		}
		return
	}
	var buildTime time.Duration
	built := 0
	sym := &tally{name: "symtab"}
	code := &tally{name: "code"}
	for _, file := range files {
		wantSym, err1 := symS.next()
		wantCode, err2 := codeS.next()
		if err1 != nil || err2 != nil {
			fmt.Fprintln(os.Stderr, "reference stream:", err1, err2)
			os.Exit(2)
		}
		mod, perr := parse(file, astS)
		astDiffers := false
		if dumpS != nil {
			d, err := dumpS.next()
			if err != nil {
				fmt.Fprintln(os.Stderr, "reference stream:", err)
				os.Exit(2)
			}
			var mine string
			if perr == nil {
				mine = syntax.Dump(mod, false) + "\n"
			}
			astDiffers = perr == nil && mine != d.Out ||
				perr != nil && !strings.HasPrefix(d.Out, "ERROR")
			if astDiffers && *flagVerbose {
				if perr != nil {
					fmt.Printf("--- tree differs: %s: Taipan: %v\n", file, perr)
				} else {
					split := func(s string) string { return strings.ReplaceAll(s, "), ", "),\n") }
					fmt.Printf("--- tree differs: %s\n%s", file, firstDiff(split(d.Out), split(mine)))
				}
			}
		}
		if perr != nil && astDiffers {
			// Taipan's parser rejects a file CPython accepts.
			sym.total++
			sym.parserDiff++
			code.total++
			code.parserDiff++
			continue
		}
		if perr != nil {
			sym.skip++
			code.skip++
			if *flagVerbose {
				fmt.Printf("--- skipped %s: %v\n", file, perr)
			}
			continue
		}
		t0 := time.Now()
		st, err := compile.Build(mod, file)
		buildTime += time.Since(t0)
		built++
		var gotSym, gotCode string
		if err != nil {
			gotSym = errorText(err)
			gotCode = gotSym
		} else {
			gotSym = st.Dump()
			gotCode = st.DumpCode()
		}
		sym.check(file, wantSym.Out, gotSym, astDiffers)
		// A file CPython's compiler rejects for reasons beyond the symbol
		// table has no code objects to compare.
		if strings.HasPrefix(wantCode.Out, "ERROR") && !strings.HasPrefix(wantSym.Out, "ERROR") {
			code.skip++
			continue
		}
		code.check(file, wantCode.Out, dropDead(wantCode.Out, gotCode), astDiffers)
	}
	for _, t := range []*tally{sym, code} {
		fmt.Printf("%s: %d/%d files identical (%d skipped: no tree)", t.name, t.same, t.total, t.skip)
		if dumpS != nil {
			fmt.Printf("; %d mismatches on files whose Taipan tree differs from CPython's", t.parserDiff)
		}
		fmt.Println()
		for _, f := range t.bad {
			fmt.Printf("  mismatch: %s\n", f)
		}
	}
	if built > 0 {
		fmt.Printf("Build: %d files in %v (%v per file)\n", built, buildTime.Round(time.Millisecond), (buildTime / time.Duration(built)).Round(time.Microsecond))
	}
	// Fail only on differences the symbol table itself is responsible for.
	if sym.same+sym.parserDiff != sym.total || code.same+code.parserDiff != code.total {
		os.Exit(1)
	}
}

// parse returns the tree of file, or an error when it has none to check
// (the reference parser rejects it).
func parse(file string, astS *stream) (syntax.ModNode, error) {
	if astS != nil {
		r, err := astS.next()
		if err != nil {
			return nil, err
		}
		if r.AST == nil {
			return nil, fmt.Errorf("CPython: %s", strings.TrimSpace(r.Out))
		}
		return decodeModule(r.AST)
	}
	return parseTaipan(file)
}

// dropDead removes the code objects CPython has no counterpart for: it
// drops the constants of unreachable code (a def after `return`), which
// a symbol table cannot know about. Scope existence is checked by the
// symtab comparison.
func dropDead(want, got string) string {
	if want == got || strings.HasPrefix(want, "ERROR") || strings.HasPrefix(got, "ERROR") {
		return got
	}
	keys := map[string]bool{}
	for _, l := range strings.Split(want, "\n") {
		if i := strings.Index(l, " flags="); i > 0 {
			keys[l[:i]] = true
		}
	}
	var out []string
	for _, l := range strings.Split(strings.TrimSuffix(got, "\n"), "\n") {
		if i := strings.Index(l, " flags="); i > 0 && !keys[l[:i]] {
			continue
		}
		out = append(out, l)
	}
	return strings.Join(out, "\n") + "\n"
}

// writeGolden stores the reference dumps next to each source file.
func writeGolden(files []string, symS, codeS, astS *stream) error {
	if astS == nil {
		return errors.New("-golden needs -parser cpython")
	}
	for _, file := range files {
		s, err := symS.next()
		if err != nil {
			return err
		}
		c, err := codeS.next()
		if err != nil {
			return err
		}
		a, err := astS.next()
		if err != nil {
			return err
		}
		if a.AST == nil {
			return fmt.Errorf("%s: CPython cannot parse it: %s", file, a.Out)
		}
		if strings.HasPrefix(c.Out, "ERROR") && !strings.HasPrefix(s.Out, "ERROR") {
			c.Out = "SKIP " + c.Out
		}
		for ext, data := range map[string][]byte{".ast.json": append(a.AST, '\n'), ".symtab": []byte(s.Out), ".code": []byte(c.Out)} {
			if err := os.WriteFile(file+ext, data, 0o644); err != nil {
				return err
			}
		}
	}
	return nil
}
