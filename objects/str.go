package objects

import (
	"strings"
	"sync"
	"taipan/syntax"
	"unicode"
	"unicode/utf8"
)

// StrType is `str`.
var StrType = builtinType("str", nil, FlagBaseType)

// Str is a Python str: UTF-8 text with a cached hash and a cached
// code-point length (-1 until computed). Strings are immutable.
type Str struct {
	Header
	S      string
	hash   int64
	length int32 // code points; -1 unknown
	ascii  int8  // 0 unknown, 1 ascii, -1 not ascii
	hashed bool
	intern bool    // this is the interned instance (Intern)
	runes  *[]rune // lazily built index for non-ASCII strings (a pointer keeps Str at 48 bytes)
}

// NewStr returns a new str object.
func NewStr(s string) *Str { return &Str{Header: Header{StrType}, S: s, length: -1} }

// NewStrValue returns a new str value.
func NewStrValue(s string) Value { return Obj(NewStr(s)) }

var (
	internMu    sync.Mutex
	internTable = map[string]*Str{}
)

// Intern returns the unique interned str for s. Identifiers in code
// objects are interned, so attribute and global lookups compare pointers.
func Intern(s string) *Str {
	internMu.Lock()
	v, ok := internTable[s]
	if !ok {
		v = NewStr(s)
		v.Hash()
		v.intern = true
		internTable[s] = v
	}
	internMu.Unlock()
	return v
}

// InternStr is Intern for a str object: an exact str that is already the
// interned instance is returned as it is, without a table lookup.
func InternStr(s *Str) *Str {
	if s.intern {
		return s
	}
	return Intern(s.S)
}

// Hash returns the str's hash (cached).
func (s *Str) Hash() int64 {
	if !s.hashed {
		s.hash = hashString(s.S)
		s.hashed = true
	}
	return s.hash
}

// IsASCII reports whether the string is pure ASCII.
func (s *Str) IsASCII() bool {
	if s.ascii == 0 {
		s.ascii = -1
		if asciiOnly(s.S) {
			s.ascii = 1
		}
	}
	return s.ascii > 0
}

// Len returns the length in code points.
func (s *Str) Len() int {
	if s.length < 0 {
		if s.IsASCII() {
			s.length = int32(len(s.S))
		} else {
			s.length = int32(cpCountWTF8(s.S))
		}
	}
	return int(s.length)
}

// Runes returns the code points (cached for non-ASCII strings).
func (s *Str) Runes() []rune {
	if s.runes == nil {
		r := WTF8Runes(s.S)
		s.runes = &r
	}
	return *s.runes
}

// Substr returns code points [i, j).
func (s *Str) Substr(i, j int) string {
	if s.IsASCII() {
		return s.S[i:j]
	}
	return runesWTF8(s.Runes()[i:j])
}

// At returns code point i as a string.
func (s *Str) At(i int) string {
	if s.IsASCII() {
		return s.S[i : i+1]
	}
	return runesWTF8(s.Runes()[i : i+1])
}

var charCache [128]*Str

func init() {
	for i := range charCache {
		charCache[i] = Intern(string(rune(i)))
	}
}

// StrValueFor returns a str value, sharing single ASCII characters.
func StrValueFor(s string) Value {
	if len(s) == 1 && s[0] < 128 {
		return Obj(charCache[s[0]])
	}
	return NewStrValue(s)
}

// QuoteStr returns Python's repr of a str (shared with the syntax
// package, which carries CPython 3.11's isprintable table).
func QuoteStr(s string) string { return syntax.QuoteStr(s) }

func strRepr(t *Thread, v Value) (Value, *BaseException) {
	return NewStrValue(QuoteStr(As[Str](v).S)), nil
}

func strStr(t *Thread, v Value) (Value, *BaseException) {
	if v.Type() == StrType {
		return v, nil
	}
	return NewStrValue(As[Str](v).S), nil
}

func strHash(t *Thread, v Value) (int64, *BaseException) { return As[Str](v).Hash(), nil }

func strCompare(t *Thread, a, b Value, op CompareOp) (Value, *BaseException) {
	if !b.IsInstance(StrType) {
		return NotImplemented, nil
	}
	return Bool(cmpResult(strings.Compare(As[Str](a).S, As[Str](b).S), op)), nil
}

func strLen(t *Thread, v Value) (int, *BaseException) { return As[Str](v).Len(), nil }

func strBool(t *Thread, v Value) (bool, *BaseException) { return len(As[Str](v).S) > 0, nil }

func strAdd(t *Thread, a, b Value) (Value, *BaseException) {
	if !a.IsInstance(StrType) {
		return NotImplemented, nil
	}
	if !b.IsInstance(StrType) {
		return NotImplemented, nil // the message comes from seqOpError
	}
	if err := CheckAlloc(int64(len(As[Str](a).S)+len(As[Str](b).S)), 1); err != nil {
		return Null, err
	}
	return concat2(As[Str](a), As[Str](b)), nil
}

func strMul(t *Thread, a, b Value) (Value, *BaseException) {
	s, n := a, b
	if !s.IsInstance(StrType) {
		s, n = b, a
	}
	str := As[Str](s).S
	k, notImpl, err := repeatCount(t, n, len(str), 1)
	if notImpl || err != nil {
		if notImpl {
			return NotImplemented, nil
		}
		return Null, err
	}
	if k <= 0 {
		return NewStrValue(""), nil
	}
	return NewStrValue(strings.Repeat(str, k)), nil
}

func strMod(t *Thread, a, b Value) (Value, *BaseException) {
	if !a.IsInstance(StrType) {
		return NotImplemented, nil
	}
	return PercentFormat(t, As[Str](a).S, b)
}

func strGetItem(t *Thread, v, k Value) (Value, *BaseException) {
	s := As[Str](v)
	if k.Type() == SliceType {
		n := s.Len()
		start, stop, step, err := As[Slice](k).Indices(t, n)
		if err != nil {
			return Null, err
		}
		if step == 1 {
			if stop < start {
				stop = start
			}
			return NewStrValue(s.Substr(start, stop)), nil
		}
		var b strings.Builder
		for k, i, n := 0, start, SliceLen(start, stop, step); k < n; k, i = k+1, i+step {
			b.WriteString(s.At(i))
		}
		return NewStrValue(b.String()), nil
	}
	if k.p != intTagP && k.Type().Index == nil {
		return Null, Errorf(ExcTypeError, "string indices must be integers, not '%s'", k.Type().Name)
	}
	i, err := IndexOf(t, k, "string")
	if err != nil {
		return Null, err
	}
	n := s.Len()
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		return Null, Errorf(ExcIndexError, "string index out of range")
	}
	return StrValueFor(s.At(i)), nil
}

func strContains(t *Thread, v, x Value) (bool, *BaseException) {
	if !x.IsInstance(StrType) {
		return false, Errorf(ExcTypeError, "'in <string>' requires string as left operand, not %s", x.Type().Name)
	}
	return strings.Contains(As[Str](v).S, As[Str](x).S), nil
}

// strIter iterates over code points.
type strIter struct {
	Header
	s   *Str
	pos int // byte offset
}

var strIterType = builtinType("str_ascii_iterator", nil, 0)

func strIterNext(t *Thread, v Value) (Value, *BaseException) {
	it := As[strIter](v)
	if it.pos >= len(it.s.S) {
		return Null, nil
	}
	_, size := DecodeWTF8(it.s.S[it.pos:])
	r := it.s.S[it.pos : it.pos+size]
	it.pos += size
	return StrValueFor(r), nil
}

func strNew(t *Thread, typ *Type, args []Value, kwnames *Tuple) (Value, *BaseException) {
	if kwnames != nil || len(args) > 1 {
		return strNewDecode(t, typ, args, kwnames)
	}
	s := ""
	if len(args) == 1 {
		var err *BaseException
		s, err = StrString(t, args[0])
		if err != nil {
			return Null, err
		}
	}
	o := NewStr(s)
	o.typ = typ
	return Obj(o), nil
}

// strRange applies optional (start, end) code-point arguments to s: the
// selected text and its offset in code points (-1: empty, start beyond
// the end).
func strRange(t *Thread, s *Str, args []Value) (string, int, *BaseException) {
	if len(args) == 0 || len(args) == 1 && args[0].IsNone() || len(args) == 2 && args[0].IsNone() && args[1].IsNone() {
		return s.S, 0, nil
	}
	var lo, hi Value = None, None
	lo = args[0]
	if len(args) > 1 {
		hi = args[1]
	}
	n := s.Len()
	start, stop, _, err := (&Slice{Start: lo, Stop: hi, Step: None}).Indices(t, n)
	if err != nil {
		return "", 0, err
	}
	if start > n || (stop < start && !(start == stop)) {
		if start > n {
			return "", -1, nil
		}
		return "", start, nil
	}
	if stop < start {
		stop = start
	}
	return s.Substr(start, stop), start, nil
}

func isASCII(s string) bool { return asciiOnly(s) }

func strArg(args []Value, i int, fn string) (string, *BaseException) {
	if !args[i].IsInstance(StrType) {
		return "", Errorf(ExcTypeError, "%s arg must be None or str", fn)
	}
	return As[Str](args[i]).S, nil
}

func init() {
	StrType.Repr = strRepr
	StrType.Str = strStr
	StrType.Hash = strHash
	StrType.RichCompare = strCompare
	StrType.Len = strLen
	StrType.Bool = strBool
	StrType.NB[OpAdd] = strAdd
	StrType.NB[OpMul] = strMul
	StrType.NB[OpMod] = strMod
	StrType.GetItem = strGetItem
	StrType.Contains = strContains
	StrType.New = strNew
	StrType.Iter = func(t *Thread, v Value) (Value, *BaseException) {
		return Obj(&strIter{Header: Header{strIterType}, s: As[Str](v)}), nil
	}
	strIterType.Iter = selfIter
	strIterType.Next = strIterNext

	m := StrType.AddMethod
	m("format", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		return StrFormatMethod(t, As[Str](self).S, args, kwnames)
	})

	pred := func(name string, f func(s, x string) bool) {
		m(name, func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
			if err := CheckArgs(name, args, kwnames, 1, 3); err != nil {
				return Null, err
			}
			s, _, err := strRange(t, As[Str](self), args[1:])
			if err != nil {
				return Null, err
			}
			if args[0].Type() == TupleType {
				for _, x := range As[Tuple](args[0]).Items {
					if x.IsInstance(StrType) && f(s, As[Str](x).S) {
						return True, nil
					}
				}
				return False, nil
			}
			if !args[0].IsInstance(StrType) {
				return Null, Errorf(ExcTypeError, "%s first arg must be str or a tuple of str, not %s", name, args[0].Type().Name)
			}
			return Bool(f(s, As[Str](args[0]).S)), nil
		})
	}
	pred("startswith", strings.HasPrefix)
	pred("endswith", strings.HasSuffix)
	find := func(name string, rev, raise bool) {
		m(name, func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
			if err := CheckArgs(name, args, kwnames, 1, 3); err != nil {
				return Null, err
			}
			sub, err := strArg(args, 0, name)
			if err != nil {
				return Null, err
			}
			s, off, err := strRange(t, As[Str](self), args[1:])
			if err != nil {
				return Null, err
			}
			var i int
			if off < 0 {
				i = -1
			} else if rev {
				i = strings.LastIndex(s, sub)
			} else {
				i = strings.Index(s, sub)
			}
			if i < 0 {
				if raise {
					return Null, Errorf(ExcValueError, "substring not found")
				}
				return Int(-1), nil
			}
			return Int(int64(off + utf8.RuneCountInString(s[:i]))), nil
		})
	}
	find("find", false, false)
	find("rfind", true, false)
	find("index", false, true)
	find("rindex", true, true)
	part := func(name string, rev bool) {
		m(name, func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
			if err := CheckArgs(name, args, kwnames, 1, 1); err != nil {
				return Null, err
			}
			sep, err := strArg(args, 0, name)
			if err != nil {
				return Null, err
			}
			if sep == "" {
				return Null, Errorf(ExcValueError, "empty separator")
			}
			s := As[Str](self).S
			var i int
			if rev {
				i = strings.LastIndex(s, sep)
			} else {
				i = strings.Index(s, sep)
			}
			e := NewStrValue("")
			if i < 0 {
				if rev {
					return NewTupleValue([]Value{e, e, self}), nil
				}
				return NewTupleValue([]Value{self, e, e}), nil
			}
			return NewTupleValue([]Value{NewStrValue(s[:i]), args[0], NewStrValue(s[i+len(sep):])}), nil
		})
	}
	part("partition", false)
	part("rpartition", true)
	affix := func(name string, f func(s, x string) string) {
		m(name, func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
			if err := CheckArgs(name, args, kwnames, 1, 1); err != nil {
				return Null, err
			}
			x, err := strArg(args, 0, name)
			if err != nil {
				return Null, err
			}
			return NewStrValue(f(As[Str](self).S, x)), nil
		})
	}
	affix("removeprefix", strings.TrimPrefix)
	affix("removesuffix", strings.TrimSuffix)
	isf := func(name string, f func(rune) bool) {
		m(name, func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
			s := As[Str](self).S
			if s == "" {
				return False, nil
			}
			for _, r := range s {
				if !f(r) {
					return False, nil
				}
			}
			return True, nil
		})
	}
	isf("isdigit", unicode.IsDigit)
	isf("isdecimal", unicode.IsDigit)
	isf("isnumeric", unicode.IsNumber)
	isf("isalpha", unicode.IsLetter)
	isf("isalnum", func(r rune) bool { return unicode.IsLetter(r) || unicode.IsNumber(r) })
	isf("isspace", unicode.IsSpace)
	m("isupper", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		s := As[Str](self).S
		return Bool(strings.ToUpper(s) == s && strings.ToLower(s) != s), nil
	})
	m("islower", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		s := As[Str](self).S
		return Bool(strings.ToLower(s) == s && strings.ToUpper(s) != s), nil
	})
	pad := func(name string, f func(s string, n int, fill string) string) {
		m(name, func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
			if err := CheckArgs(name, args, kwnames, 1, 2); err != nil {
				return Null, err
			}
			w, ok := IntToInt64(args[0])
			if !IsIntValue(args[0]) {
				return Null, Errorf(ExcTypeError, "'%s' object cannot be interpreted as an integer", args[0].Type().Name)
			}
			if !ok {
				return Null, Errorf(ExcOverflowError, "Python int too large to convert to C ssize_t")
			}
			if len(args) == 2 {
				if f := args[1]; f.Type() != StrType || As[Str](f).Len() != 1 {
					if f.Type() != StrType {
						return Null, Errorf(ExcTypeError, "%s() argument 2 must be str, not %s", name, f.Type().Name)
					}
					return Null, Errorf(ExcTypeError, "The fill character must be exactly one character long")
				}
			}
			if err := CheckAlloc(w, 4); err != nil && w > 0 {
				return Null, err
			}
			fill := " "
			if len(args) == 2 {
				fill = As[Str](args[1]).S
			}
			s := As[Str](self)
			n := int(w) - s.Len()
			if n <= 0 {
				return self, nil
			}
			return NewStrValue(f(s.S, n, fill)), nil
		})
	}
	pad("ljust", func(s string, n int, fill string) string { return s + strings.Repeat(fill, n) })
	pad("rjust", func(s string, n int, fill string) string { return strings.Repeat(fill, n) + s })
	pad("center", func(s string, n int, fill string) string {
		width := n + utf8.RuneCountInString(s)
		l := n/2 + (n & width & 1) // CPython's rounding
		return strings.Repeat(fill, l) + s + strings.Repeat(fill, n-l)
	})
}
