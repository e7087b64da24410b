package sre

// Character predicates and case mappings used by the matcher, with the
// semantics of CPython's _sre: the ASCII flavour looks only at code points
// below 128, the LOCALE flavour assumes the C locale (bytes 128..255 are
// neither letters nor cased), and the UNICODE flavour uses the tables
// generated from CPython 3.11's Unicode database (unicode_tables.go).

// caseRun maps every stride-th code point of [lo, hi] to itself plus delta.
type caseRun struct {
	lo, hi uint32
	stride uint32
	delta  int32
}

// inRanges reports whether c is in one of the sorted (lo, hi) pairs of rs.
func inRanges(rs []uint32, c uint32) bool {
	lo, hi := 0, len(rs)/2
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if rs[2*m+1] < c {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo < len(rs)/2 && rs[2*lo] <= c
}

func mapRuns(rs []caseRun, c uint32) uint32 {
	lo, hi := 0, len(rs)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if rs[m].hi < c {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(rs) {
		r := &rs[lo]
		if r.lo <= c && (c-r.lo)%r.stride == 0 {
			return uint32(int32(c) + r.delta)
		}
	}
	return c
}

// asciiClass bits for code points below 128.
const (
	clDigit = 1 << iota
	clSpace
	clWord
	clUpper
	clLower
)

var asciiClass [128]uint8

func init() {
	for c := 0; c < 128; c++ {
		var k uint8
		switch {
		case c >= '0' && c <= '9':
			k = clDigit | clWord
		case c >= 'a' && c <= 'z':
			k = clWord | clLower
		case c >= 'A' && c <= 'Z':
			k = clWord | clUpper
		case c == '_':
			k = clWord
		case c == ' ' || (c >= '\t' && c <= '\r'):
			k = clSpace
		}
		asciiClass[c] = k
	}
}

func isASCIIDigit(c uint32) bool { return c < 128 && asciiClass[c]&clDigit != 0 }
func isASCIISpace(c uint32) bool { return c < 128 && asciiClass[c]&clSpace != 0 }
func isASCIIWord(c uint32) bool  { return c < 128 && asciiClass[c]&clWord != 0 }
func isLinebreak(c uint32) bool  { return c == '\n' }

// isLocWord is SRE_LOC_IS_WORD in the C locale.
func isLocWord(c uint32) bool { return isASCIIWord(c) }

// IsUniDigit reports whether c is a decimal digit (str.isdecimal).
func IsUniDigit(c uint32) bool {
	if c < 128 {
		return asciiClass[c]&clDigit != 0
	}
	return inRanges(uniDigitRanges, c)
}

// IsUniSpace reports whether c is whitespace (str.isspace).
func IsUniSpace(c uint32) bool {
	if c < 128 {
		// str.isspace also accepts the separators \x1c..\x1f.
		return asciiClass[c]&clSpace != 0 || (c >= 0x1c && c <= 0x1f)
	}
	return inRanges(uniSpaceRanges, c)
}

// IsUniWord reports whether c is alphanumeric (str.isalnum) or '_'.
func IsUniWord(c uint32) bool {
	if c < 128 {
		return asciiClass[c]&clWord != 0
	}
	return inRanges(uniWordRanges, c)
}

// IsUniLinebreak reports whether str.splitlines breaks at c.
func IsUniLinebreak(c uint32) bool {
	if c < 128 {
		return c == '\n' || c == '\r' || (c >= 0x0b && c <= 0x0c) || (c >= 0x1c && c <= 0x1e)
	}
	return inRanges(uniLinebreakRanges, c)
}

// ASCIIToLower is _sre.ascii_tolower.
func ASCIIToLower(c uint32) uint32 {
	if c < 128 && asciiClass[c]&clUpper != 0 {
		return c + 32
	}
	return c
}

func asciiToUpper(c uint32) uint32 {
	if c < 128 && asciiClass[c]&clLower != 0 {
		return c - 32
	}
	return c
}

// ASCIIIsCased is _sre.ascii_iscased.
func ASCIIIsCased(c uint32) bool {
	return c < 128 && asciiClass[c]&(clUpper|clLower) != 0
}

// UnicodeToLower is _sre.unicode_tolower.
func UnicodeToLower(c uint32) uint32 {
	if c < 128 {
		return ASCIIToLower(c)
	}
	return mapRuns(uniLowerRuns, c)
}

// unicodeToUpper is sre_upper_unicode.
func unicodeToUpper(c uint32) uint32 {
	if c < 128 {
		return asciiToUpper(c)
	}
	return mapRuns(uniUpperRuns, c)
}

// UnicodeIsCased is _sre.unicode_iscased.
func UnicodeIsCased(c uint32) bool {
	if c < 128 {
		return ASCIIIsCased(c)
	}
	return inRanges(uniCasedRanges, c)
}

// lowerLocale and upperLocale are sre_lower_locale/sre_upper_locale in the
// C locale.
func lowerLocale(c uint32) uint32 { return ASCIIToLower(c) }
func upperLocale(c uint32) uint32 { return asciiToUpper(c) }

// charLocIgnore is char_loc_ignore: does ch match pattern character p
// case-insensitively under the locale rules.
func charLocIgnore(p, ch uint32) bool {
	return ch == p || lowerLocale(ch) == p || upperLocale(ch) == p
}

// GetLower is the historical _sre.getlower(ch, flags).
func GetLower(c uint32, flags int) uint32 {
	switch {
	case flags&FlagLocale != 0:
		return lowerLocale(c)
	case flags&FlagUnicode != 0:
		return UnicodeToLower(c)
	}
	return ASCIIToLower(c)
}

// category reports whether c is in category code cat (a CATEGORY_* value).
func category(cat uint32, c uint32) bool {
	switch cat {
	case catDigit:
		return isASCIIDigit(c)
	case catNotDigit:
		return !isASCIIDigit(c)
	case catSpace:
		return isASCIISpace(c)
	case catNotSpace:
		return !isASCIISpace(c)
	case catWord:
		return isASCIIWord(c)
	case catNotWord:
		return !isASCIIWord(c)
	case catLinebreak:
		return isLinebreak(c)
	case catNotLinebreak:
		return !isLinebreak(c)
	case catLocWord:
		return isLocWord(c)
	case catLocNotWord:
		return !isLocWord(c)
	case catUniDigit:
		return IsUniDigit(c)
	case catUniNotDigit:
		return !IsUniDigit(c)
	case catUniSpace:
		return IsUniSpace(c)
	case catUniNotSpace:
		return !IsUniSpace(c)
	case catUniWord:
		return IsUniWord(c)
	case catUniNotWord:
		return !IsUniWord(c)
	case catUniLinebreak:
		return IsUniLinebreak(c)
	case catUniNotLinebreak:
		return !IsUniLinebreak(c)
	}
	return false
}
