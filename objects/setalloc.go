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
	d.entries = s.e[:0:len(s.e)]
	d.index = s.ix[:]
}

type smallDict struct {
	Dict
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

// Tables of 16 to 128 index slots keep their entries and index in one
// allocation (each struct below is exactly a Go size class or just
// under one), so growing a dict or set costs one allocation, not two.
type (
	table16 struct {
		e  [16*2/3 + 1]dictEntry
		ix [16]int32
	}
	table32 struct {
		e  [32*2/3 + 1]dictEntry
		ix [32]int32
	}
	table64 struct {
		e  [64*2/3 + 1]dictEntry
		ix [64]int32
	}
	table128 struct {
		e  [128*2/3 + 1]dictEntry
		ix [128]int32
	}
)

// allocTable returns empty entries (capacity size*2/3+1) and an
// uninitialised index of size slots for a table of size slots.
func allocTable(size int) ([]dictEntry, []int32) {
	switch size {
	case 16:
		x := &table16{}
		return x.e[:0], x.ix[:]
	case 32:
		x := &table32{}
		return x.e[:0], x.ix[:]
	case 64:
		x := &table64{}
		return x.e[:0], x.ix[:]
	case 128:
		x := &table128{}
		return x.e[:0], x.ix[:]
	}
	return make([]dictEntry, 0, size*2/3+1), make([]int32, size)
}
