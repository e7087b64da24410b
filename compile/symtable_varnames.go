package compile

import (
	"strings"

	"taipan/syntax"
)

// This file orders co_varnames. After the parameters, CPython lists a
// function's fast locals in the order its compiler first emits an access
// to them, which is not the symbol table's visiting order (an assignment
// compiles its value before its targets, a for loop its iterable before
// its target, decorators come before the def...). symVarWalker replays the
// compiler's visiting order and appends each LOCAL name at first sight.
// Names the compiler never touches (a bare `x: int` in a function) are
// left out, as in CPython.

type symVarWalker struct {
	t      *SymbolTable
	cur    *Scope      // innermost scope being walked
	blocks []symFblock // the compiler's frame blocks that own code
}

// symFblock is a loop or a try-finally: `return`, `break` and `continue`
// compile the finally bodies they leave in place, so the names there are
// touched at that point.
type symFblock struct {
	loop    bool
	finally []syntax.Stmt
}

// unwind replays the finally bodies left by a jump out of the blocks,
// innermost first, stopping at the innermost loop unless toFunction.
func (w *symVarWalker) unwind(toFunction bool) {
	saved := w.blocks
	for i := len(saved) - 1; i >= 0; i-- {
		fb := saved[i]
		if fb.loop {
			if !toFunction {
				break
			}
			continue
		}
		w.blocks = saved[:i]
		w.stmts(fb.finally)
	}
	w.blocks = saved
}

// inUnit walks the body of a new code object with its own block stack.
func (w *symVarWalker) inUnit(node syntax.Node, f func()) {
	prev, saved := w.cur, w.blocks
	if s := w.t.Scopes[node]; s != nil {
		w.cur = s
	}
	w.blocks = saved[len(saved):]
	f()
	w.cur, w.blocks = prev, saved
}

func (w *symVarWalker) loop(body []syntax.Stmt) {
	w.blocks = append(w.blocks, symFblock{loop: true})
	w.stmts(body)
	w.blocks = w.blocks[:len(w.blocks)-1]
}

func (b *symBuilder) varnames(mod syntax.ModNode) {
	w := &symVarWalker{t: b.table, cur: b.top, blocks: make([]symFblock, 0, 8)}
	switch m := mod.(type) {
	case *syntax.Module:
		w.stmts(m.Body)
	case *syntax.Interactive:
		w.stmts(m.Body)
	case *syntax.Expression:
		w.expr(m.Body)
	}
}

func (w *symVarWalker) name(id string) {
	s := w.cur
	if s.Kind != FunctionScope {
		return
	}
	sym := s.Symbols[Mangle(s.Private, id)]
	if sym == nil || sym.inVarnames || sym.Scope != Local {
		return
	}
	sym.inVarnames = true
	s.Varnames = append(s.Varnames, sym.Name)
}

func (w *symVarWalker) stmts(list []syntax.Stmt) {
	for _, s := range list {
		w.stmt(s)
	}
}

func (w *symVarWalker) exprs(list []syntax.Expr) {
	for _, e := range list {
		if e != nil {
			w.expr(e)
		}
	}
}

func (w *symVarWalker) stmt(s syntax.Stmt) {
	switch s := s.(type) {
	case *syntax.FunctionDef:
		w.funcDef(s, s.Name, s.Args, s.Body, s.DecoratorList, s.Returns)
	case *syntax.AsyncFunctionDef:
		w.funcDef(s, s.Name, s.Args, s.Body, s.DecoratorList, s.Returns)
	case *syntax.ClassDef:
		w.exprs(s.DecoratorList)
		w.exprs(s.Bases)
		for _, k := range s.Keywords {
			w.expr(k.Value)
		}
		w.inUnit(s, func() { w.stmts(s.Body) })
		w.name(s.Name)
	case *syntax.Return:
		if s.Value != nil {
			w.expr(s.Value)
		}
		w.unwind(true)
	case *syntax.Break, *syntax.Continue:
		w.unwind(false)
	case *syntax.Delete:
		w.exprs(s.Targets)
	case *syntax.Assign:
		w.expr(s.Value)
		w.exprs(s.Targets)
	case *syntax.AugAssign:
		w.expr(s.Target)
		w.expr(s.Value)
	case *syntax.AnnAssign:
		if s.Value != nil {
			w.expr(s.Value)
		}
		switch t := s.Target.(type) {
		case *syntax.Name:
			if s.Value != nil {
				w.name(t.Id)
			}
		case *syntax.Attribute:
			if s.Value == nil {
				w.expr(t.Value)
			} else {
				w.expr(t)
			}
		case *syntax.Subscript:
			if s.Value == nil {
				w.expr(t.Value)
				w.expr(t.Slice)
			} else {
				w.expr(t)
			}
		}
		if !w.t.FutureAnnotations && w.cur.Kind != FunctionScope {
			w.expr(s.Annotation)
		}
	case *syntax.For:
		w.expr(s.Iter)
		w.expr(s.Target)
		w.loop(s.Body)
		w.stmts(s.Orelse)
	case *syntax.AsyncFor:
		w.expr(s.Iter)
		w.expr(s.Target)
		w.loop(s.Body)
		w.stmts(s.Orelse)
	case *syntax.While:
		w.expr(s.Test)
		w.loop(s.Body)
		w.stmts(s.Orelse)
	case *syntax.If:
		w.expr(s.Test)
		w.stmts(s.Body)
		w.stmts(s.Orelse)
	case *syntax.With:
		for _, it := range s.Items {
			w.expr(it.ContextExpr)
			if it.OptionalVars != nil {
				w.expr(it.OptionalVars)
			}
		}
		w.stmts(s.Body)
	case *syntax.AsyncWith:
		for _, it := range s.Items {
			w.expr(it.ContextExpr)
			if it.OptionalVars != nil {
				w.expr(it.OptionalVars)
			}
		}
		w.stmts(s.Body)
	case *syntax.Match:
		w.expr(s.Subject)
		for _, c := range s.Cases {
			w.pattern(c.Pattern)
			if c.Guard != nil {
				w.expr(c.Guard)
			}
			w.stmts(c.Body)
		}
	case *syntax.Raise:
		if s.Exc != nil {
			w.expr(s.Exc)
		}
		if s.Cause != nil {
			w.expr(s.Cause)
		}
	case *syntax.Try:
		w.try(s.Body, s.Handlers, s.Orelse, s.Finalbody)
	case *syntax.TryStar:
		w.try(s.Body, s.Handlers, s.Orelse, s.Finalbody)
	case *syntax.Assert:
		w.expr(s.Test)
		if s.Msg != nil {
			w.expr(s.Msg)
		}
	case *syntax.Import:
		w.aliases(s.Names)
	case *syntax.ImportFrom:
		w.aliases(s.Names)
	case *syntax.ExprStmt:
		w.expr(s.Value)
	}
}

func (w *symVarWalker) try(body []syntax.Stmt, hs []*syntax.ExceptHandler, orelse, final []syntax.Stmt) {
	if len(final) > 0 {
		w.blocks = append(w.blocks, symFblock{finally: final})
		w.tryExcept(body, hs, orelse)
		w.blocks = w.blocks[:len(w.blocks)-1]
		w.stmts(final)
		return
	}
	w.tryExcept(body, hs, orelse)
}

func (w *symVarWalker) tryExcept(body []syntax.Stmt, hs []*syntax.ExceptHandler, orelse []syntax.Stmt) {
	w.stmts(body)
	w.stmts(orelse)
	for _, h := range hs {
		if h.Type != nil {
			w.expr(h.Type)
		}
		if h.Name != nil {
			w.name(*h.Name)
		}
		w.stmts(h.Body)
	}
}

func (w *symVarWalker) aliases(as []*syntax.Alias) {
	for _, a := range as {
		name := a.Name
		if a.Asname != nil {
			name = *a.Asname
		}
		if name == "*" {
			continue
		}
		if i := strings.IndexByte(name, '.'); i >= 0 {
			name = name[:i]
		}
		w.name(name)
	}
}

func (w *symVarWalker) funcDef(node syntax.Node, name string, args *syntax.Arguments, body []syntax.Stmt,
	decorators []syntax.Expr, returns syntax.Expr) {
	w.exprs(decorators)
	w.exprs(args.Defaults)
	w.exprs(args.KwDefaults)
	if !w.t.FutureAnnotations {
		w.argAnnotations(args.Args)
		w.argAnnotations(args.Posonlyargs)
		if args.Vararg != nil && args.Vararg.Annotation != nil {
			w.expr(args.Vararg.Annotation)
		}
		w.argAnnotations(args.Kwonlyargs)
		if args.Kwarg != nil && args.Kwarg.Annotation != nil {
			w.expr(args.Kwarg.Annotation)
		}
		if returns != nil {
			w.expr(returns)
		}
	}
	w.inUnit(node, func() { w.stmts(body) })
	w.name(name)
}

func (w *symVarWalker) argAnnotations(args []*syntax.Arg) {
	for _, a := range args {
		if a.Annotation != nil {
			w.expr(a.Annotation)
		}
	}
}

func (w *symVarWalker) pattern(p syntax.Pattern) {
	switch p := p.(type) {
	case *syntax.MatchValue:
		w.expr(p.Value)
	case *syntax.MatchSequence:
		for _, q := range p.Patterns {
			w.pattern(q)
		}
	case *syntax.MatchStar:
		if p.Name != nil {
			w.name(*p.Name)
		}
	case *syntax.MatchMapping:
		w.exprs(p.Keys)
		for _, q := range p.Patterns {
			w.pattern(q)
		}
		if p.Rest != nil {
			w.name(*p.Rest)
		}
	case *syntax.MatchClass:
		w.expr(p.Cls)
		for _, q := range p.Patterns {
			w.pattern(q)
		}
		for _, q := range p.KwdPatterns {
			w.pattern(q)
		}
	case *syntax.MatchAs:
		if p.Pattern != nil {
			w.pattern(p.Pattern)
		}
		if p.Name != nil {
			w.name(*p.Name)
		}
	case *syntax.MatchOr:
		for _, q := range p.Patterns {
			w.pattern(q)
		}
	}
}

func (w *symVarWalker) expr(e syntax.Expr) {
	switch e := e.(type) {
	case *syntax.Name:
		w.name(e.Id)
	case *syntax.Constant:
	case *syntax.Attribute:
		w.expr(e.Value)
	case *syntax.Call:
		w.expr(e.Func)
		w.exprs(e.Args)
		for _, k := range e.Keywords {
			w.expr(k.Value)
		}
	case *syntax.BinOp:
		w.expr(e.Left)
		w.expr(e.Right)
	case *syntax.BoolOp:
		w.exprs(e.Values)
	case *syntax.UnaryOp:
		w.expr(e.Operand)
	case *syntax.Compare:
		w.expr(e.Left)
		w.exprs(e.Comparators)
	case *syntax.Subscript:
		w.expr(e.Value)
		w.expr(e.Slice)
	case *syntax.Tuple:
		w.exprs(e.Elts)
	case *syntax.List:
		w.exprs(e.Elts)
	case *syntax.Set:
		w.exprs(e.Elts)
	case *syntax.Dict:
		for i, v := range e.Values {
			if i < len(e.Keys) && e.Keys[i] != nil {
				w.expr(e.Keys[i])
			}
			w.expr(v)
		}
	case *syntax.Starred:
		w.expr(e.Value)
	case *syntax.Slice:
		if e.Lower != nil {
			w.expr(e.Lower)
		}
		if e.Upper != nil {
			w.expr(e.Upper)
		}
		if e.Step != nil {
			w.expr(e.Step)
		}
	case *syntax.IfExp:
		w.expr(e.Test)
		w.expr(e.Body)
		w.expr(e.Orelse)
	case *syntax.JoinedStr:
		w.exprs(e.Values)
	case *syntax.FormattedValue:
		w.expr(e.Value)
		if e.FormatSpec != nil {
			w.expr(e.FormatSpec)
		}
	case *syntax.NamedExpr:
		w.expr(e.Value)
		w.expr(e.Target)
	case *syntax.Lambda:
		w.exprs(e.Args.Defaults)
		w.exprs(e.Args.KwDefaults)
		w.inUnit(e, func() { w.expr(e.Body) })
	case *syntax.ListComp:
		w.comp(e, e.Generators, e.Elt, nil)
	case *syntax.SetComp:
		w.comp(e, e.Generators, e.Elt, nil)
	case *syntax.DictComp:
		w.comp(e, e.Generators, e.Key, e.Value)
	case *syntax.GeneratorExp:
		w.comp(e, e.Generators, e.Elt, nil)
	case *syntax.Yield:
		if e.Value != nil {
			w.expr(e.Value)
		}
	case *syntax.YieldFrom:
		w.expr(e.Value)
	case *syntax.Await:
		w.expr(e.Value)
	}
}

func (w *symVarWalker) comp(node syntax.Expr, gens []*syntax.Comprehension, elt, value syntax.Expr) {
	w.expr(gens[0].Iter)
	w.inUnit(node, func() {
		for i, g := range gens {
			if i > 0 {
				w.expr(g.Iter)
			}
			w.expr(g.Target)
			w.exprs(g.Ifs)
		}
		w.expr(elt)
		if value != nil {
			w.expr(value)
		}
	})
}
