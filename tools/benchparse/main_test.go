package main

import "testing"

func TestParseOne(t *testing.T) {
	if ok, p := parseOne([]byte("x = 1\n"), "a.py"); !ok || p {
		t.Errorf("valid: ok=%v panicked=%v", ok, p)
	}
	if ok, p := parseOne([]byte("x = (\n"), "b.py"); ok || p {
		t.Errorf("invalid: ok=%v panicked=%v", ok, p)
	}
}
