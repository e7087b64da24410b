package compile

import "taipan/syntax"

// try/except* (PEP 654). The handlers run in order on what is left of
// the exception: each except* clause splits the remaining group with
// EXT EGMatch, runs its body with the matching part as the handled
// exception, and collects whatever the body raises. After the last
// clause the unhandled rest is added to the list and EXT
// PrepReraiseStar merges the list into the exception to re-raise (None
// when everything was handled).

func (u *unit) tryStarStmt(s *syntax.TryStar) {
	if len(s.Finalbody) > 0 {
		inner := &syntax.TryStar{Pos: s.Pos, Body: s.Body, Handlers: s.Handlers, Orelse: s.Orelse}
		u.tryFinally(&syntax.Try{Pos: s.Pos, Body: []syntax.Stmt{inner}, Finalbody: s.Finalbody})
		return
	}
	u.tryStar(s)
}

func (u *unit) tryStar(s *syntax.TryStar) {
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

	u.bind(handler)
	save := u.alloc(1)
	u.emit(PUSH_EXC_INFO, save, excReg, 0, 0)
	cleanup := u.newLabel()
	cleanupExc := u.alloc(1)
	creg := u.openRegion()
	rest := u.alloc(1)
	u.emit(MOVE, rest, excReg, 0, 0)
	lst := u.alloc(1)
	u.emit(BUILD_LIST, lst, 0, 0, 0)
	none := u.noneReg()
	for _, h := range s.Handlers {
		u.curPos = posOf(h.GetPos())
		next := u.newLabel()
		typ := u.exprReg(h.Type)
		u.curPos = posOf(h.GetPos())
		m := u.alloc(2)
		u.emit(EXT, m, rest, typ, ExtEGMatch)
		u.emit(MOVE, rest, m+1, 0, 0)
		c := u.alloc(1)
		u.emit(COMPARE_OP, c, m, none, int(syntax.Is))
		u.jump(JUMP_IF_TRUE, c, next)
		hsave := u.alloc(1)
		u.emit(PUSH_EXC_INFO, hsave, m, 0, 0)
		name := ""
		if h.Name != nil {
			name = *h.Name
			u.storeName(name, m)
		}
		hexc := u.alloc(1)
		hlabel := u.newLabel()
		hreg := u.openRegion()
		hb := &fblock{kind: fbHandler, saveReg: hsave, region: hreg, handlerName: name, star: true}
		u.fblocks = append(u.fblocks, hb)
		u.stmts(h.Body)
		u.fblocks = u.fblocks[:len(u.fblocks)-1]
		u.closeRegion(hreg, hlabel, hexc)
		u.emit(POP_EXCEPT, hsave, 0, 0, 0)
		if name != "" {
			u.clearName(name)
		}
		u.jump(JUMP, 0, next)
		u.bind(hlabel)
		u.emit(POP_EXCEPT, hsave, 0, 0, 0)
		if name != "" {
			u.clearName(name)
		}
		u.emit(LIST_APPEND, lst, hexc, 0, 0)
		u.bind(next)
		u.assigned = append([]bool(nil), before...)
	}
	u.emit(LIST_APPEND, lst, rest, 0, 0)
	res := u.alloc(1)
	u.emit(EXT, res, excReg, lst, ExtPrepReraiseStar)
	c := u.alloc(1)
	u.emit(COMPARE_OP, c, res, none, int(syntax.Is))
	done := u.newLabel()
	u.jump(JUMP_IF_TRUE, c, done)
	u.emit(RERAISE, res, 0, 0, 0)
	u.closeRegion(creg, cleanup, cleanupExc)
	u.bind(cleanup)
	u.emit(POP_EXCEPT, save, 0, 0, 0)
	u.emit(RERAISE, cleanupExc, 0, 0, 0)
	u.bind(done)
	u.emit(POP_EXCEPT, save, 0, 0, 0)
	u.bind(end)
	u.assigned = before
}

// inStarHandler reports whether the innermost fblocks up to stop (nil:
// all) include an except* handler body, which break, continue and
// return may not leave.
func (u *unit) inStarHandler(stop *fblock) bool {
	for i := len(u.fblocks) - 1; i >= 0; i-- {
		fb := u.fblocks[i]
		if fb == stop {
			return false
		}
		if fb.star {
			return true
		}
	}
	return false
}
