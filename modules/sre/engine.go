package sre

// The backtracking matcher. It follows the structure of CPython's
// sre_lib.h: a dispatch loop over the code, where every point that may
// need to backtrack pushes a context on an explicit stack and "calls" a
// sub-pattern; when the callee finishes, the caller resumes at the label
// recorded in the callee's context. Capture-group marks are saved and
// restored at exactly the points CPython saves them, so that group spans
// after backtracking agree with CPython.

// unit is a subject code unit.
type unit interface{ ~uint8 | ~int32 }

// Resume points ("jump" kinds) of a pushed context.
const (
	jNone uint8 = iota
	jMaxUntil1
	jMaxUntil2
	jMaxUntil3
	jMinUntil1
	jMinUntil2
	jMinUntil3
	jRepeat
	jRepeatOne1
	jRepeatOne2
	jMinRepeatOne
	jBranch
	jAssert
	jAssertNot
	jPossRepeat1
	jPossRepeat2
	jAtomicGroup
)

// mctx is one backtracking context.
type mctx struct {
	pc        int // code position to resume at (saved across calls)
	ptr       int // subject position to resume at
	count     int
	rep       int // index in machine.reps, for REPEAT/UNTIL
	lastmark  int
	lastindex int
	chr       uint32
	toplevel  bool
	jump      uint8
}

// repeatCtx is an active REPEAT ... UNTIL loop (SRE_REPEAT).
type repeatCtx struct {
	count   int
	pc      int // position of the REPEAT's <skip> word
	prev    int // enclosing repeat, -1 for none
	lastPtr int // zero-width match protection, -1 for none
}

// machine is the reusable matching state (SRE_STATE).
type machine struct {
	code      []uint32
	marks     []int
	lastmark  int
	lastindex int
	repeat    int
	reps      []repeatCtx
	data      []int
	ctxs      []mctx

	start, end  int
	ptr         int
	matchAll    bool
	mustAdvance bool
}

func (m *machine) reset(start, end int) {
	m.start, m.end, m.ptr = start, end, start
	m.lastmark, m.lastindex = -1, -1
	m.repeat = -1
	m.reps = m.reps[:0]
	m.data = m.data[:0]
	m.ctxs = m.ctxs[:0]
}

func (m *machine) clear() {
	m.reps = m.reps[:0]
	m.data = m.data[:0]
	m.ctxs = m.ctxs[:0]
	m.repeat = -1
}

// result builds the MatchResult of a successful match (pattern_new_match).
func (m *machine) result(groups int, start, end int) *MatchResult {
	marks := make([]int, 2*groups+2)
	marks[0], marks[1] = start, end
	for g := 0; g < groups; g++ {
		i := 2 * g
		if i+1 <= m.lastmark && m.marks[i] >= 0 && m.marks[i+1] >= 0 {
			marks[i+2], marks[i+3] = m.marks[i], m.marks[i+1]
		} else {
			marks[i+2], marks[i+3] = -1, -1
		}
	}
	return &MatchResult{Marks: marks, LastIndex: m.lastindex}
}

func (m *machine) markPush(lastmark int) error {
	if lastmark >= 0 {
		if len(m.data) > 4*MaxStack {
			return ErrMemory
		}
		m.data = append(m.data, m.marks[:lastmark+1]...)
	}
	return nil
}

func (m *machine) markPop(lastmark int) {
	if lastmark >= 0 {
		n := len(m.data) - (lastmark + 1)
		copy(m.marks, m.data[n:])
		m.data = m.data[:n]
	}
}

func (m *machine) markPopKeep(lastmark int) {
	if lastmark >= 0 {
		n := len(m.data) - (lastmark + 1)
		copy(m.marks, m.data[n:])
	}
}

func (m *machine) markPopDiscard(lastmark int) {
	if lastmark >= 0 {
		m.data = m.data[:len(m.data)-(lastmark+1)]
	}
}

// atPos is SRE(at): does position ptr satisfy the AT code at?
func atPos[T unit](m *machine, s []T, ptr int, at uint32) bool {
	end := m.end
	switch at {
	case atBeginning, atBeginningString:
		return ptr == 0
	case atBeginningLine:
		return ptr == 0 || s[ptr-1] == '\n'
	case atEnd:
		return (end-ptr == 1 && s[ptr] == '\n') || ptr == end
	case atEndLine:
		return ptr == end || (ptr < len(s) && s[ptr] == '\n')
	case atEndString:
		return ptr == end
	case atBoundary, atNonBoundary, atLocBoundary, atLocNonBoundary, atUniBoundary, atUniNonBoundary:
		if end == 0 {
			return false
		}
		isWord := isASCIIWord
		if at == atLocBoundary || at == atLocNonBoundary {
			isWord = isLocWord
		} else if at == atUniBoundary || at == atUniNonBoundary {
			isWord = IsUniWord
		}
		that := ptr > 0 && isWord(uint32(s[ptr-1]))
		this := ptr < end && isWord(uint32(s[ptr]))
		if at == atBoundary || at == atLocBoundary || at == atUniBoundary {
			return this != that
		}
		return this == that
	}
	return false
}

// inCharset is SRE(charset): is ch in the set starting at code[pc]?
func inCharset(code []uint32, pc int, ch uint32) bool {
	ok := true
	for {
		op := code[pc]
		pc++
		switch op {
		case opFailure:
			return !ok
		case opLiteral:
			if ch == code[pc] {
				return ok
			}
			pc++
		case opCategory:
			if category(code[pc], ch) {
				return ok
			}
			pc++
		case opCharset:
			if ch < 256 && code[pc+int(ch>>5)]&(1<<(ch&31)) != 0 {
				return ok
			}
			pc += 8
		case opRange:
			if code[pc] <= ch && ch <= code[pc+1] {
				return ok
			}
			pc += 2
		case opRangeUniIgnore:
			if code[pc] <= ch && ch <= code[pc+1] {
				return ok
			}
			u := unicodeToUpper(ch)
			if code[pc] <= u && u <= code[pc+1] {
				return ok
			}
			pc += 2
		case opNegate:
			ok = !ok
		case opBigCharset:
			count := int(code[pc])
			pc++
			if ch < 0x10000 {
				hi := ch >> 8
				block := int(code[pc+int(hi>>2)]>>(8*(hi&3))) & 0xff
				bit := uint32(block)*256 + (ch & 255)
				if code[pc+64+int(bit>>5)]&(1<<(bit&31)) != 0 {
					return ok
				}
			}
			pc += 64 + count*8
		default:
			return false
		}
	}
}

func inCharsetLocIgnore(code []uint32, pc int, ch uint32) bool {
	lo := lowerLocale(ch)
	if inCharset(code, pc, lo) {
		return true
	}
	up := upperLocale(ch)
	return up != lo && inCharset(code, pc, up)
}

// matchOne reports whether the single-character op at code[pc] matches ch.
func matchOne(code []uint32, pc int, ch uint32) bool {
	switch code[pc] {
	case opAny:
		return ch != '\n'
	case opAnyAll:
		return true
	case opLiteral:
		return ch == code[pc+1]
	case opNotLiteral:
		return ch != code[pc+1]
	case opLiteralIgnore:
		return ASCIIToLower(ch) == code[pc+1]
	case opNotLiteralIgnore:
		return ASCIIToLower(ch) != code[pc+1]
	case opLiteralUniIgnore:
		return UnicodeToLower(ch) == code[pc+1]
	case opNotLiteralUniIgnore:
		return UnicodeToLower(ch) != code[pc+1]
	case opLiteralLocIgnore:
		return charLocIgnore(code[pc+1], ch)
	case opNotLiteralLocIgnore:
		return !charLocIgnore(code[pc+1], ch)
	case opCategory:
		return category(code[pc+1], ch)
	case opIn:
		return inCharset(code, pc+2, ch)
	case opInIgnore:
		return inCharset(code, pc+2, ASCIIToLower(ch))
	case opInUniIgnore:
		return inCharset(code, pc+2, UnicodeToLower(ch))
	case opInLocIgnore:
		return inCharsetLocIgnore(code, pc+2, ch)
	}
	return false
}

// count is SRE(count): how many times (at most maxcount) does the
// single-character item at code[pc] match from m.ptr on?
func count[T unit](m *machine, s []T, pc int, maxcount uint32) int {
	code := m.code
	ptr, end := m.ptr, m.end
	if ptr >= end {
		return 0
	}
	if maxcount != MaxRepeat && int64(maxcount) < int64(end-ptr) {
		end = ptr + int(maxcount)
	}
	start := ptr
	switch code[pc] {
	case opAny:
		for ptr < end && s[ptr] != '\n' {
			ptr++
		}
	case opAnyAll:
		ptr = end
	case opLiteral:
		c := code[pc+1]
		for ptr < end && uint32(s[ptr]) == c {
			ptr++
		}
	case opNotLiteral:
		c := code[pc+1]
		for ptr < end && uint32(s[ptr]) != c {
			ptr++
		}
	case opIn:
		if code[pc+2] == opCategory && code[pc+4] == opFailure {
			// a lone category (\w, \d, \s, ...): skip the set interpreter
			cat := code[pc+3]
			if cat == catUniWord || cat == catWord {
				for ptr < end && uint32(s[ptr]) < 128 && asciiClass[s[ptr]]&clWord != 0 {
					ptr++
				}
			}
			for ptr < end && category(cat, uint32(s[ptr])) {
				ptr++
			}
			break
		}
		for ptr < end && inCharset(code, pc+2, uint32(s[ptr])) {
			ptr++
		}
	default:
		for ptr < end && matchOne(code, pc, uint32(s[ptr])) {
			ptr++
		}
	}
	return ptr - start
}

// runMatch is SRE(match): match the code at pc from m.ptr. It returns 1
// on success (m.ptr is then the end of the match), 0 on failure.
func runMatch[T unit](m *machine, s []T, pc int, toplevel bool) (int, error) {
	code := m.code
	end := m.end
	base := len(m.ctxs)
	var (
		c       *mctx
		ptr     int
		ret     int
		jump    uint8
		nextPc  int
		nextTop bool
		nextJmp uint8
		rp      *repeatCtx
		n       int
	)
	m.ctxs = append(m.ctxs, mctx{toplevel: toplevel, jump: jNone})
	c = &m.ctxs[len(m.ctxs)-1]

entrance:
	ptr = m.ptr
	if code[pc] == opInfo {
		if min := code[pc+3]; min != 0 && end-ptr >= 0 && end-ptr < int(min) {
			ret = 0
			goto exit
		}
		pc += int(code[pc+1]) + 1
	}

dispatch:
	for {
		op := code[pc]
		pc++
		switch op {
		case opMark:
			i := int(code[pc])
			if i&1 != 0 {
				m.lastindex = i/2 + 1
			}
			if i > m.lastmark {
				for j := m.lastmark + 1; j < i; j++ {
					m.marks[j] = -1
				}
				m.lastmark = i
			}
			m.marks[i] = ptr
			pc++
		case opLiteral:
			if ptr >= end || uint32(s[ptr]) != code[pc] {
				goto fail
			}
			pc++
			ptr++
		case opNotLiteral:
			if ptr >= end || uint32(s[ptr]) == code[pc] {
				goto fail
			}
			pc++
			ptr++
		case opSuccess:
			if c.toplevel && ((m.matchAll && ptr != m.end) || (m.mustAdvance && ptr == m.start)) {
				goto fail
			}
			m.ptr = ptr
			ret = 1
			goto exit
		case opAt:
			if !atPos(m, s, ptr, code[pc]) {
				goto fail
			}
			pc++
		case opCategory:
			if ptr >= end || !category(code[pc], uint32(s[ptr])) {
				goto fail
			}
			pc++
			ptr++
		case opAny:
			if ptr >= end || s[ptr] == '\n' {
				goto fail
			}
			ptr++
		case opAnyAll:
			if ptr >= end {
				goto fail
			}
			ptr++
		case opIn:
			if ptr >= end || !inCharset(code, pc+1, uint32(s[ptr])) {
				goto fail
			}
			pc += int(code[pc])
			ptr++
		case opLiteralIgnore:
			if ptr >= end || ASCIIToLower(uint32(s[ptr])) != code[pc] {
				goto fail
			}
			pc++
			ptr++
		case opLiteralUniIgnore:
			if ptr >= end || UnicodeToLower(uint32(s[ptr])) != code[pc] {
				goto fail
			}
			pc++
			ptr++
		case opLiteralLocIgnore:
			if ptr >= end || !charLocIgnore(code[pc], uint32(s[ptr])) {
				goto fail
			}
			pc++
			ptr++
		case opNotLiteralIgnore:
			if ptr >= end || ASCIIToLower(uint32(s[ptr])) == code[pc] {
				goto fail
			}
			pc++
			ptr++
		case opNotLiteralUniIgnore:
			if ptr >= end || UnicodeToLower(uint32(s[ptr])) == code[pc] {
				goto fail
			}
			pc++
			ptr++
		case opNotLiteralLocIgnore:
			if ptr >= end || charLocIgnore(code[pc], uint32(s[ptr])) {
				goto fail
			}
			pc++
			ptr++
		case opInIgnore:
			if ptr >= end || !inCharset(code, pc+1, ASCIIToLower(uint32(s[ptr]))) {
				goto fail
			}
			pc += int(code[pc])
			ptr++
		case opInUniIgnore:
			if ptr >= end || !inCharset(code, pc+1, UnicodeToLower(uint32(s[ptr]))) {
				goto fail
			}
			pc += int(code[pc])
			ptr++
		case opInLocIgnore:
			if ptr >= end || !inCharsetLocIgnore(code, pc+1, uint32(s[ptr])) {
				goto fail
			}
			pc += int(code[pc])
			ptr++
		case opJump, opInfo:
			pc += int(code[pc])

		case opBranch:
			// <BRANCH> <0=skip> code <JUMP> ... <NULL>
			c.lastmark, c.lastindex = m.lastmark, m.lastindex
			if m.repeat >= 0 {
				if err := m.markPush(c.lastmark); err != nil {
					return m.abort(base, err)
				}
			}
			goto branchLoop

		case opRepeatOne:
			// <REPEAT_ONE> <skip> <1=min> <2=max> item <SUCCESS> tail
			if int64(code[pc+1]) > int64(end-ptr) {
				goto fail
			}
			m.ptr = ptr
			n = count(m, s, pc+3, code[pc+2])
			c.count = n
			ptr += n
			if int64(c.count) < int64(code[pc+1]) {
				goto fail
			}
			if code[pc+int(code[pc])] == opSuccess && ptr == m.end &&
				!(c.toplevel && m.mustAdvance && ptr == m.start) {
				m.ptr = ptr
				ret = 1
				goto exit
			}
			c.lastmark, c.lastindex = m.lastmark, m.lastindex
			if m.repeat >= 0 {
				if err := m.markPush(c.lastmark); err != nil {
					return m.abort(base, err)
				}
			}
			if code[pc+int(code[pc])] == opLiteral {
				c.chr = code[pc+int(code[pc])+1]
				goto repeatOne1Loop
			}
			goto repeatOne2Loop

		case opMinRepeatOne:
			// <MIN_REPEAT_ONE> <skip> <1=min> <2=max> item <SUCCESS> tail
			if int64(code[pc+1]) > int64(end-ptr) {
				goto fail
			}
			m.ptr = ptr
			if code[pc+1] == 0 {
				c.count = 0
			} else {
				n = count(m, s, pc+3, code[pc+1])
				if int64(n) < int64(code[pc+1]) {
					goto fail
				}
				c.count = n
				ptr += n
			}
			if code[pc+int(code[pc])] == opSuccess &&
				!(c.toplevel && ((m.matchAll && ptr != m.end) || (m.mustAdvance && ptr == m.start))) {
				m.ptr = ptr
				ret = 1
				goto exit
			}
			c.lastmark, c.lastindex = m.lastmark, m.lastindex
			if m.repeat >= 0 {
				if err := m.markPush(c.lastmark); err != nil {
					return m.abort(base, err)
				}
			}
			goto minRepeatOneLoop

		case opPossessiveRepeatOne:
			if int64(ptr)+int64(code[pc+1]) > int64(end) {
				goto fail
			}
			m.ptr = ptr
			n = count(m, s, pc+3, code[pc+2])
			c.count = n
			ptr += n
			if int64(c.count) < int64(code[pc+1]) {
				goto fail
			}
			pc += int(code[pc])
			if code[pc] == opSuccess && ptr == m.end &&
				!(c.toplevel && m.mustAdvance && ptr == m.start) {
				m.ptr = ptr
				ret = 1
				goto exit
			}

		case opRepeat:
			// <REPEAT> <skip> <1=min> <2=max> item <UNTIL> tail
			m.reps = append(m.reps, repeatCtx{count: -1, pc: pc, prev: m.repeat, lastPtr: -1})
			c.rep = len(m.reps) - 1
			m.repeat = c.rep
			m.ptr = ptr
			nextPc, nextJmp, nextTop = pc+int(code[pc]), jRepeat, c.toplevel
			goto call

		case opMaxUntil:
			c.rep = m.repeat
			if c.rep < 0 {
				return m.abort(base, ErrInternal)
			}
			m.ptr = ptr
			rp = &m.reps[c.rep]
			c.count = rp.count + 1
			if int64(c.count) < int64(code[rp.pc+1]) {
				rp.count = c.count
				nextPc, nextJmp, nextTop = rp.pc+3, jMaxUntil1, c.toplevel
				goto call
			}
			if (int64(c.count) < int64(code[rp.pc+2]) || code[rp.pc+2] == MaxRepeat) && m.ptr != rp.lastPtr {
				rp.count = c.count
				c.lastmark, c.lastindex = m.lastmark, m.lastindex
				if err := m.markPush(c.lastmark); err != nil {
					return m.abort(base, err)
				}
				m.data = append(m.data, rp.lastPtr)
				rp.lastPtr = m.ptr
				nextPc, nextJmp, nextTop = rp.pc+3, jMaxUntil2, c.toplevel
				goto call
			}
			goto maxUntilTail

		case opMinUntil:
			c.rep = m.repeat
			if c.rep < 0 {
				return m.abort(base, ErrInternal)
			}
			m.ptr = ptr
			rp = &m.reps[c.rep]
			c.count = rp.count + 1
			if int64(c.count) < int64(code[rp.pc+1]) {
				rp.count = c.count
				nextPc, nextJmp, nextTop = rp.pc+3, jMinUntil1, c.toplevel
				goto call
			}
			m.repeat = rp.prev
			c.lastmark, c.lastindex = m.lastmark, m.lastindex
			if m.repeat >= 0 {
				if err := m.markPush(c.lastmark); err != nil {
					return m.abort(base, err)
				}
			}
			nextPc, nextJmp, nextTop = pc, jMinUntil2, c.toplevel
			goto call

		case opPossessiveRepeat:
			// <POSSESSIVE_REPEAT> <skip> <1=min> <2=max> pattern <SUCCESS> tail
			m.ptr = ptr
			c.count = 0
			goto possRepeat1Loop

		case opAtomicGroup:
			// <ATOMIC_GROUP> <skip> pattern <SUCCESS> tail
			m.ptr = ptr
			nextPc, nextJmp, nextTop = pc+1, jAtomicGroup, false
			goto call

		case opGroupref, opGrouprefIgnore, opGrouprefUniIgnore, opGrouprefLocIgnore:
			g := int(code[pc]) * 2
			if g >= m.lastmark {
				goto fail
			}
			p, e := m.marks[g], m.marks[g+1]
			if p < 0 || e < 0 || e < p {
				goto fail
			}
			for ; p < e; p++ {
				if ptr >= end {
					goto fail
				}
				a, b := uint32(s[ptr]), uint32(s[p])
				switch op {
				case opGrouprefIgnore:
					a, b = ASCIIToLower(a), ASCIIToLower(b)
				case opGrouprefUniIgnore:
					a, b = UnicodeToLower(a), UnicodeToLower(b)
				case opGrouprefLocIgnore:
					a, b = lowerLocale(a), lowerLocale(b)
				}
				if a != b {
					goto fail
				}
				ptr++
			}
			pc++

		case opGrouprefExists:
			// <GROUPREF_EXISTS> <group> <skip> codeyes <JUMP> codeno ...
			g := int(code[pc]) * 2
			if g >= m.lastmark {
				pc += int(code[pc+1])
				continue
			}
			if p, e := m.marks[g], m.marks[g+1]; p < 0 || e < 0 || e < p {
				pc += int(code[pc+1])
				continue
			}
			pc += 2

		case opAssert:
			// <ASSERT> <skip> <back> <pattern>
			back := int(code[pc+1])
			if ptr < back {
				goto fail
			}
			m.ptr = ptr - back
			nextPc, nextJmp, nextTop = pc+2, jAssert, false
			goto call

		case opAssertNot:
			back := int(code[pc+1])
			if ptr >= back {
				m.ptr = ptr - back
				c.lastmark, c.lastindex = m.lastmark, m.lastindex
				if m.repeat >= 0 {
					if err := m.markPush(c.lastmark); err != nil {
						return m.abort(base, err)
					}
				}
				nextPc, nextJmp, nextTop = pc+2, jAssertNot, false
				goto call
			}
			pc += int(code[pc])

		case opFailure:
			goto fail

		default:
			return m.abort(base, ErrInternal)
		}
	}

	// call pushes a context and starts matching nextPc; the current
	// context resumes at nextJmp when the callee returns.
call:
	if len(m.ctxs) >= MaxStack {
		return m.abort(base, ErrMemory)
	}
	c.pc, c.ptr = pc, ptr
	m.ctxs = append(m.ctxs, mctx{toplevel: nextTop, jump: nextJmp})
	c = &m.ctxs[len(m.ctxs)-1]
	pc = nextPc
	goto entrance

fail:
	ret = 0

exit:
	jump = c.jump
	m.ctxs = m.ctxs[:len(m.ctxs)-1]
	if len(m.ctxs) == base {
		return ret, nil
	}
	c = &m.ctxs[len(m.ctxs)-1]
	pc, ptr = c.pc, c.ptr
	switch jump {
	case jBranch:
		goto jumpBranch
	case jRepeatOne1:
		goto jumpRepeatOne1
	case jRepeatOne2:
		goto jumpRepeatOne2
	case jMinRepeatOne:
		goto jumpMinRepeatOne
	case jRepeat:
		goto jumpRepeat
	case jMaxUntil1, jMinUntil1:
		goto jumpUntil1
	case jMaxUntil2:
		goto jumpMaxUntil2
	case jMaxUntil3:
		goto jumpMaxUntil3
	case jMinUntil2:
		goto jumpMinUntil2
	case jMinUntil3:
		goto jumpMinUntil3
	case jPossRepeat1:
		goto jumpPossRepeat1
	case jPossRepeat2:
		goto jumpPossRepeat2
	case jAtomicGroup:
		goto jumpAtomicGroup
	case jAssert:
		goto jumpAssert
	case jAssertNot:
		goto jumpAssertNot
	}
	return m.abort(base, ErrInternal)

	// ---- BRANCH ----
branchLoop:
	for ; code[pc] != 0; pc += int(code[pc]) {
		if code[pc+1] == opLiteral && (ptr >= end || uint32(s[ptr]) != code[pc+2]) {
			continue
		}
		if code[pc+1] == opIn && (ptr >= end || !inCharset(code, pc+3, uint32(s[ptr]))) {
			continue
		}
		m.ptr = ptr
		nextPc, nextJmp, nextTop = pc+1, jBranch, c.toplevel
		goto call
	}
	if m.repeat >= 0 {
		m.markPopDiscard(c.lastmark)
	}
	goto fail
jumpBranch:
	if ret != 0 {
		if m.repeat >= 0 {
			m.markPopDiscard(c.lastmark)
		}
		goto exit
	}
	if m.repeat >= 0 {
		m.markPopKeep(c.lastmark)
	}
	m.lastmark, m.lastindex = c.lastmark, c.lastindex
	pc += int(code[pc])
	goto branchLoop

	// ---- REPEAT_ONE, tail starting with a literal ----
repeatOne1Loop:
	for int64(c.count) >= int64(code[pc+1]) && (ptr >= end || uint32(s[ptr]) != c.chr) {
		ptr--
		c.count--
	}
	if int64(c.count) < int64(code[pc+1]) {
		if m.repeat >= 0 {
			m.markPopDiscard(c.lastmark)
		}
		goto fail
	}
	m.ptr = ptr
	nextPc, nextJmp, nextTop = pc+int(code[pc]), jRepeatOne1, c.toplevel
	goto call
jumpRepeatOne1:
	if ret != 0 {
		if m.repeat >= 0 {
			m.markPopDiscard(c.lastmark)
		}
		goto exit
	}
	if m.repeat >= 0 {
		m.markPopKeep(c.lastmark)
	}
	m.lastmark, m.lastindex = c.lastmark, c.lastindex
	ptr--
	c.count--
	goto repeatOne1Loop

	// ---- REPEAT_ONE, general tail ----
repeatOne2Loop:
	if int64(c.count) >= int64(code[pc+1]) {
		m.ptr = ptr
		nextPc, nextJmp, nextTop = pc+int(code[pc]), jRepeatOne2, c.toplevel
		goto call
	}
	if m.repeat >= 0 {
		m.markPopDiscard(c.lastmark)
	}
	goto fail
jumpRepeatOne2:
	if ret != 0 {
		if m.repeat >= 0 {
			m.markPopDiscard(c.lastmark)
		}
		goto exit
	}
	if m.repeat >= 0 {
		m.markPopKeep(c.lastmark)
	}
	m.lastmark, m.lastindex = c.lastmark, c.lastindex
	ptr--
	c.count--
	goto repeatOne2Loop

	// ---- MIN_REPEAT_ONE ----
minRepeatOneLoop:
	if code[pc+2] == MaxRepeat || int64(c.count) <= int64(code[pc+2]) {
		m.ptr = ptr
		nextPc, nextJmp, nextTop = pc+int(code[pc]), jMinRepeatOne, c.toplevel
		goto call
	}
	if m.repeat >= 0 {
		m.markPopDiscard(c.lastmark)
	}
	goto fail
jumpMinRepeatOne:
	if ret != 0 {
		if m.repeat >= 0 {
			m.markPopDiscard(c.lastmark)
		}
		goto exit
	}
	if m.repeat >= 0 {
		m.markPopKeep(c.lastmark)
	}
	m.lastmark, m.lastindex = c.lastmark, c.lastindex
	m.ptr = ptr
	if count(m, s, pc+3, 1) == 0 {
		if m.repeat >= 0 {
			m.markPopDiscard(c.lastmark)
		}
		goto fail
	}
	ptr++
	c.count++
	goto minRepeatOneLoop

	// ---- REPEAT ----
jumpRepeat:
	m.repeat = m.reps[c.rep].prev
	m.reps = m.reps[:c.rep]
	if ret != 0 {
		goto exit
	}
	goto fail

	// ---- MAX_UNTIL / MIN_UNTIL ----
jumpUntil1:
	if ret != 0 {
		goto exit
	}
	m.reps[c.rep].count = c.count - 1
	m.ptr = ptr
	goto fail
jumpMaxUntil2:
	rp = &m.reps[c.rep]
	rp.lastPtr = m.data[len(m.data)-1]
	m.data = m.data[:len(m.data)-1]
	if ret != 0 {
		m.markPopDiscard(c.lastmark)
		goto exit
	}
	m.markPop(c.lastmark)
	m.lastmark, m.lastindex = c.lastmark, c.lastindex
	rp.count = c.count - 1
	m.ptr = ptr
maxUntilTail:
	// cannot match more repeated items here; make sure the tail matches
	m.repeat = m.reps[c.rep].prev
	nextPc, nextJmp, nextTop = pc, jMaxUntil3, c.toplevel
	goto call
jumpMaxUntil3:
	m.repeat = c.rep
	if ret != 0 {
		goto exit
	}
	m.ptr = ptr
	goto fail
jumpMinUntil2:
	{
		repeatOfTail := m.repeat
		m.repeat = c.rep
		if ret != 0 {
			if repeatOfTail >= 0 {
				m.markPopDiscard(c.lastmark)
			}
			goto exit
		}
		if repeatOfTail >= 0 {
			m.markPop(c.lastmark)
		}
	}
	m.lastmark, m.lastindex = c.lastmark, c.lastindex
	m.ptr = ptr
	rp = &m.reps[c.rep]
	if (int64(c.count) >= int64(code[rp.pc+2]) && code[rp.pc+2] != MaxRepeat) || m.ptr == rp.lastPtr {
		goto fail
	}
	rp.count = c.count
	m.data = append(m.data, rp.lastPtr)
	rp.lastPtr = m.ptr
	nextPc, nextJmp, nextTop = rp.pc+3, jMinUntil3, c.toplevel
	goto call
jumpMinUntil3:
	rp = &m.reps[c.rep]
	rp.lastPtr = m.data[len(m.data)-1]
	m.data = m.data[:len(m.data)-1]
	if ret != 0 {
		goto exit
	}
	rp.count = c.count - 1
	m.ptr = ptr
	goto fail

	// ---- POSSESSIVE_REPEAT ----
possRepeat1Loop:
	if int64(c.count) < int64(code[pc+1]) {
		nextPc, nextJmp, nextTop = pc+3, jPossRepeat1, false
		goto call
	}
	ptr = -1
	goto possRepeat2Loop
jumpPossRepeat1:
	if ret != 0 {
		c.count++
		if m.ptr == ptr {
			// an empty iteration repeats identically: skip to the minimum
			c.count = int(code[pc+1])
		}
		goto possRepeat1Loop
	}
	m.ptr = ptr
	goto fail
possRepeat2Loop:
	if (int64(c.count) < int64(code[pc+2]) || code[pc+2] == MaxRepeat) && m.ptr != ptr {
		c.lastmark, c.lastindex = m.lastmark, m.lastindex
		if err := m.markPush(c.lastmark); err != nil {
			return m.abort(base, err)
		}
		ptr = m.ptr
		nextPc, nextJmp, nextTop = pc+3, jPossRepeat2, false
		goto call
	}
	goto possTail
jumpPossRepeat2:
	if ret != 0 {
		m.markPopDiscard(c.lastmark)
		c.count++
		goto possRepeat2Loop
	}
	m.markPop(c.lastmark)
	m.lastmark, m.lastindex = c.lastmark, c.lastindex
	m.ptr = ptr
possTail:
	pc += int(code[pc]) + 1
	ptr = m.ptr
	goto dispatch

	// ---- ATOMIC_GROUP ----
jumpAtomicGroup:
	if ret == 0 {
		m.ptr = ptr
		goto fail
	}
	pc += int(code[pc])
	ptr = m.ptr
	goto dispatch

	// ---- ASSERT / ASSERT_NOT ----
jumpAssert:
	if ret == 0 {
		goto fail
	}
	pc += int(code[pc])
	goto dispatch
jumpAssertNot:
	if ret != 0 {
		if m.repeat >= 0 {
			m.markPopDiscard(c.lastmark)
		}
		goto fail
	}
	if m.repeat >= 0 {
		m.markPop(c.lastmark)
	}
	m.lastmark, m.lastindex = c.lastmark, c.lastindex
	pc += int(code[pc])
	goto dispatch
}

// abort unwinds the contexts of a failed run and returns err.
func (m *machine) abort(base int, err error) (int, error) {
	m.ctxs = m.ctxs[:base]
	return -1, err
}

// search is SRE(search): find the first position from m.start on where
// the program matches.
func search[T unit](m *machine, s []T) (int, error) {
	code := m.code
	ptr, end := m.start, m.end
	if ptr > end {
		return 0, nil
	}
	pc := 0
	var flags uint32
	prefixLen, prefixPc, charsetPc := 0, 0, -1
	if code[0] == opInfo {
		flags = code[2]
		min := int64(code[3])
		if min != 0 && int64(end-ptr) < min {
			return 0, nil
		}
		if min > 1 {
			end -= int(min - 1)
			if end <= ptr {
				end = ptr
			}
		}
		if flags&infoPrefix != 0 {
			prefixLen = int(code[5])
			prefixPc = 7
		} else if flags&infoCharset != 0 {
			charsetPc = 5
		}
		pc = 1 + int(code[1])
	}

	if prefixLen >= 1 {
		// The pattern starts with a known literal prefix: try only the
		// positions where it occurs.
		end = m.end
		m.mustAdvance = false
		first := code[prefixPc]
		for ; ptr+prefixLen <= end; ptr++ {
			if uint32(s[ptr]) != first {
				continue
			}
			i := 1
			for i < prefixLen && uint32(s[ptr+i]) == code[prefixPc+i] {
				i++
			}
			if i < prefixLen {
				continue
			}
			m.start, m.ptr = ptr, ptr
			m.lastmark, m.lastindex = -1, -1
			status, err := runMatch(m, s, pc, false)
			if status != 0 || err != nil {
				return status, err
			}
		}
		return 0, nil
	}

	if charsetPc >= 0 {
		end = m.end
		m.mustAdvance = false
		for {
			for ptr < end && !inCharset(code, charsetPc, uint32(s[ptr])) {
				ptr++
			}
			if ptr >= end {
				return 0, nil
			}
			m.start, m.ptr = ptr, ptr
			status, err := runMatch(m, s, pc, false)
			if status != 0 || err != nil {
				return status, err
			}
			ptr++
			m.lastmark, m.lastindex = -1, -1
		}
	}

	m.start, m.ptr = ptr, ptr
	status, err := runMatch(m, s, pc, true)
	m.mustAdvance = false
	if err != nil {
		return status, err
	}
	if status == 0 && code[pc] == opAt && (code[pc+1] == atBeginning || code[pc+1] == atBeginningString) {
		m.start, m.ptr = end, end
		return 0, nil
	}
	for status == 0 && ptr < end {
		ptr++
		m.lastmark, m.lastindex = -1, -1
		m.start, m.ptr = ptr, ptr
		status, err = runMatch(m, s, pc, false)
		if err != nil {
			return status, err
		}
	}
	return status, nil
}
