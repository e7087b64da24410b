package objects

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode/utf8"
)

// formatSpec is a parsed format-spec mini-language string.
type formatSpec struct {
	fill      rune
	align     byte
	sign      byte
	alt       bool
	zero      bool
	width     int
	grouping  byte
	precision int // -1 none
	typ       byte
}

func parseFormatSpec(s string) (formatSpec, *BaseException) {
	f := formatSpec{fill: ' ', precision: -1}
	i := 0
	if len(s) >= 2 {
		r, n := utf8.DecodeRuneInString(s)
		if n < len(s) && strings.IndexByte("<>=^", s[n]) >= 0 {
			f.fill, f.align = r, s[n]
			i = n + 1
		}
	}
	if f.align == 0 && i < len(s) && strings.IndexByte("<>=^", s[i]) >= 0 {
		f.align = s[i]
		i++
	}
	if i < len(s) && strings.IndexByte("+- ", s[i]) >= 0 {
		f.sign = s[i]
		i++
	}
	if i < len(s) && s[i] == '#' {
		f.alt = true
		i++
	}
	if i < len(s) && s[i] == '0' {
		f.zero = true
		i++
	}
	j := i
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i > j {
		f.width, _ = strconv.Atoi(s[j:i])
	}
	if i < len(s) && (s[i] == ',' || s[i] == '_') {
		f.grouping = s[i]
		i++
	}
	if i < len(s) && s[i] == '.' {
		i++
		j = i
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
		}
		if i == j {
			return f, Errorf(ExcValueError, "Format specifier missing precision")
		}
		f.precision, _ = strconv.Atoi(s[j:i])
	}
	if i < len(s) {
		f.typ = s[i]
		i++
	}
	if i < len(s) {
		return f, Errorf(ExcValueError, "Invalid format specifier '%s' for object of type", s)
	}
	return f, nil
}

func (f *formatSpec) pad(body string, numeric bool, signPart string) string {
	n := utf8.RuneCountInString(body) + len(signPart)
	align := f.align
	fill := f.fill
	if f.zero && align == 0 && numeric {
		align, fill = '=', '0'
	}
	if align == 0 {
		if numeric {
			align = '>'
		} else {
			align = '<'
		}
	}
	if n >= f.width {
		return signPart + body
	}
	padding := f.width - n
	fs := string(fill)
	switch align {
	case '<':
		return signPart + body + strings.Repeat(fs, padding)
	case '>':
		return strings.Repeat(fs, padding) + signPart + body
	case '=':
		return signPart + strings.Repeat(fs, padding) + body
	default:
		l := padding / 2
		return strings.Repeat(fs, l) + signPart + body + strings.Repeat(fs, padding-l)
	}
}

func group(digits string, sep byte, every int) string {
	if sep == 0 || len(digits) <= every {
		return digits
	}
	var b strings.Builder
	first := len(digits) % every
	if first > 0 {
		b.WriteString(digits[:first])
	}
	for i := first; i < len(digits); i += every {
		if b.Len() > 0 {
			b.WriteByte(sep)
		}
		b.WriteString(digits[i : i+every])
	}
	return b.String()
}

func signOf(neg bool, sign byte) string {
	if neg {
		return "-"
	}
	switch sign {
	case '+':
		return "+"
	case ' ':
		return " "
	}
	return ""
}

// FormatValue implements format(v, spec) for builtin types; other types
// go through __format__.
func FormatValue(t *Thread, v Value, spec string) (Value, *BaseException) {
	if r, ok, err := formatBuiltin(v, spec); ok {
		return r, err
	}
	vt := v.Type()
	switch {
	case vt == BoolType && spec == "":
		return Str_(t, v)
	case IsIntValue(v):
		return formatInt(t, v, spec)
	case vt.IsSubtype(FloatType):
		f, _, _ := FloatOf(v)
		return formatFloat(f, spec)
	case vt.IsSubtype(StrType):
		if spec == "" {
			return NewStrValue(As[Str](v).S), nil
		}
		fs, err := parseFormatSpec(spec)
		if err != nil {
			return Null, err
		}
		if fs.typ != 0 && fs.typ != 's' {
			return Null, Errorf(ExcValueError, "Unknown format code '%c' for object of type 'str'", fs.typ)
		}
		s := As[Str](v).S
		if fs.precision >= 0 && utf8.RuneCountInString(s) > fs.precision {
			s = string([]rune(s)[:fs.precision])
		}
		return NewStrValue(fs.pad(s, false, "")), nil
	}
	if m := vt.LookupString("__format__"); !m.IsNull() && vt.IsHeapType() {
		r, err := CallValue(t, m, []Value{v, NewStrValue(spec)}, nil)
		if err != nil {
			return Null, err
		}
		if !r.IsInstance(StrType) {
			return Null, Errorf(ExcTypeError, "__format__ must return a str, not %s", r.Type().Name)
		}
		return r, nil
	}
	if spec != "" {
		return Null, Errorf(ExcTypeError, "unsupported format string passed to %s.__format__", vt.Name)
	}
	return Str_(t, v)
}

func formatInt(t *Thread, v Value, spec string) (Value, *BaseException) {
	if spec == "" {
		return Str_(t, v)
	}
	fs, err := parseFormatSpec(spec)
	if err != nil {
		return Null, err
	}
	switch fs.typ {
	case 'e', 'E', 'f', 'F', 'g', 'G', '%':
		f, _, err := FloatOf(v)
		if err != nil {
			return Null, err
		}
		return formatFloat(f, spec)
	}
	b, _ := BigOf(v)
	neg := b.Sign() < 0
	a := new(big.Int).Abs(b)
	var digits, prefix string
	every := 3
	switch fs.typ {
	case 0, 'd', 'n':
		digits = a.String()
	case 'x':
		digits, prefix, every = a.Text(16), "0x", 4
	case 'X':
		digits, prefix, every = strings.ToUpper(a.Text(16)), "0X", 4
	case 'o':
		digits, prefix, every = a.Text(8), "0o", 4
	case 'b':
		digits, prefix, every = a.Text(2), "0b", 4
	case 'c':
		return NewStrValue(fs.pad(string(rune(a.Int64())), false, "")), nil
	default:
		return Null, Errorf(ExcValueError, "Unknown format code '%c' for object of type 'int'", fs.typ)
	}
	if !fs.alt {
		prefix = ""
	}
	digits = group(digits, fs.grouping, every)
	return NewStrValue(fs.pad(digits, true, signOf(neg, fs.sign)+prefix)), nil
}

func formatFloat(f float64, spec string) (Value, *BaseException) {
	if spec == "" {
		return NewStrValue(FormatFloatRepr(f)), nil
	}
	fs, err := parseFormatSpec(spec)
	if err != nil {
		return Null, err
	}
	neg := math.Signbit(f) && !math.IsNaN(f)
	a := math.Abs(f)
	prec := fs.precision
	var body string
	switch {
	case math.IsInf(a, 0):
		body = "inf"
	case math.IsNaN(a):
		body = "nan"
	}
	if body != "" && fs.typ == '%' {
		body += "%"
	}
	if body == "" {
		switch fs.typ {
		case 'f', 'F':
			if prec < 0 {
				prec = 6
			}
			body = strconv.FormatFloat(a, 'f', prec, 64)
		case 'e', 'E':
			if prec < 0 {
				prec = 6
			}
			body = fixExp(strconv.FormatFloat(a, 'e', prec, 64))
		case '%':
			if prec < 0 {
				prec = 6
			}
			body = strconv.FormatFloat(a*100, 'f', prec, 64) + "%"
		case 'g', 'G':
			if prec < 0 {
				prec = 6
			}
			if prec == 0 {
				prec = 1
			}
			body = formatG(a, prec, fs.alt)
		case 0:
			if prec < 0 {
				body = FormatFloatRepr(a)
			} else {
				body = formatG(a, max(prec, 1), fs.alt)
				if !strings.ContainsAny(body, ".e") {
					body += ".0"
				}
			}
		default:
			return Null, Errorf(ExcValueError, "Unknown format code '%c' for object of type 'float'", fs.typ)
		}
	}
	if fs.typ == 'E' || fs.typ == 'G' || fs.typ == 'F' {
		body = strings.ToUpper(body)
	}
	if fs.grouping != 0 {
		intPart, rest := body, ""
		if i := strings.IndexAny(body, ".e%"); i >= 0 {
			intPart, rest = body[:i], body[i:]
		}
		body = group(intPart, fs.grouping, 3) + rest
	}
	return NewStrValue(fs.pad(body, true, signOf(neg, fs.sign))), nil
}

// fixExp turns Go's e+6 exponent into Python's e+06.
func fixExp(s string) string {
	i := strings.IndexAny(s, "e")
	if i < 0 {
		return s
	}
	exp := s[i+2:]
	if len(exp) < 2 {
		exp = "0" + exp
	}
	return s[:i+2] + exp
}

func formatG(a float64, prec int, alt bool) string {
	if a == 0 {
		if alt && prec > 1 {
			return "0." + strings.Repeat("0", prec-1)
		}
		return "0"
	}
	e := strconv.FormatFloat(a, 'e', prec-1, 64)
	expIdx := strings.IndexByte(e, 'e')
	exp, _ := strconv.Atoi(e[expIdx+1:])
	var s string
	if exp < -4 || exp >= prec {
		mant := e[:expIdx]
		if !alt && strings.Contains(mant, ".") {
			mant = strings.TrimRight(strings.TrimRight(mant, "0"), ".")
		}
		s = fixExp(mant + e[expIdx:])
	} else {
		s = strconv.FormatFloat(a, 'f', max(prec-1-exp, 0), 64)
		if !alt && strings.Contains(s, ".") {
			s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
		}
	}
	return s
}

// StrFormatMethod implements str.format.
func StrFormatMethod(t *Thread, f string, args []Value, kwnames *Tuple) (Value, *BaseException) {
	pos, kw := SplitArgs(args, kwnames)
	return strFormat(t, f, pos, func(name string) (Value, *BaseException) {
		for k, kv := range kw {
			if As[Str](kwnames.Items[k]).S == name {
				return kv, nil
			}
		}
		return Null, NewException(ExcKeyError, NewStrValue(name))
	})
}

// StrFormatMap implements str.format_map(mapping).
func StrFormatMap(t *Thread, f string, mapping Value) (Value, *BaseException) {
	return strFormat(t, f, nil, func(name string) (Value, *BaseException) {
		return GetItem(t, mapping, NewStrValue(name))
	})
}

func strFormat(t *Thread, f string, pos []Value, named func(string) (Value, *BaseException)) (Value, *BaseException) {
	auto := 0
	return strFormatN(t, f, pos, named, &auto, 0)
}

// strFormatN formats f; auto is the automatic field counter shared with
// nested replacement fields inside format specs ("{:{}}").
func strFormatN(t *Thread, f string, pos []Value, named func(string) (Value, *BaseException), autoP *int, depth int) (Value, *BaseException) {
	if depth > 1 {
		return Null, Errorf(ExcValueError, "Max string recursion exceeded")
	}
	var b strings.Builder
	auto := *autoP
	defer func() { *autoP = auto }()
	for i := 0; i < len(f); i++ {
		c := f[i]
		if c == '}' {
			if i+1 < len(f) && f[i+1] == '}' {
				b.WriteByte('}')
				i++
				continue
			}
			return Null, Errorf(ExcValueError, "Single '}' encountered in format string")
		}
		if c != '{' {
			b.WriteByte(c)
			continue
		}
		if i+1 < len(f) && f[i+1] == '{' {
			b.WriteByte('{')
			i++
			continue
		}
		j, nest := -1, 0
		for k := i + 1; k < len(f); k++ {
			if f[k] == '{' {
				nest++
			} else if f[k] == '}' {
				if nest == 0 {
					j = k - i
					break
				}
				nest--
			}
		}
		if j < 0 {
			if i+1 < len(f) {
				return Null, Errorf(ExcValueError, "expected '}' before end of string")
			}
			return Null, Errorf(ExcValueError, "Single '{' encountered in format string")
		}
		field := f[i+1 : i+j]
		i += j
		spec := ""
		if k := strings.IndexAny(field, ":"); k >= 0 && !strings.Contains(field[:k], "[") {
			field, spec = field[:k], field[k+1:]
		} else if k >= 0 {
			if e := strings.IndexByte(field, ']'); e >= 0 {
				if k2 := strings.IndexByte(field[e:], ':'); k2 >= 0 {
					field, spec = field[:e+k2], field[e+k2+1:]
				}
			}
		}
		conv := byte(0)
		if k := strings.IndexByte(field, '!'); k >= 0 {
			switch {
			case k+1 >= len(field):
				return Null, Errorf(ExcValueError, "unmatched '{' in format spec")
			case k+2 < len(field):
				return Null, Errorf(ExcValueError, "expected ':' after conversion specifier")
			}
			conv = field[k+1]
			if conv != 'r' && conv != 's' && conv != 'a' {
				return Null, Errorf(ExcValueError, "Unknown conversion specifier %c", conv)
			}
			field = field[:k]
		}
		name := field
		rest := ""
		if k := strings.IndexAny(field, ".["); k >= 0 {
			name, rest = field[:k], field[k:]
		}
		var v Value
		if name == "" {
			if auto >= len(pos) {
				return Null, Errorf(ExcIndexError, "Replacement index %d out of range for positional args tuple", auto)
			}
			v = pos[auto]
			auto++
		} else if n, err := strconv.Atoi(name); err == nil {
			if n >= len(pos) {
				return Null, Errorf(ExcIndexError, "Replacement index %d out of range for positional args tuple", n)
			}
			v = pos[n]
		} else {
			var err *BaseException
			if v, err = named(name); err != nil {
				return Null, err
			}
		}
		for rest != "" {
			var err *BaseException
			if rest[0] == '.' {
				k := strings.IndexAny(rest[1:], ".[")
				attr := rest[1:]
				if k >= 0 {
					attr, rest = rest[1:k+1], rest[k+1:]
				} else {
					rest = ""
				}
				if attr == "" {
					return Null, Errorf(ExcValueError, "Empty attribute in format string")
				}
				v, err = GetAttr(t, v, Intern(attr))
			} else if rest[0] != '[' {
				return Null, Errorf(ExcValueError, "Only '.' or '[' may follow ']' in format field specifier")
			} else {
				k := strings.IndexByte(rest, ']')
				if k < 0 {
					return Null, Errorf(ExcValueError, "expected '}' before end of string")
				}
				key := rest[1:k]
				if key == "" {
					return Null, Errorf(ExcValueError, "Empty attribute in format string")
				}
				rest = rest[k+1:]
				if n, e := strconv.Atoi(key); e == nil {
					v, err = GetItem(t, v, Int(int64(n)))
				} else {
					v, err = GetItem(t, v, NewStrValue(key))
				}
			}
			if err != nil {
				return Null, err
			}
		}
		var err *BaseException
		switch conv {
		case 'r':
			v, err = Repr(t, v)
		case 's':
			v, err = Str_(t, v)
		case 'a':
			v, err = ASCII(t, v)
		}
		if err != nil {
			return Null, err
		}
		if strings.ContainsRune(spec, '{') {
			*autoP = auto
			sv, err2 := strFormatN(t, spec, pos, named, autoP, depth+1)
			if err2 != nil {
				return Null, err2
			}
			auto = *autoP
			spec = As[Str](sv).S
		}
		r, err := FormatValue(t, v, spec)
		if err != nil {
			return Null, err
		}
		b.WriteString(As[Str](r).S)
	}
	return NewStrValue(b.String()), nil
}

// PercentFormat implements str % args.
func PercentFormat(t *Thread, f string, arg Value) (Value, *BaseException) {
	return percentFormatPy(t, f, arg)
}

func percentFormatOld(t *Thread, f string, arg Value) (Value, *BaseException) {
	var items []Value
	var mapping Value
	if arg.Type() == TupleType {
		items = As[Tuple](arg).Items
	} else if arg.IsInstance(DictType) {
		mapping = arg
		items = []Value{arg}
	} else {
		items = []Value{arg}
	}
	next := 0
	var b strings.Builder
	for i := 0; i < len(f); i++ {
		if f[i] != '%' {
			b.WriteByte(f[i])
			continue
		}
		i++
		if i >= len(f) {
			return Null, Errorf(ExcValueError, "incomplete format")
		}
		var v Value
		if f[i] == '(' && !mapping.IsNull() {
			k := strings.IndexByte(f[i:], ')')
			key := f[i+1 : i+k]
			i += k + 1
			var err *BaseException
			v, err = GetItem(t, mapping, NewStrValue(key))
			if err != nil {
				return Null, err
			}
		}
		j := i
		for i < len(f) && strings.IndexByte("-+ #0123456789.", f[i]) >= 0 {
			i++
		}
		flags := f[j:i]
		if i >= len(f) {
			return Null, Errorf(ExcValueError, "incomplete format")
		}
		c := f[i]
		if c == '%' {
			b.WriteByte('%')
			continue
		}
		if v.IsNull() {
			if next >= len(items) {
				return Null, Errorf(ExcTypeError, "not enough arguments for format string")
			}
			v = items[next]
			next++
		}
		// printf-style: right-aligned unless '-'; '0' pads numbers only
		spec := ">" + flags
		if strings.Contains(flags, "-") {
			spec = "<" + strings.ReplaceAll(strings.ReplaceAll(flags, "-", ""), "0", "")
		} else if strings.HasPrefix(flags, "0") && c != 's' && c != 'r' && c != 'a' {
			spec = flags
		}
		if flags == "" {
			spec = ""
		}
		var r Value
		var err *BaseException
		switch c {
		case 's':
			r, err = Str_(t, v)
			if err == nil && spec != "" {
				r, err = FormatValue(t, r, spec)
			}
		case 'r', 'a':
			r, err = Repr(t, v)
			if err == nil && spec != "" {
				r, err = FormatValue(t, r, spec)
			}
		case 'd', 'i', 'u':
			var iv Value
			iv, err = ToInt(t, v)
			if err == nil {
				r, err = FormatValue(t, iv, spec+"d")
			}
		case 'f', 'F', 'e', 'E', 'g', 'G':
			fv, ok, e := FloatOf(v)
			if e != nil || !ok {
				return Null, Errorf(ExcTypeError, "must be real number, not %s", v.Type().Name)
			}
			r, err = formatFloat(fv, spec+string(c))
		case 'x', 'X', 'o':
			r, err = FormatValue(t, v, spec+string(c))
		case 'c':
			if v.Type() == StrType {
				r, err = FormatValue(t, v, spec)
			} else {
				r, err = FormatValue(t, v, spec+"c")
			}
		default:
			return Null, Errorf(ExcValueError, "unsupported format character '%c' (0x%x) at index %d", c, c, i)
		}
		if err != nil {
			return Null, err
		}
		b.WriteString(As[Str](r).S)
	}
	if next < len(items) && mapping.IsNull() {
		return Null, Errorf(ExcTypeError, "not all arguments converted during string formatting")
	}
	return NewStrValue(b.String()), nil
}

// FormatValueFloat formats f with n digits after the point (round()).
func FormatValueFloat(f float64, n int) string {
	if n >= 0 {
		return strconv.FormatFloat(f, 'f', n, 64)
	}
	p := math.Pow(10, float64(-n))
	return strconv.FormatFloat(math.RoundToEven(f/p)*p, 'f', 0, 64)
}
