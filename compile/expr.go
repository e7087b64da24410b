package compile

import (
	"taipan/objects"
	"taipan/syntax"
)

// exprReg evaluates e and returns a register holding its value: a local
// variable's own register when e names one, a temporary otherwise.
func (u *unit) exprReg(e syntax.Expr) int {
	if c, ok := e.(*syntax.Constant); ok && len(u.constReg) > 0 {
		switch c.Value.(type) {
		case int64, float64:
			if r, ok := u.constReg[u.constOf(c.Value)]; ok {
				return r
			}
		}
	}
	if n, ok := e.(*syntax.Name); ok {
		if r, ok := u.fastLocal(n.Id); ok {
			saved := u.curPos
			u.curPos = posOf(n.GetPos())
			u.checkLocal(r)
			u.curPos = saved
			return r
		}
	}
	r := u.alloc(1)
	u.exprTo(e, r)
	return r
}

// exprTo evaluates e into register dst.
func (u *unit) exprTo(e syntax.Expr, dst int) {
	saved := u.curPos
	u.curPos = posOf(e.GetPos())
	// the temporaries of e's subexpressions are dead once e's value is
	// in dst: give them back (registers are allocated as a stack)
	mark := u.tmp
	defer func() { u.curPos = saved; u.tmp = mark }()
	switch e := e.(type) {
	case *syntax.Constant:
		u.loadConst(dst, u.constOf(e.Value))
	case *syntax.Name:
		u.loadName(e.Id, dst)
	case *syntax.BinOp:
		a := u.exprReg(e.Left)
		if l, ok := e.Left.(*syntax.List); ok && !hasStar(l.Elts) && e.Op == syntax.Add {
			u.markListConcat()
		}
		b := u.exprReg(e.Right)
		u.curPos = posOf(e.GetPos())
		u.emit(BINARY_OP, dst, a, b, int(e.Op))
	case *syntax.UnaryOp:
		a := u.exprReg(e.Operand)
		u.curPos = posOf(e.GetPos())
		u.emit(UNARY_OP, dst, a, 0, int(e.Op))
	case *syntax.Compare:
		u.checkCompare(e)
		u.compare(e, dst)
	case *syntax.BoolOp:
		t := dst
		if !u.isTemp(dst) {
			t = u.alloc(1)
		}
		end := u.newLabel()
		for i, v := range e.Values {
			u.exprTo(v, t)
			if i < len(e.Values)-1 {
				if e.Op == syntax.And {
					u.jump(JUMP_IF_FALSE, t, end)
				} else {
					u.jump(JUMP_IF_TRUE, t, end)
				}
			}
		}
		u.bind(end)
		if t != dst {
			u.emit(MOVE, dst, t, 0, 0)
		}
	case *syntax.IfExp:
		t := dst
		if !u.isTemp(dst) {
			t = u.alloc(1)
		}
		els, end := u.newLabel(), u.newLabel()
		u.jumpIf(e.Test, false, els)
		u.exprTo(e.Body, t)
		u.jump(JUMP, 0, end)
		u.bind(els)
		u.exprTo(e.Orelse, t)
		u.bind(end)
		if t != dst {
			u.emit(MOVE, dst, t, 0, 0)
		}
	case *syntax.NamedExpr:
		u.exprTo(e.Value, dst)
		u.store(e.Target, dst)
	case *syntax.Call:
		u.call(e, dst)
	case *syntax.Attribute:
		obj := u.exprReg(e.Value)
		u.curPos = posOf(e.GetPos())
		u.emit(LOAD_ATTR, dst, obj, u.name(u.mangle(e.Attr)), 0)
	case *syntax.Subscript:
		u.checkSubscript(e)
		obj := u.exprReg(e.Value)
		key := u.exprReg(e.Slice)
		if _, ok := e.Slice.(*syntax.Slice); ok {
			u.markSliceFused()
		}
		u.curPos = posOf(e.GetPos())
		u.emit(BINARY_SUBSCR, dst, obj, key, 0)
	case *syntax.Slice:
		base := u.alloc(3)
		n := 2
		parts := []syntax.Expr{e.Lower, e.Upper}
		if e.Step != nil {
			parts = append(parts, e.Step)
			n = 3
		}
		for i, p := range parts {
			if p == nil {
				u.loadConst(base+i, u.constOf(nil))
			} else {
				u.exprTo(p, base+i)
			}
		}
		u.emit(BUILD_SLICE, dst, base, n, 0)
	case *syntax.List:
		u.sequence(e.Elts, dst, BUILD_LIST)
	case *syntax.Tuple:
		u.sequence(e.Elts, dst, BUILD_TUPLE)
	case *syntax.Set:
		u.sequence(e.Elts, dst, BUILD_SET)
	case *syntax.Dict:
		u.dict(e, dst)
	case *syntax.JoinedStr:
		base := u.alloc(len(e.Values))
		for i, v := range e.Values {
			u.exprTo(v, base+i)
		}
		u.emit(BUILD_STRING, dst, base, len(e.Values), 0)
	case *syntax.FormattedValue:
		v := u.exprReg(e.Value)
		spec := NoReg
		if e.FormatSpec != nil {
			spec = u.exprReg(e.FormatSpec)
		}
		conv := 0
		if e.Conversion > 0 {
			conv = e.Conversion
		}
		u.emit(FORMAT_VALUE, dst, v, spec, conv)
	case *syntax.Lambda:
		u.makeFunction(e, "<lambda>", e.Args, nil, e.Body, dst)
	case *syntax.ListComp:
		u.comprehension(e, e.Generators, dst, BUILD_LIST, e.Elt, nil, false)
	case *syntax.SetComp:
		u.comprehension(e, e.Generators, dst, BUILD_SET, e.Elt, nil, false)
	case *syntax.DictComp:
		u.comprehension(e, e.Generators, dst, BUILD_MAP, e.Key, e.Value, false)
	case *syntax.GeneratorExp:
		u.comprehension(e, e.Generators, dst, YIELD_VALUE, e.Elt, nil, true)
	case *syntax.Yield:
		if u.kind != FunctionScope {
			u.syntaxError("'yield' outside function")
		}
		var v int
		if e.Value != nil {
			v = u.exprReg(e.Value)
		} else {
			v = u.noneReg()
		}
		u.curPos = posOf(e.GetPos())
		if u.isAsyncGen() {
			w := u.alloc(1)
			u.emit(EXT, w, v, 0, ExtAsyncGenWrap)
			v = w
		}
		u.emit(YIELD_VALUE, v, dst, 0, 0)
	case *syntax.Await:
		u.await(e, dst)
	case *syntax.YieldFrom:
		u.yieldFrom(e, dst)
	case *syntax.Starred:
		u.syntaxError("can't use starred expression here")
	default:
		u.fail("%T expressions are not supported yet", e)
	}
}

func (u *unit) loadName(id string, dst int) {
	if id == "__debug__" {
		u.loadConst(dst, u.constOf(true))
		return
	}
	name := u.mangle(id)
	sym := u.sc.Symbols[name]
	scope := GlobalImplicit
	if sym != nil {
		scope = sym.Scope
	}
	switch u.kind {
	case FunctionScope:
		switch scope {
		case Local:
			r := u.localReg[name]
			u.checkLocal(r)
			u.emit(MOVE, dst, r, 0, 0)
			return
		case Cell, Free:
			u.emit(LOAD_DEREF, dst, u.derefReg[name], 0, 0)
			return
		}
		u.emit(LOAD_GLOBAL, dst, u.name(name), 0, 0)
	case ClassScope:
		switch scope {
		case GlobalExplicit:
			u.emit(LOAD_GLOBAL, dst, u.name(name), 0, 0)
		case Free:
			u.emit(LOAD_CLASSDEREF, dst, u.derefReg[name], u.name(name), 0)
		default:
			u.emit(LOAD_NAME, dst, u.name(name), 0, 0)
		}
	default:
		u.emit(LOAD_GLOBAL, dst, u.name(name), 0, explicitGlobal(scope))
	}
}

var cmpD = map[syntax.CmpOp]int{}

// ExplicitGlobal is the D operand of a module-level LOAD_GLOBAL,
// STORE_GLOBAL or DELETE_GLOBAL whose name some block declares `global`:
// CPython compiles those to *_GLOBAL rather than *_NAME, so exec with
// separate locals (which turns module code's global operations into name
// operations) must leave them alone.
const ExplicitGlobal = 1

func explicitGlobal(scope NameScope) int {
	if scope == GlobalExplicit {
		return ExplicitGlobal
	}
	return 0
}

func (u *unit) compare(e *syntax.Compare, dst int) {
	left := u.exprReg(e.Left)
	if len(e.Ops) == 1 {
		right := u.exprReg(e.Comparators[0])
		u.curPos = posOf(e.GetPos())
		u.emit(COMPARE_OP, dst, left, right, int(e.Ops[0]))
		return
	}
	t := dst
	if !u.isTemp(dst) {
		t = u.alloc(1)
	}
	end := u.newLabel()
	for i, op := range e.Ops {
		right := u.exprReg(e.Comparators[i])
		u.curPos = posOf(e.GetPos())
		u.emit(COMPARE_OP, t, left, right, int(op))
		if i < len(e.Ops)-1 {
			u.jump(JUMP_IF_FALSE, t, end)
		}
		left = right
	}
	u.bind(end)
	if t != dst {
		u.emit(MOVE, dst, t, 0, 0)
	}
}

// jumpIf jumps to target when bool(e) == cond, short-circuiting
// and/or/not without materialising their values.
func (u *unit) jumpIf(e syntax.Expr, cond bool, target *label) {
	switch e := e.(type) {
	case *syntax.UnaryOp:
		if e.Op == syntax.Not {
			u.jumpIf(e.Operand, !cond, target)
			return
		}
	case *syntax.BoolOp:
		isAnd := e.Op == syntax.And
		if isAnd != cond {
			// and-false / or-true: any operand decides
			for _, v := range e.Values {
				u.jumpIf(v, cond, target)
			}
			return
		}
		skip := u.newLabel()
		for i, v := range e.Values {
			if i < len(e.Values)-1 {
				u.jumpIf(v, !cond, skip)
			} else {
				u.jumpIf(v, cond, target)
			}
		}
		u.bind(skip)
		return
	case *syntax.Constant:
		if b, ok := e.Value.(bool); ok {
			if b == cond {
				u.jump(JUMP, 0, target)
			}
			return
		}
	case *syntax.Compare:
		u.checkCompare(e)
		if len(e.Ops) == 1 && e.Ops[0] <= syntax.NotIn {
			mark := u.tmp
			a := u.exprReg(e.Left)
			b := u.exprReg(e.Comparators[0])
			u.tmp = mark
			saved := u.curPos
			u.curPos = posOf(e.GetPos())
			d := int(e.Ops[0])
			if cond {
				d |= 0x80
			}
			u.emitWord(Encode(CMP_JUMP, a, b, 0, d))
			pc := u.emitWord(0)
			target.refs = append(target.refs, -(pc + 1))
			u.curPos = saved
			return
		}
	}
	mark := u.tmp
	r := u.exprReg(e)
	u.tmp = mark
	if cond {
		u.jump(JUMP_IF_TRUE, r, target)
	} else {
		u.jump(JUMP_IF_FALSE, r, target)
	}
}

func hasStar(elts []syntax.Expr) bool {
	for _, e := range elts {
		if _, ok := e.(*syntax.Starred); ok {
			return true
		}
	}
	return false
}

// consecutiveLocals reports whether every element is a plain local (or
// a starred one, for assignment targets) held in registers r0, r0+1, ...
func (u *unit) consecutiveLocals(elts []syntax.Expr) (r0 int, ok bool) {
	if len(elts) == 0 {
		return 0, false
	}
	for i, e := range elts {
		if st, isStar := e.(*syntax.Starred); isStar {
			e = st.Value
		}
		n, isName := e.(*syntax.Name)
		if !isName || n.Id == "__debug__" {
			return 0, false
		}
		r, isLocal := u.fastLocal(n.Id)
		if !isLocal {
			return 0, false
		}
		if i == 0 {
			r0 = r
		} else if r != r0+i {
			return 0, false
		}
	}
	return r0, true
}

func (u *unit) sequence(elts []syntax.Expr, dst int, op Op) {
	// Long displays (eval("[" + "2," * 65580 + "]")) are built by
	// appending, one register at a time: registers are 16-bit.
	if !hasStar(elts) && len(elts) <= 1024 {
		if r0, ok := u.consecutiveLocals(elts); ok {
			// (a, b, c) of locals in consecutive registers: build from
			// them directly, with no copies
			for i := range elts {
				u.checkLocal(r0 + i)
			}
			u.emit(op, dst, r0, len(elts), 0)
			return
		}
		base := u.alloc(len(elts))
		for i, e := range elts {
			u.exprTo(e, base+i)
		}
		u.emit(op, dst, base, len(elts), 0)
		return
	}
	l := u.alloc(1)
	u.emit(BUILD_LIST, l, 0, 0, 0)
	for _, e := range elts {
		mark := u.tmp
		if s, ok := e.(*syntax.Starred); ok {
			r := u.exprReg(s.Value)
			u.emit(LIST_EXTEND, l, r, 0, 0)
		} else {
			r := u.exprReg(e)
			u.emit(LIST_APPEND, l, r, 0, 0)
		}
		u.tmp = mark
	}
	switch op {
	case BUILD_TUPLE:
		u.emit(LIST_TO_TUPLE, dst, l, 0, 0)
	case BUILD_SET:
		t := u.alloc(1)
		u.emit(BUILD_SET, dst, t, 0, 0)
		u.emit(LIST_EXTEND, dst, l, 0, 0) // set.update via LIST_EXTEND on a set
	default:
		u.emit(MOVE, dst, l, 0, 0)
	}
}

func (u *unit) dict(e *syntax.Dict, dst int) {
	plain := true
	for _, k := range e.Keys {
		if k == nil {
			plain = false
		}
	}
	if plain {
		base := u.alloc(2 * len(e.Keys))
		for i := range e.Keys {
			u.exprTo(e.Keys[i], base+2*i)
			u.exprTo(e.Values[i], base+2*i+1)
		}
		u.emit(BUILD_MAP, dst, base, len(e.Keys), 0)
		return
	}
	d := u.alloc(1)
	u.emit(BUILD_MAP, d, 0, 0, 0)
	for i, k := range e.Keys {
		if k == nil {
			r := u.exprReg(e.Values[i])
			u.emit(DICT_UPDATE, d, r, 0, 0)
			continue
		}
		kr := u.exprReg(k)
		vr := u.exprReg(e.Values[i])
		u.emit(MAP_ADD, d, kr, vr, 0)
	}
	u.emit(MOVE, dst, d, 0, 0)
}

func (u *unit) call(e *syntax.Call, dst int) {
	u.checkCaller(e)
	star := hasStar(e.Args)
	for _, k := range e.Keywords {
		if k.Arg == nil {
			star = true
		}
	}
	u.checkRepeatedKeywords(e.Keywords)
	if star {
		u.callEx(e, dst)
		return
	}
	if u.callLocals(e, dst) {
		return
	}
	nargs := len(e.Args) + len(e.Keywords)
	kw := -1
	if len(e.Keywords) > 0 {
		names := make([]objects.Value, len(e.Keywords))
		key := "kw:"
		for i, k := range e.Keywords {
			names[i] = objects.Obj(objects.Intern(*k.Arg))
			key += *k.Arg + ","
		}
		kw = u.constIndex(objects.NewTupleValue(names), key)
	}
	// zero-argument super() inside a method
	if n, ok := e.Func.(*syntax.Name); ok && n.Id == "super" && nargs == 0 && u.kind == FunctionScope {
		if cr, ok := u.derefReg["__class__"]; ok && (u.code.ArgCount > 0 || u.sc.HasVarargs) {
			base := u.alloc(3)
			u.loadName("super", base)
			// D=1: empty cells load as NULL, and super() reports them
			u.emit(LOAD_DEREF, base+1, cr, 0, 1)
			first := u.sc.Varnames[0]
			if r, ok := u.derefReg[first]; ok {
				u.emit(LOAD_DEREF, base+2, r, 0, 1)
			} else {
				u.emit(MOVE, base+2, 0, 0, 0)
			}
			u.curPos = posOf(e.GetPos())
			u.emitCall(CALL, dst, base, 2, -1)
			return
		}
	}
	if a, ok := e.Func.(*syntax.Attribute); ok {
		base := u.alloc(2 + nargs)
		obj := u.exprReg(a.Value)
		saved := u.curPos
		u.curPos = posOf(a.GetPos())
		u.emit(LOAD_METHOD, base, obj, u.name(u.mangle(a.Attr)), 0)
		u.curPos = saved
		for i, arg := range e.Args {
			u.exprTo(arg, base+2+i)
		}
		for i, k := range e.Keywords {
			u.exprTo(k.Value, base+2+len(e.Args)+i)
		}
		u.curPos = posOf(e.GetPos())
		u.emitCall(CALL_METHOD, dst, base, nargs, kw)
		return
	}
	base := u.alloc(1 + nargs)
	u.exprTo(e.Func, base)
	for i, arg := range e.Args {
		u.exprTo(arg, base+1+i)
	}
	for i, k := range e.Keywords {
		u.exprTo(k.Value, base+1+len(e.Args)+i)
	}
	u.curPos = posOf(e.GetPos())
	u.emitCall(CALL, dst, base, nargs, kw)
}

func (u *unit) callEx(e *syntax.Call, dst int) {
	f := u.alloc(1)
	u.exprTo(e.Func, f)
	args := u.alloc(2)
	l := u.alloc(1)
	u.emit(BUILD_LIST, l, 0, 0, 0)
	for _, a := range e.Args {
		if s, ok := a.(*syntax.Starred); ok {
			r := u.exprReg(s.Value)
			u.emit(LIST_EXTEND, l, r, f, 1) // D=1: call arguments of r[f]
		} else {
			r := u.exprReg(a)
			u.emit(LIST_APPEND, l, r, 0, 0)
		}
	}
	u.emit(LIST_TO_TUPLE, args, l, 0, 0)
	if len(e.Keywords) > 0 {
		u.emit(BUILD_MAP, args+1, 0, 0, 0)
		seenStar := false
		for _, k := range e.Keywords {
			v := u.exprReg(k.Value)
			if k.Arg == nil {
				u.emit(DICT_UPDATE, args+1, v, f, 1)
				seenStar = true
			} else if seenStar {
				// after a ** mapping: merge, so repeats are errors
				kr := u.alloc(3)
				u.loadConst(kr, u.strConst(*k.Arg))
				u.emit(MOVE, kr+1, v, 0, 0)
				u.emit(BUILD_MAP, kr+2, kr, 1, 0)
				u.emit(DICT_UPDATE, args+1, kr+2, f, 1)
			} else {
				kr := u.alloc(1)
				u.loadConst(kr, u.strConst(*k.Arg))
				u.emit(MAP_ADD, args+1, kr, v, 0)
			}
		}
	} else {
		u.emit(LOAD_NULL, args+1, 0, 0, 0) // NULL: no keywords
	}
	u.curPos = posOf(e.GetPos())
	u.emit(CALL_EX, dst, f, args, 0)
}

// ---- functions and classes ----

func (u *unit) childQualname(name string) string {
	if u.kind != ModuleScope {
		// A def or class declared `global` in the enclosing block is
		// named as at module level.
		if sym := u.sc.Lookup(u.mangle(name)); sym != nil && sym.Scope == GlobalExplicit {
			return name
		}
	}
	switch u.kind {
	case ModuleScope:
		return name
	case FunctionScope:
		return u.qualname + ".<locals>." + name
	}
	return u.qualname + "." + name
}

func (u *unit) funcDef(node syntax.Stmt, name string, args *syntax.Arguments, body []syntax.Stmt, decos []syntax.Expr, async bool) {
	dbase := u.alloc(len(decos))
	for i, d := range decos {
		u.exprTo(d, dbase+i)
	}
	f := u.alloc(1)
	u.makeFunction(node, name, args, body, nil, f)
	for i := len(decos) - 1; i >= 0; i-- {
		b := u.alloc(2)
		u.emit(MOVE, b, dbase+i, 0, 0)
		u.emit(MOVE, b+1, f, 0, 0)
		u.emitCall(CALL, f, b, 1, -1)
	}
	u.storeName(name, f)
}

// makeFunction compiles a def/lambda body and emits MAKE_FUNCTION into dst.
func (u *unit) makeFunction(node syntax.Node, name string, args *syntax.Arguments, body []syntax.Stmt, lambdaBody syntax.Expr, dst int) {
	sc := u.c.st.Scopes[node]
	if sc == nil {
		u.fail("internal error: no scope for %s", name)
	}
	base := u.alloc(4)
	// defaults
	if len(args.Defaults) > 0 {
		db := u.alloc(len(args.Defaults))
		for i, d := range args.Defaults {
			u.exprTo(d, db+i)
		}
		u.emit(BUILD_TUPLE, base, db, len(args.Defaults), 0)
	} else {
		u.emit(LOAD_NULL, base, 0, 0, 0)
	}
	nkw := 0
	for _, d := range args.KwDefaults {
		if d != nil {
			nkw++
		}
	}
	if nkw > 0 {
		kb := u.alloc(2 * nkw)
		j := 0
		for i, d := range args.KwDefaults {
			if d == nil {
				continue
			}
			u.loadConst(kb+2*j, u.strConst(u.mangle(args.Kwonlyargs[i].Arg)))
			u.exprTo(d, kb+2*j+1)
			j++
		}
		u.emit(BUILD_MAP, base+1, kb, nkw, 0)
	} else {
		u.emit(LOAD_NULL, base+1, 0, 0, 0)
	}
	hasAnn := u.annotations(node, args, base+3)
	u.closureInto(sc, base+2)

	child := u.c.newUnit(sc, name, u.childQualname(name))
	if hasAnn {
		child.code.Flags |= codeHasAnnotations
	}
	c := child.code
	c.ArgCount = len(args.Posonlyargs) + len(args.Args)
	c.PosOnlyCount = len(args.Posonlyargs)
	c.KwOnlyCount = len(args.Kwonlyargs)
	if args.Vararg != nil {
		c.Flags |= objects.CodeVarargs
	}
	if args.Kwarg != nil {
		c.Flags |= objects.CodeVarkeywords
	}
	if sc.IsNested {
		c.Flags |= objects.CodeNested
	}
	u.setCodeKind(node, sc, child)
	nparams := c.ArgCount + c.KwOnlyCount
	if args.Vararg != nil {
		nparams++
	}
	if args.Kwarg != nil {
		nparams++
	}
	for i := 0; i < nparams && i < len(child.assigned); i++ {
		child.assigned[i] = true
	}
	if lambdaBody != nil {
		child.curPos = posOf(lambdaBody.GetPos())
		r := child.exprReg(lambdaBody)
		child.emit(RETURN, r, 0, 0, 0)
	} else {
		if len(body) > 0 {
			if es, ok := body[0].(*syntax.ExprStmt); ok {
				if k, ok := es.Value.(*syntax.Constant); ok {
					if s, ok := k.Value.(string); ok {
						child.consts = append(child.consts, objects.NewStrValue(s))
						child.constKey["doc"] = 0
						c.Flags |= codeHasDoc
					}
				}
			}
		}
		child.setupConstRegs(body)
		child.stmts(body)
		child.curPos.Line = -1
		r := child.noneReg()
		child.emit(RETURN, r, 0, 0, 0)
	}
	code := child.finish()
	ci := u.constIndex(objects.Obj(code), "code:"+code.Qualname+":"+itoa(len(u.consts)))
	u.emit(MAKE_FUNCTION, dst, ci, base, 0)
}

// codeHasDoc marks a function whose first constant is its docstring.
const codeHasDoc = objects.CodeFlags(1 << 20)

func itoa(i int) string {
	if i == 0 {
		return "0"
	}
	s := ""
	for i > 0 {
		s = string(rune('0'+i%10)) + s
		i /= 10
	}
	return s
}

// closureInto builds the closure tuple for a child scope's free variables
// into dst (NULL when it has none).
func (u *unit) closureInto(sc *Scope, dst int) {
	if len(sc.Freevars) == 0 {
		u.emit(LOAD_NULL, dst, 0, 0, 0)
		return
	}
	cb := u.alloc(len(sc.Freevars))
	for i, n := range sc.Freevars {
		r, ok := u.derefReg[n]
		if !ok {
			u.fail("internal error: free variable %s not found", n)
		}
		u.emit(MOVE, cb+i, r, 0, 0)
	}
	// D = 2: the closure of the MAKE_FUNCTION that follows, which the VM
	// builds from the cells directly (no tuple)
	u.emit(BUILD_TUPLE, dst, cb, len(sc.Freevars), 2)
}

func (u *unit) classDef(s *syntax.ClassDef) {
	u.checkRepeatedKeywords(s.Keywords)
	var meta syntax.Expr
	var kws []*syntax.Keyword
	for _, k := range s.Keywords {
		if k.Arg != nil && *k.Arg == "metaclass" {
			meta = k.Value
		} else {
			kws = append(kws, k)
		}
	}
	dbase := u.alloc(len(s.DecoratorList))
	for i, d := range s.DecoratorList {
		u.exprTo(d, dbase+i)
	}
	sc := u.c.st.Scopes[s]
	child := u.c.newUnit(sc, s.Name, u.childQualname(s.Name))
	child.code.Flags |= objects.CodeModule
	child.curPos = posOf(s.GetPos())
	body := s.Body
	if len(body) > 0 {
		if es, ok := body[0].(*syntax.ExprStmt); ok {
			if k, ok := es.Value.(*syntax.Constant); ok {
				if _, ok := k.Value.(string); ok {
					r := child.alloc(1)
					child.loadConst(r, child.constOf(k.Value))
					child.emit(STORE_NAME, r, child.name("__doc__"), 0, 0)
					body = body[1:]
				}
			}
		}
	}
	child.setupAnnotations(body)
	child.stmts(body)
	if r, ok := child.derefReg["__class__"]; ok && sc.NeedsClassCell {
		child.emit(STORE_NAME, r, child.name("__classcell__"), 0, 0)
		child.emit(RETURN, r, 0, 0, 0)
	} else {
		r := child.noneReg()
		child.emit(RETURN, r, 0, 0, 0)
	}
	code := child.finish()

	nb := len(s.Bases)
	starBases := hasStar(s.Bases)
	if starBases {
		nb = 1
	}
	base := u.alloc(4 + nb)
	u.emit(LOAD_NULL, base+2, 0, 0, 0)
	fb := u.alloc(3)
	u.emit(LOAD_NULL, fb, 0, 0, 0)
	u.emit(LOAD_NULL, fb+1, 0, 0, 0)
	u.closureInto(sc, fb+2)
	ci := u.constIndex(objects.Obj(code), "class:"+code.Qualname+":"+itoa(len(u.consts)))
	u.emit(MAKE_FUNCTION, base, ci, fb, 0)
	u.loadConst(base+1, u.strConst(s.Name))
	flags := 0
	if starBases {
		u.sequence(s.Bases, base+2, BUILD_TUPLE)
		flags |= 4
	} else {
		for i, b := range s.Bases {
			u.exprTo(b, base+2+i)
		}
	}
	if meta != nil {
		u.exprTo(meta, base+2+nb)
		flags |= 1
	}
	if len(kws) > 0 {
		d := base + 3 + nb
		u.emit(BUILD_MAP, d, 0, 0, 0)
		for _, k := range kws {
			v := u.exprReg(k.Value)
			if k.Arg == nil {
				u.emit(DICT_UPDATE, d, v, 0, 0)
				continue
			}
			kr := u.alloc(1)
			u.loadConst(kr, u.strConst(*k.Arg))
			u.emit(MAP_ADD, d, kr, v, 0)
		}
		flags |= 2
	}
	f := u.alloc(1)
	u.curPos = posOf(s.GetPos())
	u.emit(BUILD_CLASS, f, base, nb, flags)
	for i := len(s.DecoratorList) - 1; i >= 0; i-- {
		b := u.alloc(2)
		u.emit(MOVE, b, dbase+i, 0, 0)
		u.emit(MOVE, b+1, f, 0, 0)
		u.emitCall(CALL, f, b, 1, -1)
	}
	u.storeName(s.Name, f)
}

// comprehension compiles a list/set/dict comprehension as a nested
// function called with the outermost iterator.
func (u *unit) comprehension(node syntax.Expr, gens []*syntax.Comprehension, dst int, build Op, elt, val syntax.Expr, genexp bool) {
	sc := u.c.st.Scopes[node]
	name := map[Op]string{BUILD_LIST: "<listcomp>", BUILD_SET: "<setcomp>", BUILD_MAP: "<dictcomp>", YIELD_VALUE: "<genexpr>"}[build]
	child := u.c.newUnit(sc, name, u.childQualname(name))
	child.code.ArgCount = 1
	if len(child.assigned) > 0 {
		child.assigned[0] = true
	}
	child.curPos = posOf(node.GetPos())
	res := child.alloc(1)
	awaitResult := u.compKind(sc, child, genexp)
	if genexp {
		child.code.Flags |= objects.CodeGenerator
		child.compGen(gens, 0, res, build, elt, val)
		child.emit(RETURN, child.noneReg(), 0, 0, 0)
	} else {
		child.emit(build, res, 0, 0, 0)
		child.compGen(gens, 0, res, build, elt, val)
		child.emit(RETURN, res, 0, 0, 0)
	}
	code := child.finish()

	fb := u.alloc(3)
	u.emit(LOAD_NULL, fb, 0, 0, 0)
	u.emit(LOAD_NULL, fb+1, 0, 0, 0)
	u.closureInto(sc, fb+2)
	base := u.alloc(2)
	ci := u.constIndex(objects.Obj(code), "comp:"+code.Qualname+":"+itoa(len(u.consts)))
	u.emit(MAKE_FUNCTION, base, ci, fb, 0)
	src := u.exprReg(gens[0].Iter)
	if gens[0].IsAsync != 0 {
		u.emit(EXT, base+1, src, 0, ExtGetAIter)
	} else {
		u.emit(GET_ITER, base+1, src, 0, getIterForLoop)
	}
	u.emitCall(CALL, dst, base, 1, -1)
	if awaitResult {
		u.awaitIn(dst, dst, 0)
	}
}

func (u *unit) compGen(gens []*syntax.Comprehension, i int, res int, build Op, elt, val syntax.Expr) {
	g := gens[i]
	var it int
	if i == 0 {
		it = 0 // the .0 parameter is already an iterator
	} else {
		src := u.exprReg(g.Iter)
		it = u.alloc(1)
		if g.IsAsync != 0 {
			u.emit(EXT, it, src, 0, ExtGetAIter)
		} else {
			u.emit(GET_ITER, it, src, 0, getIterForLoop)
		}
	}
	top, end := u.newLabel(), u.newLabel()
	u.bind(top)
	if n, ok := g.Target.(*syntax.Name); ok && g.IsAsync == 0 && n.Id != "__debug__" {
		if r, ok := u.fastLocal(n.Id); ok {
			u.jumpB(FOR_ITER, it, r, end) // the loop variable directly
			u.assigned[r] = true
			goto stored
		}
	}
	{
		v := u.alloc(1)
		if g.IsAsync != 0 {
			u.asyncNext(it, v, end)
		} else {
			u.jumpB(FOR_ITER, it, v, end)
		}
		u.store(g.Target, v)
	}
stored:
	for _, cond := range g.Ifs {
		u.jumpIf(cond, false, top)
	}
	if i+1 < len(gens) {
		u.compGen(gens, i+1, res, build, elt, val)
	} else {
		mark := u.tmp
		switch build {
		case BUILD_LIST:
			r := u.exprReg(elt)
			u.emit(LIST_APPEND, res, r, 0, 0)
		case BUILD_SET:
			r := u.exprReg(elt)
			u.emit(SET_ADD, res, r, 0, 0)
		case BUILD_MAP:
			k := u.exprReg(elt)
			vr := u.exprReg(val)
			u.emit(MAP_ADD, res, k, vr, 0)
		case YIELD_VALUE:
			r := u.exprReg(elt)
			if u.isAsyncGen() {
				w := u.alloc(1)
				u.emit(EXT, w, r, 0, ExtAsyncGenWrap)
				r = w
			}
			u.emit(YIELD_VALUE, r, res, 0, 0)
		}
		u.tmp = mark
	}
	u.jump(JUMP, 0, top)
	u.bind(end)
}
