package objects

// Instances of classes are allocated together with their attribute slots
// when the class's root map knows how many attributes instances get (the
// presizing hint): one allocation instead of two for `Vec(x, y, z)`.

type instance1 struct {
	Instance
	a [1]Value
}
type instance2 struct {
	Instance
	a [2]Value
}
type instance3 struct {
	Instance
	a [3]Value
}
type instance4 struct {
	Instance
	a [4]Value
}
type instance6 struct {
	Instance
	a [6]Value
}
type instance8 struct {
	Instance
	a [8]Value
}

// NewInstance returns a new instance of typ (a type with FlagHasAttrs)
// with empty attributes, its slot storage presized and, for up to eight
// attributes, allocated inline.
func NewInstance(typ *Type) *Instance {
	root := typ.RootMap
	n := 0
	if root != nil {
		n = root.maxLen
	}
	if typ.Flags&FlagHasDel != 0 {
		// slots in a separate array: an object pointing into itself
		// would never be finalized by Go
		in := &Instance{Header: Header{typ}, Attrs: Attrs{Map: root}}
		if n > 0 {
			in.Slots = make([]Value, 0, n)
		}
		setDelFinalizer(in)
		return in
	}
	var in *Instance
	switch {
	case n == 0:
		return &Instance{Header: Header{typ}, Attrs: Attrs{Map: root}}
	case n == 1:
		x := &instance1{}
		x.Slots = x.a[:0]
		in = &x.Instance
	case n == 2:
		x := &instance2{}
		x.Slots = x.a[:0]
		in = &x.Instance
	case n == 3:
		x := &instance3{}
		x.Slots = x.a[:0]
		in = &x.Instance
	case n == 4:
		x := &instance4{}
		x.Slots = x.a[:0]
		in = &x.Instance
	case n <= 6:
		x := &instance6{}
		x.Slots = x.a[:0]
		in = &x.Instance
	case n <= 8:
		x := &instance8{}
		x.Slots = x.a[:0]
		in = &x.Instance
	default:
		return &Instance{Header: Header{typ}, Attrs: Attrs{Map: root, Slots: make([]Value, 0, n)}}
	}
	in.typ = typ
	in.Map = root
	return in
}
