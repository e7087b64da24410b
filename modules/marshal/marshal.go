// Package marshal is the marshal module for the constants it can
// represent: None, booleans, Ellipsis, StopIteration, int, float,
// complex, str, bytes, tuple, list, dict, set and frozenset, in
// CPython's version-4 format (loads also accepts references and every
// string variant CPython writes). Code objects are not marshallable:
// Taipan keeps no bytecode files.
package marshal

import (
	"encoding/binary"
	"math"
	"math/big"
	"unicode/utf8"

	"taipan/objects"
)

type Value = objects.Value

const (
	version = 4
	flagRef = 0x80
)

func init() {
	objects.RegisterModule("marshal", func(t *objects.Thread, m *objects.Module) *objects.BaseException {
		m.Set("version", objects.Int(version))
		fn := func(name string, f objects.BuiltinFn) {
			b := objects.NewBuiltin(name, f)
			objects.As[objects.BuiltinFunction](b).Module = "marshal"
			m.Set(name, b)
		}
		fn("dumps", func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *objects.BaseException) {
			if err := objects.CheckArgs("dumps", args, kwnames, 1, 2); err != nil {
				return objects.Null, err
			}
			var e encoder
			if err := e.encode(t, args[0], 0); err != nil {
				return objects.Null, err
			}
			return objects.NewBytes(e.b), nil
		})
		fn("loads", func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *objects.BaseException) {
			if err := objects.CheckArgs("loads", args, kwnames, 1, 1); err != nil {
				return objects.Null, err
			}
			data, err := bytesArg(args[0], "loads")
			if err != nil {
				return objects.Null, err
			}
			d := decoder{b: data}
			return d.decode(t, 0)
		})
		fn("dump", func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *objects.BaseException) {
			if err := objects.CheckArgs("dump", args, kwnames, 2, 3); err != nil {
				return objects.Null, err
			}
			var e encoder
			if err := e.encode(t, args[0], 0); err != nil {
				return objects.Null, err
			}
			_, err := objects.CallMethod(t, args[1], "write", objects.NewBytes(e.b))
			return objects.None, err
		})
		fn("load", func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *objects.BaseException) {
			if err := objects.CheckArgs("load", args, kwnames, 1, 1); err != nil {
				return objects.Null, err
			}
			r, err := objects.CallMethod(t, args[0], "read")
			if err != nil {
				return objects.Null, err
			}
			data, err := bytesArg(r, "load")
			if err != nil {
				return objects.Null, err
			}
			d := decoder{b: data}
			return d.decode(t, 0)
		})
		return nil
	})
}

func bytesArg(v Value, fn string) ([]byte, *objects.BaseException) {
	if v.Type() == objects.BytesType {
		return objects.As[objects.Bytes](v).B, nil
	}
	return nil, objects.Errorf(objects.ExcTypeError, "a bytes-like object is required, not '%s'", v.Type().Name)
}

const maxDepth = 2000

type encoder struct{ b []byte }

func (e *encoder) u32(n uint32) { e.b = binary.LittleEndian.AppendUint32(e.b, n) }

func (e *encoder) encode(t *objects.Thread, v Value, depth int) *objects.BaseException {
	if depth > maxDepth {
		return objects.Errorf(objects.ExcValueError, "object too deeply nested to marshal")
	}
	switch {
	case v.IsNone():
		e.b = append(e.b, 'N')
		return nil
	case v.IsBool():
		if v.BoolVal() {
			e.b = append(e.b, 'T')
		} else {
			e.b = append(e.b, 'F')
		}
		return nil
	case v.IsSmallInt():
		n := v.SmallInt()
		if n >= math.MinInt32 && n <= math.MaxInt32 {
			e.b = append(e.b, 'i')
			e.u32(uint32(int32(n)))
			return nil
		}
		e.long(big.NewInt(n))
		return nil
	case v.IsFloat():
		e.b = append(e.b, 'g')
		e.b = binary.LittleEndian.AppendUint64(e.b, math.Float64bits(v.FloatVal()))
		return nil
	case v.Is(objects.Ellipsis):
		e.b = append(e.b, '.')
		return nil
	case v.Is(objects.Obj(objects.ExcStopIteration)):
		e.b = append(e.b, 'S')
		return nil
	}
	switch v.Type() {
	case objects.IntType:
		if b, ok := objects.BigOf(v); ok {
			e.long(b)
			return nil
		}
	case objects.ComplexType:
		c := objects.As[objects.Complex](v).V
		e.b = append(e.b, 'y')
		e.b = binary.LittleEndian.AppendUint64(e.b, math.Float64bits(real(c)))
		e.b = binary.LittleEndian.AppendUint64(e.b, math.Float64bits(imag(c)))
		return nil
	case objects.StrType:
		s := objects.As[objects.Str](v).S
		e.b = append(e.b, 'u')
		e.u32(uint32(len(s)))
		e.b = append(e.b, s...)
		return nil
	case objects.BytesType:
		s := objects.As[objects.Bytes](v).B
		e.b = append(e.b, 's')
		e.u32(uint32(len(s)))
		e.b = append(e.b, s...)
		return nil
	case objects.TupleType:
		items := objects.As[objects.Tuple](v).Items
		if len(items) < 256 {
			e.b = append(e.b, ')', byte(len(items)))
		} else {
			e.b = append(e.b, '(')
			e.u32(uint32(len(items)))
		}
		return e.seq(t, items, depth)
	case objects.ListType:
		items := objects.As[objects.List](v).Items
		e.b = append(e.b, '[')
		e.u32(uint32(len(items)))
		return e.seq(t, items, depth)
	case objects.DictType:
		e.b = append(e.b, '{')
		var err *objects.BaseException
		objects.As[objects.Dict](v).Items(func(k, x Value) bool {
			if err = e.encode(t, k, depth+1); err != nil {
				return false
			}
			err = e.encode(t, x, depth+1)
			return err == nil
		})
		if err != nil {
			return err
		}
		e.b = append(e.b, '0')
		return nil
	case objects.SetType, objects.FrozenSetType:
		keys := objects.As[objects.Set](v).Keys()
		if v.Type() == objects.SetType {
			e.b = append(e.b, '<')
		} else {
			e.b = append(e.b, '>')
		}
		e.u32(uint32(len(keys)))
		return e.seq(t, keys, depth)
	}
	return objects.Errorf(objects.ExcValueError, "unmarshallable object")
}

func (e *encoder) seq(t *objects.Thread, items []Value, depth int) *objects.BaseException {
	for _, it := range items {
		if err := e.encode(t, it, depth+1); err != nil {
			return err
		}
	}
	return nil
}

// long writes an int as 15-bit digits, least significant first.
func (e *encoder) long(b *big.Int) {
	e.b = append(e.b, 'l')
	mag := new(big.Int).Abs(b)
	var digits []uint16
	mask := big.NewInt(0x7fff)
	for mag.Sign() > 0 {
		digits = append(digits, uint16(new(big.Int).And(mag, mask).Int64()))
		mag.Rsh(mag, 15)
	}
	n := int32(len(digits))
	if b.Sign() < 0 {
		n = -n
	}
	e.u32(uint32(n))
	for _, d := range digits {
		e.b = binary.LittleEndian.AppendUint16(e.b, d)
	}
}

type decoder struct {
	b    []byte
	pos  int
	refs []Value
}

func eofError() *objects.BaseException {
	return objects.Errorf(objects.ExcEOFError, "marshal data too short")
}

func badData() *objects.BaseException {
	return objects.Errorf(objects.ExcValueError, "bad marshal data (unknown type code)")
}

func (d *decoder) need(n int) ([]byte, *objects.BaseException) {
	if n < 0 || d.pos+n > len(d.b) {
		return nil, eofError()
	}
	s := d.b[d.pos : d.pos+n]
	d.pos += n
	return s, nil
}

func (d *decoder) u32() (uint32, *objects.BaseException) {
	s, err := d.need(4)
	if err != nil {
		return 0, err
	}
	return binary.LittleEndian.Uint32(s), nil
}

func (d *decoder) size() (int, *objects.BaseException) {
	n, err := d.u32()
	if err != nil {
		return 0, err
	}
	if int32(n) < 0 || int(n) > len(d.b)-d.pos+1<<20 {
		return 0, objects.Errorf(objects.ExcValueError, "bad marshal data (size out of range)")
	}
	return int(n), nil
}

func (d *decoder) decode(t *objects.Thread, depth int) (Value, *objects.BaseException) {
	if depth > maxDepth {
		return objects.Null, objects.Errorf(objects.ExcValueError, "recursion limit exceeded")
	}
	if d.pos >= len(d.b) {
		return objects.Null, objects.Errorf(objects.ExcEOFError, "EOF read where object expected")
	}
	s, _ := d.need(1)
	code := s[0] &^ flagRef
	ref := -1
	if s[0]&flagRef != 0 {
		ref = len(d.refs)
		d.refs = append(d.refs, objects.None)
	}
	v, err := d.value(t, code, depth, ref)
	if err != nil {
		return objects.Null, err
	}
	if ref >= 0 {
		d.refs[ref] = v
	}
	return v, nil
}

func (d *decoder) value(t *objects.Thread, code byte, depth, ref int) (Value, *objects.BaseException) {
	switch code {
	case 'N':
		return objects.None, nil
	case 'T':
		return objects.True, nil
	case 'F':
		return objects.False, nil
	case '.':
		return objects.Ellipsis, nil
	case 'S':
		return objects.Obj(objects.ExcStopIteration), nil
	case 'i':
		n, err := d.u32()
		return objects.Int(int64(int32(n))), err
	case 'l':
		n, err := d.u32()
		if err != nil {
			return objects.Null, err
		}
		cnt := int(int32(n))
		neg := cnt < 0
		if neg {
			cnt = -cnt
		}
		raw, err := d.need(2 * cnt)
		if err != nil {
			return objects.Null, err
		}
		b := new(big.Int)
		for i := cnt - 1; i >= 0; i-- {
			dg := binary.LittleEndian.Uint16(raw[2*i:])
			if dg > 0x7fff {
				return objects.Null, objects.Errorf(objects.ExcValueError, "bad marshal data (digit out of range in long)")
			}
			b.Lsh(b, 15)
			b.Or(b, big.NewInt(int64(dg)))
		}
		if neg {
			b.Neg(b)
		}
		if b.IsInt64() {
			return objects.Int(b.Int64()), nil
		}
		return objects.NewBigInt(b), nil
	case 'g':
		s, err := d.need(8)
		if err != nil {
			return objects.Null, err
		}
		return objects.Float(math.Float64frombits(binary.LittleEndian.Uint64(s))), nil
	case 'y':
		s, err := d.need(16)
		if err != nil {
			return objects.Null, err
		}
		return objects.NewComplex(complex(math.Float64frombits(binary.LittleEndian.Uint64(s)), math.Float64frombits(binary.LittleEndian.Uint64(s[8:])))), nil
	case 's':
		n, err := d.size()
		if err != nil {
			return objects.Null, err
		}
		s, err := d.need(n)
		if err != nil {
			return objects.Null, err
		}
		return objects.NewBytes(append([]byte(nil), s...)), nil
	case 'u', 't', 'a', 'A', 'z', 'Z':
		var n int
		var err *objects.BaseException
		if code == 'z' || code == 'Z' {
			var s []byte
			if s, err = d.need(1); err == nil {
				n = int(s[0])
			}
		} else {
			n, err = d.size()
		}
		if err != nil {
			return objects.Null, err
		}
		s, err := d.need(n)
		if err != nil {
			return objects.Null, err
		}
		if (code == 'u' || code == 't') && !utf8.Valid(s) {
			return objects.Null, objects.Errorf(objects.ExcUnicodeDecodeError, "'utf-8' codec can't decode bytes: invalid utf-8")
		}
		if code == 't' || code == 'A' || code == 'Z' {
			return objects.Obj(objects.Intern(string(s))), nil
		}
		return objects.NewStrValue(string(s)), nil
	case '(', ')', '[', '<', '>':
		var n int
		var err *objects.BaseException
		if code == ')' {
			var s []byte
			if s, err = d.need(1); err == nil {
				n = int(s[0])
			}
		} else {
			n, err = d.size()
		}
		if err != nil {
			return objects.Null, err
		}
		if n > len(d.b)-d.pos {
			return objects.Null, eofError()
		}
		items := make([]Value, n)
		var container Value
		switch code {
		case '[':
			container = objects.NewListValue(items)
		case '(', ')':
			container = objects.NewTupleValue(items)
		}
		if ref >= 0 && !container.IsNull() {
			// Registered before its items, so they may refer to it.
			d.refs[ref] = container
		}
		for i := 0; i < n; i++ {
			v, err := d.decode(t, depth+1)
			if err != nil {
				return objects.Null, err
			}
			items[i] = v
		}
		switch code {
		case '[', '(', ')':
			return container, nil
		case '<', '>':
			typ := objects.SetType
			if code == '>' {
				typ = objects.FrozenSetType
			}
			return objects.CallValue(t, objects.Obj(typ), []Value{objects.NewListValue(items)}, nil)
		}
		return objects.Null, badData()
	case '{':
		dict := objects.NewDict()
		if ref >= 0 {
			d.refs[ref] = objects.Obj(dict)
		}
		for {
			if d.pos < len(d.b) && d.b[d.pos] == '0' {
				d.pos++
				return objects.Obj(dict), nil
			}
			k, err := d.decode(t, depth+1)
			if err != nil {
				return objects.Null, err
			}
			v, err := d.decode(t, depth+1)
			if err != nil {
				return objects.Null, err
			}
			if err := dict.SetItem(t, k, v); err != nil {
				return objects.Null, err
			}
		}
	case 'r':
		n, err := d.u32()
		if err != nil {
			return objects.Null, err
		}
		if int(n) >= len(d.refs) {
			return objects.Null, objects.Errorf(objects.ExcValueError, "bad marshal data (invalid reference)")
		}
		return d.refs[n], nil
	case 'c':
		return objects.Null, objects.Errorf(objects.ExcValueError, "bad marshal data (code objects are not supported by Taipan)")
	}
	return objects.Null, badData()
}
