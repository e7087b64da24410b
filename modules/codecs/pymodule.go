package codecs

import (
	"taipan/objects"
)

var null = objects.Null

func errorsArg(fname string, pos int, v Value) (string, *Exc) {
	if v.IsNull() || v.IsNone() {
		return "strict", nil
	}
	if !v.IsInstance(objects.StrType) {
		return "", objects.Errorf(objects.ExcTypeError, "%s() argument %d must be str or None, not %s", fname, pos, v.Type().Name)
	}
	return strText(v), nil
}

func strArg(fname string, pos int, v Value) *Exc {
	if !v.IsInstance(objects.StrType) {
		return objects.Errorf(objects.ExcTypeError, "%s() argument %d must be str, not %s", fname, pos, v.Type().Name)
	}
	return nil
}

func bufArg(v Value) ([]byte, *Exc) {
	b, ok := objects.BytesLike(v)
	if !ok {
		return nil, objects.Errorf(objects.ExcTypeError, "a bytes-like object is required, not '%s'", v.Type().Name)
	}
	return b, nil
}

func boolArg(t *objects.Thread, v Value) (bool, *Exc) {
	if v.IsNull() {
		return false, nil
	}
	return objects.Truth(t, v)
}

func intArg(v Value, def int) int {
	if v.IsNull() {
		return def
	}
	i, _ := objects.IntToInt64(v)
	return int(i)
}

func resultPair(a Value, n int) Value { return objects.Tuple2(a, objects.Int(int64(n))) }

func strLen(v Value) int { return len(objects.WTF8Runes(strText(v))) }

type encFn func(t *objects.Thread, sv Value, errors string) ([]byte, *Exc)
type decFn func(t *objects.Thread, data []byte, dataV Value, errors string, final bool) (string, int, *Exc)

func defEncode(m *objects.Module, name string, f encFn) {
	m.Set(name, objects.NewBuiltin(name, func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
		var s, e Value
		if err := posArgs(name, args, kwnames, []string{"str", "errors"}, 1, &s, &e); err != nil {
			return null, err
		}
		if err := strArg(name, 1, s); err != nil {
			return null, err
		}
		errs, err := errorsArg(name, 2, e)
		if err != nil {
			return null, err
		}
		b, err := f(t, s, errs)
		if err != nil {
			return null, err
		}
		return resultPair(objects.NewBytes(b), strLen(s)), nil
	}))
}

func defDecode(m *objects.Module, name string, f decFn, hasFinal bool) {
	m.Set(name, objects.NewBuiltin(name, func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
		var d, e, fin Value
		names := []string{"data", "errors", "final"}
		if !hasFinal {
			names = names[:2]
		}
		outs := []*Value{&d, &e, &fin}[:len(names)]
		if err := posArgs(name, args, kwnames, names, 1, outs...); err != nil {
			return null, err
		}
		data, err := bufArg(d)
		if err != nil {
			return null, err
		}
		errs, err := errorsArg(name, 2, e)
		if err != nil {
			return null, err
		}
		final := true
		if hasFinal {
			if final, err = boolArg(t, fin); err != nil {
				return null, err
			}
		}
		s, n, err := f(t, data, d, errs, final)
		if err != nil {
			return null, err
		}
		return resultPair(objects.NewStrValue(s), n), nil
	}))
}

// posArgs binds positional-only arguments (the _codecs functions take
// no keywords), with argument clinic's messages.
func posArgs(fname string, args []Value, kwnames *objects.Tuple, names []string, required int, out ...*Value) *Exc {
	if kwnames.Len() > 0 {
		return objects.Errorf(objects.ExcTypeError, "%s() takes no keyword arguments", fname)
	}
	if len(args) < required || len(args) > len(names) {
		return objects.CheckArgs(fname, args, kwnames, required, len(names))
	}
	for i := range out {
		*out[i] = objects.Null
		if i < len(args) {
			*out[i] = args[i]
		}
	}
	return nil
}

func builtin(m *objects.Module, name string, f objects.BuiltinFn) {
	m.Set(name, objects.NewBuiltin(name, f))
}

func init() {
	objects.RegisterModule("_codecs", func(t *objects.Thread, m *objects.Module) *Exc {
		builtin(m, "register", func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
			if err := objects.CheckArgs("register", args, kwnames, 1, 1); err != nil {
				return null, err
			}
			if args[0].Type().Call == nil {
				return null, objects.Errorf(objects.ExcTypeError, "argument must be callable")
			}
			regMu.Lock()
			searchFuncs = append(searchFuncs, args[0])
			regMu.Unlock()
			return objects.None, nil
		})
		builtin(m, "unregister", func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
			if err := objects.CheckArgs("unregister", args, kwnames, 1, 1); err != nil {
				return null, err
			}
			regMu.Lock()
			for i, f := range searchFuncs {
				if f.Is(args[0]) {
					searchFuncs = append(searchFuncs[:i:i], searchFuncs[i+1:]...)
					codecCache = map[string]Value{}
					break
				}
			}
			regMu.Unlock()
			return objects.None, nil
		})
		builtin(m, "lookup", func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
			if err := objects.CheckArgs("lookup", args, kwnames, 1, 1); err != nil {
				return null, err
			}
			if !args[0].IsInstance(objects.StrType) {
				return null, objects.Errorf(objects.ExcTypeError, "lookup() argument must be str, not %s", args[0].Type().Name)
			}
			return Lookup(t, strText(args[0]))
		})
		builtin(m, "_forget_codec", func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
			if err := objects.CheckArgs("_forget_codec", args, kwnames, 1, 1); err != nil {
				return null, err
			}
			if err := strArg("_forget_codec", 1, args[0]); err != nil {
				return null, err
			}
			regMu.Lock()
			delete(codecCache, normalize(strText(args[0])))
			regMu.Unlock()
			return objects.None, nil
		})
		builtin(m, "lookup_error", func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
			if err := objects.CheckArgs("lookup_error", args, kwnames, 1, 1); err != nil {
				return null, err
			}
			if err := strArg("lookup_error", 1, args[0]); err != nil {
				return null, err
			}
			return LookupError(strText(args[0]))
		})
		builtin(m, "register_error", func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
			if err := objects.CheckArgs("register_error", args, kwnames, 2, 2); err != nil {
				return null, err
			}
			if err := strArg("register_error", 1, args[0]); err != nil {
				return null, err
			}
			if args[1].Type().Call == nil {
				return null, objects.Errorf(objects.ExcTypeError, "handler must be callable")
			}
			RegisterError(strText(args[0]), args[1])
			return objects.None, nil
		})
		for _, name := range []string{"encode", "decode"} {
			name := name
			builtin(m, name, func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
				var obj, encv, errv Value
				if err := posArgs(name, args, kwnames, []string{"obj", "encoding", "errors"}, 1, &obj, &encv, &errv); err != nil {
					return null, err
				}
				enc, errs := "utf-8", "strict"
				if !encv.IsNull() {
					if err := strArg(name, 2, encv); err != nil {
						return null, err
					}
					enc = strText(encv)
				}
				if !errv.IsNull() {
					if err := strArg(name, 3, errv); err != nil {
						return null, err
					}
					errs = strText(errv)
				}
				ci, err := Lookup(t, enc)
				if err != nil {
					return null, err
				}
				idx := 0
				what := "encoder"
				if name == "decode" {
					idx, what = 1, "decoder"
				}
				return callCodec(t, objects.As[objects.Tuple](ci).Items[idx], obj, errs, what)
			})
		}
		defEncode(m, "utf_8_encode", EncodeUTF8)
		defDecode(m, "utf_8_decode", DecodeUTF8, true)
		defEncode(m, "latin_1_encode", EncodeLatin1)
		defDecode(m, "latin_1_decode", func(t *objects.Thread, data []byte, dataV Value, errors string, final bool) (string, int, *Exc) {
			return DecodeLatin1(data), len(data), nil
		}, false)
		defEncode(m, "ascii_encode", EncodeASCII)
		defDecode(m, "ascii_decode", func(t *objects.Thread, data []byte, dataV Value, errors string, final bool) (string, int, *Exc) {
			s, err := DecodeASCII(t, data, dataV, errors)
			return s, len(data), err
		}, false)
		for _, w := range []struct {
			name string
			enc  func(t *objects.Thread, sv Value, errors string, byteorder int) ([]byte, *Exc)
			dec  func(t *objects.Thread, data []byte, dataV Value, errors string, byteorder *int, final bool) (string, int, *Exc)
		}{{"utf_16", EncodeUTF16, DecodeUTF16}, {"utf_32", EncodeUTF32, DecodeUTF32}} {
			w := w
			for _, v := range []struct {
				suffix string
				order  int
			}{{"_le", -1}, {"_be", 1}} {
				order := v.order
				defEncode(m, w.name+v.suffix+"_encode", func(t *objects.Thread, sv Value, errors string) ([]byte, *Exc) {
					return w.enc(t, sv, errors, order)
				})
				defDecode(m, w.name+v.suffix+"_decode", func(t *objects.Thread, data []byte, dataV Value, errors string, final bool) (string, int, *Exc) {
					o := order
					return w.dec(t, data, dataV, errors, &o, final)
				}, true)
			}
			encName := w.name + "_encode"
			builtin(m, encName, func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
				var s, e, bo Value
				if err := posArgs(encName, args, kwnames, []string{"str", "errors", "byteorder"}, 1, &s, &e, &bo); err != nil {
					return null, err
				}
				if err := strArg(encName, 1, s); err != nil {
					return null, err
				}
				errs, err := errorsArg(encName, 2, e)
				if err != nil {
					return null, err
				}
				b, err := w.enc(t, s, errs, intArg(bo, 0))
				if err != nil {
					return null, err
				}
				return resultPair(objects.NewBytes(b), strLen(s)), nil
			})
			defDecode(m, w.name+"_decode", func(t *objects.Thread, data []byte, dataV Value, errors string, final bool) (string, int, *Exc) {
				o := 0
				return w.dec(t, data, dataV, errors, &o, final)
			}, true)
			exName := w.name + "_ex_decode"
			builtin(m, exName, func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
				var d, e, bo, fin Value
				if err := posArgs(exName, args, kwnames, []string{"data", "errors", "byteorder", "final"}, 1, &d, &e, &bo, &fin); err != nil {
					return null, err
				}
				data, err := bufArg(d)
				if err != nil {
					return null, err
				}
				errs, err := errorsArg(exName, 2, e)
				if err != nil {
					return null, err
				}
				final, err := boolArg(t, fin)
				if err != nil {
					return null, err
				}
				o := intArg(bo, 0)
				s, n, err := w.dec(t, data, d, errs, &o, final)
				if err != nil {
					return null, err
				}
				return objects.NewTupleValue([]Value{objects.NewStrValue(s), objects.Int(int64(n)), objects.Int(int64(o))}), nil
			})
		}
		defEncode(m, "utf_7_encode", func(t *objects.Thread, sv Value, errors string) ([]byte, *Exc) {
			return EncodeUTF7(sv), nil
		})
		defDecode(m, "utf_7_decode", DecodeUTF7, true)
		defEncode(m, "unicode_escape_encode", func(t *objects.Thread, sv Value, errors string) ([]byte, *Exc) {
			return UnicodeEscapeEncode(sv, false), nil
		})
		defEncode(m, "raw_unicode_escape_encode", func(t *objects.Thread, sv Value, errors string) ([]byte, *Exc) {
			return UnicodeEscapeEncode(sv, true), nil
		})
		for _, raw := range []bool{false, true} {
			raw := raw
			name := "unicode_escape_decode"
			if raw {
				name = "raw_unicode_escape_decode"
			}
			builtin(m, name, func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
				var d, e, fin Value
				if err := posArgs(name, args, kwnames, []string{"data", "errors", "final"}, 1, &d, &e, &fin); err != nil {
					return null, err
				}
				var data []byte
				if d.IsInstance(objects.StrType) {
					data = []byte(strText(d))
					d = null
				} else {
					var err *Exc
					if data, err = bufArg(d); err != nil {
						return null, err
					}
				}
				errs, err := errorsArg(name, 2, e)
				if err != nil {
					return null, err
				}
				final := true
				if !fin.IsNull() {
					if final, err = objects.Truth(t, fin); err != nil {
						return null, err
					}
				}
				s, n, err := UnicodeEscapeDecode(t, data, d, errs, final, raw)
				if err != nil {
					return null, err
				}
				return resultPair(objects.NewStrValue(s), n), nil
			})
		}
		builtin(m, "escape_encode", func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
			var d, e Value
			if err := posArgs("escape_encode", args, kwnames, []string{"data", "errors"}, 1, &d, &e); err != nil {
				return null, err
			}
			if !d.IsInstance(objects.BytesType) {
				return null, objects.Errorf(objects.ExcTypeError, "escape_encode() argument 1 must be bytes, not %s", d.Type().Name)
			}
			b := objects.As[objects.Bytes](d).B
			return resultPair(objects.NewBytes(EscapeEncode(b)), len(b)), nil
		})
		builtin(m, "escape_decode", func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
			var d, e Value
			if err := posArgs("escape_decode", args, kwnames, []string{"data", "errors"}, 1, &d, &e); err != nil {
				return null, err
			}
			var data []byte
			if d.IsInstance(objects.StrType) {
				data = []byte(strText(d))
			} else {
				var err *Exc
				if data, err = bufArg(d); err != nil {
					return null, err
				}
			}
			out, err := EscapeDecode(t, data)
			if err != nil {
				return null, err
			}
			return resultPair(objects.NewBytes(out), len(data)), nil
		})
		builtin(m, "charmap_decode", func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
			var d, e, mp Value
			if err := posArgs("charmap_decode", args, kwnames, []string{"data", "errors", "mapping"}, 1, &d, &e, &mp); err != nil {
				return null, err
			}
			data, err := bufArg(d)
			if err != nil {
				return null, err
			}
			errs, err := errorsArg("charmap_decode", 2, e)
			if err != nil {
				return null, err
			}
			s, err := CharmapDecode(t, data, d, errs, mp)
			if err != nil {
				return null, err
			}
			return resultPair(objects.NewStrValue(s), len(data)), nil
		})
		builtin(m, "charmap_encode", func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
			var s, e, mp Value
			if err := posArgs("charmap_encode", args, kwnames, []string{"str", "errors", "mapping"}, 1, &s, &e, &mp); err != nil {
				return null, err
			}
			if err := strArg("charmap_encode", 1, s); err != nil {
				return null, err
			}
			errs, err := errorsArg("charmap_encode", 2, e)
			if err != nil {
				return null, err
			}
			b, err := CharmapEncode(t, s, errs, mp)
			if err != nil {
				return null, err
			}
			return resultPair(objects.NewBytes(b), strLen(s)), nil
		})
		builtin(m, "charmap_build", func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
			if err := objects.CheckArgs("charmap_build", args, kwnames, 1, 1); err != nil {
				return null, err
			}
			if err := strArg("charmap_build", 1, args[0]); err != nil {
				return null, err
			}
			return CharmapBuild(t, args[0])
		})
		builtin(m, "readbuffer_encode", func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
			var d, e Value
			if err := posArgs("readbuffer_encode", args, kwnames, []string{"data", "errors"}, 1, &d, &e); err != nil {
				return null, err
			}
			var data []byte
			if d.IsInstance(objects.StrType) {
				data = []byte(strText(d))
			} else {
				var err *Exc
				if data, err = bufArg(d); err != nil {
					return null, err
				}
			}
			return resultPair(objects.NewBytes(append([]byte(nil), data...)), len(data)), nil
		})
		return nil
	})
}
