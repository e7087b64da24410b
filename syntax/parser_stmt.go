package syntax

import "strings"

// Statement rules.

func (p *Parser) startRule() ModNode {
	switch p.mode {
	case ModeEval:
		e := p.expressions()
		for p.accept(tNEWLINE) {
		}
		p.expect(tEOF)
		return &Expression{Body: e}
	case ModeSingle:
		return p.interactive()
	case ModeFuncType:
		return p.funcType()
	}
	var body []Stmt
	p.statements(&body, false)
	if p.cur() != tEOF {
		p.syntaxFail()
	}
	m := &Module{Body: body, TypeIgnores: []*TypeIgnore{}}
	if body == nil {
		m.Body = []Stmt{}
	}
	for _, ti := range p.tz.TypeIgnores {
		m.TypeIgnores = append(m.TypeIgnores, &TypeIgnore{Lineno: ti.Line, Tag: ti.Tag})
	}
	return m
}

func (p *Parser) interactive() ModNode {
	var body []Stmt
	switch p.cur() {
	case tNEWLINE:
		start := p.pos
		p.pos++
		body = []Stmt{&Pass{Pos: p.span(start)}}
	case tEOF:
		p.raiseTok("SyntaxError", p.tok(), "unexpected EOF while parsing")
	default:
		if p.isCompoundStart() {
			body = append(body, p.compoundStmt())
			p.accept(tNEWLINE)
		} else {
			p.simpleStmts(&body)
		}
	}
	// CPython rejects further statements after the first one.
	for p.cur() == tNEWLINE {
		p.pos++
	}
	if p.cur() != tEOF {
		t := p.tok()
		p.raiseTok("SyntaxError", t, "multiple statements found while compiling a single statement")
	}
	return &Interactive{Body: body}
}

func (p *Parser) funcType() ModNode {
	p.expect(tLPAR)
	var args []Expr
	if p.cur() != tRPAR {
		// type_expressions
		for {
			if p.cur() == tSTAR || p.cur() == tDOUBLESTAR {
				start := p.pos
				double := p.cur() == tDOUBLESTAR
				p.pos++
				e := p.expression()
				_ = double
				_ = start
				args = append(args, e)
			} else {
				args = append(args, p.expression())
			}
			if !p.accept(tCOMMA) || p.cur() == tRPAR {
				break
			}
		}
	}
	p.expect(tRPAR)
	p.expect(tRARROW)
	ret := p.expression()
	for p.accept(tNEWLINE) {
	}
	p.expect(tEOF)
	if args == nil {
		args = []Expr{}
	}
	return &FunctionType{Argtypes: args, Returns: ret}
}

// expect consumes a token of code c or fails.
func (p *Parser) expect(c int) {
	if p.cur() != c {
		p.syntaxFail()
	}
	p.pos++
}

// statements parses statements until EOF (or DEDENT in a block).
func (p *Parser) statements(body *[]Stmt, inBlock bool) {
	for {
		c := p.cur()
		if c == tEOF || (inBlock && c == tDEDENT) {
			return
		}
		p.statement(body)
	}
}

func (p *Parser) isCompoundStart() bool {
	switch p.cur() {
	case kwDef, tAT, kwClass, kwIf, kwWith, kwFor, kwTry, kwWhile:
		return true
	case kwAsync:
		switch p.peekN(1) {
		case kwDef, kwWith, kwFor:
			return true
		}
	}
	return false
}

func (p *Parser) statement(body *[]Stmt) {
	if p.isCompoundStart() {
		*body = append(*body, p.compoundStmt())
		return
	}
	if p.cur() == tNAME && p.tok().Val == "match" {
		if s := p.tryMatchStmt(); s != nil {
			*body = append(*body, s)
			return
		}
	}
	p.simpleStmts(body)
}

func (p *Parser) simpleStmts(body *[]Stmt) {
	for {
		*body = append(*body, p.simpleStmt())
		if !p.accept(tSEMI) {
			break
		}
		if p.cur() == tNEWLINE {
			break
		}
	}
	if p.cur() != tNEWLINE {
		p.simpleStmtsFail()
	}
	p.pos++
}

func (p *Parser) compoundStmt() Stmt {
	p.enter()
	defer p.leave()
	switch p.cur() {
	case kwDef:
		return p.funcDef(p.pos, nil)
	case tAT:
		return p.decorated()
	case kwClass:
		return p.classDef(nil)
	case kwIf:
		return p.ifStmt()
	case kwWith:
		return p.withStmt(p.pos, false)
	case kwFor:
		return p.forStmt(p.pos, false)
	case kwTry:
		return p.tryStmt()
	case kwWhile:
		return p.whileStmt()
	case kwAsync:
		start := p.pos
		p.pos++
		switch p.cur() {
		case kwDef:
			p.pos = start
			return p.funcDef(start, nil)
		case kwWith:
			return p.withStmt(start, true)
		case kwFor:
			return p.forStmt(start, true)
		}
	}
	p.syntaxFail()
	return nil
}

func (p *Parser) simpleStmt() Stmt {
	start := p.pos
	switch p.cur() {
	case kwReturn:
		p.pos++
		var v Expr
		if p.startsExpression() {
			v = p.starExpressions()
		}
		return &Return{Pos: p.span(start), Value: v}
	case kwImport:
		return p.importName()
	case kwFrom:
		return p.importFrom()
	case kwRaise:
		p.pos++
		var exc, cause Expr
		if p.startsExpression() {
			exc = p.expression()
			if p.accept(kwFrom) {
				cause = p.expression()
			}
		}
		return &Raise{Pos: p.span(start), Exc: exc, Cause: cause}
	case kwPass:
		p.pos++
		return &Pass{Pos: p.span(start)}
	case kwBreak:
		p.pos++
		return &Break{Pos: p.span(start)}
	case kwContinue:
		p.pos++
		return &Continue{Pos: p.span(start)}
	case kwDel:
		p.pos++
		targets := p.delTargets()
		if c := p.cur(); c != tSEMI && c != tNEWLINE {
			p.invalidDelStmt(start)
		}
		return &Delete{Pos: p.span(start), Targets: targets}
	case kwAssert:
		p.pos++
		test := p.expression()
		var msg Expr
		if p.accept(tCOMMA) {
			msg = p.expression()
		}
		return &Assert{Pos: p.span(start), Test: test, Msg: msg}
	case kwGlobal, kwNonlocal:
		kw := p.cur()
		p.pos++
		var names []string
		for {
			names = append(names, p.expectName())
			if !p.accept(tCOMMA) {
				break
			}
		}
		if kw == kwGlobal {
			return &Global{Pos: p.span(start), Names: names}
		}
		return &Nonlocal{Pos: p.span(start), Names: names}
	}
	return p.exprStmt()
}

// expectName consumes a NAME token (not a keyword) and returns it.
func (p *Parser) expectName() string {
	t := p.tok()
	if t.code != tNAME {
		p.syntaxFail()
	}
	p.pos++
	return t.Val
}

// startsExpression tells whether the current token can begin an
// expression (used for optional expressions).
func (p *Parser) startsExpression() bool {
	switch p.cur() {
	case tNAME, tNUMBER, tSTRING, tLPAR, tLSQB, tLBRACE, tMINUS, tPLUS, tTILDE, tSTAR,
		tELLIPSIS, kwNone, kwTrue, kwFalse, kwNot, kwLambda, kwAwait, kwYield:
		return true
	}
	return false
}

func augOp(c int) (Operator, bool) {
	switch c {
	case tPLUSEQUAL:
		return Add, true
	case tMINEQUAL:
		return Sub, true
	case tSTAREQUAL:
		return Mult, true
	case tATEQUAL:
		return MatMult, true
	case tSLASHEQUAL:
		return Div, true
	case tPERCENTEQUAL:
		return Mod, true
	case tAMPEREQUAL:
		return BitAnd, true
	case tVBAREQUAL:
		return BitOr, true
	case tCIRCUMFLEXEQUAL:
		return BitXor, true
	case tLEFTSHIFTEQUAL:
		return LShift, true
	case tRIGHTSHIFTEQUAL:
		return RShift, true
	case tDOUBLESTAREQUAL:
		return Pow, true
	case tDOUBLESLASHEQUAL:
		return FloorDiv, true
	}
	return 0, false
}

// annotatedRHS is yield_expr | star_expressions.
func (p *Parser) annotatedRHS() Expr {
	if p.cur() == kwYield {
		return p.yieldExpr()
	}
	return p.starExpressions()
}

// exprStmt parses an expression statement or any assignment form.
func (p *Parser) exprStmt() Stmt {
	start := p.pos
	var e Expr
	if p.cur() == kwYield {
		e = p.yieldExpr()
	} else {
		e = p.starExpressions()
	}
	c := p.cur()
	switch {
	case c == tEQUAL:
		targets := []Expr{e}
		for p.accept(tEQUAL) {
			targets = append(targets, p.annotatedRHS())
		}
		value := targets[len(targets)-1]
		targets = targets[:len(targets)-1]
		for i, t := range targets {
			p.checkAssignTarget(t, i == 0)
		}
		for _, t := range targets {
			setContext(t, Store)
		}
		var tc *string
		if p.cur() == tTYPECOMMENT {
			tc = p.typeComment()
		}
		return &Assign{Pos: p.span(start), Targets: targets, Value: value, TypeComment: tc}
	case c == tCOLON:
		simple := 0
		switch e.(type) {
		case *Name:
			if p.toks[start].code == tNAME {
				simple = 1
			}
		case *Attribute, *Subscript:
		default:
			p.invalidAnnTarget(e)
		}
		p.pos++
		ann := p.expression()
		var value Expr
		if p.accept(tEQUAL) {
			value = p.annotatedRHS()
		}
		setContext(e, Store)
		return &AnnAssign{Pos: p.span(start), Target: e, Annotation: ann, Value: value, Simple: simple}
	default:
		if op, ok := augOp(c); ok {
			switch e.(type) {
			case *Name, *Attribute, *Subscript:
			default:
				p.raiseNode(e.GetPos(), "'"+exprName(e)+"' is an illegal expression for augmented assignment")
			}
			p.pos++
			value := p.annotatedRHS()
			setContext(e, Store)
			return &AugAssign{Pos: p.span(start), Target: e, Op: op, Value: value}
		}
	}
	return &ExprStmt{Pos: p.span(start), Value: e}
}

// typeComment consumes a TYPE_COMMENT token and returns its text.
func (p *Parser) typeComment() *string {
	t := p.tok()
	p.pos++
	s := t.Val
	return &s
}

func (p *Parser) importName() Stmt {
	start := p.pos
	p.pos++
	var names []*Alias
	for {
		as := p.pos
		name := p.dottedName()
		var asname *string
		if p.accept(kwAs) {
			n := p.expectName()
			asname = &n
		}
		names = append(names, &Alias{Pos: p.span(as), Name: name, Asname: asname})
		if !p.accept(tCOMMA) {
			break
		}
	}
	return &Import{Pos: p.span(start), Names: names}
}

func (p *Parser) dottedName() string {
	name := p.expectName()
	if p.cur() != tDOT {
		return name
	}
	var b strings.Builder
	b.WriteString(name)
	for p.accept(tDOT) {
		b.WriteByte('.')
		b.WriteString(p.expectName())
	}
	return b.String()
}

func (p *Parser) importFrom() Stmt {
	start := p.pos
	p.pos++
	level := 0
	for {
		if p.accept(tDOT) {
			level++
		} else if p.accept(tELLIPSIS) {
			level += 3
		} else {
			break
		}
	}
	var module *string
	if level == 0 || p.cur() != kwImport {
		m := p.dottedName()
		module = &m
	}
	if !p.accept(kwImport) {
		p.syntaxFail()
	}
	var names []*Alias
	if p.cur() == tSTAR {
		st := p.pos
		p.pos++
		names = []*Alias{{Pos: p.span(st), Name: "*"}}
	} else {
		paren := p.accept(tLPAR)
		for {
			as := p.pos
			name := p.expectName()
			var asname *string
			if p.accept(kwAs) {
				n := p.expectName()
				asname = &n
			}
			names = append(names, &Alias{Pos: p.span(as), Name: name, Asname: asname})
			if !p.accept(tCOMMA) {
				break
			}
			if paren && p.cur() == tRPAR {
				break
			}
			if !paren && (p.cur() == tNEWLINE || p.cur() == tSEMI) {
				p.raiseLast("SyntaxError", p.lastRead(), "trailing comma not allowed without surrounding parentheses")
			}
		}
		if paren {
			p.expect(tRPAR)
		}
	}
	return &ImportFrom{Pos: p.span(start), Module: module, Names: names, Level: level}
}

// block parses a suite after ':'. what/line describe the statement for
// the "expected an indented block" message.
func (p *Parser) block(what string, line int) []Stmt {
	if p.cur() == tNEWLINE {
		p.pos++
		if p.cur() != tINDENT {
			t := p.tok()
			msg := "expected an indented block"
			if what != "" {
				msg = "expected an indented block after " + what + " on line " + itoa(line)
			}
			p.raiseIndent(t, msg)
		}
		p.pos++
		var body []Stmt
		p.statements(&body, true)
		p.expect(tDEDENT)
		if body == nil {
			p.syntaxFail()
		}
		return body
	}
	var body []Stmt
	p.simpleStmts(&body)
	return body
}

// raiseIndent raises an IndentationError at token t the way
// RAISE_INDENTATION_ERROR does.
func (p *Parser) raiseIndent(t *ptok, msg string) {
	p.raiseLast("IndentationError", t, msg)
}

// raiseLast raises an error located at token t as _PyPegen_raise_error
// does for the last token read.
func (p *Parser) raiseLast(class string, t *ptok, msg string) {
	if t.code == tINDENT || t.code == tDEDENT || t.code == tEOF {
		panic(parseAbort{p.errorAt(class, p.fmsg(msg), t.Line, t.Col, t.EndLine, -1)})
	}
	panic(parseAbort{p.errorAt(class, p.fmsg(msg), t.Line, t.Col+1, t.EndLine, t.EndCol+1)})
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	neg := n < 0
	if neg {
		n = -n
	}
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}

// expectColon consumes ':' or raises "expected ':'".
func (p *Parser) expectColon() {
	if p.cur() != tCOLON {
		if p.cur() == tNEWLINE {
			p.raiseLast("SyntaxError", p.lastRead(), "expected ':'")
		}
		p.syntaxFail()
	}
	p.pos++
}

// expectForced consumes token c or raises "expected 'X'" at the current
// token (CPython's &&'X' forced tokens).
func (p *Parser) expectForced(c int, text string) {
	if p.cur() != c {
		p.raiseTok("SyntaxError", p.tok(), "expected '"+text+"'")
	}
	p.pos++
}

// lastRead is the last token read from the tokenizer.
func (p *Parser) lastRead() *ptok {
	return &p.toks[len(p.toks)-1]
}

func (p *Parser) decorated() Stmt {
	var decs []Expr
	for p.accept(tAT) {
		decs = append(decs, p.namedExpression())
		p.expect(tNEWLINE)
	}
	switch p.cur() {
	case kwDef:
		return p.funcDef(p.pos, decs)
	case kwClass:
		return p.classDef(decs)
	case kwAsync:
		if p.peekN(1) == kwDef {
			return p.funcDef(p.pos, decs)
		}
	}
	p.syntaxFail()
	return nil
}

func (p *Parser) funcDef(start int, decs []Expr) Stmt {
	async := p.cur() == kwAsync
	if async {
		p.pos++
	}
	p.pos++ // def
	name := p.expectName()
	p.expectForced(tLPAR, "(")
	args := p.parameters(false)
	p.expect(tRPAR)
	var returns Expr
	if p.accept(tRARROW) {
		returns = p.expression()
	}
	p.expectForced(tCOLON, ":")
	var tc *string
	if p.cur() == tTYPECOMMENT {
		tc = p.typeComment()
	} else if p.cur() == tNEWLINE && p.peekN(1) == tTYPECOMMENT && p.peekN(2) == tNEWLINE && p.peekN(3) == tINDENT {
		// func_type_comment: NEWLINE TYPE_COMMENT &(NEWLINE INDENT)
		p.pos++
		tc = p.typeComment()
	}
	what := "function definition"
	body := p.block(what, p.toks[start].Line)
	if decs == nil {
		decs = []Expr{}
	}
	pos := p.span(start)
	if async {
		return &AsyncFunctionDef{Pos: pos, Name: name, Args: args, Body: body, DecoratorList: decs, Returns: returns, TypeComment: tc}
	}
	return &FunctionDef{Pos: pos, Name: name, Args: args, Body: body, DecoratorList: decs, Returns: returns, TypeComment: tc}
}

func (p *Parser) classDef(decs []Expr) Stmt {
	start := p.pos
	p.pos++
	name := p.expectName()
	var bases []Expr
	var kws []*Keyword
	if p.cur() == tLPAR {
		p.pos++
		if p.cur() != tRPAR {
			bases, kws = p.arguments(-1)
		}
		p.expect(tRPAR)
	}
	p.expectColon()
	body := p.block("class definition", p.toks[start].Line)
	if decs == nil {
		decs = []Expr{}
	}
	if bases == nil {
		bases = []Expr{}
	}
	if kws == nil {
		kws = []*Keyword{}
	}
	return &ClassDef{Pos: p.span(start), Name: name, Bases: bases, Keywords: kws, Body: body, DecoratorList: decs}
}

func (p *Parser) ifStmt() Stmt {
	start := p.pos
	kw := "'if' statement"
	if p.cur() == kwElif {
		kw = "'elif' statement"
	}
	p.pos++
	test := p.namedExpression()
	p.expectColon()
	body := p.block(kw, p.toks[start].Line)
	var orelse []Stmt
	switch p.cur() {
	case kwElif:
		orelse = []Stmt{p.ifStmt()}
	case kwElse:
		orelse = p.elseBlock()
	}
	return &If{Pos: p.span(start), Test: test, Body: body, Orelse: orelse}
}

func (p *Parser) elseBlock() []Stmt {
	line := p.tok().Line
	p.pos++
	p.expectForced(tCOLON, ":")
	return p.block("'else' statement", line)
}

func (p *Parser) whileStmt() Stmt {
	start := p.pos
	p.pos++
	test := p.namedExpression()
	p.expectColon()
	body := p.block("'while' statement", p.toks[start].Line)
	var orelse []Stmt
	if p.cur() == kwElse {
		orelse = p.elseBlock()
	}
	return &While{Pos: p.span(start), Test: test, Body: body, Orelse: orelse}
}

func (p *Parser) forStmt(start int, async bool) Stmt {
	forTok := p.pos
	p.pos++
	target := p.starTargets(kwIn)
	if !p.accept(kwIn) {
		p.invalidForTarget(target)
		p.syntaxFail()
	}
	iter := p.starExpressions()
	p.expectColon()
	var tc *string
	if p.cur() == tTYPECOMMENT {
		tc = p.typeComment()
	}
	body := p.block("'for' statement", p.toks[forTok].Line)
	var orelse []Stmt
	if p.cur() == kwElse {
		orelse = p.elseBlock()
	}
	if async {
		return &AsyncFor{Pos: p.span(start), Target: target, Iter: iter, Body: body, Orelse: orelse, TypeComment: tc}
	}
	return &For{Pos: p.span(start), Target: target, Iter: iter, Body: body, Orelse: orelse, TypeComment: tc}
}

func (p *Parser) withStmt(start int, async bool) Stmt {
	withTok := p.pos
	p.pos++
	var items []*WithItem
	parsed := false
	if p.cur() == tLPAR {
		// '(' ','.with_item+ ','? ')' ':' — try it, else fall back.
		mark := p.pos
		if it, ok := p.tryParenWithItems(); ok {
			items = it
			parsed = true
		} else {
			p.pos = mark
		}
	}
	if !parsed {
		for {
			items = append(items, p.withItem())
			if !p.accept(tCOMMA) {
				break
			}
		}
	}
	p.expectColon()
	var tc *string
	if p.cur() == tTYPECOMMENT {
		tc = p.typeComment()
	}
	body := p.block("'with' statement", p.toks[withTok].Line)
	if async {
		return &AsyncWith{Pos: p.span(start), Items: items, Body: body, TypeComment: tc}
	}
	return &With{Pos: p.span(start), Items: items, Body: body, TypeComment: tc}
}

func (p *Parser) tryParenWithItems() (items []*WithItem, ok bool) {
	defer func() {
		if r := recover(); r != nil {
			if a, isAbort := r.(parseAbort); isAbort && a.err == nil {
				ok = false
				return
			}
			panic(r)
		}
	}()
	p.pos++ // (
	for {
		items = append(items, p.withItem())
		if !p.accept(tCOMMA) {
			break
		}
		if p.cur() == tRPAR {
			break
		}
	}
	if !p.accept(tRPAR) || p.cur() != tCOLON {
		return nil, false
	}
	return items, true
}

func (p *Parser) withItem() *WithItem {
	e := p.expression()
	if p.cur() == kwAs {
		mark := p.pos
		p.pos++
		t := p.starTarget()
		if c := p.cur(); c == tCOMMA || c == tRPAR || c == tCOLON {
			// star_target accepts only real targets (None, calls, ...
			// give CPython's "cannot assign to ..." error).
			p.checkTarget(t, "cannot assign to %s", false)
			setContext(t, Store)
			return &WithItem{ContextExpr: e, OptionalVars: t}
		}
		p.invalidWithItem(t)
		p.pos = mark
	}
	return &WithItem{ContextExpr: e}
}

func (p *Parser) tryStmt() Stmt {
	start := p.pos
	p.pos++
	p.expectForced(tCOLON, ":")
	body := p.block("'try' statement", p.toks[start].Line)
	var handlers []*ExceptHandler
	star := false
	for p.cur() == kwExcept {
		hs := p.pos
		p.pos++
		isStar := false
		if p.cur() == tSTAR {
			p.pos++
			isStar = true
		}
		if len(handlers) == 0 {
			star = isStar
		} else if isStar != star {
			p.raiseRange(tokPos(&p.toks[hs]), tokPos(&p.toks[p.pos-1]), "cannot have both 'except' and 'except*' on the same 'try'")
		}
		var typ Expr
		var name *string
		if p.cur() != tCOLON {
			typ = p.expression()
			if p.cur() == tCOMMA {
				p.invalidExceptComma(typ)
			}
			if p.accept(kwAs) {
				n := p.expectName()
				name = &n
			}
		} else if isStar {
			p.raiseLast("SyntaxError", p.tok(), "expected one or more exception types")
		}
		p.expectColon()
		what := "'except' statement"
		if isStar {
			what = "'except*' statement"
		}
		hbody := p.block(what, p.toks[hs].Line)
		handlers = append(handlers, &ExceptHandler{Pos: p.span(hs), Type: typ, Name: name, Body: hbody})
	}
	var orelse, final []Stmt
	if len(handlers) > 0 && p.cur() == kwElse {
		orelse = p.elseBlock()
	}
	if p.cur() == kwFinally {
		line := p.tok().Line
		p.pos++
		p.expectForced(tCOLON, ":")
		final = p.block("'finally' statement", line)
	}
	if len(handlers) == 0 && final == nil {
		p.raiseLast("SyntaxError", p.lastRead(), "expected 'except' or 'finally' block")
	}
	if star {
		return &TryStar{Pos: p.span(start), Body: body, Handlers: handlers, Orelse: orelse, Finalbody: final}
	}
	return &Try{Pos: p.span(start), Body: body, Handlers: handlers, Orelse: orelse, Finalbody: final}
}
