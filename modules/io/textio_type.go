package io

import (
	"unsafe"

	"taipan/modules/codecs"
	"taipan/objects"
)

func unsafeBytes(s string) []byte {
	if s == "" {
		return nil
	}
	return unsafe.Slice(unsafe.StringData(s), len(s))
}

// LocaleEncoding is the encoding "locale" (and encoding=None) stands for:
// Taipan behaves as CPython under a C.UTF-8 locale.
const LocaleEncoding = "UTF-8"

func optStr(fname, arg string, v Value) (string, bool, *Exc) {
	if v.IsNull() || v.IsNone() {
		return "", false, nil
	}
	if !isStr(v) {
		return "", false, typeError("%s() argument '%s' must be str or None, not %s", fname, arg, v.Type().Name)
	}
	return strOf(v), true, nil
}

// setupCodec creates the encoder and decoder for tw's encoding.
func (tw *TextIO) setupCodec(t *objects.Thread, readable, writable bool) *Exc {
	tw.fast, tw.pyEnc, tw.decoder = nil, null, nil
	var ci Value
	if f, ok := codecs.Fast(tw.encoding); ok && (f.Kind != 0) {
		tw.fast = f
	} else {
		var err *Exc
		if ci, err = codecs.TextCodec(t, tw.encoding, "codecs.open()"); err != nil {
			return err
		}
	}
	var nl *nlState
	if tw.readuniversal {
		nl = &nlState{translate: tw.readtranslate}
	}
	if readable {
		if tw.fast != nil {
			tw.decoder = &goDecoder{codec: tw.fast, errors: tw.errors, nl: nl}
		} else {
			d, err := callMethod(t, ci, "incrementaldecoder", str(tw.errors))
			if err != nil {
				return err
			}
			tw.decoder = &pyDecoder{dec: d, nl: nl}
		}
	}
	tw.canWrite = writable
	if writable && tw.fast == nil {
		e, err := callMethod(t, ci, "incrementalencoder", str(tw.errors))
		if err != nil {
			return err
		}
		tw.pyEnc = e
	}
	return nil
}

func (tw *TextIO) setNewline(nl string, has bool) {
	tw.readnl, tw.hasNL = nl, has
	tw.readuniversal = !has || nl == ""
	tw.readtranslate = !has
	tw.writetranslate = !has || nl != ""
	tw.writenl = "\n"
	if has && nl != "" {
		tw.writenl = nl
	}
}

func textInit(t *objects.Thread, self Value, args []Value, kw *Tuple) *Exc {
	var buffer, encv, errv, nlv, lbv, wtv Value
	if err := objects.ParseArgs("TextIOWrapper", args, kw, []string{"buffer", "encoding", "errors", "newline", "line_buffering", "write_through"}, 1, -1,
		&buffer, &encv, &errv, &nlv, &lbv, &wtv); err != nil {
		return err
	}
	tw := twRaw(self)
	tw.ok = false
	enc, hasEnc, err := optStr("TextIOWrapper", "encoding", encv)
	if err != nil {
		return err
	}
	errs, hasErrs, err := optStr("TextIOWrapper", "errors", errv)
	if err != nil {
		return err
	}
	nl, hasNL, err := checkNewline("TextIOWrapper", nlv)
	if err != nil {
		return err
	}
	if !hasEnc || enc == "locale" {
		enc = LocaleEncoding
	}
	if !hasErrs {
		errs = "strict"
	}
	lb, wt := false, false
	if !lbv.IsNull() {
		if lb, err = truth(t, lbv); err != nil {
			return err
		}
	}
	if !wtv.IsNull() {
		if wt, err = truth(t, wtv); err != nil {
			return err
		}
	}
	*tw = TextIO{ioHead: tw.ioHead}
	tw.buffer = buffer
	tw.encoding, tw.errors = enc, errs
	tw.encV = str(enc)
	tw.chunkSize = DefaultBufferSize
	tw.lineBuffering, tw.writeThrough = lb, wt
	tw.setNewline(nl, hasNL)
	switch buffer.Type() {
	case BufferedReaderType, BufferedWriterType, BufferedRandomType:
		tw.fbuf = bufOf(buffer)
	case FileIOType:
		tw.fraw = fileioOf(buffer)
	}
	readable, err := callBool(t, buffer, "readable")
	if err != nil {
		return err
	}
	writable, err := callBool(t, buffer, "writable")
	if err != nil {
		return err
	}
	if err := tw.setupCodec(t, readable, writable); err != nil {
		return err
	}
	seekable, err := callBool(t, buffer, "seekable")
	if err != nil {
		return err
	}
	tw.seekable, tw.telling = seekable, seekable
	tw.hasRead1 = !buffer.Type().LookupString("read1").IsNull()
	if writable && seekable && !tw.pyEnc.IsNull() {
		r, err := callMethod(t, buffer, "tell")
		if err != nil {
			return err
		}
		if n, _ := objects.IntToInt64(r); n != 0 {
			if _, err := callMethod(t, tw.pyEnc, "setstate", objects.Int(0)); err != nil {
				return err
			}
		}
	}
	tw.ok = true
	return nil
}

func textRepr(t *objects.Thread, self Value) (Value, *Exc) {
	tw := twRaw(self)
	tn := typeName(self)
	if !t.ReprEnter(self) {
		return null, objects.Errorf(objects.ExcRuntimeError, "reentrant call inside %s.__repr__", tn)
	}
	defer t.ReprLeave(self)
	s := "<" + tn
	if name, err := getattr(t, self, "name"); err == nil {
		r, err := objects.ReprString(t, name)
		if err != nil {
			return null, err
		}
		s += " name=" + r
	} else if !err.Matches(objects.ExcValueError) && !err.Matches(objects.ExcAttributeError) {
		return null, err
	}
	if m := objects.AttrsOf(self).Get(strMode); !m.IsNull() {
		r, err := objects.ReprString(t, m)
		if err != nil {
			return null, err
		}
		s += " mode=" + r
	}
	if tw.ok || tw.detached {
		r, err := objects.ReprString(t, tw.encV)
		if err != nil {
			return null, err
		}
		s += " encoding=" + r
	}
	return str(s + ">"), nil
}

func (tw *TextIO) close(t *objects.Thread, self Value) *Exc {
	if err := tw.checkAttached(); err != nil {
		return err
	}
	c, err := tw.isClosed(t)
	if err != nil {
		return err
	}
	if c {
		return nil
	}
	var ferr *Exc
	if self.Type() == TextIOWrapperType && objects.AttrsOf(self).Get(strFlush).IsNull() {
		ferr = tw.flush(t)
	} else {
		_, ferr = callMethod(t, self, "flush")
	}
	unregisterText(tw)
	_, cerr := callMethod(t, tw.buffer, "close")
	if cerr != nil {
		if ferr != nil {
			objects.SetAttr(t, cerr.Value(), objects.Intern("__context__"), ferr.Value())
		}
		return cerr
	}
	return ferr
}

func init() {
	tt := TextIOWrapperType
	tt.New = func(t *objects.Thread, typ *objects.Type, args []Value, kw *Tuple) (Value, *Exc) {
		tw := &TextIO{}
		tw.SetType(typ)
		tw.Attrs.Map = typ.RootMap
		return objects.Obj(tw), nil
	}
	tt.Init = textInit
	tt.Repr = textRepr
	tt.Iter = func(t *objects.Thread, self Value) (Value, *Exc) {
		if _, err := twOf(t, self); err != nil {
			return null, err
		}
		return self, nil
	}
	tt.Next = func(t *objects.Thread, self Value) (Value, *Exc) {
		tw := twRaw(self)
		if err := tw.checkAttached(); err != nil {
			return null, err
		}
		tw.telling = false
		var line Value
		if self.Type() == TextIOWrapperType {
			if err := tw.checkClosed(t); err != nil {
				return null, err
			}
			s, err := tw.readline(t, -1)
			if err != nil {
				return null, err
			}
			line = str(s)
		} else {
			var err *Exc
			if line, err = callMethod(t, self, "readline"); err != nil {
				return null, err
			}
			if !isStr(line) {
				return null, objects.Errorf(objects.ExcOSError, "readline() should have returned a str object, not '%s'", line.Type().Name)
			}
		}
		if strOf(line) == "" {
			tw.snapValid = false
			tw.telling = tw.seekable
			return null, nil
		}
		return line, nil
	}
	tt.AddMethod("write", func(t *objects.Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		if err := objects.CheckArgs("write", args, kw, 1, 1); err != nil {
			return null, err
		}
		tw, err := twOf(t, self)
		if err != nil {
			return null, err
		}
		if !isStr(args[0]) {
			return null, typeError("write() argument must be str, not %s", args[0].Type().Name)
		}
		s := objects.As[objects.Str](args[0])
		if err := tw.writeText(t, args[0], s.S); err != nil {
			return null, err
		}
		return objects.Int(int64(cpCount(s.S))), nil
	})
	tt.AddMethod("read", func(t *objects.Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		var sz Value
		if err := objects.ParseArgs("read", args, kw, []string{"size"}, 0, -1, &sz); err != nil {
			return null, err
		}
		tw, err := twOf(t, self)
		if err != nil {
			return null, err
		}
		n, err := sizeArg(t, sz)
		if err != nil {
			return null, err
		}
		s, err := tw.read(t, n)
		if err != nil {
			return null, err
		}
		return str(s), nil
	})
	tt.AddMethod("readline", func(t *objects.Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		var sz Value
		if err := objects.ParseArgs("readline", args, kw, []string{"size"}, 0, -1, &sz); err != nil {
			return null, err
		}
		tw, err := twOf(t, self)
		if err != nil {
			return null, err
		}
		n, err := sizeArg(t, sz)
		if err != nil {
			return null, err
		}
		s, err := tw.readline(t, n)
		if err != nil {
			return null, err
		}
		return str(s), nil
	})
	tt.AddMethod("flush", func(t *objects.Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		tw, err := twOf(t, self)
		if err != nil {
			return null, err
		}
		return objects.None, tw.flush(t)
	})
	tt.AddMethod("close", func(t *objects.Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		return objects.None, twRaw(self).close(t, self)
	})
	tt.AddMethod("detach", func(t *objects.Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		tw := twRaw(self)
		if err := tw.checkAttached(); err != nil {
			return null, err
		}
		if _, err := callMethod(t, self, "flush"); err != nil {
			return null, err
		}
		b := tw.buffer
		tw.buffer, tw.fbuf, tw.fraw = null, nil, nil
		tw.ok, tw.detached = false, true
		return b, nil
	})
	tt.AddMethod("tell", func(t *objects.Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		tw, err := twOf(t, self)
		if err != nil {
			return null, err
		}
		return tw.tell(t)
	})
	tt.AddMethod("seek", func(t *objects.Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		var cv, whv Value
		if err := objects.ParseArgs("seek", args, kw, []string{"cookie", "whence"}, 1, -1, &cv, &whv); err != nil {
			return null, err
		}
		tw, err := twOf(t, self)
		if err != nil {
			return null, err
		}
		if !objects.IsIntValue(cv) {
			if cv, err = objects.Index(t, cv); err != nil {
				return null, err
			}
		}
		wh := int64(0)
		if !whv.IsNull() {
			if wh, err = intArg(t, whv); err != nil {
				return null, err
			}
		}
		return tw.seek(t, cv, wh)
	})
	tt.AddMethod("truncate", func(t *objects.Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		var pv Value
		if err := objects.ParseArgs("truncate", args, kw, []string{"pos"}, 0, -1, &pv); err != nil {
			return null, err
		}
		tw := twRaw(self)
		if err := tw.checkAttached(); err != nil {
			return null, err
		}
		if _, err := callMethod(t, self, "flush"); err != nil {
			return null, err
		}
		if pv.IsNull() {
			pv = objects.None
		}
		return callMethod(t, tw.buffer, "truncate", pv)
	})
	for _, name := range []string{"fileno", "seekable", "readable", "writable", "isatty"} {
		name := name
		tt.AddMethod(name, func(t *objects.Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
			tw := twRaw(self)
			if err := tw.checkAttached(); err != nil {
				return null, err
			}
			return callMethod(t, tw.buffer, name)
		})
	}
	tt.AddMethod("reconfigure", func(t *objects.Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		var encv, errv, nlv, lbv, wtv Value
		if err := objects.ParseArgs("reconfigure", args, kw, []string{"encoding", "errors", "newline", "line_buffering", "write_through"}, 0, 0,
			&encv, &errv, &nlv, &lbv, &wtv); err != nil {
			return null, err
		}
		tw := twRaw(self)
		if err := tw.checkAttached(); err != nil {
			return null, err
		}
		enc, hasEnc, err := optStr("reconfigure", "encoding", encv)
		if err != nil {
			return null, err
		}
		errs, hasErrs, err := optStr("reconfigure", "errors", errv)
		if err != nil {
			return null, err
		}
		nlGiven := !nlv.IsNull() && !nlv.Is(objects.Ellipsis)
		var nl string
		var hasNL bool
		if nlGiven {
			if nl, hasNL, err = checkNewline("reconfigure", nlv); err != nil {
				return null, err
			}
		}
		if tw.decoder != nil && (hasEnc || hasErrs || nlGiven) && tw.decoded != "" {
			return null, unsupported("It is not possible to set the encoding or newline of stream after the first read")
		}
		if err := tw.flush(t); err != nil {
			return null, err
		}
		if hasEnc || hasErrs || nlGiven {
			if hasEnc {
				if enc == "locale" {
					enc = LocaleEncoding
				}
				tw.encoding, tw.encV = enc, str(enc)
				if !hasErrs {
					errs, hasErrs = "strict", true
				}
			}
			if hasErrs {
				tw.errors = errs
			}
			if nlGiven {
				tw.setNewline(nl, hasNL)
			}
			readable, err := callBool(t, tw.buffer, "readable")
			if err != nil {
				return null, err
			}
			writable, err := callBool(t, tw.buffer, "writable")
			if err != nil {
				return null, err
			}
			if err := tw.setupCodec(t, readable, writable); err != nil {
				return null, err
			}
		}
		if !lbv.IsNull() && !lbv.IsNone() {
			if tw.lineBuffering, err = truth(t, lbv); err != nil {
				return null, err
			}
		}
		if !wtv.IsNull() && !wtv.IsNone() {
			if tw.writeThrough, err = truth(t, wtv); err != nil {
				return null, err
			}
		}
		return objects.None, nil
	})
	tt.AddMethod("__getstate__", func(t *objects.Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		return null, typeError("cannot pickle '%s' object", typeName(self))
	})
	attached := func(name string, f func(t *objects.Thread, tw *TextIO) (Value, *Exc)) {
		getter(tt, name, func(t *objects.Thread, self Value) (Value, *Exc) {
			tw := twRaw(self)
			if err := tw.checkAttached(); err != nil {
				return null, err
			}
			return f(t, tw)
		})
	}
	member := func(name string, f func(tw *TextIO) Value) {
		getter(tt, name, func(t *objects.Thread, self Value) (Value, *Exc) {
			v := f(twRaw(self))
			if v.IsNull() {
				return objects.None, nil
			}
			return v, nil
		})
	}
	member("encoding", func(tw *TextIO) Value { return tw.encV })
	member("errors", func(tw *TextIO) Value {
		if tw.errors == "" {
			return null
		}
		return str(tw.errors)
	})
	member("buffer", func(tw *TextIO) Value { return tw.buffer })
	member("line_buffering", func(tw *TextIO) Value { return objects.Bool(tw.lineBuffering) })
	member("write_through", func(tw *TextIO) Value { return objects.Bool(tw.writeThrough) })
	attached("closed", func(t *objects.Thread, tw *TextIO) (Value, *Exc) {
		if tw.fbuf != nil && tw.fbuf.ok {
			c, err := tw.fbuf.rawClosed(t)
			return objects.Bool(c), err
		}
		return getattr(t, tw.buffer, "closed")
	})
	attached("name", func(t *objects.Thread, tw *TextIO) (Value, *Exc) { return getattr(t, tw.buffer, "name") })
	attached("newlines", func(t *objects.Thread, tw *TextIO) (Value, *Exc) {
		if tw.decoder == nil {
			return objects.None, nil
		}
		if pd, ok := tw.decoder.(*pyDecoder); ok && pd.nl == nil {
			v, err := getattr(t, pd.dec, "newlines")
			if err != nil {
				return objects.None, nil
			}
			return v, nil
		}
		return tw.decoder.newlines(), nil
	})
	getset(tt, "_CHUNK_SIZE", func(t *objects.Thread, self Value) (Value, *Exc) {
		tw := twRaw(self)
		if err := tw.checkAttached(); err != nil {
			return null, err
		}
		return objects.Int(int64(tw.chunkSize)), nil
	}, func(t *objects.Thread, self, v Value) *Exc {
		tw := twRaw(self)
		if err := tw.checkAttached(); err != nil {
			return err
		}
		n, err := intArg(t, v)
		if err != nil {
			return err
		}
		if n <= 0 {
			return valueError("a strictly positive integer is required")
		}
		tw.chunkSize = int(n)
		return nil
	})
	getset(tt, "_finalizing", func(t *objects.Thread, self Value) (Value, *Exc) {
		return objects.Bool(twRaw(self).finalizing), nil
	}, func(t *objects.Thread, self, v Value) *Exc {
		b, err := truth(t, v)
		twRaw(self).finalizing = b
		return err
	})
	tt.Finish()
}

// IsNativeText reports whether v is exactly a TextIOWrapper whose write
// method is not shadowed by an instance attribute, so that WriteString
// is equivalent to calling v.write (print's fast path for any file).
func IsNativeText(v Value) bool {
	return v.Type() == TextIOWrapperType && objects.AttrsOf(v).Get(strWrite).IsNull()
}

var strWrite = objects.Intern("write")

// WriteString writes s to the text stream v from Go (print's fast path
// for the original sys.stdout): no Python call and no allocation when v
// is a native UTF-8 TextIOWrapper over a native buffer.
func WriteString(t *objects.Thread, v Value, s string) *Exc {
	if v.Type() == TextIOWrapperType {
		tw := twRaw(v)
		if err := tw.checkClosed(t); err != nil {
			return err
		}
		return tw.writeText(t, null, s)
	}
	_, err := callMethod(t, v, "write", str(s))
	return err
}
