package codecs

import (
	"fmt"
	"strings"
	"sync"

	"golang.org/x/text/unicode/runenames"
)

// RuneName returns the Unicode name of r as unicodedata.name does, or ""
// when r has none.
func RuneName(r rune) string {
	switch {
	case r >= 0xAC00 && r <= 0xD7A3:
		return hangulName(r)
	case isCJK(r):
		return fmt.Sprintf("CJK UNIFIED IDEOGRAPH-%X", r)
	}
	n := runenames.Name(r)
	if n == "" || n[0] == '<' {
		return ""
	}
	return n
}

func isCJK(r rune) bool {
	return r >= 0x3400 && r <= 0x4DBF || r >= 0x4E00 && r <= 0x9FFF || r >= 0x20000 && r <= 0x2A6DF ||
		r >= 0x2A700 && r <= 0x2B739 || r >= 0x2B740 && r <= 0x2B81D || r >= 0x2B820 && r <= 0x2CEA1 ||
		r >= 0x2CEB0 && r <= 0x2EBE0 || r >= 0x30000 && r <= 0x3134A
}

var (
	jamoL = []string{"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"}
	jamoV = []string{"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"}
	jamoT = []string{"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"}
)

func hangulName(r rune) string {
	s := int(r - 0xAC00)
	return "HANGUL SYLLABLE " + jamoL[s/(21*28)] + jamoV[s%(21*28)/28] + jamoT[s%28]
}

var (
	nameOnce  sync.Once
	nameTable map[string]rune
)

// LookupName returns the code point named name (unicodedata.lookup's
// rules for \N{...} escapes: case-insensitive).
func LookupName(name string) (rune, bool) {
	name = strings.ToUpper(name)
	if strings.HasPrefix(name, "CJK UNIFIED IDEOGRAPH-") {
		var r rune
		if _, err := fmt.Sscanf(name[len("CJK UNIFIED IDEOGRAPH-"):], "%X", &r); err == nil && isCJK(r) {
			return r, true
		}
		return 0, false
	}
	if strings.HasPrefix(name, "HANGUL SYLLABLE ") {
		for r := rune(0xAC00); r <= 0xD7A3; r++ {
			if hangulName(r) == name {
				return r, true
			}
		}
		return 0, false
	}
	nameOnce.Do(func() {
		nameTable = make(map[string]rune, 40000)
		for r := rune(0); r <= 0x10FFFF; r++ {
			if r >= 0xAC00 && r <= 0xD7A3 || isCJK(r) || r >= 0xD800 && r <= 0xDFFF {
				continue
			}
			if n := runenames.Name(r); n != "" && n[0] != '<' {
				nameTable[n] = r
			}
		}
	})
	r, ok := nameTable[name]
	return r, ok
}
