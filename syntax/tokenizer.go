package syntax

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// The tokenizer follows the behaviour of CPython 3.11's C tokenizer
// (Parser/tokenizer.c) together with the error reporting its PEG parser
// (Parser/pegen.c, pegen_errors.c) wraps around it, so that token positions
// and SyntaxError fields match CPython's exactly.
//
// Model: the decoded source is one string that always ends in '\n' (CPython
// appends one to exec input) with "\r\n" and "\r" translated to "\n". The
// reader walks it line by line like tok_nextc: cur is the read position,
// [lineStart, inp) the current physical line, lineno its number. The line
// number only advances when the first character of the next line is read,
// exactly like CPython, which matters for error positions.
//
// Positions of the tokens without a source range in CPython (INDENT, DEDENT,
// EOF) are Line = the tokenizer's line and Col = EndCol = the byte offset of
// the read position in that line when the token was produced. This is what
// pegen uses for error locations at such tokens: an error "at" one of these
// tokens has CPython offset Col (not Col+1) and end offset -1. At end of
// file that is the last line and its length including the newline.
//
// NEWLINE tokens have CPython's C tokenizer range: Col is where the token
// started (the '#' of a trailing comment if there is one, else the newline)
// and EndCol is the column of the newline character; Val is "\n" (or "" for
// the newline CPython synthesises at end of file).

const (
	eofChar   = -1
	maxIndent = 100 // CPython's MAXINDENT
	maxLevel  = 200 // CPython's MAXLEVEL
	tabSize   = 8
)

// TypeIgnoreComment is a "# type: ignore[tag]" comment seen while
// TypeComments is set. CPython's parser collects these instead of passing
// them to the grammar; the Tokenizer does the same and keeps them here.
type TypeIgnoreComment struct {
	Line int
	Tag  string // the text after "ignore", e.g. "[attr-defined]"
}

// Tokenizer splits Python source into tokens, see Next.
type Tokenizer struct {
	// Err is set when Next returns an ERRORTOKEN.
	Err *SyntaxError
	// ErrDirect tells whether CPython's tokenizer itself raises Err (its
	// syntaxerror(): bad numbers, strings, characters, brackets). When
	// false, Err is one CPython's parser derives from the tokenizer state
	// (indentation, EOF, continuation character, unclosed bracket,
	// decoding); the difference matters when the parser re-tokenizes the
	// rest of the source after a generic "invalid syntax"
	// (_PyPegen_tokenize_full_source_to_check_for_errors only takes
	// direct errors, plus unclosed brackets, see UnclosedParenError).
	ErrDirect bool
	// TypeComments makes Next return TYPE_COMMENT tokens and collect
	// TypeIgnores (ast.parse(..., type_comments=True)).
	TypeComments bool
	// TypeIgnores lists the "# type: ignore" comments seen so far (only
	// when TypeComments is set).
	TypeIgnores []TypeIgnoreComment

	src      string
	filename string

	cur, inp, lineStart int
	lineno              int
	eof                 bool

	atBOL       bool
	pendin      int
	indent      int
	indstack    [maxIndent]int
	altindstack [maxIndent]int
	level       int
	parenstack  [maxLevel]byte
	parenLine   [maxLevel]int
	parenCol    [maxLevel]int

	start          int
	firstLineno    int
	multiLineStart int

	lineOffset, colOffset int
	stringMode            bool
	// charOffsets tells whether CPython converts parser error columns
	// from bytes to characters: it does when the tokenizer knows its
	// encoding (a BOM or a coding cookie, or text input), not for plain
	// bytes input.
	charOffsets bool

	addedNL  bool // the final newline was synthesised
	finished bool
	final    Token
	lines    []int // start offsets of the lines, built on demand
}

// NewTokenizer returns a tokenizer for the raw bytes of a source file. The
// bytes are decoded per PEP 263 (BOM, coding cookie, UTF-8 default); a
// decoding failure is reported by the first call to Next.
func NewTokenizer(src []byte, filename string) *Tokenizer {
	t := &Tokenizer{filename: filename, atBOL: true}
	text, hasEncoding, err := decodeSource(src, filename)
	if err != nil {
		t.src = "\n"
		t.fail(err)
		return t
	}
	t.src = text
	t.charOffsets = hasEncoding
	t.addedNL = len(src) == 0 || src[len(src)-1] != '\n' && src[len(src)-1] != '\r'
	return t
}

// NewTokenizerString returns a tokenizer for already decoded UTF-8 text.
// It is used for str sources (compile() of a str) with offsets 0 and for
// f-string replacement fields.
//
// lineOffset and colOffset place the text inside a larger file the way
// CPython 3.11 does for f-string expressions: every token's Line and
// EndLine get lineOffset added; a token whose end lies on the first line of
// src (CPython tests "tokenizer is still on line 1", i.e. the token's end
// line) gets colOffset added to Col and EndCol. Errors raised by the
// tokenizer itself get lineOffset added to their line numbers but keep
// columns relative to src, as CPython's do.
func NewTokenizerString(src string, filename string, lineOffset, colOffset int) *Tokenizer {
	t := &Tokenizer{filename: filename, atBOL: true, lineOffset: lineOffset, colOffset: colOffset, stringMode: true, charOffsets: true}
	t.src = translateNewlines(src)
	t.addedNL = len(src) == 0 || src[len(src)-1] != '\n' && src[len(src)-1] != '\r'
	return t
}

// LineText returns decoded source line lineno (1-based) including its
// trailing newline, or "" when there is no such line.
func (t *Tokenizer) LineText(lineno int) string {
	lineno -= t.lineOffset
	if t.lines == nil {
		n := strings.Count(t.src, "\n")
		t.lines = make([]int, 0, n+1)
		t.lines = append(t.lines, 0)
		for i := 0; i < len(t.src); {
			j := strings.IndexByte(t.src[i:], '\n')
			if j < 0 {
				break
			}
			i += j + 1
			if i < len(t.src) {
				t.lines = append(t.lines, i)
			}
		}
	}
	if lineno < 1 || lineno > len(t.lines) {
		return ""
	}
	s := t.lines[lineno-1]
	e := len(t.src)
	if lineno < len(t.lines) {
		e = t.lines[lineno]
	}
	return t.src[s:e]
}

// Next returns the next token. After EOF it keeps returning EOF; after an
// error it keeps returning the ERRORTOKEN, with t.Err set.
func (t *Tokenizer) Next() Token {
	if t.finished {
		return t.final
	}
	tok := t.get()
	if tok.Kind == EOF || tok.Kind == ERRORTOKEN {
		t.finished = true
		t.final = tok
	}
	if t.stringMode && tok.Kind != ERRORTOKEN {
		if tok.EndLine == 1 {
			tok.Col += t.colOffset
			tok.EndCol += t.colOffset
		}
		tok.Line += t.lineOffset
		tok.EndLine += t.lineOffset
	}
	return tok
}

// fail records err and makes Next return ERRORTOKEN from now on.
func (t *Tokenizer) fail(err *SyntaxError) Token {
	t.Err = err
	t.finished = true
	t.final = Token{Kind: ERRORTOKEN, Line: err.Lineno, Col: 0, EndLine: err.Lineno}
	return t.final
}

// nextc returns the next character (byte) of the source or eofChar,
// loading the next line when the current one is exhausted.
func (t *Tokenizer) nextc() int {
	if t.cur != t.inp {
		c := t.src[t.cur]
		t.cur++
		return int(c)
	}
	return t.underflow()
}

func (t *Tokenizer) underflow() int {
	if t.eof || t.inp >= len(t.src) {
		t.eof = true
		return eofChar
	}
	t.lineno++
	t.lineStart = t.cur
	if i := strings.IndexByte(t.src[t.cur:], '\n'); i >= 0 {
		t.inp = t.cur + i + 1
	} else {
		t.inp = len(t.src)
	}
	c := t.src[t.cur]
	t.cur++
	return int(c)
}

// backup undoes the last nextc (a no-op for eofChar).
func (t *Tokenizer) backup(c int) {
	if c != eofChar {
		t.cur--
	}
}

func (t *Tokenizer) tok(kind TokenKind, start, end int) Token {
	col := start - t.lineStart
	return Token{Kind: kind, Val: t.src[start:end], Line: t.lineno, Col: col, EndLine: t.lineno, EndCol: col + end - start}
}

// noRange returns a token without a CPython source range (see the comment
// at the top of this file).
func (t *Tokenizer) noRange(kind TokenKind) Token {
	c := t.cur - t.lineStart
	return Token{Kind: kind, Line: t.lineno, Col: c, EndLine: t.lineno, EndCol: c}
}

func isDigit(c int) bool  { return c >= '0' && c <= '9' }
func isXDigit(c int) bool { return isDigit(c) || (c|0x20) >= 'a' && (c|0x20) <= 'f' }

// isIdentStart / isIdentChar mirror CPython's is_potential_identifier_*:
// any byte >= 128 may be part of an identifier; it is verified later.
func isIdentStart(c int) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c >= 128
}

func isIdentChar(c int) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c >= 128
}

var identCharTable = func() (tab [256]bool) {
	for c := 0; c < 256; c++ {
		tab[c] = isIdentChar(c)
	}
	return
}()

func (t *Tokenizer) get() Token {
	var c int
	blankline := false
nextline:
	blankline = false
	if t.atBOL {
		col, altcol := 0, 0
		t.atBOL = false
		for {
			c = t.nextc()
			if c == ' ' {
				col++
				altcol++
			} else if c == '\t' {
				col = (col/tabSize + 1) * tabSize
				altcol++
			} else if c == '\f' {
				col, altcol = 0, 0
			} else {
				break
			}
		}
		t.backup(c)
		if c == '#' || c == '\n' || c == '\\' {
			// Lines with only whitespace and/or a comment (or a line
			// continuation) do not affect indentation and produce no
			// NEWLINE.
			blankline = true
		}
		if !blankline && t.level == 0 {
			if col == t.indstack[t.indent] {
				if altcol != t.altindstack[t.indent] {
					return t.indentError()
				}
			} else if col > t.indstack[t.indent] {
				if t.indent+1 >= maxIndent {
					t.cur = t.inp
					return t.fail(t.pegenNoLoc("IndentationError", "too many levels of indentation"))
				}
				if altcol <= t.altindstack[t.indent] {
					return t.indentError()
				}
				t.pendin++
				t.indent++
				t.indstack[t.indent] = col
				t.altindstack[t.indent] = altcol
			} else {
				for t.indent > 0 && col < t.indstack[t.indent] {
					t.pendin--
					t.indent--
				}
				if col != t.indstack[t.indent] {
					t.cur = t.inp
					return t.fail(t.pegenAtCur("IndentationError", "unindent does not match any outer indentation level"))
				}
				if altcol != t.altindstack[t.indent] {
					return t.indentError()
				}
			}
		}
	}

	t.start = t.cur
	if t.pendin != 0 {
		if t.pendin < 0 {
			t.pendin++
			return t.noRange(DEDENT)
		}
		t.pendin--
		return t.noRange(INDENT)
	}

again:
	// Skip spaces.
	for {
		c = t.nextc()
		if c != ' ' && c != '\t' && c != '\f' {
			break
		}
	}
	t.start = t.cur - 1

	if c == '#' {
		if i := strings.IndexByte(t.src[t.cur:t.inp], '\n'); i >= 0 {
			t.cur += i
		} else {
			t.cur = t.inp
		}
		c = t.nextc()
		if t.TypeComments {
			if tk, ok := t.typeComment(c, blankline); ok {
				return tk
			}
		}
	}

	if c == eofChar {
		if t.level > 0 {
			return t.fail(t.unclosedParen())
		}
		return t.noRange(EOF)
	}

	// Identifiers and string prefixes.
	if isIdentStart(c) {
		sawB, sawR, sawU, sawF := false, false, false, false
		for {
			if !(sawB || sawU || sawF) && (c == 'b' || c == 'B') {
				sawB = true
			} else if !(sawB || sawU || sawR || sawF) && (c == 'u' || c == 'U') {
				sawU = true
			} else if !(sawR || sawU) && (c == 'r' || c == 'R') {
				sawR = true
			} else if !(sawF || sawB || sawU) && (c == 'f' || c == 'F') {
				sawF = true
			} else {
				break
			}
			c = t.nextc()
			if c == '"' || c == '\'' {
				return t.stringToken(c)
			}
		}
		// The identifier never spans lines: scan the rest of the line.
		nonASCII := c >= 128
		if isIdentChar(c) {
			i := t.cur
			for i < t.inp && identCharTable[t.src[i]] {
				if t.src[i] >= 128 {
					nonASCII = true
				}
				i++
			}
			t.cur = i
		} else {
			t.backup(c)
		}
		if nonASCII {
			return t.verifyIdentifier()
		}
		return t.tok(NAME, t.start, t.cur)
	}

	if c == '\n' {
		t.atBOL = true
		if blankline || t.level > 0 {
			goto nextline
		}
		tk := t.tok(NEWLINE, t.start, t.cur)
		tk.Val = t.src[t.cur-1 : t.cur]
		if t.cur == len(t.src) && t.synthNL() {
			tk.Val = ""
		}
		tk.EndCol = t.cur - 1 - t.lineStart
		return tk
	}

	if c == '.' {
		c = t.nextc()
		if isDigit(c) {
			return t.number(c, numFraction)
		} else if c == '.' {
			c = t.nextc()
			if c == '.' {
				return t.tok(OP, t.start, t.cur)
			}
			t.backup(c)
			t.backup('.')
		} else {
			t.backup(c)
		}
		return t.tok(OP, t.start, t.cur)
	}

	if isDigit(c) {
		return t.number(c, numStart)
	}

	if c == '"' || c == '\'' {
		return t.stringToken(c)
	}

	if c == '\\' {
		if c = t.nextc(); c != '\n' {
			return t.fail(t.pegenError("SyntaxError", "unexpected character after line continuation character",
				t.lineno, t.cur-t.lineStart-1+1, t.lineno, 0))
		}
		c = t.nextc()
		if c == eofChar {
			t.cur = t.inp
			if t.level > 0 {
				return t.fail(t.unclosedParen())
			}
			return t.fail(t.pegenAtCur("SyntaxError", "unexpected EOF while parsing"))
		}
		t.backup(c)
		goto again
	}

	// Two- and three-character operators.
	c2 := t.nextc()
	if opTwo(c, c2) {
		c3 := t.nextc()
		if !opThree(c, c2, c3) {
			t.backup(c3)
		}
		return t.tok(OP, t.start, t.cur)
	}
	t.backup(c2)

	switch c {
	case '(', '[', '{':
		if t.level >= maxLevel {
			return t.fail(t.syntaxError("too many nested parentheses"))
		}
		t.parenstack[t.level] = byte(c)
		t.parenLine[t.level] = t.lineno
		t.parenCol[t.level] = t.start - t.lineStart
		t.level++
	case ')', ']', '}':
		if t.level == 0 {
			return t.fail(t.syntaxError(fmt.Sprintf("unmatched '%c'", c)))
		}
		t.level--
		opening := int(t.parenstack[t.level])
		if !(opening == '(' && c == ')' || opening == '[' && c == ']' || opening == '{' && c == '}') {
			if t.parenLine[t.level] != t.lineno {
				return t.fail(t.syntaxError(fmt.Sprintf("closing parenthesis '%c' does not match opening parenthesis '%c' on line %d", c, opening, t.parenLine[t.level]+t.lineOffset)))
			}
			return t.fail(t.syntaxError(fmt.Sprintf("closing parenthesis '%c' does not match opening parenthesis '%c'", c, opening)))
		}
	}

	if c < 32 || c == 127 {
		return t.fail(t.syntaxError(fmt.Sprintf("invalid non-printable character U+%04X", c)))
	}
	return t.tok(OP, t.start, t.cur)
}

// synthNL reports whether the final newline of the source was added by the
// decoder rather than present in the input.
func (t *Tokenizer) synthNL() bool { return t.addedNL }

// opTwo reports whether c1 c2 form a two-character operator.
func opTwo(c1, c2 int) bool {
	switch c1 {
	case '!', '%', '&', '^', '|', '@', '=':
		return c2 == '='
	case '*':
		return c2 == '*' || c2 == '='
	case '+':
		return c2 == '='
	case '-':
		return c2 == '=' || c2 == '>'
	case '/':
		return c2 == '/' || c2 == '='
	case '<':
		return c2 == '<' || c2 == '=' || c2 == '>'
	case '>':
		return c2 == '=' || c2 == '>'
	case ':':
		return c2 == '='
	}
	return false
}

// opThree reports whether c1 c2 c3 form a three-character operator.
func opThree(c1, c2, c3 int) bool {
	if c3 != '=' {
		return false
	}
	switch {
	case c1 == '*' && c2 == '*', c1 == '/' && c2 == '/', c1 == '<' && c2 == '<', c1 == '>' && c2 == '>':
		return true
	}
	return false
}

func (t *Tokenizer) indentError() Token {
	t.cur = t.inp
	return t.fail(t.pegenNoLoc("TabError", "inconsistent use of tabs and spaces in indentation"))
}

// typeComment handles a comment when TypeComments is set; c is the
// character after the comment (newline or EOF), already read.
func (t *Tokenizer) typeComment(c int, blankline bool) (Token, bool) {
	const prefix = "# type: "
	p := t.start
	i := 0
	for i < len(prefix) && p < t.cur {
		if prefix[i] == ' ' {
			for p < len(t.src) && (t.src[p] == ' ' || t.src[p] == '\t') {
				p++
			}
		} else if prefix[i] == t.src[p] {
			p++
		} else {
			break
		}
		i++
	}
	if i < len(prefix) {
		return Token{}, false
	}
	t.backup(c)
	ignoreEnd := p + 6
	isIgnore := t.cur >= ignoreEnd && t.src[p:ignoreEnd] == "ignore" &&
		!(t.cur > ignoreEnd && (t.src[ignoreEnd] >= 128 || isAlnum(t.src[ignoreEnd])))
	if isIgnore {
		t.TypeIgnores = append(t.TypeIgnores, TypeIgnoreComment{Line: t.lineno + t.lineOffset, Tag: t.src[ignoreEnd:t.cur]})
		if blankline {
			t.nextc()
			t.atBOL = true
		}
		return t.get(), true
	}
	return t.tok(TYPE_COMMENT, p, t.cur), true
}

func isAlnum(b byte) bool {
	return b >= '0' && b <= '9' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z'
}

// verifyIdentifier checks the non-ASCII identifier src[start:cur] and
// returns its NAME token (NFKC-normalised Val) or the error CPython gives.
func (t *Tokenizer) verifyIdentifier() Token {
	s := t.src[t.start:t.cur]
	if msg := pyUTF8Error(s, "utf-8"); msg != "" {
		t.ErrDirect = true
		return t.fail(t.pegenAtCur("SyntaxError", "(unicode error) "+msg))
	}
	for i, r := range s {
		ok := false
		if r < 128 {
			ok = isIdentChar(int(r)) && (i > 0 || !isDigit(int(r)))
		} else if i == 0 {
			ok = isXIDStart(r)
		} else {
			ok = isXIDContinue(r)
		}
		if !ok {
			size := utf8.RuneLen(r)
			if i+size < len(s) {
				t.cur = t.start + i + size
			}
			if isPrintable(r) {
				return t.fail(t.syntaxError(fmt.Sprintf("invalid character '%c' (U+%04X)", r, r)))
			}
			return t.fail(t.syntaxError(fmt.Sprintf("invalid non-printable character U+%04X", r)))
		}
	}
	tk := t.tok(NAME, t.start, t.cur)
	tk.Val = norm.NFKC.String(s)
	return tk
}

func isXIDStart(r rune) bool {
	if r < 128 {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r == '_'
	}
	return unicodeIs(xidStart, r)
}

func isXIDContinue(r rune) bool {
	if r < 128 {
		return isIdentChar(int(r))
	}
	return unicodeIs(xidContinue, r)
}

func isPrintable(r rune) bool {
	if r < 128 {
		return r >= 32 && r < 127
	}
	return unicodeIs(printableNonASCII, r)
}

const (
	numStart = iota
	numFraction
)

// number scans a numeric literal; c is its first digit (numStart) or the
// first character after the '.' of a literal starting with '.'
// (numFraction).
func (t *Tokenizer) number(c int, state int) Token {
	if state == numFraction {
		goto fraction
	}
	if c == '0' {
		c = t.nextc()
		switch {
		case c == 'x' || c == 'X':
			c = t.nextc()
			for {
				if c == '_' {
					c = t.nextc()
				}
				if !isXDigit(c) {
					t.backup(c)
					return t.fail(t.syntaxError("invalid hexadecimal literal"))
				}
				for {
					c = t.nextc()
					if !isXDigit(c) {
						break
					}
				}
				if c != '_' {
					break
				}
			}
			if !t.verifyEndOfNumber(c, "hexadecimal") {
				return t.final
			}
		case c == 'o' || c == 'O':
			c = t.nextc()
			for {
				if c == '_' {
					c = t.nextc()
				}
				if c < '0' || c >= '8' {
					if isDigit(c) {
						return t.fail(t.syntaxError(fmt.Sprintf("invalid digit '%c' in octal literal", c)))
					}
					t.backup(c)
					return t.fail(t.syntaxError("invalid octal literal"))
				}
				for {
					c = t.nextc()
					if c < '0' || c >= '8' {
						break
					}
				}
				if c != '_' {
					break
				}
			}
			if isDigit(c) {
				return t.fail(t.syntaxError(fmt.Sprintf("invalid digit '%c' in octal literal", c)))
			}
			if !t.verifyEndOfNumber(c, "octal") {
				return t.final
			}
		case c == 'b' || c == 'B':
			c = t.nextc()
			for {
				if c == '_' {
					c = t.nextc()
				}
				if c != '0' && c != '1' {
					if isDigit(c) {
						return t.fail(t.syntaxError(fmt.Sprintf("invalid digit '%c' in binary literal", c)))
					}
					t.backup(c)
					return t.fail(t.syntaxError("invalid binary literal"))
				}
				for {
					c = t.nextc()
					if c != '0' && c != '1' {
						break
					}
				}
				if c != '_' {
					break
				}
			}
			if isDigit(c) {
				return t.fail(t.syntaxError(fmt.Sprintf("invalid digit '%c' in binary literal", c)))
			}
			if !t.verifyEndOfNumber(c, "binary") {
				return t.final
			}
		default:
			nonzero := false
			// Maybe old-style octal; in any case allow '0' as a literal.
			for {
				if c == '_' {
					c = t.nextc()
					if !isDigit(c) {
						t.backup(c)
						return t.fail(t.syntaxError("invalid decimal literal"))
					}
				}
				if c != '0' {
					break
				}
				c = t.nextc()
			}
			zerosEnd := t.cur
			if isDigit(c) {
				nonzero = true
				var ok bool
				if c, ok = t.decimalTail(); !ok {
					return t.final
				}
			}
			if c == '.' {
				c = t.nextc()
				goto fraction
			} else if c == 'e' || c == 'E' {
				goto exponent
			} else if c == 'j' || c == 'J' {
				goto imaginary
			} else if nonzero {
				t.backup(c)
				return t.fail(t.syntaxErrorRange("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
					t.start-t.lineStart+1, zerosEnd-t.lineStart))
			}
			if !t.verifyEndOfNumber(c, "decimal") {
				return t.final
			}
		}
		t.backup(c)
		return t.tok(NUMBER, t.start, t.cur)
	}
	{
		var ok bool
		if c, ok = t.decimalTail(); !ok {
			return t.final
		}
		if c == '.' {
			c = t.nextc()
			goto fraction
		}
		goto afterFraction
	}
fraction:
	if isDigit(c) {
		var ok bool
		if c, ok = t.decimalTail(); !ok {
			return t.final
		}
	}
afterFraction:
	if c == 'e' || c == 'E' {
		goto exponent
	}
	if c == 'j' || c == 'J' {
		goto imaginary
	}
	if !t.verifyEndOfNumber(c, "decimal") {
		return t.final
	}
	t.backup(c)
	return t.tok(NUMBER, t.start, t.cur)

exponent:
	{
		e := c
		c = t.nextc()
		if c == '+' || c == '-' {
			c = t.nextc()
			if !isDigit(c) {
				t.backup(c)
				return t.fail(t.syntaxError("invalid decimal literal"))
			}
		} else if !isDigit(c) {
			t.backup(c)
			if !t.verifyEndOfNumber(e, "decimal") {
				return t.final
			}
			t.backup(e)
			return t.tok(NUMBER, t.start, t.cur)
		}
		var ok bool
		if c, ok = t.decimalTail(); !ok {
			return t.final
		}
		if c == 'j' || c == 'J' {
			goto imaginary
		}
		if !t.verifyEndOfNumber(c, "decimal") {
			return t.final
		}
		t.backup(c)
		return t.tok(NUMBER, t.start, t.cur)
	}

imaginary:
	c = t.nextc()
	if !t.verifyEndOfNumber(c, "imaginary") {
		return t.final
	}
	t.backup(c)
	return t.tok(NUMBER, t.start, t.cur)
}

// decimalTail reads the digits (with single underscores) after a first
// digit; it returns the first character after them.
func (t *Tokenizer) decimalTail() (int, bool) {
	var c int
	for {
		for {
			c = t.nextc()
			if !isDigit(c) {
				break
			}
		}
		if c != '_' {
			break
		}
		c = t.nextc()
		if !isDigit(c) {
			t.backup(c)
			t.fail(t.syntaxError("invalid decimal literal"))
			return 0, false
		}
	}
	return c, true
}

// lookahead reports whether the next characters are s, without consuming
// them.
func (t *Tokenizer) lookahead(s string) bool {
	return strings.HasPrefix(t.src[t.cur:t.inp], s)
}

// verifyEndOfNumber checks the character c read after a number. A number
// directly followed by a keyword that can legally follow it ("1if x else
// y") is accepted (CPython warns); any other identifier character is an
// error "invalid <kind> literal".
func (t *Tokenizer) verifyEndOfNumber(c int, kind string) bool {
	r := false
	switch c {
	case 'a':
		r = t.lookahead("nd")
	case 'e':
		r = t.lookahead("lse")
	case 'f':
		r = t.lookahead("or")
	case 'i':
		r = t.cur < t.inp && (t.src[t.cur] == 'f' || t.src[t.cur] == 'n' || t.src[t.cur] == 's')
	case 'o':
		r = t.lookahead("r")
	case 'n':
		r = t.lookahead("ot")
	}
	if r {
		return true
	}
	if isIdentChar(c) {
		t.backup(c)
		t.fail(t.syntaxError("invalid " + kind + " literal"))
		return false
	}
	return true
}

// stringToken scans a string literal whose opening quote q has just been
// read; t.start is at its prefix.
func (t *Tokenizer) stringToken(q int) Token {
	quote := byte(q)
	quoteSize := 1
	endQuoteSize := 0
	t.firstLineno = t.lineno
	t.multiLineStart = t.lineStart
	c := t.nextc()
	if c == q {
		c = t.nextc()
		if c == q {
			quoteSize = 3
		} else {
			endQuoteSize = 1 // empty string
		}
	}
	if c != q {
		t.backup(c)
	}
	for endQuoteSize != quoteSize {
		// Fast path: skip ordinary characters within the current line.
		if endQuoteSize == 0 {
			i := t.cur
			for i < t.inp {
				b := t.src[i]
				if b == quote || b == '\\' || b == '\n' {
					break
				}
				i++
			}
			t.cur = i
		}
		c = t.nextc()
		if c == eofChar || quoteSize == 1 && c == '\n' {
			detected := t.lineno
			t.cur = t.start + 1
			t.lineStart = t.multiLineStart
			t.lineno = t.firstLineno
			if quoteSize == 3 {
				return t.fail(t.syntaxError(fmt.Sprintf("unterminated triple-quoted string literal (detected at line %d)", detected+t.lineOffset)))
			}
			return t.fail(t.syntaxError(fmt.Sprintf("unterminated string literal (detected at line %d)", detected+t.lineOffset)))
		}
		if c == q {
			endQuoteSize++
		} else {
			endQuoteSize = 0
			if c == '\\' {
				t.nextc() // skip the escaped character
			}
		}
	}
	col := t.start - t.multiLineStart
	return Token{Kind: STRING, Val: t.src[t.start:t.cur], Line: t.firstLineno, Col: col, EndLine: t.lineno, EndCol: t.cur - t.lineStart}
}

// unclosedParen is the error at end of file inside brackets.
func (t *Tokenizer) unclosedParen() *SyntaxError {
	i := t.level - 1
	return t.pegenError("SyntaxError", fmt.Sprintf("'%c' was never closed", t.parenstack[i]),
		t.parenLine[i], t.parenCol[i]+1, t.parenLine[i], 0)
}

// Level returns the current bracket nesting depth.
func (t *Tokenizer) Level() int { return t.level }

// UnclosedParenError returns CPython's "'(' was never closed" error for
// the innermost open bracket, or nil when no bracket is open. Its Lineno
// is the bracket's line.
func (t *Tokenizer) UnclosedParenError() *SyntaxError {
	if t.level == 0 {
		return nil
	}
	return t.unclosedParen()
}

// syntaxError is CPython's tokenizer-level syntaxerror(): the location is
// the read position; the text is the line without its newline.
func (t *Tokenizer) syntaxError(msg string) *SyntaxError {
	t.ErrDirect = true
	col := pyCharCount(t.src[t.lineStart:t.cur])
	return t.syntaxErrorRange(msg, col, col)
}

// syntaxErrorRange is syntaxerror_known_range: col and endCol are in
// characters (1-based as CPython stores them).
func (t *Tokenizer) syntaxErrorRange(msg string, col, endCol int) *SyntaxError {
	t.ErrDirect = true
	text := t.src[t.lineStart:]
	if i := strings.IndexByte(text, '\n'); i >= 0 {
		text = text[:i]
	}
	return &SyntaxError{Class: "SyntaxError", Msg: msg, Filename: t.filename,
		Lineno: t.lineno + t.lineOffset, Offset: col, EndLineno: t.lineno + t.lineOffset, EndOffset: endCol,
		Text: pyReplaceInvalid(text)}
}

// pegenAtCur is the error pegen raises at a tokenizer failure without a
// known location: the column is the read position (not plus one) and there
// is no end column.
func (t *Tokenizer) pegenAtCur(class, msg string) *SyntaxError {
	return t.pegenError(class, msg, t.lineno, t.cur-t.lineStart, t.lineno, -1)
}

// pegenNoLoc is the error pegen raises for indentation failures: column 1,
// end column 0 (CPython's RAISE_ERROR_KNOWN_LOCATION with offsets 0, -1).
func (t *Tokenizer) pegenNoLoc(class, msg string) *SyntaxError {
	return t.pegenError(class, msg, t.lineno, 1, t.lineno, 0)
}

// ErrorAt builds the SyntaxError CPython's parser raises at a location
// (_PyPegen_raise_error_known_location): lineno/endLineno are line numbers
// as in tokens, col and endCol 1-based byte columns (token Col+1), and
// endCol may be 0 or -1 for "none", which CPython keeps as is. The text and
// the byte-to-character conversion follow CPython, which depend on the
// tokenizer's current line, so call it right after the failing token was
// read.
func (t *Tokenizer) ErrorAt(class, msg string, lineno, col, endLineno, endCol int) *SyntaxError {
	return t.pegenError(class, msg, lineno-t.lineOffset, col, endLineno-t.lineOffset, endCol)
}

func (t *Tokenizer) pegenError(class, msg string, lineno, col, endLineno, endCol int) *SyntaxError {
	var line string
	if t.lineno <= lineno && t.inp > t.lineStart {
		line = t.src[t.lineStart:t.inp]
	} else {
		line = t.LineText(lineno + t.lineOffset)
		line = strings.TrimSuffix(line, "\n")
	}
	line = pyReplaceInvalid(line)
	if t.charOffsets {
		col = byteToCharOffset(line, col)
		if endCol > 0 {
			endCol = byteToCharOffset(line, endCol)
		}
	}
	return &SyntaxError{Class: class, Msg: msg, Filename: t.filename,
		Lineno: lineno + t.lineOffset, Offset: col, EndLineno: endLineno + t.lineOffset, EndOffset: endCol, Text: line}
}

// byteToCharOffset converts a 1-based byte column to a 1-based character
// column the way _PyPegen_byte_offset_to_character_offset does.
func byteToCharOffset(line string, col int) int {
	if col > len(line)+1 {
		col = len(line) + 1
	}
	if col > len(line) {
		return pyCharCount(line) + col - len(line)
	}
	if col < 0 {
		return col
	}
	return pyCharCount(line[:col])
}
