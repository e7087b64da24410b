// Package struct is the _struct module: conversion between Python values
// and C structs packed in bytes, with CPython 3.11's formats, sizes,
// alignment rules and error messages.
package struct_

import (
	"encoding/binary"
	"math"
	"math/big"
	"sync"

	"taipan/modules/internal/dmargs"
	"taipan/objects"
)

type (
	Value = objects.Value
	Exc   = objects.BaseException
)

var null = objects.Null

// ErrorType is struct.error.
var ErrorType = dmargs.NewError("struct", "error", objects.ExcException)

// StructType is _struct.Struct.
var StructType = objects.NewType("_struct", "Struct", nil, objects.FlagBaseType|objects.FlagHasAttrs)

var unpackIterType = objects.NewType("_struct", "unpack_iterator", nil, 0)

// code is one compiled format item.
type code struct {
	c     byte
	off   int
	size  int // item size (for s and p: the whole field)
	count int // repeat count (1 for s and p)
}

// Struct is a compiled format.
type Struct struct {
	objects.Header
	objects.Attrs
	format Value // the format as given (str or bytes); Null before __init__
	fmt    string
	size   int
	nitems int
	order  byte // '@' native, '<' little, '>' big (= and ! folded)
	codes  []code
	zeroP  bool // has a 0p item (CPython fails to unpack it)
}

func structErr(format string, args ...any) *Exc { return dmargs.Raise(ErrorType, format, args...) }

// item sizes: native (x86-64 / arm64 LP64) and standard.
func itemSize(c byte, native bool) (size, align int, ok bool) {
	switch c {
	case 'x', 'c', 'b', 'B', '?', 's', 'p':
		return 1, 1, true
	case 'h', 'H', 'e':
		return 2, 2, true
	case 'i', 'I', 'f':
		return 4, 4, true
	case 'l', 'L':
		if native {
			return 8, 8, true
		}
		return 4, 4, true
	case 'q', 'Q', 'd':
		return 8, 8, true
	case 'n', 'N', 'P':
		if native {
			return 8, 8, true
		}
	}
	return 0, 0, false
}

const maxSsize = math.MaxInt64

// maxAlloc bounds a packed buffer: beyond it pack raises MemoryError
// (as CPython does when malloc fails) instead of Go aborting.
const maxAlloc = 1 << 36

// compile parses a format string.
func compile(f string) (*Struct, *Exc) {
	s := &Struct{fmt: f}
	i := 0
	order := byte('@')
	if len(f) > 0 {
		switch f[0] {
		case '@', '=', '<', '>', '!':
			order = f[0]
			i = 1
		}
	}
	native := order == '@'
	switch order {
	case '=', '<':
		s.order = '<'
	case '>', '!':
		s.order = '>'
	default:
		s.order = '@'
	}
	size := 0
	for i < len(f) {
		c := f[i]
		i++
		if isSpace(c) {
			continue
		}
		num := 1
		if c >= '0' && c <= '9' {
			num = int(c - '0')
			for {
				if i >= len(f) {
					return nil, structErr("repeat count given without format specifier")
				}
				c = f[i]
				i++
				if c < '0' || c > '9' {
					break
				}
				if num >= maxSsize/10 && (num > maxSsize/10 || int(c-'0') > maxSsize%10) {
					return nil, structErr("total struct size too long")
				}
				num = num*10 + int(c-'0')
			}
		}
		isz, al, ok := itemSize(c, native)
		if !ok {
			return nil, structErr("bad char in struct format")
		}
		if native && size > 0 && al > 1 {
			extra := (al - 1) - (size-1)%al
			if extra > maxSsize-size {
				return nil, structErr("total struct size too long")
			}
			size += extra
		}
		if num > (maxSsize-size)/isz {
			return nil, structErr("total struct size too long")
		}
		switch c {
		case 's', 'p':
			if c == 'p' && num == 0 {
				s.zeroP = true
			}
			s.codes = append(s.codes, code{c: c, off: size, size: num, count: 1})
			s.nitems++
		case 'x':
		default:
			if num > 0 {
				s.codes = append(s.codes, code{c: c, off: size, size: isz, count: num})
				s.nitems += num
			}
		}
		size += num * isz
	}
	s.size = size
	return s, nil
}

func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
}

func (s *Struct) byteOrder() binary.ByteOrder {
	if s.order == '>' {
		return binary.BigEndian
	}
	return binary.LittleEndian
}

// ---- packing ----

var (
	minInt64 = big.NewInt(math.MinInt64)
	maxU64   = new(big.Int).SetUint64(math.MaxUint64)
)

// intArg converts a pack argument to an int (small or big).
func intArg(t *objects.Thread, v Value) (int64, *big.Int, *Exc) {
	if v.IsSmallInt() || v.IsBool() {
		return v.SmallInt(), nil, nil
	}
	if !objects.IsIntValue(v) {
		if v.Type().Index == nil {
			return 0, nil, structErr("required argument is not an integer")
		}
		x, err := objects.Index(t, v)
		if err != nil {
			return 0, nil, err
		}
		v = x
	}
	if i, ok := objects.IntToInt64(v); ok {
		return i, nil, nil
	}
	b, _ := objects.BigOf(v)
	return 0, b, nil
}

func floatArg(t *objects.Thread, v Value) (float64, *Exc) {
	if v.IsFloat() {
		return v.FloatVal(), nil
	}
	f, ok, err := objects.FloatOf(v)
	if err == nil && ok {
		return f, nil
	}
	if err == nil {
		r, found, err2 := objects.CallDunder(t, v, "__float__")
		if err2 == nil && found {
			if f, ok, _ := objects.FloatOf(r); ok && (r.IsFloat() || r.Type().IsSubtype(objects.FloatType)) {
				return f, nil
			}
		}
		if err2 == nil && !found && v.Type().Index != nil {
			x, err3 := objects.Index(t, v)
			if err3 == nil {
				if f, ok, err4 := objects.FloatOf(x); err4 == nil && ok {
					return f, nil
				}
			}
		}
	}
	return 0, structErr("required argument is not a float")
}

func rangeErr(c byte, size int, unsigned bool) *Exc {
	ul := uint64(math.MaxUint64) >> ((8 - size) * 8)
	if unsigned {
		return structErr("'%c' format requires 0 <= number <= %d", c, ul)
	}
	l := int64(ul >> 1)
	return structErr("'%c' format requires %d <= number <= %d", c, ^l, l)
}

// packInt encodes an integer item.
func (s *Struct) packInt(t *objects.Thread, buf []byte, c byte, size int, v Value) *Exc {
	x, b, err := intArg(t, v)
	if err != nil {
		return err
	}
	var u uint64
	switch c {
	case 'b':
		if b != nil || x < -128 || x > 127 {
			if b != nil {
				return structErr("argument out of range")
			}
			return structErr("byte format requires -128 <= number <= 127")
		}
		buf[0] = byte(x)
		return nil
	case 'B':
		if b != nil || x < 0 || x > 255 {
			if b != nil {
				return structErr("argument out of range")
			}
			return structErr("ubyte format requires 0 <= number <= 255")
		}
		buf[0] = byte(x)
		return nil
	case 'h':
		if b != nil {
			return structErr("argument out of range")
		}
		if s.order == '>' && (x < -32768 || x > 32767) {
			return rangeErr(c, 2, false)
		}
		if x < -32768 || x > 32767 {
			return structErr("short format requires -32768 <= number <= 32767")
		}
		u = uint64(x)
	case 'H':
		if s.order == '>' && b != nil && b.Sign() > 0 && b.Cmp(maxU64) <= 0 {
			return rangeErr(c, 2, true)
		}
		if b != nil || (s.order == '>' && x < 0) {
			return structErr("argument out of range")
		}
		if s.order == '>' && x > 65535 {
			return rangeErr(c, 2, true)
		}
		if x < 0 || x > 65535 {
			return structErr("ushort format requires 0 <= number <= 65535")
		}
		u = uint64(x)
	case 'i', 'l', 'q', 'n':
		if b != nil && c == 'q' && s.order == '>' {
			return structErr("int too large to convert")
		}
		if b != nil {
			return structErr("argument out of range")
		}
		if size == 4 && (x < math.MinInt32 || x > math.MaxInt32) {
			return rangeErr(c, 4, false)
		}
		u = uint64(x)
	case 'I', 'L', 'Q', 'N':
		if c == 'Q' && s.order == '>' && (x < 0 || b != nil && (b.Sign() < 0 || b.Cmp(maxU64) > 0)) {
			return structErr("int too large to convert")
		}
		if b != nil {
			if b.Sign() < 0 || b.Cmp(maxU64) > 0 {
				return structErr("argument out of range")
			}
			u = b.Uint64()
		} else {
			if x < 0 {
				return structErr("argument out of range")
			}
			u = uint64(x)
		}
		if size == 4 && u > math.MaxUint32 {
			return rangeErr(c, 4, true)
		}
	case 'P':
		if b != nil {
			if b.Sign() < 0 && b.Cmp(minInt64) < 0 || b.Cmp(maxU64) > 0 {
				return structErr("int too large to convert")
			}
			if b.Sign() < 0 {
				u = uint64(b.Int64())
			} else {
				u = b.Uint64()
			}
		} else {
			u = uint64(x)
		}
	}
	bo := s.byteOrder()
	switch size {
	case 2:
		bo.PutUint16(buf, uint16(u))
	case 4:
		bo.PutUint32(buf, uint32(u))
	case 8:
		bo.PutUint64(buf, u)
	}
	return nil
}

func (s *Struct) packItem(t *objects.Thread, buf []byte, c *code, v Value) *Exc {
	switch c.c {
	case 'c':
		if !v.IsInstance(objects.BytesType) || len(objects.As[objects.Bytes](v).B) != 1 {
			return structErr("char format requires a bytes object of length 1")
		}
		b := objects.As[objects.Bytes](v).B
		if len(b) != 1 {
			return structErr("char format requires a bytes object of length 1")
		}
		buf[0] = b[0]
	case '?':
		tr, err := objects.Truth(t, v)
		if err != nil {
			return err
		}
		if tr {
			buf[0] = 1
		} else {
			buf[0] = 0
		}
	case 's', 'p':
		b, ok := bytesLike(v)
		if !ok {
			return structErr("argument for '%c' must be a bytes object", c.c)
		}
		if c.c == 's' {
			n := copy(buf[:c.size], b)
			clear(buf[n:c.size])
			return nil
		}
		n := len(b)
		if n > c.size-1 {
			n = c.size - 1
		}
		if n > 0 {
			copy(buf[1:1+n], b[:n])
		}
		if c.size > 0 {
			clear(buf[1+n : c.size])
			if n > 255 {
				n = 255
			}
			buf[0] = byte(n)
		}
	case 'e':
		f, err := floatArg(t, v)
		if err != nil {
			return err
		}
		h, ok := packHalf(f)
		if !ok && objects.IsIntValue(v) {
			return structErr("int too large to convert")
		}
		if !ok {
			return objects.Errorf(objects.ExcOverflowError, "float too large to pack with e format")
		}
		s.byteOrder().PutUint16(buf, h)
	case 'f':
		f, err := floatArg(t, v)
		if err != nil {
			return err
		}
		y := float32(f)
		if s.order != '@' && math.IsInf(float64(y), 0) && !math.IsInf(f, 0) {
			return objects.Errorf(objects.ExcOverflowError, "float too large to pack with f format")
		}
		s.byteOrder().PutUint32(buf, math.Float32bits(y))
	case 'd':
		f, err := floatArg(t, v)
		if err != nil {
			return err
		}
		s.byteOrder().PutUint64(buf, math.Float64bits(f))
	default:
		return s.packInt(t, buf, c.c, c.size, v)
	}
	return nil
}

func bytesLike(v Value) ([]byte, bool) {
	if v.IsInstance(objects.BytesType) {
		return objects.As[objects.Bytes](v).B, true
	}
	if v.IsInstance(objects.StrType) || v.IsSmallInt() || v.IsFloat() {
		return nil, false
	}
	if v.IsInstance(objects.ByteArrayType) {
		b, _, ok := objects.BufferOf(v)
		return b, ok
	}
	return nil, false
}

// packInto writes args into buf (len(buf) >= s.size, zeroed pad bytes).
func (s *Struct) packInto(t *objects.Thread, buf []byte, args []Value) *Exc {
	k := 0
	for ci := range s.codes {
		c := &s.codes[ci]
		off := c.off
		for j := 0; j < c.count; j++ {
			if err := s.packItem(t, buf[off:], c, args[k]); err != nil {
				return err
			}
			k++
			off += c.size
		}
	}
	return nil
}

// ---- unpacking ----

func (s *Struct) unpackItem(buf []byte, c byte, size int) Value {
	bo := s.byteOrder()
	switch c {
	case 'c':
		return objects.NewBytes([]byte{buf[0]})
	case '?':
		return objects.Bool(buf[0] != 0)
	case 'b':
		return objects.Int(int64(int8(buf[0])))
	case 'B':
		return objects.Int(int64(buf[0]))
	case 's':
		return objects.NewBytes(append([]byte(nil), buf[:size]...))
	case 'p':
		if size == 0 {
			return objects.NewBytes(nil)
		}
		n := int(buf[0])
		if n >= size {
			n = size - 1
		}
		return objects.NewBytes(append([]byte(nil), buf[1:1+n]...))
	case 'e':
		return objects.Float(unpackHalf(bo.Uint16(buf)))
	case 'f':
		return objects.Float(float64(math.Float32frombits(bo.Uint32(buf))))
	case 'd':
		return objects.Float(math.Float64frombits(bo.Uint64(buf)))
	}
	var u uint64
	switch size {
	case 2:
		u = uint64(bo.Uint16(buf))
	case 4:
		u = uint64(bo.Uint32(buf))
	case 8:
		u = bo.Uint64(buf)
	}
	switch c {
	case 'h':
		return objects.Int(int64(int16(u)))
	case 'i', 'l':
		if size == 4 {
			return objects.Int(int64(int32(u)))
		}
		return objects.Int(int64(u))
	case 'q', 'n':
		return objects.Int(int64(u))
	}
	if u > math.MaxInt64 {
		return objects.NewBigInt(new(big.Int).SetUint64(u))
	}
	return objects.Int(int64(u))
}

func (s *Struct) unpack(buf []byte) (Value, *Exc) {
	if s.zeroP {
		return null, objects.Errorf(objects.ExcSystemError, "Negative size passed to PyBytes_FromStringAndSize")
	}
	tup := objects.AllocTuple(s.nitems)
	k := 0
	for ci := range s.codes {
		c := &s.codes[ci]
		off := c.off
		for j := 0; j < c.count; j++ {
			tup.Items[k] = s.unpackItem(buf[off:], c.c, c.size)
			k++
			off += c.size
		}
	}
	return objects.Obj(tup), nil
}

// ---- half floats (IEEE 754 binary16), round half to even ----

func packHalf(x float64) (uint16, bool) {
	var sign uint16
	if math.Signbit(x) {
		sign = 0x8000
	}
	if math.IsNaN(x) {
		return sign | 0x7e00, true
	}
	if math.IsInf(x, 0) {
		return sign | 0x7c00, true
	}
	a := math.Abs(x)
	if a == 0 {
		return sign, true
	}
	frac, e := math.Frexp(a) // a = frac * 2**e, 0.5 <= frac < 1
	frac *= 2
	e--
	// now 1 <= frac < 2, a = frac * 2**e
	if e >= 16 {
		return 0, false
	}
	var bits uint64
	var exp int
	if e < -14 {
		// subnormal: a / 2**-24
		frac = math.Ldexp(frac, e+14)
		exp = 0
	} else {
		exp = e + 15
		frac -= 1
	}
	frac *= 1024
	bits = uint64(frac)
	rem := frac - float64(bits)
	if rem > 0.5 || (rem == 0.5 && bits&1 == 1) {
		bits++
		if bits == 1024 {
			bits = 0
			exp++
			if exp == 31 {
				return 0, false
			}
		}
	}
	return sign | uint16(exp)<<10 | uint16(bits), true
}

func unpackHalf(h uint16) float64 {
	sign := 1.0
	if h&0x8000 != 0 {
		sign = -1
	}
	e := int(h>>10) & 0x1f
	f := float64(h & 0x3ff)
	switch e {
	case 0x1f:
		if f == 0 {
			return math.Inf(int(sign))
		}
		return math.Copysign(math.Float64frombits(0x7ff8000000000000), sign)
	case 0:
		return sign * math.Ldexp(f, -24)
	}
	return sign * math.Ldexp(1+f/1024, e-15)
}

// ---- the cache and argument helpers ----

const maxCache = 100

var (
	cacheMu    sync.Mutex
	strCache   = map[string]*Struct{}
	bytesCache = map[string]*Struct{}
)

func formatKey(v Value) (string, bool, *Exc) {
	if s, ok := dmargs.Str(v); ok {
		return s, false, nil
	}
	if v.IsInstance(objects.BytesType) {
		return string(objects.As[objects.Bytes](v).B), true, nil
	}
	return "", false, objects.Errorf(objects.ExcTypeError, "Struct() argument 1 must be a str or bytes object, not %s", v.Type().Name)
}

func checkASCII(s string) *Exc {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return objects.Errorf(objects.ExcUnicodeEncodeError, "'ascii' codec can't encode character in position %d: ordinal not in range(128)", i)
		}
	}
	return nil
}

// lookup returns the compiled Struct for a format object. The common
// case (a cached str format) allocates nothing.
func lookup(v Value) (*Struct, *Exc) {
	if v.Type() == StructType {
		return objects.As[Struct](v), nil
	}
	var (
		key     string
		isBytes bool
		cache   map[string]*Struct
	)
	switch {
	case v.Type() == objects.StrType:
		key, cache = objects.As[objects.Str](v).S, strCache
	case v.Type() == objects.BytesType:
		b := objects.As[objects.Bytes](v).B
		cacheMu.Lock()
		s, ok := bytesCache[string(b)]
		cacheMu.Unlock()
		if ok {
			return s, nil
		}
		key, isBytes, cache = string(b), true, bytesCache
	default:
		k, ib, err := formatKey(v)
		if err != nil {
			return nil, err
		}
		key, isBytes = k, ib
		cache = strCache
		if ib {
			cache = bytesCache
		}
	}
	cacheMu.Lock()
	s, ok := cache[key]
	cacheMu.Unlock()
	if ok {
		return s, nil
	}
	if !isBytes {
		if err := checkASCII(key); err != nil {
			return nil, err
		}
	}
	s, err := compile(key)
	if err != nil {
		return nil, err
	}
	s.SetType(StructType)
	s.format = v
	cacheMu.Lock()
	if len(strCache)+len(bytesCache) >= maxCache {
		clear(strCache)
		clear(bytesCache)
	}
	cache[key] = s
	cacheMu.Unlock()
	return s, nil
}

func self(v Value) (*Struct, *Exc) { return objects.As[Struct](v), nil }

func (s *Struct) pack(t *objects.Thread, fn string, args []Value) (Value, *Exc) {
	if len(args) != s.nitems {
		return null, structErr("%s expected %d items for packing (got %d)", fn, s.nitems, len(args))
	}
	if s.size > maxAlloc {
		return null, objects.NewException(objects.ExcMemoryError)
	}
	buf := make([]byte, s.size)
	if err := s.packInto(t, buf, args); err != nil {
		return null, err
	}
	return objects.NewBytes(buf), nil
}

func (s *Struct) packIntoArgs(t *objects.Thread, args []Value) (Value, *Exc) {
	if len(args) != s.nitems+2 {
		switch len(args) {
		case 0:
			return null, structErr("pack_into expected buffer argument")
		case 1:
			return null, structErr("pack_into expected offset argument")
		}
		return null, structErr("pack_into expected %d items for packing (got %d)", s.nitems, len(args)-2)
	}
	buf, err := dmargs.WritableBuffer(args[0])
	if err != nil {
		return null, err
	}
	off, ok, err := dmargs.IndexInt64(t, args[1])
	if err != nil {
		return null, err
	}
	if !ok {
		return null, objects.Errorf(objects.ExcOverflowError, "Python int too large to convert to C ssize_t")
	}
	n := int64(len(buf))
	size := int64(s.size)
	if off < 0 {
		if off+size > 0 {
			return null, structErr("no space to pack %d bytes at offset %d", size, off)
		}
		if off+n < 0 {
			return null, structErr("offset %d out of range for %d-byte buffer", off, n)
		}
		off += n
	}
	if n-off < size {
		return null, structErr("pack_into requires a buffer of at least %d bytes for packing %d bytes at offset %d (actual buffer size is %d)", size+off, size, off, n)
	}
	if s.size > maxAlloc {
		return null, objects.NewException(objects.ExcMemoryError)
	}
	tmp := make([]byte, s.size)
	if err := s.packInto(t, tmp, args[2:]); err != nil {
		return null, err
	}
	copy(buf[off:], tmp)
	return objects.None, nil
}

func (s *Struct) unpackArgs(v Value) (Value, *Exc) {
	buf, err := dmargs.Buffer(v)
	if err != nil {
		return null, err
	}
	if len(buf) != s.size {
		return null, structErr("unpack requires a buffer of %d bytes", s.size)
	}
	return s.unpack(buf)
}

func (s *Struct) unpackFrom(t *objects.Thread, bufv, offv Value) (Value, *Exc) {
	buf, err := dmargs.Buffer(bufv)
	if err != nil {
		return null, err
	}
	if s.size < 0 {
		return null, objects.Errorf(objects.ExcSystemError, "../Objects/tupleobject.c:36: bad argument to internal function")
	}
	off := int64(0)
	if !offv.IsNull() {
		o, ok, err := dmargs.IndexInt64(t, offv)
		if err != nil {
			return null, err
		}
		if !ok {
			return null, objects.Errorf(objects.ExcOverflowError, "Python int too large to convert to C ssize_t")
		}
		off = o
	}
	n := int64(len(buf))
	size := int64(s.size)
	if off < 0 {
		if off+n < 0 {
			return null, structErr("offset %d out of range for %d-byte buffer", off, n)
		}
		off += n
	}
	if n-off < size {
		if off > n {
			return null, structErr("unpack_from requires a buffer of at least %d bytes for unpacking %d bytes at offset %d (actual buffer size is %d)", size+off, size, off, n)
		}
		return null, structErr("unpack_from requires a buffer of at least %d bytes for unpacking %d bytes at offset %d (actual buffer size is %d)", size+off, size, off, n)
	}
	return s.unpack(buf[off:])
}

type unpackIter struct {
	objects.Header
	s   *Struct
	buf []byte
	pos int
}

func (s *Struct) iterUnpack(v Value) (Value, *Exc) {
	buf, err := dmargs.Buffer(v)
	if err != nil {
		return null, err
	}
	if s.size == 0 {
		return null, structErr("cannot iteratively unpack with a struct of length 0")
	}
	if s.size < 0 {
		it := &unpackIter{}
		it.SetType(unpackIterType)
		return objects.Obj(it), nil
	}
	if len(buf)%s.size != 0 {
		return null, structErr("iterative unpacking requires a buffer of a multiple of %d bytes", s.size)
	}
	it := &unpackIter{s: s, buf: buf}
	it.SetType(unpackIterType)
	return objects.Obj(it), nil
}

// ---- the module ----

func init() {
	st := StructType
	st.New = func(t *objects.Thread, typ *objects.Type, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
		s := &Struct{size: -1, nitems: -1} // as CPython's before __init__
		s.SetType(typ)
		s.Attrs.Map = typ.RootMap
		return objects.Obj(s), nil
	}
	st.Init = func(t *objects.Thread, selfv Value, args []Value, kwnames *objects.Tuple) *Exc {
		var f Value
		if err := dmargs.Parse("Struct", args, kwnames, []string{"format"}, 1, []*Value{&f}); err != nil {
			return err
		}
		key, isBytes, err := formatKey(f)
		if err != nil {
			return err
		}
		if !isBytes {
			if err := checkASCII(key); err != nil {
				return err
			}
		}
		c, err := compile(key)
		if err != nil {
			return err
		}
		s := objects.As[Struct](selfv)
		s.format, s.fmt, s.size, s.nitems, s.order, s.codes, s.zeroP = f, c.fmt, c.size, c.nitems, c.order, c.codes, c.zeroP
		return nil
	}
	st.AddMethod("pack", func(t *objects.Thread, sv Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
		if err := dmargs.NoKw("Struct.pack", kwnames); err != nil {
			return null, err
		}
		s, err := self(sv)
		if err != nil {
			return null, err
		}
		return s.pack(t, "pack", args)
	})
	st.AddMethod("pack_into", func(t *objects.Thread, sv Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
		if err := dmargs.NoKw("Struct.pack_into", kwnames); err != nil {
			return null, err
		}
		s, err := self(sv)
		if err != nil {
			return null, err
		}
		return s.packIntoArgs(t, args)
	})
	st.AddMethod("unpack", func(t *objects.Thread, sv Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
		if err := dmargs.Positional("Struct.unpack", args, kwnames, 1, 1); err != nil {
			return null, err
		}
		s, err := self(sv)
		if err != nil {
			return null, err
		}
		return s.unpackArgs(args[0])
	})
	st.AddMethod("unpack_from", func(t *objects.Thread, sv Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
		var b, off Value
		if err := dmargs.Parse("unpack_from", args, kwnames, []string{"buffer", "offset"}, 1, []*Value{&b, &off}); err != nil {
			return null, err
		}
		s, err := self(sv)
		if err != nil {
			return null, err
		}
		return s.unpackFrom(t, b, off)
	})
	st.AddMethod("iter_unpack", func(t *objects.Thread, sv Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
		if err := dmargs.Positional("Struct.iter_unpack", args, kwnames, 1, 1); err != nil {
			return null, err
		}
		s, err := self(sv)
		if err != nil {
			return null, err
		}
		return s.iterUnpack(args[0])
	})
	st.AddMethod("__sizeof__", func(t *objects.Thread, sv Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
		s := objects.As[Struct](sv)
		return objects.Int(int64(64 + 32*(len(s.codes)+1))), nil
	})
	dmargs.AddGetter(st, "format", func(v Value) Value {
		s := objects.As[Struct](v)
		if s.format.IsNull() {
			return objects.NewStrValue("")
		}
		return objects.NewStrValue(s.fmt)
	})
	dmargs.AddGetter(st, "size", func(v Value) Value { return objects.Int(int64(objects.As[Struct](v).size)) })
	st.Finish()

	it := unpackIterType
	it.Iter = func(t *objects.Thread, v Value) (Value, *Exc) { return v, nil }
	it.Next = func(t *objects.Thread, v Value) (Value, *Exc) {
		u := objects.As[unpackIter](v)
		if u.s == nil || u.pos+u.s.size > len(u.buf) {
			u.s = nil
			return null, nil
		}
		r, err := u.s.unpack(u.buf[u.pos:])
		u.pos += u.s.size
		return r, err
	}
	it.AddMethod("__length_hint__", func(t *objects.Thread, v Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
		u := objects.As[unpackIter](v)
		if u.s == nil {
			return objects.Int(0), nil
		}
		return objects.Int(int64((len(u.buf) - u.pos) / u.s.size)), nil
	})
	it.New = nil
	it.Finish()

	objects.RegisterModule("_struct", func(t *objects.Thread, m *objects.Module) *Exc {
		m.Set("__doc__", objects.NewStrValue(moduleDoc))
		m.Set("Struct", objects.Obj(StructType))
		m.Set("error", objects.Obj(ErrorType))
		dmargs.Func(m, "_clearcache", func(t *objects.Thread, _ Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
			cacheMu.Lock()
			clear(strCache)
			clear(bytesCache)
			cacheMu.Unlock()
			return objects.None, nil
		})
		dmargs.Func(m, "calcsize", func(t *objects.Thread, _ Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
			if err := dmargs.Positional("_struct.calcsize", args, kwnames, 1, 1); err != nil {
				return null, err
			}
			s, err := lookup(args[0])
			if err != nil {
				return null, err
			}
			return objects.Int(int64(s.size)), nil
		})
		dmargs.Func(m, "pack", func(t *objects.Thread, _ Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
			if len(args) == 0 {
				return null, objects.Errorf(objects.ExcTypeError, "missing format argument")
			}
			if err := dmargs.NoKw("_struct.pack", kwnames); err != nil {
				return null, err
			}
			s, err := lookup(args[0])
			if err != nil {
				return null, err
			}
			return s.pack(t, "pack", args[1:])
		})
		dmargs.Func(m, "pack_into", func(t *objects.Thread, _ Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
			if len(args) == 0 {
				return null, objects.Errorf(objects.ExcTypeError, "missing format argument")
			}
			if err := dmargs.NoKw("_struct.pack_into", kwnames); err != nil {
				return null, err
			}
			s, err := lookup(args[0])
			if err != nil {
				return null, err
			}
			return s.packIntoArgs(t, args[1:])
		})
		dmargs.Func(m, "unpack", func(t *objects.Thread, _ Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
			if err := dmargs.Positional("_struct.unpack", args, kwnames, 2, 2); err != nil {
				return null, err
			}
			s, err := lookup(args[0])
			if err != nil {
				return null, err
			}
			return s.unpackArgs(args[1])
		})
		dmargs.Func(m, "unpack_from", func(t *objects.Thread, _ Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
			var f, b, off Value
			if err := dmargs.Parse("unpack_from", args, kwnames, []string{"/format", "buffer", "offset"}, 2, []*Value{&f, &b, &off}); err != nil {
				return null, err
			}
			s, err := lookup(f)
			if err != nil {
				return null, err
			}
			return s.unpackFrom(t, b, off)
		})
		dmargs.Func(m, "iter_unpack", func(t *objects.Thread, _ Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
			if err := dmargs.Positional("_struct.iter_unpack", args, kwnames, 2, 2); err != nil {
				return null, err
			}
			s, err := lookup(args[0])
			if err != nil {
				return null, err
			}
			return s.iterUnpack(args[1])
		})
		return nil
	})
}

const moduleDoc = `Convert between Python values and C structs held in bytes objects.

A format string optionally starts with a byte-order character
(@ native, = native order standard sizes, < little-endian, > and ! big-endian)
followed by type codes, each optionally preceded by a repeat count:
x pad byte, c char, b/B signed/unsigned byte, ? bool, h/H short, i/I int,
l/L long, q/Q long long, n/N ssize_t/size_t (native only), e half float,
f float, d double, s bytes, p Pascal string, P pointer (native only).
Errors raise struct.error.
`
