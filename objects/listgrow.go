package objects

// AppendItem appends v to items like the built-in append, but doubles the
// capacity when it runs out, whatever the size. Go's append grows large
// slices by 1.25x, so building a list of n items one append at a time
// copies (and first touches) about 5n words of fresh memory; doubling
// copies about 2n. CPython gets the same effect from realloc.
func AppendItem(items []Value, v Value) []Value {
	if cap(items) == 0 {
		// a list's first append: room for four, as CPython's
		grown := make([]Value, 1, 4)
		grown[0] = v
		return grown
	}
	if n := len(items); n == cap(items) && n >= 1024 {
		grown := make([]Value, n+1, 2*n)
		copy(grown, items)
		grown[n] = v
		return grown
	}
	return append(items, v)
}
