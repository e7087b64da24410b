// Package compile turns a syntax tree into Taipan bytecode. Its first
// stage, the symbol table (symtable.go), decides for every name in every
// scope whether it is local, global, free or a cell, exactly as CPython
// 3.11's symtable pass does.
package compile

import (
	"fmt"
	"sort"
	"strings"

	"taipan/syntax"
)

// ScopeKind is the kind of a block that owns names.
type ScopeKind uint8

const (
	// ModuleScope is the top level (module, interactive input or eval expression).
	ModuleScope ScopeKind = iota
	// ClassScope is a class body.
	ClassScope
	// FunctionScope is a def, async def, lambda or comprehension
	// (IsLambda / IsComprehension tell them apart).
	FunctionScope
	// annotationScope is the throw-away block CPython opens for annotations
	// under `from __future__ import annotations`; it never appears in the
	// scope tree.
	annotationScope
)

func (k ScopeKind) String() string {
	switch k {
	case ModuleScope:
		return "module"
	case ClassScope:
		return "class"
	case FunctionScope:
		return "function"
	}
	return "annotation"
}

// NameScope is the resolved scope of a name (CPython's LOCAL ... CELL).
// The zero value means "not resolved" and never survives Build.
type NameScope uint8

const (
	Local          NameScope = 1
	GlobalExplicit NameScope = 2
	GlobalImplicit NameScope = 3
	Free           NameScope = 4
	Cell           NameScope = 5
)

func (s NameScope) String() string {
	switch s {
	case Local:
		return "LOCAL"
	case GlobalExplicit:
		return "GLOBAL_EXPLICIT"
	case GlobalImplicit:
		return "GLOBAL_IMPLICIT"
	case Free:
		return "FREE"
	case Cell:
		return "CELL"
	}
	return "UNRESOLVED"
}

// SymFlags records how a name is defined and used in one scope. The bit
// values are CPython's, so Flags|Scope<<ScopeShift equals the number the
// `symtable` module reports.
type SymFlags uint32

const (
	DefGlobal    SymFlags = 1 << 0 // `global` statement
	DefLocal     SymFlags = 1 << 1 // bound in this block
	DefParam     SymFlags = 1 << 2 // formal parameter
	DefNonlocal  SymFlags = 1 << 3 // `nonlocal` statement
	Use          SymFlags = 1 << 4 // read
	DefFree      SymFlags = 1 << 5 // (unused in 3.11, kept for numbering)
	DefFreeClass SymFlags = 1 << 6 // free in a method, bound in the class body
	DefImport    SymFlags = 1 << 7 // bound by import
	DefAnnot     SymFlags = 1 << 8 // annotated
	DefCompIter  SymFlags = 1 << 9 // comprehension iteration variable

	DefBound = DefLocal | DefParam | DefImport

	// ScopeShift is where CPython stores the NameScope in its flag word.
	ScopeShift = 11
)

// Symbol is one name of one scope. Name is the mangled name.
type Symbol struct {
	Name  string
	Flags SymFlags
	Scope NameScope

	inVarnames bool // already listed in the owning scope's Varnames
}

// Scope is one block: module, class body, function, lambda or comprehension.
type Scope struct {
	Kind      ScopeKind
	Name      string // "top", the def/class name, "lambda", "listcomp", "setcomp", "dictcomp", "genexpr"
	Node      syntax.Node
	Lineno    int
	ColOffset int
	Parent    *Scope
	Children  []*Scope

	Symbols map[string]*Symbol
	Names   []string // symbols in first-seen order (CPython's dict order)

	// Varnames is co_varnames: parameters (posonly, regular, kwonly, *args,
	// **kwargs), then the other fast locals in the order the compiler first
	// touches them. Nil for modules and classes.
	Varnames []string
	// Cellvars and Freevars are co_cellvars and co_freevars in CPython's order.
	Cellvars, Freevars []string

	IsGenerator, IsCoroutine, IsLambda, IsComprehension, IsNested bool
	HasVarargs, HasVarkeywords                                    bool
	NeedsClassCell                                                bool // class body must create the __class__ cell
	ChildHasFree                                                  bool
	// HasFree reports that this block has a free variable (or, nested, an
	// implicit global), CPython's ste_free.
	HasFree bool

	// Private is the class name that mangles names in this block: the
	// class's own name for a class body, the nearest enclosing class's
	// name otherwise, "" outside classes.
	Private string

	params     []string // ste_varnames: parameters in definition order
	comp       symCompKind
	iterTarget bool // visiting a comprehension target
	iterExpr   int  // >0 while visiting a comprehension iterable
	directives []symDirective
	detached   bool // inside a dropped annotation block
}

type symCompKind uint8

const (
	symCompNone symCompKind = iota
	symCompList
	symCompSet
	symCompDict
	symCompGen
)

type symDirective struct {
	name string
	pos  syntax.Pos
}

// Lookup returns the symbol for name (already mangled), or nil.
func (s *Scope) Lookup(name string) *Symbol {
	return s.Symbols[name]
}

// SymbolTable is the result of Build.
type SymbolTable struct {
	Top *Scope
	// Scopes maps each scope-defining node (*FunctionDef, *AsyncFunctionDef,
	// *ClassDef, *Lambda, *ListComp, *SetComp, *DictComp, *GeneratorExp and
	// the root *Module/*Interactive/*Expression) to its scope.
	Scopes map[syntax.Node]*Scope
	// FutureAnnotations reports `from __future__ import annotations`.
	FutureAnnotations bool
	// FutureFeatures lists the __future__ features the module imports.
	FutureFeatures []string
	// FutureLineno is the line of the last valid __future__ import (0 if
	// none); the compiler rejects any later `from __future__ import`.
	FutureLineno int
}

// Mangle applies private name mangling: inside class `private`, a name
// `__x` (not ending in `__`, without a dot) becomes `_private__x` with the
// class name's leading underscores removed.
func Mangle(private, name string) string {
	if private == "" || len(name) < 2 || name[0] != '_' || name[1] != '_' {
		return name
	}
	if strings.HasSuffix(name, "__") || strings.IndexByte(name, '.') >= 0 {
		return name
	}
	p := strings.TrimLeft(private, "_")
	if p == "" {
		return name
	}
	return "_" + p + name
}

// symErr carries a scope error out of the recursive walk.
type symErr struct{ err *syntax.SyntaxError }

type symBuilder struct {
	filename string
	table    *SymbolTable
	cur      *Scope
	top      *Scope
	stack    []*Scope
	private  string
	future   bool
	depth    int
	syms     []Symbol // slab the symbols are carved from
}

// newSymbol hands out a Symbol from a slab, saving one allocation per name.
func (b *symBuilder) newSymbol(name string) *Symbol {
	if len(b.syms) == cap(b.syms) {
		b.syms = make([]Symbol, 0, 128)
	}
	b.syms = append(b.syms, Symbol{Name: name})
	return &b.syms[len(b.syms)-1]
}

// symMaxDepth bounds the nesting of statements and expressions, as CPython
// does (3 × its recursion limit, minus the frames of a top-level
// compile()); deeper trees raise RecursionError.
const symMaxDepth = 2997

// Build runs the symbol-table pass over a parsed module. Scope errors are
// returned as *syntax.SyntaxError with CPython's message and location
// (Offset is CPython's: the byte column plus one).
func Build(mod syntax.ModNode, filename string) (st *SymbolTable, err error) {
	b := &symBuilder{filename: filename, table: &SymbolTable{Scopes: make(map[syntax.Node]*Scope, 16)},
		stack: make([]*Scope, 0, 16)}
	defer func() {
		if r := recover(); r != nil {
			if se, ok := r.(symErr); ok {
				st, err = nil, se.err
				return
			}
			// A malformed tree must not crash the interpreter.
			st, err = nil, fmt.Errorf("compile: internal error in the symbol table of %s: %v", filename, r)
		}
	}()
	switch m := mod.(type) {
	case *syntax.Module:
		if err := b.checkFuture(m.Body); err != nil {
			return nil, err
		}
		b.enter(ModuleScope, "top", m, syntax.Pos{})
		b.stmts(m.Body)
	case *syntax.Interactive:
		if err := b.checkFuture(m.Body); err != nil {
			return nil, err
		}
		b.enter(ModuleScope, "top", m, syntax.Pos{})
		b.stmts(m.Body)
	case *syntax.Expression:
		b.enter(ModuleScope, "top", m, syntax.Pos{})
		b.expr(m.Body)
	default:
		return nil, fmt.Errorf("compile: cannot build a symbol table for %T", mod)
	}
	b.exit()
	b.table.FutureAnnotations = b.future
	b.analyze(b.top, nil)
	b.varnames(mod)
	return b.table, nil
}

// ---- errors ----

func (b *symBuilder) fail(pos syntax.Pos, format string, args ...any) {
	panic(symErr{&syntax.SyntaxError{
		Class:     "SyntaxError",
		Msg:       fmt.Sprintf(format, args...),
		Filename:  b.filename,
		Lineno:    pos.Lineno,
		Offset:    pos.ColOffset + 1,
		EndLineno: pos.EndLineno,
		EndOffset: pos.EndColOffset + 1,
	}})
}

// tooDeep raises CPython's RecursionError for over-nested trees. It is
// returned as a SyntaxError value whose Class is "RecursionError" and has
// no location; the driver raises it as RecursionError.
func (b *symBuilder) tooDeep() {
	panic(symErr{&syntax.SyntaxError{Class: "RecursionError",
		Msg: "maximum recursion depth exceeded during compilation", Filename: b.filename}})
}

// checkFuture reads the __future__ imports at the top of a module as
// CPython's future.c does: it records the features and rejects unknown
// ones. (A __future__ import after other statements on a later line is
// the compiler's error; FutureLineno tells it where the block ended.)
func (b *symBuilder) checkFuture(body []syntax.Stmt) error {
	done := false
	prevLine := 0
	for i, s := range body {
		if i == 0 && symIsDocstring(s) {
			continue
		}
		p := *s.GetPos()
		if done && p.Lineno > prevLine {
			return nil
		}
		prevLine = p.Lineno
		imp, ok := s.(*syntax.ImportFrom)
		if !ok || imp.Module == nil || *imp.Module != "__future__" {
			done = true
			continue
		}
		if done {
			return &syntax.SyntaxError{Class: "SyntaxError", Filename: b.filename,
				Msg:    "from __future__ imports must occur at the beginning of the file",
				Lineno: p.Lineno, Offset: p.ColOffset, EndLineno: p.Lineno}
		}
		for _, a := range imp.Names {
			switch a.Name {
			case "nested_scopes", "generators", "division", "absolute_import", "with_statement",
				"print_function", "unicode_literals", "barry_as_FLUFL", "generator_stop":
			case "annotations":
				b.future = true
			case "braces":
				return &syntax.SyntaxError{Class: "SyntaxError", Filename: b.filename, Msg: "not a chance",
					Lineno: p.Lineno, Offset: p.ColOffset + 1, EndLineno: p.Lineno}
			default:
				return &syntax.SyntaxError{Class: "SyntaxError", Filename: b.filename,
					Msg:    fmt.Sprintf("future feature %s is not defined", a.Name),
					Lineno: p.Lineno, Offset: p.ColOffset + 1, EndLineno: p.Lineno}
			}
			b.table.FutureFeatures = append(b.table.FutureFeatures, a.Name)
		}
		b.table.FutureLineno = p.Lineno
	}
	return nil
}

func symIsDocstring(s syntax.Stmt) bool {
	e, ok := s.(*syntax.ExprStmt)
	if !ok {
		return false
	}
	c, ok := e.Value.(*syntax.Constant)
	if !ok {
		return false
	}
	_, ok = c.Value.(string)
	return ok
}

// ---- blocks ----

func (b *symBuilder) enter(kind ScopeKind, name string, node syntax.Node, pos syntax.Pos) *Scope {
	s := &Scope{
		Kind:      kind,
		Name:      name,
		Node:      node,
		Lineno:    pos.Lineno,
		ColOffset: pos.ColOffset,
		Symbols:   make(map[string]*Symbol, 8),
		Private:   b.private,
	}
	prev := b.cur
	if prev != nil {
		s.Parent = prev
		s.iterExpr = prev.iterExpr
		if prev.IsNested || prev.Kind == FunctionScope {
			s.IsNested = true
		}
	}
	b.stack = append(b.stack, s)
	b.cur = s
	if kind == annotationScope || (prev != nil && prev.detached) {
		// Annotation blocks and everything inside them are dropped.
		s.detached = true
		return s
	}
	if kind == ModuleScope {
		b.top = s
		b.table.Top = s
	}
	if prev != nil {
		prev.Children = append(prev.Children, s)
	}
	b.table.Scopes[node] = s
	return s
}

func (b *symBuilder) exit() {
	b.stack = b.stack[:len(b.stack)-1]
	if n := len(b.stack); n > 0 {
		b.cur = b.stack[n-1]
	} else {
		b.cur = nil
	}
}

// ---- definitions ----

func (b *symBuilder) lookup(name string) SymFlags {
	if sym := b.cur.Symbols[Mangle(b.private, name)]; sym != nil {
		return sym.Flags
	}
	return 0
}

func (b *symBuilder) addDef(name string, flag SymFlags, pos syntax.Pos) {
	b.addDefIn(b.cur, name, flag, pos)
}

func (b *symBuilder) addDefIn(s *Scope, name string, flag SymFlags, pos syntax.Pos) {
	mangled := Mangle(b.private, name)
	sym := s.Symbols[mangled]
	var val SymFlags
	if sym != nil {
		val = sym.Flags
		if flag&DefParam != 0 && val&DefParam != 0 {
			b.fail(pos, "duplicate argument '%s' in function definition", name)
		}
		val |= flag
	} else {
		val = flag
	}
	if s.iterTarget {
		if val&(DefGlobal|DefNonlocal) != 0 {
			b.fail(pos, "comprehension inner loop cannot rebind assignment expression target '%s'", name)
		}
		val |= DefCompIter
	}
	if sym == nil {
		sym = b.newSymbol(mangled)
		s.Symbols[mangled] = sym
		s.Names = append(s.Names, mangled)
	}
	sym.Flags = val
	if flag&DefParam != 0 {
		s.params = append(s.params, mangled)
	} else if flag&DefGlobal != 0 {
		g := b.top
		gs := g.Symbols[mangled]
		if gs == nil {
			gs = b.newSymbol(mangled)
			g.Symbols[mangled] = gs
			g.Names = append(g.Names, mangled)
		}
		gs.Flags |= flag
	}
}

func (b *symBuilder) directive(name string, pos syntax.Pos) {
	b.cur.directives = append(b.cur.directives, symDirective{Mangle(b.private, name), pos})
}

// ---- statements ----

func (b *symBuilder) stmts(list []syntax.Stmt) {
	for _, s := range list {
		b.stmt(s)
	}
}

func (b *symBuilder) exprs(list []syntax.Expr) {
	for _, e := range list {
		if e != nil {
			b.expr(e)
		}
	}
}

func (b *symBuilder) stmt(s syntax.Stmt) {
	b.depth++
	if b.depth > symMaxDepth {
		b.tooDeep()
	}
	switch s := s.(type) {
	case *syntax.FunctionDef:
		b.funcDef(s, s.Name, s.Args, s.Body, s.DecoratorList, s.Returns, false)
	case *syntax.AsyncFunctionDef:
		b.funcDef(s, s.Name, s.Args, s.Body, s.DecoratorList, s.Returns, true)
	case *syntax.ClassDef:
		b.addDef(s.Name, DefLocal, s.Pos)
		b.exprs(s.Bases)
		for _, k := range s.Keywords {
			b.expr(k.Value)
		}
		b.exprs(s.DecoratorList)
		cs := b.enter(ClassScope, s.Name, s, s.Pos)
		cs.Private = s.Name
		saved := b.private
		b.private = s.Name
		b.stmts(s.Body)
		b.private = saved
		b.exit()
	case *syntax.Return:
		if s.Value != nil {
			b.expr(s.Value)
		}
	case *syntax.Delete:
		b.exprs(s.Targets)
	case *syntax.Assign:
		b.exprs(s.Targets)
		b.expr(s.Value)
	case *syntax.AnnAssign:
		if n, ok := s.Target.(*syntax.Name); ok {
			cur := b.lookup(n.Id)
			if cur&(DefGlobal|DefNonlocal) != 0 && b.cur != b.top && s.Simple != 0 {
				if cur&DefGlobal != 0 {
					b.fail(s.Pos, "annotated name '%s' can't be global", n.Id)
				}
				b.fail(s.Pos, "annotated name '%s' can't be nonlocal", n.Id)
			}
			if s.Simple != 0 {
				b.addDef(n.Id, DefAnnot|DefLocal, n.Pos)
			} else if s.Value != nil {
				b.addDef(n.Id, DefLocal, n.Pos)
			}
		} else {
			b.expr(s.Target)
		}
		b.annotation(s.Annotation)
		if s.Value != nil {
			b.expr(s.Value)
		}
	case *syntax.AugAssign:
		b.expr(s.Target)
		b.expr(s.Value)
	case *syntax.For:
		b.expr(s.Target)
		b.expr(s.Iter)
		b.stmts(s.Body)
		b.stmts(s.Orelse)
	case *syntax.AsyncFor:
		b.expr(s.Target)
		b.expr(s.Iter)
		b.stmts(s.Body)
		b.stmts(s.Orelse)
	case *syntax.While:
		b.expr(s.Test)
		b.stmts(s.Body)
		b.stmts(s.Orelse)
	case *syntax.If:
		b.expr(s.Test)
		b.stmts(s.Body)
		b.stmts(s.Orelse)
	case *syntax.Match:
		b.expr(s.Subject)
		for _, c := range s.Cases {
			b.pattern(c.Pattern)
			if c.Guard != nil {
				b.expr(c.Guard)
			}
			b.stmts(c.Body)
		}
	case *syntax.Raise:
		if s.Exc != nil {
			b.expr(s.Exc)
			if s.Cause != nil {
				b.expr(s.Cause)
			}
		}
	case *syntax.Try:
		b.stmts(s.Body)
		b.stmts(s.Orelse)
		b.handlers(s.Handlers)
		b.stmts(s.Finalbody)
	case *syntax.TryStar:
		b.stmts(s.Body)
		b.stmts(s.Orelse)
		b.handlers(s.Handlers)
		b.stmts(s.Finalbody)
	case *syntax.Assert:
		b.expr(s.Test)
		if s.Msg != nil {
			b.expr(s.Msg)
		}
	case *syntax.Import:
		for _, a := range s.Names {
			b.alias(a)
		}
	case *syntax.ImportFrom:
		for _, a := range s.Names {
			b.alias(a)
		}
	case *syntax.Global:
		for _, name := range s.Names {
			cur := b.lookup(name)
			if cur&(DefParam|DefLocal|Use|DefAnnot) != 0 {
				switch {
				case cur&DefParam != 0:
					b.fail(s.Pos, "name '%s' is parameter and global", name)
				case cur&Use != 0:
					b.fail(s.Pos, "name '%s' is used prior to global declaration", name)
				case cur&DefAnnot != 0:
					b.fail(s.Pos, "annotated name '%s' can't be global", name)
				default:
					b.fail(s.Pos, "name '%s' is assigned to before global declaration", name)
				}
			}
			b.addDef(name, DefGlobal, s.Pos)
			b.directive(name, s.Pos)
		}
	case *syntax.Nonlocal:
		for _, name := range s.Names {
			cur := b.lookup(name)
			if cur&(DefParam|DefLocal|Use|DefAnnot) != 0 {
				switch {
				case cur&DefParam != 0:
					b.fail(s.Pos, "name '%s' is parameter and nonlocal", name)
				case cur&Use != 0:
					b.fail(s.Pos, "name '%s' is used prior to nonlocal declaration", name)
				case cur&DefAnnot != 0:
					b.fail(s.Pos, "annotated name '%s' can't be nonlocal", name)
				default:
					b.fail(s.Pos, "name '%s' is assigned to before nonlocal declaration", name)
				}
			}
			b.addDef(name, DefNonlocal, s.Pos)
			b.directive(name, s.Pos)
		}
	case *syntax.ExprStmt:
		b.expr(s.Value)
	case *syntax.With:
		b.withItems(s.Items)
		b.stmts(s.Body)
	case *syntax.AsyncWith:
		b.withItems(s.Items)
		b.stmts(s.Body)
	case *syntax.Pass, *syntax.Break, *syntax.Continue:
	}
	b.depth--
}

func (b *symBuilder) withItems(items []*syntax.WithItem) {
	for _, it := range items {
		b.expr(it.ContextExpr)
		if it.OptionalVars != nil {
			b.expr(it.OptionalVars)
		}
	}
}

func (b *symBuilder) handlers(hs []*syntax.ExceptHandler) {
	for _, h := range hs {
		if h.Type != nil {
			b.expr(h.Type)
		}
		if h.Name != nil {
			b.addDef(*h.Name, DefLocal, h.Pos)
		}
		b.stmts(h.Body)
	}
}

func (b *symBuilder) alias(a *syntax.Alias) {
	name := a.Name
	if a.Asname != nil {
		name = *a.Asname
	}
	if name == "*" {
		if b.cur.Kind != ModuleScope {
			b.fail(a.Pos, "import * only allowed at module level")
		}
		return
	}
	if i := strings.IndexByte(name, '.'); i >= 0 {
		name = name[:i]
	}
	b.addDef(name, DefImport, a.Pos)
}

func (b *symBuilder) funcDef(node syntax.Stmt, name string, args *syntax.Arguments, body []syntax.Stmt,
	decorators []syntax.Expr, returns syntax.Expr, async bool) {
	pos := *node.GetPos()
	b.addDef(name, DefLocal, pos)
	b.exprs(args.Defaults)
	b.exprs(args.KwDefaults)
	b.annotations(node, pos, args, returns)
	b.exprs(decorators)
	s := b.enter(FunctionScope, name, node, pos)
	if async {
		s.IsCoroutine = true
	}
	b.params(args)
	b.stmts(body)
	b.exit()
}

func (b *symBuilder) annotations(node syntax.Node, pos syntax.Pos, a *syntax.Arguments, returns syntax.Expr) {
	if b.future {
		b.enter(annotationScope, "_annotation", node, pos)
	}
	b.argAnnotations(a.Posonlyargs)
	b.argAnnotations(a.Args)
	if a.Vararg != nil && a.Vararg.Annotation != nil {
		b.expr(a.Vararg.Annotation)
	}
	if a.Kwarg != nil && a.Kwarg.Annotation != nil {
		b.expr(a.Kwarg.Annotation)
	}
	b.argAnnotations(a.Kwonlyargs)
	if b.future {
		b.exit()
	}
	if returns != nil {
		b.annotation(returns)
	}
}

func (b *symBuilder) argAnnotations(args []*syntax.Arg) {
	for _, a := range args {
		if a.Annotation != nil {
			b.expr(a.Annotation)
		}
	}
}

func (b *symBuilder) annotation(e syntax.Expr) {
	if b.future {
		b.enter(annotationScope, "_annotation", e, *e.GetPos())
		b.expr(e)
		b.exit()
		return
	}
	b.expr(e)
}

func (b *symBuilder) params(a *syntax.Arguments) {
	for _, p := range a.Posonlyargs {
		b.addDef(p.Arg, DefParam, p.Pos)
	}
	for _, p := range a.Args {
		b.addDef(p.Arg, DefParam, p.Pos)
	}
	for _, p := range a.Kwonlyargs {
		b.addDef(p.Arg, DefParam, p.Pos)
	}
	if a.Vararg != nil {
		b.addDef(a.Vararg.Arg, DefParam, a.Vararg.Pos)
		b.cur.HasVarargs = true
	}
	if a.Kwarg != nil {
		b.addDef(a.Kwarg.Arg, DefParam, a.Kwarg.Pos)
		b.cur.HasVarkeywords = true
	}
}

func (b *symBuilder) pattern(p syntax.Pattern) {
	switch p := p.(type) {
	case *syntax.MatchValue:
		b.expr(p.Value)
	case *syntax.MatchSingleton:
	case *syntax.MatchSequence:
		for _, q := range p.Patterns {
			b.pattern(q)
		}
	case *syntax.MatchStar:
		if p.Name != nil {
			b.addDef(*p.Name, DefLocal, p.Pos)
		}
	case *syntax.MatchMapping:
		b.exprs(p.Keys)
		for _, q := range p.Patterns {
			b.pattern(q)
		}
		if p.Rest != nil {
			b.addDef(*p.Rest, DefLocal, p.Pos)
		}
	case *syntax.MatchClass:
		b.expr(p.Cls)
		for _, q := range p.Patterns {
			b.pattern(q)
		}
		for _, q := range p.KwdPatterns {
			b.pattern(q)
		}
	case *syntax.MatchAs:
		if p.Pattern != nil {
			b.pattern(p.Pattern)
		}
		if p.Name != nil {
			b.addDef(*p.Name, DefLocal, p.Pos)
		}
	case *syntax.MatchOr:
		for _, q := range p.Patterns {
			b.pattern(q)
		}
	}
}

// ---- expressions ----

func (b *symBuilder) notInAnnotation(what string, pos syntax.Pos) {
	if b.cur.Kind == annotationScope {
		b.fail(pos, "'%s' can not be used within an annotation", what)
	}
}

func (b *symBuilder) expr(e syntax.Expr) {
	b.depth++
	if b.depth > symMaxDepth {
		b.tooDeep()
	}
	switch e := e.(type) {
	case *syntax.Name:
		if e.Ctx == syntax.Load {
			b.addDef(e.Id, Use, e.Pos)
			if e.Id == "super" && b.cur.Kind == FunctionScope {
				b.addDef("__class__", Use, e.Pos)
			}
		} else {
			b.addDef(e.Id, DefLocal, e.Pos)
		}
	case *syntax.Constant:
	case *syntax.Attribute:
		b.expr(e.Value)
	case *syntax.Call:
		b.expr(e.Func)
		b.exprs(e.Args)
		for _, k := range e.Keywords {
			b.expr(k.Value)
		}
	case *syntax.BinOp:
		b.expr(e.Left)
		b.expr(e.Right)
	case *syntax.BoolOp:
		b.exprs(e.Values)
	case *syntax.UnaryOp:
		b.expr(e.Operand)
	case *syntax.Compare:
		b.expr(e.Left)
		b.exprs(e.Comparators)
	case *syntax.Subscript:
		b.expr(e.Value)
		b.expr(e.Slice)
	case *syntax.Tuple:
		b.exprs(e.Elts)
	case *syntax.List:
		b.exprs(e.Elts)
	case *syntax.Set:
		b.exprs(e.Elts)
	case *syntax.Dict:
		b.exprs(e.Keys)
		b.exprs(e.Values)
	case *syntax.Starred:
		b.expr(e.Value)
	case *syntax.Slice:
		if e.Lower != nil {
			b.expr(e.Lower)
		}
		if e.Upper != nil {
			b.expr(e.Upper)
		}
		if e.Step != nil {
			b.expr(e.Step)
		}
	case *syntax.IfExp:
		b.expr(e.Test)
		b.expr(e.Body)
		b.expr(e.Orelse)
	case *syntax.JoinedStr:
		b.exprs(e.Values)
	case *syntax.FormattedValue:
		b.expr(e.Value)
		if e.FormatSpec != nil {
			b.expr(e.FormatSpec)
		}
	case *syntax.NamedExpr:
		b.notInAnnotation("named expression", e.Pos)
		if b.cur.iterExpr > 0 {
			b.fail(e.Pos, "assignment expression cannot be used in a comprehension iterable expression")
		}
		if b.cur.comp != symCompNone {
			b.extendNamedExprScope(e.Target)
		}
		b.expr(e.Value)
		b.expr(e.Target)
	case *syntax.Lambda:
		b.exprs(e.Args.Defaults)
		b.exprs(e.Args.KwDefaults)
		s := b.enter(FunctionScope, "lambda", e, e.Pos)
		s.IsLambda = true
		b.params(e.Args)
		b.expr(e.Body)
		b.exit()
	case *syntax.ListComp:
		b.comprehension(e, e.Pos, "listcomp", symCompList, e.Generators, e.Elt, nil)
	case *syntax.SetComp:
		b.comprehension(e, e.Pos, "setcomp", symCompSet, e.Generators, e.Elt, nil)
	case *syntax.DictComp:
		b.comprehension(e, e.Pos, "dictcomp", symCompDict, e.Generators, e.Key, e.Value)
	case *syntax.GeneratorExp:
		b.comprehension(e, e.Pos, "genexpr", symCompGen, e.Generators, e.Elt, nil)
	case *syntax.Yield:
		b.notInAnnotation("yield expression", e.Pos)
		if e.Value != nil {
			b.expr(e.Value)
		}
		b.cur.IsGenerator = true
		b.yieldInComp(e.Pos)
	case *syntax.YieldFrom:
		b.notInAnnotation("yield expression", e.Pos)
		b.expr(e.Value)
		b.cur.IsGenerator = true
		b.yieldInComp(e.Pos)
	case *syntax.Await:
		b.notInAnnotation("await expression", e.Pos)
		b.expr(e.Value)
		b.cur.IsCoroutine = true
	}
	b.depth--
}

func (b *symBuilder) yieldInComp(pos syntax.Pos) {
	switch b.cur.comp {
	case symCompList:
		b.fail(pos, "'yield' inside list comprehension")
	case symCompSet:
		b.fail(pos, "'yield' inside set comprehension")
	case symCompDict:
		b.fail(pos, "'yield' inside dict comprehension")
	case symCompGen:
		b.fail(pos, "'yield' inside generator expression")
	}
}

func (b *symBuilder) comprehension(node syntax.Expr, pos syntax.Pos, name string, kind symCompKind,
	gens []*syntax.Comprehension, elt, value syntax.Expr) {
	if len(gens) == 0 {
		return
	}
	outer := gens[0]
	b.cur.iterExpr++
	b.expr(outer.Iter)
	b.cur.iterExpr--
	s := b.enter(FunctionScope, name, node, pos)
	s.IsComprehension = true
	s.comp = kind
	if outer.IsAsync != 0 {
		s.IsCoroutine = true
	}
	b.addDef(".0", DefParam, pos)
	s.iterTarget = true
	b.expr(outer.Target)
	s.iterTarget = false
	b.exprs(outer.Ifs)
	for _, g := range gens[1:] {
		s.iterTarget = true
		b.expr(g.Target)
		s.iterTarget = false
		s.iterExpr++
		b.expr(g.Iter)
		s.iterExpr--
		b.exprs(g.Ifs)
		if g.IsAsync != 0 {
			s.IsCoroutine = true
		}
	}
	if value != nil {
		b.expr(value)
	}
	b.expr(elt)
	isGen := kind == symCompGen
	s.IsGenerator = isGen
	isAsync := s.IsCoroutine && !isGen
	b.exit()
	if isAsync {
		b.cur.IsCoroutine = true
	}
}

func (b *symBuilder) extendNamedExprScope(target syntax.Expr) {
	n, ok := target.(*syntax.Name)
	if !ok {
		return // the parser only allows a name
	}
	for i := len(b.stack) - 1; i >= 0; i-- {
		s := b.stack[i]
		if s.comp != symCompNone {
			if sym := s.Symbols[n.Id]; sym != nil && sym.Flags&DefCompIter != 0 {
				b.fail(n.Pos, "assignment expression cannot rebind comprehension iteration variable '%s'", n.Id)
			}
			continue
		}
		switch s.Kind {
		case FunctionScope:
			var flag SymFlags = DefNonlocal
			if sym := s.Symbols[n.Id]; sym != nil && sym.Flags&DefGlobal != 0 {
				flag = DefGlobal
			}
			b.addDef(n.Id, flag, n.Pos)
			b.directive(n.Id, n.Pos)
			b.addDefIn(s, n.Id, DefLocal, n.Pos)
			return
		case ModuleScope:
			b.addDef(n.Id, DefGlobal, n.Pos)
			b.directive(n.Id, n.Pos)
			b.addDefIn(s, n.Id, DefGlobal, n.Pos)
			return
		case ClassScope:
			b.fail(n.Pos, "assignment expression within a comprehension cannot be used in a class body")
		}
	}
}

// ---- analysis ----

func (b *symBuilder) errorAtDirective(s *Scope, name, format string) {
	for _, d := range s.directives {
		if d.name == name {
			b.fail(d.pos, format, name)
		}
	}
	b.fail(syntax.Pos{Lineno: s.Lineno, ColOffset: s.ColOffset}, format, name)
}

// symInBound reports whether an enclosing function binds name, as seen from
// a child of s (CPython's "bound" set passed to s's children).
func symInBound(s *Scope, name string) bool {
	for p := s; p != nil; p = p.Parent {
		switch p.Kind {
		case ClassScope:
			if name == "__class__" {
				return true
			}
		case FunctionScope:
			if sym := p.Symbols[name]; sym != nil {
				if sym.Scope == Local || sym.Scope == Cell {
					return true
				}
				if sym.Flags&DefGlobal != 0 {
					return false
				}
			}
		case ModuleScope:
			return false
		}
	}
	return false
}

// symInGlobal reports whether name is in the "explicit globals" set seen by
// the children of s.
func symInGlobal(s *Scope, name string) bool {
	for p := s; p != nil; p = p.Parent {
		if p.Kind == ClassScope {
			continue
		}
		if sym := p.Symbols[name]; sym != nil {
			if sym.Flags&DefGlobal != 0 {
				return true
			}
			if sym.Scope == Local || sym.Scope == Cell {
				return false
			}
		}
	}
	return false
}

// analyze resolves every name of s and its children and returns the free
// names s passes to its parent.
func (b *symBuilder) analyze(s *Scope, free []string) []string {
	parent := s.Parent
	for _, name := range s.Names {
		sym := s.Symbols[name]
		f := sym.Flags
		switch {
		case f&DefGlobal != 0:
			if f&DefNonlocal != 0 {
				b.errorAtDirective(s, name, "name '%s' is nonlocal and global")
			}
			sym.Scope = GlobalExplicit
		case f&DefNonlocal != 0:
			if parent == nil {
				b.errorAtDirective(s, name, "nonlocal declaration not allowed at module level%.0s")
			}
			if !symInBound(parent, name) {
				b.errorAtDirective(s, name, "no binding for nonlocal '%s' found")
			}
			sym.Scope = Free
			s.HasFree = true
			free = symAppendUnique(free, name)
		case f&DefBound != 0:
			sym.Scope = Local
		case parent != nil && symInBound(parent, name):
			sym.Scope = Free
			s.HasFree = true
			free = symAppendUnique(free, name)
		case parent != nil && symInGlobal(parent, name):
			sym.Scope = GlobalImplicit
		default:
			if s.IsNested {
				s.HasFree = true
			}
			sym.Scope = GlobalImplicit
		}
	}
	var newFree []string
	for _, c := range s.Children {
		for _, n := range b.analyze(c, nil) {
			newFree = symAppendUnique(newFree, n)
		}
		if c.HasFree || c.ChildHasFree {
			s.ChildHasFree = true
		}
	}
	switch s.Kind {
	case FunctionScope:
		// Locals that children need become cells.
		k := 0
		for _, n := range newFree {
			if sym := s.Symbols[n]; sym != nil && sym.Scope == Local {
				sym.Scope = Cell
				continue
			}
			newFree[k] = n
			k++
		}
		newFree = newFree[:k]
	case ClassScope:
		for i, n := range newFree {
			if n == "__class__" {
				s.NeedsClassCell = true
				newFree = append(newFree[:i], newFree[i+1:]...)
				break
			}
		}
	}
	// Free names of children that this block neither binds nor uses pass
	// through it: record them as free here too.
	if len(newFree) > 1 {
		sort.Strings(newFree)
	}
	for _, n := range newFree {
		if sym := s.Symbols[n]; sym != nil {
			if s.Kind == ClassScope && sym.Flags&(DefBound|DefGlobal) != 0 {
				sym.Flags |= DefFreeClass
			}
			continue
		}
		if parent != nil && !symInBound(parent, n) {
			continue
		}
		sym := b.newSymbol(n)
		sym.Scope = Free
		s.Symbols[n] = sym
		s.Names = append(s.Names, n)
	}
	b.finish(s)
	for _, n := range newFree {
		free = symAppendUnique(free, n)
	}
	return free
}

func symAppendUnique(list []string, name string) []string {
	for _, n := range list {
		if n == name {
			return list
		}
	}
	return append(list, name)
}

// finish computes Cellvars, Freevars and the parameter part of Varnames.
func (b *symBuilder) finish(s *Scope) {
	var cells, frees []string
	for _, n := range s.Names {
		sym := s.Symbols[n]
		switch {
		case sym.Scope == Cell:
			cells = append(cells, n)
		case sym.Scope == Free || sym.Flags&DefFreeClass != 0:
			frees = append(frees, n)
		}
	}
	sort.Strings(frees)
	s.Freevars = frees
	if s.NeedsClassCell {
		s.Cellvars = []string{"__class__"}
	}
	if s.Kind != FunctionScope {
		return
	}
	s.Varnames = append(make([]string, 0, len(s.params)+4), s.params...)
	for _, n := range s.params {
		s.Symbols[n].inVarnames = true
	}
	if len(cells) > 0 {
		// co_cellvars lists parameter cells first (in parameter order),
		// then the other cells sorted.
		sort.Strings(cells)
		ordered := make([]string, 0, len(cells))
		for _, p := range s.params {
			if s.Symbols[p].Scope == Cell {
				ordered = append(ordered, p)
			}
		}
		for _, c := range cells {
			if s.Symbols[c].Flags&DefParam == 0 {
				ordered = append(ordered, c)
			}
		}
		s.Cellvars = ordered
	}
}
