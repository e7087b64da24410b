package objects

import "testing"

// These benchmarks measure the error convention: a slot returning
// (Value, *BaseException) against one returning a bare Value with the
// error parked in the thread state.

//go:noinline
func addPair(t *Thread, a, b Value) (Value, *BaseException) {
	if a.p == intTagP && b.p == intTagP {
		return Int(int64(a.n) + int64(b.n)), nil
	}
	return Null, Errorf(ExcTypeError, "bad")
}

type tsErr struct{ err *BaseException }

//go:noinline
func addState(ts *tsErr, a, b Value) Value {
	if a.p == intTagP && b.p == intTagP {
		return Int(int64(a.n) + int64(b.n))
	}
	ts.err = Errorf(ExcTypeError, "bad")
	return Null
}

func BenchmarkErrorReturnPair(b *testing.B) {
	t := NewThread(16)
	acc := Int(0)
	for i := 0; i < b.N; i++ {
		r, err := addPair(t, acc, Int(1))
		if err != nil {
			b.Fatal(err)
		}
		acc = r
	}
}

func BenchmarkErrorThreadState(b *testing.B) {
	ts := &tsErr{}
	acc := Int(0)
	for i := 0; i < b.N; i++ {
		r := addState(ts, acc, Int(1))
		if r.p == nil {
			b.Fatal(ts.err)
		}
		acc = r
	}
}
