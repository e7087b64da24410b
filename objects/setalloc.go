package objects

// Small sets and dicts are allocated in one piece: the object, its Dict,
// and the item storage (entries and index) of the smallest table (8
// index slots, up to 5 items). A growing table moves to separately
// allocated storage as usual.

const smallTable = 8

type smallDictStorage struct {
	e  [smallTable * 2 / 3]dictEntry // a table grows before a sixth entry
	ix [smallTable]int32
}

func (s *smallDictStorage) attach(d *Dict) {
	for i := range s.ix {
		s.ix[i] = ixEmpty
	}
	d.entries = s.e[:0:len(s.e)]
	d.index = s.ix[:]
}

type smallDict struct {
	Dict
	st smallDictStorage
}

type setWithDict struct {
	Set
	d Dict
}

type smallSet struct {
	Set
	d  Dict
	st smallDictStorage
}

// smallItems reports whether a table for n items fits the small storage.
func smallItems(n int) bool { return n*3 <= smallTable*2 }

// newSmallDict returns an empty dict with inline storage for 5 items.
func newSmallDict() *Dict {
	x := &smallDict{}
	x.typ = DictType
	x.st.attach(&x.Dict)
	return &x.Dict
}

// newSetSized returns an empty set (or frozenset) of type typ with room
// for n items.
func newSetSized(typ *Type, n int) *Set {
	if n == 0 && typ == SetType {
		n = 1 // an empty set() is usually filled next
	}
	if n == 0 {
		// the table is allocated at the first insertion
		x := &setWithDict{}
		x.typ = typ
		x.d.typ = DictType
		x.D = &x.d
		x.d.setTable = true
		return &x.Set
	}
	if !smallItems(n) {
		s := &Set{Header: Header{typ}, D: NewDictSized(n)}
		s.D.setTable = true
		return s
	}
	x := &smallSet{}
	x.typ = typ
	x.d.typ = DictType
	x.st.attach(&x.d)
	x.D = &x.d
	x.d.setTable = true
	return &x.Set
}

// setFromIterable builds a set of type typ from any iterable.
func setFromIterable(t *Thread, typ *Type, v Value) (*Set, *BaseException) {
	n := 0
	switch v.Type() {
	case ListType:
		n = len(As[List](v).Items)
	case TupleType:
		n = len(As[Tuple](v).Items)
	case DictType:
		n = As[Dict](v).used
	case SetType, FrozenSetType:
		n = As[Set](v).D.used
	default:
		// an iterator: collect its items first, so that the set is
		// allocated at its final size in one piece
		var s *Set
		err := withScratch(t, v, func(items []Value) *BaseException {
			s = newSetSized(typ, len(items))
			for _, x := range items {
				if err := s.Add(t, x); err != nil {
					return err
				}
			}
			return nil
		})
		return s, err
	}
	s := newSetSized(typ, n)
	if err := fillSet(t, s, v); err != nil {
		return nil, err
	}
	return s, nil
}

// withScratch collects the items of iterable v in the thread's scratch
// buffer (taken while in use, so a nested call made by the iterator gets
// its own) and passes them to f.
func withScratch(t *Thread, v Value, f func(items []Value) *BaseException) *BaseException {
	if v.Type() == RangeType {
		if err := rangeFits(v); err != nil {
			return err
		}
	}
	it, err := GetIter(t, v)
	if err != nil {
		return err
	}
	buf := t.scratch[:0]
	t.scratch = nil
	defer func() {
		clear(buf)
		if cap(buf) <= 4096 {
			t.scratch = buf[:0]
		}
	}()
	for {
		x, err := Next(t, it)
		if err != nil {
			return err
		}
		if x.IsNull() {
			break
		}
		if err := t.Tick(); err != nil {
			return err
		}
		buf = append(buf, x)
	}
	return f(buf)
}

// presize gives an empty set's table room for n items (no resizes while
// they are added).
func (s *Set) presize(n int) {
	if s.D.used == 0 && !smallItems(n) && len(s.D.index)*2 < n*3 {
		s.D.resize(n)
	}
}

// fillSet adds the items of iterable v to s (set_update_internal): a
// dict's or set's stored hashes are reused, and an iterator's items are
// collected first so that the table is sized once.
func fillSet(t *Thread, s *Set, v Value) *BaseException {
	switch v.Type() {
	case ListType, TupleType:
		items, _ := IterToSlice(t, v)
		s.presize(len(items))
		for _, it := range items {
			if it.IsNull() {
				break // a key's __eq__ or __hash__ shrank the list
			}
			if err := s.Add(t, it); err != nil {
				return err
			}
		}
		return nil
	case DictType, SetType, FrozenSetType:
		// no key is hashed again (CPython's set_update_internal)
		src := As[Dict](v)
		if v.Type() != DictType {
			src = As[Set](v).D
		}
		s.presize(src.used)
		for _, e := range src.entries {
			if e.key.p == nil {
				continue
			}
			if err := s.D.setHashed(t, e.key, e.hash, None); err != nil {
				return err
			}
		}
		return nil
	}
	return withScratch(t, v, func(items []Value) *BaseException {
		s.presize(len(items))
		for _, x := range items {
			if err := s.Add(t, x); err != nil {
				return err
			}
		}
		return nil
	})
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
