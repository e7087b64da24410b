package syntax

import (
	"math/big"
	"strings"
	"testing"
)

func TestParseNumber(t *testing.T) {
	cases := []struct {
		text string
		want string // ReprConst of the value
	}{
		{"0", "0"}, {"00", "0"}, {"0_0", "0"}, {"123", "123"}, {"1_000_000", "1000000"},
		{"9223372036854775807", "9223372036854775807"},
		{"9223372036854775808", "9223372036854775808"},
		{"123456789012345678901234567890", "123456789012345678901234567890"},
		{"0x_ff", "255"}, {"0XFF", "255"}, {"0o17", "15"}, {"0b1010", "10"},
		{"0xffffffffffffffffff", "4722366482869645213695"},
		{"1.5", "1.5"}, {".5", "0.5"}, {"5.", "5.0"}, {"1_000.5e-3", "1.0005"},
		{"1e400", "inf"}, {"1e-400", "0.0"}, {"1E5", "100000.0"}, {"0e0", "0.0"},
		{"1j", "1j"}, {"2.5J", "2.5j"}, {"1e16j", "1e+16j"}, {"1e400j", "infj"},
		{"0j", "0j"}, {"1_0j", "10j"}, {"010j", "10j"}, {"0.1", "0.1"},
	}
	for _, c := range cases {
		v, err := parseNumber(c.text)
		if err != nil {
			t.Errorf("parseNumber(%q): %v", c.text, err)
			continue
		}
		if got := ReprConst(v); got != c.want {
			t.Errorf("parseNumber(%q) = %s, want %s", c.text, got, c.want)
		}
	}
	v, _ := parseNumber("9223372036854775808")
	if _, ok := v.(*big.Int); !ok {
		t.Errorf("2**63 should be *big.Int, got %T", v)
	}
	v, _ = parseNumber("9223372036854775807")
	if _, ok := v.(int64); !ok {
		t.Errorf("2**63-1 should be int64, got %T", v)
	}
	_, err := parseNumber(strings.Repeat("1", 5000))
	want := "Exceeds the limit (4300 digits) for integer string conversion: value has 5000 digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals to avoid decimal conversion limits."
	if err == nil || err.Error() != want {
		t.Errorf("huge literal: err = %v", err)
	}
	if _, err := parseNumber("0x" + strings.Repeat("f", 5000)); err != nil {
		t.Errorf("huge hex literal: %v", err)
	}
}

func BenchmarkParseNumberSmall(b *testing.B) {
	for i := 0; i < b.N; i++ {
		parseNumber("12345")
	}
}
