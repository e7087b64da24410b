package functools

import (
	"taipan/modules/modutil"
	"taipan/objects"
)

// lruWrapper is functools._lru_cache_wrapper: a memoising callable
// with CPython's key rules. maxsize < 0 means unbounded, 0 uncached;
// a bounded cache keeps its entries in a circular list, most recent
// last.
type lruWrapper struct {
	objects.Header
	objects.Attrs
	fn           Value
	maxsize      int64
	typed        bool
	infoType     Value
	cache        *objects.Dict
	root         *lruLink
	hits, misses int64
}

type lruLink struct {
	objects.Header
	prev, next *lruLink
	key, val   Value
}

var (
	lruType  = objects.NewType("functools", "_lru_cache_wrapper", nil, objects.FlagHasAttrs|objects.FlagWeakrefable)
	linkType = objects.NewType("functools", "_lru_list_elem", nil, 0)
	kwdMark  Value // a unique object separating positional and keyword parts of keys
)

var lruNames = []string{"user_function", "maxsize", "typed", "cache_info_type"}

func lruNew(t *Thread, typ *objects.Type, args []Value, kw *Tuple) (Value, *Exc) {
	var p [4]Value
	if err := modutil.ParamsInto(p[:], "_lru_cache_wrapper", args, kw, lruNames, 4, 4); err != nil {
		return null, err
	}
	if p[0].Type().Call == nil {
		return null, errorf(objects.ExcTypeError, "the first argument must be callable")
	}
	w := &lruWrapper{fn: p[0], infoType: p[3], cache: objects.NewDict()}
	w.SetType(typ)
	w.Attrs = objects.Attrs{Map: typ.RootMap, Slots: objects.NewSlots(typ.RootMap)}
	switch {
	case p[1].IsNone():
		w.maxsize = -1
	case objects.IsIntValue(p[1]) || p[1].Type().Index != nil:
		n, ok, err := modutil.ToInt64(t, p[1])
		if err != nil {
			return null, err
		}
		if !ok {
			return null, errorf(objects.ExcOverflowError, "Python int too large to convert to C ssize_t")
		}
		w.maxsize = max(n, 0)
	default:
		return null, errorf(objects.ExcTypeError, "maxsize should be integer or None")
	}
	typed, err := objects.Truth(t, p[2])
	if err != nil {
		return null, err
	}
	w.typed = typed
	w.root = &lruLink{}
	w.root.SetType(linkType)
	w.root.prev, w.root.next = w.root, w.root
	return objects.Obj(w), nil
}

// makeKey follows CPython's lru_cache_make_key.
func (w *lruWrapper) makeKey(args []Value, kw *Tuple) Value {
	nkw := kw.Len()
	pos := args[:len(args)-nkw]
	if !w.typed && nkw == 0 {
		if len(pos) == 1 {
			if k := pos[0]; k.IsSmallInt() || k.Type() == objects.StrType || k.Type() == objects.IntType {
				return k
			}
		}
		return objects.NewTupleValue(append([]Value(nil), pos...))
	}
	n := len(pos)
	if nkw > 0 {
		n += 1 + 2*nkw
	}
	if w.typed {
		n += len(args)
	}
	key := make([]Value, 0, n)
	key = append(key, pos...)
	if nkw > 0 {
		key = append(key, kwdMark)
		for i := 0; i < nkw; i++ {
			key = append(key, kw.Items[i], args[len(pos)+i])
		}
	}
	if w.typed {
		for _, a := range pos {
			key = append(key, objects.Obj(a.Type()))
		}
		for i := 0; i < nkw; i++ {
			key = append(key, objects.Obj(args[len(pos)+i].Type()))
		}
	}
	return objects.NewTupleValue(key)
}

func (w *lruWrapper) unlink(l *lruLink) {
	l.prev.next, l.next.prev = l.next, l.prev
}

func (w *lruWrapper) pushBack(l *lruLink) {
	last := w.root.prev
	l.prev, l.next = last, w.root
	last.next, w.root.prev = l, l
}

func lruCall(t *Thread, callable Value, args []Value, kw *Tuple) (Value, *Exc) {
	w := objects.As[lruWrapper](callable)
	if w.maxsize == 0 {
		w.misses++
		return objects.CallValue(t, w.fn, args, kw)
	}
	key := w.makeKey(args, kw)
	v, ok, err := w.cache.GetItem(t, key)
	if err != nil {
		return null, err
	}
	if ok {
		w.hits++
		if w.maxsize < 0 {
			return v, nil
		}
		l := objects.As[lruLink](v)
		w.unlink(l)
		w.pushBack(l)
		return l.val, nil
	}
	w.misses++
	r, err := objects.CallValue(t, w.fn, args, kw)
	if err != nil {
		return null, err
	}
	if w.maxsize < 0 {
		if err := w.cache.SetItem(t, key, r); err != nil {
			return null, err
		}
		return r, nil
	}
	// The call may have filled this key already (recursion).
	if _, ok, err := w.cache.GetItem(t, key); err != nil {
		return null, err
	} else if ok {
		return r, nil
	}
	if int64(w.cache.Len()) >= w.maxsize {
		old := w.root.next
		w.unlink(old)
		if _, err := w.cache.DelItem(t, old.key); err != nil {
			return null, err
		}
	}
	l := &lruLink{key: key, val: r}
	l.SetType(linkType)
	if err := w.cache.SetItem(t, key, objects.Obj(l)); err != nil {
		return null, err
	}
	w.pushBack(l)
	return r, nil
}

func init() {
	mark := &objects.Instance{}
	mark.SetType(objects.ObjectType)
	kwdMark = objects.Obj(mark)
	linkType.Finish()
	lruType.New = lruNew
	lruType.Call = lruCall
	lruType.DescrGet = func(t *Thread, descr, obj Value, typ *objects.Type) (Value, *Exc) {
		if obj.IsNull() || obj.IsNone() {
			return descr, nil
		}
		return objects.NewMethod(descr, obj), nil
	}
	lruType.AddMethod("cache_info", func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		w := objects.As[lruWrapper](self)
		var maxsize Value = objects.None
		if w.maxsize >= 0 {
			maxsize = objects.Int(w.maxsize)
		}
		return objects.CallValue(t, w.infoType, []Value{objects.Int(w.hits), objects.Int(w.misses), maxsize, objects.Int(int64(w.cache.Len()))}, nil)
	})
	lruType.AddMethod("cache_clear", func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		w := objects.As[lruWrapper](self)
		w.hits, w.misses = 0, 0
		w.cache = objects.NewDict()
		w.root.prev, w.root.next = w.root, w.root
		return objects.None, nil
	})
	lruType.AddMethod("__reduce__", func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		return objects.GetAttrString(t, self, "__qualname__")
	})
	same := func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) { return self, nil }
	lruType.AddMethod("__copy__", same)
	lruType.AddMethod("__deepcopy__", same)
	lruType.Finish()
}
