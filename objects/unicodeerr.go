package objects

import "fmt"

// UnicodeEncodeError, UnicodeDecodeError and UnicodeTranslateError keep
// their fields (encoding, object, start, end, reason) as instance
// attributes, so Python code (codec error handlers) reads and assigns
// them; str() formats CPython's messages from them.

var (
	strEncoding = Intern("encoding")
	strObject   = Intern("object")
	strStart    = Intern("start")
	strEnd      = Intern("end")
	strReason   = Intern("reason")
)

// NewUnicodeDecodeError returns UnicodeDecodeError(encoding, obj, start,
// end, reason); obj is the bytes being decoded.
func NewUnicodeDecodeError(encoding string, obj Value, start, end int, reason string) *BaseException {
	return newUnicodeError(ExcUnicodeDecodeError, NewStrValue(encoding), obj, start, end, reason)
}

// NewUnicodeEncodeError returns UnicodeEncodeError(encoding, obj, start,
// end, reason); obj is the str being encoded, positions in code points.
func NewUnicodeEncodeError(encoding string, obj Value, start, end int, reason string) *BaseException {
	return newUnicodeError(ExcUnicodeEncodeError, NewStrValue(encoding), obj, start, end, reason)
}

// NewUnicodeTranslateError returns UnicodeTranslateError(obj, start, end,
// reason).
func NewUnicodeTranslateError(obj Value, start, end int, reason string) *BaseException {
	return newUnicodeError(ExcUnicodeTranslateError, Null, obj, start, end, reason)
}

func newUnicodeError(typ *Type, enc, obj Value, start, end int, reason string) *BaseException {
	r := NewStrValue(reason)
	var args []Value
	if enc.IsNull() {
		args = []Value{obj, Int(int64(start)), Int(int64(end)), r}
	} else {
		args = []Value{enc, obj, Int(int64(start)), Int(int64(end)), r}
	}
	e := NewException(typ, args...)
	setUnicodeErrorAttrs(e, enc, obj, Int(int64(start)), Int(int64(end)), r)
	return e
}

func setUnicodeErrorAttrs(e *BaseException, enc, obj, start, end, reason Value) {
	root := e.typ.RootMap
	if !enc.IsNull() {
		e.Attrs.Set(root, strEncoding, enc)
	}
	e.Attrs.Set(root, strObject, obj)
	e.Attrs.Set(root, strStart, start)
	e.Attrs.Set(root, strEnd, end)
	e.Attrs.Set(root, strReason, reason)
}

// UnicodeErrorRange returns the start and end attributes of a Unicode
// error (clamped as CPython's PyUnicode*Error_GetStart/End do).
func UnicodeErrorRange(e *BaseException) (start, end int, err *BaseException) {
	objv := e.Attrs.Get(strObject)
	size := 0
	switch {
	case objv.IsNull():
		return 0, 0, Errorf(ExcTypeError, "object attribute not set")
	case objv.IsInstance(StrType):
		size = As[Str](objv).Len()
	default:
		if b, ok := BytesLike(objv); ok {
			size = len(b)
		}
	}
	sv, ev := e.Attrs.Get(strStart), e.Attrs.Get(strEnd)
	s, ok1 := IntToInt64(sv)
	en, ok2 := IntToInt64(ev)
	if sv.IsNull() || !ok1 {
		return 0, 0, Errorf(ExcTypeError, "start attribute not set")
	}
	if ev.IsNull() || !ok2 {
		return 0, 0, Errorf(ExcTypeError, "end attribute not set")
	}
	start, end = int(s), int(en)
	if start < 0 {
		start = 0
	}
	if start >= size {
		start = size - 1
		if start < 0 {
			start = 0
		}
	}
	if end < 1 {
		end = 1
	}
	if end > size {
		end = size
	}
	return start, end, nil
}

func unicodeErrorInit(t *Thread, self Value, args []Value, kwnames *Tuple) *BaseException {
	e := As[BaseException](self)
	pos, _ := SplitArgs(args, kwnames)
	e.Args = NewTuple(append([]Value(nil), pos...))
	typ := e.typ
	var want []string
	var name string
	switch {
	case typ.IsSubtype(ExcUnicodeEncodeError):
		want, name = []string{"str", "str", "int", "int", "str"}, "UnicodeEncodeError"
	case typ.IsSubtype(ExcUnicodeDecodeError):
		want, name = []string{"str", "bytes", "int", "int", "str"}, "UnicodeDecodeError"
	default:
		want, name = []string{"str", "int", "int", "str"}, "UnicodeTranslateError"
	}
	if len(pos) != len(want) {
		if len(pos) < len(want) {
			return Errorf(ExcTypeError, "function takes exactly %d arguments (%d given)", len(want), len(pos))
		}
		return Errorf(ExcTypeError, "function takes exactly %d arguments (%d given)", len(want), len(pos))
	}
	_ = name
	for i, w := range want {
		a := pos[i]
		ok := false
		switch w {
		case "str":
			ok = a.IsInstance(StrType)
		case "int":
			ok = IsIntValue(a)
		case "bytes":
			_, ok = BytesLike(a)
		}
		if !ok {
			if w == "bytes" {
				return Errorf(ExcTypeError, "a bytes-like object is required, not '%s'", a.Type().Name)
			}
			if w == "int" {
				return Errorf(ExcTypeError, "'%s' object cannot be interpreted as an integer", a.Type().Name)
			}
			return Errorf(ExcTypeError, "argument %d must be %s, not %s", i+1, w, a.Type().Name)
		}
	}
	if len(want) == 5 {
		obj := pos[1]
		if want[1] == "bytes" && obj.Type() != BytesType {
			b, _ := BytesLike(obj)
			obj = NewBytes(append([]byte(nil), b...))
		}
		setUnicodeErrorAttrs(e, pos[0], obj, pos[2], pos[3], pos[4])
	} else {
		setUnicodeErrorAttrs(e, Null, pos[0], pos[1], pos[2], pos[3])
	}
	return nil
}

func unicodeErrorStr(t *Thread, v Value) (Value, *BaseException) {
	e := As[BaseException](v)
	objv := e.Attrs.Get(strObject)
	if objv.IsNull() {
		return excStr(t, v)
	}
	start, end, err := UnicodeErrorRange(e)
	if err != nil {
		return Null, err
	}
	reason, err := StrString(t, orNoneV(e.Attrs.Get(strReason)))
	if err != nil {
		return Null, err
	}
	enc := ""
	if ev := e.Attrs.Get(strEncoding); !ev.IsNull() {
		if enc, err = StrString(t, ev); err != nil {
			return Null, err
		}
	}
	switch {
	case e.typ.IsSubtype(ExcUnicodeDecodeError):
		b, _ := BytesLike(objv)
		if start < len(b) && end == start+1 {
			return NewStrValue(fmt.Sprintf("'%s' codec can't decode byte 0x%02x in position %d: %s", enc, b[start], start, reason)), nil
		}
		return NewStrValue(fmt.Sprintf("'%s' codec can't decode bytes in position %d-%d: %s", enc, start, end-1, reason)), nil
	case e.typ.IsSubtype(ExcUnicodeEncodeError), e.typ.IsSubtype(ExcUnicodeTranslateError):
		prefix := "'" + enc + "' codec can't encode"
		if e.typ.IsSubtype(ExcUnicodeTranslateError) {
			prefix = "can't translate"
		}
		var cps []rune
		if objv.IsInstance(StrType) {
			cps = WTF8Runes(As[Str](objv).S)
		}
		if start < len(cps) && end == start+1 {
			c := cps[start]
			var cs string
			switch {
			case c <= 0xff:
				cs = fmt.Sprintf("\\x%02x", c)
			case c <= 0xffff:
				cs = fmt.Sprintf("\\u%04x", c)
			default:
				cs = fmt.Sprintf("\\U%08x", c)
			}
			return NewStrValue(fmt.Sprintf("%s character '%s' in position %d: %s", prefix, cs, start, reason)), nil
		}
		return NewStrValue(fmt.Sprintf("%s characters in position %d-%d: %s", prefix, start, end-1, reason)), nil
	}
	return excStr(t, v)
}

// WTF8Runes decodes a str's text into code points, decoding lone
// surrogates kept in the generalised 3-byte form.
func WTF8Runes(s string) []rune {
	out := make([]rune, 0, len(s))
	for i := 0; i < len(s); {
		r, n := DecodeWTF8(s[i:])
		out = append(out, r)
		i += n
	}
	return out
}

// DecodeWTF8 decodes one code point from s (which must be non-empty),
// accepting the generalised UTF-8 form of lone surrogates (ED A0..BF xx).
// An invalid byte decodes as itself (U+0000..U+00FF never; it yields
// U+FFFD) with size 1.
func DecodeWTF8(s string) (rune, int) {
	c := s[0]
	if c < 0x80 {
		return rune(c), 1
	}
	if c == 0xED && len(s) >= 3 && s[1] >= 0xA0 && s[1] <= 0xBF && s[2] >= 0x80 && s[2] <= 0xBF {
		return rune(c&0x0F)<<12 | rune(s[1]&0x3F)<<6 | rune(s[2]&0x3F), 3
	}
	return decodeRuneGo(s)
}

// AppendWTF8 appends the UTF-8 encoding of r, keeping surrogates as
// three bytes (the str representation of lone surrogates).
func AppendWTF8(buf []byte, r rune) []byte {
	if r >= 0xD800 && r <= 0xDFFF {
		return append(buf, 0xED, byte(0xA0|(r>>6)&0x1F), byte(0x80|r&0x3F))
	}
	return appendRuneGo(buf, r)
}

func init() {
	for _, typ := range []*Type{ExcUnicodeEncodeError, ExcUnicodeDecodeError, ExcUnicodeTranslateError} {
		typ.Init = unicodeErrorInit
		typ.Str = unicodeErrorStr
	}
}

// cpCountWTF8 counts the code points of a str's text (lone surrogates,
// kept as 3-byte sequences, count once).
func cpCountWTF8(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i]&0xC0 != 0x80 {
			n++
		}
	}
	return n
}

// runesWTF8 encodes code points as str text (surrogates kept).
func runesWTF8(rs []rune) string {
	b := make([]byte, 0, len(rs))
	for _, r := range rs {
		b = AppendWTF8(b, r)
	}
	return string(b)
}
