package objects

import (
	"encoding/binary"
	"fmt"
	"math"
)

// MemoryViewType is `memoryview`: a view of a bytes-like object's buffer
// (one-dimensional; cast() changes the item format).
var MemoryViewType = builtinType("memoryview", nil, 0)

// MemoryView is a view of buf, itemsize bytes per item of format.
type MemoryView struct {
	Header
	obj      Value
	buf      []byte
	readonly bool
	format   string
	itemsize int
	released bool
}

var mvFormats = map[string]int{"B": 1, "b": 1, "c": 1, "?": 1, "H": 2, "h": 2, "I": 4, "i": 4, "L": 8, "l": 8,
	"Q": 8, "q": 8, "N": 8, "n": 8, "P": 8, "f": 4, "d": 8, "e": 2}

// FormatItemSize is the item size of a memoryview format (0: unknown).
func FormatItemSize(format string) int { return mvFormats[format] }

func newMemoryView(obj Value, buf []byte, readonly bool, format string) *MemoryView {
	m := &MemoryView{obj: obj, buf: buf, readonly: readonly, format: format, itemsize: mvFormats[format]}
	m.SetType(MemoryViewType)
	return m
}

// NewMemoryView returns memoryview(obj).
func NewMemoryView(t *Thread, obj Value) (Value, *BaseException) {
	if obj.Type() == MemoryViewType {
		o := As[MemoryView](obj)
		if err := o.check(); err != nil {
			return Null, err
		}
		return Obj(newMemoryView(o.obj, o.buf, o.readonly, o.format)), nil
	}
	b, writable, ok := BufferOf(obj)
	if !ok {
		return Null, Errorf(ExcTypeError, "memoryview: a bytes-like object is required, not '%s'", obj.Type().Name)
	}
	format := bufferFormat(obj)
	if _, known := mvFormats[format]; !known || len(b)%mvFormats[format] != 0 {
		format = "B"
	}
	return Obj(newMemoryView(obj, b, !writable, format)), nil
}

func (m *MemoryView) check() *BaseException {
	if m.released {
		return Errorf(ExcValueError, "operation forbidden on released memoryview object")
	}
	return nil
}

func (m *MemoryView) n() int { return len(m.buf) / m.itemsize }

// unpack returns item i.
func (m *MemoryView) unpack(i int) Value {
	b := m.buf[i*m.itemsize : (i+1)*m.itemsize]
	le := binary.LittleEndian
	switch m.format {
	case "B":
		return Int(int64(b[0]))
	case "b":
		return Int(int64(int8(b[0])))
	case "c":
		return NewBytes([]byte{b[0]})
	case "?":
		return Bool(b[0] != 0)
	case "H":
		return Int(int64(le.Uint16(b)))
	case "h":
		return Int(int64(int16(le.Uint16(b))))
	case "I":
		return Int(int64(le.Uint32(b)))
	case "i":
		return Int(int64(int32(le.Uint32(b))))
	case "L", "Q", "N", "P":
		u := le.Uint64(b)
		if u > math.MaxInt64 {
			return ParseIntLiteralMust(fmt.Sprint(u))
		}
		return Int(int64(u))
	case "l", "q", "n":
		return Int(int64(le.Uint64(b)))
	case "f":
		return Float(float64(math.Float32frombits(le.Uint32(b))))
	case "d":
		return Float(math.Float64frombits(le.Uint64(b)))
	}
	return Int(int64(b[0]))
}

// ParseIntLiteralMust parses a decimal literal known to be valid.
func ParseIntLiteralMust(s string) Value {
	v, _ := ParseIntLiteral(s, 10)
	return v
}

// pack stores v as item i.
func (m *MemoryView) pack(t *Thread, i int, v Value) *BaseException {
	b := m.buf[i*m.itemsize : (i+1)*m.itemsize]
	le := binary.LittleEndian
	switch m.format {
	case "f", "d":
		f, ok, err := FloatOf(v)
		if err != nil {
			return err
		}
		if !ok {
			return Errorf(ExcTypeError, "memoryview: invalid type for format '%s'", m.format)
		}
		if m.format == "f" {
			le.PutUint32(b, math.Float32bits(float32(f)))
		} else {
			le.PutUint64(b, math.Float64bits(f))
		}
		return nil
	case "c":
		bb, ok := BytesLike(v)
		if !ok || len(bb) != 1 {
			return Errorf(ExcValueError, "memoryview: invalid value for format 'c'")
		}
		b[0] = bb[0]
		return nil
	case "?":
		tr, err := Truth(t, v)
		if err != nil {
			return err
		}
		b[0] = 0
		if tr {
			b[0] = 1
		}
		return nil
	}
	if !IsIntValue(v) {
		return Errorf(ExcTypeError, "memoryview: invalid type for format '%s'", m.format)
	}
	n, ok := IntToInt64(v)
	lo, hi := int64(0), int64(0)
	switch m.format {
	case "B":
		hi = 255
	case "b":
		lo, hi = -128, 127
	case "H":
		hi = 65535
	case "h":
		lo, hi = -32768, 32767
	case "I":
		hi = math.MaxUint32
	case "i":
		lo, hi = math.MinInt32, math.MaxInt32
	default:
		lo, hi = math.MinInt64, math.MaxInt64
	}
	if !ok || n < lo || n > hi {
		return Errorf(ExcValueError, "memoryview: invalid value for format '%s'", m.format)
	}
	switch m.itemsize {
	case 1:
		b[0] = byte(n)
	case 2:
		le.PutUint16(b, uint16(n))
	case 4:
		le.PutUint32(b, uint32(n))
	case 8:
		le.PutUint64(b, uint64(n))
	}
	return nil
}

func mv(v Value) *MemoryView { return As[MemoryView](v) }

func init() {
	RegisterBuffer(MemoryViewType, func(v Value) ([]byte, bool) { m := mv(v); return m.buf, !m.readonly })
	M := MemoryViewType
	M.New = func(t *Thread, typ *Type, args []Value, kwnames *Tuple) (Value, *BaseException) {
		var a [1]Value
		if err := BindArgs("memoryview", args, kwnames, []string{"object"}, 0, 1, 1, a[:]); err != nil {
			return Null, err
		}
		return NewMemoryView(t, a[0])
	}
	M.Repr = func(t *Thread, v Value) (Value, *BaseException) {
		if mv(v).released {
			return NewStrValue(fmt.Sprintf("<released memory at %p>", v.p)), nil
		}
		return NewStrValue(fmt.Sprintf("<memory at %p>", v.p)), nil
	}
	M.Len = func(t *Thread, v Value) (int, *BaseException) {
		m := mv(v)
		if err := m.check(); err != nil {
			return 0, err
		}
		return m.n(), nil
	}
	M.GetItem = func(t *Thread, v, k Value) (Value, *BaseException) {
		m := mv(v)
		if err := m.check(); err != nil {
			return Null, err
		}
		if k.Type() == SliceType {
			start, stop, step, err := As[Slice](k).Indices(t, m.n())
			if err != nil {
				return Null, err
			}
			if step == 1 {
				if stop < start {
					stop = start
				}
				return Obj(newMemoryView(m.obj, m.buf[start*m.itemsize:stop*m.itemsize:stop*m.itemsize], m.readonly, m.format)), nil
			}
			var out []byte
			for k, i, n := 0, start, SliceLen(start, stop, step); k < n; k, i = k+1, i+step {
				out = append(out, m.buf[i*m.itemsize:(i+1)*m.itemsize]...)
			}
			return Obj(newMemoryView(m.obj, out, true, m.format)), nil
		}
		if k.Type() == TupleType && As[Tuple](k).Len() == 0 {
			return Null, Errorf(ExcTypeError, "invalid indexing of 1-dim memory")
		}
		i, err := IndexOf(t, k, "memoryview")
		if err != nil {
			return Null, Errorf(ExcTypeError, "memoryview: invalid slice key")
		}
		if i < 0 {
			i += m.n()
		}
		if i < 0 || i >= m.n() {
			return Null, Errorf(ExcIndexError, "index out of bounds on dimension 1")
		}
		return m.unpack(i), nil
	}
	M.SetItem = func(t *Thread, v, k, val Value) *BaseException {
		m := mv(v)
		if err := m.check(); err != nil {
			return err
		}
		if m.readonly {
			return Errorf(ExcTypeError, "cannot modify read-only memory")
		}
		if val.IsNull() {
			return Errorf(ExcTypeError, "cannot delete memory")
		}
		if k.Type() == SliceType {
			start, stop, step, err := As[Slice](k).Indices(t, m.n())
			if err != nil {
				return err
			}
			src, ok := BytesLike(val)
			if !ok {
				return Errorf(ExcTypeError, "a bytes-like object is required, not '%s'", val.Type().Name)
			}
			var idx []int
			for k, i, n := 0, start, SliceLen(start, stop, step); k < n; k, i = k+1, i+step {
				idx = append(idx, i)
			}
			if len(src) != len(idx)*m.itemsize {
				return Errorf(ExcValueError, "memoryview assignment: lvalue and rvalue have different structures")
			}
			src = append([]byte(nil), src...)
			for j, i := range idx {
				copy(m.buf[i*m.itemsize:(i+1)*m.itemsize], src[j*m.itemsize:])
			}
			return nil
		}
		i, err := IndexOf(t, k, "memoryview")
		if err != nil {
			return err
		}
		if i < 0 {
			i += m.n()
		}
		if i < 0 || i >= m.n() {
			return Errorf(ExcIndexError, "index out of bounds on dimension 1")
		}
		return m.pack(t, i, val)
	}
	M.Iter = func(t *Thread, v Value) (Value, *BaseException) {
		m := mv(v)
		if err := m.check(); err != nil {
			return Null, err
		}
		items := make([]Value, m.n())
		for i := range items {
			items[i] = m.unpack(i)
		}
		return GetIter(t, NewListValue(items))
	}
	M.RichCompare = func(t *Thread, a, b Value, op CompareOp) (Value, *BaseException) {
		if op != CmpEq && op != CmpNe {
			return NotImplemented, nil
		}
		m := mv(a)
		if m.released {
			return Bool(a.Is(b) == (op == CmpEq)), nil
		}
		ob, _, ok := BufferOf(b)
		if !ok {
			return NotImplemented, nil
		}
		fb := "B"
		if b.Type() == MemoryViewType {
			fb = mv(b).format
		}
		eq := false
		if fb == m.format || (m.itemsize == 1 && fb == "B") {
			eq = string(m.buf) == string(ob)
		} else {
			x, err := CallMethod(t, a, "tolist")
			if err == nil {
				var y Value
				y, err = CallMethod(t, b, "tolist")
				if err == nil {
					eq, err = Equal(t, x, y)
				}
			}
			if err != nil {
				return Null, err
			}
		}
		return Bool(eq == (op == CmpEq)), nil
	}
	M.Hash = func(t *Thread, v Value) (int64, *BaseException) {
		m := mv(v)
		if err := m.check(); err != nil {
			return 0, err
		}
		if !m.readonly {
			return 0, Errorf(ExcValueError, "cannot hash writable memoryview object")
		}
		return Hash(t, NewBytes(m.buf))
	}
	M.GetAttr = func(t *Thread, v Value, name *Str) (Value, *BaseException) {
		m := mv(v)
		switch name.S {
		case "release", "__enter__", "__exit__":
			return GenericGetAttr(t, v, name)
		}
		if name.S == "obj" || name.S == "nbytes" || name.S == "readonly" || name.S == "itemsize" || name.S == "format" ||
			name.S == "ndim" || name.S == "shape" || name.S == "strides" || name.S == "suboffsets" ||
			name.S == "c_contiguous" || name.S == "f_contiguous" || name.S == "contiguous" {
			if err := m.check(); err != nil {
				return Null, err
			}
		}
		switch name.S {
		case "obj":
			return m.obj, nil
		case "nbytes":
			return Int(int64(len(m.buf))), nil
		case "readonly":
			return Bool(m.readonly), nil
		case "itemsize":
			return Int(int64(m.itemsize)), nil
		case "format":
			return NewStrValue(m.format), nil
		case "ndim":
			return Int(1), nil
		case "shape":
			return NewTupleValue([]Value{Int(int64(m.n()))}), nil
		case "strides":
			return NewTupleValue([]Value{Int(int64(m.itemsize))}), nil
		case "suboffsets":
			return NewTupleValue(nil), nil
		case "c_contiguous", "f_contiguous", "contiguous":
			return True, nil
		}
		return GenericGetAttr(t, v, name)
	}
	M.AddMethod("tobytes", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		m := mv(self)
		if err := m.check(); err != nil {
			return Null, err
		}
		return NewBytes(append([]byte(nil), m.buf...)), nil
	})
	M.AddMethod("tolist", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		m := mv(self)
		if err := m.check(); err != nil {
			return Null, err
		}
		items := make([]Value, m.n())
		for i := range items {
			items[i] = m.unpack(i)
		}
		return NewListValue(items), nil
	})
	M.AddMethod("hex", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		m := mv(self)
		if err := m.check(); err != nil {
			return Null, err
		}
		f := BytesType.LookupString("hex")
		return CallValue(t, f, append([]Value{NewBytes(m.buf)}, args...), kwnames)
	})
	M.AddMethod("release", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		mv(self).released = true
		return None, nil
	})
	M.AddMethod("toreadonly", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		m := mv(self)
		if err := m.check(); err != nil {
			return Null, err
		}
		return Obj(newMemoryView(m.obj, m.buf, true, m.format)), nil
	})
	M.AddMethod("__enter__", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		if err := mv(self).check(); err != nil {
			return Null, err
		}
		return self, nil
	})
	M.AddMethod("__exit__", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		mv(self).released = true
		return None, nil
	})
	M.AddMethod("cast", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		var a [2]Value
		if err := BindArgs("cast", args, kwnames, []string{"format", "shape"}, 0, 2, 1, a[:]); err != nil {
			return Null, err
		}
		m := mv(self)
		if err := m.check(); err != nil {
			return Null, err
		}
		if !a[0].IsInstance(StrType) {
			return Null, Errorf(ExcTypeError, "memoryview: format argument must be a string")
		}
		f := As[Str](a[0]).S
		if len(f) == 2 && f[0] == '@' {
			f = f[1:]
		}
		size, ok := mvFormats[f]
		if !ok {
			return Null, Errorf(ExcValueError, "memoryview: destination format must be a native single character format prefixed with an optional '@'")
		}
		if m.itemsize != 1 && size != 1 {
			return Null, Errorf(ExcTypeError, "memoryview: cannot cast between two non-byte formats")
		}
		if len(m.buf)%size != 0 {
			return Null, Errorf(ExcTypeError, "memoryview: length is not a multiple of itemsize")
		}
		return Obj(newMemoryView(m.obj, m.buf, m.readonly, f)), nil
	})
	M.SetAttrString("__class_getitem__", Obj(&Wrapper{Header{ClassMethodType}, NewBuiltin("__class_getitem__", ClassGetItem)}))
}
