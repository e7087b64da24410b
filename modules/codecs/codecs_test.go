package codecs

import (
	"testing"

	"taipan/objects"
)

func TestNormalize(t *testing.T) {
	for in, want := range map[string]string{
		"utf-8": "utf_8", "UTF8": "utf8", "  Latin--1 ": "latin_1", "iso_8859_1": "iso_8859_1",
		"ansi_x3.4_1968": "ansi_x3.4_1968", "x": "x", "": "", "__a__": "a",
	} {
		if got := normalize(in); got != want {
			t.Errorf("normalize(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestDecodeUTF8Partial(t *testing.T) {
	th := objects.NewThread(64)
	euro := []byte("\u20ac\u20ac")
	for i := 0; i <= len(euro); i++ {
		s, n, err := DecodeUTF8(th, euro[:i], objects.Null, "strict", false)
		if err != nil {
			t.Fatalf("prefix %d: %v", i, err)
		}
		if want := i / 3 * 3; n != want || len(s) != want {
			t.Errorf("prefix %d: consumed %d text %q", i, n, s)
		}
	}
	_, _, err := DecodeUTF8(th, []byte("a\xe2\x82"), objects.Null, "strict", true)
	if err == nil || !err.Matches(objects.ExcUnicodeDecodeError) {
		t.Fatalf("want UnicodeDecodeError, got %v", err)
	}
	if s, _ := objects.StrString(th, err.Value()); s != "'utf-8' codec can't decode bytes in position 1-2: unexpected end of data" {
		t.Errorf("message %q", s)
	}
}

func TestUTF7RoundTrip(t *testing.T) {
	th := objects.NewThread(64)
	for _, s := range []string{"", "a+b", "hi Mom -\u263a-!", "\U0001f600x", "~\\"} {
		b := EncodeUTF7(objects.NewStrValue(s))
		got, n, err := DecodeUTF7(th, b, objects.Null, "strict", true)
		if err != nil || got != s || n != len(b) {
			t.Errorf("%q: %q -> %q (%d, %v)", s, b, got, n, err)
		}
	}
}
