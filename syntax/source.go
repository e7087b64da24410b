package syntax

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Source decoding (PEP 263), following CPython 3.11's decode_str for
// bytes input: newlines are translated first ("\r\n" and "\r" become
// "\n", and a final "\n" is added when missing), then a UTF-8 BOM is
// stripped, then a coding cookie is looked for on line 1, or on line 2 when
// line 1 holds only whitespace and/or a comment. Without a cookie (or with
// exactly "utf-8") the text is used as is, without validation, as CPython
// does: invalid UTF-8 is only reported where it matters (identifiers,
// string literals). Any other encoding is decoded to UTF-8 up front.

// decodeSource returns the decoded, newline-translated text of a source
// file, whether CPython would consider its encoding known (a BOM or a
// cookie), or the SyntaxError CPython raises.
func decodeSource(b []byte, filename string) (text string, hasEncoding bool, err *SyntaxError) {
	for _, c := range b {
		if c == 0 {
			return "", false, &SyntaxError{Class: "ValueError", Msg: "source code string cannot contain null bytes", Filename: filename, Offset: -1}
		}
	}
	text = translateNewlinesBytes(b)
	bom := false
	if strings.HasPrefix(text, "\xef\xbb\xbf") {
		text = text[3:]
		bom = true
	}
	cs := findCookie(text)
	initErr := func(msg string) *SyntaxError {
		return &SyntaxError{Class: "SyntaxError", Msg: msg, Filename: filename, Offset: -1}
	}
	if cs == "" {
		return text, bom, nil
	}
	if bom {
		if cs != "utf-8" {
			return "", false, initErr("encoding problem: " + cs + " with BOM")
		}
		return text, true, nil
	}
	if cs == "utf-8" {
		return text, true, nil
	}
	dec, msg := decodeWith(text, cs)
	if msg != "" {
		return "", false, initErr(msg)
	}
	return dec, true, nil
}

// translateNewlinesBytes is translate_newlines for exec input.
func translateNewlinesBytes(b []byte) string {
	hasCR := false
	for _, c := range b {
		if c == '\r' {
			hasCR = true
			break
		}
	}
	if !hasCR {
		if len(b) > 0 && b[len(b)-1] == '\n' {
			return string(b)
		}
		s := make([]byte, len(b)+1)
		copy(s, b)
		s[len(b)] = '\n'
		return string(s)
	}
	return translateNewlines(string(b))
}

// translateNewlines turns "\r\n" and "\r" into "\n" and makes sure the text
// ends with "\n" (CPython does this for every exec input, even empty).
func translateNewlines(s string) string {
	if strings.IndexByte(s, '\r') < 0 {
		if strings.HasSuffix(s, "\n") {
			return s
		}
		return s + "\n"
	}
	var sb strings.Builder
	sb.Grow(len(s) + 1)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '\r' {
			sb.WriteByte('\n')
			if i+1 < len(s) && s[i+1] == '\n' {
				i++
			}
			continue
		}
		sb.WriteByte(c)
	}
	out := sb.String()
	if !strings.HasSuffix(out, "\n") {
		out += "\n"
	}
	return out
}

// findCookie looks for a PEP 263 coding cookie in the first two lines of
// text (newline-translated) and returns its name normalised the way
// CPython's get_normal_name does ("utf-8", "iso-8859-1" or as written).
func findCookie(text string) string {
	nl := strings.IndexByte(text, '\n')
	if nl < 0 {
		return ""
	}
	cs, onlyComment := codingSpec(text[:nl])
	if cs != "" || !onlyComment {
		return cs
	}
	rest := text[nl+1:]
	nl2 := strings.IndexByte(rest, '\n')
	if nl2 < 0 {
		return ""
	}
	cs, _ = codingSpec(rest[:nl2+1])
	return cs
}

// codingSpec is get_coding_spec + check_coding_spec on one line: it returns
// the cookie's encoding name, and whether the line holds nothing but
// whitespace and/or a comment (so that line 2 may hold the cookie).
func codingSpec(line string) (string, bool) {
	size := len(line)
	i := 0
	for ; i < size-6; i++ {
		if line[i] == '#' {
			break
		}
		if line[i] != ' ' && line[i] != '\t' && line[i] != '\f' {
			return "", onlyComment(line)
		}
	}
	for ; i < size-6; i++ {
		if line[i:i+6] != "coding" {
			continue
		}
		j := i + 6
		if line[j] != ':' && line[j] != '=' {
			continue
		}
		j++
		for j < size && (line[j] == ' ' || line[j] == '\t') {
			j++
		}
		begin := j
		for j < size && (isAlnum(line[j]) || line[j] == '-' || line[j] == '_' || line[j] == '.') {
			j++
		}
		if begin < j {
			return normalEncodingName(line[begin:j]), false
		}
	}
	return "", onlyComment(line)
}

func onlyComment(line string) bool {
	for i := 0; i < len(line); i++ {
		c := line[i]
		if c == '#' || c == '\n' || c == '\r' {
			return true
		}
		if c != ' ' && c != '\t' && c != '\f' {
			return false
		}
	}
	return true
}

// normalEncodingName is CPython's get_normal_name: it recognises the
// spellings of utf-8 and latin-1 among the first 12 characters.
func normalEncodingName(s string) string {
	n := s
	if len(n) > 12 {
		n = n[:12]
	}
	n = strings.ToLower(strings.ReplaceAll(n, "_", "-"))
	switch {
	case n == "utf-8" || strings.HasPrefix(n, "utf-8-"):
		return "utf-8"
	case n == "latin-1" || n == "iso-8859-1" || n == "iso-latin-1" ||
		strings.HasPrefix(n, "latin-1-") || strings.HasPrefix(n, "iso-8859-1-") || strings.HasPrefix(n, "iso-latin-1-"):
		return "iso-8859-1"
	}
	return s
}

// decodeWith decodes text with the Python codec named name. It returns
// the decoded text or the message of CPython's error.
func decodeWith(text, name string) (string, string) {
	codec := lookupCodec(name)
	switch codec {
	case "":
		return "", "unknown encoding: " + name
	case "utf_8":
		if msg := pyUTF8Error(text, "utf-8"); msg != "" {
			return "", msg
		}
		return text, ""
	case "ascii":
		for i := 0; i < len(text); i++ {
			if text[i] >= 128 {
				return "", fmt.Sprintf("'ascii' codec can't decode byte 0x%02x in position %d: ordinal not in range(128)", text[i], i)
			}
		}
		return text, ""
	case "latin_1":
		return latin1ToUTF8(text), ""
	}
	return decodeOther(text, codec)
}

func latin1ToUTF8(s string) string {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= 128 {
			n++
		}
	}
	if n == 0 {
		return s
	}
	buf := make([]byte, 0, len(s)+n)
	for i := 0; i < len(s); i++ {
		buf = utf8.AppendRune(buf, rune(s[i]))
	}
	return string(buf)
}

// normalizeCodecName is Python's encodings.normalize_encoding followed by
// the lower-casing the codec registry does.
func normalizeCodecName(name string) string {
	var sb strings.Builder
	punct := false
	for i := 0; i < len(name); i++ {
		c := name[i]
		if isAlnum(c) || c == '.' {
			if punct && sb.Len() > 0 {
				sb.WriteByte('_')
			}
			sb.WriteByte(c)
			punct = false
		} else {
			punct = true
		}
	}
	return strings.ToLower(sb.String())
}

// utf8Step decodes one UTF-8 sequence at s[i] with Python's strictness.
// It returns its size, or for an invalid sequence size 0, the number of
// bytes Python reports as the bad range and its reason.
func utf8Step(s string, i int) (size int, bad int, reason string) {
	b := s[i]
	if b < 0x80 {
		return 1, 0, ""
	}
	var n int
	lo, hi := byte(0x80), byte(0xBF)
	switch {
	case b >= 0xC2 && b <= 0xDF:
		n = 2
	case b >= 0xE0 && b <= 0xEF:
		n = 3
		if b == 0xE0 {
			lo = 0xA0
		} else if b == 0xED {
			hi = 0x9F
		}
	case b >= 0xF0 && b <= 0xF4:
		n = 4
		if b == 0xF0 {
			lo = 0x90
		} else if b == 0xF4 {
			hi = 0x8F
		}
	default:
		return 0, 1, "invalid start byte"
	}
	for k := 1; k < n; k++ {
		if i+k >= len(s) {
			return 0, k, "unexpected end of data"
		}
		c := s[i+k]
		if k == 1 {
			if c < lo || c > hi {
				return 0, k, "invalid continuation byte"
			}
		} else if c < 0x80 || c > 0xBF {
			return 0, k, "invalid continuation byte"
		}
	}
	return n, 0, ""
}

// pyUTF8Error returns the message of the UnicodeDecodeError Python raises
// decoding s as UTF-8 (codec name as given, e.g. "utf-8"), or "" when s
// is valid. The literals code uses it for string literals too.
func pyUTF8Error(s string, codec string) string {
	for i := 0; i < len(s); {
		if s[i] < 0x80 {
			i++
			continue
		}
		size, bad, reason := utf8Step(s, i)
		if size > 0 {
			i += size
			continue
		}
		if bad == 1 {
			return fmt.Sprintf("'%s' codec can't decode byte 0x%02x in position %d: %s", codec, s[i], i, reason)
		}
		return fmt.Sprintf("'%s' codec can't decode bytes in position %d-%d: %s", codec, i, i+bad-1, reason)
	}
	return ""
}

// pyCharCount counts the characters Python gets decoding s as UTF-8 with
// errors="replace" (each maximal invalid subsequence is one U+FFFD).
func pyCharCount(s string) int {
	n := 0
	for i := 0; i < len(s); {
		if s[i] < 0x80 {
			i++
		} else if size, bad, _ := utf8Step(s, i); size > 0 {
			i += size
		} else {
			i += bad
		}
		n++
	}
	return n
}

// pyReplaceInvalid replaces invalid UTF-8 in s by U+FFFD as Python's
// errors="replace" does.
func pyReplaceInvalid(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	var sb strings.Builder
	for i := 0; i < len(s); {
		if s[i] < 0x80 {
			sb.WriteByte(s[i])
			i++
		} else if size, bad, _ := utf8Step(s, i); size > 0 {
			sb.WriteString(s[i : i+size])
			i += size
		} else {
			sb.WriteRune(utf8.RuneError)
			i += bad
		}
	}
	return sb.String()
}

func unicodeIs(tab *unicode.RangeTable, r rune) bool { return unicode.Is(tab, r) }
