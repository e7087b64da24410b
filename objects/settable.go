package objects

import "unsafe"

// The set table. A set is an open-addressing table of (hash, key) slots
// laid out as CPython's (Objects/setobject.c): 8 slots to start, kept
// inline in the Set; a probe looks at up to 9 neighbouring slots before
// jumping on with the perturbed recurrence; a deleted key leaves a dummy;
// the table grows to 4x the live items (2x past 50,000) once it is 3/5
// full. Iterating walks the slots in order, so a set iterates, prints and
// pops in CPython's order because it has CPython's layout (for numbers,
// and for str when $PYTHONHASHSEED makes str hashes CPython's).
//
// A slot is empty when its key is Null, a dummy when its key is setDummy
// (its hash then -1, which no live key has).

const (
	setMinSize      = 8
	setLinearProbes = 9
	setPerturbShift = 5
)

type setEntry struct {
	hash int64
	key  Value
}

var setDummyHeader = Header{NoneType}

// setDummy marks a deleted slot.
var setDummy = Value{p: unsafe.Pointer(&setDummyHeader)}

func (e *setEntry) live() bool { return e.key.p != nil && e.key.p != setDummy.p }

// Len returns the number of elements.
func (s *Set) Len() int { return int(s.used) }

func (s *Set) init() {
	s.table = s.small[:]
}

// Keys returns the elements in iteration (slot) order, in a new slice.
func (s *Set) Keys() []Value {
	out := make([]Value, 0, s.used)
	for i := range s.table {
		if e := &s.table[i]; e.live() {
			out = append(out, e.key)
		}
	}
	return out
}

// setKeyHash is the hash a set stores for key.
func setKeyHash(t *Thread, key Value) (int64, *BaseException) {
	if key.p == intTagP {
		return HashInt64(int64(key.n)), nil
	}
	return Hash(t, key)
}

// lookup returns the slot holding key (or -1). A key's __eq__ that
// changes the table restarts the search, as CPython's set_lookkey does.
func (s *Set) lookup(t *Thread, key Value, h int64) (int, *BaseException) {
restart:
	table := s.table
	mask := uint64(len(table) - 1)
	hu := uint64(h)
	i := hu & mask
	perturb := hu
	for {
		probes := uint64(0)
		if i+setLinearProbes <= mask {
			probes = setLinearProbes
		}
		for j := i; j <= i+probes; j++ {
			e := &table[j]
			if e.key.p == nil {
				return -1, nil
			}
			if e.hash != h {
				continue
			}
			ek := e.key
			if ek.p == key.p && ek.n == key.n {
				return int(j), nil
			}
			if ek.p == intTagP && key.p == intTagP {
				continue // two different small ints
			}
			if ek.Type() == StrType && key.Type() == StrType {
				if As[Str](ek).S == As[Str](key).S {
					return int(j), nil
				}
				continue
			}
			eq, err := Equal(t, ek, key)
			if err != nil {
				return -1, err
			}
			if len(s.table) != len(table) || &s.table[0] != &table[0] || !table[j].key.Is(ek) {
				goto restart // __eq__ changed the set
			}
			if eq {
				return int(j), nil
			}
		}
		perturb >>= setPerturbShift
		i = (i*5 + 1 + perturb) & mask
	}
}

// Contains reports whether key is an element.
func (s *Set) Contains(t *Thread, key Value) (bool, *BaseException) {
	h, err := setKeyHash(t, key)
	if err != nil {
		return false, err
	}
	i, err := s.lookup(t, key, h)
	return i >= 0, err
}

// Add inserts key.
func (s *Set) Add(t *Thread, key Value) *BaseException {
	h, err := setKeyHash(t, key)
	if err != nil {
		return err
	}
	return s.addHashed(t, key, h)
}

// addHashed inserts key with hash h (CPython's set_add_entry): the first
// dummy met on the probe path is reused, else the empty slot that ends
// it; filling an empty slot may grow the table.
func (s *Set) addHashed(t *Thread, key Value, h int64) *BaseException {
restart:
	table := s.table
	mask := uint64(len(table) - 1)
	hu := uint64(h)
	i := hu & mask
	perturb := hu
	free := -1
	for {
		probes := uint64(0)
		if i+setLinearProbes <= mask {
			probes = setLinearProbes
		}
		for j := i; j <= i+probes; j++ {
			e := &table[j]
			if e.key.p == nil {
				if free >= 0 {
					table[free] = setEntry{h, key}
					s.used++
					s.changed()
					return nil
				}
				*e = setEntry{h, key}
				s.used++
				s.fill++
				s.changed()
				if uint64(s.fill)*5 >= mask*3 {
					n := int(s.used) * 4
					if s.used > 50000 {
						n = int(s.used) * 2
					}
					s.resize(n)
				}
				return nil
			}
			if e.hash != h {
				if e.hash == -1 && free < 0 && e.key.p == setDummy.p {
					free = int(j)
				}
				continue
			}
			ek := e.key
			if ek.p == key.p && ek.n == key.n {
				return nil
			}
			if ek.p == intTagP && key.p == intTagP {
				continue
			}
			if ek.Type() == StrType && key.Type() == StrType {
				if As[Str](ek).S == As[Str](key).S {
					return nil
				}
				continue
			}
			eq, err := Equal(t, ek, key)
			if err != nil {
				return err
			}
			if eq {
				return nil
			}
			if len(s.table) != len(table) || &s.table[0] != &table[0] || !table[j].key.Is(ek) {
				goto restart
			}
		}
		perturb >>= setPerturbShift
		i = (i*5 + 1 + perturb) & mask
	}
}

// changed records a change of the element set (a frozenset's cached hash
// is never stale: frozensets do not change after construction).
func (s *Set) changed() {}

// insertClean puts a key known to be absent into a table without dummies.
func insertClean(table []setEntry, h int64, key Value) {
	mask := uint64(len(table) - 1)
	hu := uint64(h)
	i := hu & mask
	perturb := hu
	for {
		probes := uint64(0)
		if i+setLinearProbes <= mask {
			probes = setLinearProbes
		}
		for j := i; j <= i+probes; j++ {
			if table[j].key.p == nil {
				table[j] = setEntry{h, key}
				return
			}
		}
		perturb >>= setPerturbShift
		i = (i*5 + 1 + perturb) & mask
	}
}

// resize rebuilds the table with the smallest power-of-two size (at least
// 8) above minUsed, dropping dummies.
func (s *Set) resize(minUsed int) {
	size := setMinSize
	for size <= minUsed {
		size <<= 1
	}
	old := s.table
	inline := &old[0] == &s.small[0]
	if size == setMinSize && inline && s.fill == s.used {
		return
	}
	if size == len(old) && size <= 64 {
		// the same size (dummies are dropped): rebuild in place from a
		// copy, which lays the table out as a fresh one would be
		var buf [64]setEntry
		n := 0
		for i := range old {
			if e := &old[i]; e.live() {
				buf[n] = *e
				n++
			}
		}
		clear(old)
		for _, e := range buf[:n] {
			insertClean(old, e.hash, e.key)
		}
		s.fill = s.used
		return
	}
	var nt []setEntry
	switch {
	case size == setMinSize:
		clear(s.small[:])
		nt = s.small[:]
	case len(s.spare) == size:
		nt = s.spare
		s.spare = nil
		clear(nt)
	default:
		nt = make([]setEntry, size)
	}
	for i := range old {
		if e := &old[i]; e.live() {
			insertClean(nt, e.hash, e.key)
		}
	}
	s.table = nt
	s.fill = s.used
	if !inline && len(old) <= 1024 && (s.spare == nil || len(old) > len(s.spare)) {
		s.spare = old // keep the larger free table (a small one: no big garbage is held)
	}
}

// Discard removes key, reporting whether it was there.
func (s *Set) Discard(t *Thread, key Value) (bool, *BaseException) {
	h, err := setKeyHash(t, key)
	if err != nil {
		return false, err
	}
	i, err := s.lookup(t, key, h)
	if err != nil || i < 0 {
		return false, err
	}
	s.table[i] = setEntry{-1, setDummy}
	s.used--
	s.changed()
	return true, nil
}

// Clear removes every element (the table goes back to the inline one).
func (s *Set) Clear() {
	clear(s.small[:])
	if &s.table[0] != &s.small[0] {
		if len(s.table) <= 1024 {
			s.spare = s.table
		}
		s.table = s.small[:]
	}
	s.used, s.fill = 0, 0
	s.changed()
}

// popKey removes and returns an element, scanning on from where the last
// pop stopped (CPython's finger).
func (s *Set) popKey() (Value, bool) {
	if s.used == 0 {
		return Null, false
	}
	mask := len(s.table) - 1
	i := int(s.finger) & mask
	for !s.table[i].live() {
		i = (i + 1) & mask
	}
	k := s.table[i].key
	s.table[i] = setEntry{-1, setDummy}
	s.used--
	s.finger = int32(i + 1)
	s.changed()
	return k, true
}

// merge adds the elements of o (CPython's set_merge): one resize up
// front, and an empty set takes o's layout.
func (s *Set) merge(t *Thread, o *Set) *BaseException {
	if o == s || o.used == 0 {
		return nil
	}
	if int(s.fill+o.used)*5 >= (len(s.table)-1)*3 {
		s.resize(int(s.used+o.used) * 2)
	}
	if s.fill == 0 && len(s.table) == len(o.table) && o.fill == o.used {
		copy(s.table, o.table)
		s.fill, s.used = o.fill, o.used
		s.changed()
		return nil
	}
	if s.fill == 0 {
		for i := range o.table {
			if e := &o.table[i]; e.live() {
				insertClean(s.table, e.hash, e.key)
			}
		}
		s.fill, s.used = o.used, o.used
		s.changed()
		return nil
	}
	return o.eachEntry(func(h int64, k Value) (bool, *BaseException) {
		return false, s.addHashed(t, k, h)
	})
}

// eachEntry calls f with the hash and key of each live slot of s in slot
// order, reading the table afresh at each step (a key's __eq__ may change
// it), until f asks to stop (true) or fails.
func (s *Set) eachEntry(f func(h int64, k Value) (bool, *BaseException)) *BaseException {
	for i := 0; i < len(s.table); i++ {
		e := s.table[i]
		if !e.live() {
			continue
		}
		if stop, err := f(e.hash, e.key); stop || err != nil {
			return err
		}
	}
	return nil
}

// has reports whether s holds key (with hash h).
func (s *Set) has(t *Thread, key Value, h int64) (bool, *BaseException) {
	j, err := s.lookup(t, key, h)
	return j >= 0, err
}

// mergeDict adds the keys of dict d with their stored hashes.
func (s *Set) mergeDict(t *Thread, d *Dict) *BaseException {
	if n := d.used; n > 0 && (int(s.fill)+n)*5 >= (len(s.table)-1)*3 {
		s.resize((int(s.used) + n) * 2)
	}
	for _, e := range d.entries {
		if e.key.p == nil {
			continue
		}
		if err := s.addHashed(t, e.key, e.hash); err != nil {
			return err
		}
	}
	return nil
}

// CopySet returns a new set of type typ with the elements of s.
func CopySet(t *Thread, typ *Type, s *Set) *Set {
	c := newSetSized(typ, 0)
	c.merge(t, s) // no __eq__ runs: the keys are distinct
	return c
}

// setIter iterates a set's slots in order; a change of size stops it
// with RuntimeError, as CPython's set iterator.
type setIter struct {
	Header
	s    *Set
	pos  int
	used int
	left int
}

var setIterType = builtinType("set_iterator", nil, 0)

func newSetIter(s *Set) Value {
	return Obj(&setIter{Header: Header{setIterType}, s: s, used: int(s.used), left: int(s.used)})
}

func setIterNext(t *Thread, v Value) (Value, *BaseException) {
	it := As[setIter](v)
	s := it.s
	if s == nil {
		return Null, nil
	}
	if int(s.used) != it.used {
		it.used = -1
		it.s = nil
		return Null, Errorf(ExcRuntimeError, "Set changed size during iteration")
	}
	for it.pos < len(s.table) {
		e := &s.table[it.pos]
		it.pos++
		if e.live() {
			it.left--
			return e.key, nil
		}
	}
	it.s = nil
	return Null, nil
}

// SetIterNext advances a set iterator without the type's dispatch (ok is
// false when v is no set iterator).
func SetIterNext(v Value) (Value, bool, *BaseException) {
	if v.Type() != setIterType {
		return Null, false, nil
	}
	r, err := setIterNext(nil, v)
	return r, true, err
}

func init() {
	setIterType.Iter = selfIter
	setIterType.Next = setIterNext
	addLengthHint(setIterType, func(v Value) int64 {
		it := As[setIter](v)
		if it.s == nil || int(it.s.used) != it.used {
			return 0
		}
		return int64(it.left)
	})
	setIterType.AddMethod("__reduce__", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		if err := NoArgs("__reduce__", args, kwnames); err != nil {
			return Null, err
		}
		c := *As[setIter](self)
		return drainReduce(t, Obj(&c))
	})
}
