package compile

import (
	"fmt"
	"math/big"

	"taipan/objects"
	"taipan/syntax"
)

// This file is the code generator: AST + symbol table -> register
// bytecode (see opcode.go for the instruction format).

// Error is a compile-time error that is not a syntax error (a feature the
// compiler does not handle yet).
type Error struct {
	Msg      string
	Filename string
	Line     int
}

func (e *Error) Error() string { return fmt.Sprintf("%s (%s, line %d)", e.Msg, e.Filename, e.Line) }

type compileErr struct{ err error }

// Compile compiles a parsed module into its code object. source is the
// module's text (kept for tracebacks).
func Compile(mod syntax.ModNode, filename string, source []byte) (code *objects.Code, err error) {
	return CompileWarn(mod, filename, source, nil)
}

// CompileWarn is Compile reporting the compiler's SyntaxWarnings (see
// warnings.go) through warn; a non-nil result of warn (the warning was
// turned into an error) makes compilation fail with a SyntaxError with
// the warning's message. warn may be nil.
func CompileWarn(mod syntax.ModNode, filename string, source []byte, warn func(*syntax.Warning) error) (code *objects.Code, err error) {
	st, err := Build(mod, filename)
	if err != nil {
		return nil, err
	}
	c := &compiler{st: st, filename: filename, lines: splitSourceLines(string(source)), warn: warn}
	defer func() {
		if r := recover(); r != nil {
			ce, ok := r.(compileErr)
			if !ok {
				// a compiler bug must not crash the interpreter
				ce = compileErr{&Error{Msg: fmt.Sprintf("SystemError: internal compiler error: %v", r), Filename: filename}}
			}
			code, err = nil, ce.err
		}
	}()
	u := c.newUnit(st.Top, "<module>", "<module>")
	u.code.Flags |= objects.CodeModule
	switch m := mod.(type) {
	case *syntax.Module:
		u.setupAnnotations(m.Body)
		u.moduleDocstring(m.Body)
		u.checkFutureImports(m.Body)
		u.stmts(m.Body)
		u.emit(RETURN, u.noneReg(), 0, 0, 0)
	case *syntax.Interactive:
		u.interactive = true
		u.stmts(m.Body)
		u.emit(RETURN, u.noneReg(), 0, 0, 0)
	case *syntax.Expression:
		r := u.exprReg(m.Body)
		u.emit(RETURN, r, 0, 0, 0)
	}
	return u.finish(), nil
}

type compiler struct {
	st       *SymbolTable
	filename string
	lines    []string
	warn     func(*syntax.Warning) error
	warned   map[warnKey]bool
}

type label struct {
	pc   int   // bound position, -1 until bound
	refs []int // instructions jumping here
}

type fblockKind uint8

const (
	fbLoop    fblockKind = iota
	fbTry                // try body of try/except (no unwinding action)
	fbFinally            // try body of try/finally: inline the final body
	fbHandler            // an except handler body: restore exc info
	fbWith               // a with body: call __exit__(None, None, None)
)

type fblock struct {
	kind            fblockKind
	brk, cont       *label
	final           []syntax.Stmt
	saveReg         int
	region          *region
	handlerName     string // except ... as name: cleared on exit
	finallyInflight bool
	star            bool // an except* handler body
	async           bool // an async with body: __aexit__ is awaited
}

// region is a protected instruction range with one handler; it may be
// split into segments when inlined finally code must be excluded.
type region struct {
	segs  [][2]int
	open  int // start of the open segment, -1 if paused
	excRg int
}

type unit struct {
	c           *compiler
	sc          *Scope
	code        *objects.Code
	instrs      []uint64
	pos         []objects.Position
	curPos      objects.Position
	consts      []objects.Value
	constKey    map[string]int
	names       []*objects.Str
	nameIdx     map[string]int
	localReg    map[string]int
	derefReg    map[string]int
	assigned    []bool
	nlocals     int
	firstTmp    int
	tmp         int
	maxReg      int
	ncache      int
	labels      []*label
	exc         []objects.ExcEntry
	fblocks     []*fblock
	qualname    string
	kind        ScopeKind
	excPatches  []excPatch
	constReg    map[int]int // constant index -> its constant register
	async       bool        // an async def (or a comprehension inside one)
	interactive bool        // top level of "single" mode: expression statements print their value
	isComp      bool        // a comprehension
}

type excPatch struct {
	idx    int
	target *label
}

func (c *compiler) newUnit(sc *Scope, name, qualname string) *unit {
	u := &unit{c: c, sc: sc, constReg: map[int]int{}, constKey: map[string]int{}, nameIdx: map[string]int{}, localReg: map[string]int{}, derefReg: map[string]int{}, qualname: qualname, kind: sc.Kind}
	u.code = &objects.Code{Name: name, Qualname: qualname, Filename: c.filename, FirstLine: sc.Lineno}
	u.code.SetType(objects.CodeType)
	if sc.Kind == ModuleScope {
		u.code.FirstLine = 1
	}
	if sc.Kind == FunctionScope {
		for i, n := range sc.Varnames {
			u.localReg[n] = i
		}
		u.nlocals = len(sc.Varnames)
	}
	for i, n := range sc.Cellvars {
		u.derefReg[n] = u.nlocals + i
	}
	for i, n := range sc.Freevars {
		u.derefReg[n] = u.nlocals + len(sc.Cellvars) + i
	}
	u.firstTmp = u.nlocals + len(sc.Cellvars) + len(sc.Freevars)
	u.tmp = u.firstTmp
	u.maxReg = u.tmp
	u.assigned = make([]bool, u.nlocals)
	u.code.NumLocals = u.nlocals
	u.code.Varnames = sc.Varnames
	u.code.Cellvars = sc.Cellvars
	u.code.Freevars = sc.Freevars
	u.code.Source = c.lines
	return u
}

// syntaxError aborts compilation with a SyntaxError at the current
// position (errors CPython's compiler, not its parser, reports).
func (u *unit) syntaxError(msg string) {
	line := int(u.curPos.Line)
	text := ""
	if line > 0 && line <= len(u.c.lines) {
		text = u.c.lines[line-1]
	}
	col := int(u.curPos.Col)
	if col > len(text) {
		col = len(text)
	}
	offset := len([]rune(text[:col])) + 1
	endOffset := 0
	if u.curPos.EndLine == u.curPos.Line && int(u.curPos.EndCol) <= len(text) {
		endOffset = len([]rune(text[:u.curPos.EndCol])) + 1
	}
	panic(compileErr{&syntax.SyntaxError{Class: "SyntaxError", Msg: msg, Filename: u.c.filename, Lineno: line,
		Offset: offset, EndLineno: int(u.curPos.EndLine), EndOffset: endOffset, Text: text}})
}

func (u *unit) fail(format string, args ...any) {
	panic(compileErr{&Error{Msg: fmt.Sprintf(format, args...), Filename: u.c.filename, Line: int(u.curPos.Line)}})
}

// ---- emission ----

func (u *unit) emitWord(w uint64) int {
	u.instrs = append(u.instrs, w)
	u.pos = append(u.pos, u.curPos)
	return len(u.instrs) - 1
}

func (u *unit) emit(op Op, a, b, c, d int) int {
	pc := u.emitWord(Encode(op, a, b, c, d))
	if op.HasCache() {
		u.emitWord(uint64(u.ncache))
		u.ncache++
	}
	return pc
}

// emitCall emits CALL/CALL_METHOD with the kwnames constant in its cache word.
func (u *unit) emitCall(op Op, a, b, c int, kwconst int) {
	u.emitWord(Encode(op, a, b, c, 0))
	u.emitWord(uint64(u.ncache) | uint64(kwconst+1)<<32)
	u.ncache++
}

func (u *unit) newLabel() *label {
	l := &label{pc: -1}
	u.labels = append(u.labels, l)
	return l
}

func (u *unit) bind(l *label) { l.pc = len(u.instrs) }

func (u *unit) jump(op Op, a int, l *label) {
	pc := u.emitWord(EncodeJump(op, a, 0, 0))
	l.refs = append(l.refs, pc)
}

func (u *unit) jumpB(op Op, a, b int, l *label) {
	pc := u.emitWord(EncodeJump(op, a, b, 0))
	l.refs = append(l.refs, pc)
}

func (u *unit) alloc(n int) int {
	r := u.tmp
	u.tmp += n
	if u.tmp > u.maxReg {
		u.maxReg = u.tmp
	}
	if u.tmp >= NoReg {
		u.fail("too many registers")
	}
	return r
}

func (u *unit) isTemp(r int) bool { return r >= u.firstTmp }

func (u *unit) constIndex(v objects.Value, key string) int {
	if i, ok := u.constKey[key]; ok {
		return i
	}
	u.consts = append(u.consts, v)
	u.constKey[key] = len(u.consts) - 1
	return len(u.consts) - 1
}

func (u *unit) constOf(c syntax.Const) int {
	switch x := c.(type) {
	case nil:
		return u.constIndex(objects.None, "None")
	case bool:
		return u.constIndex(objects.Bool(x), fmt.Sprint("b", x))
	case int64:
		return u.constIndex(objects.Int(x), fmt.Sprint("i", x))
	case *big.Int:
		return u.constIndex(objects.NewBigInt(x), "I"+x.String())
	case float64:
		return u.constIndex(objects.Float(x), fmt.Sprintf("f%x", x))
	case string:
		return u.constIndex(objects.Obj(objects.Intern(x)), "s"+x)
	case syntax.EllipsisType:
		return u.constIndex(objects.Ellipsis, "...")
	case complex128:
		return u.constIndex(objects.NewComplex(x), fmt.Sprintf("c%x/%x", real(x), imag(x)))
	case syntax.Bytes:
		return u.constIndex(objects.NewBytes([]byte(x)), "B"+string(x))
	}
	u.fail("constant of type %T is not supported yet", c)
	return 0
}

func (u *unit) strConst(s string) int { return u.constOf(s) }

func (u *unit) name(s string) int {
	if i, ok := u.nameIdx[s]; ok {
		return i
	}
	u.names = append(u.names, objects.Intern(s))
	u.nameIdx[s] = len(u.names) - 1
	return len(u.names) - 1
}

func (u *unit) loadConst(dst, idx int) { u.emit(LOAD_CONST, dst, idx, 0, 0) }

func (u *unit) noneReg() int {
	r := u.alloc(1)
	u.loadConst(r, u.constOf(nil))
	return r
}

func (u *unit) finish() *objects.Code {
	for _, l := range u.labels {
		if l.pc < 0 && len(l.refs) > 0 {
			u.fail("internal error: unbound label")
		}
		for _, ref := range l.refs {
			if ref < 0 { // a whole-word target (CMP_JUMP)
				u.instrs[-ref-1] = uint64(l.pc)
				continue
			}
			w := u.instrs[ref] &^ (0xFFFFFF << 40)
			u.instrs[ref] = w | uint64(l.pc)<<40
		}
	}
	c := u.code
	c.Instrs = u.instrs
	c.Positions = u.pos
	c.Consts = u.consts
	c.Names = u.names
	c.NumRegs = u.maxReg + 1
	c.Caches = make([]objects.InlineCache, u.ncache)
	for _, p := range u.excPatches {
		u.exc[p.idx].Target = int32(p.target.pc)
	}
	c.ExcTable = u.exc
	c.FastArgs = -1
	if c.Flags&(objects.CodeVarargs|objects.CodeVarkeywords|objects.CodeGenerator) == 0 && c.KwOnlyCount == 0 {
		c.FastArgs = c.ArgCount
	}
	c.Cell2Arg = make([]int, len(c.Cellvars))
	for i, n := range c.Cellvars {
		c.Cell2Arg[i] = -1
		if r, ok := u.localReg[n]; ok {
			c.Cell2Arg[i] = r
		}
	}
	return c
}

func posOf(p *syntax.Pos) objects.Position {
	return objects.Position{Line: int32(p.Lineno), EndLine: int32(p.EndLineno), Col: int32(p.ColOffset), EndCol: int32(p.EndColOffset)}
}

// ---- regions (exception table) ----

func (u *unit) openRegion() *region { return &region{open: len(u.instrs)} }

func (r *region) pause(pc int) {
	if r.open >= 0 {
		if pc > r.open {
			r.segs = append(r.segs, [2]int{r.open, pc})
		}
		r.open = -1
	}
}

func (r *region) resume(pc int) {
	if r.open < 0 {
		r.open = pc
	}
}

func (u *unit) closeRegion(r *region, target *label, excReg int) {
	r.pause(len(u.instrs))
	for _, s := range r.segs {
		u.exc = append(u.exc, objects.ExcEntry{Start: int32(s[0]), End: int32(s[1]), Target: -1, Reg: int32(excReg)})
		idx := len(u.exc) - 1
		// target is bound later; remember to patch
		u.excPatches = append(u.excPatches, excPatch{idx, target})
	}
}

// splitSourceLines splits source after each line end: \n, \r\n or a
// lone \r, which the tokenizer also takes as a line end (universal
// newlines), so line numbers index the text tracebacks show.
func splitSourceLines(src string) []string {
	var lines []string
	start := 0
	for i := 0; i < len(src); i++ {
		switch src[i] {
		case '\n':
			lines = append(lines, src[start:i+1])
			start = i + 1
		case '\r':
			if i+1 < len(src) && src[i+1] == '\n' {
				continue
			}
			lines = append(lines, src[start:i+1])
			start = i + 1
		}
	}
	if start < len(src) || len(lines) == 0 {
		lines = append(lines, src[start:])
	}
	return lines
}
