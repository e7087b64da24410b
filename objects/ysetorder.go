package objects

// CPython's set iteration order. Taipan's sets keep their elements in an
// insertion-ordered Dict; CPython iterates its open-addressing table in
// slot order, which is what programs observe when they print a set of
// small ints ({3, 1, 2} prints {1, 2, 3}). setOrder replays the surviving
// elements, in insertion order, into a model of CPython's table
// (Objects/setobject.c: 8 slots to start, linear probing of up to 9
// slots then perturbed probing, growth to used*4 when 3/5 full) and
// returns them in slot order. The replay is exact for sets built by
// additions only; after deletions CPython's dummies and table size may
// differ. Sets holding str/bytes keep insertion order unless
// $PYTHONHASHSEED makes their hashes CPython's (strhash.go): randomised
// hashes would give a random order.

const (
	setMinSize      = 8
	setLinearProbes = 9
	setPerturbShift = 5
)

type setSlot struct {
	used bool
	hash uint64
	key  Value
}

func setTableInsert(table []setSlot, h uint64, key Value) {
	mask := uint64(len(table) - 1)
	perturb := h
	i := h & mask
	for {
		probes := uint64(0)
		if i+setLinearProbes <= mask {
			probes = setLinearProbes
		}
		for j := uint64(0); j <= probes; j++ {
			if !table[i+j].used {
				table[i+j] = setSlot{true, h, key}
				return
			}
		}
		perturb >>= setPerturbShift
		i = (i*5 + 1 + perturb) & mask
	}
}

// setOrder returns the elements of s in CPython's iteration order
// (cached until the set changes; callers must not modify the result).
func setOrder(t *Thread, s *Set) []Value {
	if s.D.Len() < 2 {
		return s.D.Keys() // one or no element: nothing to order (and nothing worth caching)
	}
	if v := s.D.KeysVersion(); s.order != nil && s.order.ver == v {
		return s.order.keys
	}
	out := computeSetOrder(t, s)
	if s.order == nil {
		s.order = &setOrderCache{}
	}
	s.order.keys, s.order.ver = out, s.D.KeysVersion()
	return out
}

// setOrderCache is a set's emulated CPython iteration order, valid while
// its dict's keys version is ver (kept out of line: most sets never need
// it, and every set is smaller without it).
type setOrderCache struct {
	keys []Value
	ver  uint32
}

func computeSetOrder(t *Thread, s *Set) []Value {
	keys := s.D.Keys()
	if len(keys) < 2 {
		return keys
	}
	for _, k := range keys {
		if !cpythonHashed(k, 0) {
			// str/bytes hashes are randomised per process: keep the
			// (deterministic) insertion order rather than a random one
			return keys
		}
	}
	hashes := make([]uint64, len(keys))
	for i, k := range keys {
		h, err := Hash(t, k)
		if err != nil {
			return keys
		}
		hashes[i] = uint64(h)
	}
	table := make([]setSlot, setMinSize)
	used := 0
	for i, k := range keys {
		setTableInsert(table, hashes[i], k)
		used++
		if used*5 >= (len(table)-1)*3 {
			minused := used * 4
			if used > 50000 {
				minused = used * 2
			}
			size := setMinSize
			for size <= minused {
				size <<= 1
			}
			nt := make([]setSlot, size)
			for _, e := range table {
				if e.used {
					setTableInsert(nt, e.hash, e.key)
				}
			}
			table = nt
		}
	}
	out := make([]Value, 0, len(keys))
	for _, e := range table {
		if e.used {
			out = append(out, e.key)
		}
	}
	return out
}

// setOrderIter iterates a snapshot of a set in CPython's order and
// detects size changes like the dict iterator.
type setOrderIter struct {
	Header
	s     *Set
	items []Value
	pos   int
	used  int
}

var setOrderIterType = builtinType("set_iterator", nil, 0)

func init() {
	setOrderIterType.Iter = selfIter
	setOrderIterType.Next = func(t *Thread, v Value) (Value, *BaseException) {
		it := As[setOrderIter](v)
		if it.s == nil {
			return Null, nil
		}
		if it.s.D.Len() != it.used {
			it.s = nil
			return Null, Errorf(ExcRuntimeError, "Set changed size during iteration")
		}
		if it.pos >= len(it.items) {
			it.s = nil
			return Null, nil
		}
		it.pos++
		return it.items[it.pos-1], nil
	}
	for _, st := range []*Type{SetType, FrozenSetType} {
		st.Iter = func(t *Thread, v Value) (Value, *BaseException) {
			s := As[Set](v)
			return Obj(&setOrderIter{Header: Header{setOrderIterType}, s: s, items: setOrder(t, s), used: s.D.Len()}), nil
		}
		st.Repr = func(t *Thread, v Value) (Value, *BaseException) {
			s := As[Set](v)
			name := v.Type().Name
			if s.D.Len() == 0 {
				return NewStrValue(name + "()"), nil
			}
			r, err := seqRepr(t, v, setOrder(t, s), "{", "}")
			if err != nil || v.Type() == SetType {
				return r, err
			}
			return NewStrValue(name + "(" + As[Str](r).S + ")"), nil
		}
	}
	SetType.AddMethod("pop", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		if err := methArgs("set", "pop", args, kwnames, 0, 0); err != nil {
			return Null, err
		}
		s := As[Set](self)
		if s.D.Len() == 0 {
			return Null, Errorf(ExcKeyError, "pop from an empty set")
		}
		k := setOrder(t, s)[0]
		_, err := s.D.DelItem(t, k)
		return k, err
	})
}

// cpythonHashed reports values whose hash equals CPython's (numbers, None,
// bool and tuples/frozensets of them), so that the emulated order is
// CPython's and does not change from run to run.
func cpythonHashed(v Value, depth int) bool {
	if depth > 8 {
		return false
	}
	switch v.Type() {
	case IntType, BoolType, FloatType, ComplexType, NoneType:
		return true
	case StrType, BytesType:
		// CPython's hashes when $PYTHONHASHSEED fixes them (strhash.go)
		return HashSeeded()
	case TupleType:
		for _, x := range As[Tuple](v).Items {
			if !cpythonHashed(x, depth+1) {
				return false
			}
		}
		return true
	case FrozenSetType:
		for _, x := range As[Set](v).D.Keys() {
			if !cpythonHashed(x, depth+1) {
				return false
			}
		}
		return true
	}
	return false
}
