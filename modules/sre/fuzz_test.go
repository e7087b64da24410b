package sre

import (
	"encoding/binary"
	"strings"
	"testing"
)

// FuzzCompileMatch feeds arbitrary code to Compile and, when it validates,
// runs every entry point: nothing may panic or hang.
func FuzzCompileMatch(f *testing.F) {
	f.Add([]byte{14, 0, 0, 0, 4, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0}, "abc", uint8(2))
	f.Add([]byte{17, 0, 0, 0, 0, 0, 0, 0, 16, 0, 0, 0, 97, 0, 0, 0, 17, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0}, "aab", uint8(1))
	f.Fuzz(func(t *testing.T, raw []byte, subj string, groups uint8) {
		code := make([]uint32, len(raw)/4)
		for i := range code {
			code[i] = binary.LittleEndian.Uint32(raw[4*i:])
		}
		p, err := Compile(code, 0, int(groups%8))
		if err != nil {
			return
		}
		s := String(subj)
		p.Match(s, 0, s.Len())
		p.FullMatch(s, 0, s.Len())
		p.Search(s, 0, s.Len())
		sc := p.Scanner(s, 0, s.Len())
		for i := 0; i < 100; i++ {
			if r, err := sc.Search(); r == nil || err != nil {
				break
			}
		}
	})
}

// TestNoGoRecursion runs patterns whose backtracking depth grows with the
// subject length on a long subject.
func TestNoGoRecursion(t *testing.T) {
	// (?:ab|cd)*e compiled by CPython 3.11
	code := []uint32{14, 4, 0, 1, 4294967295, 23, 19, 0, 4294967295, 7, 7, 16, 97, 16, 98, 15, 9, 7, 16, 99, 16, 100, 15, 2, 0, 18, 16, 101, 1}
	p, err := Compile(code, 32, 0)
	if err != nil {
		t.Fatal(err)
	}
	s := String(strings.Repeat("abcd", 100000) + "e")
	r, err := p.Match(s, 0, s.Len())
	if err != nil || r == nil || r.Marks[1] != s.Len() {
		t.Fatalf("got %v, %v", r, err)
	}
	old := MaxStack
	MaxStack = 1000
	defer func() { MaxStack = old }()
	if _, err := p.Match(s, 0, s.Len()); err != ErrMemory {
		t.Fatalf("want ErrMemory, got %v", err)
	}
}

func TestCompileRejects(t *testing.T) {
	bad := [][]uint32{
		{}, {0}, {17, 5, 1}, {11, 1, 1}, {13, 100, 1}, {18, 1}, {24, 5, 0, 1, 16, 97, 1},
		{7, 4, 16, 97, 15, 100, 0, 1},
	}
	for _, c := range bad {
		if _, err := Compile(c, 0, 1); err == nil {
			t.Errorf("Compile(%v) accepted", c)
		}
	}
}
