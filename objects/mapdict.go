package objects

import "sync"

// Map is a hidden class (PyPy's mapdict): it records which attribute
// name lives in which slot of an instance. Instances that receive the same
// attributes in the same order share a Map, so an inline cache keyed on
// (type version, map) can read an attribute with one compare and one
// indexed load. Maps are immutable once created; adding an attribute
// follows (or creates) a transition to a child map.
type Map struct {
	maxLen int // on a root map: the most attributes an instance got (presizing hint)
	names  []*Str
	parent *Map
	mu     sync.Mutex
	trans  []mapTransition
	dict   *Dict // dict mode: the instance's live __dict__ (per-instance map, no slots)
}

type mapTransition struct {
	name string
	next *Map
}

func newRootMap() *Map { return &Map{} }

// Len returns the number of attributes the map describes.
func (m *Map) Len() int { return len(m.names) }

// Names returns the attribute names in slot order.
func (m *Map) Names() []*Str { return m.names }

// Index returns the slot of name, or -1.
func (m *Map) Index(name *Str) int {
	for i, n := range m.names {
		if n == name {
			return i
		}
	}
	for i, n := range m.names {
		if n.S == name.S {
			return i
		}
	}
	return -1
}

// With returns the map that adds name after m's attributes.
func (m *Map) With(name *Str) *Map {
	m.mu.Lock()
	defer m.mu.Unlock()
	for _, tr := range m.trans {
		if tr.name == name.S {
			return tr.next
		}
	}
	if !isInterned(name) {
		name = Intern(name.S)
	}
	names := make([]*Str, len(m.names)+1)
	copy(names, m.names)
	names[len(m.names)] = name
	nm := &Map{names: names, parent: m}
	m.trans = append(m.trans, mapTransition{name.S, nm})
	return nm
}

func isInterned(s *Str) bool {
	internMu.Lock()
	v := internTable[s.S]
	internMu.Unlock()
	return v == s
}

// root returns the empty map this map descends from.
func (m *Map) root() *Map {
	for m.parent != nil {
		m = m.parent
	}
	return m
}

// Attrs is the attribute storage of an instance: its map and the slots
// the map indexes. Every object whose type has FlagHasAttrs begins with
// a Header followed by Attrs, so AttrsOf works for all of them.
type Attrs struct {
	Map   *Map
	Slots []Value
}

// AttrsOf returns the attribute storage of an object whose type has
// FlagHasAttrs.
func AttrsOf(v Value) *Attrs { return &(*Instance)(v.p).Attrs }

// Get returns the attribute name, or Null.
func (a *Attrs) Get(name *Str) Value {
	if a.Map == nil {
		return Null
	}
	if a.Map.dict != nil {
		v, _ := a.Map.dict.GetStr(name)
		return v
	}
	if i := a.Map.Index(name); i >= 0 {
		return a.Slots[i]
	}
	return Null
}

// Set stores an attribute, transitioning the map if the name is new.
func (a *Attrs) Set(root *Map, name *Str, v Value) {
	if a.Map == nil {
		a.Map = root
	}
	if a.Map.dict != nil {
		a.Map.dict.SetStr(name, v)
		return
	}
	if i := a.Map.Index(name); i >= 0 {
		a.Slots[i] = v
		return
	}
	a.Map = a.Map.With(name)
	a.Slots = append(a.Slots, v)
	if root.maxLen < len(a.Slots) {
		root.maxLen = len(a.Slots)
	}
}

// NewSlots returns empty slot storage presized for instances of the type
// whose root map is root.
func NewSlots(root *Map) []Value {
	if root == nil || root.maxLen == 0 {
		return nil
	}
	return make([]Value, 0, root.maxLen)
}

// Delete removes an attribute; false if absent.
func (a *Attrs) Delete(name *Str) bool {
	if a.Map == nil {
		return false
	}
	if a.Map.dict != nil {
		return a.Map.dict.DelStr(name)
	}
	i := a.Map.Index(name)
	if i < 0 {
		return false
	}
	names := a.Map.names
	slots := a.Slots
	m := a.Map.root()
	var ns []Value
	for j, n := range names {
		if j != i {
			m = m.With(n)
			ns = append(ns, slots[j])
		}
	}
	a.Map, a.Slots = m, ns
	return true
}

// ToDict returns the live __dict__ of the attributes: the first call
// moves the attributes into a dict (dict mode, a per-instance map that
// no inline cache accepts), later calls return the same dict.
func (a *Attrs) ToDict() *Dict {
	if a.Map != nil && a.Map.dict != nil {
		return a.Map.dict
	}
	d := NewDict()
	if a.Map != nil {
		for i, n := range a.Map.names {
			d.SetStr(n, a.Slots[i])
		}
	}
	a.SetDict(d)
	return d
}

// SetDict puts the attributes in dict mode with d as their __dict__.
func (a *Attrs) SetDict(d *Dict) {
	a.Map = &Map{dict: d}
	a.Slots = nil
}

// IsDict reports whether m is a dict-mode map (attributes live in a
// dict, not in slots).
func (m *Map) IsDict() bool { return m != nil && m.dict != nil }

// Len is the number of attributes (in slots or in the dict).
func (a *Attrs) Len() int {
	switch {
	case a.Map == nil:
		return 0
	case a.Map.dict != nil:
		return a.Map.dict.Len()
	}
	return a.Map.Len()
}
