// Package srepy is the _sre module: the Python face (Pattern, Match and
// Scanner objects, compile, the case helpers) of the regular-expression
// engine in package sre. The stdlib's pure-Python re package compiles
// patterns to _sre code and calls _sre.compile; everything after that —
// matching, searching, sub, split, findall — happens here.
package srepy

import (
	"errors"
	"math"
	"strings"

	"taipan/modules/sre"
	"taipan/objects"
)

type (
	Value = objects.Value
	Exc   = objects.BaseException
)

var null = objects.Null

// Pattern is a compiled regular expression (re.Pattern).
type Pattern struct {
	objects.Header
	prog       *sre.Program
	pattern    Value // the source: str, bytes or None
	flags      int
	groups     int
	groupindex *objects.Dict
	indexgroup Value // tuple: group number -> name or None
	isBytes    bool
}

// Match is the result of a successful match (re.Match).
type Match struct {
	objects.Header
	pat    *Pattern
	str    Value // the subject as given
	subj   subject
	marks  []int
	pos    int
	endpos int
	last   int // lastindex, -1 for None
}

// Scanner iterates over matches (Pattern.scanner, finditer).
type Scanner struct {
	objects.Header
	pat  *Pattern
	str  Value
	subj subject
	sc   *sre.Scanner
	iter bool // a finditer iterator: __next__ searches
}

var (
	PatternType = objects.NewType("re", "Pattern", nil, 0)
	MatchType   = objects.NewType("re", "Match", nil, 0)
	ScannerType = objects.NewType("_sre", "SRE_Scanner", nil, 0)
	iterType    = objects.NewType("_sre", "callable_iterator", nil, 0)
)

// subject is a string being matched with the means to slice it.
type subject struct {
	s     sre.Subject
	str   *objects.Str // for str subjects
	ascii bool
	runes []rune
	b     []byte // for bytes subjects
}

func (s *subject) slice(i, j int) Value {
	if i < 0 || j < 0 {
		return objects.None
	}
	if s.str != nil {
		if s.ascii {
			return objects.NewStrValue(s.str.S[i:j])
		}
		return objects.NewStrValue(string(s.runes[i:j]))
	}
	return objects.NewBytes(append([]byte(nil), s.b[i:j]...))
}

func (s *subject) empty() Value {
	if s.str != nil {
		return objects.NewStrValue("")
	}
	return objects.NewBytes(nil)
}

func getSubject(p *Pattern, v Value) (subject, *Exc) {
	if v.Type().IsSubtype(objects.StrType) {
		if p.isBytes {
			return subject{}, objects.Errorf(objects.ExcTypeError, "cannot use a bytes pattern on a string-like object")
		}
		s := objects.As[objects.Str](v)
		if s.IsASCII() {
			return subject{s: sre.String(s.S), str: s, ascii: true}, nil
		}
		r := s.Runes()
		return subject{s: sre.Runes(r), str: s, runes: r}, nil
	}
	if b, ok := bytesLike(v); ok {
		if !p.isBytes && !p.pattern.IsNone() {
			return subject{}, objects.Errorf(objects.ExcTypeError, "cannot use a string pattern on a bytes-like object")
		}
		return subject{s: sre.Bytes(b), b: b}, nil
	}
	return subject{}, objects.Errorf(objects.ExcTypeError, "expected string or bytes-like object, got '%s'", v.Type().Name)
}

// bytesLike returns the bytes of a bytes-like object (bytes, or any type
// that exposes its contents through objects.BytesOf).
func bytesLike(v Value) ([]byte, bool) {
	if v.Type().IsSubtype(objects.BytesType) {
		return objects.As[objects.Bytes](v).B, true
	}
	return nil, false
}

func engineError(err error) *Exc {
	switch {
	case errors.Is(err, sre.ErrMemory):
		return objects.Errorf(objects.ExcMemoryError, "")
	case errors.Is(err, sre.ErrInvalidCode):
		return objects.Errorf(objects.ExcRuntimeError, "invalid SRE code")
	}
	return objects.Errorf(objects.ExcRuntimeError, "%s", err.Error())
}

func asInt(t *objects.Thread, v Value, what string) (int, *Exc) {
	if n, ok := objects.IntToInt64(v); ok {
		return int(n), nil
	}
	iv, err := objects.Index(t, v)
	if err != nil {
		return 0, err
	}
	n, ok := objects.IntToInt64(iv)
	if !ok {
		if what == "pos" {
			return math.MaxInt, nil
		}
		return 0, objects.Errorf(objects.ExcOverflowError, "Python int too large to convert to C ssize_t")
	}
	return int(n), nil
}

// posArgs parses (string, pos=0, endpos=maxsize).
func posArgs(t *objects.Thread, fname string, args []Value, kwnames *objects.Tuple) (Value, int, int, *Exc) {
	var out [3]Value
	if err := objects.BindArgs(fname, args, kwnames, []string{"string", "pos", "endpos"}, 0, 3, 1, out[:]); err != nil {
		return null, 0, 0, err
	}
	pos, endpos := 0, math.MaxInt
	var err *Exc
	if !out[1].IsNull() {
		if pos, err = asInt(t, out[1], "pos"); err != nil {
			return null, 0, 0, err
		}
	}
	if !out[2].IsNull() {
		if endpos, err = asInt(t, out[2], "pos"); err != nil {
			return null, 0, 0, err
		}
	}
	return out[0], pos, endpos, nil
}

func newMatch(p *Pattern, str Value, subj subject, r *sre.MatchResult) Value {
	marks := make([]int, len(r.Marks))
	copy(marks, r.Marks)
	m := &Match{pat: p, str: str, subj: subj, marks: marks, pos: r.Pos, endpos: r.EndPos, last: r.LastIndex}
	m.SetType(MatchType)
	return objects.Obj(m)
}

func (p *Pattern) run(t *objects.Thread, fname string, args []Value, kwnames *objects.Tuple, f func(*sre.Program, sre.Subject, int, int) (*sre.MatchResult, error)) (Value, *Exc) {
	str, pos, endpos, err := posArgs(t, fname, args, kwnames)
	if err != nil {
		return null, err
	}
	subj, err := getSubject(p, str)
	if err != nil {
		return null, err
	}
	r, gerr := f(p.prog, subj.s, pos, endpos)
	if gerr != nil {
		return null, engineError(gerr)
	}
	if r == nil {
		return objects.None, nil
	}
	return newMatch(p, str, subj, r), nil
}

func pat(v Value) *Pattern { return objects.As[Pattern](v) }
func mat(v Value) *Match   { return objects.As[Match](v) }

// groupIndex resolves a group reference (int or name) of a match.
func (p *Pattern) groupIndex(t *objects.Thread, g Value) (int, *Exc) {
	if g.IsSmallInt() || g.IsBool() {
		n, _ := objects.IntToInt64(g)
		if n >= 0 && int(n) <= p.groups {
			return int(n), nil
		}
		return 0, objects.Errorf(objects.ExcIndexError, "no such group")
	}
	if g.Type().IsSubtype(objects.StrType) && p.groupindex != nil {
		if v, ok, err := p.groupindex.GetItem(t, g); err != nil {
			return 0, err
		} else if ok {
			n, _ := objects.IntToInt64(v)
			return int(n), nil
		}
		return 0, objects.Errorf(objects.ExcIndexError, "no such group")
	}
	if g.Type().IsSubtype(objects.IntType) {
		return 0, objects.Errorf(objects.ExcIndexError, "no such group")
	}
	if iv, err := objects.Index(t, g); err == nil {
		n, ok := objects.IntToInt64(iv)
		if ok && n >= 0 && int(n) <= p.groups {
			return int(n), nil
		}
	}
	return 0, objects.Errorf(objects.ExcIndexError, "no such group")
}

func (m *Match) group(i int, dflt Value) Value {
	s, e := m.marks[2*i], m.marks[2*i+1]
	if s < 0 || e < 0 {
		return dflt
	}
	return m.subj.slice(s, e)
}

// ---- sub / split / findall ----

func (p *Pattern) subx(t *objects.Thread, repl, str Value, count int, wantN bool) (Value, *Exc) {
	subj, err := getSubject(p, str)
	if err != nil {
		return null, err
	}
	var filter Value
	literal := null
	callable := false
	if repl.Type().Call != nil && !repl.Type().IsSubtype(objects.StrType) && !repl.Type().IsSubtype(objects.BytesType) {
		filter, callable = repl, true
	} else {
		isLit := false
		if repl.Type().IsSubtype(objects.StrType) {
			isLit = !strings.Contains(objects.As[objects.Str](repl).S, "\\")
		} else if b, ok := bytesLike(repl); ok {
			isLit = !strings.Contains(string(b), "\\")
		}
		if isLit {
			literal = repl
		} else {
			re, err := objects.ImportModule(t, "re")
			if err != nil {
				return null, err
			}
			fn, err := objects.GetAttrString(t, re, "_subx")
			if err != nil {
				return null, err
			}
			f, err := objects.CallValue(t, fn, []Value{objects.Obj(p), repl}, nil)
			if err != nil {
				return null, err
			}
			if f.Type().Call != nil && !f.Type().IsSubtype(objects.StrType) && !f.Type().IsSubtype(objects.BytesType) {
				filter, callable = f, true
			} else {
				literal = f
			}
		}
	}
	var pieces []Value
	n := 0
	last := 0
	sc := p.prog.Scanner(subj.s, 0, math.MaxInt)
	for count == 0 || n < count {
		r, gerr := sc.Search()
		if gerr != nil {
			return null, engineError(gerr)
		}
		if r == nil {
			break
		}
		s, e := r.Span(0)
		if last < s {
			pieces = append(pieces, subj.slice(last, s))
		}
		if callable {
			m := newMatch(p, str, subj, r)
			v, err := objects.CallValue(t, filter, []Value{m}, nil)
			if err != nil {
				return null, err
			}
			if !v.IsNone() {
				pieces = append(pieces, v)
			}
		} else {
			pieces = append(pieces, literal)
		}
		last = e
		n++
	}
	if last < subj.s.Len() {
		pieces = append(pieces, subj.slice(last, subj.s.Len()))
	}
	res, err := join(subj, pieces)
	if err != nil {
		return null, err
	}
	if wantN {
		return objects.NewTupleValue([]Value{res, objects.Int(int64(n))}), nil
	}
	return res, nil
}

func join(subj subject, pieces []Value) (Value, *Exc) {
	if subj.str != nil {
		var b strings.Builder
		for _, v := range pieces {
			if !v.Type().IsSubtype(objects.StrType) {
				return null, objects.Errorf(objects.ExcTypeError, "sequence item 0: expected str instance, %s found", v.Type().Name)
			}
			b.WriteString(objects.As[objects.Str](v).S)
		}
		return objects.NewStrValue(b.String()), nil
	}
	var out []byte
	for _, v := range pieces {
		b, ok := bytesLike(v)
		if !ok {
			return null, objects.Errorf(objects.ExcTypeError, "sequence item 0: expected a bytes-like object, %s found", v.Type().Name)
		}
		out = append(out, b...)
	}
	return objects.NewBytes(out), nil
}

func (p *Pattern) split(str Value, maxsplit int) (Value, *Exc) {
	subj, err := getSubject(p, str)
	if err != nil {
		return null, err
	}
	var out []Value
	last, n := 0, 0
	sc := p.prog.Scanner(subj.s, 0, math.MaxInt)
	for maxsplit <= 0 || n < maxsplit {
		r, gerr := sc.Search()
		if gerr != nil {
			return null, engineError(gerr)
		}
		if r == nil {
			break
		}
		s, e := r.Span(0)
		out = append(out, subj.slice(last, s))
		for g := 1; g <= p.groups; g++ {
			gs, ge := r.Span(g)
			out = append(out, subj.slice(gs, ge))
		}
		last = e
		n++
	}
	out = append(out, subj.slice(last, subj.s.Len()))
	return objects.NewListValue(out), nil
}

func (p *Pattern) findall(str Value, pos, endpos int) (Value, *Exc) {
	subj, err := getSubject(p, str)
	if err != nil {
		return null, err
	}
	var out []Value
	sc := p.prog.Scanner(subj.s, pos, endpos)
	for {
		r, gerr := sc.Search()
		if gerr != nil {
			return null, engineError(gerr)
		}
		if r == nil {
			break
		}
		grp := func(g int) Value {
			s, e := r.Span(g)
			if s < 0 || e < 0 {
				return subj.empty()
			}
			return subj.slice(s, e)
		}
		switch p.groups {
		case 0:
			out = append(out, grp(0))
		case 1:
			out = append(out, grp(1))
		default:
			items := make([]Value, p.groups)
			for g := range items {
				items[g] = grp(g + 1)
			}
			out = append(out, objects.NewTupleValue(items))
		}
	}
	return objects.NewListValue(out), nil
}

func (p *Pattern) scanner(str Value, pos, endpos int, iter bool) (Value, *Exc) {
	subj, err := getSubject(p, str)
	if err != nil {
		return null, err
	}
	s := &Scanner{pat: p, str: str, subj: subj, sc: p.prog.Scanner(subj.s, pos, endpos), iter: iter}
	if iter {
		s.SetType(iterType)
	} else {
		s.SetType(ScannerType)
	}
	return objects.Obj(s), nil
}

func (s *Scanner) next(search bool) (Value, *Exc) {
	var r *sre.MatchResult
	var gerr error
	if search {
		r, gerr = s.sc.Search()
	} else {
		r, gerr = s.sc.Match()
	}
	if gerr != nil {
		return null, engineError(gerr)
	}
	if r == nil {
		return objects.None, nil
	}
	return newMatch(s.pat, s.str, s.subj, r), nil
}

// ---- repr ----

var flagNames = []struct {
	bit  int
	name string
}{
	{sre.FlagTemplate, "re.TEMPLATE"},
	{sre.FlagIgnoreCase, "re.IGNORECASE"},
	{sre.FlagLocale, "re.LOCALE"},
	{sre.FlagMultiline, "re.MULTILINE"},
	{sre.FlagDotAll, "re.DOTALL"},
	{sre.FlagUnicode, "re.UNICODE"},
	{sre.FlagVerbose, "re.VERBOSE"},
	{sre.FlagDebug, "re.DEBUG"},
	{sre.FlagASCII, "re.ASCII"},
}

func truncRepr(t *objects.Thread, v Value, n int) (string, *Exc) {
	s, err := objects.ReprString(t, v)
	if err != nil {
		return "", err
	}
	if r := []rune(s); len(r) > n {
		s = string(r[:n])
	}
	return s, nil
}

func patternRepr(t *objects.Thread, v Value) (Value, *Exc) {
	p := pat(v)
	src, err := truncRepr(t, p.pattern, 200)
	if err != nil {
		return null, err
	}
	flags := p.flags
	if !p.isBytes && flags&(sre.FlagLocale|sre.FlagUnicode|sre.FlagASCII) == sre.FlagUnicode {
		flags &^= sre.FlagUnicode
	}
	if flags == 0 {
		return objects.NewStrValue("re.compile(" + src + ")"), nil
	}
	var names []string
	for _, f := range flagNames {
		if flags&f.bit != 0 {
			names = append(names, f.name)
			flags &^= f.bit
		}
	}
	if flags != 0 {
		names = append(names, "0x"+strings.ToLower(itoaHex(flags)))
	}
	return objects.NewStrValue("re.compile(" + src + ", " + strings.Join(names, "|") + ")"), nil
}

func itoaHex(n int) string {
	const digits = "0123456789abcdef"
	if n == 0 {
		return "0"
	}
	var b []byte
	for n > 0 {
		b = append([]byte{digits[n%16]}, b...)
		n /= 16
	}
	return string(b)
}

func matchRepr(t *objects.Thread, v Value) (Value, *Exc) {
	m := mat(v)
	g, err := truncRepr(t, m.group(0, objects.None), 50)
	if err != nil {
		return null, err
	}
	return objects.NewStrValue("<re.Match object; span=(" + itoa(m.marks[0]) + ", " + itoa(m.marks[1]) + "), match=" + g + ">"), nil
}

func itoa(n int) string {
	if n < 0 {
		return "-" + itoa(-n)
	}
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}
