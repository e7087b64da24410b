package main

import (
	"strconv"
	"strings"

	"taipan/syntax"
)

// formatSyntaxError renders an uncaught SyntaxError (or IndentationError,
// TabError) the way CPython 3.11's C exception printer does when a script
// fails to compile:
//
//	  File "x.py", line 3
//	    the offending line, leading blanks removed
//	        ^^^^
//	SyntaxError: message
//
// The rules follow the C printer, including its quirks: the caret column
// is the 1-based offset minus one minus the number of stripped leading
// blanks (spaces, tabs, form feeds), used as a byte count into the line;
// the caret is omitted when that lands left of the text; the number of
// carets is end_offset-offset (at least one) for a plain SyntaxError, and
// always one for its subclasses, which do not report an end. A range that
// spans lines is highlighted to the end of the first line.
func formatSyntaxError(e *syntax.SyntaxError) string {
	var b strings.Builder
	if e.Class == "MemoryError" {
		// Not a SyntaxError subclass: CPython prints it without a location.
		b.WriteString(e.Class)
		if e.Msg != "" {
			b.WriteString(": ")
			b.WriteString(e.Msg)
		}
		b.WriteByte('\n')
		return b.String()
	}
	filename := e.Filename
	if filename == "" {
		filename = "<string>"
	}
	b.WriteString(`  File "`)
	b.WriteString(filename)
	b.WriteString(`", line `)
	b.WriteString(strconv.Itoa(e.Lineno))
	b.WriteByte('\n')

	if e.Text != "" {
		offset := e.Offset
		endLineno, endOffset := e.Lineno, -1
		if e.Class == "SyntaxError" {
			if e.EndLineno != 0 {
				endLineno = e.EndLineno
			}
			endOffset = e.EndOffset
		}
		lineSize := len(e.Text)
		if endLineno > e.Lineno {
			endOffset = lineSize
		}
		if endOffset > lineSize+1 {
			endOffset = lineSize + 1
		}
		writeErrorText(&b, offset, endOffset, e.Text)
	}
	b.WriteString(e.Class)
	if e.Msg != "" {
		b.WriteString(": ")
		b.WriteString(e.Msg)
	}
	b.WriteByte('\n')
	return b.String()
}

// writeErrorText writes the source line and the caret line.
func writeErrorText(b *strings.Builder, offset, endOffset int, text string) {
	carets := 1
	if endOffset > 0 && endOffset > offset {
		carets = endOffset - offset
	}
	if i := strings.IndexByte(text, 0); i >= 0 {
		text = text[:i] // the C printer stops at a NUL
	}
	offset-- // 1-based to 0-based
	for len(text) > 0 && (text[0] == ' ' || text[0] == '\t' || text[0] == '\f') {
		text = text[1:]
		offset--
	}
	n := len(text)
	if n > 0 && text[n-1] == '\n' {
		n--
	}
	if offset > n {
		offset = n
	}
	// Skip lines before the one holding the offset (text may hold several).
	for {
		nl := strings.IndexByte(text, '\n')
		if nl < 0 || nl >= offset {
			break
		}
		nl++
		text = text[nl:]
		n -= nl
		offset -= nl
	}
	b.WriteString("    ")
	b.WriteString(text)
	if n < 0 || n >= len(text) || text[n] != '\n' {
		b.WriteByte('\n')
	}
	if offset < 0 {
		return
	}
	b.WriteString("    ")
	b.WriteString(strings.Repeat(" ", offset))
	b.WriteString(strings.Repeat("^", carets))
	b.WriteByte('\n')
}

// scriptEncodingMessage adapts a source-decoding error to what CPython
// prints when it runs a script file (its file reader reports these
// differently from compile()): errors found before tokenizing (line 0)
// become "encoding problem: NAME". ok is false for other errors.
func scriptEncodingMessage(e *syntax.SyntaxError) (msg string, ok bool) {
	if e.Lineno != 0 {
		return "", false
	}
	switch {
	case strings.HasPrefix(e.Msg, "encoding problem: "):
		return e.Msg, true
	case strings.HasPrefix(e.Msg, "unknown encoding: "):
		return "encoding problem: " + strings.TrimPrefix(e.Msg, "unknown encoding: "), true
	case strings.HasPrefix(e.Msg, "'"):
		// "'ascii' codec can't decode byte ..."
		if end := strings.Index(e.Msg[1:], "' codec "); end >= 0 {
			return "encoding problem: " + e.Msg[1:1+end], true
		}
	}
	return "", false
}

// nonUTF8Message returns CPython's message for a script file that is not
// valid UTF-8 and declares no encoding (no BOM, no coding cookie), or ""
// when that does not apply.
func nonUTF8Message(src []byte, path string) string {
	if len(src) >= 3 && src[0] == 0xEF && src[1] == 0xBB && src[2] == 0xBF {
		return ""
	}
	if hasCodingCookie(src) {
		return ""
	}
	line := 1
	for i := 0; i < len(src); {
		c := src[i]
		if c < 0x80 {
			if c == '\n' {
				line++
			}
			i++
			continue
		}
		size := utf8SeqLen(src[i:])
		if size == 0 {
			return "Non-UTF-8 code starting with '\\x" + strconv.FormatUint(uint64(c)|0x100, 16)[1:] +
				"' in file " + path + " on line " + strconv.Itoa(line) +
				", but no encoding declared; see https://peps.python.org/pep-0263/ for details"
		}
		i += size
	}
	return ""
}

// utf8SeqLen returns the length of the valid UTF-8 sequence at the start
// of b (surrogates excluded), or 0 if it is invalid.
func utf8SeqLen(b []byte) int {
	c := b[0]
	var n int
	var lo, hi byte = 0x80, 0xBF
	switch {
	case c >= 0xC2 && c <= 0xDF:
		n = 2
	case c == 0xE0:
		n, lo = 3, 0xA0
	case c >= 0xE1 && c <= 0xEC, c == 0xEE, c == 0xEF:
		n = 3
	case c == 0xED:
		n, hi = 3, 0x9F
	case c == 0xF0:
		n, lo = 4, 0x90
	case c >= 0xF1 && c <= 0xF3:
		n = 4
	case c == 0xF4:
		n, hi = 4, 0x8F
	default:
		return 0
	}
	if len(b) < n || b[1] < lo || b[1] > hi {
		return 0
	}
	for k := 2; k < n; k++ {
		if b[k] < 0x80 || b[k] > 0xBF {
			return 0
		}
	}
	return n
}

// hasCodingCookie reports whether one of the first two lines is a comment
// declaring an encoding (PEP 263); the second counts only if the first is
// blank or a comment.
func hasCodingCookie(src []byte) bool {
	for ln := 0; ln < 2 && len(src) > 0; ln++ {
		end := len(src)
		for k, c := range src {
			if c == '\n' || c == '\r' {
				end = k
				break
			}
		}
		line := src[:end]
		trim := strings.TrimLeft(string(line), " \t\f")
		if strings.HasPrefix(trim, "#") {
			if k := strings.Index(trim, "coding"); k >= 0 && k+6 < len(trim) && (trim[k+6] == ':' || trim[k+6] == '=') {
				return true
			}
		} else if trim != "" {
			return false
		}
		src = src[end:]
		if len(src) > 0 && src[0] == '\r' {
			src = src[1:]
		}
		if len(src) > 0 && src[0] == '\n' {
			src = src[1:]
		}
	}
	return false
}
