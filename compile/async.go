package compile

import (
	"taipan/objects"
	"taipan/syntax"
)

// Coroutines: async def, await, async for, async with, async
// generators and asynchronous comprehensions. An await compiles to the
// same SEND/YIELD_VALUE delegation loop as yield from, on the iterator
// EXT GetAwaitable returns.

// setCodeKind sets the generator/coroutine flags of a function's code.
func (u *unit) setCodeKind(node syntax.Node, sc *Scope, child *unit) {
	_, isAsync := node.(*syntax.AsyncFunctionDef)
	child.async = isAsync
	c := child.code
	switch {
	case isAsync && sc.IsGenerator:
		c.Flags |= objects.CodeGenerator | objects.CodeAsyncGenerator
	case isAsync:
		c.Flags |= objects.CodeGenerator | objects.CodeCoroutine
	case sc.IsGenerator:
		c.Flags |= objects.CodeGenerator
	}
}

func (u *unit) isAsyncGen() bool { return u.code.Flags&objects.CodeAsyncGenerator != 0 }

// awaitIn drives the awaitable in register src to completion, leaving
// its result in dst. kind selects the error message for objects that
// are not awaitable (0 await, 1 __aenter__, 2 __aexit__).
func (u *unit) awaitIn(src, dst, kind int) {
	it := u.alloc(1)
	u.emit(EXT, it, src, kind, ExtGetAwaitable)
	u.delegateLoop(it, dst)
}

// delegateLoop is the yield-from loop: send into it until it finishes,
// passing every value it yields out of this frame.
func (u *unit) delegateLoop(it, dst int) {
	r := u.alloc(2)
	sent := r + 1
	u.loadConst(sent, u.constOf(nil))
	top, done := u.newLabel(), u.newLabel()
	u.bind(top)
	u.emit(MOVE, r, sent, 0, 0)
	u.jumpB(SEND, r, it, done)
	u.emit(YIELD_VALUE, r, sent, 0, 0)
	u.jump(JUMP, 0, top)
	u.bind(done)
	u.emit(MOVE, dst, r, 0, 0)
}

func (u *unit) await(e *syntax.Await, dst int) {
	if u.kind != FunctionScope {
		u.syntaxError("'await' outside function")
	}
	if !u.async && !u.isComp {
		u.syntaxError("'await' outside async function")
	}
	v := u.exprReg(e.Value)
	u.curPos = posOf(e.GetPos())
	u.awaitIn(v, dst, 0)
}

func (u *unit) yieldFrom(e *syntax.YieldFrom, dst int) {
	if u.kind != FunctionScope {
		u.syntaxError("'yield' outside function")
	}
	if u.async {
		u.syntaxError("'yield from' inside async function")
	}
	src := u.exprReg(e.Value)
	it := u.alloc(1)
	u.curPos = posOf(e.GetPos())
	u.emit(EXT, it, src, 0, ExtGetYieldFromIter)
	u.delegateLoop(it, dst)
}

// stopAsyncIterConst loads StopAsyncIteration.
func (u *unit) stopAsyncIterConst(dst int) {
	u.loadConst(dst, u.constIndex(objects.Obj(objects.ExcStopAsyncIteration), "exc:StopAsyncIteration"))
}

// asyncNext awaits the next item of async iterator it into v, jumping to
// end when the iterator raises StopAsyncIteration.
func (u *unit) asyncNext(it, v int, end *label) {
	exc := u.alloc(1)
	hnd, cont := u.newLabel(), u.newLabel()
	reg := u.openRegion()
	aw := u.alloc(1)
	u.emit(EXT, aw, it, 0, ExtGetANext)
	u.awaitIn(aw, v, 0)
	u.closeRegion(reg, hnd, exc)
	u.jump(JUMP, 0, cont)
	u.bind(hnd)
	typ := u.alloc(2)
	u.stopAsyncIterConst(typ)
	u.emit(CHECK_EXC_MATCH, typ+1, exc, typ, 0)
	u.jump(JUMP_IF_TRUE, typ+1, end)
	u.emit(RERAISE, exc, 0, 0, 0)
	u.bind(cont)
}

func (u *unit) asyncFor(s *syntax.AsyncFor) {
	if !u.async {
		u.syntaxError("'async for' outside async function")
	}
	src := u.exprReg(s.Iter)
	it := u.alloc(1)
	u.emit(EXT, it, src, 0, ExtGetAIter)
	top, els, end := u.newLabel(), u.newLabel(), u.newLabel()
	u.bind(top)
	before := u.saveAssigned()
	v := u.alloc(1)
	u.asyncNext(it, v, els)
	u.store(s.Target, v)
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

func (u *unit) asyncWith(s *syntax.AsyncWith) {
	if !u.async {
		u.syntaxError("'async with' outside async function")
	}
	u.asyncWithItems(s.Items, s.Body)
}

func (u *unit) asyncWithItems(items []*syntax.WithItem, body []syntax.Stmt) {
	item := items[0]
	mgr := u.exprReg(item.ContextExpr)
	ex := u.alloc(2)
	u.emit(EXT, ex, mgr, 0, ExtBeforeAsyncWith)
	u.awaitIn(ex+1, ex+1, 1)
	if item.OptionalVars != nil {
		u.store(item.OptionalVars, ex+1)
	}
	handler, end := u.newLabel(), u.newLabel()
	excReg := u.alloc(1)
	before := u.saveAssigned()
	reg := u.openRegion()
	fb := &fblock{kind: fbWith, region: reg, saveReg: ex, async: true}
	u.fblocks = append(u.fblocks, fb)
	if len(items) > 1 {
		u.asyncWithItems(items[1:], body)
	} else {
		u.stmts(body)
	}
	u.fblocks = u.fblocks[:len(u.fblocks)-1]
	u.closeRegion(reg, handler, excReg)
	r := u.alloc(1)
	u.emit(WITH_EXIT, r, ex, NoReg, 0)
	u.awaitIn(r, r, 2)
	u.jump(JUMP, 0, end)

	u.bind(handler)
	save := u.alloc(1)
	u.emit(PUSH_EXC_INFO, save, excReg, 0, 0)
	cleanup := u.newLabel()
	cleanupExc := u.alloc(1)
	creg := u.openRegion()
	u.emit(WITH_EXIT, r, ex, excReg, 0)
	u.awaitIn(r, r, 2)
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

// compKind sets up an (async) comprehension's code flags; it reports
// whether the caller must await the comprehension's result.
func (u *unit) compKind(sc *Scope, child *unit, genexp bool) bool {
	child.isComp = true
	child.async = u.async
	if !sc.IsCoroutine {
		return false
	}
	if genexp {
		child.code.Flags |= objects.CodeAsyncGenerator
		return false
	}
	if !u.async && !u.isComp {
		u.syntaxError("asynchronous comprehension outside of an asynchronous function")
	}
	child.code.Flags |= objects.CodeGenerator | objects.CodeCoroutine
	return true
}
