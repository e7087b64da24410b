package pyfmt

import (
	"errors"
	"math/big"
	"strconv"
)

// ErrWrongType is returned by a PrintfHost conversion to say that the value
// has the wrong type (CPython's TypeError there); Printf then raises the
// TypeError with CPython's message for the conversion.
var ErrWrongType = errors.New("pyfmt: wrong type")

// PrintfHost lets Printf reach the objects of the interpreter. V is the
// interpreter's value type; it is passed by value and never boxed.
//
// Errors returned by the host (other than ErrWrongType) are passed through
// unchanged.
type PrintfHost[V any] interface {
	// Args describes the right operand of '%': n >= 0 is the length of a
	// tuple, n < 0 a single value; mapping is PyMapping_Check(args) and not
	// a tuple or str.
	Args(args V) (n int, mapping bool)
	// Item returns args[i] of a tuple.
	Item(args V, i int) V
	// GetItem returns mapping[key] (KeyError etc. from the host).
	GetItem(mapping V, key string) (V, error)
	// TypeName returns type(v).__name__ for messages.
	TypeName(v V) string
	// Str, Repr and ASCII are str(v), repr(v) and ascii(v).
	Str(v V) (string, error)
	Repr(v V) (string, error)
	ASCII(v V) (string, error)
	// AsStr returns v's text if v is a str.
	AsStr(v V) (string, bool)
	// Int converts v to an int: with index false as '%d' does (a number,
	// then int(v)), with index true by __index__. It returns ErrWrongType
	// when v is not acceptable (so that Printf can word the TypeError);
	// other errors (OverflowError for inf, ...) pass through. The result is
	// small unless big is non-nil.
	Int(v V, index bool) (small int64, big *big.Int, err error)
	// Float is PyFloat_AsDouble(v) with its own errors.
	Float(v V) (float64, error)
	// MaxStrDigits is sys.get_int_max_str_digits().
	MaxStrDigits() int
}

const (
	pfLJust = 1 << iota
	pfSign
	pfBlank
	pfAlt
	pfZero
)

type printfState[V any] struct {
	host   PrintfHost[V]
	format string
	pos    int // byte position of the next character
	eof    bool
	args   V
	arglen int
	argidx int
	dict   bool
	orig   V
	// bytes is bytes % args: the format and the host's strings are
	// Latin-1 (one rune per byte), %b is %s, %r is %a and %c takes an
	// int in range(256) or a single byte.
	bytes bool
}

func (st *printfState[V]) read() (rune, bool) {
	if st.pos >= len(st.format) {
		st.eof = true
		return 0, false
	}
	r, n := decodeRune(st.format[st.pos:])
	st.pos += n
	return r, true
}

func (st *printfState[V]) nextArg() (V, error) {
	if st.argidx < st.arglen {
		i := st.argidx
		st.argidx++
		if st.arglen < 0 {
			return st.args, nil
		}
		return st.host.Item(st.args, i), nil
	}
	var zero V
	return zero, typeError("not enough arguments for format string")
}

// Printf implements format % args for a str format (PyUnicode_Format).
func Printf[V any](format string, args V, host PrintfHost[V]) (string, error) {
	return printf(format, args, host, false)
}

// PrintfBytes is bytes % args. format and the result are Latin-1 text
// (rune i stands for byte i); the host's Str must return a bytes-like
// argument's bytes, its ASCII ascii(v), its AsStr a bytes argument's
// bytes, all as Latin-1 text.
func PrintfBytes[V any](format string, args V, host PrintfHost[V]) (string, error) {
	return printf(format, args, host, true)
}

func printf[V any](format string, args V, host PrintfHost[V], bytesMode bool) (string, error) {
	st := printfState[V]{host: host, format: format, args: args, orig: args, bytes: bytesMode}
	n, mapping := host.Args(args)
	if n >= 0 {
		st.arglen, st.argidx = n, 0
	} else {
		st.arglen, st.argidx = -1, -2
	}
	st.dict = mapping && n < 0
	out := make([]byte, 0, len(format)+16)
	for st.pos < len(format) {
		i := st.pos
		for i < len(format) && format[i] != '%' {
			i++
		}
		out = append(out, format[st.pos:i]...)
		st.pos = i
		if i == len(format) {
			break
		}
		st.pos++
		var err error
		if out, err = st.formatArg(out); err != nil {
			return "", err
		}
	}
	if st.argidx < st.arglen && !st.dict {
		return "", typeError("not all arguments converted during " + st.kind() + " formatting")
	}
	return string(out), nil
}

type pfArg struct {
	ch    rune
	flags int
	width int
	prec  int
	sign  bool
}

func (st *printfState[V]) formatArg(out []byte) ([]byte, error) {
	if st.pos < len(st.format) && st.format[st.pos] == '%' {
		st.pos++
		return append(out, '%'), nil
	}
	a := pfArg{width: -1, prec: -1}
	if err := st.parseArg(&a); err != nil {
		return out, err
	}
	v, err := st.nextArg()
	if err != nil {
		return out, err
	}
	h := st.host
	var s string
	ch := a.ch
	if st.bytes && ch == 'b' {
		ch = 's'
	} else if st.bytes && ch == 'r' {
		ch = 'a'
	}
	switch ch {
	case 's', 'r', 'a':
		switch ch {
		case 's':
			s, err = h.Str(v)
		case 'r':
			s, err = h.Repr(v)
		default:
			s, err = h.ASCII(v)
		}
		if err != nil {
			return out, err
		}
	case 'i', 'd', 'u', 'o', 'x', 'X':
		if s, err = st.formatLong(v, &a); err != nil {
			return out, err
		}
		a.sign = true
	case 'e', 'E', 'f', 'F', 'g', 'G':
		f, err := h.Float(v)
		if err != nil {
			return out, err
		}
		if a.prec > maxOutput {
			return out, memoryError()
		}
		prec := a.prec
		if prec < 0 {
			prec = 6
		}
		flags := 0
		if a.flags&pfAlt != 0 {
			flags = FlagAlt
		}
		if a.width == -1 && a.prec == -1 && a.flags&(pfSign|pfBlank) == 0 {
			out = AppendFloatFormat(out, f, byte(a.ch), prec, flags)
			return st.checkDict(out)
		}
		var fb [64]byte
		s = string(AppendFloatFormat(fb[:0], f, byte(a.ch), prec, flags))
		a.sign = true
	case 'c':
		r, err := st.formatChar(v)
		if err != nil {
			return out, err
		}
		if a.width == -1 && a.prec == -1 {
			out = appendRune(out, r)
			return st.checkDict(out)
		}
		var cb [4]byte
		s = string(appendRune(cb[:0], r))
	default:
		c := byte('?')
		if a.ch >= 31 && a.ch <= 126 {
			c = byte(a.ch)
		}
		idx := runeCount(st.format[:st.pos]) - 1
		return out, valueError("unsupported format character '" + string(rune(c)) + "' (0x" +
			strconv.FormatInt(int64(a.ch), 16) + ") at index " + strconv.Itoa(idx))
	}
	if a.width > maxOutput {
		return out, memoryError()
	}
	out = appendPrintfOutput(out, &a, s)
	return st.checkDict(out)
}

func (st *printfState[V]) checkDict(out []byte) ([]byte, error) {
	if st.dict && st.argidx < st.arglen {
		return out, typeError("not all arguments converted during " + st.kind() + " formatting")
	}
	return out, nil
}

// parseArg parses "(key)", flags, width, precision and the length modifier
// up to the conversion character, as unicode_format_arg_parse.
func (st *printfState[V]) parseArg(a *pfArg) error {
	h := st.host
	if st.pos < len(st.format) && st.format[st.pos] == '(' {
		if !st.dict {
			return typeError("format requires a mapping")
		}
		st.pos++
		keyStart := st.pos
		depth := 1
		for depth > 0 {
			r, ok := st.read()
			if !ok {
				break
			}
			a.ch = r
			if r == ')' {
				depth--
			} else if r == '(' {
				depth++
			}
		}
		if depth > 0 {
			return valueError("incomplete format key")
		}
		v, err := h.GetItem(st.orig, st.format[keyStart:st.pos-1])
		if err != nil {
			return err
		}
		st.args, st.arglen, st.argidx = v, -1, -2
	}
	for {
		r, ok := st.read()
		if !ok {
			break
		}
		a.ch = r
		switch r {
		case '-':
			a.flags |= pfLJust
			continue
		case '+':
			a.flags |= pfSign
			continue
		case ' ':
			a.flags |= pfBlank
			continue
		case '#':
			a.flags |= pfAlt
			continue
		case '0':
			a.flags |= pfZero
			continue
		}
		break
	}
	if a.ch == '*' {
		w, err := st.starArg(false)
		if err != nil {
			return err
		}
		a.width = w
		if a.width < 0 {
			a.flags |= pfLJust
			a.width = -a.width
		}
		if r, ok := st.read(); ok {
			a.ch = r
		}
	} else if a.ch >= '0' && a.ch <= '9' {
		a.width = int(a.ch - '0')
		for {
			r, ok := st.read()
			if !ok {
				break
			}
			a.ch = r
			if r < '0' || r > '9' {
				break
			}
			if a.width > (1<<63-1-int(r-'0'))/10 {
				return valueError("width too big")
			}
			a.width = a.width*10 + int(r-'0')
		}
	}
	if a.ch == '.' {
		a.prec = 0
		if r, ok := st.read(); ok {
			a.ch = r
		}
		if a.ch == '*' {
			p, err := st.starArg(true)
			if err != nil {
				return err
			}
			a.prec = max(p, 0)
			if r, ok := st.read(); ok {
				a.ch = r
			}
		} else if a.ch >= '0' && a.ch <= '9' {
			a.prec = int(a.ch - '0')
			for {
				r, ok := st.read()
				if !ok {
					break
				}
				a.ch = r
				if r < '0' || r > '9' {
					break
				}
				if a.prec > (1<<31-1-int(r-'0'))/10 {
					return valueError("precision too big")
				}
				a.prec = a.prec*10 + int(r-'0')
			}
		}
	}
	if !st.eof && (a.ch == 'h' || a.ch == 'l' || a.ch == 'L') {
		if r, ok := st.read(); ok {
			a.ch = r
		}
	}
	if st.eof {
		return valueError("incomplete format")
	}
	return nil
}

// starArg fetches a '*' width (prec=false) or precision argument.
func (st *printfState[V]) starArg(prec bool) (int, error) {
	v, err := st.nextArg()
	if err != nil {
		return 0, err
	}
	if _, isStr := st.host.AsStr(v); isStr {
		return 0, typeError("* wants int")
	}
	small, b, err := st.host.Int(v, true)
	if err == ErrWrongType {
		return 0, typeError("* wants int")
	}
	if err != nil {
		return 0, err
	}
	if prec {
		if b != nil || small > 1<<31-1 || small < -1<<31 {
			return 0, overflowError("Python int too large to convert to C int")
		}
	} else if b != nil {
		return 0, overflowError("Python int too large to convert to C ssize_t")
	}
	return int(small), nil
}

func (st *printfState[V]) kind() string {
	if st.bytes {
		return "bytes"
	}
	return "string"
}

func (st *printfState[V]) formatChar(v V) (rune, error) {
	if st.bytes {
		const msg = "%c requires an integer in range(256) or a single byte"
		if s, ok := st.host.AsStr(v); ok {
			if s != "" {
				if r, n := decodeRune(s); n == len(s) {
					return r, nil
				}
			}
			return 0, typeError(msg)
		}
		small, b, err := st.host.Int(v, true)
		if err == ErrWrongType {
			return 0, typeError(msg)
		}
		if err != nil {
			return 0, err
		}
		if b != nil || small < 0 || small > 255 {
			return 0, overflowError("%c arg not in range(256)")
		}
		return rune(small), nil
	}
	if s, ok := st.host.AsStr(v); ok {
		if s != "" {
			if r, n := decodeRune(s); n == len(s) {
				return r, nil
			}
		}
		return 0, typeError("%c requires int or char")
	}
	small, b, err := st.host.Int(v, true)
	if err == ErrWrongType {
		return 0, typeError("%c requires int or char")
	}
	if err != nil {
		return 0, err
	}
	if b != nil || small < 0 || small > 0x10ffff {
		return 0, overflowError("%c arg not in range(0x110000)")
	}
	return rune(small), nil
}

// formatLong is mainformatlong + _PyUnicode_FormatLong.
func (st *printfState[V]) formatLong(v V, a *pfArg) (string, error) {
	typ := byte(a.ch)
	index := typ == 'o' || typ == 'x' || typ == 'X'
	small, b, err := st.host.Int(v, index)
	if err == ErrWrongType {
		what := "a real number"
		if index {
			what = "an integer"
		}
		return "", typeError("%" + string(rune(typ)) + " format: " + what + " is required, not " + st.host.TypeName(v))
	}
	if err != nil {
		return "", err
	}
	if a.prec > 1<<31-1-3 {
		return "", overflowError("precision too large")
	}
	if a.prec > maxOutput {
		return "", memoryError()
	}
	base := 10
	switch typ {
	case 'o':
		base = 8
	case 'x', 'X':
		base = 16
	}
	var buf [72]byte
	out := buf[:0]
	var digits []byte
	neg := false
	if b == nil {
		u := uint64(small)
		if small < 0 {
			neg = true
			u = -u
		}
		var dbuf [24]byte // its own array: the zero padding may fill buf
		digits = strconv.AppendUint(dbuf[:0], u, base)
	} else {
		if base == 10 {
			if m := st.host.MaxStrDigits(); m > 0 && exceedsDigits(b, m) {
				return "", valueError(maxStrToStr(m))
			}
		}
		neg = b.Sign() < 0
		digits = new(big.Int).Abs(b).Append(nil, base)
	}
	if neg {
		out = append(out, '-')
	}
	if a.flags&pfAlt != 0 {
		switch typ {
		case 'o':
			out = append(out, '0', 'o')
		case 'x':
			out = append(out, '0', 'x')
		case 'X':
			out = append(out, '0', 'X')
		}
	}
	for i := len(digits); i < a.prec; i++ {
		out = append(out, '0')
	}
	if typ == 'X' {
		for i, c := range digits {
			if c >= 'a' {
				digits[i] = c - ('a' - 'A')
			}
		}
	}
	out = append(out, digits...)
	return string(out), nil
}

// appendPrintfOutput is unicode_format_arg_output: sign, prefix, padding.
func appendPrintfOutput(out []byte, a *pfArg, s string) []byte {
	fill := byte(' ')
	if a.sign && a.flags&pfZero != 0 {
		fill = '0'
	}
	n := runeCount(s)
	if (a.width == -1 || a.width <= n) && (a.prec == -1 || a.prec >= n) && a.flags&(pfSign|pfBlank) == 0 {
		return append(out, s...)
	}
	if (a.ch == 's' || a.ch == 'r' || a.ch == 'a') && a.prec >= 0 && n > a.prec {
		s = runePrefix(s, a.prec)
		n = a.prec
	}
	var signch byte
	if a.sign {
		if s != "" && (s[0] == '-' || s[0] == '+') {
			signch = s[0]
			s = s[1:]
			n--
		} else if a.flags&pfSign != 0 {
			signch = '+'
		} else if a.flags&pfBlank != 0 {
			signch = ' '
		} else {
			a.sign = false
		}
	}
	width := max(a.width, n)
	if a.sign {
		if fill != ' ' {
			out = append(out, signch)
		}
		if width > n {
			width--
		}
	}
	prefix := a.flags&pfAlt != 0 && (a.ch == 'x' || a.ch == 'X' || a.ch == 'o')
	if prefix {
		if fill != ' ' {
			out = append(out, s[:2]...)
			s = s[2:]
		}
		width = max(width-2, 0)
		n -= 2
	}
	if width > n && a.flags&pfLJust == 0 {
		for i := width - n; i > 0; i-- {
			out = append(out, fill)
		}
		width = n
	}
	if fill == ' ' {
		if a.sign {
			out = append(out, signch)
		}
		if prefix {
			out = append(out, s[:2]...)
			s = s[2:]
		}
	}
	out = append(out, s...)
	for i := width - n; i > 0; i-- {
		out = append(out, ' ')
	}
	return out
}
