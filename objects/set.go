package objects

// SetType is `set`; FrozenSetType is `frozenset`. A set is CPython's
// open-addressing table (settable.go); the operations below follow
// CPython's algorithms (which operand is iterated, copied or resized
// first), so results have CPython's layout and so its iteration order.
var (
	SetType       = builtinType("set", nil, FlagBaseType)
	FrozenSetType = builtinType("frozenset", nil, FlagBaseType)
)

// Set is a set or frozenset.
type Set struct {
	Header
	table []setEntry // len a power of two; small while it fits
	// spare is a free table: the 32 slots allocated with a set built
	// from 5 to 18 items, or the table a resize left (reused when the
	// table returns to that size, so add/discard churn stops allocating)
	spare []setEntry
	used  int32 // live elements
	fill  int32 // live elements and dummies
	// frozenset hash, computed once (nested frozensets would otherwise
	// rehash their whole contents at every level)
	hash   int64
	finger int32 // where pop() scans on from
	hashed bool
	small  [setMinSize]setEntry
}

// NewSet returns an empty set.
func NewSet() *Set { return newSetSized(SetType, 0) }

// NewSetSized returns an empty set (n is a hint only: the table grows as
// CPython's does, so that the layout and iteration order are CPython's).
func NewSetSized(n int) *Set { return newSetSized(SetType, n) }

// newSetSized returns an empty set (or frozenset) of type typ.
func newSetSized(typ *Type, n int) *Set {
	if n > 4 && n <= 18 {
		// the table will grow to 32 slots: take them in the same allocation
		x := &setWith32{}
		x.typ = typ
		x.table = x.small[:]
		x.spare = x.big[:]
		return &x.Set
	}
	s := &Set{Header: Header{typ}}
	s.table = s.small[:]
	return s
}

type setWith32 struct {
	Set
	big [32]setEntry
}

func anySet(v Value) bool { return v.IsInstance(SetType) || v.IsInstance(FrozenSetType) }

// baseSetType is the type of a new result made from a set of type typ
// (CPython's make_new_set_basetype).
func baseSetType(typ *Type) *Type {
	if typ == SetType || typ.IsSubtype(SetType) {
		return SetType
	}
	return FrozenSetType
}

func setFrom(t *Thread, typ *Type, items []Value) (*Set, *BaseException) {
	s := newSetSized(typ, len(items))
	for _, it := range items {
		if it.IsNull() {
			break // a list's slice that a key's __eq__ shrank
		}
		if err := s.Add(t, it); err != nil {
			return nil, err
		}
	}
	return s, nil
}

// setFromIterable builds a set of type typ from any iterable.
func setFromIterable(t *Thread, typ *Type, v Value) (*Set, *BaseException) {
	n := 0
	switch v.Type() {
	case ListType:
		n = len(As[List](v).Items)
	case TupleType:
		n = len(As[Tuple](v).Items)
	}
	if n == 0 && t != nil && !anySet(v) && v.Type() != DictType && v.Type() != ListType && v.Type() != TupleType {
		return setFromIterator(t, typ, v)
	}
	s := newSetSized(typ, n)
	if err := fillSet(t, s, v); err != nil {
		return nil, err
	}
	return s, nil
}

// plainHash reports values whose hashing and comparison run no Python
// code, so adding them later rather than at once is unobservable.
func plainHash(v Value) bool {
	switch v.Type() {
	case IntType, StrType, FloatType, BoolType, NoneType:
		return true
	}
	return false
}

// setFromIterator builds a set from an iterator's items. The leading run
// of plain items (ints, strs, ...) is collected first in the thread's
// scratch buffer, so that a set of 5 to 18 items gets its 32-slot table
// in its own allocation; the first other item and the rest are added as
// they come, so any __hash__ or __eq__ still runs in CPython's order.
func setFromIterator(t *Thread, typ *Type, v Value) (*Set, *BaseException) {
	if v.Type() == RangeType {
		if err := rangeFits(v); err != nil {
			return nil, err
		}
	}
	if v.Type() == GeneratorType {
		if s, ok, err := setFromGenerator(t, typ, v); ok {
			return s, err
		}
	}
	it, err := GetIter(t, v)
	if err != nil {
		return nil, err
	}
	buf := t.scratch[:0]
	t.scratch = nil // a nested call made by the iterator gets its own
	var rest Value
	for {
		x, err := Next(t, it)
		if err == nil {
			err = t.Tick()
		}
		if err != nil {
			giveScratch(t, buf)
			return nil, err
		}
		if x.IsNull() || !plainHash(x) {
			rest = x
			break
		}
		buf = append(buf, x)
	}
	return setFromParts(t, typ, buf, rest, it)
}

// setFromGenerator is setFromIterator for a fresh generator: its plain
// values are pushed straight into the buffer (PushGen).
func setFromGenerator(t *Thread, typ *Type, g Value) (*Set, bool, *BaseException) {
	buf := t.scratch[:0]
	t.scratch = nil
	rest, handled, err := PushGen(t, g, func(x Value) bool {
		if !plainHash(x) {
			return false
		}
		buf = append(buf, x)
		return true
	})
	if !handled || err != nil {
		giveScratch(t, buf)
		return nil, handled, err
	}
	s, err := setFromParts(t, typ, buf, rest, g)
	return s, true, err
}

// setFromParts builds a set from collected plain items buf (the thread's
// scratch buffer, given back), then rest (Null: none) and the rest of
// iterator it.
func setFromParts(t *Thread, typ *Type, buf []Value, rest, it Value) (*Set, *BaseException) {
	s := newSetSized(typ, len(buf))
	for _, x := range buf {
		s.Add(t, x) // a plain value: no error
	}
	giveScratch(t, buf)
	if rest.IsNull() {
		return s, nil
	}
	if err := s.Add(t, rest); err != nil {
		return nil, err
	}
	if err := drain(t, it, s.adder(t)); err != nil {
		return nil, err
	}
	return s, nil
}

// adder is s.Add as an item callback for drain.
func (s *Set) adder(t *Thread) func(Value) (bool, *BaseException) {
	return func(x Value) (bool, *BaseException) { return false, s.Add(t, x) }
}

// drain calls f with each further item of iterator it, spending the step
// budget, until the iterator is exhausted, f asks to stop (true) or
// either fails.
func drain(t *Thread, it Value, f func(Value) (bool, *BaseException)) *BaseException {
	for {
		x, err := Next(t, it)
		if err != nil {
			return err
		}
		if x.IsNull() {
			return nil
		}
		if err := t.Tick(); err != nil {
			return err
		}
		if stop, err := f(x); stop || err != nil {
			return err
		}
	}
}

// eachItem is drain over a fresh iterator of iterable v.
func eachItem(t *Thread, v Value, f func(Value) (bool, *BaseException)) *BaseException {
	it, err := GetIter(t, v)
	if err != nil {
		return err
	}
	return drain(t, it, f)
}

// fillSet adds the elements of iterable v to s (set_update_internal).
func fillSet(t *Thread, s *Set, v Value) *BaseException {
	switch v.Type() {
	case TupleType:
		for _, it := range As[Tuple](v).Items {
			if err := s.Add(t, it); err != nil {
				return err
			}
		}
		return nil
	case ListType:
		// as the list iterator does: the list is read afresh at each
		// step, since a key's __eq__ or __hash__ may change it
		l := As[List](v)
		for i := 0; i < len(l.Items); i++ {
			if err := s.Add(t, l.Items[i]); err != nil {
				return err
			}
		}
		return nil
	case DictType:
		return s.mergeDict(t, As[Dict](v))
	}
	if anySet(v) {
		return s.merge(t, As[Set](v))
	}
	if v.Type() == RangeType {
		if err := rangeFits(v); err != nil {
			return err
		}
	}
	return eachItem(t, v, s.adder(t))
}

// SetOf is set(v) for the exact set type (what set.__new__ followed by
// set.__init__ produce), in one step.
func SetOf(t *Thread, v Value) (Value, *BaseException) {
	s, err := setFromIterable(t, SetType, v)
	if err != nil {
		return Null, err
	}
	return Obj(s), nil
}

// copyOf is a new set of the base type of s holding its elements
// (set_copy).
func copyOf(t *Thread, s *Set) *Set { return CopySet(t, baseSetType(s.Type()), s) }

// otherSet returns v as a set: itself when it is one, else a new set of
// its elements.
func otherSet(t *Thread, v Value) (*Set, *BaseException) {
	if anySet(v) {
		return As[Set](v), nil
	}
	return setFromIterable(t, SetType, v)
}

// intersect is set_intersection: the smaller set (the second on a tie) is
// iterated and looked up in the other.
func intersect(t *Thread, s *Set, other Value) (*Set, *BaseException) {
	r := newSetSized(baseSetType(s.Type()), 0)
	if anySet(other) {
		a, b := s, As[Set](other)
		if b.used > a.used {
			a, b = b, a
		}
		err := b.eachEntry(func(h int64, k Value) (bool, *BaseException) {
			if in, err := a.has(t, k, h); err != nil || !in {
				return false, err
			}
			return false, r.addHashed(t, k, h)
		})
		if err != nil {
			return nil, err
		}
		return r, nil
	}
	err := eachItem(t, other, func(x Value) (bool, *BaseException) {
		h, err := setKeyHash(t, x)
		if err != nil {
			return false, err
		}
		j, err := s.lookup(t, x, h)
		if err != nil || j < 0 {
			return false, err
		}
		return false, r.addHashed(t, x, h)
	})
	if err != nil {
		return nil, err
	}
	return r, nil
}

// discardAll removes the elements of other from s
// (set_difference_update_internal), then drops the dummies if more than
// a quarter of the table is dummies.
func (s *Set) discardAll(t *Thread, other Value) *BaseException {
	if other.Ptr() == Obj(s).Ptr() {
		s.Clear()
		return nil
	}
	if anySet(other) {
		if err := As[Set](other).eachEntry(func(h int64, k Value) (bool, *BaseException) {
			_, err := s.discardHashed(t, k, h)
			return false, err
		}); err != nil {
			return err
		}
	} else if err := eachItem(t, other, func(x Value) (bool, *BaseException) {
		_, err := s.Discard(t, x)
		return false, err
	}); err != nil {
		return err
	}
	if int(s.fill-s.used) > (len(s.table)-1)/4 {
		n := int(s.used) * 4
		if s.used > 50000 {
			n = int(s.used) * 2
		}
		s.resize(n)
	}
	return nil
}

// difference is set_difference.
func difference(t *Thread, s *Set, other Value) (*Set, *BaseException) {
	var n int
	switch {
	case anySet(other):
		n = int(As[Set](other).used)
	case other.Type() == DictType:
		n = As[Dict](other).used
	default:
		r := copyOf(t, s)
		return r, r.discardAll(t, other)
	}
	if int(s.used>>2) > n {
		r := copyOf(t, s)
		return r, r.discardAll(t, other)
	}
	r := newSetSized(baseSetType(s.Type()), 0)
	err := s.eachEntry(func(h int64, k Value) (bool, *BaseException) {
		var found bool
		if other.Type() == DictType {
			ix, _, err := As[Dict](other).find(t, k, h) // the stored hash: no rehash
			if err != nil {
				return false, err
			}
			found = ix >= 0
		} else {
			var err *BaseException
			if found, err = As[Set](other).has(t, k, h); err != nil {
				return false, err
			}
		}
		if found {
			return false, nil
		}
		return false, r.addHashed(t, k, h)
	})
	if err != nil {
		return nil, err
	}
	return r, nil
}

// toggleAll is set_symmetric_difference_update: each element of other is
// discarded from s when there, added when not.
func (s *Set) toggleAll(t *Thread, other Value) *BaseException {
	if other.Ptr() == Obj(s).Ptr() {
		s.Clear()
		return nil
	}
	var o *Set
	if other.Type() == DictType {
		for _, e := range As[Dict](other).entries {
			if e.key.p == nil {
				continue
			}
			if err := s.toggle(t, e.key, e.hash); err != nil {
				return err
			}
		}
		return nil
	}
	if anySet(other) {
		o = As[Set](other)
	} else {
		var err *BaseException
		if o, err = setFromIterable(t, baseSetType(s.Type()), other); err != nil {
			return err
		}
	}
	return o.eachEntry(func(h int64, k Value) (bool, *BaseException) {
		return false, s.toggle(t, k, h)
	})
}

func (s *Set) toggle(t *Thread, key Value, h int64) *BaseException {
	found, err := s.discardHashed(t, key, h)
	if err != nil || found {
		return err
	}
	return s.addHashed(t, key, h)
}

func (s *Set) discardHashed(t *Thread, key Value, h int64) (bool, *BaseException) {
	i, err := s.lookup(t, key, h)
	if err != nil || i < 0 {
		return false, err
	}
	s.table[i] = setEntry{-1, setDummy}
	s.used--
	return true, nil
}

// symDiff is set_symmetric_difference: a copy of other toggled by s.
func symDiff(t *Thread, s *Set, other Value) (*Set, *BaseException) {
	r, err := setFromIterable(t, baseSetType(s.Type()), other)
	if err != nil {
		return nil, err
	}
	return r, r.toggleAll(t, Obj(s))
}

// takeBody gives s the contents of o (set_swap_bodies, one way: o is a
// temporary).
func (s *Set) takeBody(o *Set) {
	if &o.table[0] == &o.small[0] {
		s.small = o.small
		s.table = s.small[:]
	} else {
		s.table = o.table
	}
	s.used, s.fill = o.used, o.fill
}

// isSubset reports whether every element of a is in b.
func isSubset(t *Thread, a, b *Set) (bool, *BaseException) {
	if a.used > b.used {
		return false, nil
	}
	sub := true
	err := a.eachEntry(func(h int64, k Value) (bool, *BaseException) {
		in, err := b.has(t, k, h)
		sub = in
		return !in, err
	})
	return sub && err == nil, err
}

func setOp(op BinOp) BinaryFunc {
	return func(t *Thread, a, b Value) (Value, *BaseException) {
		if !anySet(a) || !anySet(b) {
			return NotImplemented, nil
		}
		x := As[Set](a)
		var r *Set
		var err *BaseException
		switch op {
		case OpOr:
			r = copyOf(t, x)
			if !a.Is(b) {
				err = r.merge(t, As[Set](b))
			}
		case OpAnd:
			r, err = intersect(t, x, b)
		case OpSub:
			r, err = difference(t, x, b)
		case OpXor:
			r, err = symDiff(t, x, b)
		}
		if err != nil {
			return Null, err
		}
		return Obj(r), nil
	}
}

func setIOp(op BinOp) BinaryFunc {
	return func(t *Thread, a, b Value) (Value, *BaseException) {
		if !anySet(b) {
			return NotImplemented, nil
		}
		s := As[Set](a)
		var err *BaseException
		switch op {
		case OpOr:
			err = s.merge(t, As[Set](b))
		case OpAnd:
			var r *Set
			if r, err = intersect(t, s, b); err == nil {
				s.takeBody(r)
			}
		case OpSub:
			err = s.discardAll(t, b)
		case OpXor:
			err = s.toggleAll(t, b)
		}
		if err != nil {
			return Null, err
		}
		return a, nil
	}
}

func init() {
	for _, st := range []*Type{SetType, FrozenSetType} {
		st.Len = func(t *Thread, v Value) (int, *BaseException) { return int(As[Set](v).used), nil }
		st.Bool = func(t *Thread, v Value) (bool, *BaseException) { return As[Set](v).used > 0, nil }
		st.Contains = func(t *Thread, v, x Value) (bool, *BaseException) {
			return As[Set](v).Contains(t, setKey(t, x))
		}
		st.Iter = func(t *Thread, v Value) (Value, *BaseException) {
			return newSetIter(As[Set](v)), nil
		}
		st.Repr = func(t *Thread, v Value) (Value, *BaseException) {
			s := As[Set](v)
			name := v.Type().Name
			if s.used == 0 {
				return NewStrValue(name + "()"), nil
			}
			if !t.ReprEnter(v) {
				return NewStrValue(name + "(...)"), nil // a set inside itself
			}
			t.ReprLeave(v)
			r, err := seqRepr(t, v, s.Keys(), "{", "}")
			if err != nil || v.Type() == SetType {
				return r, err
			}
			return NewStrValue(name + "(" + As[Str](r).S + ")"), nil
		}
		typ := st
		st.New = func(t *Thread, ty *Type, args []Value, kwnames *Tuple) (Value, *BaseException) {
			if err := CheckArgs(typ.Name, args, kwnames, 0, 1); err != nil {
				return Null, err
			}
			if len(args) == 1 {
				if ty == FrozenSetType && args[0].Type() == FrozenSetType {
					return args[0], nil // frozenset(fs) is fs, as CPython's
				}
				s, err := setFromIterable(t, ty, args[0])
				if err != nil {
					return Null, err
				}
				return Obj(s), nil
			}
			return Obj(newSetSized(ty, 0)), nil
		}
		for _, op := range []BinOp{OpOr, OpAnd, OpSub, OpXor} {
			st.NB[op] = setOp(op)
		}
		st.RichCompare = func(t *Thread, a, b Value, op CompareOp) (Value, *BaseException) {
			if !anySet(b) {
				return NotImplemented, nil
			}
			x, y := As[Set](a), As[Set](b)
			var r bool
			var err *BaseException
			switch op {
			case CmpEq, CmpNe:
				r = x.used == y.used
				if r {
					r, err = isSubset(t, x, y)
				}
				if op == CmpNe {
					r = !r
				}
			case CmpLe:
				r, err = isSubset(t, x, y)
			case CmpLt:
				if r = x.used < y.used; r {
					r, err = isSubset(t, x, y)
				}
			case CmpGe:
				r, err = isSubset(t, y, x)
			default:
				if r = x.used > y.used; r {
					r, err = isSubset(t, y, x)
				}
			}
			if err != nil {
				return Null, err
			}
			return Bool(r), nil
		}
	}
	for _, op := range []BinOp{OpOr, OpAnd, OpSub, OpXor} {
		SetType.INB[op] = setIOp(op)
	}
	SetType.Hash = unhashable
	FrozenSetType.Hash = func(t *Thread, v Value) (int64, *BaseException) {
		fs := As[Set](v)
		if fs.hashed {
			return fs.hash, nil
		}
		// CPython's frozenset hash: xor of the shuffled element hashes,
		// then the size and a final mix
		var h uint64
		for i := range fs.table {
			e := &fs.table[i]
			if !e.live() {
				continue
			}
			x := uint64(e.hash)
			h ^= ((x ^ 89869747) ^ (x << 16)) * 3644798167
		}
		h ^= (uint64(fs.used) + 1) * 1927868237
		h ^= (h >> 11) ^ (h >> 25)
		h = h*69069 + 907133923
		r := int64(h)
		if r == -1 {
			r = 590923713
		}
		fs.hash, fs.hashed = r, true
		return r, nil
	}
	noKw := func(name string, kwnames *Tuple) *BaseException {
		if kwnames.Len() > 0 {
			return Errorf(ExcTypeError, "set.%s() takes no keyword arguments", name)
		}
		return nil
	}
	for _, st := range []*Type{SetType, FrozenSetType} {
		st := st
		st.AddMethod("union", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
			if err := noKw("union", kwnames); err != nil {
				return Null, err
			}
			r := copyOf(t, As[Set](self))
			for _, a := range args {
				if a.Is(self) {
					continue
				}
				if err := fillSet(t, r, a); err != nil {
					return Null, err
				}
			}
			return Obj(r), nil
		})
		st.AddMethod("intersection", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
			if err := noKw("intersection", kwnames); err != nil {
				return Null, err
			}
			if len(args) == 0 {
				return Obj(copyOf(t, As[Set](self))), nil
			}
			r := As[Set](self)
			for _, a := range args {
				var err *BaseException
				if r, err = intersect(t, r, a); err != nil {
					return Null, err
				}
			}
			return Obj(r), nil
		})
		st.AddMethod("difference", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
			if err := noKw("difference", kwnames); err != nil {
				return Null, err
			}
			if len(args) == 0 {
				return Obj(copyOf(t, As[Set](self))), nil
			}
			r, err := difference(t, As[Set](self), args[0])
			if err != nil {
				return Null, err
			}
			for _, a := range args[1:] {
				if err := r.discardAll(t, a); err != nil {
					return Null, err
				}
			}
			return Obj(r), nil
		})
		st.AddMethod("symmetric_difference", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
			if err := methArgs(st.Name, "symmetric_difference", args, kwnames, 1, 1); err != nil {
				return Null, err
			}
			r, err := symDiff(t, As[Set](self), args[0])
			if err != nil {
				return Null, err
			}
			return Obj(r), nil
		})
		st.AddMethod("copy", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
			if self.Type() == FrozenSetType {
				return self, nil
			}
			return Obj(copyOf(t, As[Set](self))), nil
		})
		cmpm := func(name string, op CompareOp) {
			st.AddMethod(name, func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
				if err := CheckArgs(name, args, kwnames, 1, 1); err != nil {
					return Null, err
				}
				o, err := otherSet(t, args[0])
				if err != nil {
					return Null, err
				}
				return st.RichCompare(t, self, Obj(o), op)
			})
		}
		cmpm("issubset", CmpLe)
		cmpm("issuperset", CmpGe)
		st.AddMethod("isdisjoint", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
			if err := CheckArgs("isdisjoint", args, kwnames, 1, 1); err != nil {
				return Null, err
			}
			s := As[Set](self)
			if anySet(args[0]) {
				a, b := s, As[Set](args[0])
				if a.used < b.used {
					a, b = b, a
				}
				disjoint := true
				err := b.eachEntry(func(h int64, k Value) (bool, *BaseException) {
					in, err := a.has(t, k, h)
					disjoint = !in
					return in, err
				})
				if err != nil {
					return Null, err
				}
				return Bool(disjoint), nil
			}
			disjoint := true
			err := eachItem(t, args[0], func(x Value) (bool, *BaseException) {
				found, err := s.Contains(t, x)
				disjoint = !found
				return found, err
			})
			if err != nil {
				return Null, err
			}
			return Bool(disjoint), nil
		})
	}
	m := SetType.AddMethod
	m("clear", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		As[Set](self).Clear()
		return None, nil
	})
	m("pop", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		k, ok := As[Set](self).popKey()
		if !ok {
			return Null, Errorf(ExcKeyError, "pop from an empty set")
		}
		return k, nil
	})
	m("add", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		if err := methArgs("set", "add", args, kwnames, 1, 1); err != nil {
			return Null, err
		}
		return None, As[Set](self).Add(t, args[0])
	})
	for _, name := range []string{"remove", "discard"} {
		name := name
		m(name, func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
			if err := methArgs("set", name, args, kwnames, 1, 1); err != nil {
				return Null, err
			}
			ok, err := As[Set](self).Discard(t, setKey(t, args[0]))
			if err == nil && !ok && name == "remove" {
				err = NewException(ExcKeyError, args[0])
			}
			return None, err
		})
	}
	m("update", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		if err := noKw("update", kwnames); err != nil {
			return Null, err
		}
		for _, a := range args {
			if err := fillSet(t, As[Set](self), a); err != nil {
				return Null, err
			}
		}
		return None, nil
	})
	m("intersection_update", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		if err := noKw("intersection_update", kwnames); err != nil {
			return Null, err
		}
		s := As[Set](self)
		r := s
		for _, a := range args {
			var err *BaseException
			if r, err = intersect(t, r, a); err != nil {
				return Null, err
			}
		}
		if r != s {
			s.takeBody(r)
		}
		return None, nil
	})
	m("difference_update", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		if err := noKw("difference_update", kwnames); err != nil {
			return Null, err
		}
		for _, a := range args {
			if err := As[Set](self).discardAll(t, a); err != nil {
				return Null, err
			}
		}
		return None, nil
	})
	m("symmetric_difference_update", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		if err := noKw("symmetric_difference_update", kwnames); err != nil {
			return Null, err
		}
		if len(args) != 1 {
			return Null, Errorf(ExcTypeError, "set.symmetric_difference_update() takes exactly one argument (%d given)", len(args))
		}
		return None, As[Set](self).toggleAll(t, args[0])
	})
}

// set.__new__ makes an empty set and set.__init__ fills it (so __init__
// can refill an existing set, and keywords are refused as CPython's);
// frozenset.__new__ builds the whole value and refuses keywords unless
// a subclass defines its own __init__.
func init() {
	buildSet := SetType.New
	SetType.New = func(t *Thread, ty *Type, args []Value, kwnames *Tuple) (Value, *BaseException) {
		if ty == SetType && kwnames.Len() > 0 {
			return Null, Errorf(ExcTypeError, "set() takes no keyword arguments")
		}
		return buildSet(t, ty, nil, nil)
	}
	SetType.Init = func(t *Thread, self Value, args []Value, kwnames *Tuple) *BaseException {
		if kwnames.Len() > 0 {
			return Errorf(ExcTypeError, "set() takes no keyword arguments")
		}
		if len(args) > 1 {
			return Errorf(ExcTypeError, "set expected at most 1 argument, got %d", len(args))
		}
		if As[Set](self).used > 0 {
			clear, _ := SetType.Dict.GetStr(Intern("clear"))
			if _, err := CallValue(t, clear, []Value{self}, nil); err != nil {
				return err
			}
		}
		if len(args) == 1 {
			return fillSet(t, As[Set](self), args[0])
		}
		return nil
	}
	SetType.AddMethod("__init__", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		if err := SetType.Init(t, self, args, kwnames); err != nil {
			return Null, err
		}
		return None, nil
	})
	buildFrozen := FrozenSetType.New
	objectInit, _ := ObjectType.Dict.GetStr(Intern("__init__"))
	FrozenSetType.New = func(t *Thread, ty *Type, args []Value, kwnames *Tuple) (Value, *BaseException) {
		if kwnames.Len() > 0 {
			if ty == FrozenSetType || ty.LookupString("__init__").Is(objectInit) {
				return Null, Errorf(ExcTypeError, "frozenset() takes no keyword arguments")
			}
			pos, _ := SplitArgs(args, kwnames)
			args, kwnames = pos, nil
		}
		return buildFrozen(t, ty, args, kwnames)
	}
}
