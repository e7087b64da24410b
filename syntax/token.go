package syntax

// TokenKind classifies a token. The set follows CPython's token module.
type TokenKind uint8

const (
	EOF TokenKind = iota
	NEWLINE
	INDENT
	DEDENT
	NAME   // identifiers and keywords (keywords are told apart by the parser)
	NUMBER // any numeric literal, Val is its source text
	STRING // one string literal including prefix and quotes, Val is its source text (f-strings too: 3.11 tokenizes an f-string as one STRING)
	OP     // an operator or delimiter; Val is its text
	TYPE_COMMENT
	ERRORTOKEN // the tokenizer failed; Tokenizer.Err holds the *SyntaxError
)

var tokenKindNames = [...]string{"EOF", "NEWLINE", "INDENT", "DEDENT", "NAME", "NUMBER", "STRING", "OP", "TYPE_COMMENT", "ERRORTOKEN"}

func (k TokenKind) String() string { return tokenKindNames[k] }

// Token is one token with its source range: lines 1-based, columns 0-based
// UTF-8 byte offsets into the (decoded, UTF-8) source line. For NEWLINE
// the range covers the newline characters (or is empty at EOF); INDENT and
// DEDENT have the positions CPython's tokenizer gives them.
type Token struct {
	Kind            TokenKind
	Val             string
	Line, Col       int
	EndLine, EndCol int
}
