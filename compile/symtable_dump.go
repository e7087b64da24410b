package compile

import (
	"sort"
	"strconv"
	"strings"

	"taipan/syntax"
)

// Dump renders the table in the text format of tools/symtabcheck (and of
// tools/cpython_symtable_dump.py, which produces the same text from
// CPython's symtable module): one line per scope and per symbol, with the
// flag word CPython would report. Symbols that a block only holds because
// a child's free variable passes through it are listed last, sorted,
// since CPython's order for them depends on string hashing.
func (t *SymbolTable) Dump() string {
	var sb strings.Builder
	symDumpScope(&sb, t.Top, 0)
	return sb.String()
}

// symDumpOrder is Names with the pass-through symbols moved last, sorted.
func symDumpOrder(s *Scope) []string {
	out := make([]string, 0, len(s.Names))
	var rest []string
	for _, n := range s.Names {
		if s.Symbols[n].Flags == 0 {
			rest = append(rest, n)
		} else {
			out = append(out, n)
		}
	}
	sort.Strings(rest)
	return append(out, rest...)
}

func symDumpScope(sb *strings.Builder, s *Scope, depth int) {
	ind := strings.Repeat("  ", depth)
	sb.WriteString(ind)
	sb.WriteString("scope ")
	sb.WriteString(s.Kind.String())
	sb.WriteByte(' ')
	sb.WriteString(s.Name)
	sb.WriteString(" line=")
	sb.WriteString(strconv.Itoa(s.Lineno))
	sb.WriteString(" nested=")
	if s.IsNested {
		sb.WriteByte('1')
	} else {
		sb.WriteByte('0')
	}
	sb.WriteString(" children=")
	sb.WriteString(strconv.Itoa(len(s.Children)))
	sb.WriteByte('\n')
	names := symDumpOrder(s)
	if s.Kind == FunctionScope {
		lists := []struct {
			label string
			keep  func(*Symbol) bool
		}{
			{"parameters", func(y *Symbol) bool { return y.Flags&DefParam != 0 }},
			{"locals", func(y *Symbol) bool { return y.Scope == Local || y.Scope == Cell }},
			{"globals", func(y *Symbol) bool { return y.Scope == GlobalImplicit || y.Scope == GlobalExplicit }},
			{"nonlocals", func(y *Symbol) bool { return y.Flags&DefNonlocal != 0 }},
			{"frees", func(y *Symbol) bool { return y.Scope == Free }},
		}
		for _, l := range lists {
			sb.WriteString(ind)
			sb.WriteString("  ")
			sb.WriteString(l.label)
			sb.WriteString(": ")
			first := true
			for _, n := range names {
				if l.keep(s.Symbols[n]) {
					if !first {
						sb.WriteByte(',')
					}
					first = false
					sb.WriteString(n)
				}
			}
			sb.WriteByte('\n')
		}
	}
	for _, n := range names {
		y := s.Symbols[n]
		sb.WriteString(ind)
		sb.WriteString("  sym ")
		sb.WriteString(n)
		sb.WriteByte(' ')
		sb.WriteString(strconv.FormatUint(uint64(y.Flags)|uint64(y.Scope)<<ScopeShift, 10))
		sb.WriteByte(' ')
		sb.WriteString(symLetters(s, y))
		sb.WriteByte('\n')
	}
	for _, c := range s.Children {
		symDumpScope(sb, c, depth+1)
	}
}

// symLetters mirrors the is_* predicates of CPython's symtable.Symbol.
func symLetters(s *Scope, y *Symbol) string {
	var b []byte
	f := y.Flags
	bound := s.Kind == ModuleScope && f&DefBound != 0
	if f&Use != 0 {
		b = append(b, 'R')
	}
	if f&DefImport != 0 {
		b = append(b, 'I')
	}
	if f&DefParam != 0 {
		b = append(b, 'P')
	}
	if y.Scope == GlobalImplicit || y.Scope == GlobalExplicit || bound {
		b = append(b, 'G')
	}
	if f&DefNonlocal != 0 {
		b = append(b, 'N')
	}
	if y.Scope == GlobalExplicit {
		b = append(b, 'D')
	}
	if y.Scope == Local || y.Scope == Cell || bound {
		b = append(b, 'L')
	}
	if f&DefAnnot != 0 {
		b = append(b, 'A')
	}
	if y.Scope == Free {
		b = append(b, 'F')
	}
	if f&DefLocal != 0 {
		b = append(b, 'S')
	}
	for _, c := range s.Children {
		if c.Name == y.Name {
			b = append(b, 'X')
			break
		}
	}
	return string(b)
}

// DumpCode renders co_varnames/co_cellvars/co_freevars of every code
// object the compiler will create (all scopes but the module), one sorted
// line each, in the format of `cpython_symtable_dump.py code`.
func (t *SymbolTable) DumpCode() string {
	var lines []string
	var walk func(s *Scope)
	walk = func(s *Scope) {
		if s.Kind != ModuleScope {
			lines = append(lines, "code "+symCodeName(s)+" "+strconv.Itoa(symFirstLine(s))+
				" flags=0x"+strconv.FormatUint(uint64(s.CodeFlags()), 16)+
				" varnames="+strings.Join(s.Varnames, ",")+
				" cellvars="+strings.Join(s.Cellvars, ",")+
				" freevars="+strings.Join(s.Freevars, ","))
		}
		for _, c := range s.Children {
			walk(c)
		}
	}
	walk(t.Top)
	sort.Strings(lines)
	if len(lines) == 0 {
		return "\n"
	}
	return strings.Join(lines, "\n") + "\n"
}

// Code object flags (co_flags bits) that follow from the symbol table.
const (
	CoOptimized      = 0x1
	CoNewlocals      = 0x2
	CoVarargs        = 0x4
	CoVarkeywords    = 0x8
	CoNested         = 0x10
	CoGenerator      = 0x20
	CoCoroutine      = 0x80
	CoAsyncGenerator = 0x200
)

// CodeFlags returns the co_flags CPython derives from this scope (without
// the __future__ bits, which come from FutureFeatures).
func (s *Scope) CodeFlags() uint32 {
	if s.Kind != FunctionScope {
		return 0
	}
	f := uint32(CoOptimized | CoNewlocals)
	if s.IsNested {
		f |= CoNested
	}
	switch {
	case s.IsGenerator && s.IsCoroutine:
		f |= CoAsyncGenerator
	case s.IsGenerator:
		f |= CoGenerator
	case s.IsCoroutine:
		f |= CoCoroutine
	}
	if s.HasVarargs {
		f |= CoVarargs
	}
	if s.HasVarkeywords {
		f |= CoVarkeywords
	}
	return f
}

// symCodeName is the co_name of the code object compiled from s.
func symCodeName(s *Scope) string {
	if s.IsLambda {
		return "<lambda>"
	}
	if s.IsComprehension {
		return "<" + s.Name + ">"
	}
	return s.Name
}

// symFirstLine is co_firstlineno: a decorated def or class starts at its
// first decorator.
func symFirstLine(s *Scope) int {
	var decos []syntax.Expr
	switch n := s.Node.(type) {
	case *syntax.FunctionDef:
		decos = n.DecoratorList
	case *syntax.AsyncFunctionDef:
		decos = n.DecoratorList
	case *syntax.ClassDef:
		decos = n.DecoratorList
	}
	if len(decos) > 0 {
		return decos[0].GetPos().Lineno
	}
	return s.Lineno
}
