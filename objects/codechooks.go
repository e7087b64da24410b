package objects

import "unicode/utf8"

// str.encode, bytes.decode, str(b, encoding) and bytes(s, encoding) go
// through the codec machinery of modules/codecs, which installs these
// hooks; without it only strict UTF-8 is available.
var (
	// CodecEncode encodes a str with the named codec and error handler.
	CodecEncode func(t *Thread, s Value, encoding, errors string) (Value, *BaseException)
	// CodecDecode decodes a bytes-like object.
	CodecDecode func(t *Thread, b Value, encoding, errors string) (Value, *BaseException)
)

// codecArgs parses (encoding='utf-8', errors='strict') for fn.
func codecArgs(fn string, args []Value, kwnames *Tuple) (enc, errs string, err *BaseException) {
	enc, errs = "utf-8", "strict"
	pos, kw := SplitArgs(args, kwnames)
	if len(pos) > 2 {
		return "", "", Errorf(ExcTypeError, "%s() takes at most 2 arguments (%d given)", fn, len(pos))
	}
	vals := [2]Value{}
	copy(vals[:], pos)
	for i, v := range kw {
		switch n := As[Str](kwnames.Items[i]).S; n {
		case "encoding":
			if !vals[0].IsNull() {
				return "", "", Errorf(ExcTypeError, "argument for %s() given by name ('encoding') and position (1)", fn)
			}
			vals[0] = v
		case "errors":
			if !vals[1].IsNull() {
				return "", "", Errorf(ExcTypeError, "argument for %s() given by name ('errors') and position (2)", fn)
			}
			vals[1] = v
		default:
			return "", "", Errorf(ExcTypeError, "'%s' is an invalid keyword argument for %s()", n, fn)
		}
	}
	names := [2]string{"encoding", "errors"}
	out := [2]*string{&enc, &errs}
	for i, v := range vals {
		if v.IsNull() {
			continue
		}
		if !v.IsInstance(StrType) {
			return "", "", Errorf(ExcTypeError, "%s() argument '%s' must be str, not %s", fn, names[i], v.Type().Name)
		}
		*out[i] = As[Str](v).S
	}
	return enc, errs, nil
}

// Encode encodes the str s (str.encode).
func Encode(t *Thread, s Value, encoding, errors string) (Value, *BaseException) {
	if CodecEncode != nil {
		return CodecEncode(t, s, encoding, errors)
	}
	return NewBytes([]byte(As[Str](s).S)), nil
}

// Decode decodes the bytes-like b (bytes.decode).
func Decode(t *Thread, b Value, encoding, errors string) (Value, *BaseException) {
	if CodecDecode != nil {
		return CodecDecode(t, b, encoding, errors)
	}
	data, _ := BytesLike(b)
	if !utf8.Valid(data) {
		for i := 0; i < len(data); {
			r, n := utf8.DecodeRune(data[i:])
			if r == utf8.RuneError && n == 1 {
				return Null, NewUnicodeDecodeError("utf-8", NewBytes(data), i, i+1, "invalid start byte")
			}
			i += n
		}
	}
	return NewStrValue(string(data)), nil
}

func encodeArgs(t *Thread, s Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
	enc, errs, err := codecArgs("encode", args, kwnames)
	if err != nil {
		return Null, err
	}
	return Encode(t, s, enc, errs)
}

func init() {
	StrType.AddMethod("encode", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		return encodeArgs(t, self, args, kwnames)
	})
	BytesType.AddMethod("decode", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		enc, errs, err := codecArgs("decode", args, kwnames)
		if err != nil {
			return Null, err
		}
		return Decode(t, self, enc, errs)
	})
}

// strNewDecode is str(object=b”, encoding='utf-8', errors='strict').
func strNewDecode(t *Thread, typ *Type, args []Value, kwnames *Tuple) (Value, *BaseException) {
	pos, kw := SplitArgs(args, kwnames)
	if len(pos) > 3 {
		return Null, Errorf(ExcTypeError, "str() takes at most 3 arguments (%d given)", len(pos))
	}
	var obj Value
	rest := args
	var restNames *Tuple
	if len(pos) > 0 {
		obj = pos[0]
		rest = args[1:]
		restNames = kwnames
	} else {
		// object given by keyword
		var names []Value
		var vals []Value
		for i, v := range kw {
			if As[Str](kwnames.Items[i]).S == "object" {
				obj = v
				continue
			}
			names = append(names, kwnames.Items[i])
			vals = append(vals, v)
		}
		rest = vals
		if len(names) > 0 {
			restNames = NewTuple(names)
		}
	}
	var res Value
	if restNames.Len() == 0 && len(rest) == 0 {
		if obj.IsNull() {
			res = NewStrValue("")
		} else {
			s, err := StrString(t, obj)
			if err != nil {
				return Null, err
			}
			res = NewStrValue(s)
		}
	} else {
		enc, errs, err := codecArgs("str", rest, restNames)
		if err != nil {
			return Null, err
		}
		if obj.IsNull() {
			obj = NewBytes(nil)
		}
		if obj.IsInstance(StrType) {
			return Null, Errorf(ExcTypeError, "decoding str is not supported")
		}
		if _, ok := BytesLike(obj); !ok {
			return Null, Errorf(ExcTypeError, "decoding to str: need a bytes-like object, %s found", obj.Type().Name)
		}
		if res, err = Decode(t, obj, enc, errs); err != nil {
			return Null, err
		}
	}
	if typ == StrType {
		return res, nil
	}
	o := NewStr(As[Str](res).S)
	o.typ = typ
	return Obj(o), nil
}
