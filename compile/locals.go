package compile

import (
	"taipan/objects"
	"taipan/syntax"
)

// callLocals compiles locals(), vars() and dir() without arguments as
// EXT CallLocals, which answers from this frame when the callee is the
// builtin (the VM keeps no frame dict to look at otherwise).
func (u *unit) callLocals(e *syntax.Call, dst int) bool {
	n, ok := e.Func.(*syntax.Name)
	if !ok || len(e.Args) > 0 || len(e.Keywords) > 0 {
		return false
	}
	switch n.Id {
	case "locals", "vars", "dir":
	default:
		return false
	}
	if sym := u.sc.Symbols[n.Id]; sym != nil && sym.Scope != GlobalImplicit {
		return false
	}
	f := u.alloc(1)
	u.loadName(n.Id, f)
	u.curPos = posOf(e.GetPos())
	u.emit(EXT, dst, f, 0, ExtCallLocals)
	return true
}

// codeHasAnnotations marks a function whose MAKE_FUNCTION passes an
// __annotations__ dict in its fourth operand register.
const codeHasAnnotations = objects.CodeFlags(1 << 23)

// annotations evaluates a def's annotations into a dict in dst; false
// when there are none.
func (u *unit) annotations(node syntax.Node, args *syntax.Arguments, dst int) bool {
	var returns syntax.Expr
	switch n := node.(type) {
	case *syntax.FunctionDef:
		returns = n.Returns
	case *syntax.AsyncFunctionDef:
		returns = n.Returns
	default:
		return false
	}
	type pair struct {
		name string
		ann  syntax.Expr
	}
	var ps []pair
	add := func(a *syntax.Arg) {
		if a != nil && a.Annotation != nil {
			ps = append(ps, pair{u.mangle(a.Arg), a.Annotation})
		}
	}
	for _, a := range args.Posonlyargs {
		add(a)
	}
	for _, a := range args.Args {
		add(a)
	}
	add(args.Vararg)
	for _, a := range args.Kwonlyargs {
		add(a)
	}
	add(args.Kwarg)
	if returns != nil {
		ps = append(ps, pair{"return", returns})
	}
	if len(ps) == 0 {
		return false
	}
	b := u.alloc(2 * len(ps))
	for i, p := range ps {
		u.loadConst(b+2*i, u.strConst(p.name))
		if u.c.st.FutureAnnotations {
			u.loadConst(b+2*i+1, u.strConst(u.c.segment(p.ann)))
		} else {
			u.exprTo(p.ann, b+2*i+1)
		}
	}
	u.emit(BUILD_MAP, dst, b, len(ps), 0)
	return true
}
