package objects

import (
	"fmt"
	"math/big"
	"strings"

	"taipan/pyfmt"
)

// Formatting through package pyfmt (CPython's format-spec mini-language
// and %-formatting, checked against CPython on tens of thousands of
// cases): format(), f-strings, str.format and str % args use it for the
// builtin numbers and str.

// excError carries a Python exception through pyfmt's error results.
type excError struct{ e *BaseException }

func (e excError) Error() string { return e.e.Type().Name }

func fromPyfmt(err error) *BaseException {
	if ee, ok := err.(excError); ok {
		return ee.e
	}
	return PyfmtError(err)
}

// formatBuiltin formats the builtin numbers and str; ok is false for
// other types.
func formatBuiltin(v Value, spec string) (Value, bool, *BaseException) {
	vt := v.Type()
	var s string
	var err error
	switch {
	case v.p == intTagP:
		s, err = pyfmt.FormatInt(int64(v.n), spec, "int")
	case v.p == boolTagP:
		if spec == "" {
			return Null, false, nil
		}
		s, err = pyfmt.FormatInt(int64(v.n), spec, "bool")
	case vt == IntType:
		b, _ := BigOf(v)
		s, err = pyfmt.FormatBigInt(b, spec, "int", MaxStrDigits)
	case v.p == floatTagP:
		s, err = pyfmt.FormatFloat(v.FloatVal(), spec, "float")
	case vt == StrType:
		s, err = pyfmt.FormatStr(As[Str](v).S, spec, "str")
	case vt == ComplexType:
		c := As[Complex](v).V
		s, err = pyfmt.FormatComplex(real(c), imag(c), spec, "complex")
	default:
		return Null, false, nil
	}
	if err != nil {
		return Null, true, PyfmtError(err)
	}
	return NewStrValue(s), true, nil
}

// printfHost connects pyfmt.Printf to the object model.
type printfHost struct{ t *Thread }

func (h printfHost) Args(args Value) (int, bool) {
	if args.Type() == TupleType || args.Type().IsSubtype(TupleType) {
		return len(As[Tuple](args).Items), false
	}
	return -1, args.Type().GetItem != nil && !args.IsInstance(StrType)
}
func (h printfHost) Item(args Value, i int) Value { return As[Tuple](args).Items[i] }
func (h printfHost) GetItem(m Value, key string) (Value, error) {
	v, err := GetItem(h.t, m, NewStrValue(key))
	if err != nil {
		return Null, excError{err}
	}
	return v, nil
}
func (h printfHost) TypeName(v Value) string { return v.Type().Name }
func (h printfHost) Str(v Value) (string, error) {
	s, err := StrString(h.t, v)
	if err != nil {
		return "", excError{err}
	}
	return s, nil
}
func (h printfHost) Repr(v Value) (string, error) {
	s, err := ReprString(h.t, v)
	if err != nil {
		return "", excError{err}
	}
	return s, nil
}
func (h printfHost) ASCII(v Value) (string, error) {
	s, err := ReprString(h.t, v)
	if err != nil {
		return "", excError{err}
	}
	return ASCIIEscape(s), nil
}
func (h printfHost) AsStr(v Value) (string, bool) {
	if v.IsInstance(StrType) {
		return As[Str](v).S, true
	}
	return "", false
}
func (h printfHost) Int(v Value, index bool) (int64, *big.Int, error) {
	var r Value
	var err *BaseException
	switch {
	case IsIntValue(v):
		r = v
	case index:
		if v.Type().Index == nil {
			return 0, nil, pyfmt.ErrWrongType
		}
		r, err = Index(h.t, v)
	case v.IsFloat() || v.Type().IsSubtype(FloatType):
		small, z, e := pyfmt.FloatToInt(floatSelf(v))
		return small, z, e
	case v.Type().Index != nil:
		r, err = Index(h.t, v)
	case v.Type().Int != nil:
		r, err = v.Type().Int(h.t, v)
	default:
		return 0, nil, pyfmt.ErrWrongType
	}
	if err != nil {
		if err.Matches(ExcTypeError) {
			return 0, nil, pyfmt.ErrWrongType
		}
		return 0, nil, excError{err}
	}
	if !IsIntValue(r) {
		return 0, nil, pyfmt.ErrWrongType
	}
	if i, ok := IntToInt64(r); ok {
		return i, nil, nil
	}
	b, _ := BigOf(r)
	return 0, new(big.Int).Set(b), nil
}
func (h printfHost) Float(v Value) (float64, error) {
	if f, ok, err := FloatOf(v); err != nil {
		return 0, excError{err}
	} else if ok {
		return f, nil
	}
	if v.Type().Float != nil {
		r, err := v.Type().Float(h.t, v)
		if err != nil {
			return 0, excError{err}
		}
		if !r.IsFloat() && !r.Type().IsSubtype(FloatType) {
			return 0, excError{Errorf(ExcTypeError, "%s.__float__ returned non-float (type %s)", v.Type().Name, r.Type().Name)}
		}
		return floatSelf(r), nil
	}
	if v.Type().Index != nil {
		r, err := Index(h.t, v)
		if err != nil {
			return 0, excError{err}
		}
		f, _, err := FloatOf(r)
		if err != nil {
			return 0, excError{err}
		}
		return f, nil
	}
	return 0, excError{Errorf(ExcTypeError, "must be real number, not %s", v.Type().Name)}
}
func (h printfHost) MaxStrDigits() int { return MaxStrDigits }

// ASCIIEscape escapes the non-ASCII characters of a repr as ascii() does.
func ASCIIEscape(r string) string {
	var sb strings.Builder
	for _, c := range r {
		switch {
		case c < 0x80:
			sb.WriteRune(c)
		case c < 0x100:
			fmt.Fprintf(&sb, "\\x%02x", c)
		case c < 0x10000:
			fmt.Fprintf(&sb, "\\u%04x", c)
		default:
			fmt.Fprintf(&sb, "\\U%08x", c)
		}
	}
	return sb.String()
}

// percentFormatPy is str % args through pyfmt.Printf.
func percentFormatPy(t *Thread, f string, arg Value) (Value, *BaseException) {
	s, err := pyfmt.Printf[Value](f, arg, printfHost{t})
	if err != nil {
		return Null, fromPyfmt(err)
	}
	return NewStrValue(s), nil
}

// ASCII is ascii(v).
func ASCII(t *Thread, v Value) (Value, *BaseException) {
	s, err := ReprString(t, v)
	if err != nil {
		return Null, err
	}
	return NewStrValue(ASCIIEscape(s)), nil
}

func init() {
	// complex.__format__ (format() reaches FormatComplex directly; this
	// is the method, also for subclasses)
	ComplexType.AddMethod("__format__", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		if err := CheckArgs("__format__", args, kwnames, 1, 1); err != nil {
			return Null, err
		}
		if !args[0].IsInstance(StrType) {
			return Null, Errorf(ExcTypeError, "__format__() argument must be str, not %s", args[0].Type().Name)
		}
		spec := As[Str](args[0]).S
		if spec == "" {
			return Str_(t, self)
		}
		c := As[Complex](self).V
		s, err := pyfmt.FormatComplex(real(c), imag(c), spec, "complex")
		if err != nil {
			return Null, PyfmtError(err)
		}
		return NewStrValue(s), nil
	})
}

// bytesPrintfHost is printfHost for bytes % args: strings cross as
// Latin-1 text (rune i for byte i).
type bytesPrintfHost struct{ printfHost }

func latin1Text(b []byte) string {
	r := make([]rune, len(b))
	for i, c := range b {
		r[i] = rune(c)
	}
	return string(r)
}

func latin1Bytes(s string) []byte {
	out := make([]byte, 0, len(s))
	for _, r := range s {
		out = append(out, byte(r))
	}
	return out
}

func (h bytesPrintfHost) Args(args Value) (int, bool) {
	if args.Type() == TupleType || args.Type().IsSubtype(TupleType) {
		return len(As[Tuple](args).Items), false
	}
	_, isBytes := bytesLikeOf(args)
	return -1, args.Type().GetItem != nil && !isBytes
}
func (h bytesPrintfHost) GetItem(m Value, key string) (Value, error) {
	v, err := GetItem(h.t, m, NewBytes(latin1Bytes(key)))
	if err != nil {
		return Null, excError{err}
	}
	return v, nil
}

// Str is %s / %b: a bytes-like object's bytes or __bytes__().
func (h bytesPrintfHost) Str(v Value) (string, error) {
	if b, ok := BytesLike(v); ok {
		return latin1Text(b), nil
	}
	if m := v.Type().LookupString("__bytes__"); !m.IsNull() {
		r, err := callAttr(h.t, m, v)
		if err != nil {
			return "", excError{err}
		}
		if !r.IsInstance(BytesType) {
			return "", excError{Errorf(ExcTypeError, "__bytes__ returned non-bytes (type %s)", r.Type().Name)}
		}
		return latin1Text(As[Bytes](r).B), nil
	}
	return "", excError{Errorf(ExcTypeError, "%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'", v.Type().Name)}
}
func (h bytesPrintfHost) Repr(v Value) (string, error) { return h.ASCII(v) }
func (h bytesPrintfHost) AsStr(v Value) (string, bool) {
	if b, ok := bytesLikeOf(v); ok {
		return latin1Text(b), true
	}
	return "", false
}

// percentFormatBytes is bytes % args (and bytearray % args).
func percentFormatBytes(t *Thread, f []byte, arg Value) ([]byte, *BaseException) {
	s, err := pyfmt.PrintfBytes[Value](latin1Text(f), arg, bytesPrintfHost{printfHost{t}})
	if err != nil {
		return nil, fromPyfmt(err)
	}
	return latin1Bytes(s), nil
}

func init() {
	BytesType.NB[OpMod] = func(t *Thread, a, b Value) (Value, *BaseException) {
		if !a.IsInstance(BytesType) && !isByteArray(a) {
			return NotImplemented, nil
		}
		r, err := percentFormatBytes(t, As[Bytes](a).B, b)
		if err != nil {
			return Null, err
		}
		if isByteArray(a) {
			return NewByteArray(r), nil
		}
		return NewBytes(r), nil
	}
	ByteArrayType.NB[OpMod] = BytesType.NB[OpMod]
	for _, ty := range []*Type{BytesType, ByteArrayType} {
		ty.AddMethod("__mod__", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
			if err := CheckArgs("__mod__", args, kwnames, 1, 1); err != nil {
				return Null, err
			}
			return BytesType.NB[OpMod](t, self, args[0])
		})
	}
}
