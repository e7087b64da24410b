package io

import (
	"strings"

	"taipan/objects"
)

// StringIO is _io.StringIO: an in-memory text buffer of code points.
type StringIO struct {
	ioHead
	buf       []rune
	pos       int
	closed    bool
	ok        bool
	readnl    string
	hasNL     bool // newline argument given (not None)
	universal bool
	translate bool
	writenl   string
	nl        *nlState
}

// StringIOType is _io.StringIO.
var StringIOType = objects.NewType("_io", "StringIO", TextIOBaseType, ioFlags)

func sioOf(v Value) (*StringIO, *Exc) {
	s := objects.As[StringIO](v)
	if !s.ok {
		return nil, valueError("I/O operation on uninitialized object")
	}
	if s.closed {
		return nil, valueError("I/O operation on closed file")
	}
	return s, nil
}

func runesToString(rs []rune) string {
	b := make([]byte, 0, len(rs))
	for _, r := range rs {
		b = objects.AppendWTF8(b, r)
	}
	return string(b)
}

func (s *StringIO) write(text string) *Exc {
	if s.nl != nil {
		text = s.nl.feed(text, true)
	}
	if s.writenl != "" && s.writenl != "\n" {
		text = strings.ReplaceAll(text, "\n", s.writenl)
	}
	rs := objects.WTF8Runes(text)
	if len(rs) == 0 {
		return nil
	}
	end := s.pos + len(rs)
	if end > maxMemFile/4 || end < 0 {
		return objects.NewException(objects.ExcMemoryError)
	}
	if end > len(s.buf) {
		if end > cap(s.buf) {
			nb := make([]rune, len(s.buf), max(end, 2*cap(s.buf)))
			copy(nb, s.buf)
			s.buf = nb
		}
		old := len(s.buf)
		s.buf = s.buf[:end]
		if s.pos > old {
			clear(s.buf[old:s.pos])
		}
	}
	copy(s.buf[s.pos:], rs)
	s.pos = end
	return nil
}

func (s *StringIO) read(n int) string {
	avail := len(s.buf) - s.pos
	if avail <= 0 {
		return ""
	}
	if n < 0 || n > avail {
		n = avail
	}
	out := runesToString(s.buf[s.pos : s.pos+n])
	s.pos += n
	return out
}

func (s *StringIO) readline(limit int) string {
	if s.pos >= len(s.buf) {
		return ""
	}
	rest := s.buf[s.pos:]
	if limit >= 0 && limit < len(rest) {
		rest = rest[:limit]
	}
	n := len(rest)
	for i, r := range rest {
		if s.translate || (!s.universal && s.readnl == "\n") || (!s.hasNL) {
			if r == '\n' {
				n = i + 1
				break
			}
			continue
		}
		if s.universal {
			if r == '\n' {
				n = i + 1
				break
			}
			if r == '\r' {
				if i+1 < len(rest) && rest[i+1] == '\n' {
					n = i + 2
				} else {
					n = i + 1
				}
				break
			}
			continue
		}
		nl := []rune(s.readnl)
		if r == nl[0] && i+len(nl) <= len(rest) && string(rest[i:i+len(nl)]) == s.readnl {
			n = i + len(nl)
			break
		}
	}
	out := runesToString(rest[:n])
	s.pos += n
	return out
}

func init() {
	st := StringIOType
	st.New = func(t *objects.Thread, typ *objects.Type, args []Value, kw *Tuple) (Value, *Exc) {
		s := &StringIO{}
		s.SetType(typ)
		s.Attrs.Map = typ.RootMap
		return objects.Obj(s), nil
	}
	st.Init = func(t *objects.Thread, self Value, args []Value, kw *Tuple) *Exc {
		var init, nlv Value
		if err := objects.ParseArgs("StringIO", args, kw, []string{"initial_value", "newline"}, 0, -1, &init, &nlv); err != nil {
			return err
		}
		nlv0 := nlv
		if nlv0.IsNull() {
			nlv0 = str("\n")
		}
		nl, has, err := checkNewline("", nlv0)
		if err != nil {
			return err
		}
		if !init.IsNull() && !init.IsNone() && !isStr(init) {
			return typeError("initial_value must be str or None, not %s", init.Type().Name)
		}
		s := objects.As[StringIO](self)
		*s = StringIO{ioHead: s.ioHead}
		s.hasNL, s.readnl = has, nl
		s.universal = !has || nl == ""
		s.translate = !has
		if has && len(nl) > 0 && nl[0] == '\r' {
			s.writenl = nl
		}
		if s.universal {
			s.nl = &nlState{translate: s.translate}
		}
		s.ok = true
		if !init.IsNull() && !init.IsNone() {
			s.write(strOf(init))
			s.pos = 0
		}
		return nil
	}
	st.Iter = func(t *objects.Thread, self Value) (Value, *Exc) {
		if _, err := sioOf(self); err != nil {
			return null, err
		}
		return self, nil
	}
	st.Next = func(t *objects.Thread, self Value) (Value, *Exc) {
		if self.Type() != StringIOType {
			line, err := callMethod(t, self, "readline")
			if err != nil {
				return null, err
			}
			if !isStr(line) {
				return null, objects.Errorf(objects.ExcOSError, "readline() should have returned a str object, not '%s'", line.Type().Name)
			}
			if strOf(line) == "" {
				return null, nil
			}
			return line, nil
		}
		s, err := sioOf(self)
		if err != nil {
			return null, err
		}
		line := s.readline(-1)
		if line == "" {
			return null, nil
		}
		return str(line), nil
	}
	st.AddMethod("getvalue", func(t *objects.Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		s, err := sioOf(self)
		if err != nil {
			return null, err
		}
		return str(runesToString(s.buf)), nil
	})
	st.AddMethod("read", func(t *objects.Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		var sz Value
		if err := objects.ParseArgs("read", args, kw, []string{"size"}, 0, -1, &sz); err != nil {
			return null, err
		}
		s, err := sioOf(self)
		if err != nil {
			return null, err
		}
		n, err := sizeArg(t, sz)
		if err != nil {
			return null, err
		}
		return str(s.read(n)), nil
	})
	st.AddMethod("readline", func(t *objects.Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		var sz Value
		if err := objects.ParseArgs("readline", args, kw, []string{"size"}, 0, -1, &sz); err != nil {
			return null, err
		}
		s, err := sioOf(self)
		if err != nil {
			return null, err
		}
		n, err := sizeArg(t, sz)
		if err != nil {
			return null, err
		}
		return str(s.readline(n)), nil
	})
	st.AddMethod("write", func(t *objects.Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		if err := objects.CheckArgs("write", args, kw, 1, 1); err != nil {
			return null, err
		}
		s, err := sioOf(self)
		if err != nil {
			return null, err
		}
		if !isStr(args[0]) {
			return null, typeError("string argument expected, got '%s'", args[0].Type().Name)
		}
		x := objects.As[objects.Str](args[0])
		n := len(objects.WTF8Runes(x.S))
		if n > 0 {
			if err := s.write(x.S); err != nil {
				return null, err
			}
		}
		return objects.Int(int64(n)), nil
	})
	st.AddMethod("seek", func(t *objects.Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		var posv, whv Value
		if err := objects.ParseArgs("seek", args, kw, []string{"pos", "whence"}, 1, -1, &posv, &whv); err != nil {
			return null, err
		}
		s, err := sioOf(self)
		if err != nil {
			return null, err
		}
		pos, err := intArg(t, posv)
		if err != nil {
			return null, err
		}
		wh := int64(0)
		if !whv.IsNull() {
			if wh, err = intArg(t, whv); err != nil {
				return null, err
			}
		}
		switch wh {
		case 0:
			if pos < 0 {
				return null, valueError("Negative seek position %d", pos)
			}
		case 1:
			if pos != 0 {
				return null, objects.Errorf(objects.ExcOSError, "Can't do nonzero cur-relative seeks")
			}
			pos = int64(s.pos)
		case 2:
			if pos != 0 {
				return null, objects.Errorf(objects.ExcOSError, "Can't do nonzero cur-relative seeks")
			}
			pos = int64(len(s.buf))
		default:
			return null, valueError("Invalid whence (%d, should be 0, 1 or 2)", wh)
		}
		s.pos = int(pos)
		return objects.Int(pos), nil
	})
	st.AddMethod("tell", func(t *objects.Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		s, err := sioOf(self)
		if err != nil {
			return null, err
		}
		return objects.Int(int64(s.pos)), nil
	})
	st.AddMethod("truncate", func(t *objects.Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		var sz Value
		if err := objects.ParseArgs("truncate", args, kw, []string{"pos"}, 0, -1, &sz); err != nil {
			return null, err
		}
		s, err := sioOf(self)
		if err != nil {
			return null, err
		}
		size, err := truncateSize(t, sz, s.pos, "Negative size value %d")
		if err != nil {
			return null, err
		}
		if int(size) < len(s.buf) {
			s.buf = s.buf[:size]
		}
		return objects.Int(size), nil
	})
	for _, name := range []string{"readable", "writable", "seekable"} {
		st.AddMethod(name, func(t *objects.Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
			if _, err := sioOf(self); err != nil {
				return null, err
			}
			return objects.True, nil
		})
	}
	st.AddMethod("close", func(t *objects.Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		s := objects.As[StringIO](self)
		s.closed, s.buf = true, nil
		return objects.None, nil
	})
	getter(st, "closed", func(t *objects.Thread, self Value) (Value, *Exc) {
		s := objects.As[StringIO](self)
		if !s.ok {
			return null, valueError("I/O operation on uninitialized object")
		}
		return objects.Bool(s.closed), nil
	})
	getter(st, "line_buffering", func(t *objects.Thread, self Value) (Value, *Exc) {
		if _, err := sioOf(self); err != nil {
			return null, err
		}
		return objects.False, nil
	})
	getter(st, "newlines", func(t *objects.Thread, self Value) (Value, *Exc) {
		s, err := sioOf(self)
		if err != nil {
			return null, err
		}
		if s.nl == nil {
			return objects.None, nil
		}
		return s.nl.newlines(), nil
	})
	st.AddMethod("__getstate__", func(t *objects.Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		s, err := sioOf(self)
		if err != nil {
			return null, err
		}
		var nl Value = objects.None
		if s.hasNL {
			nl = str(s.readnl)
		}
		return objects.NewTupleValue([]Value{str(runesToString(s.buf)), nl, objects.Int(int64(s.pos)), instanceDict(self)}), nil
	})
	st.AddMethod("__setstate__", func(t *objects.Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		if err := objects.CheckArgs("__setstate__", args, kw, 1, 1); err != nil {
			return null, err
		}
		s := objects.As[StringIO](self)
		if s.closed {
			return null, valueError("I/O operation on closed file")
		}
		stv := args[0]
		if !stv.IsInstance(objects.TupleType) || objects.As[objects.Tuple](stv).Len() < 4 {
			r, _ := objects.ReprString(t, stv)
			return null, typeError("%s.__setstate__ argument should be 4-tuple, got %s", typeName(self), r)
		}
		items := objects.As[objects.Tuple](stv).Items
		if !isStr(items[0]) {
			return null, typeError("initial_value must be str, not %s", items[0].Type().Name)
		}
		// re-initialise the newline handling, then restore the (already
		// translated) buffer as is
		if err := StringIOType.Init(t, self, []Value{objects.None, items[1]}, nil); err != nil {
			return null, err
		}
		s = objects.As[StringIO](self)
		if !objects.IsIntValue(items[2]) {
			return null, typeError("third item of state must be an integer, got %s", items[2].Type().Name)
		}
		pos, _ := objects.IntToInt64(items[2])
		if pos < 0 {
			return null, valueError("position value cannot be negative")
		}
		if !items[3].IsNone() && !items[3].IsInstance(objects.DictType) {
			return null, typeError("fourth item of state should be a dict, got a %s", items[3].Type().Name)
		}
		s.buf, s.pos = objects.WTF8Runes(strOf(items[0])), int(pos)
		return objects.None, setInstanceDict(t, self, items[3])
	})
	st.Finish()
}

// truncateSize is the size argument of BytesIO/StringIO.truncate: the
// current position when absent or None, otherwise a non-negative int
// (negMsg is the type's own error message).
func truncateSize(t *objects.Thread, sz Value, pos int, negMsg string) (int64, *Exc) {
	if sz.IsNull() || sz.IsNone() {
		return int64(pos), nil
	}
	size, err := intArg(t, sz)
	if err != nil {
		return 0, err
	}
	if size < 0 {
		return 0, valueError(negMsg, size)
	}
	return size, nil
}
