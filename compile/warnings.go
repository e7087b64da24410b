package compile

import (
	"fmt"
	"math/big"

	"taipan/syntax"
)

// The compiler's SyntaxWarnings, as CPython 3.11's compiler emits them:
// an assert on a non-empty tuple, `is` with a literal, and the "perhaps
// you missed a comma?" family (calling, subscripting or indexing a
// literal). Each is reported once per location; when the warning is
// turned into an error the compilation fails with a SyntaxError at the
// node, as CPython's compiler_warn.

type warnKey struct {
	msg       string
	line, col int
}

// warnAt reports msg at node n's position.
func (u *unit) warnAt(n *syntax.Pos, msg string) {
	c := u.c
	if c.warn == nil {
		return
	}
	k := warnKey{msg, n.Lineno, n.ColOffset}
	if c.warned[k] {
		return
	}
	if c.warned == nil {
		c.warned = map[warnKey]bool{}
	}
	c.warned[k] = true
	offset := n.ColOffset + 1
	if n.Lineno >= 1 && n.Lineno <= len(c.lines) && n.ColOffset <= len(c.lines[n.Lineno-1]) {
		offset = len([]rune(c.lines[n.Lineno-1][:n.ColOffset])) + 1
	}
	if err := c.warn(&syntax.Warning{Category: "SyntaxWarning", Msg: msg, Filename: c.filename, Lineno: n.Lineno, Offset: offset}); err != nil {
		saved := u.curPos
		u.curPos = posOf(n)
		u.syntaxError(msg)
		u.curPos = saved
	}
}

// checkAssert: assert (x, y) is always true.
func (u *unit) checkAssert(s *syntax.Assert) {
	if t, ok := s.Test.(*syntax.Tuple); ok && len(t.Elts) > 0 {
		u.warnAt(s.GetPos(), "assertion is always true, perhaps remove parentheses?")
	}
}

// isLiteral reports an operand that CPython's AST optimizer folds to a
// constant other than None, True, False and ... (check_is_arg).
func isLiteral(e syntax.Expr) bool {
	switch x := e.(type) {
	case *syntax.Constant:
		switch x.Value.(type) {
		case nil, bool, syntax.EllipsisType:
			return false
		}
		return true
	case *syntax.Tuple:
		for _, el := range x.Elts {
			if _, ok := el.(*syntax.Constant); !ok && !isLiteral(el) {
				return false
			}
		}
		return true
	case *syntax.UnaryOp:
		if k, ok := x.Operand.(*syntax.Constant); ok {
			switch k.Value.(type) {
			case int64, *big.Int, float64, complex128:
				return true
			}
		}
	}
	return false
}

// checkCompare: `x is 1` compares identity with a literal.
func (u *unit) checkCompare(e *syntax.Compare) {
	left := e.Left
	for i, op := range e.Ops {
		right := e.Comparators[i]
		if op == syntax.Is || op == syntax.IsNot {
			if isLiteral(left) || isLiteral(right) {
				msg := "\"is\" with a literal. Did you mean \"==\"?"
				if op == syntax.IsNot {
					msg = "\"is not\" with a literal. Did you mean \"!=\"?"
				}
				u.warnAt(e.GetPos(), msg)
				return
			}
		}
		left = right
	}
}

// literalType is CPython's infer_type: the type name of a literal node,
// "" when unknown.
func literalType(e syntax.Expr) string {
	switch x := e.(type) {
	case *syntax.Constant:
		switch v := x.Value.(type) {
		case nil:
			return "NoneType"
		case bool:
			return "bool"
		case syntax.EllipsisType:
			return "ellipsis"
		case int64, *big.Int:
			return "int"
		case float64:
			return "float"
		case complex128:
			return "complex"
		case string:
			return "str"
		case syntax.Bytes:
			return "bytes"
		default:
			_ = v
		}
	case *syntax.Tuple:
		return "tuple"
	case *syntax.List, *syntax.ListComp:
		return "list"
	case *syntax.Dict, *syntax.DictComp:
		return "dict"
	case *syntax.Set, *syntax.SetComp:
		return "set"
	case *syntax.GeneratorExp:
		return "generator"
	case *syntax.Lambda:
		return "function"
	case *syntax.JoinedStr, *syntax.FormattedValue:
		return "str"
	}
	return ""
}

// checkCaller: (1, 2)(3) calls a literal (check_caller).
func (u *unit) checkCaller(e *syntax.Call) {
	switch e.Func.(type) {
	case *syntax.Constant, *syntax.Tuple, *syntax.List, *syntax.ListComp, *syntax.Dict, *syntax.DictComp,
		*syntax.Set, *syntax.SetComp, *syntax.GeneratorExp, *syntax.JoinedStr, *syntax.FormattedValue:
		u.warnAt(e.GetPos(), fmt.Sprintf("'%s' object is not callable; perhaps you missed a comma?", literalType(e.Func)))
	}
}

// checkSubscript: 1[2] subscripts a literal that has no __getitem__
// (check_subscripter), [1, 2]['a'] indexes a sequence literal with a
// non-integer (check_index).
func (u *unit) checkSubscript(e *syntax.Subscript) {
	switch x := e.Value.(type) {
	case *syntax.Constant:
		switch x.Value.(type) {
		case nil, syntax.EllipsisType, int64, *big.Int, float64, complex128, bool:
			u.warnAt(e.GetPos(), fmt.Sprintf("'%s' object is not subscriptable; perhaps you missed a comma?", literalType(x)))
			return
		}
	case *syntax.Set, *syntax.SetComp, *syntax.GeneratorExp, *syntax.Lambda:
		u.warnAt(e.GetPos(), fmt.Sprintf("'%s' object is not subscriptable; perhaps you missed a comma?", literalType(x)))
		return
	}
	it := literalType(e.Slice)
	if it == "" || it == "int" || it == "bool" {
		return
	}
	switch x := e.Value.(type) {
	case *syntax.Constant:
		switch x.Value.(type) {
		case string, syntax.Bytes:
		default:
			return
		}
	case *syntax.Tuple, *syntax.List, *syntax.ListComp, *syntax.JoinedStr, *syntax.FormattedValue:
	default:
		return
	}
	u.warnAt(e.GetPos(), fmt.Sprintf("%s indices must be integers or slices, not %s; perhaps you missed a comma?", literalType(e.Value), it))
}
