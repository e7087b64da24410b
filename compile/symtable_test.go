package compile

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"taipan/syntax"
)

// The golden files next to each testdata/symtable/*.py were written by
// `go run ./tools/symtabcheck -golden compile/testdata/symtable/*.py`
// from CPython 3.11: F.ast.json is CPython's tree, F.symtab the dump of
// its symtable module, F.code co_varnames/co_cellvars/co_freevars of
// every code object ("SKIP ..." when CPython's compiler rejects the file
// for reasons beyond the symbol table).
func TestSymtableGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/symtable/*.py")
	if err != nil || len(files) == 0 {
		t.Fatalf("no test files: %v", err)
	}
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			raw, err := os.ReadFile(file + ".ast.json")
			if err != nil {
				t.Fatal(err)
			}
			mod, err := decodeTestModule(raw)
			if err != nil {
				t.Fatal(err)
			}
			wantSym := stReadFile(t, file+".symtab")
			wantCode := stReadFile(t, file+".code")
			st, err := Build(mod, file)
			var gotSym, gotCode string
			if err != nil {
				var se *syntax.SyntaxError
				if !errors.As(err, &se) {
					t.Fatalf("Build error %T: %v", err, err)
				}
				gotSym = stErrText(se)
				gotCode = gotSym
			} else {
				gotSym, gotCode = st.Dump(), st.DumpCode()
			}
			if gotSym != wantSym {
				t.Errorf("symtab mismatch\n--- want\n%s--- got\n%s", wantSym, gotSym)
			}
			if !strings.HasPrefix(wantCode, "SKIP") && gotCode != wantCode {
				t.Errorf("code mismatch\n--- want\n%s--- got\n%s", wantCode, gotCode)
			}
		})
	}
}

func stReadFile(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func stErrText(se *syntax.SyntaxError) string {
	none := func(n int) string {
		if n == 0 {
			return "None"
		}
		return stItoa(n)
	}
	return "ERROR " + se.Class + ": " + se.Msg + " line=" + stItoa(se.Lineno) + " offset=" + stItoa(se.Offset) +
		" end=" + none(se.EndLineno) + "," + none(se.EndOffset) + "\n"
}

func stItoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	var b []byte
	for n > 0 {
		b = append([]byte{byte('0' + n%10)}, b...)
		n /= 10
	}
	if neg {
		b = append([]byte{'-'}, b...)
	}
	return string(b)
}

// ---- hand-built trees ----

func stName(id string, ctx syntax.ExprContext, line, col int) *syntax.Name {
	return &syntax.Name{Pos: syntax.Pos{Lineno: line, ColOffset: col, EndLineno: line, EndColOffset: col + len(id)}, Id: id, Ctx: ctx}
}

func stAt(line, col int) syntax.Pos {
	return syntax.Pos{Lineno: line, ColOffset: col, EndLineno: line, EndColOffset: col + 1}
}

// def outer(a, *args, **kw):
//
//	x = a
//	def inner(): return x + y
//	y = 1
//	return inner
func TestClosureByHand(t *testing.T) {
	inner := &syntax.FunctionDef{Pos: stAt(3, 4), Name: "inner", Args: &syntax.Arguments{},
		Body: []syntax.Stmt{&syntax.Return{Pos: stAt(3, 17), Value: &syntax.BinOp{Pos: stAt(3, 24),
			Left: stName("x", syntax.Load, 3, 24), Right: stName("y", syntax.Load, 3, 28)}}}}
	outer := &syntax.FunctionDef{Pos: stAt(1, 0), Name: "outer",
		Args: &syntax.Arguments{
			Args:   []*syntax.Arg{{Pos: stAt(1, 10), Arg: "a"}},
			Vararg: &syntax.Arg{Pos: stAt(1, 14), Arg: "args"},
			Kwarg:  &syntax.Arg{Pos: stAt(1, 22), Arg: "kw"},
		},
		Body: []syntax.Stmt{
			&syntax.Assign{Pos: stAt(2, 4), Targets: []syntax.Expr{stName("x", syntax.Store, 2, 4)}, Value: stName("a", syntax.Load, 2, 8)},
			inner,
			&syntax.Assign{Pos: stAt(4, 4), Targets: []syntax.Expr{stName("y", syntax.Store, 4, 4)}, Value: &syntax.Constant{Pos: stAt(4, 8), Value: int64(1)}},
			&syntax.Return{Pos: stAt(5, 4), Value: stName("inner", syntax.Load, 5, 11)},
		}}
	mod := &syntax.Module{Body: []syntax.Stmt{outer}}
	st, err := Build(mod, "<test>")
	if err != nil {
		t.Fatal(err)
	}
	if st.Top.Kind != ModuleScope || st.Scopes[mod] != st.Top || len(st.Top.Children) != 1 {
		t.Fatalf("bad top scope %+v", st.Top)
	}
	so := st.Scopes[outer]
	si := st.Scopes[inner]
	if so == nil || si == nil || si.Parent != so {
		t.Fatal("scopes not recorded")
	}
	if !so.HasVarargs || !so.HasVarkeywords || so.IsNested || !si.IsNested {
		t.Errorf("flags: %+v", so)
	}
	if got, want := so.Varnames, []string{"a", "args", "kw", "inner"}; !reflect.DeepEqual(got, want) {
		t.Errorf("outer varnames %v, want %v", got, want)
	}
	if got, want := so.Cellvars, []string{"x", "y"}; !reflect.DeepEqual(got, want) {
		t.Errorf("outer cellvars %v, want %v", got, want)
	}
	if got, want := si.Freevars, []string{"x", "y"}; !reflect.DeepEqual(got, want) {
		t.Errorf("inner freevars %v, want %v", got, want)
	}
	if s := so.Lookup("x"); s == nil || s.Scope != Cell || s.Flags != DefLocal {
		t.Errorf("x in outer: %+v", s)
	}
	if s := si.Lookup("x"); s == nil || s.Scope != Free || s.Flags != Use {
		t.Errorf("x in inner: %+v", s)
	}
	if s := st.Top.Lookup("outer"); s == nil || s.Scope != Local {
		t.Errorf("outer in module: %+v", s)
	}
	if !so.ChildHasFree || !si.HasFree {
		t.Errorf("free flags: outer child %v inner %v", so.ChildHasFree, si.HasFree)
	}
}

// def f(x):
//
//	global x
func TestParamGlobalErrorByHand(t *testing.T) {
	f := &syntax.FunctionDef{Pos: stAt(1, 0), Name: "f",
		Args: &syntax.Arguments{Args: []*syntax.Arg{{Pos: stAt(1, 6), Arg: "x"}}},
		Body: []syntax.Stmt{&syntax.Global{Pos: syntax.Pos{Lineno: 2, ColOffset: 4, EndLineno: 2, EndColOffset: 12}, Names: []string{"x"}}}}
	_, err := Build(&syntax.Module{Body: []syntax.Stmt{f}}, "<test>")
	var se *syntax.SyntaxError
	if !errors.As(err, &se) {
		t.Fatalf("want SyntaxError, got %v", err)
	}
	want := syntax.SyntaxError{Class: "SyntaxError", Msg: "name 'x' is parameter and global", Filename: "<test>",
		Lineno: 2, Offset: 5, EndLineno: 2, EndOffset: 13}
	if *se != want {
		t.Errorf("got %+v, want %+v", *se, want)
	}
}

// class C:
//
//	def m(self): return super()
func TestClassCellByHand(t *testing.T) {
	m := &syntax.FunctionDef{Pos: stAt(2, 4), Name: "m",
		Args: &syntax.Arguments{Args: []*syntax.Arg{{Pos: stAt(2, 10), Arg: "self"}}},
		Body: []syntax.Stmt{&syntax.Return{Pos: stAt(2, 17), Value: &syntax.Call{Pos: stAt(2, 24), Func: stName("super", syntax.Load, 2, 24)}}}}
	c := &syntax.ClassDef{Pos: stAt(1, 0), Name: "C", Body: []syntax.Stmt{m}}
	st, err := Build(&syntax.Expression{Body: &syntax.Lambda{Pos: stAt(1, 0), Args: &syntax.Arguments{}, Body: stName("z", syntax.Load, 1, 8)}}, "<test>")
	if err != nil || st.Top.Children[0].Name != "lambda" || !st.Top.Children[0].IsLambda {
		t.Fatalf("expression mode: %v", err)
	}
	st, err = Build(&syntax.Module{Body: []syntax.Stmt{c}}, "<test>")
	if err != nil {
		t.Fatal(err)
	}
	sc, sm := st.Scopes[c], st.Scopes[m]
	if !sc.NeedsClassCell || !reflect.DeepEqual(sc.Cellvars, []string{"__class__"}) || sc.Private != "C" {
		t.Errorf("class: %+v", sc)
	}
	if !reflect.DeepEqual(sm.Freevars, []string{"__class__"}) || sm.Private != "C" {
		t.Errorf("method freevars %v", sm.Freevars)
	}
	if s := sm.Lookup("super"); s == nil || s.Scope != GlobalImplicit {
		t.Errorf("super: %+v", s)
	}
}

func TestMangle(t *testing.T) {
	for _, c := range []struct{ private, name, want string }{
		{"", "__x", "__x"},
		{"C", "__x", "_C__x"},
		{"_C", "__x", "_C__x"},
		{"__C", "__x", "_C__x"},
		{"___", "__x", "__x"},
		{"C", "__x__", "__x__"},
		{"C", "_x", "_x"},
		{"C", "x", "x"},
		{"C", "__a.b", "__a.b"},
		{"C", "__", "__"},
		{"Ünï", "__x", "_Ünï__x"},
	} {
		if got := Mangle(c.private, c.name); got != c.want {
			t.Errorf("Mangle(%q, %q) = %q, want %q", c.private, c.name, got, c.want)
		}
	}
}

func BenchmarkBuildGolden(b *testing.B) {
	raw, err := os.ReadFile("testdata/symtable/ok_class.py.ast.json")
	if err != nil {
		b.Fatal(err)
	}
	mod, err := decodeTestModule(raw)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := Build(mod, "x.py"); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkBuildLarge measures Build on the trees in the JSON-lines file
// named by $SYMTAB_BENCH (as written by `cpython_symtable_dump.py ast`).
func BenchmarkBuildLarge(b *testing.B) {
	path := os.Getenv("SYMTAB_BENCH")
	if path == "" {
		b.Skip("set SYMTAB_BENCH to a file of `cpython_symtable_dump.py ast` output")
	}
	data, err := os.ReadFile(path)
	if err != nil {
		b.Fatal(err)
	}
	var mods []syntax.ModNode
	for _, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		var rec struct {
			AST json.RawMessage `json:"ast"`
		}
		if err := json.Unmarshal([]byte(line), &rec); err != nil {
			b.Fatal(err)
		}
		mod, err := decodeTestModule(rec.AST)
		if err != nil {
			b.Fatal(err)
		}
		mods = append(mods, mod)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, m := range mods {
			if _, err := Build(m, "x.py"); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// x = 1+1+...+1 with n additions, as CPython nests it.
func stDeepSum(n int) *syntax.Module {
	var e syntax.Expr = &syntax.Constant{Pos: stAt(1, 4), Value: int64(1)}
	for i := 0; i < n; i++ {
		e = &syntax.BinOp{Pos: stAt(1, 4), Left: e, Op: syntax.Add, Right: &syntax.Constant{Pos: stAt(1, 4), Value: int64(1)}}
	}
	return &syntax.Module{Body: []syntax.Stmt{&syntax.Assign{Pos: stAt(1, 0), Targets: []syntax.Expr{stName("x", syntax.Store, 1, 0)}, Value: e}}}
}

func TestRecursionLimit(t *testing.T) {
	// CPython 3.11: compile('x = ' + '1+'*n + '1') works for n=2990 and
	// raises RecursionError for n=3000.
	if _, err := Build(stDeepSum(2990), "<test>"); err != nil {
		t.Errorf("n=2990: %v", err)
	}
	_, err := Build(stDeepSum(3000), "<test>")
	var se *syntax.SyntaxError
	if !errors.As(err, &se) || se.Class != "RecursionError" || se.Msg != "maximum recursion depth exceeded during compilation" {
		t.Errorf("n=3000: %v", err)
	}
}

func TestMalformedTreeNoPanic(t *testing.T) {
	_, err := Build(&syntax.Module{Body: []syntax.Stmt{&syntax.FunctionDef{Pos: stAt(1, 0), Name: "f"}}}, "<test>")
	if err == nil {
		t.Error("want an error for a FunctionDef without arguments")
	}
}
