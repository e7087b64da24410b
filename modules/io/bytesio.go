package io

import (
	"bytes"

	"taipan/objects"
)

// BytesIO is _io.BytesIO: an in-memory bytes buffer.
type BytesIO struct {
	ioHead
	buf    []byte
	pos    int
	closed bool
}

// instanceDict is an object's attributes as a dict, or None when it has
// none (the third item of BytesIO/StringIO pickle states).
func instanceDict(v Value) Value {
	a := objects.AttrsOf(v)
	if a.Map == nil || a.Map.Len() == 0 {
		return objects.None
	}
	return objects.Obj(a.ToDict())
}

func setInstanceDict(t *objects.Thread, v, d Value) *Exc {
	if d.IsNone() {
		return nil
	}
	var err *Exc
	objects.As[objects.Dict](d).Items(func(k, val Value) bool {
		if !isStr(k) {
			err = typeError("attribute name must be string")
			return false
		}
		objects.AttrsOf(v).Set(v.Type().RootMap, objects.Intern(strOf(k)), val)
		return true
	})
	return err
}

// BytesIOType is _io.BytesIO.
var BytesIOType = objects.NewType("_io", "BytesIO", BufferedIOBaseType, ioFlags)

func bioOf(v Value) (*BytesIO, *Exc) {
	b := objects.As[BytesIO](v)
	if b.closed {
		return nil, errClosed()
	}
	return b, nil
}

func (b *BytesIO) read(n int) []byte {
	avail := len(b.buf) - b.pos
	if avail <= 0 {
		return []byte{}
	}
	if n < 0 || n > avail {
		n = avail
	}
	out := append([]byte(nil), b.buf[b.pos:b.pos+n]...)
	b.pos += n
	return out
}

func (b *BytesIO) readline(limit int) []byte {
	if b.pos >= len(b.buf) {
		return []byte{}
	}
	rest := b.buf[b.pos:]
	n := len(rest)
	if i := bytes.IndexByte(rest, '\n'); i >= 0 {
		n = i + 1
	}
	if limit >= 0 && n > limit {
		n = limit
	}
	out := append([]byte(nil), rest[:n]...)
	b.pos += n
	return out
}

func (b *BytesIO) write(p []byte) *Exc {
	end := b.pos + len(p)
	if end > maxMemFile || end < 0 {
		return objects.NewException(objects.ExcMemoryError)
	}
	if end > len(b.buf) {
		if end > cap(b.buf) {
			nb := make([]byte, len(b.buf), max(end, 2*cap(b.buf)))
			copy(nb, b.buf)
			b.buf = nb
		}
		old := len(b.buf)
		b.buf = b.buf[:end]
		if b.pos > old {
			clear(b.buf[old:b.pos])
		}
	}
	copy(b.buf[b.pos:], p)
	b.pos = end
	return nil
}

func init() {
	bt := BytesIOType
	bt.New = func(t *objects.Thread, typ *objects.Type, args []Value, kw *Tuple) (Value, *Exc) {
		b := &BytesIO{}
		b.SetType(typ)
		b.Attrs.Map = typ.RootMap
		return objects.Obj(b), nil
	}
	bt.Init = func(t *objects.Thread, self Value, args []Value, kw *Tuple) *Exc {
		var init Value
		if err := objects.ParseArgs("BytesIO", args, kw, []string{"initial_bytes"}, 0, -1, &init); err != nil {
			return err
		}
		b := objects.As[BytesIO](self)
		b.buf, b.pos = nil, 0
		if !init.IsNull() && !init.IsNone() {
			p, ok := objects.BytesLike(init)
			if !ok {
				return typeError("a bytes-like object is required, not '%s'", init.Type().Name)
			}
			b.buf = append([]byte(nil), p...)
		}
		return nil
	}
	objects.RegisterBuffer(bt, func(v Value) ([]byte, bool) { return objects.As[BytesIO](v).buf, false })
	bt.Iter = func(t *objects.Thread, self Value) (Value, *Exc) {
		if _, err := bioOf(self); err != nil {
			return null, err
		}
		return self, nil
	}
	bt.Next = func(t *objects.Thread, self Value) (Value, *Exc) {
		if self.Type() != BytesIOType {
			return iobaseNext(t, self)
		}
		b, err := bioOf(self)
		if err != nil {
			return null, err
		}
		line := b.readline(-1)
		if len(line) == 0 {
			return null, nil
		}
		return objects.NewBytes(line), nil
	}
	bt.AddMethod("getvalue", func(t *objects.Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		b, err := bioOf(self)
		if err != nil {
			return null, err
		}
		return objects.NewBytes(append([]byte(nil), b.buf...)), nil
	})
	bt.AddMethod("getbuffer", func(t *objects.Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		b, err := bioOf(self)
		if err != nil {
			return null, err
		}
		return newMemView(b.buf), nil
	})
	for _, name := range []string{"read", "read1"} {
		name := name
		bt.AddMethod(name, func(t *objects.Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
			var sz Value
			if err := objects.ParseArgs(name, args, kw, []string{"size"}, 0, -1, &sz); err != nil {
				return null, err
			}
			b, err := bioOf(self)
			if err != nil {
				return null, err
			}
			n, err := sizeArg(t, sz)
			if err != nil {
				return null, err
			}
			return objects.NewBytes(b.read(n)), nil
		})
	}
	for _, name := range []string{"readinto", "readinto1"} {
		name := name
		bt.AddMethod(name, func(t *objects.Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
			if err := objects.CheckArgs(name, args, kw, 1, 1); err != nil {
				return null, err
			}
			b, err := bioOf(self)
			if err != nil {
				return null, err
			}
			buf, ok := objects.WritableBuffer(args[0])
			if !ok {
				return null, typeError("%s() argument must be read-write bytes-like object, not %s", name, args[0].Type().Name)
			}
			return objects.Int(int64(copy(buf, b.read(len(buf))))), nil
		})
	}
	bt.AddMethod("readline", func(t *objects.Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		var sz Value
		if err := objects.ParseArgs("readline", args, kw, []string{"size"}, 0, -1, &sz); err != nil {
			return null, err
		}
		b, err := bioOf(self)
		if err != nil {
			return null, err
		}
		n, err := sizeArg(t, sz)
		if err != nil {
			return null, err
		}
		return objects.NewBytes(b.readline(n)), nil
	})
	bt.AddMethod("readlines", func(t *objects.Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		h, err := hintArg(t, args, kw, "readlines")
		if err != nil {
			return null, err
		}
		b, err := bioOf(self)
		if err != nil {
			return null, err
		}
		var lines []Value
		total := 0
		for {
			line := b.readline(-1)
			if len(line) == 0 {
				break
			}
			lines = append(lines, objects.NewBytes(line))
			total += len(line)
			if h > 0 && total >= h {
				break
			}
		}
		return objects.NewListValue(lines), nil
	})
	bt.AddMethod("write", func(t *objects.Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		if err := objects.CheckArgs("write", args, kw, 1, 1); err != nil {
			return null, err
		}
		b, err := bioOf(self)
		if err != nil {
			return null, err
		}
		p, ok := objects.BytesLike(args[0])
		if !ok {
			return null, typeError("a bytes-like object is required, not '%s'", args[0].Type().Name)
		}
		n := len(p)
		if n > 0 {
			if err := b.write(append([]byte(nil), p...)); err != nil {
				return null, err
			}
		}
		return objects.Int(int64(n)), nil
	})
	bt.AddMethod("writelines", func(t *objects.Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		if err := objects.CheckArgs("writelines", args, kw, 1, 1); err != nil {
			return null, err
		}
		b, err := bioOf(self)
		if err != nil {
			return null, err
		}
		items, err := objects.IterToSlice(t, args[0])
		if err != nil {
			return null, err
		}
		for _, it := range items {
			p, ok := objects.BytesLike(it)
			if !ok {
				return null, typeError("a bytes-like object is required, not '%s'", it.Type().Name)
			}
			if err := b.write(p); err != nil {
				return null, err
			}
		}
		return objects.None, nil
	})
	bt.AddMethod("seek", func(t *objects.Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		var posv, whv Value
		if err := objects.ParseArgs("seek", args, kw, []string{"pos", "whence"}, 1, -1, &posv, &whv); err != nil {
			return null, err
		}
		b, err := bioOf(self)
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
				return null, valueError("negative seek value %d", pos)
			}
		case 1:
			pos += int64(b.pos)
		case 2:
			pos += int64(len(b.buf))
		default:
			return null, valueError("invalid whence (%d, should be 0, 1 or 2)", wh)
		}
		if pos < 0 {
			pos = 0
		}
		b.pos = int(pos)
		return objects.Int(pos), nil
	})
	bt.AddMethod("tell", func(t *objects.Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		b, err := bioOf(self)
		if err != nil {
			return null, err
		}
		return objects.Int(int64(b.pos)), nil
	})
	bt.AddMethod("truncate", func(t *objects.Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		var sz Value
		if err := objects.ParseArgs("truncate", args, kw, []string{"size"}, 0, -1, &sz); err != nil {
			return null, err
		}
		b, err := bioOf(self)
		if err != nil {
			return null, err
		}
		size, err := truncateSize(t, sz, b.pos, "negative size value %d")
		if err != nil {
			return null, err
		}
		if int(size) < len(b.buf) {
			b.buf = b.buf[:size]
		}
		return objects.Int(size), nil
	})
	for _, name := range []string{"readable", "writable", "seekable"} {
		bt.AddMethod(name, func(t *objects.Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
			if _, err := bioOf(self); err != nil {
				return null, err
			}
			return objects.True, nil
		})
	}
	bt.AddMethod("isatty", func(t *objects.Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		if _, err := bioOf(self); err != nil {
			return null, err
		}
		return objects.False, nil
	})
	bt.AddMethod("flush", func(t *objects.Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		if _, err := bioOf(self); err != nil {
			return null, err
		}
		return objects.None, nil
	})
	bt.AddMethod("close", func(t *objects.Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		b := objects.As[BytesIO](self)
		b.closed, b.buf = true, nil
		return objects.None, nil
	})
	getter(bt, "closed", func(t *objects.Thread, self Value) (Value, *Exc) {
		return objects.Bool(objects.As[BytesIO](self).closed), nil
	})
	bt.AddMethod("__getstate__", func(t *objects.Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		b, err := bioOf(self)
		if err != nil {
			return null, err
		}
		return objects.NewTupleValue([]Value{objects.NewBytes(append([]byte(nil), b.buf...)), objects.Int(int64(b.pos)), instanceDict(self)}), nil
	})
	bt.AddMethod("__setstate__", func(t *objects.Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		if err := objects.CheckArgs("__setstate__", args, kw, 1, 1); err != nil {
			return null, err
		}
		b, err := bioOf(self)
		if err != nil {
			return null, err
		}
		st := args[0]
		if !st.IsInstance(objects.TupleType) || objects.As[objects.Tuple](st).Len() < 3 {
			r, _ := objects.ReprString(t, st)
			return null, typeError("%s.__setstate__ argument should be 3-tuple, got %s", typeName(self), r)
		}
		items := objects.As[objects.Tuple](st).Items
		data, ok := objects.BytesLike(items[0])
		if !ok {
			return null, typeError("a bytes-like object is required, not '%s'", items[0].Type().Name)
		}
		if !objects.IsIntValue(items[1]) {
			return null, typeError("second item of state must be an integer, not %s", items[1].Type().Name)
		}
		pos, _ := objects.IntToInt64(items[1])
		if pos < 0 {
			return null, valueError("position value cannot be negative")
		}
		if !items[2].IsNone() && !items[2].IsInstance(objects.DictType) {
			return null, typeError("third item of state should be a dict, got a %s", items[2].Type().Name)
		}
		b.buf, b.pos = append([]byte(nil), data...), int(pos)
		return objects.None, setInstanceDict(t, self, items[2])
	})
	bt.Finish()
}
