package vm

import (
	"encoding/hex"
	"fmt"

	"taipan/objects"
)

// A stop-gap builtins.memoryview: one-dimensional byte views ('B'
// format) over any object of the buffer protocol, enough for the
// standard library's imports (collections.abc registers memoryview as a
// Sequence) and its byte-oriented uses. It is installed only when no
// other memoryview is; the full type (formats, cast, multi-dimensional
// views) belongs with the buffer protocol.

type memView struct {
	objects.Header
	obj      Value
	b        []byte
	readonly bool
	released bool
}

var memViewType = objects.NewType("builtins", "memoryview", objects.ObjectType, 0)

func mvOf(t *objects.Thread, v Value) (*memView, *Exc) {
	m := objects.As[memView](v)
	if m.released {
		return nil, objects.Errorf(objects.ExcValueError, "operation forbidden on released memoryview object")
	}
	return m, nil
}

func newMemView(obj Value, b []byte, readonly bool) Value {
	m := &memView{obj: obj, b: b, readonly: readonly}
	m.SetType(memViewType)
	return objects.Obj(m)
}

func init() {
	if _, ok := Builtins.GetStr(objects.Intern("memoryview")); ok {
		return
	}
	ty := memViewType
	ty.New = func(t *objects.Thread, typ *objects.Type, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
		a, err := parseArgs("memoryview", args, kwnames, []string{"object"}, 1)
		if err != nil {
			return null, err
		}
		if a[0].Type() == memViewType {
			m, err := mvOf(t, a[0])
			if err != nil {
				return null, err
			}
			return newMemView(m.obj, m.b, m.readonly), nil
		}
		b, w, ok := objects.BufferOf(a[0])
		if !ok {
			return null, objects.Errorf(objects.ExcTypeError, "memoryview: a bytes-like object is required, not '%s'", a[0].Type().Name)
		}
		return newMemView(a[0], b, !w), nil
	}
	ty.Len = func(t *objects.Thread, v Value) (int, *Exc) {
		m, err := mvOf(t, v)
		if err != nil {
			return 0, err
		}
		return len(m.b), nil
	}
	ty.Repr = func(t *objects.Thread, v Value) (Value, *Exc) {
		if objects.As[memView](v).released {
			return str(fmt.Sprintf("<released memory at %p>", v.Ptr())), nil
		}
		return str(fmt.Sprintf("<memory at %p>", v.Ptr())), nil
	}
	ty.GetItem = func(t *objects.Thread, v, k Value) (Value, *Exc) {
		m, err := mvOf(t, v)
		if err != nil {
			return null, err
		}
		if k.Type() == objects.SliceType {
			start, stop, step, err := objects.As[objects.Slice](k).Indices(t, len(m.b))
			if err != nil {
				return null, err
			}
			if step == 1 {
				if stop < start {
					stop = start
				}
				return newMemView(m.obj, m.b[start:stop:stop], m.readonly), nil
			}
			var out []byte
			for i := start; (step > 0 && i < stop) || (step < 0 && i > stop); i += step {
				out = append(out, m.b[i])
			}
			return newMemView(m.obj, out, true), nil
		}
		i, err := objects.IndexOf(t, k, "memoryview")
		if err != nil {
			return null, err
		}
		if i < 0 {
			i += len(m.b)
		}
		if i < 0 || i >= len(m.b) {
			return null, objects.Errorf(objects.ExcIndexError, "index out of bounds on dimension 1")
		}
		return objects.Int(int64(m.b[i])), nil
	}
	ty.SetItem = func(t *objects.Thread, v, k, x Value) *Exc {
		m, err := mvOf(t, v)
		if err != nil {
			return err
		}
		if m.readonly {
			return objects.Errorf(objects.ExcTypeError, "cannot modify read-only memory")
		}
		if x.IsNull() {
			return objects.Errorf(objects.ExcTypeError, "cannot delete memory")
		}
		if k.Type() == objects.SliceType {
			start, stop, step, err := objects.As[objects.Slice](k).Indices(t, len(m.b))
			if err != nil {
				return err
			}
			src, _, ok := objects.BufferOf(x)
			if !ok {
				return objects.Errorf(objects.ExcTypeError, "a bytes-like object is required, not '%s'", x.Type().Name)
			}
			n := 0
			for i := start; (step > 0 && i < stop) || (step < 0 && i > stop); i += step {
				n++
			}
			if n != len(src) {
				return objects.Errorf(objects.ExcValueError, "memoryview assignment: lvalue and rvalue have different structures")
			}
			src = append([]byte(nil), src...)
			j := 0
			for i := start; j < n; i += step {
				m.b[i] = src[j]
				j++
			}
			return nil
		}
		i, err := objects.IndexOf(t, k, "memoryview")
		if err != nil {
			return err
		}
		if i < 0 {
			i += len(m.b)
		}
		if i < 0 || i >= len(m.b) {
			return objects.Errorf(objects.ExcIndexError, "index out of bounds on dimension 1")
		}
		n, ok := objects.IntToInt64(x)
		if !ok || !objects.IsIntValue(x) || n < 0 || n > 255 {
			return objects.Errorf(objects.ExcTypeError, "memoryview: invalid type for format 'B'")
		}
		m.b[i] = byte(n)
		return nil
	}
	ty.RichCompare = func(t *objects.Thread, a, b Value, op objects.CompareOp) (Value, *Exc) {
		if op != objects.CmpEq && op != objects.CmpNe {
			return objects.NotImplemented, nil
		}
		ma := objects.As[memView](a)
		ob, _, ok := objects.BufferOf(b)
		if !ok {
			return objects.NotImplemented, nil
		}
		if ma.released || (b.Type() == memViewType && objects.As[memView](b).released) {
			return objects.Bool(a.Is(b) == (op == objects.CmpEq)), nil
		}
		eq := string(ma.b) == string(ob)
		return objects.Bool(eq == (op == objects.CmpEq)), nil
	}
	ty.Hash = func(t *objects.Thread, v Value) (int64, *Exc) {
		m, err := mvOf(t, v)
		if err != nil {
			return 0, err
		}
		if !m.readonly {
			return 0, objects.Errorf(objects.ExcValueError, "cannot hash writable memoryview object")
		}
		return objects.Hash(t, objects.NewBytes(append([]byte(nil), m.b...)))
	}
	ty.Iter = func(t *objects.Thread, v Value) (Value, *Exc) {
		m, err := mvOf(t, v)
		if err != nil {
			return null, err
		}
		items := make([]Value, len(m.b))
		for i, c := range m.b {
			items[i] = objects.Int(int64(c))
		}
		return objects.GetIter(t, objects.NewListValue(items))
	}
	method := func(name string, f func(t *objects.Thread, m *memView, args []Value) (Value, *Exc)) {
		ty.AddMethod(name, func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
			if name != "release" && name != "__exit__" {
				m, err := mvOf(t, self)
				if err != nil {
					return null, err
				}
				return f(t, m, args)
			}
			return f(t, objects.As[memView](self), args)
		})
	}
	method("tobytes", func(t *objects.Thread, m *memView, args []Value) (Value, *Exc) {
		return objects.NewBytes(append([]byte(nil), m.b...)), nil
	})
	method("tolist", func(t *objects.Thread, m *memView, args []Value) (Value, *Exc) {
		items := make([]Value, len(m.b))
		for i, c := range m.b {
			items[i] = objects.Int(int64(c))
		}
		return objects.NewListValue(items), nil
	})
	method("hex", func(t *objects.Thread, m *memView, args []Value) (Value, *Exc) {
		return str(hex.EncodeToString(m.b)), nil
	})
	method("release", func(t *objects.Thread, m *memView, args []Value) (Value, *Exc) {
		m.released = true
		return objects.None, nil
	})
	method("toreadonly", func(t *objects.Thread, m *memView, args []Value) (Value, *Exc) {
		return newMemView(m.obj, m.b, true), nil
	})
	method("cast", func(t *objects.Thread, m *memView, args []Value) (Value, *Exc) {
		if len(args) >= 1 {
			if f, _ := strOf(args[0]); f == "B" || f == "b" || f == "c" {
				return newMemView(m.obj, m.b, m.readonly), nil
			}
		}
		return null, objects.Errorf(objects.ExcNotImplementedError, "memoryview: only byte formats are supported")
	})
	method("__enter__", func(t *objects.Thread, m *memView, args []Value) (Value, *Exc) {
		return objects.Obj(m), nil
	})
	method("__exit__", func(t *objects.Thread, m *memView, args []Value) (Value, *Exc) {
		m.released = true
		return objects.False, nil
	})
	prop := func(name string, f func(m *memView) Value) {
		p := &objects.Property{Get: objects.NewBuiltin(name, func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
			if name == "released" {
				return objects.Bool(objects.As[memView](args[0]).released), nil
			}
			m, err := mvOf(t, args[0])
			if err != nil {
				return null, err
			}
			return f(m), nil
		}), Set: objects.None, Del: objects.None, Doc: objects.None}
		p.SetType(objects.PropertyType)
		ty.SetAttrString(name, objects.Obj(p))
	}
	prop("obj", func(m *memView) Value { return m.obj })
	prop("nbytes", func(m *memView) Value { return objects.Int(int64(len(m.b))) })
	prop("readonly", func(m *memView) Value { return objects.Bool(m.readonly) })
	prop("itemsize", func(m *memView) Value { return objects.Int(1) })
	prop("format", func(m *memView) Value { return str("B") })
	prop("ndim", func(m *memView) Value { return objects.Int(1) })
	prop("shape", func(m *memView) Value { return objects.NewTupleValue([]Value{objects.Int(int64(len(m.b)))}) })
	prop("strides", func(m *memView) Value { return objects.NewTupleValue([]Value{objects.Int(1)}) })
	prop("suboffsets", func(m *memView) Value { return objects.NewTupleValue(nil) })
	for _, n := range []string{"c_contiguous", "f_contiguous", "contiguous"} {
		prop(n, func(m *memView) Value { return objects.True })
	}
	prop("released", nil)
	ty.Finish()
	objects.RegisterBuffer(ty, func(v Value) ([]byte, bool) {
		m := objects.As[memView](v)
		return m.b, !m.readonly
	})
	setb("memoryview", objects.Obj(ty))
}
