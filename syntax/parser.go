package syntax

import (
	"fmt"
	"runtime"
	"strings"
)

// The parser is a hand-written recursive-descent parser that follows the
// rules of CPython 3.11's PEG grammar (Grammar/python.gram). Tokens are
// pulled lazily from the Tokenizer into an array so that a rule can mark
// a position and reset to it (PEG backtracking). Assignment targets use a
// cover grammar: the parser reads an expression and converts it to a
// target (setting Store/Del contexts) when an '=' or similar follows,
// which gives the same tree as CPython's separate target rules without
// parsing twice.
//
// Node positions follow CPython's EXTRA convention: a node starts at the
// first token its rule consumed and ends at the last consumed token that
// is not NEWLINE, INDENT, DEDENT or ENDMARKER.
//
// Errors: like CPython, a failed parse is retried in a second pass with
// the invalid_* rules enabled (parser_errors.go), which produce CPython's
// specific messages; otherwise "invalid syntax" is reported at the last
// token the first pass read. Errors abort parsing by panicking with a
// *SyntaxError that Parse recovers.

// Mode selects the start rule, as the mode argument of compile().
type Mode int

const (
	ModeExec     Mode = iota // "exec": a module, returns *Module
	ModeEval                 // "eval": one expression, returns *Expression
	ModeSingle               // "single": one interactive statement, returns *Interactive
	ModeFuncType             // "func_type": a signature type comment, returns *FunctionType
)

// ParseFlags holds options of a parse.
type ParseFlags struct {
	// TypeComments makes the parser keep type comments, as
	// ast.parse(..., type_comments=True) does.
	TypeComments bool
	// Warn, when set, receives the warnings of the parse (invalid
	// escape sequences in string literals: DeprecationWarning). A
	// non-nil result (the warning was turned into an error) makes the
	// parse fail with a SyntaxError carrying the warning's message at
	// its location, as CPython does.
	Warn func(w *Warning) error
}

// Warning is a warning found while parsing or compiling. Lineno and
// Offset are 1-based; Offset counts characters, as SyntaxError's.
type Warning struct {
	Category string // "DeprecationWarning", "SyntaxWarning"
	Msg      string
	Filename string
	Lineno   int
	Offset   int
}

// maxDepth bounds the parser's recursion like CPython's MAXSTACK; beyond
// it the parse fails with a MemoryError (CPython's behaviour).
const maxDepth = 6000

// token codes: one small integer per token, computed once when the token
// is read, so that the rules compare integers rather than strings.
const (
	tEOF = iota
	tNEWLINE
	tINDENT
	tDEDENT
	tNAME
	tNUMBER
	tSTRING
	tTYPECOMMENT
	tERROR
	tOP // an operator without its own code

	// operators
	tLPAR
	tRPAR
	tLSQB
	tRSQB
	tLBRACE
	tRBRACE
	tCOLON
	tCOMMA
	tSEMI
	tPLUS
	tMINUS
	tSTAR
	tSLASH
	tVBAR
	tAMPER
	tLESS
	tGREATER
	tEQUAL
	tDOT
	tPERCENT
	tEQEQUAL
	tNOTEQUAL
	tLESSEQUAL
	tGREATEREQUAL
	tTILDE
	tCIRCUMFLEX
	tLEFTSHIFT
	tRIGHTSHIFT
	tDOUBLESTAR
	tPLUSEQUAL
	tMINEQUAL
	tSTAREQUAL
	tSLASHEQUAL
	tPERCENTEQUAL
	tAMPEREQUAL
	tVBAREQUAL
	tCIRCUMFLEXEQUAL
	tLEFTSHIFTEQUAL
	tRIGHTSHIFTEQUAL
	tDOUBLESTAREQUAL
	tDOUBLESLASH
	tDOUBLESLASHEQUAL
	tAT
	tATEQUAL
	tRARROW
	tELLIPSIS
	tCOLONEQUAL
	tBANG

	// keywords
	kwFalse
	kwNone
	kwTrue
	kwAnd
	kwAs
	kwAssert
	kwAsync
	kwAwait
	kwBreak
	kwClass
	kwContinue
	kwDef
	kwDel
	kwElif
	kwElse
	kwExcept
	kwFinally
	kwFor
	kwFrom
	kwGlobal
	kwIf
	kwImport
	kwIn
	kwIs
	kwLambda
	kwNonlocal
	kwNot
	kwOr
	kwPass
	kwRaise
	kwReturn
	kwTry
	kwWhile
	kwWith
	kwYield
)

func opCode(s string) int {
	switch s {
	case "(":
		return tLPAR
	case ")":
		return tRPAR
	case "[":
		return tLSQB
	case "]":
		return tRSQB
	case "{":
		return tLBRACE
	case "}":
		return tRBRACE
	case ":":
		return tCOLON
	case ",":
		return tCOMMA
	case ";":
		return tSEMI
	case "+":
		return tPLUS
	case "-":
		return tMINUS
	case "*":
		return tSTAR
	case "/":
		return tSLASH
	case "|":
		return tVBAR
	case "&":
		return tAMPER
	case "<":
		return tLESS
	case ">":
		return tGREATER
	case "=":
		return tEQUAL
	case ".":
		return tDOT
	case "%":
		return tPERCENT
	case "==":
		return tEQEQUAL
	case "!=":
		return tNOTEQUAL
	case "<=":
		return tLESSEQUAL
	case ">=":
		return tGREATEREQUAL
	case "~":
		return tTILDE
	case "^":
		return tCIRCUMFLEX
	case "<<":
		return tLEFTSHIFT
	case ">>":
		return tRIGHTSHIFT
	case "**":
		return tDOUBLESTAR
	case "+=":
		return tPLUSEQUAL
	case "-=":
		return tMINEQUAL
	case "*=":
		return tSTAREQUAL
	case "/=":
		return tSLASHEQUAL
	case "%=":
		return tPERCENTEQUAL
	case "&=":
		return tAMPEREQUAL
	case "|=":
		return tVBAREQUAL
	case "^=":
		return tCIRCUMFLEXEQUAL
	case "<<=":
		return tLEFTSHIFTEQUAL
	case ">>=":
		return tRIGHTSHIFTEQUAL
	case "**=":
		return tDOUBLESTAREQUAL
	case "//":
		return tDOUBLESLASH
	case "//=":
		return tDOUBLESLASHEQUAL
	case "@":
		return tAT
	case "@=":
		return tATEQUAL
	case "->":
		return tRARROW
	case "...":
		return tELLIPSIS
	case ":=":
		return tCOLONEQUAL
	case "!":
		return tBANG
	}
	return tOP
}

func keywordCode(s string) int {
	if len(s) < 2 || len(s) > 8 {
		return tNAME
	}
	switch s {
	case "False":
		return kwFalse
	case "None":
		return kwNone
	case "True":
		return kwTrue
	case "and":
		return kwAnd
	case "as":
		return kwAs
	case "assert":
		return kwAssert
	case "async":
		return kwAsync
	case "await":
		return kwAwait
	case "break":
		return kwBreak
	case "class":
		return kwClass
	case "continue":
		return kwContinue
	case "def":
		return kwDef
	case "del":
		return kwDel
	case "elif":
		return kwElif
	case "else":
		return kwElse
	case "except":
		return kwExcept
	case "finally":
		return kwFinally
	case "for":
		return kwFor
	case "from":
		return kwFrom
	case "global":
		return kwGlobal
	case "if":
		return kwIf
	case "import":
		return kwImport
	case "in":
		return kwIn
	case "is":
		return kwIs
	case "lambda":
		return kwLambda
	case "nonlocal":
		return kwNonlocal
	case "not":
		return kwNot
	case "or":
		return kwOr
	case "pass":
		return kwPass
	case "raise":
		return kwRaise
	case "return":
		return kwReturn
	case "try":
		return kwTry
	case "while":
		return kwWhile
	case "with":
		return kwWith
	case "yield":
		return kwYield
	}
	return tNAME
}

// ptok is a token with its code.
type ptok struct {
	Token
	code int
}

// Parser holds the state of one parse. Use Parse or ParseString.
type Parser struct {
	tz       *Tokenizer
	toks     []ptok
	pos      int
	filename string
	mode     Mode
	flags    ParseFlags
	warned   map[[2]int]bool // string tokens already warned about

	// invalid is set during the second pass, which runs the invalid_*
	// rules to find a specific error message.
	invalid bool
	depth   int
	// fstring is set when parsing an f-string replacement field.
	fstring bool
	// spec counts speculative parses in progress (errors from
	// invalid_* helpers are suppressed inside them).
	spec int
	// fcol is the column offset of an f-string expression.
	fcol int
}

// Parse parses the raw bytes of a Python source file (the tokenizer
// decodes them per PEP 263). The error, if any, is a *SyntaxError.
func Parse(src []byte, filename string, mode Mode) (ModNode, error) {
	return ParseFlagsBytes(src, filename, mode, ParseFlags{})
}

// ParseString parses already decoded source text, as compile() does for
// a str.
func ParseString(src string, filename string, mode Mode) (ModNode, error) {
	return ParseFlagsString(src, filename, mode, ParseFlags{})
}

// ParseFlagsBytes is Parse with options.
func ParseFlagsBytes(src []byte, filename string, mode Mode, flags ParseFlags) (ModNode, error) {
	tz := NewTokenizer(src, filename)
	return runParser(tz, filename, mode, flags, len(src))
}

// ParseFlagsString is ParseString with options.
func ParseFlagsString(src string, filename string, mode Mode, flags ParseFlags) (ModNode, error) {
	tz := NewTokenizerString(src, filename, 0, 0)
	return runParser(tz, filename, mode, flags, len(src))
}

func runParser(tz *Tokenizer, filename string, mode Mode, flags ParseFlags, size int) (ModNode, error) {
	tz.TypeComments = flags.TypeComments
	p := &Parser{tz: tz, filename: filename, mode: mode, flags: flags}
	p.toks = make([]ptok, 0, size/4+16)
	m, err := p.run()
	if err != nil {
		if se, ok := err.(*SyntaxError); ok && tz.addedNL && (mode == ModeEval || mode == ModeSingle) && se.Lineno-tz.lineOffset == strings.Count(tz.src, "\n") {
			// the newline that ends the source text was added by the
			// tokenizer: CPython's eval/single input has none, so the
			// error's line shows without it
			se.Text = strings.TrimSuffix(se.Text, "\n")
		}
		return nil, err
	}
	return m, nil
}

// bailout is the panic value used for an internal abort without error
// (never escapes).
type parseAbort struct{ err *SyntaxError }

// protect runs f, converting a parse abort or an internal fault into an
// error.
func (p *Parser) protect(f func() ModNode) (m ModNode, err *SyntaxError) {
	defer func() {
		if r := recover(); r != nil {
			switch r := r.(type) {
			case parseAbort:
				err = r.err
			case runtime.Error:
				if strings.Contains(r.Error(), "stack") {
					err = p.classError("MemoryError", "")
				} else {
					err = p.classError("SystemError", "internal parser error: "+r.Error())
				}
			default:
				err = p.classError("SystemError", fmt.Sprint("internal parser error: ", r))
			}
			m = nil
		}
	}()
	return f(), nil
}

func (p *Parser) classError(class, msg string) *SyntaxError {
	return &SyntaxError{Class: class, Msg: msg, Filename: p.filename}
}

// run parses with the start rule of p.mode, doing CPython's second pass
// on failure.
func (p *Parser) run() (ModNode, error) {
	m, err := p.protect(p.startRule)
	if err != nil {
		// (CPython would run its second pass and then check the rest of
		// the source; the error rules that fire here already are that
		// pass's)
		if p.tz.Err == nil && len(p.toks) > 0 {
			if terr := p.checkRest(p.toks[len(p.toks)-1].Line); terr != nil {
				return nil, terr
			}
		}
		return nil, err
	}
	if m != nil {
		return m, nil
	}
	// First pass failed without a specific error: remember the furthest
	// token and retry with the invalid_* rules.
	last := len(p.toks) - 1
	if last < 0 {
		last = 0
	}
	p.pos = 0
	p.invalid = true
	p.depth = 0
	m, err = p.protect(p.startRule)
	if err != nil {
		if p.tz.Err == nil && len(p.toks) > 0 {
			// an error of the second pass's rules: an unclosed bracket
			// the rest of the source reveals, opened before the last
			// token read, or a tokenizer error there replaces it
			if terr := p.checkRest(p.toks[len(p.toks)-1].Line); terr != nil {
				return nil, terr
			}
		}
		return nil, err
	}
	if m != nil {
		// Should not happen: the second pass accepted the input. Return
		// it anyway.
		return m, nil
	}
	return nil, p.genericError(last)
}

// checkRest is _PyPegen_tokenize_full_source_to_check_for_errors:
// tokenize the rest of the source; a tokenizer error replaces the
// parser's error, and so does an unclosed bracket opened on a line before
// errLine.
func (p *Parser) checkRest(errLine int) *SyntaxError {
	if c := p.toks[len(p.toks)-1].code; c == tEOF || c == tERROR {
		return nil
	}
	for {
		nt := p.tz.Next()
		if nt.Kind == EOF {
			return nil
		}
		if nt.Kind == ERRORTOKEN {
			terr := p.tz.Err
			if terr == nil {
				return nil
			}
			if strings.HasSuffix(terr.Msg, "was never closed") {
				if errLine > terr.Lineno {
					return terr
				}
				return nil
			}
			return terr
		}
	}
}

// genericError builds CPython's "invalid syntax" at token index last (or
// a more specific error as _PyPegen_set_syntax_error does).
func (p *Parser) genericError(last int) *SyntaxError {
	if len(p.toks) == 0 {
		p.fill()
	}
	t := &p.toks[last]
	if t.code == tINDENT || t.code == tDEDENT {
		msg := "unexpected indent"
		if t.code == tDEDENT {
			msg = "unexpected unindent"
		}
		return p.errorAt("IndentationError", msg, t.Line, t.Col, t.EndLine, -1)
	}
	col, endCol := t.Col+1, t.EndCol+1
	if t.code == tNEWLINE && t.Val == "" && p.tz.addedNL && (p.mode == ModeEval || p.mode == ModeSingle) {
		// eval and single input get no newline appended: CPython's
		// NEWLINE at end of input has no position (offset 0)
		col, endCol = 0, 0
	}
	err := p.errorAt("SyntaxError", p.fmsg("invalid syntax"), t.Line, col, t.EndLine, endCol)
	// Tokenize the rest of the source: a tokenizer error found there
	// replaces the generic error (_PyPegen_tokenize_full_source_to_check_for_errors).
	if p.toks[len(p.toks)-1].code != tEOF && p.toks[len(p.toks)-1].code != tERROR {
		for {
			nt := p.tz.Next()
			if nt.Kind == EOF {
				break
			}
			if nt.Kind == ERRORTOKEN {
				terr := p.tz.Err
				if terr == nil {
					break
				}
				if strings.HasSuffix(terr.Msg, "was never closed") {
					if err.Lineno > terr.Lineno {
						return terr
					}
					break
				}
				return terr
			}
		}
	}
	return err
}

// fill reads one more token.
func (p *Parser) fill() {
	t := p.tz.Next()
	var code int
	switch t.Kind {
	case NAME:
		code = keywordCode(t.Val)
	case OP:
		code = opCode(t.Val)
	case NUMBER:
		code = tNUMBER
	case STRING:
		code = tSTRING
	case NEWLINE:
		code = tNEWLINE
	case INDENT:
		code = tINDENT
	case DEDENT:
		code = tDEDENT
	case EOF:
		code = tEOF
	case TYPE_COMMENT:
		code = tTYPECOMMENT
	case ERRORTOKEN:
		code = tERROR
		p.toks = append(p.toks, ptok{t, code})
		err := p.tz.Err
		if err == nil {
			err = p.errorAt("SyntaxError", "invalid token", t.Line, t.Col+1, t.EndLine, t.EndCol+1)
		}
		panic(parseAbort{err})
	}
	p.toks = append(p.toks, ptok{t, code})
}

// cur returns the current token's code, reading it if needed.
func (p *Parser) cur() int {
	if p.pos == len(p.toks) {
		p.fill()
	}
	return p.toks[p.pos].code
}

// tok returns the current token.
func (p *Parser) tok() *ptok {
	if p.pos == len(p.toks) {
		p.fill()
	}
	return &p.toks[p.pos]
}

// peekN returns the code of the token n positions ahead.
func (p *Parser) peekN(n int) int {
	for p.pos+n >= len(p.toks) {
		p.fill()
	}
	return p.toks[p.pos+n].code
}

func (p *Parser) peekTok(n int) *ptok {
	for p.pos+n >= len(p.toks) {
		p.fill()
	}
	return &p.toks[p.pos+n]
}

// accept consumes the current token if it has code c.
func (p *Parser) accept(c int) bool {
	if p.cur() == c {
		p.pos++
		return true
	}
	return false
}

// isSoft tells whether the current token is the soft keyword s.
func (p *Parser) isSoft(s string) bool {
	t := p.tok()
	return t.code == tNAME && t.Val == s
}

// span returns the position from token start to the last consumed
// non-whitespace token.
func (p *Parser) span(start int) Pos {
	s := &p.toks[start]
	e := p.lastTok()
	return Pos{s.Line, s.Col, e.EndLine, e.EndCol}
}

func (p *Parser) lastTok() *ptok {
	i := p.pos - 1
	for ; i > 0; i-- {
		c := p.toks[i].code
		if c != tEOF && (c < tNEWLINE || c > tDEDENT) {
			break
		}
	}
	if i < 0 {
		i = 0
	}
	return &p.toks[i]
}

// tokPos is the position of one token.
func tokPos(t *ptok) Pos {
	return Pos{t.Line, t.Col, t.EndLine, t.EndCol}
}

// fail aborts the first pass (no error: the caller's alternative failed
// for good). It is used where the grammar has no alternative left; the
// run method then starts the second pass.
type failSignal struct{}

// enter counts recursion depth.
func (p *Parser) enter() {
	p.depth++
	if p.depth > maxDepth {
		panic(parseAbort{p.classError("MemoryError", "")})
	}
}

func (p *Parser) leave() { p.depth-- }

// errorAt raises a SyntaxError (class) at the range of tokens a..b
// (inclusive token indexes).
func (p *Parser) raiseTok(class string, t *ptok, msg string) {
	panic(parseAbort{p.errorAt(class, p.fmsg(msg), t.Line, t.Col+1, t.EndLine, t.EndCol+1)})
}

// raiseRange raises an error spanning from position a's start to b's end.
func (p *Parser) raiseRange(a, b Pos, msg string) {
	panic(parseAbort{p.errorAt("SyntaxError", p.fmsg(msg), a.Lineno, a.ColOffset+1, b.EndLineno, b.EndColOffset+1)})
}

// raiseNode raises an error at a node's range.
func (p *Parser) raiseNode(n *Pos, msg string) {
	p.raiseRange(*n, *n, msg)
}

// raiseAt raises with explicit 0-based byte columns.
func (p *Parser) raiseAt(class, msg string, line, col, endLine, endCol int) {
	panic(parseAbort{p.errorAt(class, p.fmsg(msg), line, col+1, endLine, endCol+1)})
}

// syntaxFail is the panic used to abandon the parse in the first pass
// when no alternative can match; it makes run start the second pass.
func (p *Parser) syntaxFail() {
	panic(errFail)
}

var errFail = parseAbort{nil}

// errorAt is Tokenizer.ErrorAt with CPython's f-string adjustments: the
// message prefix and columns made relative to the expression text.
func (p *Parser) errorAt(class, msg string, line, col, endLine, endCol int) *SyntaxError {
	if p.fstring {
		col -= p.fcol
		if endCol > 0 {
			endCol -= p.fcol
		}
	}
	return p.tz.ErrorAt(class, msg, line, col, endLine, endCol)
}

// fmsg prefixes parser messages inside f-string expressions as CPython
// does.
func (p *Parser) fmsg(msg string) string {
	if p.fstring {
		return "f-string: " + msg
	}
	return msg
}
