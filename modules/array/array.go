// Package array is the array module: compact arrays of C numbers (and
// wchar_t for 'u') with CPython 3.11's conversions, methods and
// messages. Arrays expose their bytes through objects.BufferOf.
package array

import (
	"encoding/binary"
	"math"
	"math/big"
	"strings"
	"unicode/utf8"

	"taipan/modules/internal/dmargs"
	"taipan/objects"
)

type (
	Value = objects.Value
	Exc   = objects.BaseException
)

var null = objects.Null

const typecodes = "bBuhHiIlLqQfd"

// ArrayType is array.array.
var ArrayType = objects.NewType("array", "array", nil, objects.FlagBaseType|objects.FlagHasAttrs)

var iterType = objects.NewType("array", "arrayiterator", nil, 0)

// Array is an array.array.
type Array struct {
	objects.Header
	objects.Attrs
	tc   byte
	size int
	data []byte
}

func itemSize(tc byte) int {
	switch tc {
	case 'b', 'B':
		return 1
	case 'h', 'H':
		return 2
	case 'i', 'I', 'f', 'u':
		return 4
	}
	return 8
}

var le = binary.LittleEndian

func newArray(typ *objects.Type, tc byte) *Array {
	a := &Array{tc: tc, size: itemSize(tc)}
	a.SetType(typ)
	a.Attrs.Map = typ.RootMap
	return a
}

func (a *Array) Len() int { return len(a.data) / a.size }

func (a *Array) get(i int) Value {
	p := a.data[i*a.size:]
	switch a.tc {
	case 'b':
		return objects.Int(int64(int8(p[0])))
	case 'B':
		return objects.Int(int64(p[0]))
	case 'h':
		return objects.Int(int64(int16(le.Uint16(p))))
	case 'H':
		return objects.Int(int64(le.Uint16(p)))
	case 'i':
		return objects.Int(int64(int32(le.Uint32(p))))
	case 'I':
		return objects.Int(int64(le.Uint32(p)))
	case 'l', 'q':
		return objects.Int(int64(le.Uint64(p)))
	case 'L', 'Q':
		u := le.Uint64(p)
		if u > math.MaxInt64 {
			return objects.NewBigInt(new(big.Int).SetUint64(u))
		}
		return objects.Int(int64(u))
	case 'f':
		return objects.Float(float64(math.Float32frombits(le.Uint32(p))))
	case 'd':
		return objects.Float(math.Float64frombits(le.Uint64(p)))
	case 'u':
		c := le.Uint32(p)
		if c > 0x10ffff {
			c = 0xfffd // CPython raises ValueError here; get cannot fail
		}
		return objects.NewStrValue(string(rune(c)))
	}
	return objects.None
}

func ovf(msg string) *Exc { return objects.Errorf(objects.ExcOverflowError, "%s", msg) }

// toInt converts through __index__ and reports whether it fits int64.
func toInt(t *objects.Thread, v Value) (int64, *big.Int, *Exc) {
	if v.IsSmallInt() || v.IsBool() {
		return v.SmallInt(), nil, nil
	}
	x, err := objects.Index(t, v)
	if err != nil {
		return 0, nil, err
	}
	if i, ok := objects.IntToInt64(x); ok {
		return i, nil, nil
	}
	b, _ := objects.BigOf(x)
	return 0, b, nil
}

var maxU64 = new(big.Int).SetUint64(math.MaxUint64)

// pack converts v for the array's typecode into buf.
func (a *Array) pack(t *objects.Thread, buf []byte, v Value) *Exc {
	switch a.tc {
	case 'f', 'd':
		f, ok, err := objects.FloatOf(v)
		if err != nil {
			return err
		}
		if !ok {
			r, found, err := objects.CallDunder(t, v, "__float__")
			if err != nil {
				return err
			}
			if !found {
				if v.Type().Index != nil {
					x, err := objects.Index(t, v)
					if err != nil {
						return err
					}
					if f, ok, err = objects.FloatOf(x); err != nil {
						return err
					}
				} else {
					return objects.Errorf(objects.ExcTypeError, "must be real number, not %s", v.Type().Name)
				}
			} else if f, _, err = objects.FloatOf(r); err != nil {
				return err
			}
		}
		if a.tc == 'f' {
			le.PutUint32(buf, math.Float32bits(float32(f)))
		} else {
			le.PutUint64(buf, math.Float64bits(f))
		}
		return nil
	case 'u':
		if s, ok := dmargs.Str(v); ok {
			r, n := utf8.DecodeRuneInString(s)
			if n == len(s) && n > 0 {
				le.PutUint32(buf, uint32(r))
				return nil
			}
		}
		return objects.Errorf(objects.ExcTypeError, "array item must be unicode character")
	}
	x, b, err := toInt(t, v)
	if err != nil {
		return err
	}
	switch a.tc {
	case 'b', 'B', 'h', 'H', 'i', 'l':
		if b != nil {
			return ovf("Python int too large to convert to C long")
		}
	}
	switch a.tc {
	case 'b':
		switch {
		case x < math.MinInt16:
			return ovf("signed short integer is less than minimum")
		case x > math.MaxInt16:
			return ovf("signed short integer is greater than maximum")
		case x < -128:
			return ovf("signed char is less than minimum")
		case x > 127:
			return ovf("signed char is greater than maximum")
		}
		buf[0] = byte(x)
	case 'B':
		if x < 0 {
			return ovf("unsigned byte integer is less than minimum")
		}
		if x > 255 {
			return ovf("unsigned byte integer is greater than maximum")
		}
		buf[0] = byte(x)
	case 'h':
		if x < math.MinInt16 {
			return ovf("signed short integer is less than minimum")
		}
		if x > math.MaxInt16 {
			return ovf("signed short integer is greater than maximum")
		}
		le.PutUint16(buf, uint16(x))
	case 'H':
		switch {
		case x < math.MinInt32:
			return ovf("signed integer is less than minimum")
		case x > math.MaxInt32:
			return ovf("signed integer is greater than maximum")
		case x < 0:
			return ovf("unsigned short is less than minimum")
		case x > 65535:
			return ovf("unsigned short is greater than maximum")
		}
		le.PutUint16(buf, uint16(x))
	case 'i':
		if x < math.MinInt32 {
			return ovf("signed integer is less than minimum")
		}
		if x > math.MaxInt32 {
			return ovf("signed integer is greater than maximum")
		}
		le.PutUint32(buf, uint32(x))
	case 'I', 'L':
		var u uint64
		if b != nil {
			if b.Sign() < 0 {
				return ovf("can't convert negative value to unsigned int")
			}
			if b.Cmp(maxU64) > 0 {
				return ovf("Python int too large to convert to C unsigned long")
			}
			u = b.Uint64()
		} else {
			if x < 0 {
				return ovf("can't convert negative value to unsigned int")
			}
			u = uint64(x)
		}
		if a.tc == 'I' {
			if u > math.MaxUint32 {
				return ovf("unsigned int is greater than maximum")
			}
			le.PutUint32(buf, uint32(u))
		} else {
			le.PutUint64(buf, u)
		}
	case 'l':
		le.PutUint64(buf, uint64(x))
	case 'q':
		if b != nil {
			return ovf("int too big to convert")
		}
		le.PutUint64(buf, uint64(x))
	case 'Q':
		var u uint64
		if b != nil {
			if b.Sign() < 0 {
				return ovf("can't convert negative int to unsigned")
			}
			if b.Cmp(maxU64) > 0 {
				return ovf("int too big to convert")
			}
			u = b.Uint64()
		} else {
			if x < 0 {
				return ovf("can't convert negative int to unsigned")
			}
			u = uint64(x)
		}
		le.PutUint64(buf, u)
	}
	return nil
}

func (a *Array) appendValue(t *objects.Thread, v Value) *Exc {
	var tmp [8]byte
	if err := a.pack(t, tmp[:a.size], v); err != nil {
		return err
	}
	a.data = append(a.data, tmp[:a.size]...)
	return nil
}

func isArray(v Value) bool { return v.IsInstance(ArrayType) }

func arr(v Value) *Array { return objects.As[Array](v) }

func (a *Array) extendIter(t *objects.Thread, v Value) *Exc {
	if isArray(v) {
		b := arr(v)
		if b.tc != a.tc {
			return objects.Errorf(objects.ExcTypeError, "can only extend with array of same kind")
		}
		a.data = append(a.data, b.data...)
		return nil
	}
	it, err := objects.GetIter(t, v)
	if err != nil {
		return err
	}
	for {
		x, err := objects.Next(t, it)
		if err != nil {
			return err
		}
		if x.IsNull() {
			return nil
		}
		if err := a.appendValue(t, x); err != nil {
			return err
		}
	}
}

func (a *Array) frombytes(b []byte) *Exc {
	if len(b)%a.size != 0 {
		return objects.Errorf(objects.ExcValueError, "bytes length not a multiple of item size")
	}
	a.data = append(a.data, b...)
	return nil
}

func (a *Array) unicode() (string, *Exc) {
	var sb strings.Builder
	for i := 0; i < a.Len(); i++ {
		c := le.Uint32(a.data[4*i:])
		if c > 0x10ffff {
			return "", objects.Errorf(objects.ExcValueError, "character U+%x is not in range [U+0000; U+10ffff]", c)
		}
		sb.WriteRune(rune(c))
	}
	return sb.String(), nil
}

func (a *Array) fromunicode(s string) {
	for _, r := range s {
		a.data = le.AppendUint32(a.data, uint32(r))
	}
}

func (a *Array) index(t *objects.Thread, k Value, set bool) (int, *Exc) {
	if !k.IsSmallInt() && k.Type().Index == nil {
		return 0, objects.Errorf(objects.ExcTypeError, "array indices must be integers")
	}
	x, err := objects.Index(t, k)
	if err != nil {
		return 0, err
	}
	i64, ok := objects.IntToInt64(x)
	if !ok {
		return 0, objects.Errorf(objects.ExcIndexError, "cannot fit 'int' into an index-sized integer")
	}
	n := a.Len()
	i := int(i64)
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		if set {
			return 0, objects.Errorf(objects.ExcIndexError, "array assignment index out of range")
		}
		return 0, objects.Errorf(objects.ExcIndexError, "array index out of range")
	}
	return i, nil
}

func (a *Array) eqItem(t *objects.Thread, i int, v Value) (bool, *Exc) {
	return objects.Equal(t, a.get(i), v)
}

func (a *Array) clone(typ *objects.Type) *Array {
	b := newArray(typ, a.tc)
	b.data = append([]byte(nil), a.data...)
	return b
}

func typecodeArg(v Value) (byte, *Exc) {
	s, ok := dmargs.Str(v)
	if !ok || utf8.RuneCountInString(s) != 1 {
		tn := v.Type().Name
		return 0, objects.Errorf(objects.ExcTypeError, "array() argument 1 must be a unicode character, not %s", tn)
	}
	if len(s) != 1 || !strings.Contains(typecodes, s) {
		return 0, objects.Errorf(objects.ExcValueError, "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
	}
	return s[0], nil
}

func ssize(t *objects.Thread, v Value) (int, *Exc) {
	if v.IsSmallInt() {
		return int(v.SmallInt()), nil
	}
	i, ok, err := dmargs.IndexInt64(t, v)
	if err != nil {
		return 0, err
	}
	if !ok {
		return 0, objects.Errorf(objects.ExcOverflowError, "Python int too large to convert to C ssize_t")
	}
	return int(i), nil
}

func method(name string, fn func(t *objects.Thread, a *Array, self Value, args []Value, kw *objects.Tuple) (Value, *Exc)) {
	ArrayType.AddMethod(name, func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		return fn(t, arr(self), self, args, kw)
	})
}

func pos(name string, args []Value, kw *objects.Tuple, lo, hi int) *Exc {
	return dmargs.Positional("array."+name, args, kw, lo, hi)
}

func init() {
	at := ArrayType
	at.New = func(t *objects.Thread, typ *objects.Type, args []Value, kw *objects.Tuple) (Value, *Exc) {
		if typ == ArrayType && kw.Len() > 0 {
			return null, objects.Errorf(objects.ExcTypeError, "array.array() takes no keyword arguments")
		}
		args, _ = objects.SplitArgs(args, kw)
		if len(args) < 1 || len(args) > 2 {
			if len(args) == 0 {
				return null, objects.Errorf(objects.ExcTypeError, "array() takes at least 1 argument (0 given)")
			}
			return null, objects.Errorf(objects.ExcTypeError, "array() takes at most 2 arguments (%d given)", len(args))
		}
		tc, err := typecodeArg(args[0])
		if err != nil {
			return null, err
		}
		a := newArray(typ, tc)
		if len(args) == 2 {
			init := args[1]
			switch {
			case init.IsInstance(objects.StrType):
				if tc != 'u' {
					return null, objects.Errorf(objects.ExcTypeError, "cannot use a str to initialize an array with typecode '%c'", tc)
				}
				a.fromunicode(objects.As[objects.Str](init).S)
			case isArray(init) && arr(init).tc == 'u' && tc != 'u':
				return null, objects.Errorf(objects.ExcTypeError, "cannot use a unicode array to initialize an array with typecode '%c'", tc)
			case isArray(init) && arr(init).tc == tc:
				a.data = append(a.data, arr(init).data...)
			default:
				if b, _, ok := objects.BufferOf(init); ok && !isArray(init) {
					if err := a.frombytes(b); err != nil {
						return null, err
					}
					break
				}
				if isArray(init) {
					src := arr(init)
					for i := 0; i < src.Len(); i++ {
						if err := a.appendValue(t, src.get(i)); err != nil {
							return null, err
						}
					}
					break
				}
				if err := a.extendIter(t, init); err != nil {
					return null, err
				}
			}
		}
		return objects.Obj(a), nil
	}
	at.Len = func(t *objects.Thread, v Value) (int, *Exc) { return arr(v).Len(), nil }
	at.Hash = func(t *objects.Thread, v Value) (int64, *Exc) {
		return 0, objects.Errorf(objects.ExcTypeError, "unhashable type: 'array.array'")
	}
	at.Repr = func(t *objects.Thread, v Value) (Value, *Exc) {
		a := arr(v)
		name := v.Type().Name
		if a.Len() == 0 {
			return objects.NewStrValue(name + "('" + string(a.tc) + "')"), nil
		}
		var inner Value
		if a.tc == 'u' {
			u, err := a.unicode()
			if err != nil {
				return null, err
			}
			inner = objects.NewStrValue(u)
		} else {
			items := make([]Value, a.Len())
			for i := range items {
				items[i] = a.get(i)
			}
			inner = objects.NewListValue(items)
		}
		r, err := objects.ReprString(t, inner)
		if err != nil {
			return null, err
		}
		return objects.NewStrValue(name + "('" + string(a.tc) + "', " + r + ")"), nil
	}
	at.GetItem = func(t *objects.Thread, v, k Value) (Value, *Exc) {
		a := arr(v)
		if k.Type() == objects.SliceType {
			start, stop, step, err := objects.As[objects.Slice](k).Indices(t, a.Len())
			if err != nil {
				return null, err
			}
			b := newArray(ArrayType, a.tc)
			for k, i, n := 0, start, objects.SliceLen(start, stop, step); k < n; k, i = k+1, i+step {
				b.data = append(b.data, a.data[i*a.size:(i+1)*a.size]...)
			}
			return objects.Obj(b), nil
		}
		i, err := a.index(t, k, false)
		if err != nil {
			return null, err
		}
		return a.get(i), nil
	}
	at.SetItem = func(t *objects.Thread, v, k, x Value) *Exc {
		a := arr(v)
		if k.Type() == objects.SliceType {
			n := a.Len()
			start, stop, step, err := objects.As[objects.Slice](k).Indices(t, n)
			if err != nil {
				return err
			}
			var src []byte
			if !x.IsNull() {
				if !isArray(x) {
					return objects.Errorf(objects.ExcTypeError, "can only assign array (not \"%s\") to array slice", x.Type().Name)
				}
				if arr(x).tc != a.tc {
					return objects.Errorf(objects.ExcTypeError, "bad argument type for built-in operation")
				}
				src = append([]byte(nil), arr(x).data...)
			}
			sz := a.size
			if step == 1 {
				if stop < start {
					stop = start
				}
				nd := make([]byte, 0, len(a.data)-(stop-start)*sz+len(src))
				nd = append(nd, a.data[:start*sz]...)
				nd = append(nd, src...)
				nd = append(nd, a.data[stop*sz:]...)
				a.data = nd
				return nil
			}
			var idx []int
			for k, i, n := 0, start, objects.SliceLen(start, stop, step); k < n; k, i = k+1, i+step {
				idx = append(idx, i)
			}
			if x.IsNull() {
				del := map[int]bool{}
				for _, i := range idx {
					del[i] = true
				}
				nd := make([]byte, 0, len(a.data))
				for i := 0; i < n; i++ {
					if !del[i] {
						nd = append(nd, a.data[i*sz:(i+1)*sz]...)
					}
				}
				a.data = nd
				return nil
			}
			if len(src)/sz != len(idx) {
				return objects.Errorf(objects.ExcValueError, "attempt to assign array of size %d to extended slice of size %d", len(src)/sz, len(idx))
			}
			for j, i := range idx {
				copy(a.data[i*sz:(i+1)*sz], src[j*sz:])
			}
			return nil
		}
		i, err := a.index(t, k, true)
		if err != nil {
			return err
		}
		if x.IsNull() {
			a.data = append(a.data[:i*a.size], a.data[(i+1)*a.size:]...)
			return nil
		}
		return a.pack(t, a.data[i*a.size:], x)
	}
	at.Contains = func(t *objects.Thread, v, x Value) (bool, *Exc) {
		a := arr(v)
		for i := 0; i < a.Len(); i++ {
			eq, err := a.eqItem(t, i, x)
			if err != nil || eq {
				return eq, err
			}
		}
		return false, nil
	}
	at.Iter = func(t *objects.Thread, v Value) (Value, *Exc) {
		it := &arrayIter{a: arr(v)}
		it.SetType(iterType)
		return objects.Obj(it), nil
	}
	at.RichCompare = func(t *objects.Thread, x, y Value, op objects.CompareOp) (Value, *Exc) {
		if !isArray(y) {
			return objects.NotImplemented, nil
		}
		a, b := arr(x), arr(y)
		if a.Len() != b.Len() && (op == objects.CmpEq || op == objects.CmpNe) {
			return objects.Bool(op == objects.CmpNe), nil
		}
		n := min(a.Len(), b.Len())
		for i := 0; i < n; i++ {
			va, vb := a.get(i), b.get(i)
			eq, err := objects.Equal(t, va, vb)
			if err != nil {
				return null, err
			}
			if !eq {
				switch op {
				case objects.CmpEq:
					return objects.False, nil
				case objects.CmpNe:
					return objects.True, nil
				}
				return objects.RichCompare(t, va, vb, op)
			}
		}
		la, lb := a.Len(), b.Len()
		var r bool
		switch op {
		case objects.CmpLt:
			r = la < lb
		case objects.CmpLe:
			r = la <= lb
		case objects.CmpEq:
			r = la == lb
		case objects.CmpNe:
			r = la != lb
		case objects.CmpGt:
			r = la > lb
		case objects.CmpGe:
			r = la >= lb
		}
		return objects.Bool(r), nil
	}
	at.NB[objects.OpAdd] = func(t *objects.Thread, x, y Value) (Value, *Exc) {
		if !isArray(x) {
			return objects.NotImplemented, nil
		}
		if !isArray(y) {
			return null, objects.Errorf(objects.ExcTypeError, "can only append array (not \"%s\") to array", y.Type().Name)
		}
		a, b := arr(x), arr(y)
		if a.tc != b.tc {
			return null, objects.Errorf(objects.ExcTypeError, "bad argument type for built-in operation")
		}
		c := newArray(ArrayType, a.tc)
		c.data = append(append(make([]byte, 0, len(a.data)+len(b.data)), a.data...), b.data...)
		return objects.Obj(c), nil
	}
	at.INB[objects.OpAdd] = func(t *objects.Thread, x, y Value) (Value, *Exc) {
		if !isArray(y) {
			return null, objects.Errorf(objects.ExcTypeError, "can only extend array with array (not \"%s\")", y.Type().Name)
		}
		a, b := arr(x), arr(y)
		if a.tc != b.tc {
			return null, objects.Errorf(objects.ExcTypeError, "can only extend with array of same kind")
		}
		a.data = append(a.data, b.data...)
		return x, nil
	}
	repeat := func(t *objects.Thread, a *Array, n Value) ([]byte, *Exc) {
		if n.Type().Index == nil && !n.IsSmallInt() {
			return nil, objects.Errorf(objects.ExcTypeError, "can't multiply sequence by non-int of type '%s'", n.Type().Name)
		}
		k, err := ssize(t, n)
		if err != nil {
			return nil, err
		}
		if k <= 0 || len(a.data) == 0 {
			return nil, nil
		}
		if len(a.data) > math.MaxInt32/k {
			return nil, objects.Errorf(objects.ExcMemoryError, "")
		}
		return []byte(strings.Repeat(string(a.data), k)), nil
	}
	at.NB[objects.OpMul] = func(t *objects.Thread, x, y Value) (Value, *Exc) {
		if !isArray(x) {
			x, y = y, x
		}
		if !isArray(x) {
			return objects.NotImplemented, nil
		}
		if y.Type().Index == nil && !y.IsSmallInt() {
			return objects.NotImplemented, nil
		}
		d, err := repeat(t, arr(x), y)
		if err != nil {
			return null, err
		}
		c := newArray(ArrayType, arr(x).tc)
		c.data = d
		return objects.Obj(c), nil
	}
	at.INB[objects.OpMul] = func(t *objects.Thread, x, y Value) (Value, *Exc) {
		d, err := repeat(t, arr(x), y)
		if err != nil {
			return null, err
		}
		arr(x).data = d
		return x, nil
	}

	method("append", func(t *objects.Thread, a *Array, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		if err := pos("append", args, kw, 1, 1); err != nil {
			return null, err
		}
		return objects.None, a.appendValue(t, args[0])
	})
	method("extend", func(t *objects.Thread, a *Array, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		if err := pos("extend", args, kw, 1, 1); err != nil {
			return null, err
		}
		return objects.None, a.extendIter(t, args[0])
	})
	method("insert", func(t *objects.Thread, a *Array, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		if err := dmargs.Positional("insert", args, kw, 2, 2); err != nil {
			return null, err
		}
		i, err := ssize(t, args[0])
		if err != nil {
			return null, err
		}
		n := a.Len()
		if i < 0 {
			i += n
			if i < 0 {
				i = 0
			}
		}
		if i > n {
			i = n
		}
		var tmp [8]byte
		if err := a.pack(t, tmp[:a.size], args[1]); err != nil {
			return null, err
		}
		a.data = append(a.data[:i*a.size], append(tmp[:a.size:a.size], a.data[i*a.size:]...)...)
		return objects.None, nil
	})
	method("pop", func(t *objects.Thread, a *Array, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		if err := dmargs.Positional("pop", args, kw, 0, 1); err != nil {
			return null, err
		}
		i := -1
		if len(args) == 1 {
			var err *Exc
			if i, err = ssize(t, args[0]); err != nil {
				return null, err
			}
		}
		n := a.Len()
		if n == 0 {
			return null, objects.Errorf(objects.ExcIndexError, "pop from empty array")
		}
		if i < 0 {
			i += n
		}
		if i < 0 || i >= n {
			return null, objects.Errorf(objects.ExcIndexError, "pop index out of range")
		}
		v := a.get(i)
		a.data = append(a.data[:i*a.size], a.data[(i+1)*a.size:]...)
		return v, nil
	})
	method("remove", func(t *objects.Thread, a *Array, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		if err := pos("remove", args, kw, 1, 1); err != nil {
			return null, err
		}
		for i := 0; i < a.Len(); i++ {
			eq, err := a.eqItem(t, i, args[0])
			if err != nil {
				return null, err
			}
			if eq {
				a.data = append(a.data[:i*a.size], a.data[(i+1)*a.size:]...)
				return objects.None, nil
			}
		}
		return null, objects.Errorf(objects.ExcValueError, "array.remove(x): x not in array")
	})
	method("index", func(t *objects.Thread, a *Array, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		if err := dmargs.Positional("index", args, kw, 1, 3); err != nil {
			return null, err
		}
		n := a.Len()
		start, stop := 0, n
		for j, p := range []*int{&start, &stop} {
			if len(args) > j+1 {
				v, err := ssize(t, args[j+1])
				if err != nil {
					return null, err
				}
				if v < 0 {
					v += n
					if v < 0 {
						v = 0
					}
				}
				*p = v
			}
		}
		for i := start; i < stop && i < a.Len(); i++ {
			eq, err := a.eqItem(t, i, args[0])
			if err != nil {
				return null, err
			}
			if eq {
				return objects.Int(int64(i)), nil
			}
		}
		return null, objects.Errorf(objects.ExcValueError, "array.index(x): x not in array")
	})
	method("count", func(t *objects.Thread, a *Array, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		if err := pos("count", args, kw, 1, 1); err != nil {
			return null, err
		}
		c := 0
		for i := 0; i < a.Len(); i++ {
			eq, err := a.eqItem(t, i, args[0])
			if err != nil {
				return null, err
			}
			if eq {
				c++
			}
		}
		return objects.Int(int64(c)), nil
	})
	method("reverse", func(t *objects.Thread, a *Array, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		if err := pos("reverse", args, kw, 0, 0); err != nil {
			return null, err
		}
		n, sz := a.Len(), a.size
		var tmp [8]byte
		for i, j := 0, n-1; i < j; i, j = i+1, j-1 {
			copy(tmp[:sz], a.data[i*sz:])
			copy(a.data[i*sz:(i+1)*sz], a.data[j*sz:])
			copy(a.data[j*sz:(j+1)*sz], tmp[:sz])
		}
		return objects.None, nil
	})
	method("byteswap", func(t *objects.Thread, a *Array, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		if err := pos("byteswap", args, kw, 0, 0); err != nil {
			return null, err
		}
		sz := a.size
		for i := 0; i+sz <= len(a.data); i += sz {
			p := a.data[i : i+sz]
			for x, y := 0, sz-1; x < y; x, y = x+1, y-1 {
				p[x], p[y] = p[y], p[x]
			}
		}
		return objects.None, nil
	})
	method("buffer_info", func(t *objects.Thread, a *Array, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		addr := int64(0)
		if len(a.data) > 0 {
			addr = int64(uintptr(unsafePointer(&a.data[0])))
		}
		return objects.Tuple2(objects.Int(addr), objects.Int(int64(a.Len()))), nil
	})
	method("tobytes", func(t *objects.Thread, a *Array, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		if err := pos("tobytes", args, kw, 0, 0); err != nil {
			return null, err
		}
		return objects.NewBytes(append([]byte(nil), a.data...)), nil
	})
	method("frombytes", func(t *objects.Thread, a *Array, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		if err := pos("frombytes", args, kw, 1, 1); err != nil {
			return null, err
		}
		b, err := dmargs.Buffer(args[0])
		if err != nil {
			return null, err
		}
		return objects.None, a.frombytes(append([]byte(nil), b...))
	})
	method("tolist", func(t *objects.Thread, a *Array, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		if err := pos("tolist", args, kw, 0, 0); err != nil {
			return null, err
		}
		items := make([]Value, a.Len())
		for i := range items {
			items[i] = a.get(i)
		}
		return objects.NewListValue(items), nil
	})
	method("fromlist", func(t *objects.Thread, a *Array, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		if err := pos("fromlist", args, kw, 1, 1); err != nil {
			return null, err
		}
		if !args[0].IsInstance(objects.ListType) {
			return null, objects.Errorf(objects.ExcTypeError, "arg must be list")
		}
		old := len(a.data)
		for _, x := range objects.As[objects.List](args[0]).Items {
			if err := a.appendValue(t, x); err != nil {
				a.data = a.data[:old]
				return null, err
			}
		}
		return objects.None, nil
	})
	method("tounicode", func(t *objects.Thread, a *Array, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		if err := pos("tounicode", args, kw, 0, 0); err != nil {
			return null, err
		}
		if a.tc != 'u' {
			return null, objects.Errorf(objects.ExcValueError, "tounicode() may only be called on unicode type arrays")
		}
		u, err := a.unicode()
		if err != nil {
			return null, err
		}
		return objects.NewStrValue(u), nil
	})
	method("fromunicode", func(t *objects.Thread, a *Array, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		if err := pos("fromunicode", args, kw, 1, 1); err != nil {
			return null, err
		}
		s, ok := dmargs.Str(args[0])
		if !ok {
			return null, objects.Errorf(objects.ExcTypeError, "fromunicode() argument must be str, not %s", args[0].Type().Name)
		}
		if a.tc != 'u' {
			return null, objects.Errorf(objects.ExcValueError, "fromunicode() may only be called on unicode type arrays")
		}
		a.fromunicode(s)
		return objects.None, nil
	})
	method("tofile", func(t *objects.Thread, a *Array, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		if err := pos("tofile", args, kw, 1, 1); err != nil {
			return null, err
		}
		const block = 64 * 1024
		for i := 0; i < len(a.data) || i == 0 && len(a.data) == 0; i += block {
			if len(a.data) == 0 {
				break
			}
			j := min(i+block, len(a.data))
			if _, err := objects.CallMethod(t, args[0], "write", objects.NewBytes(append([]byte(nil), a.data[i:j]...))); err != nil {
				return null, err
			}
		}
		return objects.None, nil
	})
	method("fromfile", func(t *objects.Thread, a *Array, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		if err := dmargs.Positional("fromfile", args, kw, 2, 2); err != nil {
			return null, err
		}
		n, err := ssize(t, args[1])
		if err != nil {
			return null, err
		}
		if n < 0 {
			return null, objects.Errorf(objects.ExcValueError, "negative count")
		}
		r, err := objects.CallMethod(t, args[0], "read", objects.Int(int64(n*a.size)))
		if err != nil {
			return null, err
		}
		if !r.IsInstance(objects.BytesType) {
			return null, objects.Errorf(objects.ExcTypeError, "read() didn't return bytes")
		}
		b := objects.As[objects.Bytes](r).B
		k := len(b) / a.size * a.size
		a.data = append(a.data, b[:k]...)
		if len(b) != n*a.size {
			return null, objects.Errorf(objects.ExcEOFError, "read() didn't return enough bytes")
		}
		return objects.None, nil
	})
	method("__copy__", func(t *objects.Thread, a *Array, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		return objects.Obj(a.clone(ArrayType)), nil
	})
	method("__deepcopy__", func(t *objects.Thread, a *Array, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		return objects.Obj(a.clone(ArrayType)), nil
	})
	method("__sizeof__", func(t *objects.Thread, a *Array, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		return objects.Int(int64(64 + cap(a.data))), nil
	})
	method("__reduce_ex__", func(t *objects.Thread, a *Array, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		items := make([]Value, a.Len())
		for i := range items {
			items[i] = a.get(i)
		}
		dict := objects.None
		if at := objects.AttrsOf(self); at.Map != nil && at.Map.Len() > 0 {
			dict = objects.Obj(at.ToDict())
		}
		targs := objects.Tuple2(objects.NewStrValue(string(a.tc)), objects.NewListValue(items))
		return objects.NewTupleValue([]Value{objects.Obj(self.Type()), targs, dict}), nil
	})
	dmargs.AddGetter(at, "typecode", func(v Value) Value { return objects.NewStrValue(string(arr(v).tc)) })
	dmargs.AddGetter(at, "itemsize", func(v Value) Value { return objects.Int(int64(arr(v).size)) })
	at.Finish()

	iterType.Iter = func(t *objects.Thread, v Value) (Value, *Exc) { return v, nil }
	iterType.Next = func(t *objects.Thread, v Value) (Value, *Exc) {
		it := objects.As[arrayIter](v)
		if it.a == nil || it.i >= it.a.Len() {
			it.a = nil
			return null, nil
		}
		r := it.a.get(it.i)
		it.i++
		return r, nil
	}
	iterType.Finish()

	objects.RegisterBuffer(ArrayType, func(v Value) ([]byte, bool) { return arr(v).data, true })
	objects.RegisterBufferFormat(ArrayType, func(v Value) string {
		// the typecode is the struct format of the items, except 'u'
		// (CPython exposes wchar_t as 'w'; not a memoryview format here)
		if tc := arr(v).tc; tc != 'u' && itemSize(tc) == objects.FormatItemSize(string(tc)) {
			return string(tc)
		}
		return ""
	})

	objects.RegisterModule("array", func(t *objects.Thread, m *objects.Module) *Exc {
		m.Set("array", objects.Obj(ArrayType))
		m.Set("ArrayType", objects.Obj(ArrayType))
		m.Set("typecodes", objects.NewStrValue(typecodes))
		return nil
	})
}

type arrayIter struct {
	objects.Header
	a *Array
	i int
}
