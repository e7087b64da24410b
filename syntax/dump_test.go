package syntax

import (
	"fmt"
	"math/big"
	"testing"
)

func TestDumpHandBuilt(t *testing.T) {
	s := func(x string) *string { return &x }
	p := func(l, c, el, ec int) Pos { return Pos{l, c, el, ec} }
	big1, _ := new(big.Int).SetString("123456789012345678901234567890", 10)
	// def f(a, *, b, c=1, **k) -> None: return {**d, 'k': b'v'}
	fn := &FunctionDef{
		Pos:  p(1, 0, 1, 40),
		Name: "f",
		Args: &Arguments{
			Args:       []*Arg{{Pos: p(1, 6, 1, 7), Arg: "a"}},
			Kwonlyargs: []*Arg{{Pos: p(1, 12, 1, 13), Arg: "b"}, {Pos: p(1, 15, 1, 16), Arg: "c"}},
			KwDefaults: []Expr{nil, &Constant{Pos: p(1, 17, 1, 18), Value: int64(1)}},
			Kwarg:      &Arg{Pos: p(1, 22, 1, 23), Arg: "k"},
		},
		Body: []Stmt{&Return{Pos: p(1, 20, 1, 40), Value: &Dict{
			Pos:    p(1, 27, 1, 40),
			Keys:   []Expr{nil, &Constant{Pos: p(1, 33, 1, 36), Value: "k", Kind: s("u")}},
			Values: []Expr{&Name{Pos: p(1, 30, 1, 31), Id: "d"}, &Constant{Pos: p(1, 38, 1, 42), Value: Bytes("v")}},
		}}},
		Returns: &Constant{Pos: p(1, 1, 1, 2), Value: nil},
	}
	mod := &Module{Body: []Stmt{
		fn,
		&ExprStmt{Pos: p(2, 0, 2, 5), Value: &Compare{Pos: p(2, 0, 2, 5), Left: &Constant{Value: big1},
			Ops: []CmpOp{Lt, NotIn}, Comparators: []Expr{&Constant{Value: 1.5}, &Constant{Value: complex(0, 2)}}}},
		&ImportFrom{Pos: p(3, 0, 3, 5), Names: []*Alias{{Pos: p(3, 1, 3, 2), Name: "x", Asname: s("y")}}, Level: 1},
		&For{Pos: p(4, 0, 4, 1), Target: &Name{Id: "x", Ctx: Store}, Iter: &ListComp{Elt: &Name{Id: "y"},
			Generators: []*Comprehension{{Target: &Name{Id: "y", Ctx: Store}, Iter: &Name{Id: "z"}}}},
			Body: []Stmt{&Pass{Pos: p(4, 2, 4, 6)}}},
	}}
	want := "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='a')], kwonlyargs=[arg(arg='b'), arg(arg='c')], kw_defaults=[None, Constant(value=1)], kwarg=arg(arg='k'), defaults=[]), body=[Return(value=Dict(keys=[None, Constant(value='k', kind='u')], values=[Name(id='d', ctx=Load()), Constant(value=b'v')]))], decorator_list=[], returns=Constant(value=None)), Expr(value=Compare(left=Constant(value=123456789012345678901234567890), ops=[Lt(), NotIn()], comparators=[Constant(value=1.5), Constant(value=2j)])), ImportFrom(names=[alias(name='x', asname='y')], level=1), For(target=Name(id='x', ctx=Store()), iter=ListComp(elt=Name(id='y', ctx=Load()), generators=[comprehension(target=Name(id='y', ctx=Store()), iter=Name(id='z', ctx=Load()), ifs=[], is_async=0)]), body=[Pass()], orelse=[])], type_ignores=[])"
	if got := Dump(mod, false); got != want {
		t.Errorf("Dump:\n got %s\nwant %s", got, want)
	}
	wantAttr := "Return(value=Name(id='d', ctx=Load(), lineno=1, col_offset=30, end_lineno=1, end_col_offset=31), lineno=1, col_offset=20, end_lineno=1, end_col_offset=40)"
	r := &Return{Pos: p(1, 20, 1, 40), Value: &Name{Pos: p(1, 30, 1, 31), Id: "d"}}
	if got := Dump(r, true); got != wantAttr {
		t.Errorf("Dump attrs:\n got %s\nwant %s", got, wantAttr)
	}
	wantArgs := "arguments(posonlyargs=[], args=[arg(arg='a', lineno=1, col_offset=6, end_lineno=1, end_col_offset=7)], kwonlyargs=[], kw_defaults=[], defaults=[])"
	if got := Dump(&Arguments{Args: []*Arg{{Pos: p(1, 6, 1, 7), Arg: "a"}}}, true); got != wantArgs {
		t.Errorf("Dump arguments:\n got %s\nwant %s", got, wantArgs)
	}
}

// The node classes must be named as in CPython's ast module.
func TestDumpClassNames(t *testing.T) {
	cases := map[Node]string{
		&ExprStmt{}: "Expr", &Comprehension{}: "comprehension", &Arguments{}: "arguments",
		&Arg{}: "arg", &Keyword{}: "keyword", &Alias{}: "alias", &WithItem{}: "withitem",
		&MatchCase{}: "match_case", &TypeIgnore{}: "TypeIgnore", &ExceptHandler{}: "ExceptHandler",
	}
	for n, want := range cases {
		got := Dump(n, false)
		if len(got) < len(want) || got[:len(want)+1] != want+"(" {
			t.Errorf("Dump(%T) = %s, want class %s", n, got, want)
		}
	}
}

func ExampleDump() {
	tree, err := Parse([]byte("x = 1 + 2.5j\n"), "<example>", ModeExec)
	if err != nil {
		panic(err)
	}
	fmt.Println(Dump(tree, false))
	fmt.Println(Dump(tree.(*Module).Body[0].(*Assign).Value, true))
	// Output:
	// Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=Constant(value=1), op=Add(), right=Constant(value=2.5j)))], type_ignores=[])
	// BinOp(left=Constant(value=1, lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), op=Add(), right=Constant(value=2.5j, lineno=1, col_offset=8, end_lineno=1, end_col_offset=12), lineno=1, col_offset=4, end_lineno=1, end_col_offset=12)
}
