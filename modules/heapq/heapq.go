// Package heapq is the _heapq module: the heap operations of CPython
// 3.11's C implementation (same comparisons, same results), including
// the private max-heap helpers used by heapq.merge/nlargest.
package heapq

import (
	"taipan/modules/internal/dmargs"
	"taipan/objects"
)

type (
	Value = objects.Value
	Exc   = objects.BaseException
)

var null = objects.Null

func lt(t *objects.Thread, a, b Value) (bool, *Exc) {
	if a.IsSmallInt() && b.IsSmallInt() {
		return a.SmallInt() < b.SmallInt(), nil
	}
	if a.IsFloat() && b.IsFloat() {
		return a.FloatVal() < b.FloatVal(), nil
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

func changed() *Exc {
	return objects.Errorf(objects.ExcRuntimeError, "list changed size during iteration")
}

func siftdown(t *objects.Thread, h *objects.List, start, pos int, max bool) *Exc {
	size := len(h.Items)
	if pos >= size {
		return objects.Errorf(objects.ExcIndexError, "list index out of range")
	}
	for pos > start {
		parentpos := (pos - 1) >> 1
		newitem, parent := h.Items[pos], h.Items[parentpos]
		var cmp bool
		var err *Exc
		if max {
			cmp, err = lt(t, parent, newitem)
		} else {
			cmp, err = lt(t, newitem, parent)
		}
		if err != nil {
			return err
		}
		if size != len(h.Items) {
			return changed()
		}
		if !cmp {
			break
		}
		h.Items[parentpos], h.Items[pos] = h.Items[pos], h.Items[parentpos]
		pos = parentpos
	}
	return nil
}

func siftup(t *objects.Thread, h *objects.List, pos int, max bool) *Exc {
	end := len(h.Items)
	start := pos
	if pos >= end {
		return objects.Errorf(objects.ExcIndexError, "list index out of range")
	}
	limit := end >> 1
	for pos < limit {
		child := 2*pos + 1
		if child+1 < end {
			a, b := h.Items[child], h.Items[child+1]
			var cmp bool
			var err *Exc
			if max {
				cmp, err = lt(t, b, a)
			} else {
				cmp, err = lt(t, a, b)
			}
			if err != nil {
				return err
			}
			if !cmp {
				child++
			}
			if end != len(h.Items) {
				return changed()
			}
		}
		h.Items[child], h.Items[pos] = h.Items[pos], h.Items[child]
		pos = child
	}
	return siftdown(t, h, start, pos, max)
}

func heapArg(fn string, args []Value, kw *objects.Tuple, n int) (*objects.List, *Exc) {
	var err *Exc
	if n == 1 {
		err = dmargs.Positional("_heapq."+fn, args, kw, 1, 1)
	} else {
		err = dmargs.Positional(fn, args, kw, n, n)
	}
	if err != nil {
		return nil, err
	}
	if !args[0].IsInstance(objects.ListType) {
		if n == 1 {
			return nil, objects.Errorf(objects.ExcTypeError, "%s() argument must be list, not %s", fn, args[0].Type().Name)
		}
		return nil, objects.Errorf(objects.ExcTypeError, "%s() argument 1 must be list, not %s", fn, args[0].Type().Name)
	}
	return objects.As[objects.List](args[0]), nil
}

func pop(t *objects.Thread, h *objects.List, max bool) (Value, *Exc) {
	n := len(h.Items)
	if n == 0 {
		return null, objects.Errorf(objects.ExcIndexError, "index out of range")
	}
	last := h.Items[n-1]
	h.Items[n-1] = objects.Null
	h.Items = h.Items[:n-1]
	if n == 1 {
		return last, nil
	}
	ret := h.Items[0]
	h.Items[0] = last
	if err := siftup(t, h, 0, max); err != nil {
		return null, err
	}
	return ret, nil
}

func replace(t *objects.Thread, h *objects.List, item Value, max bool) (Value, *Exc) {
	if len(h.Items) == 0 {
		return null, objects.Errorf(objects.ExcIndexError, "index out of range")
	}
	ret := h.Items[0]
	h.Items[0] = item
	if err := siftup(t, h, 0, max); err != nil {
		return null, err
	}
	return ret, nil
}

func heapify(t *objects.Thread, h *objects.List, max bool) *Exc {
	for i := len(h.Items)/2 - 1; i >= 0; i-- {
		if err := siftup(t, h, i, max); err != nil {
			return err
		}
	}
	return nil
}

func init() {
	objects.RegisterModule("_heapq", func(t *objects.Thread, m *objects.Module) *Exc {
		m.Set("__about__", objects.NewStrValue("Heap queues"))
		dmargs.Func(m, "heappush", func(t *objects.Thread, _ Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
			h, err := heapArg("heappush", args, kw, 2)
			if err != nil {
				return null, err
			}
			h.Items = append(h.Items, args[1])
			if err := siftdown(t, h, 0, len(h.Items)-1, false); err != nil {
				return null, err
			}
			return objects.None, nil
		})
		for _, max := range []bool{false, true} {
			max := max
			p := ""
			if max {
				p = "_"
			}
			sfx := ""
			if max {
				sfx = "_max"
			}
			name := p + "heappop" + sfx
			dmargs.Func(m, name, func(t *objects.Thread, _ Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
				h, err := heapArg(name, args, kw, 1)
				if err != nil {
					return null, err
				}
				return pop(t, h, max)
			})
			rname := p + "heapreplace" + sfx
			dmargs.Func(m, rname, func(t *objects.Thread, _ Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
				h, err := heapArg(rname, args, kw, 2)
				if err != nil {
					return null, err
				}
				return replace(t, h, args[1], max)
			})
			hname := p + "heapify" + sfx
			dmargs.Func(m, hname, func(t *objects.Thread, _ Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
				h, err := heapArg(hname, args, kw, 1)
				if err != nil {
					return null, err
				}
				if err := heapify(t, h, max); err != nil {
					return null, err
				}
				return objects.None, nil
			})
		}
		dmargs.Func(m, "heappushpop", func(t *objects.Thread, _ Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
			h, err := heapArg("heappushpop", args, kw, 2)
			if err != nil {
				return null, err
			}
			item := args[1]
			if len(h.Items) == 0 {
				return item, nil
			}
			cmp, err := lt(t, h.Items[0], item)
			if err != nil {
				return null, err
			}
			if !cmp {
				return item, nil
			}
			if len(h.Items) == 0 {
				return null, objects.Errorf(objects.ExcIndexError, "index out of range")
			}
			return replace(t, h, item, false)
		})
		return nil
	})
}
