package io

import (
	"strings"

	"taipan/modules/codecs"
	"taipan/objects"
)

// Open is _io.open (the builtin open).
func Open(t *objects.Thread, args []Value, kw *Tuple) (Value, *Exc) {
	var file, modev, bufv, encv, errv, nlv, closefdv, opener Value
	if err := objects.ParseArgs("open", args, kw, []string{"file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"}, 1, -1,
		&file, &modev, &bufv, &encv, &errv, &nlv, &closefdv, &opener); err != nil {
		return null, err
	}
	mode := "r"
	if !modev.IsNull() {
		if !isStr(modev) {
			return null, typeError("open() argument 'mode' must be str, not %s", modev.Type().Name)
		}
		mode = strOf(modev)
	}
	buffering := int64(-1)
	if !bufv.IsNull() {
		if bufv.IsFloat() {
			return null, typeError("'float' object cannot be interpreted as an integer")
		}
		var err *Exc
		if buffering, err = intArg(t, bufv); err != nil {
			return null, err
		}
	}
	for _, a := range []struct {
		name string
		v    Value
	}{{"encoding", encv}, {"errors", errv}, {"newline", nlv}} {
		if _, _, err := optStr("open", a.name, a.v); err != nil {
			return null, err
		}
	}
	given := func(v Value) bool { return !v.IsNull() && !v.IsNone() }
	if !objects.IsIntValue(file) && !isStr(file) && !file.IsInstance(objects.BytesType) &&
		file.Type().LookupString("__fspath__").IsNull() {
		return null, typeError("expected str, bytes or os.PathLike object, not %s", file.Type().Name)
	}
	if !objects.IsIntValue(file) && !isStr(file) && !file.IsInstance(objects.BytesType) {
		r, err := callMethod(t, file, "__fspath__")
		if err != nil {
			return null, err
		}
		if !isStr(r) && !r.IsInstance(objects.BytesType) {
			return null, typeError("expected %s.__fspath__() to return str or bytes, not %s", file.Type().Name, r.Type().Name)
		}
		file = r
	}
	var creating, reading, writing, appending, updating, text, binary bool
	for i, c := range mode {
		switch c {
		case 'x':
			creating = true
		case 'r':
			reading = true
		case 'w':
			writing = true
		case 'a':
			appending = true
		case '+':
			updating = true
		case 't':
			text = true
		case 'b':
			binary = true
		default:
			r, _ := objects.ReprString(t, modev)
			return null, valueError("invalid mode: %s", reprOr(r, mode))
		}
		if strings.ContainsRune(mode[i+1:], c) {
			r, _ := objects.ReprString(t, str(mode))
			return null, valueError("invalid mode: %s", r)
		}
	}
	rawmode := ""
	if creating {
		rawmode += "x"
	}
	if reading {
		rawmode += "r"
	}
	if writing {
		rawmode += "w"
	}
	if appending {
		rawmode += "a"
	}
	if updating {
		rawmode += "+"
	}
	if text && binary {
		return null, valueError("can't have text and binary mode at once")
	}
	n := 0
	for _, b := range []bool{creating, reading, writing, appending} {
		if b {
			n++
		}
	}
	if n > 1 {
		return null, valueError("must have exactly one of create/read/write/append mode")
	}
	if binary && given(encv) {
		return null, valueError("binary mode doesn't take an encoding argument")
	}
	if binary && given(errv) {
		return null, valueError("binary mode doesn't take an errors argument")
	}
	if binary && given(nlv) {
		return null, valueError("binary mode doesn't take a newline argument")
	}
	if binary && buffering == 1 {
		if err := codecs.Warn(t, objects.ExcRuntimeWarning, "line buffering (buffering=1) isn't supported in binary mode, the default buffer size will be used"); err != nil {
			return null, err
		}
	}
	rawArgs := []Value{file, str(rawmode), objects.True, objects.None}
	if !closefdv.IsNull() {
		rawArgs[2] = closefdv
	}
	if !opener.IsNull() {
		rawArgs[3] = opener
	}
	raw, err := objects.CallValue(t, objects.Obj(FileIOType), rawArgs, nil)
	if err != nil {
		return null, err
	}
	result := raw
	fail := func(e *Exc) (Value, *Exc) {
		callMethod(t, result, "close")
		return null, e
	}
	lineBuffering := false
	if buffering == 1 {
		lineBuffering = true
		buffering = -1
	} else if buffering < 0 {
		tty, err := callBool(t, raw, "isatty")
		if err != nil {
			return fail(err)
		}
		if tty {
			lineBuffering = true
		}
	}
	if buffering < 0 {
		buffering = int64(fileioOf(raw).blksize)
		if buffering <= 1 {
			buffering = DefaultBufferSize
		}
	}
	if buffering == 0 {
		if binary {
			return result, nil
		}
		return fail(valueError("can't have unbuffered text I/O"))
	}
	var btype *objects.Type
	switch {
	case updating:
		btype = BufferedRandomType
	case creating || writing || appending:
		btype = BufferedWriterType
	default:
		btype = BufferedReaderType
	}
	buffer, err := objects.CallValue(t, objects.Obj(btype), []Value{raw, objects.Int(buffering)}, nil)
	if err != nil {
		return fail(err)
	}
	result = buffer
	if binary {
		return result, nil
	}
	orNone := func(v Value) Value {
		if v.IsNull() {
			return objects.None
		}
		return v
	}
	wrapper, err := objects.CallValue(t, objects.Obj(TextIOWrapperType),
		[]Value{buffer, orNone(encv), orNone(errv), orNone(nlv), objects.Bool(lineBuffering)}, nil)
	if err != nil {
		return fail(err)
	}
	result = wrapper
	if err := objects.SetAttr(t, wrapper, strMode, str(mode)); err != nil {
		return fail(err)
	}
	return result, nil
}

func reprOr(r, s string) string {
	if r == "" {
		return "'" + s + "'"
	}
	return r
}

func init() {
	objects.RegisterModule("_io", func(t *objects.Thread, m *objects.Module) *Exc {
		m.Set("DEFAULT_BUFFER_SIZE", objects.Int(DefaultBufferSize))
		m.Set("BlockingIOError", objects.Obj(objects.ExcBlockingIOError))
		m.Set("UnsupportedOperation", objects.Obj(UnsupportedOperation()))
		for _, typ := range []*objects.Type{IOBaseType, RawIOBaseType, BufferedIOBaseType, TextIOBaseType,
			FileIOType, BytesIOType, StringIOType, BufferedReaderType, BufferedWriterType, BufferedRandomType,
			BufferedRWPairType, TextIOWrapperType, IncrementalNewlineDecoderType} {
			m.Set(typ.Name, objects.Obj(typ))
		}
		m.Set("open", OpenBuiltin)
		m.Set("open_code", objects.NewBuiltin("open_code", func(t *objects.Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
			var p Value
			if err := objects.ParseArgs("open_code", args, kw, []string{"path"}, 1, -1, &p); err != nil {
				return null, err
			}
			if !isStr(p) {
				return null, typeError("open_code() argument 'path' must be str, not %s", p.Type().Name)
			}
			return Open(t, []Value{p, str("rb")}, nil)
		}))
		m.Set("text_encoding", objects.NewBuiltin("text_encoding", func(t *objects.Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
			var enc, level Value
			if err := objects.ParseArgs("text_encoding", args, kw, []string{"encoding", "stacklevel"}, 1, -1, &enc, &level); err != nil {
				return null, err
			}
			if enc.IsNone() {
				return str("locale"), nil
			}
			return enc, nil
		}))
		return nil
	})
}

// OpenBuiltin is the open function (builtins.open is io.open).
var OpenBuiltin = objects.NewBuiltin("open", func(t *objects.Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
	return Open(t, args, kw)
})
