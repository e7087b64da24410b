package compile

import (
	"taipan/objects"
	"taipan/syntax"
)

// setupAnnotations creates __annotations__ in a module or class body
// that has an annotated assignment anywhere in its statements, unless the
// namespace already has one (CPython's SETUP_ANNOTATIONS).
func (u *unit) setupAnnotations(body []syntax.Stmt) {
	if findAnn(body) {
		u.emit(EXT, 0, 0, 0, ExtSetupAnnotations)
	}
}

// findAnn reports an annotated assignment in list or the blocks nested in
// its compound statements (not in nested functions or classes).
func findAnn(list []syntax.Stmt) bool {
	for _, s := range list {
		switch s := s.(type) {
		case *syntax.AnnAssign:
			return true
		case *syntax.For:
			if findAnn(s.Body) || findAnn(s.Orelse) {
				return true
			}
		case *syntax.AsyncFor:
			if findAnn(s.Body) || findAnn(s.Orelse) {
				return true
			}
		case *syntax.While:
			if findAnn(s.Body) || findAnn(s.Orelse) {
				return true
			}
		case *syntax.If:
			if findAnn(s.Body) || findAnn(s.Orelse) {
				return true
			}
		case *syntax.With:
			if findAnn(s.Body) {
				return true
			}
		case *syntax.AsyncWith:
			if findAnn(s.Body) {
				return true
			}
		case *syntax.Try:
			if findAnn(s.Body) || findAnn(s.Orelse) || findAnn(s.Finalbody) || handlersAnn(s.Handlers) {
				return true
			}
		case *syntax.TryStar:
			if findAnn(s.Body) || findAnn(s.Orelse) || findAnn(s.Finalbody) || handlersAnn(s.Handlers) {
				return true
			}
		case *syntax.Match:
			for _, c := range s.Cases {
				if findAnn(c.Body) {
					return true
				}
			}
		}
	}
	return false
}

func handlersAnn(hs []*syntax.ExceptHandler) bool {
	for _, h := range hs {
		if findAnn(h.Body) {
			return true
		}
	}
	return false
}

// segment returns the source text of a node (single-line nodes only).
func (c *compiler) segment(e syntax.Expr) string {
	p := e.GetPos()
	if p.Lineno != p.EndLineno || p.Lineno < 1 || p.Lineno > len(c.lines) {
		return ""
	}
	line := c.lines[p.Lineno-1]
	if p.EndColOffset > len(line) {
		return ""
	}
	return line[p.ColOffset:p.EndColOffset]
}

func (u *unit) stmts(list []syntax.Stmt) {
	for _, s := range list {
		u.stmt(s)
	}
}

// snapshot/restore of definite assignment for conditional code.
func (u *unit) saveAssigned() []bool { return append([]bool(nil), u.assigned...) }

func (u *unit) stmt(s syntax.Stmt) {
	mark := u.tmp
	saved := u.curPos
	u.curPos = posOf(s.GetPos())
	defer func() { u.tmp = mark; u.curPos = saved }()
	switch s := s.(type) {
	case *syntax.ExprStmt:
		if u.interactive {
			r := u.exprReg(s.Value)
			u.emit(EXT, r, r, 0, ExtPrintExpr)
			return
		}
		if _, ok := s.Value.(*syntax.Constant); ok {
			return
		}
		u.exprReg(s.Value)
	case *syntax.Assign:
		u.assign(s)
	case *syntax.AugAssign:
		u.augAssign(s)
	case *syntax.AnnAssign:
		if s.Value != nil {
			r := u.exprReg(s.Value)
			u.store(s.Target, r)
		}
		if n, ok := s.Target.(*syntax.Name); ok && s.Simple != 0 && u.kind != FunctionScope {
			// module and class bodies record the annotation
			base := u.alloc(3)
			if u.c.st.FutureAnnotations {
				u.loadConst(base, u.strConst(u.c.segment(s.Annotation)))
			} else {
				u.exprTo(s.Annotation, base)
			}
			u.loadName("__annotations__", base+1)
			u.loadConst(base+2, u.strConst(u.mangle(n.Id)))
			u.emit(STORE_SUBSCR, base+1, base+2, base, 0)
		}
	case *syntax.Pass, *syntax.Global, *syntax.Nonlocal:
	case *syntax.If:
		u.ifStmt(s)
	case *syntax.While:
		u.whileStmt(s)
	case *syntax.For:
		u.forStmt(s)
	case *syntax.Break:
		u.breakContinue(true)
	case *syntax.Continue:
		u.breakContinue(false)
	case *syntax.Return:
		if u.kind != FunctionScope {
			u.syntaxError("'return' outside function")
		}
		if s.Value != nil && u.isAsyncGen() {
			u.syntaxError("'return' with value in async generator")
		}
		if u.inStarHandler(nil) {
			u.syntaxError("'break', 'continue' and 'return' cannot appear in an except* block")
		}
		var r int
		if s.Value != nil {
			r = u.exprReg(s.Value)
			if u.hasFinally() && !u.isTemp(r) {
				t := u.alloc(1)
				u.emit(MOVE, t, r, 0, 0)
				r = t
			}
		} else {
			r = u.noneReg()
		}
		u.unwind(nil)
		u.emit(RETURN, r, 0, 0, 0)
		u.resumeAll(nil)
	case *syntax.FunctionDef:
		u.funcDef(s, s.Name, s.Args, s.Body, s.DecoratorList, false)
	case *syntax.AsyncFunctionDef:
		u.funcDef(s, s.Name, s.Args, s.Body, s.DecoratorList, true)
	case *syntax.AsyncFor:
		u.asyncFor(s)
	case *syntax.AsyncWith:
		u.asyncWith(s)
	case *syntax.ClassDef:
		u.classDef(s)
	case *syntax.Raise:
		a, b := NoReg, NoReg
		if s.Exc != nil {
			a = u.exprReg(s.Exc)
		}
		if s.Cause != nil {
			b = u.exprReg(s.Cause)
		}
		u.emit(RAISE, a, b, 0, 0)
	case *syntax.Try:
		if len(s.Finalbody) > 0 {
			u.tryFinally(s)
		} else {
			u.tryExcept(s)
		}
	case *syntax.TryStar:
		u.tryStarStmt(s)
	case *syntax.With:
		u.with(s.Items, s.Body)
	case *syntax.Match:
		u.match(s)
	case *syntax.Assert:
		u.checkAssert(s)
		end := u.newLabel()
		u.jumpIf(s.Test, true, end)
		u.curPos = posOf(s.Test.GetPos()) // CPython points at the test
		r := u.alloc(2)
		u.emit(LOAD_ASSERTION_ERROR, r, 0, 0, 0)
		if s.Msg != nil {
			u.exprTo(s.Msg, r+1)
			u.emitCall(CALL, r, r, 1, -1)
		}
		u.emit(RAISE, r, NoReg, 0, 0)
		u.bind(end)
	case *syntax.Delete:
		for _, t := range s.Targets {
			u.del(t)
		}
	case *syntax.Import:
		for _, a := range s.Names {
			r := u.alloc(1)
			u.emit(IMPORT_NAME, r, u.name(a.Name), NoReg, 0)
			if a.Asname != nil {
				// import a.b.c as x binds the submodule
				parts := splitDots(a.Name)
				for _, p := range parts[1:] {
					u.emit(IMPORT_FROM, r, r, u.name(p), 0)
				}
				u.storeName(*a.Asname, r)
			} else {
				u.storeName(splitDots(a.Name)[0], r)
			}
		}
	case *syntax.ImportFrom:
		mod := ""
		if s.Module != nil {
			mod = *s.Module
		}
		r := u.alloc(2)
		names := make([]objects.Value, len(s.Names))
		for i, a := range s.Names {
			names[i] = objects.Obj(objects.Intern(a.Name))
		}
		u.loadConst(r+1, u.constIndex(objects.NewTupleValue(names), "from:"+mod+":"+joinAliases(s.Names)))
		u.emit(IMPORT_NAME, r, u.name(mod), r+1, s.Level) // D: the relative level
		for _, a := range s.Names {
			if a.Name == "*" {
				u.emit(IMPORT_STAR, r, 0, 0, 0)
				continue
			}
			t := u.alloc(1)
			u.emit(IMPORT_FROM, t, r, u.name(a.Name), 0)
			bind := a.Name
			if a.Asname != nil {
				bind = *a.Asname
			}
			u.storeName(bind, t)
		}
	default:
		u.fail("%T statements are not supported yet", s)
	}
}

func splitDots(s string) []string {
	var out []string
	start := 0
	for i := 0; i < len(s); i++ {
		if s[i] == '.' {
			out = append(out, s[start:i])
			start = i + 1
		}
	}
	return append(out, s[start:])
}

func joinAliases(as []*syntax.Alias) string {
	s := ""
	for _, a := range as {
		s += a.Name + ","
	}
	return s
}

func (u *unit) hasFinally() bool {
	for _, fb := range u.fblocks {
		if fb.kind == fbFinally || fb.kind == fbHandler || fb.kind == fbWith {
			return true
		}
	}
	return false
}

// unwind emits the exit actions of every fblock inside stop (nil: all),
// pausing their protected regions.
func (u *unit) unwind(stop *fblock) {
	for i := len(u.fblocks) - 1; i >= 0; i-- {
		fb := u.fblocks[i]
		if fb == stop {
			return
		}
		if fb.region != nil {
			fb.region.pause(len(u.instrs))
		}
		switch fb.kind {
		case fbFinally:
			// the final body runs outside this block
			saved := u.fblocks
			u.fblocks = u.fblocks[:i]
			u.stmts(fb.final)
			u.fblocks = saved
		case fbWith:
			r := u.alloc(1)
			u.emit(WITH_EXIT, r, fb.saveReg, NoReg, 0)
			if fb.async {
				u.awaitIn(r, r, 2)
			}
		case fbHandler:
			u.emit(POP_EXCEPT, fb.saveReg, 0, 0, 0)
			if fb.handlerName != "" {
				u.clearName(fb.handlerName)
			}
		}
	}
}

func (u *unit) resumeAll(stop *fblock) {
	for i := len(u.fblocks) - 1; i >= 0; i-- {
		fb := u.fblocks[i]
		if fb == stop {
			return
		}
		if fb.region != nil {
			fb.region.resume(len(u.instrs))
		}
	}
}

func (u *unit) breakContinue(isBreak bool) {
	var loop *fblock
	for i := len(u.fblocks) - 1; i >= 0; i-- {
		if u.fblocks[i].kind == fbLoop {
			loop = u.fblocks[i]
			break
		}
	}
	// CPython unwinds from the innermost block: an except* handler met
	// before the loop (or with no loop at all) is the error
	if u.inStarHandler(loop) {
		u.syntaxError("'break', 'continue' and 'return' cannot appear in an except* block")
	}
	if loop == nil {
		if isBreak {
			u.syntaxError("'break' outside loop")
		}
		u.syntaxError("'continue' not properly in loop")
	}
	u.unwind(loop)
	if isBreak {
		u.jump(JUMP, 0, loop.brk)
	} else {
		u.jump(JUMP, 0, loop.cont)
	}
	u.resumeAll(loop)
}

func (u *unit) ifStmt(s *syntax.If) {
	els := u.newLabel()
	end := u.newLabel()
	u.jumpIf(s.Test, false, els)
	before := u.saveAssigned()
	u.stmts(s.Body)
	u.assigned = before
	if len(s.Orelse) > 0 {
		u.jump(JUMP, 0, end)
		u.bind(els)
		u.stmts(s.Orelse)
		u.assigned = before
		u.bind(end)
	} else {
		u.bind(els)
	}
}

func (u *unit) whileStmt(s *syntax.While) {
	top, els, end := u.newLabel(), u.newLabel(), u.newLabel()
	u.bind(top)
	u.jumpIf(s.Test, false, els)
	before := u.saveAssigned()
	u.fblocks = append(u.fblocks, &fblock{kind: fbLoop, brk: end, cont: top})
	u.stmts(s.Body)
	u.fblocks = u.fblocks[:len(u.fblocks)-1]
	u.assigned = before
	u.jump(JUMP, 0, top)
	u.bind(els)
	u.stmts(s.Orelse)
	u.assigned = before
	u.bind(end)
}

func (u *unit) forStmt(s *syntax.For) {
	src := u.exprReg(s.Iter)
	it := u.alloc(1)
	u.emit(GET_ITER, it, src, 0, getIterForLoop)
	top, els, end := u.newLabel(), u.newLabel(), u.newLabel()
	u.bind(top)
	before := u.saveAssigned()
	dst := -1
	if n, ok := s.Target.(*syntax.Name); ok {
		if r, ok := u.localReg[n.Id]; ok && u.sc.Symbols[n.Id] != nil && u.sc.Symbols[n.Id].Scope == Local {
			dst = r
		}
	}
	if dst >= 0 {
		u.jumpB(FOR_ITER, it, dst, els)
		u.assigned[dst] = true
	} else {
		v := u.alloc(1)
		u.jumpB(FOR_ITER, it, v, els)
		u.store(s.Target, v)
	}
	u.fblocks = append(u.fblocks, &fblock{kind: fbLoop, brk: end, cont: top})
	u.stmts(s.Body)
	u.fblocks = u.fblocks[:len(u.fblocks)-1]
	u.jump(JUMP, 0, top)
	u.bind(els)
	u.assigned = before
	u.stmts(s.Orelse)
	u.assigned = before
	u.bind(end)
}

func (u *unit) assign(s *syntax.Assign) {
	if len(s.Targets) == 1 {
		if n, ok := s.Targets[0].(*syntax.Name); ok {
			if r, ok := u.fastLocal(n.Id); ok && simpleExpr(s.Value) {
				u.exprTo(s.Value, r)
				u.assigned[r] = true
				return
			}
		}
	}
	if len(s.Targets) == 1 && u.parallelAssign(s.Targets[0], s.Value) {
		return
	}
	r := u.exprReg(s.Value)
	for _, t := range s.Targets {
		u.store(t, r)
	}
}

// parallelAssign compiles `a, b = x, y` without building a tuple:
// evaluate every value into a temporary, then store them in order.
func (u *unit) parallelAssign(target, value syntax.Expr) bool {
	var tgts, vals []syntax.Expr
	switch t := target.(type) {
	case *syntax.Tuple:
		tgts = t.Elts
	case *syntax.List:
		tgts = t.Elts
	default:
		return false
	}
	switch v := value.(type) {
	case *syntax.Tuple:
		vals = v.Elts
	case *syntax.List:
		vals = v.Elts
	default:
		return false
	}
	if len(tgts) != len(vals) || hasStar(tgts) || hasStar(vals) {
		return false
	}
	if u.parallelMove(tgts, vals) {
		return true
	}
	base := u.alloc(len(vals))
	for i, v := range vals {
		u.exprTo(v, base+i)
	}
	for i, t := range tgts {
		u.store(t, base+i)
	}
	return true
}

// parallelMove compiles `a, b = b, a` when every target is a distinct
// plain local and every value a plain local or a constant: the registers
// are permuted with the fewest moves (one temporary per cycle) instead of
// copying every value through a temporary.
func (u *unit) parallelMove(tgts, vals []syntax.Expr) bool {
	dst := make([]int, len(tgts))
	seen := map[int]bool{}
	for i, t := range tgts {
		n, ok := t.(*syntax.Name)
		if !ok || n.Id == "__debug__" {
			return false
		}
		r, ok := u.fastLocal(n.Id)
		if !ok || seen[r] {
			return false
		}
		seen[r] = true
		dst[i] = r
	}
	src := make([]int, len(vals)) // -1: a constant
	for i, v := range vals {
		src[i] = -1
		switch v := v.(type) {
		case *syntax.Name:
			r, ok := u.fastLocal(v.Id)
			if !ok {
				return false
			}
			src[i] = r
		case *syntax.Constant:
		default:
			return false
		}
	}
	for _, r := range src { // reads happen first, left to right
		if r >= 0 {
			u.checkLocal(r)
		}
	}
	pending := make([]bool, len(dst))
	left := 0
	for i := range dst {
		if src[i] >= 0 && src[i] != dst[i] {
			pending[i] = true
			left++
		}
	}
	readBy := func(r int) bool { // a pending move still reads r
		for j := range dst {
			if pending[j] && src[j] == r {
				return true
			}
		}
		return false
	}
	for left > 0 {
		progress := false
		for i := range dst {
			if pending[i] && !readBy(dst[i]) {
				u.emit(MOVE, dst[i], src[i], 0, 0)
				pending[i] = false
				left--
				progress = true
			}
		}
		if progress {
			continue
		}
		// only cycles remain: park one target's value in a temporary
		for i := range dst {
			if pending[i] {
				tmp := u.alloc(1)
				u.emit(MOVE, tmp, dst[i], 0, 0)
				for j := range dst {
					if pending[j] && src[j] == dst[i] {
						src[j] = tmp
					}
				}
				break
			}
		}
	}
	for i, v := range vals {
		if src[i] < 0 {
			u.exprTo(v, dst[i])
		}
	}
	for _, r := range dst {
		u.assigned[r] = true
	}
	return true
}

// simpleExpr reports whether compiling e into a register writes that
// register only with its final instruction (so e may target a local
// that e itself reads).
func simpleExpr(e syntax.Expr) bool {
	switch e := e.(type) {
	case *syntax.BinOp, *syntax.UnaryOp, *syntax.Call, *syntax.Attribute, *syntax.Subscript, *syntax.Constant,
		*syntax.Name, *syntax.List, *syntax.Tuple, *syntax.Dict, *syntax.JoinedStr:
		return true
	case *syntax.Compare:
		return len(e.Ops) == 1
	}
	return false
}

func (u *unit) augAssign(s *syntax.AugAssign) {
	op := int(s.Op)
	switch t := s.Target.(type) {
	case *syntax.Name:
		if r, ok := u.fastLocal(t.Id); ok {
			u.checkLocal(r)
			v := u.exprReg(s.Value)
			u.curPos = posOf(s.GetPos())
			u.emit(INPLACE_OP, r, r, v, op)
			return
		}
		cur := u.alloc(1)
		u.loadName(t.Id, cur)
		v := u.exprReg(s.Value)
		u.curPos = posOf(s.GetPos())
		u.emit(INPLACE_OP, cur, cur, v, op)
		u.storeName(t.Id, cur)
	case *syntax.Attribute:
		obj := u.exprReg(t.Value)
		cur := u.alloc(1)
		u.emit(LOAD_ATTR, cur, obj, u.name(u.mangle(t.Attr)), 0)
		v := u.exprReg(s.Value)
		u.curPos = posOf(s.GetPos())
		u.emit(INPLACE_OP, cur, cur, v, op)
		u.emit(STORE_ATTR, obj, u.name(u.mangle(t.Attr)), cur, 0)
	case *syntax.Subscript:
		obj := u.exprReg(t.Value)
		key := u.exprReg(t.Slice)
		cur := u.alloc(1)
		u.emit(BINARY_SUBSCR, cur, obj, key, 0)
		v := u.exprReg(s.Value)
		u.curPos = posOf(s.GetPos())
		u.emit(INPLACE_OP, cur, cur, v, op)
		u.emit(STORE_SUBSCR, obj, key, cur, 0)
	default:
		u.fail("illegal augmented assignment target")
	}
}

func (u *unit) mangle(name string) string { return Mangle(u.sc.Private, name) }

// fastLocal returns the register of a plain (non-cell) local.
func (u *unit) fastLocal(id string) (int, bool) {
	if u.kind != FunctionScope {
		return 0, false
	}
	name := u.mangle(id)
	sym := u.sc.Symbols[name]
	if sym == nil || sym.Scope != Local {
		return 0, false
	}
	r, ok := u.localReg[name]
	return r, ok
}

func (u *unit) checkLocal(r int) {
	if r < len(u.assigned) && !u.assigned[r] {
		u.emit(CHECK_LOCAL, r, 0, 0, 0)
	}
}

// store assigns the value in register v to a target.
func (u *unit) store(target syntax.Expr, v int) {
	switch t := target.(type) {
	case *syntax.Name:
		u.storeName(t.Id, v)
	case *syntax.Attribute:
		saved := u.curPos
		u.curPos = posOf(t.GetPos())
		obj := u.exprReg(t.Value)
		u.emit(STORE_ATTR, obj, u.name(u.mangle(t.Attr)), v, 0)
		u.curPos = saved
	case *syntax.Subscript:
		saved := u.curPos
		u.curPos = posOf(t.GetPos())
		obj := u.exprReg(t.Value)
		key := u.exprReg(t.Slice)
		if _, ok := t.Slice.(*syntax.Slice); ok {
			u.markSliceStoreFused()
		}
		u.emit(STORE_SUBSCR, obj, key, v, 0)
		u.curPos = saved
	case *syntax.Tuple:
		saved := u.curPos
		u.curPos = posOf(t.GetPos()) // an unpack error points at the target (CPython's carets)
		u.unpack(t.Elts, v)
		u.curPos = saved
	case *syntax.List:
		saved := u.curPos
		u.curPos = posOf(t.GetPos())
		u.unpack(t.Elts, v)
		u.curPos = saved
	case *syntax.Starred:
		u.syntaxError("starred assignment target must be in a list or tuple")
	default:
		u.fail("cannot assign to %T", target)
	}
}

func (u *unit) unpack(elts []syntax.Expr, v int) {
	star := -1
	for i, e := range elts {
		if _, ok := e.(*syntax.Starred); ok {
			if star >= 0 {
				u.syntaxError("multiple starred expressions in assignment")
			}
			star = i
		}
	}
	if r0, ok := u.consecutiveLocals(elts); ok {
		// targets are locals in consecutive registers: unpack straight
		// into them (the VM unpacks all-or-nothing, so a failed unpack
		// assigns none, as CPython's)
		if star < 0 {
			u.emit(UNPACK_SEQUENCE, v, r0, len(elts), 0)
		} else {
			u.emit(UNPACK_EX, v, r0, star, len(elts)-star-1)
		}
		for i := range elts {
			u.assigned[r0+i] = true
		}
		return
	}
	base := u.alloc(len(elts))
	if star < 0 {
		u.emit(UNPACK_SEQUENCE, v, base, len(elts), 0)
	} else {
		u.emit(UNPACK_EX, v, base, star, len(elts)-star-1)
	}
	for i, e := range elts {
		if s, ok := e.(*syntax.Starred); ok {
			e = s.Value
		}
		u.store(e, base+i)
	}
}

func (u *unit) storeName(id string, v int) {
	if id == "__debug__" {
		u.syntaxError("cannot assign to __debug__")
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
			if r != v {
				u.emit(MOVE, r, v, 0, 0)
			}
			u.assigned[r] = true
			return
		case Cell, Free:
			u.emit(STORE_DEREF, u.derefReg[name], v, 0, 0)
			return
		}
		u.emit(STORE_GLOBAL, v, u.name(name), 0, 0)
	case ClassScope:
		switch scope {
		case GlobalExplicit:
			u.emit(STORE_GLOBAL, v, u.name(name), 0, 0)
		case Free:
			u.emit(STORE_DEREF, u.derefReg[name], v, 0, 0)
		default:
			u.emit(STORE_NAME, v, u.name(name), 0, 0)
		}
	default:
		u.emit(STORE_GLOBAL, v, u.name(name), 0, explicitGlobal(scope))
	}
}

func (u *unit) clearName(id string) {
	r := u.noneReg()
	u.storeName(id, r)
	u.delName(id)
}

func (u *unit) delName(id string) {
	name := u.mangle(id)
	sym := u.sc.Symbols[name]
	scope := GlobalImplicit
	if sym != nil {
		scope = sym.Scope
	}
	switch {
	case u.kind == FunctionScope && scope == Local:
		r := u.localReg[name]
		u.emit(DELETE_FAST, r, 0, 0, 0)
		u.assigned[r] = false
	case scope == Cell || scope == Free:
		u.emit(DELETE_DEREF, u.derefReg[name], 0, 0, 0)
	case u.kind == ClassScope && scope != GlobalExplicit:
		u.emit(DELETE_NAME, 0, u.name(name), 0, 0)
	case u.kind == FunctionScope:
		u.emit(DELETE_GLOBAL, 0, u.name(name), 0, 0)
	default:
		u.emit(DELETE_GLOBAL, 0, u.name(name), 0, explicitGlobal(scope))
	}
}

func (u *unit) del(target syntax.Expr) {
	switch t := target.(type) {
	case *syntax.Name:
		if t.Id == "__debug__" {
			u.curPos = posOf(t.GetPos())
			u.syntaxError("cannot delete __debug__")
		}
		u.delName(t.Id)
	case *syntax.Attribute:
		obj := u.exprReg(t.Value)
		u.emit(DELETE_ATTR, obj, u.name(u.mangle(t.Attr)), 0, 0)
	case *syntax.Subscript:
		obj := u.exprReg(t.Value)
		key := u.exprReg(t.Slice)
		u.emit(DELETE_SUBSCR, obj, key, 0, 0)
	case *syntax.Tuple:
		for _, e := range t.Elts {
			u.del(e)
		}
	case *syntax.List:
		for _, e := range t.Elts {
			u.del(e)
		}
	default:
		u.fail("cannot delete %T", target)
	}
}

// tryExcept compiles try/except[/else].
func (u *unit) tryExcept(s *syntax.Try) {
	handler, end := u.newLabel(), u.newLabel()
	excReg := u.alloc(1)
	before := u.saveAssigned()
	reg := u.openRegion()
	fb := &fblock{kind: fbTry, region: reg}
	u.fblocks = append(u.fblocks, fb)
	u.stmts(s.Body)
	u.fblocks = u.fblocks[:len(u.fblocks)-1]
	u.closeRegion(reg, handler, excReg)
	u.assigned = append([]bool(nil), before...)
	u.stmts(s.Orelse)
	u.assigned = append([]bool(nil), before...)
	u.jump(JUMP, 0, end)

	// handlers
	u.bind(handler)
	save := u.alloc(1)
	u.emit(PUSH_EXC_INFO, save, excReg, 0, 0)
	cleanup := u.newLabel()
	cleanupExc := u.alloc(1)
	creg := u.openRegion()
	for _, h := range s.Handlers {
		u.curPos = posOf(h.GetPos())
		next := u.newLabel()
		if h.Type != nil {
			typ := u.exprReg(h.Type)
			m := u.alloc(1)
			u.emit(CHECK_EXC_MATCH, m, excReg, typ, 0)
			u.jump(JUMP_IF_FALSE, m, next)
		}
		name := ""
		if h.Name != nil {
			name = *h.Name
			u.storeName(name, excReg)
		}
		hb := &fblock{kind: fbHandler, saveReg: save, region: creg, handlerName: name}
		u.fblocks = append(u.fblocks, hb)
		u.stmts(h.Body)
		u.fblocks = u.fblocks[:len(u.fblocks)-1]
		creg.pause(len(u.instrs))
		u.emit(POP_EXCEPT, save, 0, 0, 0)
		if name != "" {
			u.clearName(name)
		}
		u.jump(JUMP, 0, end)
		creg.resume(len(u.instrs))
		u.bind(next)
		u.assigned = append([]bool(nil), before...)
	}
	u.emit(RERAISE, excReg, 0, 0, 0)
	u.closeRegion(creg, cleanup, cleanupExc)
	u.bind(cleanup)
	u.emit(POP_EXCEPT, save, 0, 0, 0)
	u.emit(RERAISE, cleanupExc, 0, 0, 0)
	u.bind(end)
	u.assigned = before
}

// tryFinally compiles try/finally (with any except clauses nested inside).
func (u *unit) tryFinally(s *syntax.Try) {
	handler, end := u.newLabel(), u.newLabel()
	excReg := u.alloc(1)
	before := u.saveAssigned()
	reg := u.openRegion()
	fb := &fblock{kind: fbFinally, region: reg, final: s.Finalbody}
	u.fblocks = append(u.fblocks, fb)
	if len(s.Handlers) > 0 {
		u.tryExcept(&syntax.Try{Pos: s.Pos, Body: s.Body, Handlers: s.Handlers, Orelse: s.Orelse})
	} else {
		u.stmts(s.Body)
	}
	u.fblocks = u.fblocks[:len(u.fblocks)-1]
	u.closeRegion(reg, handler, excReg)
	u.assigned = append([]bool(nil), before...)
	u.stmts(s.Finalbody)
	u.jump(JUMP, 0, end)

	u.bind(handler)
	save := u.alloc(1)
	u.emit(PUSH_EXC_INFO, save, excReg, 0, 0)
	cleanup := u.newLabel()
	cleanupExc := u.alloc(1)
	creg := u.openRegion()
	hb := &fblock{kind: fbHandler, saveReg: save, region: creg}
	u.fblocks = append(u.fblocks, hb)
	u.assigned = append([]bool(nil), before...)
	u.stmts(s.Finalbody)
	u.fblocks = u.fblocks[:len(u.fblocks)-1]
	creg.pause(len(u.instrs))
	u.emit(POP_EXCEPT, save, 0, 0, 0)
	u.emit(RERAISE, excReg, 0, 0, 0)
	u.closeRegion(creg, cleanup, cleanupExc)
	u.bind(cleanup)
	u.emit(POP_EXCEPT, save, 0, 0, 0)
	u.emit(RERAISE, cleanupExc, 0, 0, 0)
	u.bind(end)
	u.assigned = before
}

// with compiles a with statement (one item at a time, nested).
func (u *unit) with(items []*syntax.WithItem, body []syntax.Stmt) {
	item := items[0]
	mgr := u.exprReg(item.ContextExpr)
	ex := u.alloc(2)
	u.emit(BEFORE_WITH, ex, mgr, 0, 0)
	if item.OptionalVars != nil {
		u.store(item.OptionalVars, ex+1)
	}
	handler, end := u.newLabel(), u.newLabel()
	excReg := u.alloc(1)
	before := u.saveAssigned()
	reg := u.openRegion()
	fb := &fblock{kind: fbWith, region: reg, saveReg: ex}
	u.fblocks = append(u.fblocks, fb)
	if len(items) > 1 {
		u.with(items[1:], body)
	} else {
		u.stmts(body)
	}
	u.fblocks = u.fblocks[:len(u.fblocks)-1]
	u.closeRegion(reg, handler, excReg)
	r := u.alloc(1)
	u.emit(WITH_EXIT, r, ex, NoReg, 0)
	u.jump(JUMP, 0, end)

	u.bind(handler)
	save := u.alloc(1)
	u.emit(PUSH_EXC_INFO, save, excReg, 0, 0)
	cleanup := u.newLabel()
	cleanupExc := u.alloc(1)
	creg := u.openRegion()
	u.emit(WITH_EXIT, r, ex, excReg, 0)
	reraise := u.newLabel()
	u.jump(JUMP_IF_FALSE, r, reraise)
	creg.pause(len(u.instrs))
	u.emit(POP_EXCEPT, save, 0, 0, 0)
	u.jump(JUMP, 0, end)
	creg.resume(len(u.instrs))
	u.bind(reraise)
	u.emit(RERAISE, excReg, 0, 0, 0)
	u.closeRegion(creg, cleanup, cleanupExc)
	u.bind(cleanup)
	u.emit(POP_EXCEPT, save, 0, 0, 0)
	u.emit(RERAISE, cleanupExc, 0, 0, 0)
	u.bind(end)
	u.assigned = before
}
