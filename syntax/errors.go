package syntax

import "fmt"

// SyntaxError is a compile-time error with CPython's fields. Class is
// "SyntaxError", "IndentationError" or "TabError". Lineno/Offset are 1-based;
// Offset counts characters (code points), as CPython's SyntaxError.offset
// does, not bytes. EndLineno/EndOffset are 0 when CPython gives none.
// Text is the offending source line (with its newline, as CPython keeps it).
type SyntaxError struct {
	Class     string
	Msg       string
	Filename  string
	Lineno    int
	Offset    int
	EndLineno int
	EndOffset int
	Text      string
}

func (e *SyntaxError) Error() string {
	return fmt.Sprintf("%s: %s (%s, line %d)", e.Class, e.Msg, e.Filename, e.Lineno)
}
