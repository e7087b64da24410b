package syntax

// Expression rules.

// expressions: expression (',' expression)* [','] → Tuple.
func (p *Parser) expressions() Expr {
	start := p.pos
	e := p.expression()
	if p.cur() != tCOMMA {
		return e
	}
	elts := []Expr{e}
	for p.accept(tCOMMA) {
		if !p.startsExpression() {
			break
		}
		elts = append(elts, p.expression())
	}
	return &Tuple{Pos: p.span(start), Elts: elts, Ctx: Load}
}

// starExpressions: star_expression (',' star_expression)* [','] → Tuple.
func (p *Parser) starExpressions() Expr {
	start := p.pos
	e := p.starExpression()
	if p.cur() != tCOMMA {
		return e
	}
	elts := []Expr{e}
	for p.accept(tCOMMA) {
		if !p.startsExpression() || p.cur() == kwYield {
			break
		}
		elts = append(elts, p.starExpression())
	}
	return &Tuple{Pos: p.span(start), Elts: elts, Ctx: Load}
}

// starExpression: '*' bitwise_or | expression.
func (p *Parser) starExpression() Expr {
	if p.cur() == tSTAR {
		start := p.pos
		p.pos++
		v := p.bitwiseOr()
		return &Starred{Pos: p.span(start), Value: v, Ctx: Load}
	}
	return p.expression()
}

// starNamedExpression: '*' bitwise_or | named_expression.
func (p *Parser) starNamedExpression() Expr {
	if p.cur() == tSTAR {
		start := p.pos
		p.pos++
		v := p.bitwiseOr()
		return &Starred{Pos: p.span(start), Value: v, Ctx: Load}
	}
	return p.namedExpression()
}

// namedExpression: NAME ':=' expression | expression !':='.
func (p *Parser) namedExpression() Expr {
	start := p.pos
	if p.cur() == tNAME && p.peekN(1) == tCOLONEQUAL {
		t := p.tok()
		p.pos += 2
		target := &Name{Pos: tokPos(t), Id: t.Val, Ctx: Store}
		v := p.expression()
		return &NamedExpr{Pos: p.span(start), Target: target, Value: v}
	}
	e := p.expression()
	switch p.cur() {
	case tCOLONEQUAL:
		p.raiseNode(e.GetPos(), "cannot use assignment expressions with "+exprName(e))
	case tEQUAL:
		p.invalidNamedAssign(start, e)
	}
	return e
}

// expression: disjunction ['if' disjunction 'else' expression] | lambdef.
func (p *Parser) expression() Expr {
	p.enter()
	defer p.leave()
	if p.cur() == kwLambda {
		return p.lambdef()
	}
	start := p.pos
	e := p.disjunction()
	if p.cur() != kwIf {
		return e
	}
	p.pos++
	test := p.disjunction()
	if !p.accept(kwElse) {
		p.raiseRange(*e.GetPos(), *test.GetPos(), "expected 'else' after 'if' expression")
	}
	orelse := p.expression()
	return &IfExp{Pos: p.span(start), Test: test, Body: e, Orelse: orelse}
}

func (p *Parser) yieldExpr() Expr {
	start := p.pos
	p.pos++
	if p.accept(kwFrom) {
		v := p.expression()
		return &YieldFrom{Pos: p.span(start), Value: v}
	}
	var v Expr
	if p.startsExpression() && p.cur() != kwYield {
		v = p.starExpressions()
	}
	return &Yield{Pos: p.span(start), Value: v}
}

func (p *Parser) lambdef() Expr {
	start := p.pos
	p.pos++
	args := p.parameters(true)
	if !p.accept(tCOLON) {
		p.syntaxFail()
	}
	body := p.expression()
	return &Lambda{Pos: p.span(start), Args: args, Body: body}
}

func (p *Parser) disjunction() Expr {
	start := p.pos
	e := p.conjunction()
	if p.cur() != kwOr {
		return e
	}
	vals := []Expr{e}
	for p.accept(kwOr) {
		vals = append(vals, p.conjunction())
	}
	return &BoolOp{Pos: p.span(start), Op: Or, Values: vals}
}

func (p *Parser) conjunction() Expr {
	start := p.pos
	e := p.inversion()
	if p.cur() != kwAnd {
		return e
	}
	vals := []Expr{e}
	for p.accept(kwAnd) {
		vals = append(vals, p.inversion())
	}
	return &BoolOp{Pos: p.span(start), Op: And, Values: vals}
}

func (p *Parser) inversion() Expr {
	if p.cur() == kwNot {
		p.enter()
		start := p.pos
		p.pos++
		v := p.inversion()
		p.leave()
		return &UnaryOp{Pos: p.span(start), Op: Not, Operand: v}
	}
	return p.comparison()
}

func (p *Parser) compOp() (CmpOp, bool) {
	switch p.cur() {
	case tEQEQUAL:
		p.pos++
		return Eq, true
	case tNOTEQUAL:
		p.pos++
		return NotEq, true
	case tLESS:
		p.pos++
		return Lt, true
	case tLESSEQUAL:
		p.pos++
		return LtE, true
	case tGREATER:
		p.pos++
		return Gt, true
	case tGREATEREQUAL:
		p.pos++
		return GtE, true
	case kwIn:
		p.pos++
		return In, true
	case kwNot:
		if p.peekN(1) == kwIn {
			p.pos += 2
			return NotIn, true
		}
	case kwIs:
		if p.peekN(1) == kwNot {
			p.pos += 2
			return IsNot, true
		}
		p.pos++
		return Is, true
	}
	return 0, false
}

func (p *Parser) comparison() Expr {
	start := p.pos
	e := p.bitwiseOr()
	op, ok := p.compOp()
	if !ok {
		return e
	}
	var ops []CmpOp
	var comps []Expr
	for ok {
		ops = append(ops, op)
		comps = append(comps, p.bitwiseOr())
		op, ok = p.compOp()
	}
	return &Compare{Pos: p.span(start), Left: e, Ops: ops, Comparators: comps}
}

func (p *Parser) bitwiseOr() Expr {
	start := p.pos
	e := p.bitwiseXor()
	for p.cur() == tVBAR {
		p.pos++
		r := p.bitwiseXor()
		e = &BinOp{Pos: p.span(start), Left: e, Op: BitOr, Right: r}
	}
	return e
}

func (p *Parser) bitwiseXor() Expr {
	start := p.pos
	e := p.bitwiseAnd()
	for p.cur() == tCIRCUMFLEX {
		p.pos++
		r := p.bitwiseAnd()
		e = &BinOp{Pos: p.span(start), Left: e, Op: BitXor, Right: r}
	}
	return e
}

func (p *Parser) bitwiseAnd() Expr {
	start := p.pos
	e := p.shiftExpr()
	for p.cur() == tAMPER {
		p.pos++
		r := p.shiftExpr()
		e = &BinOp{Pos: p.span(start), Left: e, Op: BitAnd, Right: r}
	}
	return e
}

func (p *Parser) shiftExpr() Expr {
	start := p.pos
	e := p.sum()
	for {
		var op Operator
		switch p.cur() {
		case tLEFTSHIFT:
			op = LShift
		case tRIGHTSHIFT:
			op = RShift
		default:
			return e
		}
		p.pos++
		r := p.sum()
		e = &BinOp{Pos: p.span(start), Left: e, Op: op, Right: r}
	}
}

func (p *Parser) sum() Expr {
	start := p.pos
	e := p.term()
	for {
		var op Operator
		switch p.cur() {
		case tPLUS:
			op = Add
		case tMINUS:
			op = Sub
		default:
			return e
		}
		p.pos++
		r := p.term()
		e = &BinOp{Pos: p.span(start), Left: e, Op: op, Right: r}
	}
}

func (p *Parser) term() Expr {
	start := p.pos
	e := p.factor()
	for {
		var op Operator
		switch p.cur() {
		case tSTAR:
			op = Mult
		case tSLASH:
			op = Div
		case tDOUBLESLASH:
			op = FloorDiv
		case tPERCENT:
			op = Mod
		case tAT:
			op = MatMult
		default:
			return e
		}
		p.pos++
		r := p.factor()
		e = &BinOp{Pos: p.span(start), Left: e, Op: op, Right: r}
	}
}

func (p *Parser) factor() Expr {
	var op UnaryOperator
	switch p.cur() {
	case tPLUS:
		op = UAdd
	case tMINUS:
		op = USub
	case tTILDE:
		op = Invert
	default:
		return p.power()
	}
	p.enter()
	start := p.pos
	p.pos++
	v := p.factor()
	p.leave()
	return &UnaryOp{Pos: p.span(start), Op: op, Operand: v}
}

func (p *Parser) power() Expr {
	start := p.pos
	e := p.awaitPrimary()
	if p.cur() == tDOUBLESTAR {
		p.enter()
		defer p.leave()
		p.pos++
		r := p.factor()
		return &BinOp{Pos: p.span(start), Left: e, Op: Pow, Right: r}
	}
	return e
}

func (p *Parser) awaitPrimary() Expr {
	if p.cur() == kwAwait {
		start := p.pos
		p.pos++
		v := p.primary()
		return &Await{Pos: p.span(start), Value: v}
	}
	return p.primary()
}

func (p *Parser) primary() Expr {
	p.enter()
	defer p.leave()
	start := p.pos
	e := p.atom()
	for {
		switch p.cur() {
		case tDOT:
			p.pos++
			name := p.expectName()
			e = &Attribute{Pos: p.span(start), Value: e, Attr: name, Ctx: Load}
		case tLPAR:
			lpar := p.pos
			p.pos++
			var args []Expr
			var kws []*Keyword
			if p.cur() != tRPAR {
				args, kws = p.arguments(lpar)
			}
			if p.cur() != tRPAR && len(args) > 0 && len(kws) == 0 {
				p.forgotComma(args[len(args)-1])
			}
			p.expect(tRPAR)
			if args == nil {
				args = []Expr{}
			}
			if kws == nil {
				kws = []*Keyword{}
			}
			e = &Call{Pos: p.span(start), Func: e, Args: args, Keywords: kws}
		case tLSQB:
			p.pos++
			s := p.slices()
			p.expect(tRSQB)
			e = &Subscript{Pos: p.span(start), Value: e, Slice: s, Ctx: Load}
		default:
			return e
		}
	}
}

func (p *Parser) slices() Expr {
	start := p.pos
	s := p.slice()
	if p.cur() != tCOMMA {
		if _, ok := s.(*Starred); !ok {
			return s
		}
		return &Tuple{Pos: p.span(start), Elts: []Expr{s}, Ctx: Load}
	}
	elts := []Expr{s}
	for p.accept(tCOMMA) {
		if p.cur() == tRSQB {
			break
		}
		elts = append(elts, p.slice())
	}
	return &Tuple{Pos: p.span(start), Elts: elts, Ctx: Load}
}

func (p *Parser) slice() Expr {
	start := p.pos
	if p.cur() == tSTAR {
		p.pos++
		v := p.expression()
		return &Starred{Pos: p.span(start), Value: v, Ctx: Load}
	}
	var lower, upper, step Expr
	if p.cur() != tCOLON {
		lower = p.namedExpression()
		if p.cur() != tCOLON {
			return lower
		}
	}
	p.pos++ // ':'
	if c := p.cur(); c != tCOLON && c != tCOMMA && c != tRSQB {
		upper = p.expression()
	}
	if p.accept(tCOLON) {
		if c := p.cur(); c != tCOMMA && c != tRSQB {
			step = p.expression()
		}
	}
	return &Slice{Pos: p.span(start), Lower: lower, Upper: upper, Step: step}
}

func (p *Parser) atom() Expr {
	t := p.tok()
	switch t.code {
	case tNAME:
		p.pos++
		return &Name{Pos: tokPos(t), Id: t.Val, Ctx: Load}
	case tNUMBER:
		p.pos++
		v, err := parseNumber(t.Val)
		if err != nil {
			p.raiseTok("SyntaxError", t, err.Error())
		}
		return &Constant{Pos: tokPos(t), Value: v}
	case tSTRING:
		return p.strings()
	case kwTrue:
		p.pos++
		return &Constant{Pos: tokPos(t), Value: true}
	case kwFalse:
		p.pos++
		return &Constant{Pos: tokPos(t), Value: false}
	case kwNone:
		p.pos++
		return &Constant{Pos: tokPos(t), Value: nil}
	case tELLIPSIS:
		p.pos++
		return &Constant{Pos: tokPos(t), Value: Ellipsis}
	case tLPAR:
		return p.parenAtom()
	case tLSQB:
		return p.listAtom()
	case tLBRACE:
		return p.braceAtom()
	}
	p.atomFail()
	return nil
}

// strings concatenates consecutive STRING tokens.
func (p *Parser) strings() Expr {
	start := p.pos
	for p.cur() == tSTRING {
		p.pos++
	}
	toks := make([]Token, p.pos-start)
	for i := range toks {
		toks[i] = p.toks[start+i].Token
	}
	var warn func(t *Token, msg string) *SyntaxError
	if p.flags.Warn != nil && !p.invalid {
		warn = func(t *Token, msg string) *SyntaxError {
			// once per token, however often backtracking reparses it
			key := [2]int{t.Line, t.Col}
			if p.warned == nil {
				p.warned = map[[2]int]bool{}
			}
			if p.warned[key] {
				return nil
			}
			p.warned[key] = true
			if p.flags.Warn(&Warning{Category: "DeprecationWarning", Msg: msg, Filename: p.filename, Lineno: t.Line, Offset: t.Col + 1}) != nil {
				return p.errorAt("SyntaxError", msg, t.Line, t.Col+1, t.EndLine, t.EndCol+1)
			}
			return nil
		}
	}
	e, err := concatStringsWarn(toks, p.filename, p.fstringExpr, warn)
	if err != nil {
		if err.Lineno == 0 {
			// Located at the last token read (RAISE_SYNTAX_ERROR).
			p.raiseLast(err.Class, p.lastRead(), err.Msg)
		}
		panic(parseAbort{err})
	}
	return e
}

// fstringExpr parses the expression of an f-string replacement field
// (the fstring start rule: star_expressions).
func (p *Parser) fstringExpr(src string, lineOffset, colOffset int) (Expr, *SyntaxError) {
	tz := NewTokenizerString(src, p.filename, lineOffset, colOffset)
	q := &Parser{tz: tz, filename: p.filename, fstring: true, fcol: colOffset, depth: p.depth, mode: ModeEval}
	q.toks = make([]ptok, 0, 16)
	var e Expr
	rule := func() ModNode {
		e = q.starExpressions()
		return &Expression{Body: e}
	}
	m, err := q.protect(rule)
	if err != nil {
		return nil, err
	}
	if m != nil {
		return e, nil
	}
	last := len(q.toks) - 1
	if last < 0 {
		last = 0
	}
	return nil, q.genericError(last)
}

func (p *Parser) parenAtom() Expr {
	start := p.pos
	p.pos++
	switch p.cur() {
	case tRPAR:
		p.pos++
		return &Tuple{Pos: p.span(start), Elts: []Expr{}, Ctx: Load}
	case kwYield:
		y := p.yieldExpr()
		p.expect(tRPAR)
		return y
	case tDOUBLESTAR:
		s := p.pos
		p.pos++
		e := p.expression()
		if p.cur() == tRPAR {
			p.raiseRange(tokPos(&p.toks[s]), *e.GetPos(), "cannot use double starred expression here")
		}
		p.syntaxFail()
	}
	first := p.starNamedExpression()
	switch p.cur() {
	case kwFor, kwAsync:
		if _, ok := first.(*Starred); !ok {
			gens := p.forIfClauses()
			p.expect(tRPAR)
			return &GeneratorExp{Pos: p.span(start), Elt: first, Generators: gens}
		}
		p.invalidComprehension(first, nil, -1)
	case tCOMMA:
		elts := []Expr{first}
		for p.accept(tCOMMA) {
			if p.cur() == tRPAR {
				break
			}
			elts = append(elts, p.starNamedExpression())
		}
		p.expectClose(tRPAR, elts)
		return &Tuple{Pos: p.span(start), Elts: elts, Ctx: Load}
	case tRPAR:
		if _, ok := first.(*Starred); ok {
			p.raiseNode(first.GetPos(), "cannot use starred expression here")
		}
		p.pos++
		return first
	}
	p.expectClose(tRPAR, []Expr{first})
	return first
}

func (p *Parser) listAtom() Expr {
	start := p.pos
	p.pos++
	if p.accept(tRSQB) {
		return &List{Pos: p.span(start), Elts: []Expr{}, Ctx: Load}
	}
	first := p.starNamedExpression()
	if c := p.cur(); c == kwFor || c == kwAsync {
		if _, ok := first.(*Starred); !ok {
			gens := p.forIfClauses()
			p.expect(tRSQB)
			return &ListComp{Pos: p.span(start), Elt: first, Generators: gens}
		}
		p.invalidComprehension(first, nil, -1)
	}
	elts := []Expr{first}
	for p.accept(tCOMMA) {
		if p.cur() == tRSQB {
			break
		}
		p.invalidComprehension(nil, elts, p.pos-1)
		elts = append(elts, p.starNamedExpression())
	}
	p.invalidComprehension(nil, elts, -1)
	p.expectClose(tRSQB, elts)
	return &List{Pos: p.span(start), Elts: elts, Ctx: Load}
}

func (p *Parser) braceAtom() Expr {
	start := p.pos
	p.pos++
	if p.accept(tRBRACE) {
		return &Dict{Pos: p.span(start), Keys: []Expr{}, Values: []Expr{}}
	}
	if p.cur() == tDOUBLESTAR {
		return p.dictRest(start, nil, nil)
	}
	first := p.starNamedExpression()
	if p.cur() == tCOLON {
		if _, ok := first.(*Starred); ok {
			p.syntaxFail()
		}
		p.pos++
		v := p.expression()
		if c := p.cur(); c == kwFor || c == kwAsync {
			gens := p.forIfClauses()
			p.expect(tRBRACE)
			return &DictComp{Pos: p.span(start), Key: first, Value: v, Generators: gens}
		}
		return p.dictRest(start, []Expr{first}, []Expr{v})
	}
	if c := p.cur(); c == kwFor || c == kwAsync {
		if _, ok := first.(*Starred); !ok {
			gens := p.forIfClauses()
			p.expect(tRBRACE)
			return &SetComp{Pos: p.span(start), Elt: first, Generators: gens}
		}
		p.invalidComprehension(first, nil, -1)
	}
	elts := []Expr{first}
	for p.accept(tCOMMA) {
		if p.cur() == tRBRACE {
			break
		}
		p.invalidComprehension(nil, elts, p.pos-1)
		elts = append(elts, p.starNamedExpression())
	}
	p.invalidComprehension(nil, elts, -1)
	p.expectClose(tRBRACE, elts)
	return &Set{Pos: p.span(start), Elts: elts}
}

// dictRest parses the remaining items of a dict display.
func (p *Parser) dictRest(start int, keys, vals []Expr) Expr {
	if keys != nil && !p.accept(tCOMMA) {
		p.expect(tRBRACE)
		return &Dict{Pos: p.span(start), Keys: keys, Values: vals}
	}
	for p.cur() != tRBRACE {
		if p.accept(tDOUBLESTAR) {
			keys = append(keys, nil)
			vals = append(vals, p.bitwiseOr())
		} else {
			k := p.expression()
			if p.cur() != tCOLON {
				p.invalidDictItem(k)
			}
			p.pos++
			if c := p.cur(); c == tRBRACE || c == tCOMMA {
				p.raiseLast("SyntaxError", p.tok(), "expression expected after dictionary key and ':'")
			}
			keys = append(keys, k)
			vals = append(vals, p.expression())
		}
		if !p.accept(tCOMMA) {
			break
		}
	}
	p.expect(tRBRACE)
	return &Dict{Pos: p.span(start), Keys: keys, Values: vals}
}

// forIfClauses parses the 'for' clauses of a comprehension.
func (p *Parser) forIfClauses() []*Comprehension {
	var gens []*Comprehension
	for {
		async := 0
		switch p.cur() {
		case kwAsync:
			if p.peekN(1) != kwFor {
				return gens
			}
			p.pos += 2
			async = 1
		case kwFor:
			p.pos++
		default:
			return gens
		}
		target := p.starTargets(kwIn)
		if !p.accept(kwIn) {
			p.invalidForTarget(target)
			p.syntaxFail()
		}
		iter := p.disjunction()
		ifs := []Expr{}
		for p.accept(kwIf) {
			ifs = append(ifs, p.disjunction())
		}
		gens = append(gens, &Comprehension{Target: target, Iter: iter, Ifs: ifs, IsAsync: async})
	}
}

// arguments parses call arguments up to (not including) ')'. lpar is the
// index of the '(' token (for a generator expression argument).
func (p *Parser) arguments(lpar int) ([]Expr, []*Keyword) {
	var args []Expr
	var kws []*Keyword
	sawKw, sawDouble := false, false
	for {
		s := p.pos
		switch c := p.cur(); {
		case c == tSTAR:
			p.pos++
			v := p.expression()
			st := &Starred{Pos: p.span(s), Value: v, Ctx: Load}
			if sawDouble {
				for _, k := range kws {
					if k.Arg == nil {
						p.raiseNode(&k.Pos, "iterable argument unpacking follows keyword argument unpacking")
					}
				}
			}
			args = append(args, st)
		case c == tDOUBLESTAR:
			p.pos++
			v := p.expression()
			kws = append(kws, &Keyword{Pos: p.span(s), Value: v})
			sawDouble = true
		case c == tNAME && p.peekN(1) == tEQUAL:
			name := p.tok().Val
			p.pos += 2
			v := p.expression()
			kws = append(kws, &Keyword{Pos: p.span(s), Arg: &name, Value: v})
			sawKw = true
		default:
			var e Expr
			if c == tNAME && p.peekN(1) == tCOLONEQUAL {
				e = p.namedExpression()
			} else {
				e = p.expression()
				switch p.cur() {
				case tCOLONEQUAL:
					p.raiseNode(e.GetPos(), "cannot use assignment expressions with "+exprName(e))
				case tEQUAL:
					p.invalidKwarg(s, e)
				}
			}
			if c := p.cur(); c == kwFor || c == kwAsync {
				gens := p.forIfClauses()
				if len(args) == 0 && len(kws) == 0 && p.cur() == tRPAR && lpar >= 0 {
					lt, rt := &p.toks[lpar], p.tok()
					return []Expr{&GeneratorExp{Pos: Pos{lt.Line, lt.Col, rt.EndLine, rt.EndCol}, Elt: e, Generators: gens}}, nil
				}
				p.raiseRange(*e.GetPos(), tokPos(p.lastTok()), "Generator expression must be parenthesized")
			}
			if sawKw || sawDouble {
				msg := "positional argument follows keyword argument"
				if sawDouble {
					msg = "positional argument follows keyword argument unpacking"
				}
				p.raiseLast("SyntaxError", p.lastRead(), msg)
			}
			args = append(args, e)
		}
		if !p.accept(tCOMMA) || p.cur() == tRPAR {
			break
		}
	}
	return args, kws
}

// parameters parses a parameter list up to ')' (def) or ':' (lambda).
func (p *Parser) parameters(isLambda bool) *Arguments {
	a := &Arguments{Posonlyargs: []*Arg{}, Args: []*Arg{}, Kwonlyargs: []*Arg{}, KwDefaults: []Expr{}, Defaults: []Expr{}}
	end := tRPAR
	if isLambda {
		end = tCOLON
	}
	sawSlash, sawStar := false, false
	var last *Arg
	for p.cur() != end {
		switch p.cur() {
		case tSLASH:
			t := p.tok()
			if sawSlash {
				p.raiseTok("SyntaxError", t, "/ may appear only once")
			}
			if sawStar {
				p.raiseTok("SyntaxError", t, "/ must be ahead of *")
			}
			if len(a.Args) == 0 {
				p.raiseTok("SyntaxError", t, "at least one argument must precede /")
			}
			p.pos++
			a.Posonlyargs = a.Args
			a.Args = []*Arg{}
			sawSlash = true
			last = nil
		case tSTAR:
			t := p.tok()
			if sawStar {
				p.raiseTok("SyntaxError", t, "* argument may appear only once")
			}
			p.pos++
			sawStar = true
			if c := p.cur(); c == tCOMMA {
				if n := p.peekN(1); n == end || n == tDOUBLESTAR {
					if isLambda {
						p.raiseLast("SyntaxError", p.lastRead(), "named arguments must follow bare *")
					}
					p.raiseTok("SyntaxError", t, "named arguments must follow bare *")
				}
				last = nil
			} else if c == end {
				if isLambda {
					p.raiseLast("SyntaxError", p.lastRead(), "named arguments must follow bare *")
				}
				p.raiseTok("SyntaxError", t, "named arguments must follow bare *")
			} else {
				a.Vararg = p.param(isLambda, true)
				if p.cur() == tEQUAL {
					p.raiseLast("SyntaxError", p.tok(), "var-positional argument cannot have default value")
				}
				last = a.Vararg
			}
		case tDOUBLESTAR:
			p.pos++
			a.Kwarg = p.param(isLambda, false)
			last = a.Kwarg
			if p.cur() == tEQUAL {
				p.raiseLast("SyntaxError", p.tok(), "var-keyword argument cannot have default value")
			}
		default:
			if a.Kwarg != nil {
				p.raiseLast("SyntaxError", p.tok(), "arguments cannot follow var-keyword argument")
			}
			arg := p.param(isLambda, false)
			last = arg
			var def Expr
			if p.accept(tEQUAL) {
				def = p.expression()
			}
			if sawStar {
				a.Kwonlyargs = append(a.Kwonlyargs, arg)
				a.KwDefaults = append(a.KwDefaults, def)
			} else {
				if def != nil {
					a.Defaults = append(a.Defaults, def)
				} else if len(a.Defaults) > 0 {
					p.raiseNode(&arg.Pos, "non-default argument follows default argument")
				}
				a.Args = append(a.Args, arg)
			}
		}
		if !p.accept(tCOMMA) {
			if p.cur() == tTYPECOMMENT && last != nil {
				last.TypeComment = p.typeComment()
			}
			break
		}
		if p.cur() == tTYPECOMMENT && last != nil {
			last.TypeComment = p.typeComment()
		}
	}
	if a.Kwarg != nil && p.cur() != end {
		p.raiseLast("SyntaxError", p.tok(), "arguments cannot follow var-keyword argument")
	}
	return a
}

// param parses NAME [':' annotation].
func (p *Parser) param(isLambda, star bool) *Arg {
	start := p.pos
	name := p.expectName()
	var ann Expr
	if !isLambda && p.accept(tCOLON) {
		if star {
			ann = p.starExpression()
		} else {
			ann = p.expression()
		}
	}
	return &Arg{Pos: p.span(start), Arg: name, Annotation: ann}
}

// starTargets parses assignment targets for 'for' and comprehensions,
// stopping before the keyword stop.
func (p *Parser) starTargets(stop int) Expr {
	start := p.pos
	t := p.starTarget()
	if p.cur() != tCOMMA {
		p.checkTarget(t, "cannot assign to %s", false)
		setContext(t, Store)
		return t
	}
	elts := []Expr{t}
	for p.accept(tCOMMA) {
		if p.cur() == stop {
			break
		}
		elts = append(elts, p.starTarget())
	}
	tup := &Tuple{Pos: p.span(start), Elts: elts, Ctx: Store}
	p.checkTarget(tup, "cannot assign to %s", false)
	setContext(tup, Store)
	return tup
}

// starTarget parses one target (as an expression, validated later).
func (p *Parser) starTarget() Expr {
	if p.cur() == tSTAR {
		start := p.pos
		p.pos++
		if p.cur() == tSTAR {
			p.syntaxFail()
		}
		v := p.starTarget()
		return &Starred{Pos: p.span(start), Value: v, Ctx: Store}
	}
	return p.bitwiseOr()
}

// delTargets parses the targets of a del statement.
func (p *Parser) delTargets() []Expr {
	var targets []Expr
	for {
		var t Expr
		if p.cur() == tSTAR {
			s := p.pos
			p.pos++
			v := p.bitwiseOr()
			t = &Starred{Pos: p.span(s), Value: v, Ctx: Load}
		} else {
			t = p.bitwiseOr()
		}
		targets = append(targets, t)
		if !p.accept(tCOMMA) {
			break
		}
		if c := p.cur(); c == tNEWLINE || c == tSEMI {
			break
		}
	}
	for _, t := range targets {
		p.checkTarget(t, "cannot delete %s", true)
		setContext(t, Del)
	}
	return targets
}

// setContext sets ctx on a target expression and its nested elements.
func setContext(e Expr, ctx ExprContext) {
	switch e := e.(type) {
	case *Name:
		e.Ctx = ctx
	case *Attribute:
		e.Ctx = ctx
	case *Subscript:
		e.Ctx = ctx
	case *Starred:
		e.Ctx = ctx
		setContext(e.Value, ctx)
	case *List:
		e.Ctx = ctx
		for _, x := range e.Elts {
			setContext(x, ctx)
		}
	case *Tuple:
		e.Ctx = ctx
		for _, x := range e.Elts {
			setContext(x, ctx)
		}
	}
}

// invalidTarget returns the first sub-expression of e that cannot be a
// target (CPython's _PyPegen_get_invalid_target), or nil.
func invalidTarget(e Expr, del bool) Expr {
	switch x := e.(type) {
	case *Name, *Attribute, *Subscript:
		return nil
	case *Starred:
		if del {
			return e
		}
		return invalidTarget(x.Value, del)
	case *List:
		for _, y := range x.Elts {
			if r := invalidTarget(y, del); r != nil {
				return r
			}
		}
		return nil
	case *Tuple:
		for _, y := range x.Elts {
			if r := invalidTarget(y, del); r != nil {
				return r
			}
		}
		return nil
	case *Compare:
		// 'for x in y' style targets: the left side is what matters.
		if !del && len(x.Ops) > 0 && x.Ops[0] == In {
			return invalidTarget(x.Left, del)
		}
	}
	return e
}

// checkTarget raises "cannot assign to X"/"cannot delete X" for an invalid
// target.
func (p *Parser) checkTarget(e Expr, format string, del bool) {
	if bad := invalidTarget(e, del); bad != nil {
		p.raiseNode(bad.GetPos(), sprintf1(format, exprName(bad)))
	}
}

func sprintf1(format, arg string) string {
	for i := 0; i+1 < len(format); i++ {
		if format[i] == '%' && format[i+1] == 's' {
			return format[:i] + arg + format[i+2:]
		}
	}
	return format
}

// exprName is CPython's _PyPegen_get_expr_name.
func exprName(e Expr) string {
	switch x := e.(type) {
	case *Attribute:
		return "attribute"
	case *Subscript:
		return "subscript"
	case *Starred:
		return "starred"
	case *Name:
		return "name"
	case *List:
		return "list"
	case *Tuple:
		return "tuple"
	case *Lambda:
		return "lambda"
	case *Call:
		return "function call"
	case *BoolOp, *BinOp, *UnaryOp:
		return "expression"
	case *GeneratorExp:
		return "generator expression"
	case *Yield, *YieldFrom:
		return "yield expression"
	case *Await:
		return "await expression"
	case *ListComp:
		return "list comprehension"
	case *SetComp:
		return "set comprehension"
	case *DictComp:
		return "dict comprehension"
	case *Dict:
		return "dict literal"
	case *Set:
		return "set display"
	case *JoinedStr, *FormattedValue:
		return "f-string expression"
	case *Constant:
		switch v := x.Value.(type) {
		case nil:
			return "None"
		case bool:
			if v {
				return "True"
			}
			return "False"
		case EllipsisType:
			return "ellipsis"
		}
		return "literal"
	case *Compare:
		return "comparison"
	case *IfExp:
		return "conditional expression"
	case *NamedExpr:
		return "named expression"
	}
	return "expression"
}
