package objects

import (
	"bytes"
	"fmt"
	"strings"

	"taipan/syntax"
)

// bytes methods and the bytearray type. A bytearray is a *Bytes whose
// header names ByteArrayType (same layout), so every method here reads
// As[Bytes](self).B for both types and builds its result with the
// receiver's kind (bytes methods of a bytearray return bytearrays).

// ByteArrayType is `bytearray`.
var ByteArrayType = builtinType("bytearray", nil, FlagBaseType)

var byteArrayIterType = builtinType("bytearray_iterator", nil, 0)

// NewByteArray returns a bytearray holding b (not copied).
func NewByteArray(b []byte) Value { return Obj(&Bytes{Header: Header{ByteArrayType}, B: b}) }

func isByteArray(v Value) bool { return v.Type() == ByteArrayType || v.Type().IsSubtype(ByteArrayType) }

// bytesLikeOf accepts bytes and bytearray.
func bytesLikeOf(v Value) ([]byte, bool) {
	if v.IsInstance(BytesType) || isByteArray(v) {
		return As[Bytes](v).B, true
	}
	return nil, false
}

// mkLike builds a result of self's kind.
func mkLike(self Value, b []byte) Value {
	if isByteArray(self) {
		return NewByteArray(b)
	}
	return NewBytes(b)
}

func needBytes(v Value) ([]byte, *BaseException) {
	if b, ok := bytesLikeOf(v); ok {
		return b, nil
	}
	if b, ok := BytesLike(v); ok {
		// any other buffer (memoryview, array, ...)
		return b, nil
	}
	return nil, Errorf(ExcTypeError, "a bytes-like object is required, not '%s'", v.Type().Name)
}

// subArg is the sub argument of find/count/index: bytes-like or an int
// in range(256).
func subArg(t *Thread, v Value) ([]byte, *BaseException) {
	if b, ok := bytesLikeOf(v); ok {
		return b, nil
	}
	if IsIntValue(v) || v.Type().Index != nil {
		n, err := intArg(t, v)
		if err != nil {
			return nil, err
		}
		if n < 0 || n > 255 {
			return nil, Errorf(ExcValueError, "byte must be in range(0, 256)")
		}
		return []byte{byte(n)}, nil
	}
	return nil, Errorf(ExcTypeError, "argument should be integer or bytes-like object, not '%s'", v.Type().Name)
}

// byteRange applies (start, end) to b: segment and offset (-1: empty past end).
func byteRange(t *Thread, b []byte, args []Value) ([]byte, int, *BaseException) {
	n := len(b)
	start, end := 0, n
	for i, a := range args {
		if i > 1 || a.IsNone() {
			continue
		}
		if !IsIntValue(a) && a.Type().Index == nil {
			return nil, 0, Errorf(ExcTypeError, "slice indices must be integers or None or have an __index__ method")
		}
		x, err := Index(t, a)
		if err != nil {
			return nil, 0, err
		}
		v, ok := IntToInt64(x)
		if !ok {
			if bb, _ := BigOf(x); bb.Sign() < 0 {
				v = -1 << 62
			} else {
				v = 1 << 62
			}
		}
		if v < 0 {
			v = max(v+int64(n), 0)
		}
		v = min(v, int64(n)+1)
		if i == 0 {
			start = int(v)
		} else {
			end = min(int(v), n)
		}
	}
	if start > n || end < start {
		return nil, -1, nil
	}
	return b[start:end], start, nil
}

func isSpaceByte(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\x0b' || c == '\x0c'
}
func isUpperByte(c byte) bool { return c >= 'A' && c <= 'Z' }
func isLowerByte(c byte) bool { return c >= 'a' && c <= 'z' }
func isAlphaByte(c byte) bool { return isUpperByte(c) || isLowerByte(c) }
func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }
func toUpperByte(c byte) byte {
	if isLowerByte(c) {
		return c - 32
	}
	return c
}
func toLowerByte(c byte) byte {
	if isUpperByte(c) {
		return c + 32
	}
	return c
}

func bytesCopy(b []byte) []byte { return append([]byte{}, b...) }

// addBytesMethod registers a method on bytes and bytearray.
func addBytesMethod(name string, fn BuiltinFn) {
	BytesType.AddMethod(name, fn)
	ByteArrayType.AddMethod(name, fn)
}

func typeNameOf(self Value) string {
	if isByteArray(self) {
		return "bytearray"
	}
	return "bytes"
}

func bytesSplit(t *Thread, self Value, args []Value, kwnames *Tuple, rev bool) (Value, *BaseException) {
	name := "split"
	if rev {
		name = "rsplit"
	}
	sepV, maxsplit, err := splitArgs(t, name, args, kwnames)
	if err != nil {
		return Null, err
	}
	s := As[Bytes](self).B
	if maxsplit < 0 {
		maxsplit = int64(len(s)) + 1
	}
	var parts [][]byte
	if sepV.IsNone() {
		if !rev {
			for {
				s = bytes.TrimLeftFunc(s, func(r rune) bool { return r < 0x80 && isSpaceByte(byte(r)) })
				for len(s) > 0 && isSpaceByte(s[0]) {
					s = s[1:]
				}
				if len(s) == 0 {
					break
				}
				if int64(len(parts)) == maxsplit {
					parts = append(parts, s)
					break
				}
				i := 0
				for i < len(s) && !isSpaceByte(s[i]) {
					i++
				}
				parts = append(parts, s[:i])
				s = s[i:]
			}
		} else {
			for {
				for len(s) > 0 && isSpaceByte(s[len(s)-1]) {
					s = s[:len(s)-1]
				}
				if len(s) == 0 {
					break
				}
				if int64(len(parts)) == maxsplit {
					parts = append(parts, s)
					break
				}
				i := len(s)
				for i > 0 && !isSpaceByte(s[i-1]) {
					i--
				}
				parts = append(parts, s[i:])
				s = s[:i]
			}
			reverseBytes(parts)
		}
	} else {
		sep, err := needBytes(sepV)
		if err != nil {
			return Null, err
		}
		if len(sep) == 0 {
			return Null, Errorf(ExcValueError, "empty separator")
		}
		if !rev {
			parts = bytes.SplitN(s, sep, int(min(maxsplit, int64(len(s))+1))+1)
		} else {
			for int64(len(parts)) < maxsplit {
				i := bytes.LastIndex(s, sep)
				if i < 0 {
					break
				}
				parts = append(parts, s[i+len(sep):])
				s = s[:i]
			}
			parts = append(parts, s)
			reverseBytes(parts)
		}
	}
	out := make([]Value, len(parts))
	for i, p := range parts {
		out[i] = mkLike(self, bytesCopy(p))
	}
	return NewListValue(out), nil
}

func reverseBytes(p [][]byte) {
	for i, j := 0, len(p)-1; i < j; i, j = i+1, j-1 {
		p[i], p[j] = p[j], p[i]
	}
}

// withoutSource drops the source argument (first positional or
// source=) from a bytes()/bytearray() call's arguments.
func withoutSource(args []Value, kwnames *Tuple) ([]Value, *Tuple) {
	nkw := kwnames.Len()
	npos := len(args) - nkw
	var out []Value
	var names []Value
	if npos > 0 {
		out = append(out, args[1:npos]...)
	}
	for i := 0; i < nkw; i++ {
		if As[Str](kwnames.Items[i]).S == "source" {
			continue
		}
		out = append(out, args[npos+i])
		names = append(names, kwnames.Items[i])
	}
	if len(names) == 0 {
		return out, nil
	}
	return out, NewTuple(names)
}

// bytesFromObject is the bytes(x) / bytearray(x) conversion.
func bytesFromObject(t *Thread, name string, args []Value, kwnames *Tuple) ([]byte, *BaseException) {
	pos, kw := SplitArgs(args, kwnames)
	var src Value = Null
	if len(pos) > 0 {
		src = pos[0]
	}
	hasEnc, hasErr := len(pos) > 1, len(pos) > 2
	for i, v := range kw {
		switch k := As[Str](kwnames.Items[i]).S; k {
		case "source":
			src = v
		case "encoding":
			hasEnc = true
		case "errors":
			hasErr = true
		default:
			return nil, Errorf(ExcTypeError, "'%s' is an invalid keyword argument for %s()", k, name)
		}
	}
	if len(pos) > 3 {
		return nil, Errorf(ExcTypeError, "%s() takes at most 3 arguments (%d given)", name, len(pos))
	}
	if src.IsNull() {
		if hasEnc {
			return nil, Errorf(ExcTypeError, "encoding without a string argument")
		}
		if hasErr {
			return nil, Errorf(ExcTypeError, "errors without a string argument")
		}
		return nil, nil
	}
	if src.IsInstance(StrType) {
		if !hasEnc {
			return nil, Errorf(ExcTypeError, "string argument without an encoding")
		}
		rest, restNames := withoutSource(args, kwnames)
		enc, errs, err := codecArgs(name, rest, restNames)
		if err != nil {
			return nil, err
		}
		bv, err := Encode(t, src, enc, errs)
		if err != nil {
			return nil, err
		}
		b, _ := BytesLike(bv)
		return b, nil
	}
	if hasEnc {
		return nil, Errorf(ExcTypeError, "encoding without a string argument")
	}
	if hasErr {
		return nil, Errorf(ExcTypeError, "errors without a string argument")
	}
	if b, ok := bytesLikeOf(src); ok {
		return bytesCopy(b), nil
	}
	if b, _, ok := BufferOf(src); ok { // array.array, memoryview, ...
		return bytesCopy(b), nil
	}
	if IsIntValue(src) || src.Type().Index != nil && src.Type().Iter == nil {
		n, err := intArg(t, src)
		if err != nil {
			return nil, err
		}
		if n < 0 {
			return nil, Errorf(ExcValueError, "negative count")
		}
		if err := CheckAlloc(n, 1); err != nil {
			return nil, err
		}
		return make([]byte, n), nil
	}
	if src.Type().Iter == nil && src.Type().GetItem == nil {
		return nil, Errorf(ExcTypeError, "cannot convert '%s' object to %s", src.Type().Name, name)
	}
	items, err := IterToSlice(t, src)
	if err != nil {
		return nil, err
	}
	out := make([]byte, len(items))
	for i, it := range items {
		if !IsIntValue(it) && it.Type().Index == nil {
			return nil, Errorf(ExcTypeError, "'%s' object cannot be interpreted as an integer", it.Type().Name)
		}
		n, err := intArg(t, it)
		if err != nil || n < 0 || n > 255 {
			if name == "bytes" {
				return nil, Errorf(ExcValueError, "bytes must be in range(0, 256)")
			}
			return nil, Errorf(ExcValueError, "byte must be in range(0, 256)")
		}
		out[i] = byte(n)
	}
	return out, nil
}

func init() {
	RegisterBuffer(ByteArrayType, func(v Value) ([]byte, bool) { return As[Bytes](v).B, true })
	BytesType.New = func(t *Thread, typ *Type, args []Value, kwnames *Tuple) (Value, *BaseException) {
		if len(args) == 1 && kwnames == nil && args[0].Type() == BytesType && typ == BytesType {
			return args[0], nil
		}
		if len(args) >= 1 && args[0].IsInstance(MemoryViewType) {
			if err := mv(args[0]).check(); err != nil {
				return Null, err
			}
		}
		if len(args) == 1 && kwnames == nil {
			if m := args[0].Type().LookupString("__bytes__"); !m.IsNull() {
				r, err := CallValue(t, m, []Value{args[0]}, nil)
				if err != nil {
					return Null, err
				}
				if !r.IsInstance(BytesType) {
					return Null, Errorf(ExcTypeError, "__bytes__ returned non-bytes (type %s)", r.Type().Name)
				}
				return r, nil
			}
		}
		b, err := bytesFromObject(t, "bytes", args, kwnames)
		if err != nil {
			return Null, err
		}
		if typ != BytesType {
			return Obj(&Bytes{Header: Header{typ}, B: b}), nil
		}
		return NewBytes(b), nil
	}
	ByteArrayType.New = func(t *Thread, typ *Type, args []Value, kwnames *Tuple) (Value, *BaseException) {
		b, err := bytesFromObject(t, "bytearray", args, kwnames)
		if err != nil {
			return Null, err
		}
		if b == nil {
			b = []byte{}
		}
		return Obj(&Bytes{Header: Header{typ}, B: b}), nil
	}
	ByteArrayType.Init = func(t *Thread, self Value, args []Value, kwnames *Tuple) *BaseException { return nil }
	ByteArrayType.Repr = func(t *Thread, v Value) (Value, *BaseException) {
		name := v.Type().Name
		return NewStrValue(name + "(" + syntax.QuoteBytes(As[Bytes](v).B) + ")"), nil
	}
	ByteArrayType.Hash = unhashable
	ByteArrayType.Len = BytesType.Len
	ByteArrayType.Contains = BytesType.Contains
	compare := func(t *Thread, a, b Value, op CompareOp) (Value, *BaseException) {
		y, ok := bytesLikeOf(b)
		if !ok {
			return NotImplemented, nil
		}
		return Bool(cmpResult(bytes.Compare(As[Bytes](a).B, y), op)), nil
	}
	BytesType.RichCompare = compare
	ByteArrayType.RichCompare = compare
	concat := func(t *Thread, a, b Value) (Value, *BaseException) {
		x, ok1 := bytesLikeOf(a)
		y, ok2 := bytesLikeOf(b)
		if !ok1 || !ok2 {
			if ok1 {
				return Null, Errorf(ExcTypeError, "can't concat %s to %s", b.Type().Name, a.Type().Name)
			}
			return NotImplemented, nil
		}
		if err := CheckAlloc(int64(len(x)+len(y)), 1); err != nil {
			return Null, err
		}
		return mkLike(a, append(bytesCopy(x), y...)), nil
	}
	BytesType.NB[OpAdd] = concat
	ByteArrayType.NB[OpAdd] = concat
	ByteArrayType.INB[OpAdd] = func(t *Thread, a, b Value) (Value, *BaseException) {
		y, ok := bytesLikeOf(b)
		if !ok {
			return Null, Errorf(ExcTypeError, "can't concat %s to %s", b.Type().Name, a.Type().Name)
		}
		ba := As[Bytes](a)
		ba.B = append(ba.B, y...)
		return a, nil
	}
	ByteArrayType.NB[OpMul] = func(t *Thread, a, b Value) (Value, *BaseException) {
		s, n := a, b
		if !isByteArray(s) {
			s, n = b, a
		}
		k, notImpl, err := repeatCount(t, n, len(As[Bytes](s).B), 1)
		if notImpl || err != nil {
			return NotImplemented, err
		}
		return NewByteArray(bytes.Repeat(As[Bytes](s).B, k)), nil
	}
	ByteArrayType.INB[OpMul] = func(t *Thread, a, b Value) (Value, *BaseException) {
		k, notImpl, err := repeatCount(t, b, len(As[Bytes](a).B), 1)
		if notImpl || err != nil {
			return NotImplemented, err
		}
		ba := As[Bytes](a)
		ba.B = bytes.Repeat(ba.B, k)
		return a, nil
	}
	ByteArrayType.NB[OpMod] = BytesType.NB[OpMod]
	ByteArrayType.GetItem = func(t *Thread, v, k Value) (Value, *BaseException) {
		r, err := BytesType.GetItem(t, v, k)
		if err != nil {
			if err.Matches(ExcTypeError) && k.Type() != SliceType {
				return Null, Errorf(ExcTypeError, "bytearray indices must be integers or slices, not %s", k.Type().Name)
			}
			if err.Matches(ExcIndexError) {
				return Null, Errorf(ExcIndexError, "bytearray index out of range")
			}
			return Null, err
		}
		if r.Type() == BytesType {
			return NewByteArray(As[Bytes](r).B), nil
		}
		return r, nil
	}
	ByteArrayType.SetItem = byteArraySetItem
	ByteArrayType.Iter = BytesType.Iter
	byteArrayIterType.Iter = selfIter

	addBytesMethod("split", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		return bytesSplit(t, self, args, kwnames, false)
	})
	addBytesMethod("rsplit", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		return bytesSplit(t, self, args, kwnames, true)
	})
	addBytesMethod("splitlines", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		keep, err := keependsArg(t, "splitlines", args, kwnames)
		if err != nil {
			return Null, err
		}
		s := As[Bytes](self).B
		var out []Value
		start := 0
		for i := 0; i < len(s); {
			if s[i] != '\n' && s[i] != '\r' {
				i++
				continue
			}
			end := i + 1
			if s[i] == '\r' && end < len(s) && s[end] == '\n' {
				end++
			}
			if keep {
				out = append(out, mkLike(self, bytesCopy(s[start:end])))
			} else {
				out = append(out, mkLike(self, bytesCopy(s[start:i])))
			}
			start, i = end, end
		}
		if start < len(s) {
			out = append(out, mkLike(self, bytesCopy(s[start:])))
		}
		return NewListValue(out), nil
	})
	strip := func(name string, left, right bool) {
		addBytesMethod(name, func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
			if err := CheckArgs(name, args, kwnames, 0, 1); err != nil {
				return Null, err
			}
			s := As[Bytes](self).B
			in := isSpaceByte
			if len(args) == 1 && !args[0].IsNone() {
				chars, err := needBytes(args[0])
				if err != nil {
					return Null, err
				}
				in = func(c byte) bool { return bytes.IndexByte(chars, c) >= 0 }
			}
			for left && len(s) > 0 && in(s[0]) {
				s = s[1:]
			}
			for right && len(s) > 0 && in(s[len(s)-1]) {
				s = s[:len(s)-1]
			}
			return mkLike(self, bytesCopy(s)), nil
		})
	}
	strip("strip", true, true)
	strip("lstrip", true, false)
	strip("rstrip", false, true)
	addBytesMethod("join", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		if err := methArgs(typeNameOf(self), "join", args, kwnames, 1, 1); err != nil {
			return Null, err
		}
		items, err := IterToSlice(t, args[0])
		if err != nil {
			return Null, Errorf(ExcTypeError, "can only join an iterable")
		}
		sep := As[Bytes](self).B
		var out []byte
		for i, it := range items {
			b, ok := bytesLikeOf(it)
			if !ok {
				return Null, Errorf(ExcTypeError, "sequence item %d: expected a bytes-like object, %s found", i, it.Type().Name)
			}
			if i > 0 {
				out = append(out, sep...)
			}
			out = append(out, b...)
		}
		return mkLike(self, out), nil
	})
	addBytesMethod("replace", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		if err := CheckArgs("replace", args, kwnames, 2, 3); err != nil {
			return Null, err
		}
		old, err := needBytes(args[0])
		if err != nil {
			return Null, err
		}
		nw, err := needBytes(args[1])
		if err != nil {
			return Null, err
		}
		count := int64(-1)
		if len(args) == 3 {
			if count, err = intArg(t, args[2]); err != nil {
				return Null, err
			}
		}
		s := As[Bytes](self).B
		if count < 0 {
			count = int64(len(s)) + 1
		}
		return mkLike(self, bytes.Replace(s, old, nw, int(min(count, int64(len(s))+1)))), nil
	})
	find := func(name string, rev, raise bool) {
		addBytesMethod(name, func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
			if err := findArgs(name, args, kwnames); err != nil {
				return Null, err
			}
			sub, err := subArg(t, args[0])
			if err != nil {
				return Null, err
			}
			seg, off, err := byteRange(t, As[Bytes](self).B, args[1:])
			if err != nil {
				return Null, err
			}
			i := -1
			if off >= 0 {
				if rev {
					i = bytes.LastIndex(seg, sub)
				} else {
					i = bytes.Index(seg, sub)
				}
				if i >= 0 {
					i += off
				}
			}
			if i < 0 && raise {
				return Null, Errorf(ExcValueError, "subsection not found")
			}
			return Int(int64(i)), nil
		})
	}
	find("find", false, false)
	find("rfind", true, false)
	find("index", false, true)
	find("rindex", true, true)
	addBytesMethod("count", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		if err := findArgs("count", args, kwnames); err != nil {
			return Null, err
		}
		sub, err := subArg(t, args[0])
		if err != nil {
			return Null, err
		}
		seg, off, err := byteRange(t, As[Bytes](self).B, args[1:])
		if err != nil || off < 0 {
			return Int(0), err
		}
		return Int(int64(bytes.Count(seg, sub))), nil
	})
	tail := func(name string, f func(s, x []byte) bool) {
		addBytesMethod(name, func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
			if err := findArgs(name, args, kwnames); err != nil {
				return Null, err
			}
			seg, off, err := byteRange(t, As[Bytes](self).B, args[1:])
			if err != nil {
				return Null, err
			}
			if args[0].Type() == TupleType {
				for _, x := range As[Tuple](args[0]).Items {
					b, ok := bytesLikeOf(x)
					if !ok {
						return Null, Errorf(ExcTypeError, "a bytes-like object is required, not '%s'", x.Type().Name)
					}
					if off >= 0 && f(seg, b) {
						return True, nil
					}
				}
				return False, nil
			}
			b, ok := bytesLikeOf(args[0])
			if !ok {
				return Null, Errorf(ExcTypeError, "%s first arg must be bytes or a tuple of bytes, not %s", name, args[0].Type().Name)
			}
			return Bool(off >= 0 && f(seg, b)), nil
		})
	}
	tail("startswith", bytes.HasPrefix)
	tail("endswith", bytes.HasSuffix)
	part := func(name string, rev bool) {
		addBytesMethod(name, func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
			if err := methArgs(typeNameOf(self), name, args, kwnames, 1, 1); err != nil {
				return Null, err
			}
			sep, err := needBytes(args[0])
			if err != nil {
				return Null, err
			}
			if len(sep) == 0 {
				return Null, Errorf(ExcValueError, "empty separator")
			}
			s := As[Bytes](self).B
			i := bytes.Index(s, sep)
			if rev {
				i = bytes.LastIndex(s, sep)
			}
			e := func() Value { return mkLike(self, []byte{}) }
			if i < 0 {
				if rev {
					return NewTupleValue([]Value{e(), e(), mkLike(self, bytesCopy(s))}), nil
				}
				return NewTupleValue([]Value{mkLike(self, bytesCopy(s)), e(), e()}), nil
			}
			return NewTupleValue([]Value{mkLike(self, bytesCopy(s[:i])), mkLike(self, bytesCopy(sep)), mkLike(self, bytesCopy(s[i+len(sep):]))}), nil
		})
	}
	part("partition", false)
	part("rpartition", true)
	affix := func(name string, prefix bool) {
		addBytesMethod(name, func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
			if err := methArgs(typeNameOf(self), name, args, kwnames, 1, 1); err != nil {
				return Null, err
			}
			x, err := needBytes(args[0])
			if err != nil {
				return Null, err
			}
			s := As[Bytes](self).B
			if prefix {
				s = bytes.TrimPrefix(s, x)
			} else {
				s = bytes.TrimSuffix(s, x)
			}
			return mkLike(self, bytesCopy(s)), nil
		})
	}
	affix("removeprefix", true)
	affix("removesuffix", false)
	mapper := func(name string, f func(s []byte) []byte) {
		addBytesMethod(name, func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
			if err := methArgs(typeNameOf(self), name, args, kwnames, 0, 0); err != nil {
				return Null, err
			}
			return mkLike(self, f(bytesCopy(As[Bytes](self).B))), nil
		})
	}
	mapper("upper", func(s []byte) []byte {
		for i := range s {
			s[i] = toUpperByte(s[i])
		}
		return s
	})
	mapper("lower", func(s []byte) []byte {
		for i := range s {
			s[i] = toLowerByte(s[i])
		}
		return s
	})
	mapper("swapcase", func(s []byte) []byte {
		for i, c := range s {
			if isUpperByte(c) {
				s[i] = c + 32
			} else if isLowerByte(c) {
				s[i] = c - 32
			}
		}
		return s
	})
	mapper("capitalize", func(s []byte) []byte {
		for i := range s {
			if i == 0 {
				s[i] = toUpperByte(s[i])
			} else {
				s[i] = toLowerByte(s[i])
			}
		}
		return s
	})
	mapper("title", func(s []byte) []byte {
		prev := false
		for i, c := range s {
			if prev {
				s[i] = toLowerByte(c)
			} else {
				s[i] = toUpperByte(c)
			}
			prev = isAlphaByte(c)
		}
		return s
	})
	pred := func(name string, empty bool, f func(c byte) bool) {
		addBytesMethod(name, func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
			if err := methArgs(typeNameOf(self), name, args, kwnames, 0, 0); err != nil {
				return Null, err
			}
			s := As[Bytes](self).B
			if len(s) == 0 {
				return Bool(empty), nil
			}
			for _, c := range s {
				if !f(c) {
					return False, nil
				}
			}
			return True, nil
		})
	}
	pred("isalpha", false, isAlphaByte)
	pred("isalnum", false, func(c byte) bool { return isAlphaByte(c) || isDigitByte(c) })
	pred("isdigit", false, isDigitByte)
	pred("isspace", false, isSpaceByte)
	pred("isascii", true, func(c byte) bool { return c < 0x80 })
	caseTest := func(name string, want, other func(c byte) bool) {
		addBytesMethod(name, func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
			cased := false
			for _, c := range As[Bytes](self).B {
				if other(c) {
					return False, nil
				}
				cased = cased || want(c)
			}
			return Bool(cased), nil
		})
	}
	caseTest("isupper", isUpperByte, isLowerByte)
	caseTest("islower", isLowerByte, isUpperByte)
	addBytesMethod("istitle", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		cased, prev := false, false
		for _, c := range As[Bytes](self).B {
			switch {
			case isUpperByte(c):
				if prev {
					return False, nil
				}
				prev, cased = true, true
			case isLowerByte(c):
				if !prev {
					return False, nil
				}
				prev, cased = true, true
			default:
				prev = false
			}
		}
		return Bool(cased), nil
	})
	pad := func(name string, where int) {
		addBytesMethod(name, func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
			if err := CheckArgs(name, args, kwnames, 1, 2); err != nil {
				return Null, err
			}
			w, err := intArg(t, args[0])
			if err != nil {
				return Null, err
			}
			fill := byte(' ')
			if len(args) == 2 {
				f, ok := bytesLikeOf(args[1])
				if !ok || len(f) != 1 {
					tn := args[1].Type().Name
					if ok {
						tn = fmt.Sprintf("%s of length %d", tn, len(f))
					}
					return Null, Errorf(ExcTypeError, "%s() argument 2 must be a byte string of length 1, not %s", name, tn)
				}
				fill = f[0]
			}
			s := As[Bytes](self).B
			n := w - int64(len(s))
			if n <= 0 {
				return mkLike(self, bytesCopy(s)), nil
			}
			if err := CheckAlloc(n, 1); err != nil {
				return Null, err
			}
			l := n
			switch where {
			case 0:
				l = 0
			case 1:
				l = n/2 + (n & w & 1)
			}
			out := append(append(bytes.Repeat([]byte{fill}, int(l)), s...), bytes.Repeat([]byte{fill}, int(n-l))...)
			return mkLike(self, out), nil
		})
	}
	pad("ljust", 0)
	pad("center", 1)
	pad("rjust", 2)
	addBytesMethod("zfill", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		if err := methArgs(typeNameOf(self), "zfill", args, kwnames, 1, 1); err != nil {
			return Null, err
		}
		w, err := intArg(t, args[0])
		if err != nil {
			return Null, err
		}
		s := As[Bytes](self).B
		n := w - int64(len(s))
		if n <= 0 {
			return mkLike(self, bytesCopy(s)), nil
		}
		if err := CheckAlloc(n, 1); err != nil {
			return Null, err
		}
		z := bytes.Repeat([]byte{'0'}, int(n))
		if len(s) > 0 && (s[0] == '-' || s[0] == '+') {
			return mkLike(self, append(append([]byte{s[0]}, z...), s[1:]...)), nil
		}
		return mkLike(self, append(z, s...)), nil
	})
	addBytesMethod("expandtabs", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		tab, err := tabsizeArg(t, args, kwnames)
		if err != nil {
			return Null, err
		}
		var out []byte
		col := int64(0)
		for _, c := range As[Bytes](self).B {
			switch c {
			case '\t':
				if tab > 0 {
					n := tab - col%tab
					if err := CheckAlloc(int64(len(out))+n, 1); err != nil {
						return Null, err
					}
					out = append(out, bytes.Repeat([]byte{' '}, int(n))...)
					col += n
				}
			case '\n', '\r':
				out = append(out, c)
				col = 0
			default:
				out = append(out, c)
				col++
			}
		}
		return mkLike(self, out), nil
	})
	addBytesMethod("hex", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		pos, kw := SplitArgs(args, kwnames)
		var sepV Value = Null
		perGroup := int64(1)
		if len(pos) > 0 {
			sepV = pos[0]
		}
		if len(pos) > 1 {
			var err *BaseException
			if perGroup, err = intArg(t, pos[1]); err != nil {
				return Null, err
			}
		}
		for i, v := range kw {
			switch As[Str](kwnames.Items[i]).S {
			case "sep":
				sepV = v
			case "bytes_per_sep":
				var err *BaseException
				if perGroup, err = intArg(t, v); err != nil {
					return Null, err
				}
			}
		}
		b := As[Bytes](self).B
		const digits = "0123456789abcdef"
		if sepV.IsNull() || perGroup == 0 {
			var sb strings.Builder
			for _, c := range b {
				sb.WriteByte(digits[c>>4])
				sb.WriteByte(digits[c&15])
			}
			return NewStrValue(sb.String()), nil
		}
		var sep string
		if sepV.IsInstance(StrType) {
			sep = As[Str](sepV).S
		} else if sb, ok := bytesLikeOf(sepV); ok {
			sep = string(sb)
		} else {
			if sepV.Type().Len == nil {
				return Null, Errorf(ExcTypeError, "object of type '%s' has no len()", sepV.Type().Name)
			}
			return Null, Errorf(ExcTypeError, "sep must be str or bytes.")
		}
		if len([]rune(sep)) != 1 {
			return Null, Errorf(ExcValueError, "sep must be length 1.")
		}
		g := perGroup
		if g < 0 {
			g = -g
		}
		var sb strings.Builder
		for i, c := range b {
			if i > 0 {
				// group boundaries count from the right for positive groups
				var boundary bool
				if perGroup > 0 {
					boundary = int64(len(b)-i)%g == 0
				} else {
					boundary = int64(i)%g == 0
				}
				if boundary {
					sb.WriteString(sep)
				}
			}
			sb.WriteByte(digits[c>>4])
			sb.WriteByte(digits[c&15])
		}
		return NewStrValue(sb.String()), nil
	})
	fromhex := func(t *Thread, cls Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		if err := CheckArgs("fromhex", args, kwnames, 1, 1); err != nil {
			return Null, err
		}
		if !args[0].IsInstance(StrType) {
			return Null, Errorf(ExcTypeError, "fromhex() argument must be str, not %s", args[0].Type().Name)
		}
		s := As[Str](args[0]).S
		var out []byte
		val := func(c byte) int {
			switch {
			case c >= '0' && c <= '9':
				return int(c - '0')
			case c >= 'a' && c <= 'f':
				return int(c-'a') + 10
			case c >= 'A' && c <= 'F':
				return int(c-'A') + 10
			}
			return -1
		}
		for i := 0; i < len(s); {
			if isSpaceByte(s[i]) {
				i++
				continue
			}
			hi := val(s[i])
			if hi < 0 {
				return Null, Errorf(ExcValueError, "non-hexadecimal number found in fromhex() arg at position %d", i)
			}
			if i+1 >= len(s) || val(s[i+1]) < 0 {
				return Null, Errorf(ExcValueError, "non-hexadecimal number found in fromhex() arg at position %d", i+1)
			}
			out = append(out, byte(hi<<4|val(s[i+1])))
			i += 2
		}
		if cls.p == Obj(ByteArrayType).p {
			return NewByteArray(out), nil
		}
		if cls.p == Obj(BytesType).p {
			return NewBytes(out), nil
		}
		return CallValue(t, cls, []Value{NewBytes(out)}, nil)
	}
	BytesType.addClassMethod("fromhex", fromhex)
	ByteArrayType.addClassMethod("fromhex", fromhex)
	maketrans := func(t *Thread, _ Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		if err := CheckArgs("maketrans", args, kwnames, 2, 2); err != nil {
			return Null, err
		}
		x, err := needBytes(args[0])
		if err != nil {
			return Null, err
		}
		y, err := needBytes(args[1])
		if err != nil {
			return Null, err
		}
		if len(x) != len(y) {
			return Null, Errorf(ExcValueError, "maketrans arguments must have same length")
		}
		table := make([]byte, 256)
		for i := range table {
			table[i] = byte(i)
		}
		for i := range x {
			table[x[i]] = y[i]
		}
		return NewBytes(table), nil
	}
	BytesType.addStaticMethod("maketrans", maketrans)
	ByteArrayType.addStaticMethod("maketrans", maketrans)
	addBytesMethod("translate", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		pos, kw := SplitArgs(args, kwnames)
		if len(pos) < 1 || len(pos) > 2 {
			return Null, Errorf(ExcTypeError, "translate() takes from 1 to 2 positional arguments but %d were given", len(pos))
		}
		var del []byte
		if len(pos) == 2 {
			d, err := needBytes(pos[1])
			if err != nil {
				return Null, err
			}
			del = d
		}
		for i, v := range kw {
			if As[Str](kwnames.Items[i]).S == "delete" {
				d, err := needBytes(v)
				if err != nil {
					return Null, err
				}
				del = d
			}
		}
		var table []byte
		if !pos[0].IsNone() {
			tb, err := needBytes(pos[0])
			if err != nil {
				return Null, err
			}
			if len(tb) != 256 {
				return Null, Errorf(ExcValueError, "translation table must be 256 characters long")
			}
			table = tb
		}
		var out []byte
		for _, c := range As[Bytes](self).B {
			if bytes.IndexByte(del, c) >= 0 {
				continue
			}
			if table != nil {
				c = table[c]
			}
			out = append(out, c)
		}
		return mkLike(self, out), nil
	})
	addBytesMethod("decode", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		enc, errs, err := codecArgs("decode", args, kwnames)
		if err != nil {
			return Null, err
		}
		return Decode(t, self, enc, errs)
	})

	// bytearray mutators
	ba := ByteArrayType.AddMethod
	ba("append", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		if err := methArgs("bytearray", "append", args, kwnames, 1, 1); err != nil {
			return Null, err
		}
		c, err := byteValue(t, args[0])
		if err != nil {
			return Null, err
		}
		b := As[Bytes](self)
		b.B = append(b.B, c)
		return None, nil
	})
	ba("extend", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		if err := methArgs("bytearray", "extend", args, kwnames, 1, 1); err != nil {
			return Null, err
		}
		if err := checkLengthHint(t, args[0]); err != nil {
			return Null, err
		}
		var add []byte
		if x, ok := bytesLikeOf(args[0]); ok {
			add = bytesCopy(x)
		} else {
			items, err := IterToSlice(t, args[0])
			if err != nil {
				return Null, Errorf(ExcTypeError, "can't extend bytearray with %s", args[0].Type().Name)
			}
			for _, it := range items {
				c, err := byteValue(t, it)
				if err != nil {
					return Null, err
				}
				add = append(add, c)
			}
		}
		b := As[Bytes](self)
		b.B = append(b.B, add...)
		return None, nil
	})
	ba("pop", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		if err := CheckArgs("pop", args, kwnames, 0, 1); err != nil {
			return Null, err
		}
		b := As[Bytes](self)
		if len(b.B) == 0 {
			return Null, Errorf(ExcIndexError, "pop from empty bytearray")
		}
		i := int64(len(b.B) - 1)
		if len(args) == 1 {
			var err *BaseException
			if i, err = intArg(t, args[0]); err != nil {
				return Null, err
			}
			if i < 0 {
				i += int64(len(b.B))
			}
			if i < 0 || i >= int64(len(b.B)) {
				return Null, Errorf(ExcIndexError, "pop index out of range")
			}
		}
		c := b.B[i]
		b.B = append(b.B[:i], b.B[i+1:]...)
		return Int(int64(c)), nil
	})
	ba("insert", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		if err := CheckArgs("insert", args, kwnames, 2, 2); err != nil {
			return Null, err
		}
		i, err := intArg(t, args[0])
		if err != nil {
			return Null, err
		}
		c, err := byteValue(t, args[1])
		if err != nil {
			return Null, err
		}
		b := As[Bytes](self)
		n := int64(len(b.B))
		if i < 0 {
			i = max(i+n, 0)
		}
		i = min(i, n)
		b.B = append(b.B[:i], append([]byte{c}, b.B[i:]...)...)
		return None, nil
	})
	ba("remove", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		if err := methArgs("bytearray", "remove", args, kwnames, 1, 1); err != nil {
			return Null, err
		}
		c, err := byteValue(t, args[0])
		if err != nil {
			return Null, err
		}
		b := As[Bytes](self)
		i := bytes.IndexByte(b.B, c)
		if i < 0 {
			return Null, Errorf(ExcValueError, "value not found in bytearray")
		}
		b.B = append(b.B[:i], b.B[i+1:]...)
		return None, nil
	})
	ba("clear", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		As[Bytes](self).B = []byte{}
		return None, nil
	})
	ba("copy", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		return NewByteArray(bytesCopy(As[Bytes](self).B)), nil
	})
	ba("reverse", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		b := As[Bytes](self).B
		for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
			b[i], b[j] = b[j], b[i]
		}
		return None, nil
	})
	ByteArrayType.SetAttrString("__hash__", None)
}

// byteValue converts an int-like to a byte for bytearray mutators.
func byteValue(t *Thread, v Value) (byte, *BaseException) {
	if !IsIntValue(v) && v.Type().Index == nil {
		return 0, Errorf(ExcTypeError, "'%s' object cannot be interpreted as an integer", v.Type().Name)
	}
	n, err := intArg(t, v)
	if err != nil {
		return 0, err
	}
	if n < 0 || n > 255 {
		return 0, Errorf(ExcValueError, "byte must be in range(0, 256)")
	}
	return byte(n), nil
}

// byteArraySetItem is b[k] = v and del b[k] (v Null).
func byteArraySetItem(t *Thread, self, k, v Value) *BaseException {
	b := As[Bytes](self)
	n := len(b.B)
	if k.Type() == SliceType {
		start, stop, step, err := As[Slice](k).Indices(t, n)
		if err != nil {
			return err
		}
		var src []byte
		if !v.IsNull() {
			if x, ok := bytesLikeOf(v); ok {
				src = bytesCopy(x)
			} else if IsIntValue(v) {
				return Errorf(ExcTypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)")
			} else {
				items, err := IterToSlice(t, v)
				if err != nil {
					return Errorf(ExcTypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)")
				}
				for _, it := range items {
					c, err := byteValue(t, it)
					if err != nil {
						return err
					}
					src = append(src, c)
				}
			}
		}
		if step == 1 {
			if stop < start {
				stop = start
			}
			b.B = append(b.B[:start:start], append(src, b.B[stop:]...)...)
			return nil
		}
		var idx []int
		for k, i, n := 0, start, SliceLen(start, stop, step); k < n; k, i = k+1, i+step {
			idx = append(idx, i)
		}
		if v.IsNull() {
			del := map[int]bool{}
			for _, i := range idx {
				del[i] = true
			}
			out := b.B[:0:0]
			for i, c := range b.B {
				if !del[i] {
					out = append(out, c)
				}
			}
			b.B = out
			return nil
		}
		if len(src) != len(idx) {
			return Errorf(ExcValueError, "attempt to assign bytes of size %d to extended slice of size %d", len(src), len(idx))
		}
		for j, i := range idx {
			b.B[i] = src[j]
		}
		return nil
	}
	if !IsIntValue(k) && k.Type().Index == nil {
		return Errorf(ExcTypeError, "bytearray indices must be integers or slices, not %s", k.Type().Name)
	}
	i, err := intArg(t, k)
	if err != nil {
		return err
	}
	// the value is converted before the size is read: its __index__ may
	// resize the bytearray (GH-91153)
	var c byte
	if !v.IsNull() {
		if c, err = byteValue(t, v); err != nil {
			return err
		}
	}
	n = len(b.B)
	if i < 0 {
		i += int64(n)
	}
	if i < 0 || i >= int64(n) {
		return Errorf(ExcIndexError, "bytearray index out of range")
	}
	if v.IsNull() {
		b.B = append(b.B[:i], b.B[i+1:]...)
		return nil
	}
	b.B[i] = c
	return nil
}
