package compile

import (
	"taipan/objects"
	"taipan/syntax"
)

// callLocals compiles locals(), vars() and dir() without arguments as
// EXT CallLocals, which answers from this frame when the callee is the
// builtin (the VM keeps no frame dict to look at otherwise).
//
// exec and eval with one to three positional arguments compile the same
// way (C = the number of arguments, in the registers after the callee):
// the builtin then runs with this frame's globals and locals where the
// arguments leave them out or pass None, as CPython's do.
func (u *unit) callLocals(e *syntax.Call, dst int) bool {
	n, ok := e.Func.(*syntax.Name)
	if !ok || len(e.Keywords) > 0 {
		return false
	}
	withArg := 0
	switch n.Id {
	case "locals", "vars", "dir":
		if len(e.Args) > 0 {
			return false
		}
	case "exec", "eval":
		if len(e.Args) < 1 || len(e.Args) > 3 || u.kind != FunctionScope {
			return false
		}
		for _, a := range e.Args {
			if _, star := a.(*syntax.Starred); star {
				return false
			}
		}
		withArg = len(e.Args)
	default:
		return false
	}
	if sym := u.sc.Symbols[n.Id]; sym != nil && sym.Scope != GlobalImplicit {
		return false
	}
	f := u.alloc(1 + withArg)
	u.loadName(n.Id, f)
	for i := 0; i < withArg; i++ {
		u.exprTo(e.Args[i], f+1+i)
	}
	u.curPos = posOf(e.GetPos())
	u.emit(EXT, dst, f, withArg, ExtCallLocals)
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

// moduleDocstring stores a module's docstring as __doc__.
func (u *unit) moduleDocstring(body []syntax.Stmt) {
	if len(body) == 0 {
		return
	}
	es, ok := body[0].(*syntax.ExprStmt)
	if !ok {
		return
	}
	k, ok := es.Value.(*syntax.Constant)
	if !ok {
		return
	}
	if _, ok := k.Value.(string); !ok {
		return
	}
	saved := u.curPos
	u.curPos = posOf(es.GetPos())
	r := u.alloc(1)
	u.loadConst(r, u.constOf(k.Value))
	u.storeName("__doc__", r)
	u.curPos = saved
	u.tmp = r
}

// checkFutureImports rejects `from __future__ import` after other
// statements (only a docstring may precede them).
func (u *unit) checkFutureImports(body []syntax.Stmt) {
	seenOther := false
	for i, s := range body {
		if f, ok := s.(*syntax.ImportFrom); ok && f.Module != nil && *f.Module == "__future__" {
			if seenOther {
				saved := u.curPos
				u.curPos = posOf(s.GetPos())
				u.syntaxError("from __future__ imports must occur at the beginning of the file")
				u.curPos = saved
			}
			continue
		}
		if i == 0 {
			if es, ok := s.(*syntax.ExprStmt); ok {
				if k, ok := es.Value.(*syntax.Constant); ok {
					if _, ok := k.Value.(string); ok {
						continue
					}
				}
			}
		}
		seenOther = true
	}
}

// checkRepeatedKeywords rejects f(x=1, x=2).
func (u *unit) checkRepeatedKeywords(kws []*syntax.Keyword) {
	for i, k := range kws {
		if k.Arg == nil {
			continue
		}
		for _, k2 := range kws[:i] {
			if k2.Arg != nil && *k2.Arg == *k.Arg {
				u.curPos = posOf(k.GetPos())
				u.syntaxError("keyword argument repeated: " + *k.Arg)
			}
		}
	}
}
