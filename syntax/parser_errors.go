package syntax

// Specific syntax errors: the Go counterparts of CPython's invalid_*
// rules. They are called at the point where the valid grammar cannot
// continue and either raise CPython's message or return, leaving the
// caller to fail with the generic "invalid syntax".

// simpleStmtsFail is called when a simple statement is not followed by
// NEWLINE or ';'.
func (p *Parser) simpleStmtsFail() {
	t := p.tok()
	// Legacy print/exec statements.
	if p.pos >= 1 {
		first := p.stmtStartName()
		if first != nil && (first.Val == "print" || first.Val == "exec") && p.pos-1 >= 0 && &p.toks[p.pos-1] == first {
			if p.startsExpression() {
				start := p.pos - 1
				mark := p.pos
				e := p.tryExpr(p.starExpressions)
				if e != nil {
					msg := "Missing parentheses in call to 'print'. Did you mean print(...)?"
					if first.Val == "exec" {
						msg = "Missing parentheses in call to 'exec'. Did you mean exec(...)?"
					}
					p.raiseRange(tokPos(&p.toks[start]), tokPos(p.lastTok()), msg)
				}
				p.pos = mark
			}
		}
	}
	_ = t
	p.syntaxFail()
}

// stmtStartName returns the token before the current one when it is a
// NAME (used for the legacy print statement check).
func (p *Parser) stmtStartName() *ptok {
	if p.pos < 1 {
		return nil
	}
	t := &p.toks[p.pos-1]
	if t.code != tNAME {
		return nil
	}
	if p.pos >= 2 {
		c := p.toks[p.pos-2].code
		// a statement start, a simple statement after a compound
		// header on the same line, or an assignment's value
		if c != tNEWLINE && c != tINDENT && c != tDEDENT && c != tSEMI && c != tCOLON && c != tEQUAL {
			return nil
		}
	}
	return t
}

// tryExpr runs f, returning nil instead of failing.
func (p *Parser) tryExpr(f func() Expr) (e Expr) {
	defer func() {
		if r := recover(); r != nil {
			if a, ok := r.(parseAbort); ok && a.err == nil {
				e = nil
				return
			}
			panic(r)
		}
	}()
	return f()
}

// atomFail is called when no atom starts at the current token.
func (p *Parser) atomFail() {
	p.syntaxFail()
}

func (p *Parser) invalidDelStmt(start int) {
	p.syntaxFail()
}

// invalidAnnTarget raises the error for an annotated assignment to a
// target that cannot be annotated.
func (p *Parser) invalidAnnTarget(e Expr) {
	switch e.(type) {
	case *Tuple:
		p.raiseNode(e.GetPos(), "only single target (not tuple) can be annotated")
	case *List:
		p.raiseNode(e.GetPos(), "only single target (not list) can be annotated")
	}
	p.raiseNode(e.GetPos(), "illegal target for annotation")
}

// checkAssignTarget validates one target of an assignment statement.
func (p *Parser) checkAssignTarget(e Expr, first bool) {
	bad := invalidTarget(e, false)
	if bad == nil {
		return
	}
	switch bad.(type) {
	case *Yield, *YieldFrom:
		if bad == e {
			if first && p.toks[p.posOf(e)].code == tLPAR {
				p.raiseNode(bad.GetPos(), "cannot assign to yield expression here. Maybe you meant '==' instead of '='?")
			}
			p.raiseNode(bad.GetPos(), "assignment to yield expression not possible")
		}
	}
	if first && bad == e && isBitwiseOrLevel(e) {
		switch x := e.(type) {
		case *Constant:
			switch x.Value.(type) {
			case nil, bool:
				p.raiseNode(bad.GetPos(), "cannot assign to "+exprName(bad))
			}
		case *GeneratorExp, *List, *Tuple:
			p.raiseNode(bad.GetPos(), "cannot assign to "+exprName(bad))
		}
		p.raiseNode(bad.GetPos(), "cannot assign to "+exprName(bad)+" here. Maybe you meant '==' instead of '='?")
	}
	if first {
		if tup, ok := e.(*Tuple); ok && len(tup.Elts) > 1 {
			lastElt := tup.Elts[len(tup.Elts)-1]
			if bad == lastElt && isBitwiseOrLevel(bad) {
				if _, isName := bad.(*Name); !isName {
					p.raiseNode(bad.GetPos(), "cannot assign to "+exprName(bad)+" here. Maybe you meant '==' instead of '='?")
				}
			}
		}
	}
	p.raiseNode(bad.GetPos(), "cannot assign to "+exprName(bad))
}

// posOf returns the index of the token where e starts.
func (p *Parser) posOf(e Expr) int {
	pos := e.GetPos()
	lo, hi := 0, p.pos
	for lo < hi {
		m := (lo + hi) / 2
		t := &p.toks[m]
		if t.Line < pos.Lineno || t.Line == pos.Lineno && t.Col < pos.ColOffset {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo > 0 && p.toks[lo-1].code == tLPAR {
		return lo - 1
	}
	return lo
}

// isBitwiseOrLevel tells whether e could have come from the bitwise_or
// rule (no comparison, boolean operator, not, conditional or lambda at
// its top).
func isBitwiseOrLevel(e Expr) bool {
	switch x := e.(type) {
	case *Compare, *BoolOp, *IfExp, *Lambda, *NamedExpr, *Starred:
		return false
	case *UnaryOp:
		return x.Op != Not
	}
	return true
}

func (p *Parser) invalidForTarget(target Expr) {
	p.syntaxFail()
}

func (p *Parser) invalidWithItem(t Expr) {
	p.checkTarget(t, "cannot assign to %s", false)
}

func (p *Parser) invalidExceptComma(typ Expr) {
	// except a, b: → multiple exception types must be parenthesized
	mark := p.pos
	start := p.posOf(typ)
	p.pos++
	if p.startsExpression() {
		e := p.tryExpr(p.expressions)
		if e != nil && (p.cur() == tCOLON || p.cur() == kwAs) {
			p.raiseRange(tokPos(&p.toks[start]), tokPos(p.lastTok()), "multiple exception types must be parenthesized")
		}
	}
	p.pos = mark
}

// invalidNamedAssign handles named_expression followed by '='.
func (p *Parser) invalidNamedAssign(start int, e Expr) {
	if !isBitwiseOrLevel(e) || p.spec > 0 {
		return
	}
	mark := p.pos
	p.pos++ // '='
	rhs := p.tryExpr(p.bitwiseOr)
	if rhs == nil || p.cur() == tEQUAL || p.cur() == tCOLONEQUAL {
		p.pos = mark
		return
	}
	if n, ok := e.(*Name); ok && p.toks[start].code == tNAME {
		p.raiseRange(n.Pos, *rhs.GetPos(), "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
	}
	switch x := e.(type) {
	case *List, *Tuple, *GeneratorExp:
		p.pos = mark
		return
	case *Constant:
		switch x.Value.(type) {
		case nil, bool:
			p.pos = mark
			return
		}
	}
	p.raiseNode(e.GetPos(), "cannot assign to "+exprName(e)+" here. Maybe you meant '==' instead of '='?")
}

// invalidKwarg handles an argument expression followed by '='.
func (p *Parser) invalidKwarg(start int, e Expr) {
	if c, ok := e.(*Constant); ok {
		switch c.Value.(type) {
		case nil, bool:
			if p.pos == start+1 {
				p.raiseRange(c.Pos, tokPos(p.tok()), "cannot assign to "+exprName(e))
			}
		}
	}
	p.raiseRange(*e.GetPos(), tokPos(p.tok()), "expression cannot contain assignment, perhaps you meant \"==\"?")
}

func (p *Parser) invalidDictItem(k Expr) {
	p.syntaxFail()
}

// expectClose consumes the closing bracket c of a display or reports a
// missing comma.
func (p *Parser) expectClose(c int, elts []Expr) {
	if p.cur() == c {
		p.pos++
		return
	}
	if len(elts) > 0 {
		p.forgotComma(elts[len(elts)-1])
	}
	p.syntaxFail()
}

// forgotComma reports "Perhaps you forgot a comma?" when an expression
// inside brackets is directly followed by another one (CPython's
// invalid_expression).
func (p *Parser) forgotComma(a Expr) {
	if a == nil || p.spec > 0 || !p.startsExpression() || p.cur() == tSTAR || p.cur() == kwYield {
		return
	}
	switch x := a.(type) {
	case *Starred, *Lambda, *IfExp, *NamedExpr, *GeneratorExp:
		return
	case *Name:
		if p.cur() == tSTRING && p.toks[p.pos-1].code == tNAME {
			return
		}
		if x.Id == "match" || x.Id == "case" || x.Id == "_" {
			return
		}
	}
	mark := p.pos
	b := p.tryExpr(p.expression)
	if b == nil {
		p.pos = mark
		return
	}
	p.raiseRange(*a.GetPos(), *b.GetPos(), "invalid syntax. Perhaps you forgot a comma?")
}

// invalidComprehension is CPython's invalid_comprehension, in the second
// pass, when the current token starts for_if_clauses: a starred element
// (star), a comma-separated target list (elts, ended at the comma token
// comma when it is the only element's trailing comma) in a list or set
// display.
func (p *Parser) invalidComprehension(star Expr, elts []Expr, comma int) {
	if !p.invalid || p.cur() != kwFor && !(p.cur() == kwAsync && p.peekN(1) == kwFor) {
		return
	}
	mark := p.pos
	ok := func() (ok bool) {
		defer func() {
			if r := recover(); r != nil {
				if a, isFail := r.(parseAbort); !isFail || a.err != nil {
					panic(r)
				}
			}
		}()
		p.forIfClauses()
		return true
	}()
	p.pos = mark
	if !ok {
		return
	}
	switch {
	case star != nil:
		p.raiseNode(star.GetPos(), "iterable unpacking cannot be used in comprehension")
	case comma >= 0 && len(elts) == 1:
		p.raiseRange(*elts[0].GetPos(), tokPos(&p.toks[comma]), "did you forget parentheses around the comprehension target?")
	case len(elts) > 1:
		p.raiseRange(*elts[0].GetPos(), *elts[len(elts)-1].GetPos(), "did you forget parentheses around the comprehension target?")
	}
}
