package objects

import (
	"reflect"
	"strings"
)

// Dict is Python's dict: a compact ordered hash table. Entries live in a
// dense slice in insertion order; a sparse power-of-two index maps hash
// probes to entry positions. Deleted entries leave a hole (key Null) until
// the next resize compacts them.
//
// KeysVersion identifies the current key layout (which key sits at which
// entry index). It is reset to 0 by any change of the key set and lazily
// given a fresh process-unique number by KeysVersionOf, so LOAD_GLOBAL can
// cache an entry index and read the value directly while the version holds.
type Dict struct {
	Header
	entries     []dictEntry
	index       []int32 // -1 empty, -2 dummy, else entry position
	used        int
	keysVersion uint32
}

type dictEntry struct {
	hash int64
	key  Value
	val  Value
}

// The index holds entry position + 1, so that a fresh (zeroed) index is
// all empty.
const (
	ixEmpty = 0
	ixDummy = -1
)

// DictType is `dict`.
var DictType = builtinType("dict", nil, FlagBaseType)

// NewDict returns an empty dict.
func NewDict() *Dict {
	d := &Dict{Header: Header{DictType}}
	return d
}

// NewDictSized returns an empty dict with room for n entries.
func NewDictSized(n int) *Dict {
	if n > 0 && smallItems(n) {
		return newSmallDict()
	}
	d := NewDict()
	if n > 5 {
		d.resize(n)
	}
	return d
}

// Len returns the number of items.
func (d *Dict) Len() int { return d.used }

var keysVersionCounter uint32

// KeysVersion returns the dict's current key-layout version, assigning a
// fresh one if the layout changed since it was last asked.
func (d *Dict) KeysVersion() uint32 {
	if d.keysVersion == 0 {
		keysVersionCounter++
		d.keysVersion = keysVersionCounter
	}
	return d.keysVersion
}

// EntryValue returns the value stored at entry position i (for caches
// validated by KeysVersion).
func (d *Dict) EntryValue(i int) Value { return d.entries[i].val }

// SetEntryValue replaces the value at entry position i.
func (d *Dict) SetEntryValue(i int, v Value) { d.entries[i].val = v }

func (d *Dict) resize(minUsed int) {
	size := 8
	for size*2 < minUsed*3 {
		size <<= 1
	}
	old := d.entries
	var entries []dictEntry
	var index []int32
	if size == len(d.index) {
		// Same size: compact the deleted entries away in place (a
		// set or dict with add/delete churn never reallocates).
		live := old[:0]
		for _, e := range old {
			if e.key.p != nil {
				live = append(live, e)
			}
		}
		clear(old[len(live):])
		entries, index = live, d.index
	} else {
		entries, index = allocTable(size)
		if len(old) == d.used {
			entries = entries[:len(old)]
			copy(entries, old) // no holes: one move
		} else {
			for _, e := range old {
				if e.key.p != nil {
					entries = append(entries, e)
				}
			}
		}
	}
	if size == len(d.index) {
		clear(index)
	}
	mask := uint64(size - 1)
	for j := range entries {
		h := uint64(entries[j].hash)
		i := h & mask
		perturb := h
		for index[i] != ixEmpty {
			perturb >>= 5
			i = (i*5 + perturb + 1) & mask
		}
		index[i] = int32(j + 1)
	}
	d.entries, d.index = entries, index
	d.keysVersion = 0
}

// find returns the entry position of key (or -1) and the index slot where
// it would be inserted.
func (d *Dict) find(t *Thread, key Value, hash int64) (int, int, *BaseException) {
	for tries := 0; ; tries++ {
		pos, slot, err, again := d.findOnce(t, key, hash)
		if !again {
			return pos, slot, err
		}
		if tries > 1000 {
			return -1, -1, Errorf(ExcRuntimeError, "dictionary changed during lookup")
		}
	}
}

// findOnce is one probe sequence; again reports that a key's __eq__
// changed the dict, so the lookup must start over (as CPython's).
func (d *Dict) findOnce(t *Thread, key Value, hash int64) (int, int, *BaseException, bool) {
	if d.index == nil {
		return -1, -1, nil, false
	}
	mask := uint64(len(d.index) - 1)
	h := uint64(hash)
	i := h & mask
	perturb := h
	free := -1
	for {
		raw := d.index[i]
		if raw == ixEmpty {
			if free < 0 {
				free = int(i)
			}
			return -1, free, nil, false
		}
		if raw == ixDummy {
			if free < 0 {
				free = int(i)
			}
		} else {
			ix := raw - 1
			e := &d.entries[ix]
			if e.key.p == key.p && e.key.n == key.n {
				return int(ix), int(i), nil, false
			}
			if e.hash == hash {
				ek := e.key
				entries, index := d.entries, d.index
				eq, err := keysEqual(t, ek, key)
				if err != nil {
					return -1, -1, err, false
				}
				if len(d.entries) != len(entries) || len(d.index) != len(index) || (len(entries) > 0 && &d.entries[0] != &entries[0]) ||
					int(ix) >= len(d.entries) || !d.entries[ix].key.Is(ek) {
					return -1, -1, nil, true // __eq__ changed the dict
				}
				if eq {
					return int(ix), int(i), nil, false
				}
			}
		}
		perturb >>= 5
		i = (i*5 + perturb + 1) & mask
	}
}

func keysEqual(t *Thread, a, b Value) (bool, *BaseException) {
	if a.Type() == StrType && b.Type() == StrType {
		return As[Str](a).S == As[Str](b).S, nil
	}
	return Equal(t, a, b)
}

// GetItem looks key up: (value, found, error).
func (d *Dict) GetItem(t *Thread, key Value) (Value, bool, *BaseException) {
	if key.p == intTagP {
		if v, found, ok := d.fastLookup(key, HashInt64(int64(key.n)), false); ok {
			return v, found, nil
		}
	} else if key.Type() == StrType {
		if v, found, ok := d.LookupStrKey(As[Str](key)); ok {
			return v, found, nil
		}
	}
	h, err := Hash(t, key)
	if err != nil {
		return Null, false, err
	}
	ix, _, err := d.find(t, key, h)
	if err != nil || ix < 0 {
		return Null, false, err
	}
	return d.entries[ix].val, true, nil
}

// SetItem stores key: value.
func (d *Dict) SetItem(t *Thread, key, val Value) *BaseException {
	if key.p == intTagP {
		if h := HashInt64(int64(key.n)); d.fastSet(key, h, val, false) {
			return nil
		}
	} else if key.Type() == StrType && d.SetStrKey(As[Str](key), val) {
		return nil
	}
	h, err := Hash(t, key)
	if err != nil {
		return err
	}
	return d.setHashed(t, key, h, val)
}

func (d *Dict) setHashed(t *Thread, key Value, h int64, val Value) *BaseException {
	if d.index == nil {
		d.resize(1)
	}
	ix, slot, err := d.find(t, key, h)
	if err != nil {
		return err
	}
	if ix >= 0 {
		d.entries[ix].val = val
		return nil
	}
	// Grow first when full; a key's __eq__ may have mutated (even cleared)
	// the dict during the lookup, so repeat until a free slot is found in
	// a table with room, as CPython restarts its insertion.
	for tries := 0; d.index == nil || slot < 0 || len(d.entries) >= len(d.index)*2/3; tries++ {
		if tries > 1000 {
			return Errorf(ExcRuntimeError, "dictionary changed during insertion")
		}
		d.resize(d.used * 2) // >= 3*used slots: CPython's dict growth
		if ix, slot, err = d.find(t, key, h); err != nil {
			return err
		}
		if ix >= 0 {
			d.entries[ix].val = val
			return nil
		}
	}
	d.index[slot] = int32(len(d.entries)) + 1
	d.entries = append(d.entries, dictEntry{hash: h, key: key, val: val})
	d.used++
	d.keysVersion = 0
	return nil
}

// DelItem removes key; found reports whether it was present.
func (d *Dict) DelItem(t *Thread, key Value) (bool, *BaseException) {
	h, err := Hash(t, key)
	if err != nil {
		return false, err
	}
	ix, slot, err := d.find(t, key, h)
	if err != nil || ix < 0 {
		return false, err
	}
	d.index[slot] = ixDummy
	d.entries[ix] = dictEntry{}
	d.used--
	d.keysVersion = 0
	return true, nil
}

// GetStr looks up a str key (never fails: str hashing and equality cannot
// raise).
func (d *Dict) GetStr(k *Str) (Value, bool) {
	ix := d.FindStr(k)
	if ix < 0 {
		return Null, false
	}
	return d.entries[ix].val, true
}

// FindStr returns the entry position of str key k, or -1.
func (d *Dict) FindStr(k *Str) int {
	if d.index == nil {
		return -1
	}
	h := k.Hash()
	mask := uint64(len(d.index) - 1)
	hu := uint64(h)
	i := hu & mask
	perturb := hu
	for {
		ix := d.index[i] - 1
		if ix == ixEmpty-1 {
			return -1
		}
		if ix >= 0 {
			e := &d.entries[ix]
			if e.key.p == Obj(k).p {
				return int(ix)
			}
			if e.hash == h && e.key.Type() == StrType && As[Str](e.key).S == k.S {
				return int(ix)
			}
		}
		perturb >>= 5
		i = (i*5 + perturb + 1) & mask
	}
}

// findString finds a str key given as a Go string and its hash.
func (d *Dict) findString(k string, h int64) int {
	if d.index == nil {
		return -1
	}
	mask := uint64(len(d.index) - 1)
	hu := uint64(h)
	i := hu & mask
	perturb := hu
	for {
		ix := d.index[i] - 1
		if ix == ixEmpty-1 {
			return -1
		}
		if ix >= 0 {
			e := &d.entries[ix]
			if e.hash == h && e.key.Type() == StrType && As[Str](e.key).S == k {
				return int(ix)
			}
		}
		perturb >>= 5
		i = (i*5 + perturb + 1) & mask
	}
}

// SetStr stores a str key (cannot fail).
func (d *Dict) SetStr(k *Str, v Value) {
	if k.Type() == StrType && d.SetStrKey(k, v) {
		return
	}
	_ = d.setHashed(nil, Obj(k), k.Hash(), v)
}

// DelStr removes a str key.
func (d *Dict) DelStr(k *Str) bool {
	ok, _ := d.DelItem(nil, Obj(k))
	return ok
}

// Items calls f for each live entry in order; f returns false to stop.
func (d *Dict) Items(f func(k, v Value) bool) {
	for i := 0; i < len(d.entries); i++ {
		e := d.entries[i]
		if e.key.p != nil && !f(e.key, e.val) {
			return
		}
	}
}

// Keys returns the keys in order.
func (d *Dict) Keys() []Value {
	out := make([]Value, 0, d.used)
	d.Items(func(k, _ Value) bool { out = append(out, k); return true })
	return out
}

// Copy returns a shallow copy.
func (d *Dict) Copy() *Dict {
	n := NewDictSized(d.used)
	for _, e := range d.entries {
		if e.key.p != nil {
			_ = n.setHashed(nil, e.key, e.hash, e.val)
		}
	}
	return n
}

// Clear removes all items.
func (d *Dict) Clear() {
	d.entries = nil
	d.index = nil
	d.used = 0
	d.keysVersion = 0
}

// ---- slots ----

func dictRepr(t *Thread, v Value) (Value, *BaseException) {
	d := As[Dict](v)
	if d.used == 0 {
		return NewStrValue("{}"), nil
	}
	if !t.ReprEnter(v) {
		return NewStrValue("{...}"), nil
	}
	defer t.ReprLeave(v)
	var b strings.Builder
	b.WriteByte('{')
	first := true
	for i := 0; i < len(d.entries); i++ {
		e := d.entries[i]
		if e.key.p == nil {
			continue
		}
		if !first {
			b.WriteString(", ")
		}
		first = false
		ks, err := ReprString(t, e.key)
		if err != nil {
			return Null, err
		}
		b.WriteString(ks)
		b.WriteString(": ")
		vs, err := ReprString(t, e.val)
		if err != nil {
			return Null, err
		}
		b.WriteString(vs)
	}
	b.WriteByte('}')
	return NewStrValue(b.String()), nil
}

func dictGetItem(t *Thread, o, k Value) (Value, *BaseException) {
	v, ok, err := As[Dict](o).GetItem(t, k)
	if err != nil {
		return Null, err
	}
	if !ok {
		if o.Type() != DictType {
			missing := o.Type().LookupString("__missing__")
			if !missing.IsNull() {
				return CallValue(t, missing, []Value{o, k}, nil)
			}
		}
		return Null, NewException(ExcKeyError, k)
	}
	return v, nil
}

func dictSetItem(t *Thread, o, k, v Value) *BaseException {
	d := As[Dict](o)
	if v.IsNull() {
		found, err := d.DelItem(t, k)
		if err != nil {
			return err
		}
		if !found {
			return NewException(ExcKeyError, k)
		}
		return nil
	}
	return d.SetItem(t, k, v)
}

func dictContains(t *Thread, o, k Value) (bool, *BaseException) {
	_, ok, err := As[Dict](o).GetItem(t, k)
	return ok, err
}

func dictLen(t *Thread, o Value) (int, *BaseException) { return As[Dict](o).used, nil }

func dictBool(t *Thread, o Value) (bool, *BaseException) { return As[Dict](o).used > 0, nil }

func dictCompare(t *Thread, a, b Value, op CompareOp) (Value, *BaseException) {
	if !b.IsInstance(DictType) || (op != CmpEq && op != CmpNe) {
		return NotImplemented, nil
	}
	x, y := As[Dict](a), As[Dict](b)
	eq := x.used == y.used
	if eq && t != nil {
		// values may contain the dicts themselves: a RecursionError, not
		// an overflow of the Go stack
		if t.Depth >= t.RecursionLimit {
			return Null, Errorf(ExcRecursionError, "maximum recursion depth exceeded in comparison")
		}
		t.Depth++
		defer func() { t.Depth-- }()
	}
	if eq {
		for _, e := range x.entries {
			if e.key.p == nil {
				continue
			}
			w, ok, err := y.GetItem(t, e.key)
			if err != nil {
				return Null, err
			}
			if !ok {
				eq = false
				break
			}
			r, err := Equal(t, e.val, w)
			if err != nil {
				return Null, err
			}
			if !r {
				eq = false
				break
			}
		}
	}
	return Bool(eq == (op == CmpEq)), nil
}

// dictIter iterates keys, values or items.
type dictIter struct {
	Header
	d    *Dict
	pos  int
	used int
	kind uint8 // 0 keys, 1 values, 2 items
	// yielded counts the items produced: one more than the size the
	// iteration started with means keys were replaced under it
	yielded int
}

var dictKeyIterType = builtinType("dict_keyiterator", nil, 0)
var dictValueIterType = builtinType("dict_valueiterator", nil, 0)
var dictItemIterType = builtinType("dict_itemiterator", nil, 0)

func newDictIter(d *Dict, kind uint8) Value {
	typ := dictKeyIterType
	switch kind {
	case 1:
		typ = dictValueIterType
	case 2:
		typ = dictItemIterType
	}
	return Obj(&dictIter{Header: Header{typ}, d: d, used: d.used, kind: kind})
}

func dictIterNext(t *Thread, v Value) (Value, *BaseException) {
	it := As[dictIter](v)
	if it.d == nil {
		return Null, nil
	}
	if it.d.used != it.used {
		it.used = -1
		return Null, Errorf(ExcRuntimeError, "dictionary changed size during iteration")
	}
	for it.pos < len(it.d.entries) {
		e := it.d.entries[it.pos]
		it.pos++
		if e.key.p == nil {
			continue
		}
		if it.yielded++; it.yielded > it.used {
			// same size, other keys (deleted and re-added while iterating)
			it.d = nil
			return Null, Errorf(ExcRuntimeError, "dictionary keys changed during iteration")
		}
		switch it.kind {
		case 0:
			return e.key, nil
		case 1:
			return e.val, nil
		default:
			return Tuple2(e.key, e.val), nil
		}
	}
	it.d = nil
	return Null, nil
}

func selfIter(t *Thread, v Value) (Value, *BaseException) { return v, nil }

// dictView is dict_keys / dict_values / dict_items.
type dictView struct {
	Header
	d    *Dict
	kind uint8
}

var (
	dictKeysType   = builtinType("dict_keys", nil, 0)
	dictValuesType = builtinType("dict_values", nil, 0)
	dictItemsType  = builtinType("dict_items", nil, 0)
)

func dictViewIter(t *Thread, v Value) (Value, *BaseException) {
	dv := As[dictView](v)
	return newDictIter(dv.d, dv.kind), nil
}

func dictViewLen(t *Thread, v Value) (int, *BaseException) { return As[dictView](v).d.used, nil }

func dictViewRepr(t *Thread, v Value) (Value, *BaseException) {
	items, err := IterToSlice(t, v)
	if err != nil {
		return Null, err
	}
	s, err := ReprString(t, NewListValue(items))
	if err != nil {
		return Null, err
	}
	return NewStrValue(v.Type().Name + "(" + s + ")"), nil
}

func dictViewContains(t *Thread, v, x Value) (bool, *BaseException) {
	dv := As[dictView](v)
	switch dv.kind {
	case 0:
		_, ok, err := dv.d.GetItem(t, x)
		return ok, err
	case 2:
		if x.Type() != TupleType || len(As[Tuple](x).Items) != 2 {
			return false, nil
		}
		kv := As[Tuple](x).Items
		w, ok, err := dv.d.GetItem(t, kv[0])
		if err != nil || !ok {
			return false, err
		}
		return Equal(t, w, kv[1])
	}
	return iterContains(t, v, x)
}

func dictNew(t *Thread, typ *Type, args []Value, kwnames *Tuple) (Value, *BaseException) {
	d := NewDict()
	d.typ = typ
	return Obj(d), nil
}

func dictInit(t *Thread, self Value, args []Value, kwnames *Tuple) *BaseException {
	d := As[Dict](self)
	pos, kw := SplitArgs(args, kwnames)
	if len(pos) > 1 {
		return Errorf(ExcTypeError, "dict expected at most 1 argument, got %d", len(pos))
	}
	if len(pos) == 1 {
		if err := d.Update(t, pos[0]); err != nil {
			return err
		}
	}
	for i, v := range kw {
		d.SetStr(As[Str](kwnames.Items[i]), v)
	}
	return nil
}

// Update merges a mapping or an iterable of pairs into d.
func (d *Dict) Update(t *Thread, other Value) *BaseException {
	// a dict whose iteration is dict's own is copied entry by entry; one
	// that iterates otherwise (OrderedDict, a subclass with __iter__)
	// goes through keys(), as CPython's dict_merge
	if other.IsInstance(DictType) && (other.Type() == DictType || sameIter(other.Type().Iter, DictType.Iter)) {
		for _, e := range As[Dict](other).entries {
			if e.key.p != nil {
				if err := d.setHashed(t, e.key, e.hash, e.val); err != nil {
					return err
				}
			}
		}
		return nil
	}
	if keys := other.Type().LookupString("keys"); !keys.IsNull() {
		ks, err := CallMethod(t, other, "keys")
		if err != nil {
			return err
		}
		items, err := IterToSlice(t, ks)
		if err != nil {
			return err
		}
		for _, k := range items {
			v, err := GetItem(t, other, k)
			if err != nil {
				return err
			}
			if err := d.SetItem(t, k, v); err != nil {
				return err
			}
		}
		return nil
	}
	items, err := IterToSlice(t, other)
	if err != nil {
		return err
	}
	for i, it := range items {
		kv, err := IterToSlice(t, it)
		if err != nil {
			if err.Matches(ExcTypeError) {
				return Errorf(ExcTypeError, "cannot convert dictionary update sequence element #%d to a sequence", i)
			}
			return err
		}
		if len(kv) != 2 {
			return Errorf(ExcValueError, "dictionary update sequence element #%d has length %d; 2 is required", i, len(kv))
		}
		if err := d.SetItem(t, kv[0], kv[1]); err != nil {
			return err
		}
	}
	return nil
}

func init() {
	DictType.Repr = dictRepr
	DictType.GetItem = dictGetItem
	DictType.SetItem = dictSetItem
	DictType.Contains = dictContains
	DictType.Len = dictLen
	DictType.Bool = dictBool
	DictType.RichCompare = dictCompare
	DictType.Hash = unhashable
	DictType.New = dictNew
	DictType.Init = dictInit
	DictType.Iter = func(t *Thread, v Value) (Value, *BaseException) { return newDictIter(As[Dict](v), 0), nil }
	for _, it := range []*Type{dictKeyIterType, dictValueIterType, dictItemIterType} {
		it.Iter = selfIter
		it.Next = dictIterNext
	}
	for i, vt := range []*Type{dictKeysType, dictValuesType, dictItemsType} {
		vt.Iter = dictViewIter
		vt.Len = dictViewLen
		vt.Repr = dictViewRepr
		vt.Contains = dictViewContains
		_ = i
	}
	view := func(kind uint8, typ *Type) BuiltinFn {
		return func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
			if err := NoArgs("dict."+[]string{"keys", "values", "items"}[kind], args, kwnames); err != nil {
				return Null, err
			}
			return Obj(&dictView{Header: Header{typ}, d: As[Dict](self), kind: kind}), nil
		}
	}
	DictType.AddMethod("keys", view(0, dictKeysType))
	DictType.AddMethod("values", view(1, dictValuesType))
	DictType.AddMethod("items", view(2, dictItemsType))
	DictType.AddMethod("get", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		if err := CheckArgs("get", args, kwnames, 1, 2); err != nil {
			return Null, err
		}
		v, ok, err := As[Dict](self).GetItem(t, args[0])
		if err != nil {
			return Null, err
		}
		if ok {
			return v, nil
		}
		if len(args) == 2 {
			return args[1], nil
		}
		return None, nil
	})
	DictType.AddMethod("setdefault", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		if err := CheckArgs("setdefault", args, kwnames, 1, 2); err != nil {
			return Null, err
		}
		d := As[Dict](self)
		v, ok, err := d.GetItem(t, args[0])
		if err != nil || ok {
			return v, err
		}
		def := None
		if len(args) == 2 {
			def = args[1]
		}
		return def, d.SetItem(t, args[0], def)
	})
	DictType.AddMethod("pop", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		if err := CheckArgs("pop", args, kwnames, 1, 2); err != nil {
			return Null, err
		}
		d := As[Dict](self)
		v, ok, err := d.GetItem(t, args[0])
		if err != nil {
			return Null, err
		}
		if !ok {
			if len(args) == 2 {
				return args[1], nil
			}
			return Null, NewException(ExcKeyError, args[0])
		}
		_, err = d.DelItem(t, args[0])
		return v, err
	})
	DictType.AddMethod("update", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		return None, dictInit(t, self, args, kwnames)
	})
	DictType.AddMethod("copy", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		return Obj(As[Dict](self).Copy()), nil
	})
	DictType.SetAttrString("fromkeys", Obj(&Wrapper{Header{ClassMethodType}, Obj(&BuiltinFunction{Header: Header{BuiltinFunctionType}, Name: "fromkeys", Owner: DictType,
		Fn: func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
			if err := CheckArgs("fromkeys", args[min(len(args), 1):], kwnames, 1, 2); err != nil {
				return Null, err
			}
			val := None
			if len(args) == 3 {
				val = args[2]
			}
			if src := args[1]; args[0].Ptr() == Obj(DictType).Ptr() && (src.Type() == DictType || src.Type() == SetType || src.Type() == FrozenSetType) {
				// an exact dict from a dict or set: the stored hashes are
				// reused, no key is hashed again (as CPython's)
				d := NewDictSized(Len1(src))
				var err *BaseException
				if src.Type() == DictType {
					for _, e := range As[Dict](src).entries {
						if e.key.p != nil && err == nil {
							err = d.setHashed(t, e.key, e.hash, val)
						}
					}
				} else {
					for _, e := range As[Set](src).table {
						if e.live() && err == nil {
							err = d.setHashed(t, e.key, e.hash, val)
						}
					}
				}
				if err != nil {
					return Null, err
				}
				return Obj(d), nil
			}
			keys, err := IterToSlice(t, args[1])
			if err != nil {
				return Null, err
			}
			d, err := CallValue(t, args[0], nil, nil)
			if err != nil {
				return Null, err
			}
			for _, k := range keys {
				if err := SetItem(t, d, k, val); err != nil {
					return Null, err
				}
			}
			return d, nil
		}})}))
	DictType.AddMethod("popitem", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		d := As[Dict](self)
		for i := len(d.entries) - 1; i >= 0; i-- {
			e := d.entries[i]
			if e.key.p != nil {
				if _, err := d.DelItem(t, e.key); err != nil {
					return Null, err
				}
				return Tuple2(e.key, e.val), nil
			}
		}
		return Null, Errorf(ExcKeyError, "popitem(): dictionary is empty")
	})
	DictType.NB[OpOr] = func(t *Thread, a, b Value) (Value, *BaseException) {
		if !a.IsInstance(DictType) || !b.IsInstance(DictType) {
			return NotImplemented, nil
		}
		n := As[Dict](a).Copy()
		if err := n.Update(t, b); err != nil {
			return Null, err
		}
		return Obj(n), nil
	}
	DictType.INB[OpOr] = func(t *Thread, a, b Value) (Value, *BaseException) {
		return a, As[Dict](a).Update(t, b)
	}
	for _, vt := range []*Type{dictKeysType, dictItemsType} {
		for _, op := range []BinOp{OpAnd, OpOr, OpSub, OpXor} {
			op := op
			vt.NB[op] = func(t *Thread, a, b Value) (Value, *BaseException) {
				x, err := IterToSlice(t, a)
				if err != nil {
					return NotImplemented, nil
				}
				y, err := IterToSlice(t, b)
				if err != nil {
					return NotImplemented, nil
				}
				sx, err := setFrom(t, SetType, x)
				if err != nil {
					return Null, err
				}
				sy, err := setFrom(t, SetType, y)
				if err != nil {
					return Null, err
				}
				return setOp(op)(t, Obj(sx), Obj(sy))
			}
		}
	}
	DictType.AddMethod("clear", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		As[Dict](self).Clear()
		return None, nil
	})
}

// LookupStrKey looks an exact str key up without the generic machinery:
// found reports a hit; ok is false when an entry with the same hash has
// a key of another type (its __eq__ must run: use GetItem).
func (d *Dict) LookupStrKey(k *Str) (v Value, found, ok bool) {
	h := k.hash
	if !k.hashed {
		h = k.Hash()
	}
	return d.fastLookup(Obj(k), h, true)
}

// fastLookup is LookupStrKey for an exact str (isStr) or small int key.
func (d *Dict) fastLookup(key Value, h int64, isStr bool) (v Value, found, ok bool) {
	if d.index == nil {
		return Null, false, true
	}
	ix, _, ok := d.fastProbe(key, h, isStr)
	if !ok || ix < 0 {
		return Null, false, ok
	}
	return d.entries[ix].val, true, true
}

// fastProbe looks key (an exact str when isStr, else a small int) up
// without calling any __eq__: keys of the same kind are compared
// directly. It returns the entry position (-1: absent) and the first
// slot an insertion may use; ok is false when a same-hash key of another
// type is met (its __eq__ must decide: use the generic path) or the table
// is empty.
func (d *Dict) fastProbe(key Value, h int64, isStr bool) (ix, free int, ok bool) {
	if d.index == nil {
		return -1, -1, false
	}
	mask := uint64(len(d.index) - 1)
	hu := uint64(h)
	i := hu & mask
	perturb := hu
	free = -1
	for {
		x := d.index[i]
		if x == ixEmpty {
			if free < 0 {
				free = int(i)
			}
			return -1, free, true
		}
		if x == ixDummy {
			if free < 0 {
				free = int(i)
			}
		} else {
			x--
			e := &d.entries[x]
			if e.key.p == key.p && e.key.n == key.n {
				return int(x), int(i), true
			}
			if e.hash == h {
				switch {
				case isStr && e.key.Type() == StrType:
					if As[Str](e.key).S == As[Str](key).S {
						return int(x), int(i), true
					}
				case !isStr && e.key.p == intTagP:
					// a different small int: not equal
				default:
					return -1, -1, false
				}
			}
		}
		perturb >>= 5
		i = (i*5 + perturb + 1) & mask
	}
}

// SetStrKey stores v under an exact str key when that needs no generic
// work (no resize, no other-typed key with the same hash); ok false means
// nothing was stored: use SetItem.
func (d *Dict) SetStrKey(k *Str, v Value) (ok bool) {
	h := k.hash
	if !k.hashed {
		h = k.Hash()
	}
	return d.fastSet(Obj(k), h, v, true)
}

// fastSet stores val under key, an exact str (isStr) or a small int,
// without calling any __eq__: keys of the same kind are compared
// directly, and it gives up (false, nothing stored) on a same-hash key
// of another type, on a table that must grow, or on an empty table.
func (d *Dict) fastSet(key Value, h int64, val Value, isStr bool) bool {
	ix, free, ok := d.fastProbe(key, h, isStr)
	if !ok {
		return false
	}
	if ix >= 0 {
		d.entries[ix].val = val
		return true
	}
	if len(d.entries) >= len(d.index)*2/3 {
		return false
	}
	d.index[free] = int32(len(d.entries)) + 1
	d.entries = append(d.entries, dictEntry{hash: h, key: key, val: val})
	d.used++
	d.keysVersion = 0
	return true
}

// DictItemIterType is the type of iter(d.items()).
var DictItemIterType = dictItemIterType

// DictItemNext2 advances a dict_itemiterator without building the (key,
// value) tuple: ok is false when it is exhausted (or err is set).
func DictItemNext2(v Value) (k, val Value, ok bool, err *BaseException) {
	it := As[dictIter](v)
	if it.d == nil {
		return Null, Null, false, nil
	}
	if it.d.used != it.used {
		it.used = -1
		return Null, Null, false, Errorf(ExcRuntimeError, "dictionary changed size during iteration")
	}
	for it.pos < len(it.d.entries) {
		e := &it.d.entries[it.pos]
		it.pos++
		if e.key.p != nil {
			return e.key, e.val, true, nil
		}
	}
	it.d = nil
	return Null, Null, false, nil
}

func sameIter(a, b UnaryFunc) bool {
	return a != nil && b != nil && reflect.ValueOf(a).Pointer() == reflect.ValueOf(b).Pointer()
}

// Len1 is the length of an exact dict or set (0 for anything else).
func Len1(v Value) int {
	switch v.Type() {
	case DictType:
		return As[Dict](v).used
	case SetType, FrozenSetType:
		return int(As[Set](v).used)
	}
	return 0
}
