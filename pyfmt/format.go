package pyfmt

import (
	"math"
	"math/big"
	"strconv"
	"unicode/utf8"
)

// number is a formatted number split as formatter_unicode.c's
// calc_number_widths sees it.
type number struct {
	neg     bool
	prefix  string // "0x", "0B", ...
	digits  []byte // integer digits, subject to grouping and zero padding
	decimal bool   // a '.' follows the digits
	rest    []byte // what follows: fraction, exponent, "inf", '%', a 'c' char
}

// layout holds the resolved formatting parameters for a number.
type layout struct {
	fill  rune
	align byte
	sign  byte
	width int
	sep   byte // grouping separator, 0 for none
	group int  // group size (3 or 4), 0 for none
}

func newLayout(s *Spec, fill rune, align byte) layout {
	l := layout{fill: fill, align: align, sign: s.Sign, width: s.Width}
	switch s.Grouping {
	case ',':
		l.sep, l.group = ',', 3
	case '_':
		l.sep, l.group = '_', 3
		switch s.Type {
		case 'b', 'o', 'x', 'X':
			l.group = 4
		}
	}
	return l
}

func appendFill(dst []byte, r rune, n int) []byte {
	if r < utf8.RuneSelf {
		for ; n > 0; n-- {
			dst = append(dst, byte(r))
		}
		return dst
	}
	for ; n > 0; n-- {
		dst = appendRune(dst, r)
	}
	return dst
}

// groupDigits lays out digits in groups of size (0: no grouping) separated
// by sep, zero-padded on the left to at least minWidth characters, as
// _PyUnicode_InsertThousandsGrouping. With buf == nil it only counts;
// otherwise it writes the result ending at len(buf), which must be exactly
// the counted length, and returns the count.
func groupDigits(buf []byte, digits []byte, minWidth, size int, sep byte) int {
	if minWidth < 0 {
		minWidth = 0
	}
	remaining := len(digits)
	pos, dpos := len(buf), len(digits)
	count := 0
	useSep := false
	if size > 0 {
		for {
			l := min(size, max(remaining, minWidth, 1))
			nZeros := max(0, l-remaining)
			nChars := max(0, min(remaining, l))
			count += nZeros + nChars
			if useSep {
				count++
			}
			if buf != nil {
				pos, dpos = groupFill(buf, pos, digits, dpos, nChars, nZeros, useSep, sep)
			}
			useSep = true
			remaining -= nChars
			minWidth -= l
			if remaining <= 0 && minWidth <= 0 {
				return count
			}
			minWidth--
		}
	}
	l := max(remaining, minWidth, 1)
	nZeros := max(0, l-remaining)
	nChars := max(0, min(remaining, l))
	if buf != nil {
		groupFill(buf, pos, digits, dpos, nChars, nZeros, false, sep)
	}
	return count + nZeros + nChars
}

// groupFill writes one group backwards ending at buf[pos]: its separator
// (if any), nChars digits taken from the end of digits[:dpos], and nZeros
// zeros.
func groupFill(buf []byte, pos int, digits []byte, dpos, nChars, nZeros int, useSep bool, sep byte) (int, int) {
	if useSep {
		pos--
		buf[pos] = sep
	}
	pos -= nChars
	dpos -= nChars
	copy(buf[pos:], digits[dpos:dpos+nChars])
	for ; nZeros > 0; nZeros-- {
		pos--
		buf[pos] = '0'
	}
	return pos, dpos
}

// appendNumber writes n with padding, sign, prefix and grouping as
// calc_number_widths and fill_number do.
func appendNumber(dst []byte, n *number, l *layout) []byte {
	var sign byte
	switch {
	case n.neg:
		sign = '-'
	case l.sign == '+' || l.sign == ' ':
		sign = l.sign
	}
	nonDigit := len(n.prefix) + utf8.RuneCount(n.rest)
	if sign != 0 {
		nonDigit++
	}
	if n.decimal {
		nonDigit++
	}
	minWidth := 0
	if l.fill == '0' && l.align == '=' {
		minWidth = l.width - nonDigit
	}
	grouped := 0
	if len(n.digits) > 0 {
		grouped = groupDigits(nil, n.digits, minWidth, l.group, l.sep)
	}
	var lpad, spad, rpad int
	if pad := l.width - nonDigit - grouped; pad > 0 {
		switch l.align {
		case '<':
			rpad = pad
		case '^':
			lpad = pad / 2
			rpad = pad - lpad
		case '=':
			spad = pad
		default:
			lpad = pad
		}
	}
	dst = appendFill(dst, l.fill, lpad)
	if sign != 0 {
		dst = append(dst, sign)
	}
	dst = append(dst, n.prefix...)
	dst = appendFill(dst, l.fill, spad)
	if grouped > 0 {
		if minWidth <= 0 && l.group == 0 {
			dst = append(dst, n.digits...)
		} else {
			at := len(dst)
			for i := 0; i < grouped; i++ {
				dst = append(dst, 0)
			}
			groupDigits(dst[at:], n.digits, minWidth, l.group, l.sep)
		}
	}
	if n.decimal {
		dst = append(dst, '.')
	}
	dst = append(dst, n.rest...)
	return appendFill(dst, l.fill, rpad)
}

// appendPadded writes s (of nchars code points) padded to width as
// calc_padding and fill_padding do.
func appendPadded(dst []byte, s string, nchars, width int, align byte, fill rune) []byte {
	total := max(nchars, width)
	var lpad int
	switch align {
	case '>':
		lpad = total - nchars
	case '^':
		lpad = (total - nchars) / 2
	}
	dst = appendFill(dst, fill, lpad)
	dst = append(dst, s...)
	return appendFill(dst, fill, total-nchars-lpad)
}

// FormatStr implements format(s, spec) for str; typeName is the type of
// the object (for error messages).
func FormatStr(s, spec, typeName string) (string, error) {
	if spec == "" {
		return s, nil
	}
	var buf [64]byte
	b, err := AppendFormatStr(buf[:0], s, spec, typeName)
	if err != nil {
		return "", err
	}
	return string(b), nil
}

// AppendFormatStr appends format(s, spec) to dst.
func AppendFormatStr(dst []byte, s, spec, typeName string) ([]byte, error) {
	sp, err := ParseSpec(spec, typeName)
	if err != nil {
		return dst, err
	}
	t := sp.Type
	if t == 0 {
		t = 's'
		if sp.Grouping != 0 {
			return dst, valueError("Cannot specify '" + string(rune(sp.Grouping)) + "' with 's'.")
		}
	}
	if t != 's' {
		return dst, unknownFormat(t, typeName)
	}
	fill, align := sp.resolve('<')
	switch {
	case sp.Width > maxOutput:
		return dst, memoryError()
	case sp.Sign == ' ':
		return dst, valueError("Space not allowed in string format specifier")
	case sp.Sign != 0:
		return dst, valueError("Sign not allowed in string format specifier")
	case sp.NoNeg0:
		return dst, valueError("Negative zero coercion (z) not allowed in string format specifier")
	case sp.Alt:
		return dst, valueError("Alternate form (#) not allowed in string format specifier")
	case align == '=':
		return dst, valueError("'=' alignment not allowed in string format specifier")
	}
	if sp.Precision >= 0 {
		s = runePrefix(s, sp.Precision)
	}
	n := len(s)
	if sp.Width > n || !isASCII(s) {
		n = runeCount(s)
	}
	return appendPadded(dst, s, n, sp.Width, align, fill), nil
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// intSpec parses spec for an int and checks the int-specific rules. It
// reports float=true for the float presentation types.
func intSpec(spec, typeName string) (sp Spec, isFloat bool, err error) {
	sp, err = ParseSpec(spec, typeName)
	if err != nil {
		return sp, false, err
	}
	switch sp.Type {
	case 0, 'b', 'c', 'd', 'o', 'x', 'X', 'n':
	case 'e', 'E', 'f', 'F', 'g', 'G', '%':
		return sp, true, nil
	default:
		return sp, false, unknownFormat(sp.Type, typeName)
	}
	if sp.Precision >= 0 {
		return sp, false, valueError("Precision not allowed in integer format specifier")
	}
	if sp.Width > maxOutput {
		return sp, false, memoryError()
	}
	if sp.NoNeg0 {
		return sp, false, valueError("Negative zero coercion (z) not allowed in integer format specifier")
	}
	if sp.Type == 'c' {
		if sp.Sign != 0 {
			return sp, false, valueError("Sign not allowed with integer format specifier 'c'")
		}
		if sp.Alt {
			return sp, false, valueError("Alternate form (#) not allowed with integer format specifier 'c'")
		}
	}
	return sp, false, nil
}

func intBase(t rune) (int, string) {
	switch t {
	case 'b':
		return 2, "0b"
	case 'o':
		return 8, "0o"
	case 'x':
		return 16, "0x"
	case 'X':
		return 16, "0X"
	}
	return 10, ""
}

// FormatInt implements format(v, spec) for an int that fits in int64.
// typeName is the object's type (for messages). An empty spec gives
// str(v).
func FormatInt(v int64, spec, typeName string) (string, error) {
	var buf [72]byte
	if spec == "" {
		return strconv.FormatInt(v, 10), nil
	}
	b, err := AppendFormatInt(buf[:0], v, spec, typeName)
	if err != nil {
		return "", err
	}
	return string(b), nil
}

// AppendFormatInt appends format(v, spec) to dst.
func AppendFormatInt(dst []byte, v int64, spec, typeName string) ([]byte, error) {
	sp, isFloat, err := intSpec(spec, typeName)
	if err != nil {
		return dst, err
	}
	if isFloat {
		return appendFormatFloat(dst, float64(v), &sp)
	}
	if sp.Type == 'c' {
		if v < 0 || v > 0x10ffff {
			return dst, overflowError("%c arg not in range(0x110000)")
		}
		return appendFormatChar(dst, rune(v), &sp), nil
	}
	base, prefix := intBase(sp.Type)
	var dbuf [64]byte
	u := uint64(v)
	if v < 0 {
		u = -u
	}
	digits := strconv.AppendUint(dbuf[:0], u, base)
	return appendFormatIntDigits(dst, v < 0, digits, prefix, &sp), nil
}

// FormatBigInt implements format(v, spec) for any int. maxStrDigits is
// sys.get_int_max_str_digits() (0: unlimited), checked for decimal output.
func FormatBigInt(v *big.Int, spec, typeName string, maxStrDigits int) (string, error) {
	if v.IsInt64() {
		return FormatInt(v.Int64(), spec, typeName)
	}
	if spec == "" {
		return IntToDecimal(v, maxStrDigits)
	}
	b, err := AppendFormatBigInt(nil, v, spec, typeName, maxStrDigits)
	if err != nil {
		return "", err
	}
	return string(b), nil
}

// AppendFormatBigInt appends format(v, spec) to dst.
func AppendFormatBigInt(dst []byte, v *big.Int, spec, typeName string, maxStrDigits int) ([]byte, error) {
	if v.IsInt64() {
		return AppendFormatInt(dst, v.Int64(), spec, typeName)
	}
	sp, isFloat, err := intSpec(spec, typeName)
	if err != nil {
		return dst, err
	}
	if isFloat {
		f, err := BigIntToFloat(v)
		if err != nil {
			return dst, err
		}
		return appendFormatFloat(dst, f, &sp)
	}
	if sp.Type == 'c' {
		return dst, overflowError("Python int too large to convert to C long")
	}
	base, prefix := intBase(sp.Type)
	if base == 10 && maxStrDigits > 0 && exceedsDigits(v, maxStrDigits) {
		return dst, valueError(maxStrToStr(maxStrDigits))
	}
	digits := new(big.Int).Abs(v).Append(nil, base)
	return appendFormatIntDigits(dst, v.Sign() < 0, digits, prefix, &sp), nil
}

func appendFormatChar(dst []byte, r rune, sp *Spec) []byte {
	fill, align := sp.resolve('>')
	l := newLayout(sp, fill, align)
	var cb [4]byte
	n := number{rest: appendRune(cb[:0], r)}
	return appendNumber(dst, &n, &l)
}

func appendFormatIntDigits(dst []byte, neg bool, digits []byte, prefix string, sp *Spec) []byte {
	if !sp.Alt {
		prefix = ""
	}
	if sp.Type == 'X' {
		for i, c := range digits {
			if c >= 'a' {
				digits[i] = c - ('a' - 'A')
			}
		}
	}
	fill, align := sp.resolve('>')
	if sp.Width < 0 && sp.Grouping == 0 && sp.Sign != '+' && sp.Sign != ' ' {
		if neg {
			dst = append(dst, '-')
		}
		dst = append(dst, prefix...)
		return append(dst, digits...)
	}
	l := newLayout(sp, fill, align)
	n := number{neg: neg, prefix: prefix, digits: digits}
	return appendNumber(dst, &n, &l)
}

// FormatFloat implements format(f, spec) for float; an empty spec gives
// repr(f) (the object layer calls str() itself for subclasses).
func FormatFloat(f float64, spec, typeName string) (string, error) {
	if spec == "" {
		return FloatRepr(f), nil
	}
	var buf [64]byte
	b, err := AppendFormatFloat(buf[:0], f, spec, typeName)
	if err != nil {
		return "", err
	}
	return string(b), nil
}

// AppendFormatFloat appends format(f, spec) to dst.
func AppendFormatFloat(dst []byte, f float64, spec, typeName string) ([]byte, error) {
	sp, err := ParseSpec(spec, typeName)
	if err != nil {
		return dst, err
	}
	switch sp.Type {
	case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%':
	default:
		return dst, unknownFormat(sp.Type, typeName)
	}
	return appendFormatFloat(dst, f, &sp)
}

// floatCode maps a spec to PyOS_double_to_string's arguments.
func floatCode(sp *Spec, forComplex bool) (code byte, prec, flags int, err error) {
	if sp.Precision > math.MaxInt32 {
		return 0, 0, 0, valueError("precision too big")
	}
	prec = sp.Precision
	if sp.Alt {
		flags |= FlagAlt
	}
	if sp.NoNeg0 {
		flags |= FlagNoNeg0
	}
	defPrec := 6
	code = byte(sp.Type)
	switch sp.Type {
	case 0:
		if !forComplex {
			flags |= FlagAddDot0
		}
		code = 'r'
		defPrec = 0
	case 'n':
		code = 'g'
	case '%':
		code = 'f'
	}
	if prec < 0 {
		prec = defPrec
	} else if code == 'r' {
		code = 'g'
	}
	return code, prec, flags, nil
}

func appendFormatFloat(dst []byte, f float64, sp *Spec) ([]byte, error) {
	code, prec, flags, err := floatCode(sp, false)
	if err != nil {
		return dst, err
	}
	if sp.Width > maxOutput || prec > maxOutput {
		return dst, memoryError()
	}
	if sp.Type == '%' {
		f *= 100
	}
	if sp.Width < 0 && sp.Grouping == 0 && sp.Sign != '+' && sp.Sign != ' ' && sp.Type != 'n' {
		dst = AppendFloatFormat(dst, f, code, prec, flags)
		if sp.Type == '%' {
			dst = append(dst, '%')
		}
		return dst, nil
	}
	var nbuf [64]byte
	s := AppendFloatFormat(nbuf[:0], f, code, prec, flags)
	if sp.Type == '%' {
		s = append(s, '%')
	}
	fill, align := sp.resolve('>')
	l := newLayout(sp, fill, align)
	n := splitNumber(s)
	return appendNumber(dst, &n, &l), nil
}

// splitNumber is parse_number: sign, leading digits, '.', remainder.
func splitNumber(s []byte) (n number) {
	if len(s) > 0 && s[0] == '-' {
		n.neg = true
		s = s[1:]
	}
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	n.digits = s[:i]
	if i < len(s) && s[i] == '.' {
		n.decimal = true
		i++
	}
	n.rest = s[i:]
	return n
}

// FormatComplex implements format(complex(re, im), spec); an empty spec
// gives str() of the complex.
func FormatComplex(re, im float64, spec, typeName string) (string, error) {
	if spec == "" {
		return ComplexRepr(re, im), nil
	}
	sp, err := ParseSpec(spec, typeName)
	if err != nil {
		return "", err
	}
	switch sp.Type {
	case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n':
	default:
		return "", unknownFormat(sp.Type, typeName)
	}
	code, prec, flags, err := floatCode(&sp, true)
	if err != nil {
		return "", err
	}
	if sp.Width > maxOutput || prec > maxOutput/2 {
		return "", memoryError()
	}
	fill, align := sp.resolve('>')
	if fill == '0' {
		return "", valueError("Zero padding is not allowed in complex format specifier")
	}
	if align == '=' {
		return "", valueError("'=' alignment flag is not allowed in complex format specifier")
	}
	skipRe, parens := false, false
	if sp.Type == 0 {
		if re == 0 && !math.Signbit(re) {
			skipRe = true
		} else {
			parens = true
		}
	}
	var rb, ib [64]byte
	rs := AppendFloatFormat(rb[:0], re, code, prec, flags)
	is := AppendFloatFormat(ib[:0], im, code, prec, flags)
	l := newLayout(&sp, 0, '<')
	l.width = -1
	var body []byte
	if parens {
		body = append(body, '(')
	}
	if !skipRe {
		n := splitNumber(rs)
		body = appendNumber(body, &n, &l)
		l.sign = '+'
	}
	n := splitNumber(is)
	body = appendNumber(body, &n, &l)
	body = append(body, 'j')
	if parens {
		body = append(body, ')')
	}
	out := appendPadded(nil, string(body), runeCount(string(body)), sp.Width, align, sp.Fill)
	return string(out), nil
}
