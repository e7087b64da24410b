package compile

import (
	"taipan/syntax"
)

// Structural pattern matching. Each case tests its pattern against the
// subject register and jumps to the next case on failure. Sub-checks use
// the MATCH helper instruction, whose kind (D) is one of:
const (
	matchSeqExact = 0   // r[A] = subject is a sequence of exactly C items
	matchSeqMin   = 1   // r[A] = subject is a sequence of at least C items
	matchMapping  = 2   // r[A] = subject is a mapping
	matchInstance = 3   // r[A] = isinstance(subject, r[C])
	matchAttr     = 4   // r[A], r[A+1] = getattr(subject, names[C]), found
	matchKey      = 5   // r[A], r[A+1] = subject[r[C]], found
	matchRest     = 6   // r[A] = dict(subject) without the keys in tuple r[C]
	matchClassArg = 7   // r[A] = positional sub-pattern D-7 of class r[C] (via __match_args__)
	matchFromEnd  = 255 // r[A] = subject[len(subject) - C] (items after a wildcard star)
)

func (u *unit) match(s *syntax.Match) {
	u.checkMatch(s)
	subj := u.exprReg(s.Subject)
	if !u.isTemp(subj) {
		t := u.alloc(1)
		u.emit(MOVE, t, subj, 0, 0)
		subj = t
	}
	end := u.newLabel()
	// No case may run: names bound by patterns or bodies are not
	// definitely assigned after the statement.
	before := u.saveAssigned()
	defer func() { u.assigned = before }()
	for _, c := range s.Cases {
		u.assigned = append([]bool(nil), before...)
		next := u.newLabel()
		mark := u.tmp
		u.curPos = posOf(c.Pattern.GetPos())
		u.pattern(c.Pattern, subj, next)
		if c.Guard != nil {
			u.jumpIf(c.Guard, false, next)
		}
		u.tmp = mark
		u.stmts(c.Body)
		u.jump(JUMP, 0, end)
		u.bind(next)
	}
	u.bind(end)
}

// pattern emits the test of p against register v, jumping to fail when
// it does not match and binding capture names when it does.
func (u *unit) pattern(p syntax.Pattern, v int, fail *label) {
	switch p := p.(type) {
	case *syntax.MatchValue:
		r := u.exprReg(p.Value)
		t := u.alloc(1)
		u.emit(COMPARE_OP, t, v, r, int(syntax.Eq))
		u.jump(JUMP_IF_FALSE, t, fail)
	case *syntax.MatchSingleton:
		r := u.alloc(2)
		u.loadConst(r, u.constOf(p.Value))
		u.emit(COMPARE_OP, r+1, v, r, int(syntax.Is))
		u.jump(JUMP_IF_FALSE, r+1, fail)
	case *syntax.MatchAs:
		if p.Pattern != nil {
			u.pattern(p.Pattern, v, fail)
		}
		if p.Name != nil {
			u.storeName(*p.Name, v)
		}
	case *syntax.MatchOr:
		ok := u.newLabel()
		for i, alt := range p.Patterns {
			if i == len(p.Patterns)-1 {
				u.pattern(alt, v, fail)
				break
			}
			next := u.newLabel()
			u.pattern(alt, v, next)
			u.jump(JUMP, 0, ok)
			u.bind(next)
		}
		u.bind(ok)
	case *syntax.MatchSequence:
		star := -1
		for i, sp := range p.Patterns {
			if _, ok := sp.(*syntax.MatchStar); ok {
				star = i
			}
		}
		t := u.alloc(1)
		n := len(p.Patterns)
		if star < 0 {
			u.emit(MATCH, t, v, n, matchSeqExact)
		} else {
			u.emit(MATCH, t, v, n-1, matchSeqMin)
		}
		u.jump(JUMP_IF_FALSE, t, fail)
		if n == 0 {
			break // only the length is tested, as CPython's
		}
		base := u.alloc(n)
		if star < 0 || p.Patterns[star].(*syntax.MatchStar).Name == nil {
			// No capture of the starred part: index the items (as
			// CPython does), never iterate the subject; items after a
			// wildcard star use negative indices.
			for i, sp := range p.Patterns {
				if i == star {
					continue
				}
				if ma, ok := sp.(*syntax.MatchAs); ok && ma.Pattern == nil && ma.Name == nil {
					continue // `_` needs no item
				}
				if star >= 0 && i > star {
					u.emit(MATCH, base+i, v, n-i, matchFromEnd)
					continue
				}
				k := u.alloc(1)
				u.loadConst(k, u.constOf(int64(i)))
				u.emit(BINARY_SUBSCR, base+i, v, k, 0)
			}
		} else if star < 0 {
			u.emit(UNPACK_SEQUENCE, v, base, n, 0)
		} else {
			u.emit(UNPACK_EX, v, base, star, n-star-1)
		}
		for i, sp := range p.Patterns {
			if ms, ok := sp.(*syntax.MatchStar); ok {
				if ms.Name != nil {
					u.storeName(*ms.Name, base+i)
				}
				continue
			}
			if ma, ok := sp.(*syntax.MatchAs); ok && ma.Pattern == nil && ma.Name == nil {
				continue
			}
			u.pattern(sp, base+i, fail)
		}
	case *syntax.MatchMapping:
		t := u.alloc(1)
		u.emit(MATCH, t, v, 0, matchMapping)
		u.jump(JUMP_IF_FALSE, t, fail)
		keys := u.alloc(len(p.Keys))
		for i, k := range p.Keys {
			u.exprTo(k, keys+i)
			r := u.alloc(2)
			u.emit(MATCH, r, v, keys+i, matchKey)
			u.jump(JUMP_IF_FALSE, r+1, fail)
			u.pattern(p.Patterns[i], r, fail)
		}
		if p.Rest != nil {
			kt := u.alloc(1)
			u.emit(BUILD_TUPLE, kt, keys, len(p.Keys), 0)
			r := u.alloc(1)
			u.emit(MATCH, r, v, kt, matchRest)
			u.storeName(*p.Rest, r)
		}
	case *syntax.MatchClass:
		cls := u.exprReg(p.Cls)
		t := u.alloc(1)
		u.emit(MATCH, t, v, cls, matchInstance)
		u.jump(JUMP_IF_FALSE, t, fail)
		for i, sp := range p.Patterns {
			if i > 200 {
				u.fail("too many positional sub-patterns")
			}
			r := u.alloc(1)
			u.emit(MATCH, r, v, cls, matchClassArg+i)
			u.pattern(sp, r, fail)
		}
		for i, name := range p.KwdAttrs {
			r := u.alloc(2)
			u.emit(MATCH, r, v, u.name(name), matchAttr)
			u.jump(JUMP_IF_FALSE, r+1, fail)
			u.pattern(p.KwdPatterns[i], r, fail)
		}
	case *syntax.MatchStar:
		u.fail("starred pattern outside a sequence pattern")
	default:
		u.fail("%T patterns are not supported yet", p)
	}
}
