// Package bisect is the _bisect module: bisect_left/right and
// insort_left/right with key=, as CPython 3.11's C implementation
// (the same comparisons in the same order).
package bisect

import (
	"taipan/modules/internal/dmargs"
	"taipan/objects"
)

type (
	Value = objects.Value
	Exc   = objects.BaseException
)

var null = objects.Null

var names = []string{"a", "x", "lo", "hi", "$key"}

func less(t *objects.Thread, a, b Value) (bool, *Exc) {
	if a.IsSmallInt() && b.IsSmallInt() {
		return a.SmallInt() < b.SmallInt(), nil
	}
	r, err := objects.RichCompare(t, a, b, objects.CmpLt)
	if err != nil {
		return false, err
	}
	if r.IsBool() {
		return r.BoolVal(), nil
	}
	return objects.Truth(t, r)
}

func item(t *objects.Thread, a Value, i int) (Value, *Exc) {
	if a.Type() == objects.ListType {
		l := objects.As[objects.List](a)
		if i < len(l.Items) {
			return l.Items[i], nil
		}
	}
	return objects.GetItem(t, a, objects.Int(int64(i)))
}

func bisect(t *objects.Thread, a, x Value, lo, hi int, key Value, right bool) (int, *Exc) {
	if lo < 0 {
		return 0, objects.Errorf(objects.ExcValueError, "lo must be non-negative")
	}
	if hi == -1 {
		n, err := objects.Len(t, a)
		if err != nil {
			return 0, err
		}
		hi = n
	}
	for lo < hi {
		mid := int((uint(lo) + uint(hi)) / 2)
		it, err := item(t, a, mid)
		if err != nil {
			return 0, err
		}
		if !key.IsNull() && !key.IsNone() {
			if it, err = objects.CallValue(t, key, []Value{it}, nil); err != nil {
				return 0, err
			}
		}
		var res bool
		if right {
			res, err = less(t, x, it)
		} else {
			res, err = less(t, it, x)
		}
		if err != nil {
			return 0, err
		}
		if res == right {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return lo, nil
}

func ssize(t *objects.Thread, v Value, def int) (int, *Exc) {
	if v.IsNull() {
		return def, nil
	}
	if v.IsSmallInt() {
		return int(v.SmallInt()), nil
	}
	if v.IsFloat() || v.Type().Index == nil && !objects.IsIntValue(v) {
		return 0, objects.Errorf(objects.ExcTypeError, "'%s' object cannot be interpreted as an integer", v.Type().Name)
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

func parse(t *objects.Thread, fn string, args []Value, kw *objects.Tuple) (a, x Value, lo, hi int, key Value, err *Exc) {
	var lov, hiv Value
	if err = dmargs.Parse(fn, args, kw, names, 2, []*Value{&a, &x, &lov, &hiv, &key}); err != nil {
		return
	}
	if lo, err = ssize(t, lov, 0); err != nil {
		return
	}
	if hiv.IsNone() {
		hiv = null
	}
	hi, err = ssize(t, hiv, -1)
	return
}

func init() {
	objects.RegisterModule("_bisect", func(t *objects.Thread, m *objects.Module) *Exc {
		m.Set("__doc__", objects.NewStrValue("Bisection algorithms."))
		for _, right := range []bool{true, false} {
			right := right
			suffix := "_left"
			if right {
				suffix = "_right"
			}
			bname := "bisect" + suffix
			dmargs.Func(m, bname, func(t *objects.Thread, _ Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
				a, x, lo, hi, key, err := parse(t, bname, args, kw)
				if err != nil {
					return null, err
				}
				i, err := bisect(t, a, x, lo, hi, key, right)
				if err != nil {
					return null, err
				}
				return objects.Int(int64(i)), nil
			})
			iname := "insort" + suffix
			dmargs.Func(m, iname, func(t *objects.Thread, _ Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
				a, x, lo, hi, key, err := parse(t, iname, args, kw)
				if err != nil {
					return null, err
				}
				kx := x
				if !key.IsNull() && !key.IsNone() {
					if kx, err = objects.CallValue(t, key, []Value{x}, nil); err != nil {
						return null, err
					}
				}
				i, err := bisect(t, a, kx, lo, hi, key, right)
				if err != nil {
					return null, err
				}
				if a.Type() == objects.ListType {
					l := objects.As[objects.List](a)
					if i > len(l.Items) {
						i = len(l.Items)
					}
					l.Items = append(l.Items, objects.Null)
					copy(l.Items[i+1:], l.Items[i:])
					l.Items[i] = x
					return objects.None, nil
				}
				if _, err := objects.CallMethod(t, a, "insert", objects.Int(int64(i)), x); err != nil {
					return null, err
				}
				return objects.None, nil
			})
		}
		return nil
	})
}
