// Package syntax is Taipan's front end: it turns Python 3.11 source text
// into CPython's abstract syntax tree. The tokenizer (tokenizer.go) yields
// tokens with exact positions, the parser (parser*.go) builds the nodes of
// ast.go, string literals and f-strings are decoded in strings.go, and
// dump.go prints a tree exactly as CPython's ast.dump does. Errors are
// *SyntaxError values carrying CPython's exception class, message and
// location.
package syntax
