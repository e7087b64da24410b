package codecs

import (
	"fmt"
	"strings"
	"sync"

	"taipan/objects"
)

type (
	Value = objects.Value
	Exc   = objects.BaseException
)

// errKind is an error handler resolved by name; the standard handlers are
// applied in Go without building an exception, other names call the
// registered Python callable.
type errKind uint8

const (
	ehStrict errKind = iota
	ehIgnore
	ehReplace
	ehSurrogateEscape
	ehSurrogatePass
	ehBackslash
	ehXMLRef
	ehName
	ehCustom
)

func kindOf(name string) errKind {
	switch name {
	case "strict", "":
		return ehStrict
	case "ignore":
		return ehIgnore
	case "replace":
		return ehReplace
	case "surrogateescape":
		return ehSurrogateEscape
	case "surrogatepass":
		return ehSurrogatePass
	case "backslashreplace":
		return ehBackslash
	case "xmlcharrefreplace":
		return ehXMLRef
	case "namereplace":
		return ehName
	}
	return ehCustom
}

var (
	regMu         sync.Mutex
	errorHandlers = map[string]Value{}
	searchFuncs   []Value
	codecCache    = map[string]Value{}
	encodingsDone bool
)

// ImportHook imports a module by name (set by the vm: the codec registry
// imports the encodings package on first use, as CPython does).
var ImportHook func(t *objects.Thread, name string) (Value, *Exc)

// Warn issues a warning through the warnings module (stack level 1: the
// Python code calling the Go function); nil when it is only shown.
func Warn(t *objects.Thread, category *objects.Type, msg string) *Exc {
	if ImportHook == nil {
		return nil
	}
	w, err := ImportHook(t, "warnings")
	if err != nil {
		return nil
	}
	f, err := objects.GetAttrString(t, w, "warn")
	if err != nil {
		return nil
	}
	_, err = objects.CallValue(t, f, []Value{objects.NewStrValue(msg), objects.Obj(category), objects.Int(1)}, nil)
	return err
}

// LookupError returns the error handler registered under name.
func LookupError(name string) (Value, *Exc) {
	regMu.Lock()
	h, ok := errorHandlers[name]
	regMu.Unlock()
	if !ok {
		return objects.Null, objects.Errorf(objects.ExcLookupError, "unknown error handler name '%s'", name)
	}
	return h, nil
}

// RegisterError registers a Python error handler.
func RegisterError(name string, h Value) {
	regMu.Lock()
	errorHandlers[name] = h
	regMu.Unlock()
}

// callHandler calls the error handler name with exc and checks its
// result: (replacement, newpos) with newpos normalised against size.
// For encoders the replacement may be str or bytes; for decoders str.
func callHandler(t *objects.Thread, name string, exc *Exc, size int, encoding bool) (Value, int, *Exc) {
	h, err := LookupError(name)
	if err != nil {
		return objects.Null, 0, err
	}
	r, err := objects.CallValue(t, h, []Value{exc.Value()}, nil)
	if err != nil {
		return objects.Null, 0, err
	}
	bad := func() (Value, int, *Exc) {
		if encoding {
			return objects.Null, 0, objects.Errorf(objects.ExcTypeError, "encoding error handler must return (str/bytes, int) tuple")
		}
		return objects.Null, 0, objects.Errorf(objects.ExcTypeError, "decoding error handler must return (str, int) tuple")
	}
	if !r.IsInstance(objects.TupleType) {
		return bad()
	}
	items := objects.As[objects.Tuple](r).Items
	if len(items) != 2 || !objects.IsIntValue(items[1]) {
		return bad()
	}
	rep := items[0]
	if !rep.IsInstance(objects.StrType) && !(encoding && rep.IsInstance(objects.BytesType)) {
		return bad()
	}
	pos, ok := objects.IntToInt64(items[1])
	if !ok {
		pos = 1 << 62
	}
	if pos < 0 {
		pos += int64(size)
	}
	if pos < 0 || pos > int64(size) {
		return objects.Null, 0, objects.Errorf(objects.ExcIndexError, "position %d from error handler out of bounds", pos)
	}
	return rep, int(pos), nil
}

// ---- the standard handlers as Python callables ----

func excRangeObj(t *objects.Thread, v Value) (*Exc, int, int, *Exc) {
	if !v.IsInstance(objects.ExcUnicodeError) {
		return nil, 0, 0, objects.Errorf(objects.ExcTypeError, "don't know how to handle %s in error callback", v.Type().Name)
	}
	e := objects.As[Exc](v)
	s, en, err := objects.UnicodeErrorRange(e)
	return e, s, en, err
}

func wrongExc(v Value) *Exc {
	return objects.Errorf(objects.ExcTypeError, "don't know how to handle %s in error callback", v.Type().Name)
}

func excRunes(e *Exc) []rune {
	o := e.Attrs.Get(objects.Intern("object"))
	if o.IsInstance(objects.StrType) {
		return objects.WTF8Runes(objects.As[objects.Str](o).S)
	}
	return nil
}

func excBytes(e *Exc) []byte {
	b, _ := objects.BytesLike(e.Attrs.Get(objects.Intern("object")))
	return b
}

func pair(rep Value, pos int) (Value, *Exc) {
	return objects.Tuple2(rep, objects.Int(int64(pos))), nil
}

func handlerFn(name string, f func(t *objects.Thread, exc Value) (Value, *Exc)) Value {
	return objects.NewBuiltin(name, func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
		if err := objects.CheckArgs(name, args, kwnames, 1, 1); err != nil {
			return objects.Null, err
		}
		return f(t, args[0])
	})
}

func isEnc(v Value) bool   { return v.IsInstance(objects.ExcUnicodeEncodeError) }
func isDec(v Value) bool   { return v.IsInstance(objects.ExcUnicodeDecodeError) }
func isTrans(v Value) bool { return v.IsInstance(objects.ExcUnicodeTranslateError) }

func init() {
	std := map[string]func(t *objects.Thread, exc Value) (Value, *Exc){
		"strict": func(t *objects.Thread, exc Value) (Value, *Exc) {
			if exc.IsInstance(objects.ExcBaseException) {
				return objects.Null, objects.As[Exc](exc)
			}
			return objects.Null, objects.Errorf(objects.ExcTypeError, "codec must pass exception instance")
		},
		"ignore": func(t *objects.Thread, exc Value) (Value, *Exc) {
			_, _, end, err := excRangeObj(t, exc)
			if err != nil {
				return objects.Null, err
			}
			return pair(objects.NewStrValue(""), end)
		},
		"replace": func(t *objects.Thread, exc Value) (Value, *Exc) {
			_, start, end, err := excRangeObj(t, exc)
			if err != nil {
				return objects.Null, err
			}
			switch {
			case isEnc(exc):
				return pair(objects.NewStrValue(strings.Repeat("?", end-start)), end)
			case isDec(exc):
				return pair(objects.NewStrValue("\uFFFD"), end)
			}
			return pair(objects.NewStrValue(strings.Repeat("\uFFFD", end-start)), end)
		},
		"xmlcharrefreplace": func(t *objects.Thread, exc Value) (Value, *Exc) {
			if !isEnc(exc) {
				return objects.Null, wrongExc(exc)
			}
			e, start, end, err := excRangeObj(t, exc)
			if err != nil {
				return objects.Null, err
			}
			var sb strings.Builder
			for _, r := range excRunes(e)[start:end] {
				fmt.Fprintf(&sb, "&#%d;", r)
			}
			return pair(objects.NewStrValue(sb.String()), end)
		},
		"backslashreplace": func(t *objects.Thread, exc Value) (Value, *Exc) {
			e, start, end, err := excRangeObj(t, exc)
			if err != nil {
				return objects.Null, err
			}
			var b []byte
			if isDec(exc) {
				for _, c := range excBytes(e)[start:end] {
					b = appendHexEscape(b, rune(c))
				}
			} else {
				for _, r := range excRunes(e)[start:end] {
					b = appendHexEscape(b, r)
				}
			}
			return pair(objects.NewStrValue(string(b)), end)
		},
		"namereplace": func(t *objects.Thread, exc Value) (Value, *Exc) {
			if !isEnc(exc) {
				return objects.Null, wrongExc(exc)
			}
			e, start, end, err := excRangeObj(t, exc)
			if err != nil {
				return objects.Null, err
			}
			var b []byte
			for _, r := range excRunes(e)[start:end] {
				b = appendNameEscape(b, r)
			}
			return pair(objects.NewStrValue(string(b)), end)
		},
		"surrogateescape": func(t *objects.Thread, exc Value) (Value, *Exc) {
			e, start, end, err := excRangeObj(t, exc)
			if err != nil {
				return objects.Null, err
			}
			switch {
			case isDec(exc):
				var out []byte
				consumed := 0
				for _, c := range excBytes(e)[start:end] {
					if c < 128 || consumed == 4 {
						break
					}
					out = objects.AppendWTF8(out, 0xDC00+rune(c))
					consumed++
				}
				if consumed == 0 {
					return objects.Null, e
				}
				return pair(objects.NewStrValue(string(out)), start+consumed)
			case isEnc(exc):
				var out []byte
				for _, r := range excRunes(e)[start:end] {
					if r < 0xDC80 || r > 0xDCFF {
						return objects.Null, e
					}
					out = append(out, byte(r-0xDC00))
				}
				return pair(objects.NewBytes(out), end)
			}
			return objects.Null, wrongExc(exc)
		},
		"surrogatepass": func(t *objects.Thread, exc Value) (Value, *Exc) {
			e, start, end, err := excRangeObj(t, exc)
			if err != nil {
				return objects.Null, err
			}
			encv := e.Attrs.Get(objects.Intern("encoding"))
			enc := ""
			if encv.IsInstance(objects.StrType) {
				enc = objects.As[objects.Str](encv).S
			}
			f, ok := fastCodecs[normalize(enc)]
			if !ok || f.sp == nil {
				return objects.Null, e
			}
			switch {
			case isEnc(exc):
				var out []byte
				for _, r := range excRunes(e)[start:end] {
					if r < 0xD800 || r > 0xDFFF {
						return objects.Null, e
					}
					out = f.sp(out, r)
				}
				return pair(objects.NewBytes(out), end)
			case isDec(exc):
				data := excBytes(e)
				r, n, ok := f.spDecode(data[start:])
				if !ok {
					return objects.Null, e
				}
				return pair(objects.NewStrValue(string(objects.AppendWTF8(nil, r))), start+n)
			}
			return objects.Null, wrongExc(exc)
		},
	}
	for name, f := range std {
		fname := name + "_errors"
		if name == "surrogateescape" || name == "surrogatepass" {
			fname = name
		}
		errorHandlers[name] = handlerFn(fname, f)
	}
}

func appendHexEscape(b []byte, r rune) []byte {
	const hex = "0123456789abcdef"
	switch {
	case r < 0x100:
		return append(b, '\\', 'x', hex[r>>4], hex[r&15])
	case r < 0x10000:
		return append(b, '\\', 'u', hex[r>>12], hex[r>>8&15], hex[r>>4&15], hex[r&15])
	}
	b = append(b, '\\', 'U')
	for sh := 28; sh >= 0; sh -= 4 {
		b = append(b, hex[r>>uint(sh)&15])
	}
	return b
}

func appendNameEscape(b []byte, r rune) []byte {
	if n := RuneName(r); n != "" {
		b = append(b, "\\N{"...)
		b = append(b, n...)
		return append(b, '}')
	}
	return appendHexEscape(b, r)
}
