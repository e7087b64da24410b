package io

import (
	"strings"

	"taipan/objects"
)

// Newline kinds seen by a decoder (IncrementalNewlineDecoder.newlines).
const (
	seenLF = 1 << iota
	seenCR
	seenCRLF
)

// nlState is the universal-newline state shared by
// IncrementalNewlineDecoder, StringIO and TextIOWrapper.
type nlState struct {
	translate bool
	pendingCR bool
	seennl    int
}

// feed applies newline handling to decoded text.
func (s *nlState) feed(output string, final bool) string {
	if s.pendingCR && (len(output) > 0 || final) {
		output = "\r" + output
		s.pendingCR = false
	}
	if !final && len(output) > 0 && output[len(output)-1] == '\r' {
		output = output[:len(output)-1]
		s.pendingCR = true
	}
	if strings.IndexByte(output, '\r') < 0 {
		if strings.IndexByte(output, '\n') >= 0 {
			s.seennl |= seenLF
		}
		return output
	}
	crlf := strings.Count(output, "\r\n")
	cr := strings.Count(output, "\r") - crlf
	lf := strings.Count(output, "\n") - crlf
	if lf > 0 {
		s.seennl |= seenLF
	}
	if cr > 0 {
		s.seennl |= seenCR
	}
	if crlf > 0 {
		s.seennl |= seenCRLF
	}
	if s.translate {
		if crlf > 0 {
			output = strings.ReplaceAll(output, "\r\n", "\n")
		}
		if cr > 0 {
			output = strings.ReplaceAll(output, "\r", "\n")
		}
	}
	return output
}

func (s *nlState) newlines() Value {
	switch s.seennl {
	case 0:
		return objects.None
	case seenLF:
		return str("\n")
	case seenCR:
		return str("\r")
	case seenCRLF:
		return str("\r\n")
	case seenCR | seenLF:
		return objects.NewTupleValue([]Value{str("\r"), str("\n")})
	case seenLF | seenCRLF:
		return objects.NewTupleValue([]Value{str("\n"), str("\r\n")})
	case seenCR | seenCRLF:
		return objects.NewTupleValue([]Value{str("\r"), str("\r\n")})
	}
	return objects.NewTupleValue([]Value{str("\r"), str("\n"), str("\r\n")})
}

// findLineEnd returns the end (exclusive) of the first line in s, or -1
// when s holds no complete line. translated: newlines are already "\n";
// universal: any of \r, \r\n, \n ends a line; otherwise readnl does.
// A trailing lone '\r' in universal mode is not a complete ending
// unless final (a '\n' may follow).
func findLineEnd(s string, translated, universal bool, readnl string, final bool) int {
	switch {
	case translated:
		if i := strings.IndexByte(s, '\n'); i >= 0 {
			return i + 1
		}
	case universal:
		for i := 0; i < len(s); i++ {
			switch s[i] {
			case '\n':
				return i + 1
			case '\r':
				if i+1 < len(s) {
					if s[i+1] == '\n' {
						return i + 2
					}
					return i + 1
				}
				if final {
					return i + 1
				}
				return -1
			}
		}
	default:
		if i := strings.Index(s, readnl); i >= 0 {
			return i + len(readnl)
		}
	}
	return -1
}

func checkNewline(fname string, v Value) (string, bool, *Exc) {
	if v.IsNull() || v.IsNone() {
		return "", false, nil
	}
	if !isStr(v) {
		if fname == "" {
			return "", false, typeError("newline must be str or None, not %s", v.Type().Name)
		}
		return "", false, typeError("%s() argument 'newline' must be str or None, not %s", fname, v.Type().Name)
	}
	s := strOf(v)
	switch s {
	case "", "\n", "\r", "\r\n":
		return s, true, nil
	}
	if fname == "" {
		r, _ := objects.ReprString(nil, v)
		return "", false, valueError("illegal newline value: %s", r)
	}
	return "", false, valueError("illegal newline value: %s", s)
}

// ---- IncrementalNewlineDecoder ----

type nlDecoderObj struct {
	ioHead
	nlState
	decoder Value
	errors  Value
	ok      bool
}

// IncrementalNewlineDecoderType is _io.IncrementalNewlineDecoder.
var IncrementalNewlineDecoderType = objects.NewType("_io", "IncrementalNewlineDecoder", nil, ioFlags)

func nldOf(v Value) (*nlDecoderObj, *Exc) {
	d := objects.As[nlDecoderObj](v)
	if !d.ok {
		return nil, valueError("IncrementalNewlineDecoder.__init__() not called")
	}
	return d, nil
}

func init() {
	nt := IncrementalNewlineDecoderType
	nt.New = func(t *objects.Thread, typ *objects.Type, args []Value, kw *Tuple) (Value, *Exc) {
		d := &nlDecoderObj{}
		d.SetType(typ)
		d.Attrs.Map = typ.RootMap
		return objects.Obj(d), nil
	}
	nt.Init = func(t *objects.Thread, self Value, args []Value, kw *Tuple) *Exc {
		var dec, tr, errs Value
		if err := objects.ParseArgs("IncrementalNewlineDecoder", args, kw, []string{"decoder", "translate", "errors"}, 2, -1, &dec, &tr, &errs); err != nil {
			return err
		}
		d := objects.As[nlDecoderObj](self)
		b, err := truth(t, tr)
		if err != nil {
			return err
		}
		if errs.IsNull() {
			errs = str("strict")
		}
		d.decoder, d.errors, d.nlState, d.ok = dec, errs, nlState{translate: b}, true
		return nil
	}
	nt.AddMethod("decode", func(t *objects.Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		var input, fin Value
		if err := objects.ParseArgs("decode", args, kw, []string{"input", "final"}, 1, -1, &input, &fin); err != nil {
			return null, err
		}
		d, err := nldOf(self)
		if err != nil {
			return null, err
		}
		final := false
		if !fin.IsNull() {
			if final, err = truth(t, fin); err != nil {
				return null, err
			}
		}
		out := input
		if !d.decoder.IsNone() {
			if out, err = callMethod(t, d.decoder, "decode", input, objects.Bool(final)); err != nil {
				return null, err
			}
		}
		if !isStr(out) {
			return null, typeError("decoder should return a string result, not '%s'", out.Type().Name)
		}
		return str(d.feed(strOf(out), final)), nil
	})
	nt.AddMethod("getstate", func(t *objects.Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		d, err := nldOf(self)
		if err != nil {
			return null, err
		}
		buf := objects.NewBytes(nil)
		flag := int64(0)
		if !d.decoder.IsNone() {
			st, err := callMethod(t, d.decoder, "getstate")
			if err != nil {
				return null, err
			}
			tup, ok := objects.As[objects.Tuple](st), st.IsInstance(objects.TupleType)
			if !ok || tup.Len() != 2 {
				return null, typeError("illegal decoder state")
			}
			buf = tup.Items[0]
			if flag, err = intArg(t, tup.Items[1]); err != nil {
				return null, err
			}
		}
		flag <<= 1
		if d.pendingCR {
			flag |= 1
		}
		return objects.Tuple2(buf, objects.Int(flag)), nil
	})
	nt.AddMethod("setstate", func(t *objects.Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		if err := objects.CheckArgs("setstate", args, kw, 1, 1); err != nil {
			return null, err
		}
		d, err := nldOf(self)
		if err != nil {
			return null, err
		}
		st := args[0]
		if !st.IsInstance(objects.TupleType) || objects.As[objects.Tuple](st).Len() != 2 {
			return null, typeError("state argument must be a tuple")
		}
		items := objects.As[objects.Tuple](st).Items
		flag, err := intArg(t, items[1])
		if err != nil {
			return null, err
		}
		d.pendingCR = flag&1 != 0
		if !d.decoder.IsNone() {
			if _, err := callMethod(t, d.decoder, "setstate", objects.Tuple2(items[0], objects.Int(flag>>1))); err != nil {
				return null, err
			}
		}
		return objects.None, nil
	})
	nt.AddMethod("reset", func(t *objects.Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		d, err := nldOf(self)
		if err != nil {
			return null, err
		}
		d.seennl, d.pendingCR = 0, false
		if !d.decoder.IsNone() {
			return callMethod(t, d.decoder, "reset")
		}
		return objects.None, nil
	})
	getter(nt, "newlines", func(t *objects.Thread, self Value) (Value, *Exc) {
		d, err := nldOf(self)
		if err != nil {
			return null, err
		}
		return d.newlines(), nil
	})
	nt.Finish()
}
