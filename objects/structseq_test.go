package objects

import "testing"

func TestStructSeq(t *testing.T) {
	d := NewStructSeqType("testmod", "pair_result", []string{"a", "b", "hidden"}, 2)
	v := d.New([]Value{Int(1), Int(2), Int(3)})
	th := NewThread(1024)
	if n, _ := Len(th, v); n != 2 {
		t.Fatalf("len = %d, want 2", n)
	}
	r, err := ReprString(th, v)
	if err != nil || r != "testmod.pair_result(a=1, b=2)" {
		t.Fatalf("repr = %q, %v", r, err)
	}
	h, err := GetAttrString(th, v, "hidden")
	if err != nil || !h.Is(Int(3)) {
		t.Fatalf("hidden = %v, %v", h, err)
	}
	if !v.IsInstance(TupleType) {
		t.Fatal("not a tuple")
	}
	x, err := CallValue(th, Obj(d.Type), []Value{NewTupleValue([]Value{Int(5), Int(6)})}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if h, _ := GetAttrString(th, x, "hidden"); !h.IsNone() {
		t.Fatalf("missing field = %v, want None", h)
	}
	if _, err := CallValue(th, Obj(d.Type), []Value{NewTupleValue([]Value{Int(5)})}, nil); err == nil || !err.Matches(ExcTypeError) {
		t.Fatalf("short sequence: %v", err)
	}
}

func TestOSErrorSubclass(t *testing.T) {
	th := NewThread(1024)
	e := NewOSError(2, "No such file or directory", NewStrValue("x"), Null)
	if e.Type() != ExcFileNotFoundError {
		t.Fatalf("type %s", e.Type().Name)
	}
	s, _ := StrString(th, Obj(e))
	if s != "[Errno 2] No such file or directory: 'x'" {
		t.Fatalf("str %q", s)
	}
	v, err := CallValue(th, Obj(ExcOSError), []Value{Int(13), NewStrValue("Permission denied")}, nil)
	if err != nil || v.Type() != ExcPermissionError {
		t.Fatalf("OSError(13, ...) = %v, %v", v.Type().Name, err)
	}
	if OSErrorSubclass(12345) != ExcOSError {
		t.Fatal("unknown errno must give OSError")
	}
}
