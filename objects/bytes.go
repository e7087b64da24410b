package objects

import (
	"bytes"
	"strings"

	"taipan/syntax"
)

// BytesType is `bytes`.
var BytesType = builtinType("bytes", nil, FlagBaseType)

// Bytes is an immutable byte string.
type Bytes struct {
	Header
	B []byte
}

// NewBytes returns a bytes value holding b (not copied).
func NewBytes(b []byte) Value { return Obj(&Bytes{Header: Header{BytesType}, B: b}) }

var bytesIterType = builtinType("bytes_iterator", nil, 0)

type bytesIter struct {
	Header
	b   []byte
	pos int
}

func bytesOf(v Value) ([]byte, bool) { return bytesLikeOf(v) }

func init() {
	BytesType.Repr = func(t *Thread, v Value) (Value, *BaseException) {
		return NewStrValue(syntax.QuoteBytes(As[Bytes](v).B)), nil
	}
	BytesType.Hash = func(t *Thread, v Value) (int64, *BaseException) {
		return hashBytes(As[Bytes](v).B), nil
	}
	BytesType.Len = func(t *Thread, v Value) (int, *BaseException) { return len(As[Bytes](v).B), nil }
	BytesType.RichCompare = func(t *Thread, a, b Value, op CompareOp) (Value, *BaseException) {
		y, ok := bytesOf(b)
		if !ok {
			return NotImplemented, nil
		}
		return Bool(cmpResult(bytes.Compare(As[Bytes](a).B, y), op)), nil
	}
	BytesType.NB[OpAdd] = func(t *Thread, a, b Value) (Value, *BaseException) {
		x, ok1 := bytesOf(a)
		y, ok2 := bytesOf(b)
		if !ok1 || !ok2 {
			return NotImplemented, nil
		}
		return NewBytes(append(append([]byte(nil), x...), y...)), nil
	}
	BytesType.NB[OpMul] = func(t *Thread, a, b Value) (Value, *BaseException) {
		s, n := a, b
		if !s.IsInstance(BytesType) {
			s, n = b, a
		}
		k, notImpl, err := repeatCount(t, n, len(As[Bytes](s).B), 1)
		if notImpl || err != nil {
			return NotImplemented, err
		}
		return NewBytes(bytes.Repeat(As[Bytes](s).B, k)), nil
	}
	BytesType.GetItem = func(t *Thread, v, k Value) (Value, *BaseException) {
		b := As[Bytes](v).B
		if k.Type() == SliceType {
			start, stop, step, err := As[Slice](k).Indices(t, len(b))
			if err != nil {
				return Null, err
			}
			var out []byte
			for k, i, n := 0, start, SliceLen(start, stop, step); k < n; k, i = k+1, i+step {
				out = append(out, b[i])
			}
			return NewBytes(out), nil
		}
		i, err := IndexOf(t, k, "byte")
		if err != nil {
			return Null, err
		}
		if i < 0 {
			i += len(b)
		}
		if i < 0 || i >= len(b) {
			return Null, Errorf(ExcIndexError, "index out of range")
		}
		return Int(int64(b[i])), nil
	}
	BytesType.Contains = func(t *Thread, v, x Value) (bool, *BaseException) {
		b := As[Bytes](v).B
		if sub, ok := bytesOf(x); ok {
			return bytes.Contains(b, sub), nil
		}
		i, ok := IntToInt64(x)
		if !ok || i < 0 || i > 255 {
			return false, Errorf(ExcTypeError, "a bytes-like object is required, not '%s'", x.Type().Name)
		}
		return bytes.IndexByte(b, byte(i)) >= 0, nil
	}
	BytesType.Iter = func(t *Thread, v Value) (Value, *BaseException) {
		return Obj(&bytesIter{Header: Header{bytesIterType}, b: As[Bytes](v).B}), nil
	}
	bytesIterType.Iter = selfIter
	bytesIterType.Next = func(t *Thread, v Value) (Value, *BaseException) {
		it := As[bytesIter](v)
		if it.pos >= len(it.b) {
			return Null, nil
		}
		it.pos++
		return Int(int64(it.b[it.pos-1])), nil
	}
	BytesType.New = func(t *Thread, typ *Type, args []Value, kwnames *Tuple) (Value, *BaseException) {
		if len(args) == 0 {
			return NewBytes(nil), nil
		}
		x := args[0]
		if x.Type() == StrType {
			if len(args) < 2 {
				return Null, Errorf(ExcTypeError, "string argument without an encoding")
			}
			return encodeArgs(t, x, args[1:], nil)
		}
		if n, ok := smallOf(x); ok {
			if n < 0 {
				return Null, Errorf(ExcValueError, "negative count")
			}
			return NewBytes(make([]byte, n)), nil
		}
		items, err := IterToSlice(t, x)
		if err != nil {
			return Null, err
		}
		out := make([]byte, len(items))
		for i, it := range items {
			n, ok := IntToInt64(it)
			if !ok || n < 0 || n > 255 {
				return Null, Errorf(ExcValueError, "bytes must be in range(0, 256)")
			}
			out[i] = byte(n)
		}
		return NewBytes(out), nil
	}
	BytesType.AddMethod("hex", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		var sb strings.Builder
		for _, c := range As[Bytes](self).B {
			sb.WriteByte("0123456789abcdef"[c>>4])
			sb.WriteByte("0123456789abcdef"[c&15])
		}
		return NewStrValue(sb.String()), nil
	})
}
