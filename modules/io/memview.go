package io

import (
	"taipan/objects"
)

// memView is a minimal writable view over a Go byte slice, handed to
// Python-level readinto() implementations (CPython passes a memoryview).
// It supports len, indexing, slicing, slice assignment of an equal
// length bytes-like object, tobytes() and release().
type memView struct {
	objects.Header
	b        []byte
	released bool
}

var memViewType = objects.NewType("builtins", "memoryview", nil, 0)

func newMemView(b []byte) Value {
	m := &memView{b: b}
	m.SetType(memViewType)
	return objects.Obj(m)
}

func mvOf(v Value) (*memView, *Exc) {
	m := objects.As[memView](v)
	if m.released {
		return nil, valueError("operation forbidden on released memoryview object")
	}
	return m, nil
}

func init() {
	mt := memViewType
	objects.RegisterBuffer(mt, func(v Value) ([]byte, bool) { return objects.As[memView](v).b, true })
	mt.Len = func(t *objects.Thread, v Value) (int, *Exc) {
		m, err := mvOf(v)
		if err != nil {
			return 0, err
		}
		return len(m.b), nil
	}
	mt.GetItem = func(t *objects.Thread, v, k Value) (Value, *Exc) {
		m, err := mvOf(v)
		if err != nil {
			return null, err
		}
		if k.Type() == objects.SliceType {
			start, stop, step, err := objects.As[objects.Slice](k).Indices(t, len(m.b))
			if err != nil {
				return null, err
			}
			if step != 1 {
				return null, typeError("memoryview: only step 1 slices are supported here")
			}
			if stop < start {
				stop = start
			}
			return newMemView(m.b[start:stop]), nil
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
	mt.SetItem = func(t *objects.Thread, v, k, val Value) *Exc {
		m, err := mvOf(v)
		if err != nil {
			return err
		}
		if val.IsNull() {
			return typeError("cannot delete memory")
		}
		if k.Type() == objects.SliceType {
			start, stop, step, err := objects.As[objects.Slice](k).Indices(t, len(m.b))
			if err != nil {
				return err
			}
			if stop < start {
				stop = start
			}
			src, ok := objects.BytesLike(val)
			if !ok {
				return typeError("a bytes-like object is required, not '%s'", val.Type().Name)
			}
			if step != 1 || len(src) != stop-start {
				return valueError("memoryview assignment: lvalue and rvalue have different structures")
			}
			copy(m.b[start:stop], src)
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
		x, ok := objects.IntToInt64(val)
		if !ok || !objects.IsIntValue(val) || x < 0 || x > 255 {
			return valueError("memoryview: invalid value for format 'B'")
		}
		m.b[i] = byte(x)
		return nil
	}
	mt.Repr = func(t *objects.Thread, v Value) (Value, *Exc) {
		return objects.Repr(t, objects.NewBytes(objects.As[memView](v).b))
	}
	mt.AddMethod("tobytes", func(t *objects.Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		m, err := mvOf(self)
		if err != nil {
			return null, err
		}
		return objects.NewBytes(append([]byte(nil), m.b...)), nil
	})
	mt.AddMethod("release", func(t *objects.Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		objects.As[memView](self).released = true
		return objects.None, nil
	})
	mt.AddMethod("cast", func(t *objects.Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		return self, nil
	})
	mt.AddMethod("__enter__", func(t *objects.Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) { return self, nil })
	mt.AddMethod("__exit__", func(t *objects.Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		objects.As[memView](self).released = true
		return objects.None, nil
	})
	getter(mt, "nbytes", func(t *objects.Thread, self Value) (Value, *Exc) {
		return objects.Int(int64(len(objects.As[memView](self).b))), nil
	})
	mt.Finish()
}
