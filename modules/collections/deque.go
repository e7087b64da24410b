// Package collections is the native _collections module: deque,
// defaultdict, _count_elements, the deque iterators and _tuplegetter.
package collections

import (
	"strconv"
	"strings"

	"taipan/modules/modutil"
	"taipan/objects"
)

type (
	Value  = objects.Value
	Exc    = objects.BaseException
	Thread = objects.Thread
	Tuple  = objects.Tuple
)

var null = objects.Null

func errorf(typ *objects.Type, f string, a ...any) *Exc { return objects.Errorf(typ, f, a...) }

// Deque is a double-ended queue in a ring buffer. It begins with a
// Header and Attrs so that instances of Python subclasses carry
// attributes.
type Deque struct {
	objects.Header
	objects.Attrs
	buf    []Value
	head   int
	n      int
	maxlen int   // -1: unbounded
	state  int64 // bumped by every mutation that moves elements
}

var (
	dequeType    = objects.NewType("collections", "deque", nil, objects.FlagBaseType|objects.FlagHasAttrs)
	dequeIterTyp = objects.NewType("_collections", "_deque_iterator", nil, 0)
	dequeRevTyp  = objects.NewType("_collections", "_deque_reverse_iterator", nil, 0)
)

func asDeque(v Value) *Deque { return objects.As[Deque](v) }

func (d *Deque) at(i int) Value { return d.buf[(d.head+i)%len(d.buf)] }

func (d *Deque) set(i int, v Value) { d.buf[(d.head+i)%len(d.buf)] = v }

func (d *Deque) grow() {
	nc := len(d.buf) * 2
	if nc < 8 {
		nc = 8
	}
	nb := make([]Value, nc)
	for i := 0; i < d.n; i++ {
		nb[i] = d.at(i)
	}
	d.buf, d.head = nb, 0
}

func (d *Deque) items() []Value {
	out := make([]Value, d.n)
	for i := range out {
		out[i] = d.at(i)
	}
	return out
}

func (d *Deque) pushRight(v Value) {
	if d.maxlen == 0 {
		return
	}
	if d.n == d.maxlen {
		d.popLeft()
	}
	if d.n == len(d.buf) {
		d.grow()
	}
	d.set(d.n, v)
	d.n++
	d.state++
}

func (d *Deque) pushLeft(v Value) {
	if d.maxlen == 0 {
		return
	}
	if d.n == d.maxlen {
		d.popRight()
	}
	if d.n == len(d.buf) {
		d.grow()
	}
	d.head = (d.head - 1 + len(d.buf)) % len(d.buf)
	d.buf[d.head] = v
	d.n++
	d.state++
}

func (d *Deque) popRight() Value {
	i := (d.head + d.n - 1) % len(d.buf)
	v := d.buf[i]
	d.buf[i] = null
	d.n--
	d.state++
	return v
}

func (d *Deque) popLeft() Value {
	v := d.buf[d.head]
	d.buf[d.head] = null
	d.head = (d.head + 1) % len(d.buf)
	d.n--
	d.state++
	return v
}

func (d *Deque) clear() {
	d.buf, d.head, d.n = nil, 0, 0
	d.state++
}

// setItems replaces the contents (keeping at most maxlen from the right).
func (d *Deque) setItems(items []Value) {
	if d.maxlen >= 0 && len(items) > d.maxlen {
		items = items[len(items)-d.maxlen:]
	}
	d.buf = make([]Value, max(8, len(items)))
	copy(d.buf, items)
	d.head, d.n = 0, len(items)
	d.state++
}

func (d *Deque) rotate(k int) {
	if d.n <= 1 {
		return
	}
	k %= d.n
	if k < 0 {
		k += d.n
	}
	if k == 0 {
		return
	}
	if d.n == len(d.buf) {
		d.head = (d.head - k + len(d.buf)) % len(d.buf)
	} else {
		items := d.items()
		rot := append(append([]Value(nil), items[d.n-k:]...), items[:d.n-k]...)
		copy(d.buf, rot)
		for i := len(rot); i < len(d.buf); i++ {
			d.buf[i] = null
		}
		d.head = 0
	}
	d.state++
}

func newDeque(typ *objects.Type) *Deque {
	d := &Deque{maxlen: -1}
	d.SetType(typ)
	if typ.RootMap != nil {
		d.Attrs = objects.Attrs{Map: typ.RootMap, Slots: objects.NewSlots(typ.RootMap)}
	}
	return d
}

func dequeNew(t *Thread, typ *objects.Type, args []Value, kw *Tuple) (Value, *Exc) {
	return objects.Obj(newDeque(typ)), nil
}

var dequeNames = []string{"iterable", "maxlen"}

func dequeInit(t *Thread, self Value, args []Value, kw *Tuple) *Exc {
	if n := len(args) - kw.Len(); n > 2 {
		return errorf(objects.ExcTypeError, "deque() takes at most 2 arguments (%d given)", n)
	}
	var p [2]Value
	if err := modutil.ParamsInto(p[:], "deque", args, kw, dequeNames, 2, 0); err != nil {
		return err
	}
	d := asDeque(self)
	maxlen := -1
	if !p[1].IsNull() && !p[1].IsNone() {
		if !objects.IsIntValue(p[1]) {
			return errorf(objects.ExcTypeError, "an integer is required")
		}
		n, ok := objects.IntToInt64(p[1])
		if !ok {
			return errorf(objects.ExcOverflowError, "Python int too large to convert to C ssize_t")
		}
		if n < 0 {
			return errorf(objects.ExcValueError, "maxlen must be non-negative")
		}
		maxlen = int(n)
	}
	d.maxlen = maxlen
	if d.n > 0 {
		d.clear()
	}
	if !p[0].IsNull() {
		return d.extend(t, p[0])
	}
	return nil
}

func (d *Deque) extend(t *Thread, iterable Value) *Exc {
	if iterable.Is(objects.Obj(d)) {
		iterable = objects.NewListValue(d.items())
	}
	it, err := objects.GetIter(t, iterable)
	if err != nil {
		return err
	}
	for {
		x, err := objects.Next(t, it)
		if err != nil || x.IsNull() {
			return err
		}
		d.pushRight(x)
	}
}

func (d *Deque) extendLeft(t *Thread, iterable Value) *Exc {
	if iterable.Is(objects.Obj(d)) {
		iterable = objects.NewListValue(d.items())
	}
	it, err := objects.GetIter(t, iterable)
	if err != nil {
		return err
	}
	for {
		x, err := objects.Next(t, it)
		if err != nil || x.IsNull() {
			return err
		}
		d.pushLeft(x)
	}
}

// index normalises a subscript for item access.
func (d *Deque) index(t *Thread, k Value) (int, *Exc) {
	var i int64
	if k.IsSmallInt() {
		i = k.SmallInt()
	} else {
		x, err := objects.Index(t, k)
		if err != nil {
			return 0, err
		}
		n, ok := objects.IntToInt64(x)
		if !ok {
			return 0, errorf(objects.ExcIndexError, "cannot fit 'int' into an index-sized integer")
		}
		i = n
	}
	if i < 0 {
		i += int64(d.n)
	}
	if i < 0 || i >= int64(d.n) {
		return 0, errorf(objects.ExcIndexError, "deque index out of range")
	}
	return int(i), nil
}

func (d *Deque) delAt(i int) {
	items := d.items()
	items = append(items[:i], items[i+1:]...)
	st := d.state
	d.setItems(items)
	d.state = st + 1
}

func dequeRepr(t *Thread, v Value) (Value, *Exc) {
	d := asDeque(v)
	if !t.ReprEnter(v) {
		return objects.NewStrValue("[...]"), nil
	}
	defer t.ReprLeave(v)
	var b strings.Builder
	b.WriteString(v.Type().Name)
	b.WriteString("([")
	for i, x := range d.items() {
		if i > 0 {
			b.WriteString(", ")
		}
		s, err := objects.ReprString(t, x)
		if err != nil {
			return null, err
		}
		b.WriteString(s)
	}
	b.WriteString("]")
	if d.maxlen >= 0 {
		b.WriteString(", maxlen=" + strconv.Itoa(d.maxlen))
	}
	b.WriteString(")")
	return objects.NewStrValue(b.String()), nil
}

func dequeCompare(t *Thread, a, b Value, op objects.CompareOp) (Value, *Exc) {
	if !b.IsInstance(dequeType) {
		return objects.NotImplemented, nil
	}
	return modutil.CompareSeqs(t, asDeque(a).items(), asDeque(b).items(), op)
}

// ---- iterators ----

type dequeIter struct {
	objects.Header
	d     *Deque
	i     int
	left  int
	state int64
}

func newDequeIter(d *Deque, typ *objects.Type) Value {
	it := &dequeIter{d: d, left: d.n, state: d.state}
	it.SetType(typ)
	if typ == dequeRevTyp {
		it.i = d.n - 1
	}
	return objects.Obj(it)
}

func dequeIterNext(t *Thread, v Value) (Value, *Exc) {
	it := objects.As[dequeIter](v)
	if it.left == 0 {
		return null, nil
	}
	if it.d.state != it.state {
		it.left = 0
		return null, errorf(objects.ExcRuntimeError, "deque mutated during iteration")
	}
	x := it.d.at(it.i)
	if it.Type() == dequeRevTyp {
		it.i--
	} else {
		it.i++
	}
	it.left--
	return x, nil
}

func iterCtor(typ *objects.Type) objects.NewFunc {
	return func(t *Thread, _ *objects.Type, args []Value, kw *Tuple) (Value, *Exc) {
		if err := modutil.Arity(typ.Name, args, kw, 1, 2); err != nil {
			return null, err
		}
		if !args[0].IsInstance(dequeType) {
			return null, errorf(objects.ExcTypeError, "%s() argument 1 must be collections.deque, not %s", typ.Name, args[0].Type().Name)
		}
		d := asDeque(args[0])
		it := newDequeIter(d, typ)
		if len(args) == 2 {
			n, _, err := modutil.ToInt64(t, args[1])
			if err != nil {
				return null, err
			}
			x := objects.As[dequeIter](it)
			for ; n > 0 && x.left > 0; n-- {
				dequeIterNext(t, it)
			}
		}
		return it, nil
	}
}

func method(name string, lo, hi int, f func(t *Thread, d *Deque, args []Value) (Value, *Exc)) {
	qual := "deque." + name
	dequeType.AddMethod(name, func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		if kw.Len() > 0 {
			return null, errorf(objects.ExcTypeError, "%s() takes no keyword arguments", qual)
		}
		if len(args) < lo || len(args) > hi {
			switch {
			case lo == 1 && hi == 1:
				return null, errorf(objects.ExcTypeError, "%s() takes exactly one argument (%d given)", qual, len(args))
			case lo == 0 && hi == 0:
				return null, errorf(objects.ExcTypeError, "%s() takes no arguments (%d given)", qual, len(args))
			default:
				return null, modutil.Arity(qual, args, nil, lo, hi)
			}
		}
		return f(t, asDeque(self), args)
	})
}

func init() {
	dequeType.New = dequeNew
	dequeType.Init = dequeInit
	dequeType.Repr = dequeRepr
	dequeType.RichCompare = dequeCompare
	dequeType.Hash = func(t *Thread, v Value) (int64, *Exc) {
		return 0, errorf(objects.ExcTypeError, "unhashable type: 'collections.deque'")
	}
	dequeType.Len = func(t *Thread, v Value) (int, *Exc) { return asDeque(v).n, nil }
	dequeType.Bool = func(t *Thread, v Value) (bool, *Exc) { return asDeque(v).n > 0, nil }
	dequeType.Iter = func(t *Thread, v Value) (Value, *Exc) { return newDequeIter(asDeque(v), dequeIterTyp), nil }
	dequeType.GetItem = func(t *Thread, o, k Value) (Value, *Exc) {
		d := asDeque(o)
		i, err := d.index(t, k)
		if err != nil {
			return null, err
		}
		return d.at(i), nil
	}
	dequeType.SetItem = func(t *Thread, o, k, v Value) *Exc {
		d := asDeque(o)
		i, err := d.index(t, k)
		if err != nil {
			return err
		}
		if v.IsNull() {
			d.delAt(i)
			return nil
		}
		d.set(i, v)
		return nil
	}
	dequeType.Contains = func(t *Thread, o, x Value) (bool, *Exc) {
		d := asDeque(o)
		st := d.state
		for i := 0; i < d.n; i++ {
			y := d.at(i)
			if y.Is(x) {
				return true, nil
			}
			eq, err := objects.Equal(t, y, x)
			if err != nil {
				return false, err
			}
			if eq {
				return true, nil
			}
			if d.state != st {
				return false, errorf(objects.ExcRuntimeError, "deque mutated during iteration")
			}
		}
		return false, nil
	}
	dequeType.SetAttr = func(t *Thread, v Value, name *objects.Str, val Value) *Exc {
		if v.Type() == dequeType {
			if name.S == "maxlen" {
				return errorf(objects.ExcAttributeError, "attribute 'maxlen' of 'collections.deque' objects is not writable")
			}
			return errorf(objects.ExcAttributeError, "'collections.deque' object has no attribute '%s'", name.S)
		}
		return objects.GenericSetAttr(t, v, name, val)
	}
	dequeType.NB[objects.OpAdd] = func(t *Thread, a, b Value) (Value, *Exc) {
		if !a.IsInstance(dequeType) {
			return objects.NotImplemented, nil
		}
		if !b.IsInstance(dequeType) {
			return null, errorf(objects.ExcTypeError, "can only concatenate deque (not \"%s\") to deque", b.Type().Name)
		}
		x := asDeque(a)
		r := newDeque(a.Type())
		r.maxlen = x.maxlen
		r.setItems(append(x.items(), asDeque(b).items()...))
		return objects.Obj(r), nil
	}
	dequeType.INB[objects.OpAdd] = func(t *Thread, a, b Value) (Value, *Exc) {
		if err := asDeque(a).extend(t, b); err != nil {
			return null, err
		}
		return a, nil
	}
	mul := func(t *Thread, a, b Value, inplace bool) (Value, *Exc) {
		if b.IsInstance(dequeType) && !a.IsInstance(dequeType) {
			a, b = b, a
		}
		if !objects.IsIntValue(b) && b.Type().Index == nil {
			return null, errorf(objects.ExcTypeError, "can't multiply sequence by non-int of type '%s'", b.Type().Name)
		}
		n, _, err := modutil.ToInt64(t, b)
		if err != nil {
			return null, err
		}
		x := asDeque(a)
		items := x.items()
		var out []Value
		if n > 0 && len(items) > 0 && n > (1<<32)/int64(len(items)) && x.maxlen < 0 {
			return null, objects.NewException(objects.ExcMemoryError)
		}
		if n > 0 {
			lim := int64(len(items)) * n
			if x.maxlen >= 0 && lim > int64(x.maxlen) {
				lim = int64(x.maxlen) + int64(len(items))
			}
			for int64(len(out)) < lim && len(items) > 0 {
				out = append(out, items...)
			}
		}
		if inplace {
			x.setItems(out)
			return a, nil
		}
		r := newDeque(a.Type())
		r.maxlen = x.maxlen
		r.setItems(out)
		return objects.Obj(r), nil
	}
	dequeType.NB[objects.OpMul] = func(t *Thread, a, b Value) (Value, *Exc) { return mul(t, a, b, false) }
	dequeType.INB[objects.OpMul] = func(t *Thread, a, b Value) (Value, *Exc) { return mul(t, a, b, true) }

	method("__delitem__", 1, 1, func(t *Thread, d *Deque, a []Value) (Value, *Exc) {
		return objects.None, dequeType.SetItem(t, objects.Obj(d), a[0], null)
	})
	method("append", 1, 1, func(t *Thread, d *Deque, a []Value) (Value, *Exc) { d.pushRight(a[0]); return objects.None, nil })
	method("appendleft", 1, 1, func(t *Thread, d *Deque, a []Value) (Value, *Exc) { d.pushLeft(a[0]); return objects.None, nil })
	method("pop", 0, 0, func(t *Thread, d *Deque, a []Value) (Value, *Exc) {
		if d.n == 0 {
			return null, errorf(objects.ExcIndexError, "pop from an empty deque")
		}
		return d.popRight(), nil
	})
	method("popleft", 0, 0, func(t *Thread, d *Deque, a []Value) (Value, *Exc) {
		if d.n == 0 {
			return null, errorf(objects.ExcIndexError, "pop from an empty deque")
		}
		return d.popLeft(), nil
	})
	method("extend", 1, 1, func(t *Thread, d *Deque, a []Value) (Value, *Exc) { return objects.None, d.extend(t, a[0]) })
	method("extendleft", 1, 1, func(t *Thread, d *Deque, a []Value) (Value, *Exc) { return objects.None, d.extendLeft(t, a[0]) })
	method("clear", 0, 0, func(t *Thread, d *Deque, a []Value) (Value, *Exc) { d.clear(); return objects.None, nil })
	copyFn := func(t *Thread, d *Deque, a []Value) (Value, *Exc) {
		self := objects.Obj(d)
		if d.Type() != dequeType {
			var args []Value
			if d.maxlen >= 0 {
				args = []Value{objects.NewListValue(d.items()), objects.Int(int64(d.maxlen))}
			} else {
				args = []Value{self}
			}
			return objects.CallValue(t, objects.Obj(d.Type()), args, nil)
		}
		r := newDeque(dequeType)
		r.maxlen = d.maxlen
		r.setItems(d.items())
		return objects.Obj(r), nil
	}
	method("copy", 0, 0, copyFn)
	method("__copy__", 0, 0, copyFn)
	method("count", 1, 1, func(t *Thread, d *Deque, a []Value) (Value, *Exc) {
		st := d.state
		c := 0
		for i := 0; i < d.n; i++ {
			eq, err := objects.Equal(t, d.at(i), a[0])
			if err != nil {
				return null, err
			}
			if d.state != st {
				return null, errorf(objects.ExcRuntimeError, "deque mutated during iteration")
			}
			if eq {
				c++
			}
		}
		return objects.Int(int64(c)), nil
	})
	dequeType.AddMethod("index", func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		d := asDeque(self)
		if kw.Len() > 0 {
			return null, errorf(objects.ExcTypeError, "index() takes no keyword arguments")
		}
		if len(args) < 1 {
			return null, errorf(objects.ExcTypeError, "index() takes at least 1 argument (0 given)")
		}
		if len(args) > 3 {
			return null, errorf(objects.ExcTypeError, "index() takes at most 3 arguments (%d given)", len(args))
		}
		start, stop := 0, d.n
		clip := func(v Value) (int, *Exc) {
			n, ok, err := modutil.ToInt64(t, v)
			if err != nil {
				return 0, err
			}
			if !ok { // beyond int64: clip to the ends
				x, _ := objects.Index(t, v)
				if b, _ := objects.BigOf(x); b.Sign() < 0 {
					return 0, nil
				}
				return d.n, nil
			}
			if n < 0 {
				n += int64(d.n)
				if n < 0 {
					n = 0
				}
			}
			if n > int64(d.n) {
				n = int64(d.n)
			}
			return int(n), nil
		}
		var err *Exc
		if len(args) > 1 {
			if start, err = clip(args[1]); err != nil {
				return null, err
			}
		}
		if len(args) > 2 {
			if stop, err = clip(args[2]); err != nil {
				return null, err
			}
		}
		st := d.state
		for i := start; i < stop && i < d.n; i++ {
			eq, err := objects.Equal(t, d.at(i), args[0])
			if err != nil {
				return null, err
			}
			if d.state != st {
				return null, errorf(objects.ExcRuntimeError, "deque mutated during iteration")
			}
			if eq {
				return objects.Int(int64(i)), nil
			}
		}
		r, err := objects.ReprString(t, args[0])
		if err != nil {
			return null, err
		}
		return null, errorf(objects.ExcValueError, "%s is not in deque", r)
	})
	dequeType.AddMethod("insert", func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		d := asDeque(self)
		if kw.Len() > 0 {
			return null, errorf(objects.ExcTypeError, "insert() takes no keyword arguments")
		}
		if len(args) != 2 {
			return null, errorf(objects.ExcTypeError, "insert() takes exactly 2 arguments (%d given)", len(args))
		}
		n, ok, err := modutil.ToInt64(t, args[0])
		if err != nil {
			return null, err
		}
		if !ok {
			return null, errorf(objects.ExcOverflowError, "Python int too large to convert to C ssize_t")
		}
		if d.maxlen >= 0 && d.n >= d.maxlen {
			return null, errorf(objects.ExcIndexError, "deque already at its maximum size")
		}
		if n < 0 {
			n += int64(d.n)
			if n < 0 {
				n = 0
			}
		}
		if n > int64(d.n) {
			n = int64(d.n)
		}
		items := d.items()
		items = append(items, null)
		copy(items[n+1:], items[n:])
		items[n] = args[1]
		d.setItems(items)
		return objects.None, nil
	})
	method("remove", 1, 1, func(t *Thread, d *Deque, a []Value) (Value, *Exc) {
		st := d.state
		for i := 0; i < d.n; i++ {
			eq, err := objects.Equal(t, d.at(i), a[0])
			if err != nil {
				return null, err
			}
			if d.state != st {
				return null, errorf(objects.ExcIndexError, "deque mutated during remove().")
			}
			if eq {
				d.delAt(i)
				return objects.None, nil
			}
		}
		r, err := objects.ReprString(t, a[0])
		if err != nil {
			return null, err
		}
		return null, errorf(objects.ExcValueError, "%s is not in deque", r)
	})
	method("reverse", 0, 0, func(t *Thread, d *Deque, a []Value) (Value, *Exc) {
		for i, j := 0, d.n-1; i < j; i, j = i+1, j-1 {
			x, y := d.at(i), d.at(j)
			d.set(i, y)
			d.set(j, x)
		}
		d.state++
		return objects.None, nil
	})
	method("rotate", 0, 1, func(t *Thread, d *Deque, a []Value) (Value, *Exc) {
		k := int64(1)
		if len(a) == 1 {
			n, ok, err := modutil.ToInt64(t, a[0])
			if err != nil {
				return null, err
			}
			if !ok {
				return null, errorf(objects.ExcOverflowError, "Python int too large to convert to C ssize_t")
			}
			k = n
		}
		if d.n > 0 {
			d.rotate(int(k % int64(d.n)))
		}
		return objects.None, nil
	})
	method("__reversed__", 0, 0, func(t *Thread, d *Deque, a []Value) (Value, *Exc) {
		return newDequeIter(d, dequeRevTyp), nil
	})
	method("__reduce__", 0, 0, func(t *Thread, d *Deque, a []Value) (Value, *Exc) {
		var state Value = objects.None
		if d.Attrs.Len() > 0 {
			state = objects.Obj(d.Attrs.ToDict())
		}
		args := objects.NewTupleValue(nil)
		if d.maxlen >= 0 {
			args = objects.Tuple2(objects.NewTupleValue(nil), objects.Int(int64(d.maxlen)))
		}
		return objects.NewTupleValue([]Value{objects.Obj(d.Type()), args, state, newDequeIter(d, dequeIterTyp)}), nil
	})
	dequeType.SetAttrString("maxlen", modutil.GetSet("collections.deque", "maxlen", func(t *Thread, self Value) (Value, *Exc) {
		d := asDeque(self)
		if d.maxlen < 0 {
			return objects.None, nil
		}
		return objects.Int(int64(d.maxlen)), nil
	}, nil))
	dequeType.SetAttrString("__hash__", objects.None)
	dequeType.SetAttrString("__class_getitem__", modutil.ClassGetItem(dequeType))
	dequeType.Flags |= objects.FlagWeakrefable
	dequeType.Doc = "A list-like sequence optimized for data accesses near its endpoints."
	dequeType.Finish()

	for _, typ := range []*objects.Type{dequeIterTyp, dequeRevTyp} {
		typ.Iter = modutil.SelfIter
		typ.Next = dequeIterNext
		typ.New = iterCtor(typ)
		typ.AddMethod("__length_hint__", func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
			return objects.Int(int64(objects.As[dequeIter](self).left)), nil
		})
		typ.Finish()
	}
}
