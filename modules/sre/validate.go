package sre

// Code validation, the counterpart of _sre's _validate: reject code the
// matcher could misinterpret, so that matching never reads outside the
// code or the marks. The checks mirror the layouts re._compiler emits.

type validator struct {
	code   []uint32
	groups int
	depth  int
}

func validate(code []uint32, groups int) error {
	if len(code) == 0 || code[len(code)-1] != opSuccess {
		return ErrInvalidCode
	}
	v := &validator{code: code, groups: groups}
	if !v.block(0, len(code)-1) {
		return ErrInvalidCode
	}
	return nil
}

// maxNesting bounds the nesting of validated blocks.
const maxNesting = 10000

// skip reads the skip word at pc and returns its target, checking that
// pc+skip lies within [pc+min, end].
func (v *validator) target(pc, end int, min int) (int, bool) {
	if pc >= end {
		return 0, false
	}
	t := int64(pc) + int64(v.code[pc])
	if t < int64(pc+min) || t > int64(end) {
		return 0, false
	}
	return int(t), true
}

// block validates the ops in code[pc:end].
func (v *validator) block(pc, end int) bool {
	v.depth++
	defer func() { v.depth-- }()
	if v.depth > maxNesting {
		return false
	}
	code := v.code
	for pc < end {
		op := code[pc]
		pc++
		switch op {
		case opSuccess, opFailure, opAny, opAnyAll:
		case opMark:
			if pc >= end || int64(code[pc]) >= 2*int64(v.groups) {
				return false
			}
			pc++
		case opLiteral, opNotLiteral, opLiteralIgnore, opNotLiteralIgnore,
			opLiteralUniIgnore, opNotLiteralUniIgnore, opLiteralLocIgnore, opNotLiteralLocIgnore:
			if pc >= end {
				return false
			}
			pc++
		case opAt:
			if pc >= end || code[pc] >= numAtCodes {
				return false
			}
			pc++
		case opCategory:
			if pc >= end || code[pc] >= numCategories {
				return false
			}
			pc++
		case opGroupref, opGrouprefIgnore, opGrouprefUniIgnore, opGrouprefLocIgnore:
			if pc >= end || int64(code[pc]) >= int64(v.groups) {
				return false
			}
			pc++
		case opIn, opInIgnore, opInUniIgnore, opInLocIgnore:
			t, ok := v.target(pc, end, 2)
			if !ok || !v.charset(pc+1, t) {
				return false
			}
			pc = t
		case opInfo:
			t, ok := v.target(pc, end, 4)
			if !ok || !v.info(pc, t) {
				return false
			}
			pc = t
		case opBranch:
			target := -1
			for {
				if pc >= end {
					return false
				}
				if code[pc] == 0 {
					pc++
					break
				}
				t, ok := v.target(pc, end, 3)
				if !ok || code[t-2] != opJump || !v.block(pc+1, t-2) {
					return false
				}
				jt := int64(t-1) + int64(code[t-1])
				if target < 0 {
					target = int(min64(jt, int64(len(code))))
				} else if jt != int64(target) {
					return false
				}
				pc = t
			}
			if target != pc {
				return false
			}
		case opRepeatOne, opMinRepeatOne, opPossessiveRepeatOne:
			t, ok := v.target(pc, end, 4)
			if !ok || pc+2 >= t || code[pc+1] > code[pc+2] {
				return false
			}
			// the item must be a single one-character op followed by SUCCESS
			w := v.singleWidth(pc+3, t-1)
			if w != t-1 || code[t-1] != opSuccess {
				return false
			}
			pc = t
		case opRepeat, opPossessiveRepeat:
			t, ok := v.target(pc, end, 3)
			if !ok || pc+2 >= t || code[pc+1] > code[pc+2] || t >= end || !v.block(pc+3, t) {
				return false
			}
			switch code[t] {
			case opMaxUntil, opMinUntil:
				if op != opRepeat {
					return false
				}
			case opSuccess:
				if op != opPossessiveRepeat {
					return false
				}
			default:
				return false
			}
			pc = t + 1
		case opGrouprefExists:
			if pc+1 >= end || int64(code[pc]) >= int64(v.groups) {
				return false
			}
			t := int64(pc) + int64(code[pc+1])
			if t < int64(pc+2) || t > int64(end) {
				return false
			}
			ti := int(t)
			if ti-2 >= pc+2 && code[ti-2] == opJump {
				if !v.block(pc+2, ti-2) {
					return false
				}
				e := int64(ti-1) + int64(code[ti-1])
				if e < int64(ti) || e > int64(end) || !v.block(ti, int(e)) {
					return false
				}
				pc = int(e)
			} else {
				if !v.block(pc+2, ti) {
					return false
				}
				pc = ti
			}
		case opAssert, opAssertNot:
			t, ok := v.target(pc, end, 3)
			if !ok || code[pc+1]&0x80000000 != 0 || code[t-1] != opSuccess || !v.block(pc+2, t-1) {
				return false
			}
			pc = t
		case opAtomicGroup:
			t, ok := v.target(pc, end, 2)
			if !ok || code[t-1] != opSuccess || !v.block(pc+1, t-1) {
				return false
			}
			pc = t
		default:
			return false
		}
	}
	return pc == end
}

func min64(a, b int64) int64 {
	if a < b {
		return a
	}
	return b
}

// singleWidth validates one single-character op at pc (below end) and
// returns the position after it, or -1.
func (v *validator) singleWidth(pc, end int) int {
	if pc >= end {
		return -1
	}
	code := v.code
	switch code[pc] {
	case opAny, opAnyAll:
		return pc + 1
	case opLiteral, opNotLiteral, opLiteralIgnore, opNotLiteralIgnore,
		opLiteralUniIgnore, opNotLiteralUniIgnore, opLiteralLocIgnore, opNotLiteralLocIgnore:
		if pc+1 >= end {
			return -1
		}
		return pc + 2
	case opCategory:
		if pc+1 >= end || code[pc+1] >= numCategories {
			return -1
		}
		return pc + 2
	case opIn, opInIgnore, opInUniIgnore, opInLocIgnore:
		t, ok := v.target(pc+1, end, 2)
		if !ok || !v.charset(pc+2, t) {
			return -1
		}
		return t
	}
	return -1
}

// charset validates a set in code[pc:end], which must end with FAILURE.
func (v *validator) charset(pc, end int) bool {
	code := v.code
	for pc < end {
		op := code[pc]
		pc++
		switch op {
		case opFailure:
			return pc == end
		case opNegate:
		case opLiteral:
			pc++
		case opCategory:
			if pc >= end || code[pc] >= numCategories {
				return false
			}
			pc++
		case opRange, opRangeUniIgnore:
			pc += 2
		case opCharset:
			pc += 8
		case opBigCharset:
			if pc >= end {
				return false
			}
			n := int64(code[pc])
			pc++
			if int64(pc)+64 > int64(end) {
				return false
			}
			for k := 0; k < 256; k++ {
				if int64(code[pc+k/4]>>(8*(k%4))&0xff) >= n {
					return false
				}
			}
			if int64(pc)+64+n*8 > int64(end) {
				return false
			}
			pc += 64 + int(n)*8
		default:
			return false
		}
	}
	return false
}

// info validates an INFO block code[pc-1:end] (pc at its skip word).
func (v *validator) info(pc, end int) bool {
	code := v.code
	if pc+3 >= end {
		return false
	}
	flags := code[pc+1]
	if flags&^(infoPrefix|infoLiteral|infoCharset) != 0 ||
		(flags&infoPrefix != 0 && flags&infoCharset != 0) ||
		(flags&infoLiteral != 0 && flags&infoPrefix == 0) {
		return false
	}
	p := pc + 4
	if flags&infoPrefix != 0 {
		if p+2 > end {
			return false
		}
		n := int64(code[p])
		if n < 1 || int64(code[p+1]) > n {
			return false
		}
		p += 2
		if int64(p)+2*n > int64(end) {
			return false
		}
		for i := 0; i < int(n); i++ {
			if int64(code[p+int(n)+i]) >= n {
				return false
			}
		}
		p += 2 * int(n)
		return p <= end
	}
	if flags&infoCharset != 0 {
		return v.charset(p, end)
	}
	return true
}
