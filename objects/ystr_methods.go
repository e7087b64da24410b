package objects

import (
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/text/cases"
	"golang.org/x/text/language"
)

// str methods completed or corrected against CPython 3.11 (error
// messages, Python's whitespace and line-break sets, the Unicode
// predicates). Registered after str.go's, so these replace them.

// PyIsSpace is str.isspace for one character (Python's whitespace set:
// Unicode White_Space plus the ASCII separators \x1c-\x1f).
func PyIsSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\x0b', '\x0c', '\x1c', '\x1d', '\x1e', '\x1f', '\x85', '\xa0':
		return true
	}
	return r > 0x7f && unicode.IsSpace(r) || r == 0x1680 || r >= 0x2000 && r <= 0x200a || r == 0x2028 || r == 0x2029 || r == 0x202f || r == 0x205f || r == 0x3000
}

// isLineBreak reports the characters str.splitlines splits on.
func isLineBreak(r rune) bool {
	switch r {
	case '\n', '\r', '\x0b', '\x0c', '\x1c', '\x1d', '\x1e', '\x85', 0x2028, 0x2029:
		return true
	}
	return false
}

// strArgMsg checks that args[i] is a str, with CPython's "must be str,
// not T" message (prefix names the method when CPython does).
func strArgMsg(v Value, prefix string) (string, *BaseException) {
	if !v.IsInstance(StrType) {
		tn := v.Type().Name
		if prefix != "" && v.IsNone() {
			tn = "None" // Argument Clinic's wording
		}
		return "", Errorf(ExcTypeError, "%smust be str, not %s", prefix, tn)
	}
	return As[Str](v).S, nil
}

// methArgs is CheckArgs with the "str.name()" prefix CPython uses for
// single-argument methods.
func methArgs(typ, name string, args []Value, kwnames *Tuple, lo, hi int) *BaseException {
	if kwnames.Len() > 0 {
		return Errorf(ExcTypeError, "%s.%s() takes no keyword arguments", typ, name)
	}
	n := len(args)
	if n >= lo && n <= hi {
		return nil
	}
	if lo == 1 && hi == 1 {
		return Errorf(ExcTypeError, "%s.%s() takes exactly one argument (%d given)", typ, name, n)
	}
	if lo == 0 && hi == 0 {
		return Errorf(ExcTypeError, "%s.%s() takes no arguments (%d given)", typ, name, n)
	}
	return CheckArgs(name, args, kwnames, lo, hi)
}

// intArg converts an integer argument (via __index__).
func intArg(t *Thread, v Value) (int64, *BaseException) {
	if !IsIntValue(v) && v.Type().Index == nil {
		return 0, Errorf(ExcTypeError, "'%s' object cannot be interpreted as an integer", v.Type().Name)
	}
	x, err := Index(t, v)
	if err != nil {
		return 0, err
	}
	n, ok := IntToInt64(x)
	if !ok {
		return 0, Errorf(ExcOverflowError, "Python int too large to convert to C ssize_t")
	}
	return n, nil
}

// splitArgs parses (sep=None, maxsplit=-1) of split/rsplit.
func splitArgs(t *Thread, name string, args []Value, kwnames *Tuple) (Value, int64, *BaseException) {
	pos, kw := SplitArgs(args, kwnames)
	sep := None
	var maxV Value = Null
	if len(pos) > 2 {
		return Null, 0, Errorf(ExcTypeError, "%s() takes at most 2 arguments (%d given)", name, len(pos))
	}
	if len(pos) > 0 {
		sep = pos[0]
	}
	if len(pos) > 1 {
		maxV = pos[1]
	}
	for i, v := range kw {
		switch k := As[Str](kwnames.Items[i]).S; k {
		case "sep":
			sep = v
		case "maxsplit":
			maxV = v
		default:
			return Null, 0, Errorf(ExcTypeError, "'%s' is an invalid keyword argument for %s()", k, name)
		}
	}
	maxsplit := int64(-1)
	if !maxV.IsNull() {
		var err *BaseException
		if maxsplit, err = intArg(t, maxV); err != nil {
			return Null, 0, err
		}
	}
	return sep, maxsplit, nil
}

func strSplitPy(t *Thread, self Value, args []Value, kwnames *Tuple, rev bool) (Value, *BaseException) {
	name := "split"
	if rev {
		name = "rsplit"
	}
	sepV, maxsplit, err := splitArgs(t, name, args, kwnames)
	if err != nil {
		return Null, err
	}
	st := As[Str](self)
	s := st.S
	ascii := st.IsASCII()
	if sepV.IsNone() && maxsplit < 0 && ascii {
		return Obj(asciiFieldsList(s)), nil
	}
	if maxsplit < 0 {
		maxsplit = int64(len(s)) + 1
	}
	var parts []string
	if sepV.IsNone() {
		if !rev {
			for {
				s = strings.TrimLeftFunc(s, PyIsSpace)
				if s == "" {
					break
				}
				if int64(len(parts)) == maxsplit {
					parts = append(parts, s)
					break
				}
				i := strings.IndexFunc(s, PyIsSpace)
				if i < 0 {
					parts = append(parts, s)
					break
				}
				parts = append(parts, s[:i])
				s = s[i:]
			}
		} else {
			for {
				s = strings.TrimRightFunc(s, PyIsSpace)
				if s == "" {
					break
				}
				if int64(len(parts)) == maxsplit {
					parts = append(parts, s)
					break
				}
				i := strings.LastIndexFunc(s, PyIsSpace)
				if i < 0 {
					parts = append(parts, s)
					break
				}
				_, n := utf8.DecodeRuneInString(s[i:])
				parts = append(parts, s[i+n:])
				s = s[:i+n-n]
				s = s[:i]
			}
			reverseStrings(parts)
		}
	} else {
		sep, err := strArgMsg(sepV, "")
		if err != nil {
			return Null, Errorf(ExcTypeError, "must be str or None, not %s", sepV.Type().Name)
		}
		if sep == "" {
			return Null, Errorf(ExcValueError, "empty separator")
		}
		if !rev && maxsplit > int64(len(s)) {
			return Obj(splitSepList(st, sep)), nil
		}
		if !rev {
			parts = strings.SplitN(s, sep, int(min(maxsplit, int64(len(s))+1))+1)
		} else {
			for int64(len(parts)) < maxsplit {
				i := strings.LastIndex(s, sep)
				if i < 0 {
					break
				}
				parts = append(parts, s[i+len(sep):])
				s = s[:i]
			}
			parts = append(parts, s)
			reverseStrings(parts)
		}
	}
	return NewListValue(strValues(parts, ascii)), nil
}

func reverseStrings(p []string) {
	for i, j := 0, len(p)-1; i < j; i, j = i+1, j-1 {
		p[i], p[j] = p[j], p[i]
	}
}

// keepends parses splitlines' (keepends=False).
func keependsArg(t *Thread, name string, args []Value, kwnames *Tuple) (bool, *BaseException) {
	pos, kw := SplitArgs(args, kwnames)
	if len(args) > 1 {
		return false, Errorf(ExcTypeError, "%s() takes at most 1 argument (%d given)", name, len(args))
	}
	var v Value = Null
	if len(pos) == 1 {
		v = pos[0]
	}
	for i, x := range kw {
		if k := As[Str](kwnames.Items[i]).S; k != "keepends" {
			return false, Errorf(ExcTypeError, "%s() got an unexpected keyword argument '%s'", name, k)
		}
		v = x
	}
	if v.IsNull() {
		return false, nil
	}
	n, err := intArg(t, v)
	return n != 0, err
}

// Unicode predicates for one character.
func isDecimalRune(r rune) bool { return unicode.Is(unicode.Nd, r) }
func isDigitRune(r rune) bool {
	if isDecimalRune(r) {
		return true
	}
	switch {
	case r == 0xb2 || r == 0xb3 || r == 0xb9, r >= 0x2070 && r <= 0x2079 && r != 0x2071 && r != 0x2072 && r != 0x2073,
		r >= 0x2080 && r <= 0x2089, r >= 0x2460 && r <= 0x2468, r >= 0x2474 && r <= 0x247c, r >= 0x2488 && r <= 0x2490,
		r == 0x24ea, r >= 0x24f5 && r <= 0x24fd, r == 0x24ff, r >= 0x2776 && r <= 0x277e, r >= 0x2780 && r <= 0x2788,
		r >= 0x278a && r <= 0x2792, r >= 0x1369 && r <= 0x1371, r == 0x19da:
		return true
	}
	return false
}
func isNumericRune(r rune) bool {
	if unicode.IsNumber(r) {
		return true
	}
	switch r {
	case '〇', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '百', '千', '万', '億', '兆', '零', '壱', '弐', '参', '拾':
		return true
	}
	return false
}
func isAlphaRune(r rune) bool { return unicode.IsLetter(r) }
func isAlnumRune(r rune) bool { return isAlphaRune(r) || isNumericRune(r) }
func isCased(r rune) bool {
	return unicode.IsUpper(r) || unicode.IsLower(r) || unicode.IsTitle(r) || unicode.In(r, unicode.Other_Lowercase, unicode.Other_Uppercase)
}
func isPrintableRune(r rune) bool {
	if r == ' ' {
		return true
	}
	if unicode.In(r, unicode.Cc, unicode.Cf, unicode.Cs, unicode.Co, unicode.Zl, unicode.Zp, unicode.Zs) {
		return false
	}
	return unicode.In(r, unicode.L, unicode.M, unicode.N, unicode.P, unicode.S)
}
func isIDStart(r rune) bool {
	return r == '_' || unicode.IsLetter(r) || unicode.Is(unicode.Nl, r) || unicode.Is(unicode.Other_ID_Start, r)
}
func isIDContinue(r rune) bool {
	return isIDStart(r) || unicode.In(r, unicode.Mn, unicode.Mc, unicode.Nd, unicode.Pc) || unicode.Is(unicode.Other_ID_Continue, r)
}

func init() {
	m := StrType.AddMethod
	m("split", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		return strSplitPy(t, self, args, kwnames, false)
	})
	m("rsplit", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		return strSplitPy(t, self, args, kwnames, true)
	})
	m("splitlines", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		keep, err := keependsArg(t, "splitlines", args, kwnames)
		if err != nil {
			return Null, err
		}
		s := As[Str](self).S
		var out []Value
		start := 0
		for i := 0; i < len(s); {
			r, n := utf8.DecodeRuneInString(s[i:])
			if !isLineBreak(r) {
				i += n
				continue
			}
			end := i + n
			if r == '\r' && end < len(s) && s[end] == '\n' {
				end++
			}
			if keep {
				out = append(out, NewStrValue(s[start:end]))
			} else {
				out = append(out, NewStrValue(s[start:i]))
			}
			start, i = end, end
		}
		if start < len(s) {
			out = append(out, NewStrValue(s[start:]))
		}
		return NewListValue(out), nil
	})
	strip := func(name string, left, right bool) {
		m(name, func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
			if err := CheckArgs(name, args, kwnames, 0, 1); err != nil {
				return Null, err
			}
			st := As[Str](self)
			s := st.S
			if len(args) == 0 || args[0].IsNone() {
				r := trimPySpace(s, left, right)
				if len(r) == len(s) && self.Type() == StrType {
					return self, nil
				}
				return strPart(st, r), nil
			}
			f := PyIsSpace
			if len(args) == 1 && !args[0].IsNone() {
				chars, err := strArgMsg(args[0], "")
				if err != nil {
					return Null, Errorf(ExcTypeError, "%s arg must be None or str", name)
				}
				f = func(r rune) bool { return strings.ContainsRune(chars, r) }
			}
			if left {
				s = strings.TrimLeftFunc(s, f)
			}
			if right {
				s = strings.TrimRightFunc(s, f)
			}
			if s == As[Str](self).S && self.Type() == StrType {
				return self, nil
			}
			return NewStrValue(s), nil
		})
	}
	strip("strip", true, true)
	strip("lstrip", true, false)
	strip("rstrip", false, true)
	m("join", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		if err := methArgs("str", "join", args, kwnames, 1, 1); err != nil {
			return Null, err
		}
		if args[0].Type().Iter == nil && args[0].Type().GetItem == nil {
			return Null, Errorf(ExcTypeError, "can only join an iterable")
		}
		var items []Value
		switch a := args[0]; a.Type() {
		case ListType: // no Python code runs below: the items can be read in place
			items = As[List](a).Items
		case TupleType:
			items = As[Tuple](a).Items
		default:
			var err *BaseException
			if items, err = IterToSlice(t, a); err != nil {
				return Null, err
			}
		}
		if err := t.Spend(len(items)); err != nil {
			return Null, err
		}
		sepStr := As[Str](self)
		sep := sepStr.S
		n := 0
		ascii := sepStr.ascii > 0
		for i, it := range items {
			if !it.IsInstance(StrType) {
				return Null, Errorf(ExcTypeError, "sequence item %d: expected str instance, %s found", i, it.Type().Name)
			}
			p := As[Str](it)
			n += len(p.S)
			ascii = ascii && p.ascii > 0
		}
		switch len(items) {
		case 0:
			return NewStrValue(""), nil
		case 1:
			if items[0].Type() == StrType {
				return items[0], nil // CPython returns the only item itself
			}
			return NewStrValue(As[Str](items[0]).S), nil
		}
		if err := CheckAlloc(int64(len(sep)), int64(len(items)-1)); err != nil {
			return Null, err
		}
		n += len(sep) * (len(items) - 1)
		if err := CheckAlloc(int64(n), 1); err != nil {
			return Null, err
		}
		b := make([]byte, 0, n)
		for i, it := range items {
			if i > 0 {
				b = append(b, sep...)
			}
			b = append(b, As[Str](it).S...)
		}
		r := NewStr(unsafe.String(unsafe.SliceData(b), len(b)))
		if ascii {
			r.ascii, r.length = 1, int32(len(b))
		}
		return Obj(r), nil
	})
	m("casefold", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		if err := methArgs("str", "casefold", args, kwnames, 0, 0); err != nil {
			return Null, err
		}
		s := As[Str](self).S
		if isASCII(s) {
			return NewStrValue(strings.ToLower(s)), nil
		}
		return NewStrValue(cases.Fold().String(s)), nil
	})
	m("capitalize", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		if err := methArgs("str", "capitalize", args, kwnames, 0, 0); err != nil {
			return Null, err
		}
		s := As[Str](self).S
		if s == "" {
			return self, nil
		}
		_, n := utf8.DecodeRuneInString(s)
		// lower the whole string so that final sigma sees its context
		low, first := lowerFull(s), lowerFull(s[:n])
		if strings.HasPrefix(low, first) {
			return NewStrValue(titleRune(s[:n]) + low[len(first):]), nil
		}
		return NewStrValue(titleRune(s[:n]) + lowerFull(s[n:])), nil
	})
	m("title", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		if err := methArgs("str", "title", args, kwnames, 0, 0); err != nil {
			return Null, err
		}
		var b strings.Builder
		prev := false
		s := As[Str](self).S
		for i, r := range s {
			n := utf8.RuneLen(r)
			if prev && r == 'Σ' {
				b.WriteString(sigmaLower(s, i))
			} else if prev {
				b.WriteString(lowerFull(s[i : i+n]))
			} else {
				b.WriteString(titleRune(s[i : i+n]))
			}
			prev = isCased(r)
		}
		return NewStrValue(b.String()), nil
	})
	m("swapcase", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		if err := methArgs("str", "swapcase", args, kwnames, 0, 0); err != nil {
			return Null, err
		}
		var b strings.Builder
		s := As[Str](self).S
		for i, r := range s {
			c := s[i : i+utf8.RuneLen(r)]
			switch {
			case unicode.IsUpper(r):
				if r == 'Σ' {
					b.WriteString(sigmaLower(s, i))
				} else {
					b.WriteString(lowerFull(c))
				}
			case unicode.IsLower(r):
				b.WriteString(upperFull(c))
			default:
				b.WriteString(c)
			}
		}
		return NewStrValue(b.String()), nil
	})
	pred := func(name string, empty bool, f func(r rune) bool) {
		m(name, func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
			if err := methArgs("str", name, args, kwnames, 0, 0); err != nil {
				return Null, err
			}
			s := As[Str](self).S
			if s == "" {
				return Bool(empty), nil
			}
			for _, r := range s {
				if !f(r) {
					return False, nil
				}
			}
			return True, nil
		})
	}
	pred("isdigit", false, isDigitRune)
	pred("isdecimal", false, isDecimalRune)
	pred("isnumeric", false, isNumericRune)
	pred("isalpha", false, isAlphaRune)
	pred("isalnum", false, isAlnumRune)
	pred("isspace", false, PyIsSpace)
	pred("isprintable", true, isPrintableRune)
	pred("isascii", true, func(r rune) bool { return r < 0x80 })
	m("isidentifier", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		if err := methArgs("str", "isidentifier", args, kwnames, 0, 0); err != nil {
			return Null, err
		}
		s := As[Str](self).S
		for i, r := range s {
			if i == 0 && !isIDStart(r) || !isIDContinue(r) {
				return False, nil
			}
		}
		return Bool(s != ""), nil
	})
	caseTest := func(name string, want func(r rune) bool, other func(r rune) bool) {
		m(name, func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
			if err := methArgs("str", name, args, kwnames, 0, 0); err != nil {
				return Null, err
			}
			cased := false
			for _, r := range As[Str](self).S {
				if other(r) {
					return False, nil
				}
				if want(r) {
					cased = true
				}
			}
			return Bool(cased), nil
		})
	}
	caseTest("islower", func(r rune) bool { return unicode.IsLower(r) || unicode.Is(unicode.Other_Lowercase, r) },
		func(r rune) bool { return unicode.IsUpper(r) || unicode.IsTitle(r) })
	caseTest("isupper", func(r rune) bool { return unicode.IsUpper(r) || unicode.Is(unicode.Other_Uppercase, r) }, func(r rune) bool { return unicode.IsLower(r) || unicode.IsTitle(r) })
	m("istitle", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		if err := methArgs("str", "istitle", args, kwnames, 0, 0); err != nil {
			return Null, err
		}
		cased, prev := false, false
		for _, r := range As[Str](self).S {
			switch {
			case unicode.IsUpper(r) || unicode.IsTitle(r):
				if prev {
					return False, nil
				}
				prev, cased = true, true
			case unicode.IsLower(r):
				if !prev {
					return False, nil
				}
				prev, cased = true, true
			default:
				prev = false
			}
		}
		return Bool(cased), nil
	})
	find := func(name string, rev, raise bool) {
		m(name, func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
			if err := findArgs(name, args, kwnames); err != nil {
				return Null, err
			}
			sub, err := strArgMsg(args[0], "")
			if err != nil {
				return Null, err
			}
			i, err := strFindPy(t, As[Str](self), sub, args[1:], rev)
			if err != nil {
				return Null, err
			}
			if i < 0 && raise {
				return Null, Errorf(ExcValueError, "substring not found")
			}
			return Int(int64(i)), nil
		})
	}
	find("find", false, false)
	find("rfind", true, false)
	find("index", false, true)
	find("rindex", true, true)
	m("count", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		if err := findArgs("count", args, kwnames); err != nil {
			return Null, err
		}
		sub, err := strArgMsg(args[0], "")
		if err != nil {
			return Null, err
		}
		s := As[Str](self)
		seg, off, err := strRangeArgs(t, s, args[1:])
		if err != nil {
			return Null, err
		}
		if off < 0 {
			return Int(0), nil
		}
		if sub == "" {
			return Int(int64(utf8.RuneCountInString(seg) + 1)), nil
		}
		return Int(int64(strings.Count(seg, sub))), nil
	})
	m("replace", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		if err := CheckArgs("replace", args, kwnames, 2, 3); err != nil {
			return Null, err
		}
		old, err := strArgMsg(args[0], "replace() argument 1 ")
		if err != nil {
			return Null, err
		}
		nw, err := strArgMsg(args[1], "replace() argument 2 ")
		if err != nil {
			return Null, err
		}
		count := int64(-1)
		if len(args) == 3 {
			if count, err = intArg(t, args[2]); err != nil {
				return Null, err
			}
		}
		s := As[Str](self).S
		if count < 0 {
			count = int64(len(s)) + 1
		}
		if old == "" && len(nw) > 0 {
			if err := CheckAlloc(int64(len(nw)), min(count, int64(utf8.RuneCountInString(s)+1))); err != nil {
				return Null, err
			}
		}
		return NewStrValue(strings.Replace(s, old, nw, int(min(count, int64(len(s))+1)))), nil
	})
	part := func(name string, rev bool) {
		m(name, func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
			if err := methArgs("str", name, args, kwnames, 1, 1); err != nil {
				return Null, err
			}
			sep, err := strArgMsg(args[0], "")
			if err != nil {
				return Null, err
			}
			if sep == "" {
				return Null, Errorf(ExcValueError, "empty separator")
			}
			s := As[Str](self).S
			i := strings.Index(s, sep)
			if rev {
				i = strings.LastIndex(s, sep)
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
			if err := methArgs("str", name, args, kwnames, 1, 1); err != nil {
				return Null, err
			}
			x, err := strArgMsg(args[0], name+"() argument ")
			if err != nil {
				return Null, err
			}
			return NewStrValue(f(As[Str](self).S, x)), nil
		})
	}
	affix("removeprefix", strings.TrimPrefix)
	affix("removesuffix", strings.TrimSuffix)
	startsEnds := func(name string, f func(s, x string) bool) {
		m(name, func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
			if err := findArgs(name, args, kwnames); err != nil {
				return Null, err
			}
			s, off, err := strRangeArgs(t, As[Str](self), args[1:])
			if err != nil {
				return Null, err
			}
			test := func(x string) bool { return off >= 0 && f(s, x) }
			if args[0].Type() == TupleType {
				for _, x := range As[Tuple](args[0]).Items {
					if !x.IsInstance(StrType) {
						return Null, Errorf(ExcTypeError, "tuple for %s must only contain str, not %s", name, x.Type().Name)
					}
					if test(As[Str](x).S) {
						return True, nil
					}
				}
				return False, nil
			}
			if !args[0].IsInstance(StrType) {
				return Null, Errorf(ExcTypeError, "%s first arg must be str or a tuple of str, not %s", name, args[0].Type().Name)
			}
			return Bool(test(As[Str](args[0]).S)), nil
		})
	}
	startsEnds("startswith", strings.HasPrefix)
	startsEnds("endswith", strings.HasSuffix)
	pad := func(name string, where int) {
		m(name, func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
			if err := CheckArgs(name, args, kwnames, 1, 2); err != nil {
				return Null, err
			}
			w, err := intArg(t, args[0])
			if err != nil {
				return Null, err
			}
			fill := " "
			if len(args) == 2 {
				f := args[1]
				if !f.IsInstance(StrType) {
					return Null, Errorf(ExcTypeError, "The fill character must be a unicode character, not %s", f.Type().Name)
				}
				if As[Str](f).Len() != 1 {
					return Null, Errorf(ExcTypeError, "The fill character must be exactly one character long")
				}
				fill = As[Str](f).S
			}
			s := As[Str](self)
			n := w - int64(s.Len())
			if n <= 0 {
				if self.Type() == StrType {
					return self, nil
				}
				return NewStrValue(s.S), nil
			}
			if err := CheckAlloc(n, int64(len(fill))); err != nil {
				return Null, err
			}
			l := n
			switch where {
			case 0: // ljust
				l = 0
			case 1: // center, CPython's rounding
				l = n/2 + (n & w & 1)
			}
			return NewStrValue(strings.Repeat(fill, int(l)) + s.S + strings.Repeat(fill, int(n-l))), nil
		})
	}
	pad("ljust", 0)
	pad("center", 1)
	pad("rjust", 2)
	m("zfill", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		if err := methArgs("str", "zfill", args, kwnames, 1, 1); err != nil {
			return Null, err
		}
		w, err := intArg(t, args[0])
		if err != nil {
			return Null, err
		}
		s := As[Str](self).S
		n := w - int64(As[Str](self).Len())
		if n <= 0 {
			return NewStrValue(s), nil
		}
		if err := CheckAlloc(n, 1); err != nil {
			return Null, err
		}
		if s != "" && (s[0] == '-' || s[0] == '+') {
			return NewStrValue(s[:1] + strings.Repeat("0", int(n)) + s[1:]), nil
		}
		return NewStrValue(strings.Repeat("0", int(n)) + s), nil
	})
	m("expandtabs", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		tab, err := tabsizeArg(t, args, kwnames)
		if err != nil {
			return Null, err
		}
		var b strings.Builder
		col := int64(0)
		for _, r := range As[Str](self).S {
			switch r {
			case '\t':
				if tab > 0 {
					n := tab - col%tab
					if err := CheckAlloc(int64(b.Len())+n, 1); err != nil {
						return Null, err
					}
					b.WriteString(strings.Repeat(" ", int(n)))
					col += n
				}
			case '\n', '\r':
				b.WriteRune(r)
				col = 0
			default:
				b.WriteRune(r)
				col++
			}
		}
		return NewStrValue(b.String()), nil
	})
	StrType.addStaticMethod("maketrans", strMaketrans)
	m("translate", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		if err := methArgs("str", "translate", args, kwnames, 1, 1); err != nil {
			return Null, err
		}
		table := args[0]
		var b strings.Builder
		for _, r := range As[Str](self).S {
			v, err := GetItem(t, table, Int(int64(r)))
			if err != nil {
				if err.Matches(ExcLookupError) {
					b.WriteRune(r)
					continue
				}
				return Null, err
			}
			switch {
			case v.IsNone():
			case IsIntValue(v):
				n, ok := IntToInt64(v)
				if !ok || n < 0 || n > 0x10ffff {
					return Null, Errorf(ExcValueError, "character mapping must be in range(0x110000)")
				}
				b.WriteRune(rune(n))
			case v.IsInstance(StrType):
				b.WriteString(As[Str](v).S)
			default:
				return Null, Errorf(ExcTypeError, "character mapping must return integer, None or str")
			}
		}
		return NewStrValue(b.String()), nil
	})
	m("format_map", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		if err := methArgs("str", "format_map", args, kwnames, 1, 1); err != nil {
			return Null, err
		}
		return StrFormatMap(t, As[Str](self).S, args[0])
	})
}

func tabsizeArg(t *Thread, args []Value, kwnames *Tuple) (int64, *BaseException) {
	pos, kw := SplitArgs(args, kwnames)
	if len(pos) > 1 {
		return 0, Errorf(ExcTypeError, "expandtabs() takes at most 1 argument (%d given)", len(pos))
	}
	v := Int(8)
	if len(pos) == 1 {
		v = pos[0]
	}
	for i, x := range kw {
		if k := As[Str](kwnames.Items[i]).S; k != "tabsize" {
			return 0, Errorf(ExcTypeError, "expandtabs() got an unexpected keyword argument '%s'", k)
		}
		v = x
	}
	return intArg(t, v)
}

// strRangeArgs applies optional (start, end) arguments (None allowed) to
// s, returning the segment and its offset in code points (-1: start is
// past the end, so nothing matches, not even "").
func strRangeArgs(t *Thread, s *Str, args []Value) (string, int, *BaseException) {
	n := s.Len()
	start, end := 0, n
	for i, a := range args {
		if i > 1 || a.IsNone() {
			continue
		}
		if !IsIntValue(a) && a.Type().Index == nil {
			return "", 0, Errorf(ExcTypeError, "slice indices must be integers or None or have an __index__ method")
		}
		x, err := Index(t, a)
		if err != nil {
			return "", 0, err
		}
		v, ok := IntToInt64(x)
		if !ok {
			if b, _ := BigOf(x); b.Sign() < 0 {
				v = -1 << 62
			} else {
				v = 1 << 62
			}
		}
		if v < 0 {
			v += int64(n)
			if v < 0 {
				v = 0
			}
		}
		if v > int64(n) {
			v = int64(n) + 1
		}
		if i == 0 {
			start = int(v)
		} else {
			end = min(int(v), n)
		}
	}
	if start > n {
		return "", -1, nil
	}
	if end < start {
		return "", -1, nil
	}
	return s.Substr(start, end), start, nil
}

// strFindPy is find/rfind in code points.
func strFindPy(t *Thread, s *Str, sub string, args []Value, rev bool) (int, *BaseException) {
	seg, off, err := strRangeArgs(t, s, args)
	if err != nil || off < 0 {
		return -1, err
	}
	var i int
	if rev {
		i = strings.LastIndex(seg, sub)
	} else {
		i = strings.Index(seg, sub)
	}
	if i < 0 {
		return -1, nil
	}
	return off + utf8.RuneCountInString(seg[:i]), nil
}

func titleRune(c string) string {
	if len(c) == 1 && c[0] < 0x80 {
		return strings.ToUpper(c)
	}
	r, _ := utf8.DecodeRuneInString(c)
	if t := unicode.ToTitle(r); t != r && t != unicode.ToUpper(r) {
		return string(t)
	}
	return cases.Title(language.Und, cases.NoLower).String(c)
}

func lowerFull(s string) string {
	if isASCII(s) {
		return strings.ToLower(s)
	}
	return cases.Lower(language.Und).String(s)
}

func upperFull(s string) string {
	if isASCII(s) {
		return strings.ToUpper(s)
	}
	return cases.Upper(language.Und).String(s)
}

// addStaticMethod adds a builtin staticmethod.
func (t *Type) addStaticMethod(name string, fn BuiltinFn) {
	f := NewBuiltin(name, fn)
	As[BuiltinFunction](f).Owner = t // __qualname__ "type.name"
	t.SetAttrString(name, Obj(&Wrapper{Header: Header{StaticMethodType}, Func: f}))
}

func strMaketrans(t *Thread, _ Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
	if err := CheckArgs("maketrans", args, kwnames, 1, 3); err != nil {
		return Null, err
	}
	d := NewDict()
	if len(args) == 1 {
		if args[0].Type() != DictType {
			return Null, Errorf(ExcTypeError, "if you give only one argument to maketrans it must be a dict")
		}
		src := As[Dict](args[0])
		for _, k := range src.Keys() {
			v, _, err := src.GetItem(t, k)
			if err != nil {
				return Null, err
			}
			switch {
			case IsIntValue(k):
				if err := d.SetItem(t, k, v); err != nil {
					return Null, err
				}
			case k.IsInstance(StrType) && As[Str](k).Len() == 1:
				r, _ := utf8.DecodeRuneInString(As[Str](k).S)
				if err := d.SetItem(t, Int(int64(r)), v); err != nil {
					return Null, err
				}
			case k.IsInstance(StrType):
				return Null, Errorf(ExcValueError, "string keys in translate table must be of length 1")
			default:
				return Null, Errorf(ExcTypeError, "keys in translate table must be strings or integers")
			}
		}
		return Obj(d), nil
	}
	for _, i := range []int{1, 2, 0} {
		if i < len(args) && !args[i].IsInstance(StrType) {
			return Null, Errorf(ExcTypeError, "maketrans() argument %d must be str, not %s", i+1, args[i].Type().Name)
		}
	}
	x, y := []rune(As[Str](args[0]).S), []rune(As[Str](args[1]).S)
	if len(x) != len(y) {
		return Null, Errorf(ExcValueError, "the first two maketrans arguments must have equal length")
	}
	for i := range x {
		d.SetItem(t, Int(int64(x[i])), Int(int64(y[i])))
	}
	if len(args) == 3 {
		for _, r := range As[Str](args[2]).S {
			d.SetItem(t, Int(int64(r)), None)
		}
	}
	return Obj(d), nil
}

// findArgs checks the (sub[, start[, end]]) arguments of find-like methods.
func findArgs(name string, args []Value, kwnames *Tuple) *BaseException {
	if kwnames.Len() > 0 {
		return Errorf(ExcTypeError, "%s() takes no keyword arguments", name)
	}
	if len(args) < 1 {
		return Errorf(ExcTypeError, "%s() takes at least 1 argument (%d given)", name, len(args))
	}
	if len(args) > 3 {
		return Errorf(ExcTypeError, "%s() takes at most 3 arguments (%d given)", name, len(args))
	}
	return nil
}

// sigmaLower lowers the capital sigma at byte i of s: final form when it
// ends a word (preceded by a cased letter, not followed by one).
func sigmaLower(s string, i int) string {
	before := false
	for j := i; j > 0; {
		r, n := utf8.DecodeLastRuneInString(s[:j])
		j -= n
		if unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf, unicode.Lm, unicode.Sk) || r == '\'' || r == '.' || r == ':' {
			continue
		}
		before = isCased(r)
		break
	}
	after := false
	for j := i + len("Σ"); j < len(s); {
		r, n := utf8.DecodeRuneInString(s[j:])
		j += n
		if unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf, unicode.Lm, unicode.Sk) || r == '\'' || r == '.' || r == ':' {
			continue
		}
		after = isCased(r)
		break
	}
	if before && !after {
		return "ς"
	}
	return "σ"
}

func init() {
	for _, name := range []string{"upper", "lower"} {
		f := upperFull
		if name == "lower" {
			f = func(s string) string {
				if isASCII(s) {
					return strings.ToLower(s)
				}
				return cases.Lower(language.Und).String(s)
			}
		}
		name := name
		StrType.AddMethod(name, func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
			if err := methArgs("str", name, args, kwnames, 0, 0); err != nil {
				return Null, err
			}
			st := As[Str](self)
			if st.IsASCII() {
				r := asciiCase(st.S, name == "upper")
				if len(r) > 0 && unsafe.StringData(r) == unsafe.StringData(st.S) && self.Type() == StrType {
					// nothing changed: an exact str is its own result
					// (an immutable value; the new object CPython makes
					// could only differ in identity)
					return self, nil
				}
				n := strPart(st, r)
				if r == st.S && st.hashed { // same text: same hash
					ns := As[Str](n)
					ns.hash, ns.hashed = st.hash, true
				}
				return n, nil
			}
			return NewStrValue(f(st.S)), nil
		})
	}
}

// strPart returns a str made from part of (or an ASCII-preserving
// transformation of) parent: when parent is known to be ASCII the result
// is too, so its length needs no later scan.
func strPart(parent *Str, s string) Value {
	n := NewStr(s)
	if parent.ascii > 0 {
		n.ascii = 1
		n.length = int32(len(s))
	}
	return Obj(n)
}

// trimPySpace strips Python whitespace from the ends of s, bytewise over
// ASCII and by code point once a non-ASCII byte is reached.
func trimPySpace(s string, left, right bool) string {
	if left {
		i := 0
		for i < len(s) && s[i] < 0x80 && asciiSpace(s[i]) {
			i++
		}
		s = s[i:]
		if len(s) > 0 && s[0] >= 0x80 {
			s = strings.TrimLeftFunc(s, PyIsSpace)
		}
	}
	if right {
		j := len(s)
		for j > 0 && s[j-1] < 0x80 && asciiSpace(s[j-1]) {
			j--
		}
		s = s[:j]
		if j > 0 && s[j-1] >= 0x80 {
			s = strings.TrimRightFunc(s, PyIsSpace)
		}
	}
	return s
}

// noKeywords makes the methods of typ that take no keyword arguments say
// so with CPython's "str.center() takes no keyword arguments".
func noKeywords(typ *Type, accept ...string) {
	keep := map[string]bool{}
	for _, a := range accept {
		keep[a] = true
	}
	for _, k := range typ.Dict.Keys() {
		name := As[Str](k).S
		v, _ := typ.Dict.GetStr(As[Str](k))
		if keep[name] || strings.HasPrefix(name, "__") || v.Type() != MethodDescrType {
			continue
		}
		inner := As[BuiltinFunction](v).Fn
		tn, n := typ.Name, name
		typ.AddMethod(name, func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
			if kwnames.Len() > 0 {
				return Null, Errorf(ExcTypeError, "%s.%s() takes no keyword arguments", tn, n)
			}
			return inner(t, self, args, kwnames)
		})
	}
}

func init() {
	noKeywords(StrType, "split", "rsplit", "splitlines", "encode", "expandtabs", "format", "format_map")
	noKeywords(BytesType, "split", "rsplit", "splitlines", "decode", "expandtabs", "hex", "translate")
	noKeywords(ByteArrayType, "split", "rsplit", "splitlines", "decode", "expandtabs", "hex", "translate")
}
