package compile

import (
	"fmt"
	"math/big"
	"sort"
	"strings"

	"taipan/syntax"
)

// checkMatch reports the SyntaxErrors CPython's compiler (not its
// parser) raises for match statements: irrefutable cases before the
// last, repeated capture names, alternatives binding different names,
// several starred names, invalid value/key expressions, duplicate
// literal keys and repeated class-pattern keywords.
func (u *unit) checkMatch(s *syntax.Match) {
	for i, c := range s.Cases {
		allowIrrefutable := c.Guard != nil || i == len(s.Cases)-1
		var names []string
		u.checkPattern(c.Pattern, allowIrrefutable, &names)
	}
}

func (u *unit) patternError(p syntax.Pattern, format string, args ...any) {
	u.curPos = posOf(p.GetPos())
	u.syntaxError(fmt.Sprintf(format, args...))
}

func (u *unit) storePatternName(p syntax.Pattern, name string, names *[]string) {
	for _, n := range *names {
		if n == name {
			u.patternError(p, "multiple assignments to name '%s' in pattern", name)
		}
	}
	*names = append(*names, name)
}

func (u *unit) checkPattern(p syntax.Pattern, allowIrrefutable bool, names *[]string) {
	switch p := p.(type) {
	case *syntax.MatchValue:
		if !isMatchValueExpr(p.Value) {
			u.patternError(p, "patterns may only match literals and attribute lookups")
		}
	case *syntax.MatchSingleton:
	case *syntax.MatchSequence:
		stars := 0
		for _, sp := range p.Patterns {
			if _, ok := sp.(*syntax.MatchStar); ok {
				stars++
				if stars > 1 {
					u.patternError(sp, "multiple starred names in sequence pattern")
				}
			}
		}
		for _, sp := range p.Patterns {
			u.checkPattern(sp, true, names)
		}
	case *syntax.MatchStar:
		if p.Name != nil {
			u.storePatternName(p, *p.Name, names)
		}
	case *syntax.MatchMapping:
		seen := map[string]bool{}
		for _, k := range p.Keys {
			if !isMatchValueExpr(k) {
				u.patternError(p, "mapping pattern keys may only match literals and attribute lookups")
			}
			if key, repr, ok := literalKey(k); ok {
				if seen[key] {
					u.patternError(p, "mapping pattern checks duplicate key (%s)", repr)
				}
				seen[key] = true
			}
		}
		for _, sp := range p.Patterns {
			u.checkPattern(sp, true, names)
		}
		if p.Rest != nil {
			if *p.Rest == "_" {
				u.patternError(p, "invalid syntax")
			}
			u.storePatternName(p, *p.Rest, names)
		}
	case *syntax.MatchClass:
		for i, a := range p.KwdAttrs {
			for _, b := range p.KwdAttrs[i+1:] {
				if a == b {
					u.patternError(p, "attribute name repeated in class pattern: %s", a)
				}
			}
		}
		for _, sp := range p.Patterns {
			u.checkPattern(sp, true, names)
		}
		for _, sp := range p.KwdPatterns {
			u.checkPattern(sp, true, names)
		}
	case *syntax.MatchAs:
		if p.Pattern == nil {
			if !allowIrrefutable {
				if p.Name == nil {
					u.patternError(p, "wildcard makes remaining patterns unreachable")
				}
				u.patternError(p, "name capture '%s' makes remaining patterns unreachable", *p.Name)
			}
		} else {
			u.checkPattern(p.Pattern, allowIrrefutable, names)
		}
		if p.Name != nil {
			u.storePatternName(p, *p.Name, names)
		}
	case *syntax.MatchOr:
		var control []string
		for i, alt := range p.Patterns {
			alts := append([]string(nil), (*names)...)
			u.checkPattern(alt, allowIrrefutable && i == len(p.Patterns)-1, &alts)
			bound := alts[len(*names):]
			if i == 0 {
				control = sortedCopy(bound)
			} else if strings.Join(sortedCopy(bound), "\x00") != strings.Join(control, "\x00") {
				u.patternError(alt, "alternative patterns bind different names")
			}
		}
		*names = append(*names, control...)
	}
}

func sortedCopy(s []string) []string {
	c := append([]string(nil), s...)
	sort.Strings(c)
	return c
}

// isMatchValueExpr reports whether e may appear as a value pattern or
// mapping key: a literal (signed numbers and complex literals included,
// which CPython's AST optimiser folds to constants) or a dotted name.
func isMatchValueExpr(e syntax.Expr) bool {
	switch e := e.(type) {
	case *syntax.Constant, *syntax.Attribute:
		return true
	case *syntax.UnaryOp:
		_, ok := e.Operand.(*syntax.Constant)
		return ok && e.Op == syntax.USub
	case *syntax.BinOp:
		return isMatchValueExpr(e.Left) && isMatchValueExpr(e.Right)
	}
	return false
}

// literalKey returns a key under which equal literals (0, False, 0.0,
// -0, 0j) coincide, and the literal's repr, for the duplicate-key check.
func literalKey(e syntax.Expr) (string, string, bool) {
	v, ok := foldLiteral(e)
	if !ok {
		return "", "", false
	}
	switch v := v.(type) {
	case string:
		return "s" + v, fmt.Sprintf("'%s'", v), true
	case []byte:
		return "b" + string(v), fmt.Sprintf("b'%s'", v), true
	case nil:
		return "None", "None", true
	case bool:
		if v {
			return "n1", "True", true
		}
		return "n0", "False", true
	case int64:
		return fmt.Sprintf("n%d", v), fmt.Sprint(v), true
	case *big.Int:
		return "n" + v.String(), v.String(), true
	case float64:
		if v == float64(int64(v)) {
			return fmt.Sprintf("n%d", int64(v)), fmt.Sprint(v), true
		}
		return fmt.Sprintf("f%v", v), fmt.Sprint(v), true
	case complex128:
		if imag(v) == 0 && real(v) == float64(int64(real(v))) {
			return fmt.Sprintf("n%d", int64(real(v))), fmt.Sprint(v), true
		}
		return fmt.Sprintf("c%v", v), fmt.Sprint(v), true
	}
	return "", "", false
}

func foldLiteral(e syntax.Expr) (any, bool) {
	switch e := e.(type) {
	case *syntax.Constant:
		return e.Value, true
	case *syntax.UnaryOp:
		v, ok := foldLiteral(e.Operand)
		if !ok || e.Op != syntax.USub {
			return nil, false
		}
		switch v := v.(type) {
		case int64:
			return -v, true
		case float64:
			return -v, true
		case complex128:
			return -v, true
		}
	case *syntax.BinOp:
		l, ok1 := foldLiteral(e.Left)
		r, ok2 := foldLiteral(e.Right)
		if !ok1 || !ok2 {
			return nil, false
		}
		rc, ok := r.(complex128)
		if !ok {
			return nil, false
		}
		var lc complex128
		switch l := l.(type) {
		case int64:
			lc = complex(float64(l), 0)
		case float64:
			lc = complex(l, 0)
		default:
			return nil, false
		}
		switch e.Op {
		case syntax.Add:
			return lc + rc, true
		case syntax.Sub:
			return lc - rc, true
		}
	}
	return nil, false
}
