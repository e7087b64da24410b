// Package sre is the regular expression matching engine behind Python's re
// module: it executes the integer code that CPython's pure-Python
// re._compiler produces (the _sre code format, MAGIC 20220615), with the
// same results as CPython 3.11's _sre, including the exact capture-group
// bookkeeping of its backtracking matcher.
//
// The engine is written in plain Go and is independent of Taipan's object
// model: subjects are byte slices (bytes, or str whose code points all fit
// in a byte) or rune slices (other str), and results are integer spans.
// Backtracking uses an explicit context stack, so matching never recurses
// on the Go stack in proportion to the subject length; the stack is capped
// (ErrMemory) instead.
package sre

import (
	"errors"
	"sync"
	"unicode/utf8"
	"unsafe"
)

// Magic is the _sre.MAGIC value the code format corresponds to.
const Magic = 20220615

// CodeSize is _sre.CODESIZE, the size in bytes of one code word.
const CodeSize = 4

// MaxRepeat is _sre.MAXREPEAT, the "unbounded" repeat count.
const MaxRepeat = 0xFFFFFFFF

// MaxGroups is _sre.MAXGROUPS.
const MaxGroups = 0x3FFFFFFF

// Opcodes (re._constants.OPCODES).
const (
	opFailure = iota
	opSuccess
	opAny
	opAnyAll
	opAssert
	opAssertNot
	opAt
	opBranch
	opCategory
	opCharset
	opBigCharset
	opGroupref
	opGrouprefExists
	opIn
	opInfo
	opJump
	opLiteral
	opMark
	opMaxUntil
	opMinUntil
	opNotLiteral
	opNegate
	opRange
	opRepeat
	opRepeatOne
	opSubpattern
	opMinRepeatOne
	opAtomicGroup
	opPossessiveRepeat
	opPossessiveRepeatOne
	opGrouprefIgnore
	opInIgnore
	opLiteralIgnore
	opNotLiteralIgnore
	opGrouprefLocIgnore
	opInLocIgnore
	opLiteralLocIgnore
	opNotLiteralLocIgnore
	opGrouprefUniIgnore
	opInUniIgnore
	opLiteralUniIgnore
	opNotLiteralUniIgnore
	opRangeUniIgnore
	numOpcodes
)

// AT codes (re._constants.ATCODES).
const (
	atBeginning = iota
	atBeginningLine
	atBeginningString
	atBoundary
	atNonBoundary
	atEnd
	atEndLine
	atEndString
	atLocBoundary
	atLocNonBoundary
	atUniBoundary
	atUniNonBoundary
	numAtCodes
)

// CATEGORY codes (re._constants.CHCODES).
const (
	catDigit = iota
	catNotDigit
	catSpace
	catNotSpace
	catWord
	catNotWord
	catLinebreak
	catNotLinebreak
	catLocWord
	catLocNotWord
	catUniDigit
	catUniNotDigit
	catUniSpace
	catUniNotSpace
	catUniWord
	catUniNotWord
	catUniLinebreak
	catUniNotLinebreak
	numCategories
)

// Pattern flags (re._constants.SRE_FLAG_*).
const (
	FlagTemplate   = 1
	FlagIgnoreCase = 2
	FlagLocale     = 4
	FlagMultiline  = 8
	FlagDotAll     = 16
	FlagUnicode    = 32
	FlagVerbose    = 64
	FlagDebug      = 128
	FlagASCII      = 256
)

// INFO block flags.
const (
	infoPrefix  = 1
	infoLiteral = 2
	infoCharset = 4
)

// Errors returned by the engine. The _sre wrapper maps ErrInvalidCode and
// ErrInternal to RuntimeError and ErrMemory to MemoryError.
var (
	ErrInvalidCode = errors.New("invalid SRE code")
	ErrInternal    = errors.New("internal error in regular expression engine")
	ErrMemory      = errors.New("regular expression engine ran out of memory")
)

// MaxStack caps the number of backtracking contexts (and, times four, the
// number of saved words) one match may hold before failing with ErrMemory.
var MaxStack = 1 << 23

// Program is validated _sre code, safe for concurrent use.
type Program struct {
	Code   []uint32
	Flags  int
	Groups int // number of capture groups, not counting group 0

	pool sync.Pool // *machine
}

// Compile validates code (as _sre.compile does) and returns the program.
// groups is the number of capture groups (the "groups-1" argument that
// re._compiler passes to _sre.compile is groups, not counting group 0).
func Compile(code []uint32, flags int, groups int) (*Program, error) {
	if groups < 0 || groups > MaxGroups {
		return nil, ErrInvalidCode
	}
	if err := validate(code, groups); err != nil {
		return nil, err
	}
	return &Program{Code: code, Flags: flags, Groups: groups}, nil
}

// Subject is the string being matched: a sequence of byte-wide or
// rune-wide code units. Indices in results count these units.
type Subject struct {
	b    []byte
	r    []rune
	wide bool
}

// Bytes returns a subject of byte-wide units: a bytes object, or a str
// whose code points are all below 256 (Latin-1).
func Bytes(b []byte) Subject { return Subject{b: b} }

// Runes returns a subject of code points.
func Runes(r []rune) Subject { return Subject{r: r, wide: true} }

// String returns a subject for the code points of the UTF-8 string s. An
// ASCII string is used in place, without copying; the engine never writes
// to a subject.
func String(s string) Subject {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return Runes([]rune(s))
		}
	}
	return Subject{b: unsafe.Slice(unsafe.StringData(s), len(s))}
}

// Len is the number of code units of s.
func (s Subject) Len() int {
	if s.wide {
		return len(s.r)
	}
	return len(s.b)
}

// At returns the code unit at index i.
func (s Subject) At(i int) uint32 {
	if s.wide {
		return uint32(s.r[i])
	}
	return uint32(s.b[i])
}

// MatchResult is a successful match.
type MatchResult struct {
	// Marks holds start and end of group g at 2g and 2g+1 (group 0 is the
	// whole match); -1 for groups that did not participate.
	Marks []int
	// LastIndex is the index of the last closed group, or -1 (Python's
	// Match.lastindex is None then).
	LastIndex int
	// Pos and EndPos are the clamped search bounds.
	Pos, EndPos int
}

// Span returns the span of group g, (-1, -1) when it did not participate.
func (r *MatchResult) Span(g int) (int, int) { return r.Marks[2*g], r.Marks[2*g+1] }

const (
	modeMatch = iota
	modeFullMatch
	modeSearch
)

// Match matches the program anchored at pos (re.Pattern.match).
func (p *Program) Match(s Subject, pos, endpos int) (*MatchResult, error) {
	return p.exec(s, pos, endpos, modeMatch, false)
}

// FullMatch matches the program against all of s[pos:endpos]
// (re.Pattern.fullmatch).
func (p *Program) FullMatch(s Subject, pos, endpos int) (*MatchResult, error) {
	return p.exec(s, pos, endpos, modeFullMatch, false)
}

// Search finds the first match starting at or after pos (re.Pattern.search).
func (p *Program) Search(s Subject, pos, endpos int) (*MatchResult, error) {
	return p.exec(s, pos, endpos, modeSearch, false)
}

func clampBounds(n, pos, endpos int) (int, int) {
	if pos < 0 {
		pos = 0
	} else if pos > n {
		pos = n
	}
	if endpos < 0 {
		endpos = 0
	} else if endpos > n {
		endpos = n
	}
	return pos, endpos
}

func (p *Program) getMachine() *machine {
	if m, ok := p.pool.Get().(*machine); ok {
		return m
	}
	m := &machine{code: p.Code, marks: make([]int, 2*p.Groups)}
	return m
}

func (p *Program) exec(s Subject, pos, endpos int, mode int, mustAdvance bool) (res *MatchResult, err error) {
	pos, endpos = clampBounds(s.Len(), pos, endpos)
	m := p.getMachine()
	st, en, status, err := p.run(m, s, pos, endpos, mode, mustAdvance)
	if err == nil && status {
		res = m.result(p.Groups, st, en)
		res.Pos, res.EndPos = pos, endpos
	}
	p.pool.Put(m)
	return res, err
}

// run executes one match or search and returns the span of group 0.
func (p *Program) run(m *machine, s Subject, start, end int, mode int, mustAdvance bool) (mstart, mend int, ok bool, err error) {
	defer func() {
		if r := recover(); r != nil {
			m.clear()
			ok, err = false, ErrInternal
		}
	}()
	m.reset(start, end)
	m.mustAdvance = mustAdvance
	m.matchAll = mode == modeFullMatch
	var status int
	if s.wide {
		if mode == modeSearch {
			status, err = search(m, s.r)
		} else {
			status, err = runMatch(m, s.r, 0, true)
		}
	} else {
		if mode == modeSearch {
			status, err = search(m, s.b)
		} else {
			status, err = runMatch(m, s.b, 0, true)
		}
	}
	if err != nil {
		m.clear()
		return 0, 0, false, err
	}
	return m.start, m.ptr, status > 0, nil
}

// Scanner iterates over successive matches the way re.finditer, re.sub,
// re.split, re.findall and Pattern.scanner do (CPython 3.7+ rules: an empty
// match may directly follow a non-empty one, but a match may not be empty
// at the position where the previous one ended empty).
type Scanner struct {
	p           *Program
	s           Subject
	pos, endpos int
	start, end  int
	mustAdvance bool
	done        bool
}

// Scanner starts an iteration over s[pos:endpos].
func (p *Program) Scanner(s Subject, pos, endpos int) *Scanner {
	pos, endpos = clampBounds(s.Len(), pos, endpos)
	return &Scanner{p: p, s: s, pos: pos, endpos: endpos, start: pos, end: endpos}
}

// Search returns the next match, or nil when there are no more.
func (sc *Scanner) Search() (*MatchResult, error) { return sc.next(modeSearch) }

// Match returns the next match anchored where the previous one ended
// (Scanner.match), or nil.
func (sc *Scanner) Match() (*MatchResult, error) { return sc.next(modeMatch) }

func (sc *Scanner) next(mode int) (*MatchResult, error) {
	if sc.done {
		return nil, nil
	}
	p := sc.p
	m := p.getMachine()
	defer p.pool.Put(m)
	st, en, ok, err := p.run(m, sc.s, sc.start, sc.end, mode, sc.mustAdvance)
	if err != nil {
		sc.done = true
		return nil, err
	}
	if !ok {
		sc.done = true
		return nil, nil
	}
	res := m.result(p.Groups, st, en)
	res.Pos, res.EndPos = sc.pos, sc.endpos
	sc.mustAdvance = en == st
	sc.start = en
	return res, nil
}
