package syntax

import (
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/text/unicode/runenames"
)

// This file decodes string literals: escape sequences, implicit
// concatenation of adjacent literals and 3.11 f-strings (where the whole
// f-string is one STRING token that is split here and whose replacement
// fields are parsed by a callback).
//
// Errors returned without a location (Lineno == 0) are the ones CPython
// raises "at the current token" (RAISE_SYNTAX_ERROR): the parser must fill
// in Lineno/Offset/EndLineno/EndOffset/Text from its last fetched token.
// Errors from parseExpr are passed through unchanged.

// kindU is the shared Kind value of u-prefixed string constants.
var kindU = "u"

// strErr returns a SyntaxError to be located at the parser's current token.
func strErr(filename, msg string) *SyntaxError {
	return &SyntaxError{Class: "SyntaxError", Msg: msg, Filename: filename}
}

// strToken is one STRING token split into prefix flags and body.
type strToken struct {
	tok                         *Token
	body                        string // between the quotes
	bodyStart                   int    // offset of body in tok.Val
	bytesMode, raw, fmode, uPfx bool
}

func splitStringToken(t *Token) (strToken, bool) {
	s := t.Val
	st := strToken{tok: t, uPfx: len(s) > 0 && s[0] == 'u'}
	i := 0
	for i < len(s) {
		switch s[i] {
		case 'b', 'B':
			st.bytesMode = true
		case 'r', 'R':
			st.raw = true
		case 'f', 'F':
			st.fmode = true
		case 'u', 'U':
		default:
			goto quotes
		}
		i++
	}
quotes:
	if i >= len(s) || (s[i] != '\'' && s[i] != '"') {
		return st, false
	}
	q := s[i]
	rest := s[i+1:]
	if len(rest) == 0 || rest[len(rest)-1] != q {
		return st, false
	}
	st.bodyStart = i + 1
	rest = rest[:len(rest)-1]
	if len(rest) >= 4 && rest[0] == q && rest[1] == q {
		if rest[len(rest)-1] != q || rest[len(rest)-2] != q {
			return st, false
		}
		rest = rest[2 : len(rest)-2]
		st.bodyStart += 2
	}
	st.body = rest
	return st, true
}

// fstringState accumulates the parts of a (possibly concatenated)
// f-string: the pending literal text and the finished nodes.
type fstringState struct {
	lastStr    string
	hasLast    bool
	fmode      bool
	values     []Expr
	lastPieces []string // pieces joined lazily into lastStr
}

func (st *fstringState) addStr(s string) {
	if s == "" {
		return
	}
	if !st.hasLast {
		st.lastStr, st.hasLast = s, true
		return
	}
	if st.lastPieces == nil {
		st.lastPieces = append(st.lastPieces, st.lastStr)
	}
	st.lastPieces = append(st.lastPieces, s)
}

func (st *fstringState) takeStr() string {
	s := st.lastStr
	if st.lastPieces != nil {
		s = strings.Join(st.lastPieces, "")
		st.lastPieces = nil
	}
	st.lastStr, st.hasLast = "", false
	return s
}

// strParser holds what the f-string parser needs across one atom.
type strParser struct {
	warn        func(t *Token, msg string) *SyntaxError
	filename    string
	parseExpr   func(src string, lineOffset, colOffset int) (Expr, *SyntaxError)
	first, last *Token
	kind        *string
}

func spanPos(first, last *Token) Pos {
	return Pos{first.Line, first.Col, last.EndLine, last.EndCol}
}

func (p *strParser) makeStr(s string, first, last *Token) *Constant {
	c := &Constant{Pos: spanPos(first, last), Value: s}
	if len(first.Val) > 0 && first.Val[0] == 'u' {
		c.Kind = &kindU
	}
	return c
}

// concatStrings builds the node for the consecutive STRING tokens of one
// atom: a *Constant (str or bytes) or a *JoinedStr, with CPython 3.11's
// positions. parseExpr parses the text of an f-string replacement field;
// it receives "(" + expression + ")" and the line/column offsets to give
// NewTokenizerString (see fstring expression location below).
func concatStrings(toks []Token, filename string, parseExpr func(src string, lineOffset, colOffset int) (Expr, *SyntaxError)) (Expr, *SyntaxError) {
	return concatStringsWarn(toks, filename, parseExpr, nil)
}

// concatStringsWarn is concatStrings reporting CPython's
// DeprecationWarnings for invalid escape sequences ("invalid escape
// sequence '\d'", "invalid octal escape sequence '\777'"; the first one of
// each decoded piece, as CPython) through warn, with the token they belong
// to. When warn returns an error (warnings turned into errors), decoding
// stops with it; CPython then raises SyntaxError with the same message,
// located at that token. warn may be nil.
func concatStringsWarn(toks []Token, filename string, parseExpr func(src string, lineOffset, colOffset int) (Expr, *SyntaxError), warn func(t *Token, msg string) *SyntaxError) (Expr, *SyntaxError) {
	if len(toks) == 0 {
		return nil, strErr(filename, "empty string atom")
	}
	first, last := &toks[0], &toks[len(toks)-1]
	// Fast path: one plain str token without escapes.
	if len(toks) == 1 {
		st, ok := splitStringToken(first)
		if !ok {
			return nil, strErr(filename, "invalid string literal")
		}
		if !st.bytesMode && !st.fmode && (st.raw || strings.IndexByte(st.body, '\\') < 0) {
			if err := checkUTF8(st.body, false, filename); err != nil {
				return nil, err
			}
			c := &Constant{Pos: spanPos(first, last), Value: st.body}
			if st.uPfx {
				c.Kind = &kindU
			}
			return c, nil
		}
	}
	p := &strParser{filename: filename, parseExpr: parseExpr, first: first, last: last, warn: warn}
	var state fstringState
	var bytesVal []byte
	bytesMode := false
	for i := range toks {
		t := &toks[i]
		st, ok := splitStringToken(t)
		if !ok {
			return nil, strErr(filename, "invalid string literal")
		}
		if st.fmode {
			if i != 0 && bytesMode {
				return nil, strErr(filename, "cannot mix bytes and nonbytes literals")
			}
			if err := p.concatFstring(&state, t, st.bodyStart, st.bodyStart+len(st.body), st.raw, 0); err != nil {
				return nil, err
			}
			continue
		}
		if st.bytesMode {
			for j := 0; j < len(st.body); j++ {
				if st.body[j] >= 0x80 {
					return nil, strErr(filename, "bytes can only contain ASCII literal characters")
				}
			}
			var b []byte
			if st.raw || strings.IndexByte(st.body, '\\') < 0 {
				b = []byte(st.body)
			} else {
				var err *SyntaxError
				var bad int
				b, bad, err = decodeBytesEscapes(st.body, filename)
				if err != nil {
					return nil, err
				}
				if err := p.warnEscape(t, st.body, bad); err != nil {
					return nil, err
				}
			}
			if i != 0 && !bytesMode {
				return nil, strErr(filename, "cannot mix bytes and nonbytes literals")
			}
			bytesMode = true
			bytesVal = append(bytesVal, b...)
			continue
		}
		s := st.body
		if !st.raw && strings.IndexByte(s, '\\') >= 0 {
			var err *SyntaxError
			var bad int
			body := s
			s, bad, err = decodeStrEscapes(s, filename)
			if err != nil {
				return nil, err
			}
			if err := p.warnEscape(t, body, bad); err != nil {
				return nil, err
			}
		} else if err := checkUTF8(s, false, filename); err != nil {
			return nil, err
		}
		if i != 0 && bytesMode {
			return nil, strErr(filename, "cannot mix bytes and nonbytes literals")
		}
		state.addStr(s)
	}
	if bytesMode {
		if bytesVal == nil {
			bytesVal = []byte{}
		}
		return &Constant{Pos: spanPos(first, last), Value: Bytes(bytesVal)}, nil
	}
	return p.finish(&state, first, last), nil
}

// finish turns the accumulated state into a Constant (no f-string seen)
// or a JoinedStr spanning first..last.
func (p *strParser) finish(state *fstringState, first, last *Token) Expr {
	if !state.fmode {
		return p.makeStr(state.takeStr(), first, last)
	}
	if state.hasLast {
		state.values = append(state.values, p.makeStr(state.takeStr(), first, last))
	}
	values := state.values
	if values == nil {
		values = []Expr{}
	}
	return &JoinedStr{Pos: spanPos(first, last), Values: values}
}

// concatFstring parses the f-string body t.Val[i:end] (or, for a nested
// format spec, up to its closing brace) into state.
func (p *strParser) concatFstring(state *fstringState, t *Token, i, end int, raw bool, lvl int) *SyntaxError {
	_, err := p.fstringParts(state, t, i, end, raw, lvl)
	return err
}

// fstringParts is the loop of concatFstring; it returns the index where
// parsing stopped (end, or a '}' closing a nested format spec).
func (p *strParser) fstringParts(state *fstringState, t *Token, i, end int, raw bool, lvl int) (int, *SyntaxError) {
	state.fmode = true
	s := t.Val
	for {
		// Literal part.
		litStart := i
		doubled := false
		for i < end {
			ch := s[i]
			i++
			if !raw && ch == '\\' && i < end {
				ch = s[i]
				i++
				if ch == 'N' {
					if i < end {
						c := s[i]
						i++
						if c == '{' {
							for i < end {
								c := s[i]
								i++
								if c == '}' {
									break
								}
							}
						}
					}
					continue
				}
				if ch == '{' && p.warn != nil {
					if err := p.warnEscape(t, s, i-1); err != nil {
						return i, err
					}
				}
			}
			if ch == '{' || ch == '}' {
				if lvl == 0 {
					if i < end && s[i] == ch {
						doubled = true
						break
					}
					if ch == '}' {
						return i, strErr(p.filename, "f-string: single '}' is not allowed")
					}
				}
				i--
				break
			}
		}
		if i > litStart {
			lit := s[litStart:i]
			if !raw && strings.IndexByte(lit, '\\') >= 0 {
				var err *SyntaxError
				var bad int
				raw := lit
				lit, bad, err = decodeStrEscapes(lit, p.filename)
				if err != nil {
					return i, err
				}
				if err := p.warnEscape(t, raw, bad); err != nil {
					return i, err
				}
			} else if err := checkUTF8(lit, !raw, p.filename); err != nil {
				return i, err
			}
			state.addStr(lit)
		}
		if doubled {
			i++ // skip the second brace
			continue
		}
		if i >= end || s[i] == '}' {
			break
		}
		// s[i] == '{': a replacement field.
		fv, exprText, ni, err := p.findExpr(t, i, end, raw, lvl)
		if err != nil {
			return ni, err
		}
		i = ni
		state.addStr(exprText)
		if state.hasLast {
			state.values = append(state.values, p.makeStr(state.takeStr(), p.first, p.last))
		}
		state.values = append(state.values, fv)
	}
	if lvl != 0 && (i >= end || s[i] != '}') {
		return i, strErr(p.filename, "f-string: expecting '}'")
	}
	return i, nil
}

const fstringMaxParenLevel = 200

func isPySpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
}

// findExpr parses the replacement field starting at the '{' at s[i].
func (p *strParser) findExpr(t *Token, i, end int, raw bool, lvl int) (*FormattedValue, string, int, *SyntaxError) {
	s := t.Val
	fail := func(msg string) (*FormattedValue, string, int, *SyntaxError) {
		return nil, "", i, strErr(p.filename, msg)
	}
	if lvl >= 2 {
		return fail("f-string: expressions nested too deeply")
	}
	brace := i
	i++
	exprStart := i
	var quote byte
	strType := 0
	var parens [fstringMaxParenLevel]byte
	depth := 0
loop:
	for ; i < end; i++ {
		ch := s[i]
		if ch == '\\' {
			return fail("f-string expression part cannot include a backslash")
		}
		if quote != 0 {
			if ch == quote {
				if strType == 3 {
					if i+2 < end && s[i+1] == ch && s[i+2] == ch {
						i += 2
						quote, strType = 0, 0
					}
				} else {
					quote, strType = 0, 0
				}
			}
			continue
		}
		switch ch {
		case '\'', '"':
			if i+2 < end && s[i+1] == ch && s[i+2] == ch {
				strType = 3
				i += 2
			} else {
				strType = 1
			}
			quote = ch
		case '[', '{', '(':
			if depth >= fstringMaxParenLevel {
				return fail("f-string: too many nested parenthesis")
			}
			parens[depth] = ch
			depth++
		case '#':
			return fail("f-string expression part cannot include '#'")
		case ']', ')', '}':
			if depth == 0 {
				if ch == '}' {
					break loop
				}
				return fail("f-string: unmatched '" + string(ch) + "'")
			}
			depth--
			op := parens[depth]
			if !(op == '(' && ch == ')' || op == '[' && ch == ']' || op == '{' && ch == '}') {
				return fail("f-string: closing parenthesis '" + string(ch) + "' does not match opening parenthesis '" + string(op) + "'")
			}
		case '!', ':', '=', '<', '>':
			if depth != 0 {
				continue
			}
			if i+1 < end && s[i+1] == '=' && ch != ':' {
				i++
				continue
			}
			if ch == '<' || ch == '>' {
				continue
			}
			break loop
		}
	}
	exprEnd := i
	if quote != 0 {
		return fail("f-string: unterminated string")
	}
	if depth != 0 {
		return fail("f-string: unmatched '" + string(parens[depth-1]) + "'")
	}
	if i >= end {
		return fail("f-string: expecting '}'")
	}
	value, err := p.compileExpr(t, brace, exprStart, exprEnd)
	if err != nil {
		return nil, "", i, err
	}
	exprText := ""
	if s[i] == '=' {
		i++
		for i < end && isPySpace(s[i]) {
			i++
		}
		if i >= end {
			return fail("f-string: expecting '}'")
		}
		exprText = s[exprStart:i]
	}
	conversion := -1
	if s[i] == '!' {
		i++
		if i >= end {
			return fail("f-string: expecting '}'")
		}
		conversion = int(s[i])
		i++
		if conversion != 's' && conversion != 'r' && conversion != 'a' {
			return fail("f-string: invalid conversion character: expected 's', 'r', or 'a'")
		}
	}
	var spec Expr
	if i >= end {
		return fail("f-string: expecting '}'")
	}
	if s[i] == ':' {
		i++
		if i >= end {
			return fail("f-string: expecting '}'")
		}
		var st fstringState
		ni, err := p.fstringParts(&st, t, i, end, raw, lvl+1)
		if err != nil {
			return nil, "", ni, err
		}
		i = ni
		spec = p.finish(&st, t, t)
	}
	if i >= end || s[i] != '}' {
		return fail("f-string: expecting '}'")
	}
	i++
	if exprText != "" && spec == nil && conversion == -1 {
		conversion = 'r'
	}
	fv := &FormattedValue{Pos: spanPos(p.first, p.last), Value: value, Conversion: conversion, FormatSpec: spec}
	return fv, exprText, i, nil
}

// compileExpr checks and parses the expression text s[exprStart:exprEnd]
// of the field whose '{' is at s[brace].
func (p *strParser) compileExpr(t *Token, brace, exprStart, exprEnd int) (Expr, *SyntaxError) {
	s := t.Val
	j := exprStart
	for j < exprEnd && (s[j] == ' ' || s[j] == '\t' || s[j] == '\n' || s[j] == '\f') {
		j++
	}
	if j == exprEnd {
		switch c := s[exprEnd]; c {
		case '!', ':', '=':
			return nil, strErr(p.filename, "f-string: expression required before '"+string(c)+"'")
		}
		return nil, strErr(p.filename, "f-string: empty expression not allowed")
	}
	lines, cols := fstringExprLocation(s, brace)
	lineOffset := t.Line + lines - 1
	colOffset := cols
	if lines == 0 {
		colOffset = t.Col + cols
	}
	src := "(" + s[exprStart:exprEnd] + ")"
	if p.parseExpr == nil {
		return nil, strErr(p.filename, "f-string: no expression parser")
	}
	return p.parseExpr(src, lineOffset, colOffset)
}

// fstringExprLocation mirrors CPython 3.11's fstring_find_expr_location:
// lines is the number of newlines in the token text before the '{' at
// s[brace]; cols is the '{' column within its line (0 when only
// whitespace separates the brace from a newline).
func fstringExprLocation(s string, brace int) (lines, cols int) {
	newlineAfterBrace := true
	for j := brace + 1; ; j++ {
		if j >= len(s) {
			newlineAfterBrace = false
			break
		}
		c := s[j]
		if c == '}' || c == '\n' {
			break
		}
		if c != ' ' && c != '\t' && c != '\f' {
			newlineAfterBrace = false
			break
		}
	}
	if !newlineAfterBrace {
		k := brace
		for k > 0 && s[k] != '\n' {
			k--
		}
		cols = brace - k
		if s[k] == '\n' {
			cols--
		}
	}
	lines = strings.Count(s[:brace], "\n")
	return lines, cols
}

// warnEscape reports the invalid escape whose character after the
// backslash is s[bad] (bad < 0: none).
func (p *strParser) warnEscape(t *Token, s string, bad int) *SyntaxError {
	if p.warn == nil || bad < 0 {
		return nil
	}
	c := s[bad]
	var msg string
	if c >= '4' && c <= '7' {
		end := bad + 3
		if end > len(s) {
			end = len(s)
		}
		msg = "invalid octal escape sequence '\\" + s[bad:end] + "'"
	} else {
		msg = "invalid escape sequence '\\" + string(rune(c)) + "'"
	}
	return p.warn(t, msg)
}

// ---- escape decoding ----

// unicodeEscapeError formats CPython's UnicodeDecodeError text for the
// 'unicodeescape' codec as the parser reports it.
func unicodeEscapeError(filename string, start, end int, reason string) *SyntaxError {
	var msg string
	if end-start == 1 {
		msg = "(unicode error) 'unicodeescape' codec can't decode byte 0x5c in position " + strconv.Itoa(start) + ": " + reason
	} else {
		msg = "(unicode error) 'unicodeescape' codec can't decode bytes in position " + strconv.Itoa(start) + "-" + strconv.Itoa(end-1) + ": " + reason
	}
	return strErr(filename, msg)
}

func hexVal(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

// decodeStrEscapes decodes the backslash escapes of a non-raw str literal
// body. Error positions are those CPython reports: offsets in its
// intermediate buffer, where each non-ASCII character counts 10 and a
// backslash before a non-ASCII character counts 6.
//
// bad is the index in s of the character after the backslash of the first
// invalid escape (for an octal escape above \377, its first digit), or -1.
func decodeStrEscapes(s, filename string) (string, int, *SyntaxError) {
	out := make([]byte, 0, len(s))
	bad := -1
	tpos := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c != '\\' {
			if c < utf8.RuneSelf {
				out = append(out, c)
				i++
				tpos++
				continue
			}
			j := i
			for j < len(s) && s[j] >= utf8.RuneSelf {
				j++
			}
			if err := checkUTF8(s[i:j], false, filename); err != nil {
				return "", -1, err
			}
			out = append(out, s[i:j]...)
			tpos += 10 * utf8.RuneCountInString(s[i:j])
			i = j
			continue
		}
		start := tpos
		i++
		if i >= len(s) || s[i] >= utf8.RuneSelf {
			out = append(out, '\\')
			tpos += 6
			continue
		}
		c = s[i]
		i++
		tpos += 2
		switch c {
		case '\n':
		case '\\', '\'', '"':
			out = append(out, c)
		case 'a':
			out = append(out, 7)
		case 'b':
			out = append(out, 8)
		case 'f':
			out = append(out, 12)
		case 't':
			out = append(out, '\t')
		case 'n':
			out = append(out, '\n')
		case 'r':
			out = append(out, '\r')
		case 'v':
			out = append(out, 11)
		case '0', '1', '2', '3', '4', '5', '6', '7':
			first := i - 1
			ch := rune(c - '0')
			for k := 0; k < 2 && i < len(s) && s[i] >= '0' && s[i] <= '7'; k++ {
				ch = ch<<3 + rune(s[i]-'0')
				i++
				tpos++
			}
			if ch > 0o377 && bad < 0 {
				bad = first
			}
			out = appendWTF8(out, ch)
		case 'x', 'u', 'U':
			count, msg := 2, `truncated \xXX escape`
			if c == 'u' {
				count, msg = 4, `truncated \uXXXX escape`
			} else if c == 'U' {
				count, msg = 8, `truncated \UXXXXXXXX escape`
			}
			var ch uint32
			for ; count > 0; count-- {
				if i >= len(s) {
					return "", -1, unicodeEscapeError(filename, start, tpos, msg)
				}
				h := hexVal(s[i])
				if h < 0 {
					return "", -1, unicodeEscapeError(filename, start, tpos, msg)
				}
				ch = ch<<4 + uint32(h)
				i++
				tpos++
			}
			if ch > utf8.MaxRune {
				return "", -1, unicodeEscapeError(filename, start, tpos, "illegal Unicode character")
			}
			out = appendWTF8(out, rune(ch))
		case 'N':
			const malformed = `malformed \N character escape`
			if i >= len(s) || s[i] != '{' {
				return "", -1, unicodeEscapeError(filename, start, tpos, malformed)
			}
			i++
			tpos++
			nameStart := i
			for i < len(s) && s[i] != '}' {
				if s[i] < utf8.RuneSelf {
					i++
					tpos++
				} else {
					_, size := utf8.DecodeRuneInString(s[i:])
					i += size
					tpos += 10
				}
			}
			if i >= len(s) || i == nameStart {
				return "", -1, unicodeEscapeError(filename, start, tpos, malformed)
			}
			name := s[nameStart:i]
			i++
			tpos++
			r, ok := lookupUnicodeName(name)
			if !ok {
				return "", -1, unicodeEscapeError(filename, start, tpos, "unknown Unicode character name")
			}
			out = utf8.AppendRune(out, r)
		default:
			// Invalid escape: kept literally (CPython warns).
			if bad < 0 {
				bad = i - 1
			}
			out = append(out, '\\', c)
		}
	}
	return bytesToString(out), bad, nil
}

// bytesToString returns b as a string without copying; b must not be
// modified afterwards.
func bytesToString(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	return unsafe.String(&b[0], len(b))
}

// decodeBytesEscapes decodes the escapes of a non-raw bytes literal body
// (already checked to be ASCII).
func decodeBytesEscapes(s, filename string) ([]byte, int, *SyntaxError) {
	out := make([]byte, 0, len(s))
	bad := -1
	for i := 0; i < len(s); {
		c := s[i]
		if c != '\\' {
			out = append(out, c)
			i++
			continue
		}
		start := i
		i++
		if i >= len(s) {
			return nil, -1, strErr(filename, `(value error) Trailing \ in string`)
		}
		c = s[i]
		i++
		switch c {
		case '\n':
		case '\\', '\'', '"':
			out = append(out, c)
		case 'a':
			out = append(out, 7)
		case 'b':
			out = append(out, 8)
		case 'f':
			out = append(out, 12)
		case 't':
			out = append(out, '\t')
		case 'n':
			out = append(out, '\n')
		case 'r':
			out = append(out, '\r')
		case 'v':
			out = append(out, 11)
		case '0', '1', '2', '3', '4', '5', '6', '7':
			first := i - 1
			ch := int(c - '0')
			for k := 0; k < 2 && i < len(s) && s[i] >= '0' && s[i] <= '7'; k++ {
				ch = ch<<3 + int(s[i]-'0')
				i++
			}
			if ch > 0o377 && bad < 0 {
				bad = first
			}
			out = append(out, byte(ch))
		case 'x':
			if i+1 < len(s) {
				h1, h2 := hexVal(s[i]), hexVal(s[i+1])
				if h1 >= 0 && h2 >= 0 {
					out = append(out, byte(h1<<4|h2))
					i += 2
					continue
				}
			}
			return nil, -1, strErr(filename, `(value error) invalid \x escape at position `+strconv.Itoa(start))
		default:
			if bad < 0 {
				bad = i - 1
			}
			out = append(out, '\\', c)
		}
	}
	return out, bad, nil
}

// checkUTF8 returns CPython's 'utf-8' codec error for the first invalid
// sequence in s (the tokenizer lets undecodable bytes through into string
// literals). Positions count from the start of s, or, when runRelative,
// from the start of the run of non-ASCII bytes holding the error (CPython
// decodes such runs separately when it processes escapes).
func checkUTF8(s string, runRelative bool, filename string) *SyntaxError {
	if utf8.ValidString(s) {
		return nil
	}
	i := 0
	for i < len(s) {
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r != utf8.RuneError || size > 1 {
			i += size
			continue
		}
		break
	}
	base := 0
	if runRelative {
		for base = i; base > 0 && s[base-1] >= utf8.RuneSelf; base-- {
		}
	}
	c := s[i]
	var need int
	lo, hi := byte(0x80), byte(0xBF)
	switch {
	case c >= 0xC2 && c <= 0xDF:
		need = 1
	case c >= 0xE0 && c <= 0xEF:
		need = 2
		if c == 0xE0 {
			lo = 0xA0
		} else if c == 0xED {
			hi = 0x9F
		}
	case c >= 0xF0 && c <= 0xF4:
		need = 3
		if c == 0xF0 {
			lo = 0x90
		} else if c == 0xF4 {
			hi = 0x8F
		}
	default:
		return utf8Err(filename, s[i], i-base, i-base+1, "invalid start byte")
	}
	for k := 1; k <= need; k++ {
		if i+k >= len(s) {
			return utf8Err(filename, c, i-base, len(s)-base, "unexpected end of data")
		}
		b := s[i+k]
		if k == 1 && (b < lo || b > hi) || k > 1 && (b < 0x80 || b > 0xBF) {
			return utf8Err(filename, c, i-base, i-base+k, "invalid continuation byte")
		}
	}
	return utf8Err(filename, c, i-base, i-base+1, "invalid start byte")
}

func utf8Err(filename string, b byte, start, end int, reason string) *SyntaxError {
	var msg string
	if end-start == 1 {
		msg = "(unicode error) 'utf-8' codec can't decode byte 0x" + string(lowerHex[b>>4]) + string(lowerHex[b&15]) + " in position " + strconv.Itoa(start) + ": " + reason
	} else {
		msg = "(unicode error) 'utf-8' codec can't decode bytes in position " + strconv.Itoa(start) + "-" + strconv.Itoa(end-1) + ": " + reason
	}
	return strErr(filename, msg)
}

// ---- \N{NAME} ----

var (
	unicodeNamesOnce sync.Once
	unicodeNames     map[string]rune
)

var hangulL = [...]string{"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"}
var hangulV = [...]string{"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"}
var hangulT = [...]string{"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"}

func buildUnicodeNames() {
	m := make(map[string]rune, 40000)
	for r := rune(0); r <= utf8.MaxRune; r++ {
		n := runenames.Name(r)
		if n == "" || n[0] == '<' {
			continue
		}
		// Skip characters that Unicode 14 (Python 3.11) leaves unassigned:
		// graphic in Go's newer tables, yet not printable for 3.11.
		// U+13439..U+1343F are Unicode 15 format characters.
		if !IsPrintable(r) && (unicode.IsLetter(r) || unicode.IsMark(r) || unicode.IsNumber(r) || unicode.IsPunct(r) || unicode.IsSymbol(r) || r >= 0x13439 && r <= 0x1343F) {
			continue
		}
		m[n] = r
	}
	for k, v := range nameAliases {
		m[k] = v
	}
	unicodeNames = m
}

// lookupUnicodeName resolves a \N{...} name as CPython does: character
// names and aliases case-insensitively, the algorithmic CJK UNIFIED
// IDEOGRAPH-XXXX and HANGUL SYLLABLE names in upper case only.
func lookupUnicodeName(name string) (rune, bool) {
	if strings.HasPrefix(name, "HANGUL SYLLABLE ") {
		if r, ok := hangulSyllable(name[len("HANGUL SYLLABLE "):]); ok {
			return r, true
		}
	}
	if strings.HasPrefix(name, "CJK UNIFIED IDEOGRAPH-") {
		hex := name[len("CJK UNIFIED IDEOGRAPH-"):]
		if len(hex) == 4 || len(hex) == 5 {
			var r rune
			ok := true
			for k := 0; k < len(hex); k++ {
				c := hex[k]
				if c >= 'a' && c <= 'f' {
					ok = false
					break
				}
				h := hexVal(c)
				if h < 0 {
					ok = false
					break
				}
				r = r<<4 | rune(h)
			}
			if ok && IsPrintable(r) && strings.HasPrefix(runenames.Name(r), "<CJK Ideograph") {
				return r, true
			}
		}
		return 0, false
	}
	unicodeNamesOnce.Do(buildUnicodeNames)
	r, ok := unicodeNames[strings.ToUpper(name)]
	return r, ok
}

func hangulSyllable(s string) (rune, bool) {
	for l, ls := range hangulL {
		if !strings.HasPrefix(s, ls) {
			continue
		}
		for v, vs := range hangulV {
			if !strings.HasPrefix(s[len(ls):], vs) {
				continue
			}
			for t, ts := range hangulT {
				if s[len(ls)+len(vs):] == ts {
					return rune(0xAC00 + (l*21+v)*28 + t), true
				}
			}
		}
	}
	return 0, false
}
