package objects

// SetType is `set`; FrozenSetType is `frozenset`. A set stores its
// elements as the keys of a compact Dict (values unused), which gives
// insertion-ordered iteration for free.
var (
	SetType       = builtinType("set", nil, FlagBaseType)
	FrozenSetType = builtinType("frozenset", nil, FlagBaseType)
)

// Set is a set or frozenset.
type Set struct {
	Header
	D *Dict
	// cached CPython iteration order (ysetorder.go), valid while the
	// dict's keys version is orderVer
	order *setOrderCache
	// frozenset hash, computed once (nested frozensets would otherwise
	// rehash their whole contents at every level)
	hash   int64
	hashed bool
}

// NewSet returns an empty set, with inline room for five items (most
// sets made empty are filled next: one allocation instead of three).
func NewSet() *Set { return newSetSized(SetType, 1) }

// NewSetSized returns an empty set with room for n items.
func NewSetSized(n int) *Set { return newSetSized(SetType, n) }

// Add inserts v.
func (s *Set) Add(t *Thread, v Value) *BaseException { return s.D.SetItem(t, v, None) }

func setRepr(t *Thread, v Value) (Value, *BaseException) {
	s := As[Set](v)
	name := v.Type().Name
	if s.D.Len() == 0 {
		return NewStrValue(name + "()"), nil
	}
	r, err := seqRepr(t, v, s.D.Keys(), "{", "}")
	if err != nil || v.Type() == SetType {
		return r, err
	}
	return NewStrValue(name + "(" + As[Str](r).S + ")"), nil
}

func setFrom(t *Thread, typ *Type, items []Value) (*Set, *BaseException) {
	s := newSetSized(typ, len(items))
	for _, it := range items {
		if it.IsNull() {
			// items may be a list's own slice that a key's __eq__ or
			// __hash__ shrank while we were adding (it leaves Nulls)
			break
		}
		if err := s.Add(t, it); err != nil {
			return nil, err
		}
	}
	return s, nil
}

func setOp(op BinOp) BinaryFunc {
	return func(t *Thread, a, b Value) (Value, *BaseException) {
		if !(a.IsInstance(SetType) || a.IsInstance(FrozenSetType)) || !(b.IsInstance(SetType) || b.IsInstance(FrozenSetType)) {
			return NotImplemented, nil
		}
		x, y := As[Set](a).D, As[Set](b).D
		// element order follows CPython's algorithms so that the result's
		// emulated table order (ysetorder.go) matches CPython's; only the
		// orders an operation reads are computed
		var out []Value
		switch op {
		case OpOr:
			xo, yo := setOrder(t, As[Set](a)), setOrder(t, As[Set](b))
			out = append(append(make([]Value, 0, len(xo)+len(yo)), xo...), yo...)
		case OpAnd:
			// CPython iterates the smaller operand (the second on a tie)
			other := x
			var iter []Value
			if y.Len() > x.Len() {
				iter, other = setOrder(t, As[Set](a)), y
			} else {
				iter = setOrder(t, As[Set](b))
			}
			for _, k := range iter {
				_, ok, err := other.GetItem(t, k)
				if err != nil {
					return Null, err
				}
				if ok {
					out = append(out, k)
				}
			}
		case OpSub:
			xo := setOrder(t, As[Set](a))
			out = make([]Value, 0, len(xo))
			for _, k := range xo {
				_, ok, err := y.GetItem(t, k)
				if err != nil {
					return Null, err
				}
				if !ok {
					out = append(out, k)
				}
			}
		case OpXor:
			xo, yo := setOrder(t, As[Set](a)), setOrder(t, As[Set](b))
			// CPython copies the second operand, then adds/discards the first's
			for _, k := range yo {
				if _, ok, _ := x.GetItem(t, k); !ok {
					out = append(out, k)
				}
			}
			for _, k := range xo {
				if _, ok, _ := y.GetItem(t, k); !ok {
					out = append(out, k)
				}
			}
		}
		rt := SetType
		if a.IsInstance(FrozenSetType) {
			rt = FrozenSetType
		}
		s, err := setFrom(t, rt, out)
		if err != nil {
			return Null, err
		}
		return Obj(s), nil
	}
}

func init() {
	for _, st := range []*Type{SetType, FrozenSetType} {
		st.Repr = setRepr
		st.Len = func(t *Thread, v Value) (int, *BaseException) { return As[Set](v).D.Len(), nil }
		st.Bool = func(t *Thread, v Value) (bool, *BaseException) { return As[Set](v).D.Len() > 0, nil }
		st.Contains = func(t *Thread, v, x Value) (bool, *BaseException) {
			_, ok, err := As[Set](v).D.GetItem(t, setKey(t, x))
			return ok, err
		}
		st.Iter = func(t *Thread, v Value) (Value, *BaseException) {
			it := newDictIter(As[Set](v).D, 0)
			As[dictIter](it).typ = setIterType
			return it, nil
		}
		typ := st
		st.New = func(t *Thread, ty *Type, args []Value, kwnames *Tuple) (Value, *BaseException) {
			if err := CheckArgs(typ.Name, args, kwnames, 0, 1); err != nil {
				return Null, err
			}
			if len(args) == 1 {
				s, err := setFromIterable(t, ty, args[0])
				if err != nil {
					return Null, err
				}
				return Obj(s), nil
			}
			s, err := setFrom(t, ty, nil)
			if err != nil {
				return Null, err
			}
			return Obj(s), nil
		}
		for _, op := range []BinOp{OpOr, OpAnd, OpSub, OpXor} {
			st.NB[op] = setOp(op)
		}
		st.RichCompare = func(t *Thread, a, b Value, op CompareOp) (Value, *BaseException) {
			if !(b.IsInstance(SetType) || b.IsInstance(FrozenSetType)) {
				return NotImplemented, nil
			}
			x, y := As[Set](a).D, As[Set](b).D
			sub := func(p, q *Dict) bool {
				for _, k := range p.Keys() {
					if _, ok, _ := q.GetItem(t, k); !ok {
						return false
					}
				}
				return true
			}
			switch op {
			case CmpEq:
				return Bool(x.Len() == y.Len() && sub(x, y)), nil
			case CmpNe:
				return Bool(!(x.Len() == y.Len() && sub(x, y))), nil
			case CmpLe:
				return Bool(sub(x, y)), nil
			case CmpLt:
				return Bool(x.Len() < y.Len() && sub(x, y)), nil
			case CmpGe:
				return Bool(sub(y, x)), nil
			}
			return Bool(x.Len() > y.Len() && sub(y, x)), nil
		}
	}
	SetType.Hash = unhashable
	FrozenSetType.Hash = func(t *Thread, v Value) (int64, *BaseException) {
		fs := As[Set](v)
		if fs.hashed {
			return fs.hash, nil
		}
		// CPython's frozenset hash: xor of the shuffled element hashes
		// (the ones stored in the table), then the size and a final mix,
		// so sets of frozensets iterate in CPython's order.
		var h uint64
		for i := range fs.D.entries {
			e := &fs.D.entries[i]
			if e.key.p == nil {
				continue
			}
			x := uint64(e.hash)
			h ^= ((x ^ 89869747) ^ (x << 16)) * 3644798167
		}
		h ^= (uint64(fs.D.used) + 1) * 1927868237
		h ^= (h >> 11) ^ (h >> 25)
		h = h*69069 + 907133923
		r := int64(h)
		if r == -1 {
			r = 590923713
		}
		fs.hash, fs.hashed = r, true
		return r, nil
	}
	for _, st := range []*Type{SetType, FrozenSetType} {
		st := st
		binm := func(name string, op BinOp) {
			st.AddMethod(name, func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
				r := self
				for _, a := range args {
					items, err := IterToSlice(t, a)
					if err != nil {
						return Null, err
					}
					o, err := setFrom(t, SetType, items)
					if err != nil {
						return Null, err
					}
					if r, err = setOp(op)(t, r, Obj(o)); err != nil {
						return Null, err
					}
				}
				if r.Is(self) {
					c, err := setFrom(t, self.Type(), As[Set](self).D.Keys())
					if err != nil {
						return Null, err
					}
					return Obj(c), nil
				}
				return r, nil
			})
		}
		binm("union", OpOr)
		binm("intersection", OpAnd)
		binm("difference", OpSub)
		binm("symmetric_difference", OpXor)
		binm("copy", OpOr)
		cmpm := func(name string, op CompareOp, swap bool) {
			st.AddMethod(name, func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
				if err := CheckArgs(name, args, kwnames, 1, 1); err != nil {
					return Null, err
				}
				items, err := IterToSlice(t, args[0])
				if err != nil {
					return Null, err
				}
				o, err := setFrom(t, SetType, items)
				if err != nil {
					return Null, err
				}
				if swap {
					return st.RichCompare(t, Obj(o), self, op)
				}
				return st.RichCompare(t, self, Obj(o), op)
			})
		}
		cmpm("issubset", CmpLe, false)
		cmpm("issuperset", CmpGe, false)
		st.AddMethod("isdisjoint", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
			items, err := IterToSlice(t, args[0])
			if err != nil {
				return Null, err
			}
			for _, it := range items {
				if _, ok, _ := As[Set](self).D.GetItem(t, it); ok {
					return False, nil
				}
			}
			return True, nil
		})
	}
	m := SetType.AddMethod
	m("clear", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		As[Set](self).D.Clear()
		return None, nil
	})
	m("pop", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		d := As[Set](self).D
		keys := d.Keys()
		if len(keys) == 0 {
			return Null, Errorf(ExcKeyError, "pop from an empty set")
		}
		_, err := d.DelItem(t, keys[0])
		return keys[0], err
	})
	m("add", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		if err := CheckArgs("add", args, kwnames, 1, 1); err != nil {
			return Null, err
		}
		return None, As[Set](self).Add(t, args[0])
	})
	m("discard", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		if err := CheckArgs("discard", args, kwnames, 1, 1); err != nil {
			return Null, err
		}
		_, err := As[Set](self).D.DelItem(t, args[0])
		return None, err
	})
	m("remove", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		if err := CheckArgs("remove", args, kwnames, 1, 1); err != nil {
			return Null, err
		}
		ok, err := As[Set](self).D.DelItem(t, args[0])
		if err == nil && !ok {
			err = NewException(ExcKeyError, args[0])
		}
		return None, err
	})
	m("update", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		for _, a := range args {
			items, err := IterToSlice(t, a)
			if err != nil {
				return Null, err
			}
			for _, it := range items {
				if err := As[Set](self).Add(t, it); err != nil {
					return Null, err
				}
			}
		}
		return None, nil
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
		if As[Set](self).D.Len() > 0 {
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
