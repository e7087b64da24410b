package syntax

// The match statement and its patterns.

// tryMatchStmt parses a match statement if the current "match" starts
// one; otherwise it restores the position and returns nil.
func (p *Parser) tryMatchStmt() Stmt {
	start := p.pos
	p.pos++
	if !p.startsExpression() || p.cur() == kwLambda && false {
		p.pos = start
		return nil
	}
	p.spec++
	subject := p.tryExpr(p.subjectExpr)
	p.spec--
	if subject == nil || p.cur() != tCOLON {
		if subject != nil && p.cur() == tNEWLINE && p.invalid {
			p.raiseLast("SyntaxError", p.tok(), "expected ':'")
		}
		p.pos = start
		return nil
	}
	p.pos++ // ':'
	p.expect(tNEWLINE)
	if p.cur() != tINDENT {
		p.raiseIndent(p.tok(), "expected an indented block after 'match' statement on line "+itoa(p.toks[start].Line))
	}
	p.pos++
	var cases []*MatchCase
	for p.isSoft("case") {
		cases = append(cases, p.caseBlock())
	}
	if cases == nil {
		p.syntaxFail()
	}
	p.expect(tDEDENT)
	return &Match{Pos: p.span(start), Subject: subject, Cases: cases}
}

func (p *Parser) subjectExpr() Expr {
	start := p.pos
	first := p.starNamedExpression()
	if p.cur() != tCOMMA {
		if _, ok := first.(*Starred); ok {
			p.syntaxFail()
		}
		return first
	}
	elts := []Expr{first}
	for p.accept(tCOMMA) {
		if !p.startsExpression() {
			break
		}
		elts = append(elts, p.starNamedExpression())
	}
	return &Tuple{Pos: p.span(start), Elts: elts, Ctx: Load}
}

func (p *Parser) caseBlock() *MatchCase {
	caseTok := p.pos
	p.pos++
	pat := p.patterns()
	var guard Expr
	if p.accept(kwIf) {
		guard = p.namedExpression()
	}
	p.expectColon()
	body := p.block("'case' statement", p.toks[caseTok].Line)
	return &MatchCase{Pattern: pat, Guard: guard, Body: body}
}

// patterns: open_sequence_pattern | pattern.
func (p *Parser) patterns() Pattern {
	start := p.pos
	first := p.maybeStarPattern()
	if p.cur() != tCOMMA {
		if _, ok := first.(*MatchStar); ok {
			p.syntaxFail()
		}
		return first
	}
	pats := []Pattern{first}
	for p.accept(tCOMMA) {
		if c := p.cur(); c == tCOLON || c == kwIf {
			break
		}
		pats = append(pats, p.maybeStarPattern())
	}
	return &MatchSequence{Pos: p.span(start), Patterns: pats}
}

func (p *Parser) maybeStarPattern() Pattern {
	if p.cur() == tSTAR {
		start := p.pos
		p.pos++
		t := p.tok()
		if t.code != tNAME {
			p.syntaxFail()
		}
		p.pos++
		if t.Val == "_" {
			return &MatchStar{Pos: p.span(start)}
		}
		name := t.Val
		return &MatchStar{Pos: p.span(start), Name: &name}
	}
	return p.pattern()
}

// pattern: as_pattern | or_pattern.
func (p *Parser) pattern() Pattern {
	p.enter()
	defer p.leave()
	start := p.pos
	pat := p.orPattern()
	if p.cur() == kwAs {
		p.pos++
		t := p.tok()
		if t.code != tNAME {
			p.syntaxFail()
		}
		if t.Val == "_" {
			p.raiseTok("SyntaxError", t, "cannot use '_' as a target")
		}
		p.pos++
		if c := p.cur(); c == tDOT || c == tLPAR || c == tEQUAL {
			p.raiseTok("SyntaxError", t, "invalid pattern target")
		}
		name := t.Val
		return &MatchAs{Pos: p.span(start), Pattern: pat, Name: &name}
	}
	return pat
}

func (p *Parser) orPattern() Pattern {
	start := p.pos
	first := p.closedPattern()
	if p.cur() != tVBAR {
		return first
	}
	pats := []Pattern{first}
	for p.accept(tVBAR) {
		pats = append(pats, p.closedPattern())
	}
	return &MatchOr{Pos: p.span(start), Patterns: pats}
}

func (p *Parser) closedPattern() Pattern {
	start := p.pos
	t := p.tok()
	switch t.code {
	case tNUMBER, tMINUS:
		v := p.numberPatternExpr()
		return &MatchValue{Pos: p.span(start), Value: v}
	case tSTRING:
		v := p.strings()
		return &MatchValue{Pos: p.span(start), Value: v}
	case kwNone:
		p.pos++
		return &MatchSingleton{Pos: p.span(start), Value: nil}
	case kwTrue:
		p.pos++
		return &MatchSingleton{Pos: p.span(start), Value: true}
	case kwFalse:
		p.pos++
		return &MatchSingleton{Pos: p.span(start), Value: false}
	case tNAME:
		if p.peekN(1) != tDOT && p.peekN(1) != tLPAR {
			p.pos++
			if t.Val == "_" {
				return &MatchAs{Pos: p.span(start)}
			}
			if p.cur() == tEQUAL {
				p.syntaxFail()
			}
			name := t.Val
			return &MatchAs{Pos: p.span(start), Name: &name}
		}
		cls := p.nameOrAttr()
		if p.cur() == tLPAR {
			return p.classPattern(start, cls)
		}
		if c := p.cur(); c == tEQUAL {
			p.syntaxFail()
		}
		return &MatchValue{Pos: p.span(start), Value: cls}
	case tLPAR:
		p.pos++
		if p.accept(tRPAR) {
			return &MatchSequence{Pos: p.span(start), Patterns: []Pattern{}}
		}
		first := p.maybeStarPattern()
		if p.accept(tRPAR) {
			if _, ok := first.(*MatchStar); !ok {
				return first // group pattern
			}
			return &MatchSequence{Pos: p.span(start), Patterns: []Pattern{first}}
		}
		if p.cur() != tCOMMA {
			p.syntaxFail()
		}
		pats := []Pattern{first}
		for p.accept(tCOMMA) {
			if p.cur() == tRPAR {
				break
			}
			pats = append(pats, p.maybeStarPattern())
		}
		p.expect(tRPAR)
		return &MatchSequence{Pos: p.span(start), Patterns: pats}
	case tLSQB:
		p.pos++
		pats := []Pattern{}
		for p.cur() != tRSQB {
			pats = append(pats, p.maybeStarPattern())
			if !p.accept(tCOMMA) {
				break
			}
		}
		p.expect(tRSQB)
		return &MatchSequence{Pos: p.span(start), Patterns: pats}
	case tLBRACE:
		return p.mappingPattern()
	}
	p.syntaxFail()
	return nil
}

// numberPatternExpr parses signed_number or complex_number.
func (p *Parser) numberPatternExpr() Expr {
	start := p.pos
	var e Expr
	if p.cur() == tMINUS {
		p.pos++
		t := p.tok()
		if t.code != tNUMBER {
			p.syntaxFail()
		}
		n := p.atom()
		e = &UnaryOp{Pos: p.span(start), Op: USub, Operand: n}
	} else {
		e = p.atom()
	}
	if c := p.cur(); c == tPLUS || c == tMINUS {
		op := Add
		if c == tMINUS {
			op = Sub
		}
		p.pos++
		t := p.tok()
		if t.code != tNUMBER {
			p.syntaxFail()
		}
		r := p.atom()
		if c, ok := e.(*Constant); ok && isComplex(c.Value) {
			p.raiseNode(e.GetPos(), "real number required in complex literal")
		}
		if u, ok := e.(*UnaryOp); ok {
			if c, ok := u.Operand.(*Constant); ok && isComplex(c.Value) {
				p.raiseNode(u.Operand.GetPos(), "real number required in complex literal")
			}
		}
		if c, ok := r.(*Constant); !ok || !isComplex(c.Value) {
			p.raiseNode(r.GetPos(), "imaginary number required in complex literal")
		}
		e = &BinOp{Pos: p.span(start), Left: e, Op: op, Right: r}
	}
	return e
}

func isComplex(v Const) bool {
	_, ok := v.(complex128)
	return ok
}

// nameOrAttr parses NAME ('.' NAME)*.
func (p *Parser) nameOrAttr() Expr {
	start := p.pos
	t := p.tok()
	p.pos++
	var e Expr = &Name{Pos: tokPos(t), Id: t.Val, Ctx: Load}
	for p.accept(tDOT) {
		name := p.expectName()
		e = &Attribute{Pos: p.span(start), Value: e, Attr: name, Ctx: Load}
	}
	return e
}

func (p *Parser) classPattern(start int, cls Expr) Pattern {
	p.pos++ // '('
	pats := []Pattern{}
	attrs := []string{}
	kwpats := []Pattern{}
	for p.cur() != tRPAR {
		if p.cur() == tNAME && p.peekN(1) == tEQUAL {
			name := p.tok().Val
			p.pos += 2
			attrs = append(attrs, name)
			kwpats = append(kwpats, p.pattern())
		} else {
			ps := p.pos
			pat := p.pattern()
			if len(attrs) > 0 {
				_ = ps
				p.raiseNode(patPos(pat), "positional patterns follow keyword patterns")
			}
			pats = append(pats, pat)
		}
		if !p.accept(tCOMMA) {
			break
		}
	}
	p.expect(tRPAR)
	return &MatchClass{Pos: p.span(start), Cls: cls, Patterns: pats, KwdAttrs: attrs, KwdPatterns: kwpats}
}

func patPos(pt Pattern) *Pos { return pt.GetPos() }

func (p *Parser) mappingPattern() Pattern {
	start := p.pos
	p.pos++
	keys := []Expr{}
	pats := []Pattern{}
	var rest *string
	for p.cur() != tRBRACE {
		if p.accept(tDOUBLESTAR) {
			name := p.expectName()
			rest = &name
			p.accept(tCOMMA)
			break
		}
		var key Expr
		switch p.cur() {
		case tNUMBER, tMINUS:
			key = p.numberPatternExpr()
		case tSTRING:
			key = p.strings()
		case kwNone, kwTrue, kwFalse:
			key = p.atom()
		case tNAME:
			key = p.nameOrAttr()
			if _, ok := key.(*Name); ok {
				p.syntaxFail()
			}
		default:
			p.syntaxFail()
		}
		p.expect(tCOLON)
		keys = append(keys, key)
		pats = append(pats, p.pattern())
		if !p.accept(tCOMMA) {
			break
		}
	}
	p.expect(tRBRACE)
	return &MatchMapping{Pos: p.span(start), Keys: keys, Patterns: pats, Rest: rest}
}
