package io

import (
	"testing"

	"taipan/objects"
)

func openDevNull(t *testing.T, th *objects.Thread, mode string) Value {
	f, err := Open(th, []Value{objects.NewStrValue("/dev/null"), objects.NewStrValue(mode)}, nil)
	if err != nil {
		t.Fatalf("open: %v", err)
	}
	return f
}

// TestWriteStringNoAlloc checks print's path into a text file: no
// allocation per write once the buffers exist.
func TestWriteStringNoAlloc(t *testing.T) {
	th := objects.NewThread(1 << 10)
	f := openDevNull(t, th, "w")
	WriteString(th, f, "warm up\n")
	allocs := testing.AllocsPerRun(1000, func() {
		if err := WriteString(th, f, "hello, world\n"); err != nil {
			t.Fatal(err)
		}
	})
	if allocs != 0 {
		t.Errorf("WriteString allocates %.1f times per call", allocs)
	}
}

func TestReadlineRoundTrip(t *testing.T) {
	th := objects.NewThread(1 << 10)
	bio, err := objects.CallValue(th, objects.Obj(BytesIOType), []Value{objects.NewBytes([]byte("a\r\nb\rc\n"))}, nil)
	if err != nil {
		t.Fatal(err)
	}
	tw, err := objects.CallValue(th, objects.Obj(TextIOWrapperType), []Value{bio}, nil)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for {
		line, err := twRaw(tw).readline(th, -1)
		if err != nil {
			t.Fatal(err)
		}
		if line == "" {
			break
		}
		got = append(got, line)
	}
	if len(got) != 3 || got[0] != "a\n" || got[1] != "b\n" || got[2] != "c\n" {
		t.Errorf("lines %q", got)
	}
}

func BenchmarkWriteString(b *testing.B) {
	th := objects.NewThread(1 << 10)
	f, err := Open(th, []Value{objects.NewStrValue("/dev/null"), objects.NewStrValue("w")}, nil)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		WriteString(th, f, "hello, world\n")
	}
}
