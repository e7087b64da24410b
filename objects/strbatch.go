package objects

import "strings"

// strValues returns the parts as str values. The Str headers are
// allocated in one block (one allocation per split instead of one per
// part); the parts share their bytes with the split string anyway.
func strValues(parts []string, ascii bool) []Value {
	out := make([]Value, len(parts))
	strs := make([]Str, len(parts))
	for i, p := range parts {
		out[i] = strs[i].initPart(p, ascii)
	}
	return out
}

// asciiSpace reports whether b is whitespace for str.split (Python's
// ASCII whitespace includes \x1c-\x1f).
func asciiSpace(b byte) bool {
	switch b {
	case ' ', '\t', '\n', '\v', '\f', '\r', 0x1c, 0x1d, 0x1e, 0x1f:
		return true
	}
	return false
}

// asciiSpaceTab marks the bytes asciiSpace accepts.
var asciiSpaceTab = func() (t [256]bool) {
	for _, b := range []byte{' ', '\t', '\n', '\v', '\f', '\r', 0x1c, 0x1d, 0x1e, 0x1f} {
		t[b] = true
	}
	return
}()

// asciiFieldsList is str.split() of an ASCII string: it counts the fields
// first so that the list (with its items inline) and the block of Str
// headers are the only two allocations.
func asciiFieldsList(s string) *List {
	// one pass recording the fields' bounds (most strings have few
	// fields); the counting pass below serves the rest
	var bounds [64]int32
	nf := 0
	for i := 0; i < len(s); {
		for i < len(s) && asciiSpaceTab[s[i]] {
			i++
		}
		if i == len(s) {
			break
		}
		st := i
		for i < len(s) && !asciiSpaceTab[s[i]] {
			i++
		}
		if nf == len(bounds)/2 {
			nf = -1
			break
		}
		bounds[2*nf], bounds[2*nf+1] = int32(st), int32(i)
		nf++
	}
	if nf >= 0 && len(s) < 1<<31 {
		l := AllocList(nf)
		if nf == 0 {
			return l
		}
		strs := make([]Str, nf)
		items := l.Items[:nf]
		for k := range strs {
			items[k] = strs[k].initPart(s[bounds[2*k]:bounds[2*k+1]], true)
		}
		return l
	}
	n := 0
	inField := false
	for i := 0; i < len(s); i++ {
		sp := asciiSpaceTab[s[i]]
		if !sp && !inField {
			n++
		}
		inField = !sp
	}
	l := AllocList(n)
	if n == 0 {
		return l
	}
	strs := make([]Str, n)
	items := l.Items[:n]
	i := 0
	for k := range strs {
		for asciiSpaceTab[s[i]] {
			i++
		}
		start := i
		for i < len(s) && !asciiSpaceTab[s[i]] {
			i++
		}
		items[k] = strs[k].initPart(s[start:i], true)
	}
	return l
}

// splitSepList is str.split(sep) with no maximum: the parts go straight
// into the list (items inline for short lists) and one block of Str
// headers, ASCII-ness inherited from the parent.
func splitSepList(parent *Str, sep string) *List {
	s := parent.S
	n := strings.Count(s, sep) + 1
	l := AllocList(n)
	strs := make([]Str, n)
	ascii := parent.ascii > 0
	for k := range strs {
		part := s
		if k < n-1 {
			i := strings.Index(s, sep)
			part, s = s[:i], s[i+len(sep):]
		}
		l.Items[k] = strs[k].initPart(part, ascii)
	}
	return l
}

// initPart makes st (a zero Str in a block allocated with its siblings)
// the str s, known ASCII when ascii is set, and returns it as a value.
func (st *Str) initPart(s string, ascii bool) Value {
	st.typ = StrType
	st.S = s
	st.length = -1
	if ascii {
		st.ascii, st.length = 1, int32(len(s))
	}
	return Obj(st)
}
