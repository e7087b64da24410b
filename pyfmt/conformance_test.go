package pyfmt

import (
	"compress/gzip"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"math/big"
	"os"
	"strconv"
	"strings"
	"testing"
)

// The tables in testdata were produced by testdata/gen.py under CPython
// 3.11; every case must agree exactly.

func loadCases(t *testing.T, name string) [][]any {
	t.Helper()
	f, err := os.Open("testdata/" + name + ".json.gz")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	z, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	var cases [][]any
	if err := json.NewDecoder(z).Decode(&cases); err != nil {
		t.Fatal(err)
	}
	return cases
}

func errStr(err error) string {
	var pe *Error
	if errors.As(err, &pe) {
		return "!" + pe.Kind.String() + ": " + pe.Msg
	}
	return "!?: " + err.Error()
}

func result(s string, err error) string {
	if err != nil {
		return errStr(err)
	}
	return s
}

func hexFloat(t *testing.T, s string) float64 {
	switch s {
	case "nan":
		return math.NaN()
	case "-nan":
		return math.Copysign(math.NaN(), -1)
	}
	f, err := FloatFromHex(s)
	if err != nil {
		t.Fatalf("bad float %q: %v", s, err)
	}
	return f
}

func floatHexSigned(f float64) string {
	if math.IsNaN(f) {
		if math.Signbit(f) {
			return "-nan"
		}
		return "nan"
	}
	return FloatHex(f)
}

func bigOf(t *testing.T, s string) *big.Int {
	z, ok := new(big.Int).SetString(s, 0)
	if !ok {
		t.Fatalf("bad int %q", s)
	}
	return z
}

type tally struct {
	t      *testing.T
	name   string
	n, bad int
}

func (c *tally) check(got, want string, in ...any) {
	c.n++
	if got != want {
		c.bad++
		if c.bad <= 25 {
			c.t.Errorf("%s %q: got %q, want %q", c.name, in, got, want)
		}
	}
}

func (c *tally) done() {
	c.t.Logf("%s: %d cases, %d agree with CPython 3.11", c.name, c.n, c.n-c.bad)
}

func TestFormatFloatTable(t *testing.T) {
	c := tally{t: t, name: "format(float)"}
	for _, k := range loadCases(t, "format_float") {
		f := hexFloat(t, k[0].(string))
		got := result(FormatFloat(f, k[1].(string), "float"))
		c.check(got, k[2].(string), k[0], k[1])
	}
	c.done()
}

func TestFormatIntTable(t *testing.T) {
	c := tally{t: t, name: "format(int)"}
	for _, k := range loadCases(t, "format_int") {
		v := bigOf(t, k[0].(string))
		got := result(FormatBigInt(v, k[1].(string), "int", MaxStrDigitsDefault))
		c.check(got, k[2].(string), k[0], k[1])
		if v.IsInt64() {
			got := result(FormatInt(v.Int64(), k[1].(string), "int"))
			c.check(got, k[2].(string), k[0], k[1], "int64")
		}
	}
	c.done()
}

func TestFormatStrTable(t *testing.T) {
	c := tally{t: t, name: "format(str)"}
	for _, k := range loadCases(t, "format_str") {
		got := result(FormatStr(k[0].(string), k[1].(string), "str"))
		c.check(got, k[2].(string), k[0], k[1])
	}
	c.done()
}

func TestFormatComplexTable(t *testing.T) {
	c := tally{t: t, name: "format(complex)"}
	for _, k := range loadCases(t, "format_complex") {
		re, im := hexFloat(t, k[0].(string)), hexFloat(t, k[1].(string))
		var got string
		if k[2].(string) == "!repr" {
			got = ComplexRepr(re, im)
		} else {
			got = result(FormatComplex(re, im, k[2].(string), "complex"))
		}
		c.check(got, k[3].(string), k[0], k[1], k[2])
	}
	c.done()
}

func TestFloatMiscTable(t *testing.T) {
	c := tally{t: t, name: "repr/hex/as_integer_ratio/round(float)"}
	for _, k := range loadCases(t, "float_misc") {
		f := hexFloat(t, k[0].(string))
		c.check(FloatRepr(f), k[1].(string), k[0], "repr")
		c.check(FloatHex(f), k[2].(string), k[0], "hex")
		num, den, err := FloatAsIntegerRatio(f)
		ratio := ""
		if err != nil {
			ratio = errStr(err)
		} else {
			ratio = num.String() + "/" + den.String()
		}
		c.check(ratio, k[3].(string), k[0], "ratio")
		small, z, err := FloatRoundInt(f)
		r := ""
		switch {
		case err != nil:
			r = errStr(err)
		case z != nil:
			r = z.String()
		default:
			r = strconv.FormatInt(small, 10)
		}
		c.check(r, k[4].(string), k[0], "round")
	}
	c.done()
}

func TestFloatRoundTable(t *testing.T) {
	c := tally{t: t, name: "round(float, n)"}
	for _, k := range loadCases(t, "float_round") {
		f := hexFloat(t, k[0].(string))
		n := int(k[1].(float64))
		r, err := FloatRound(f, n)
		got := ""
		if err != nil {
			got = errStr(err)
		} else {
			got = floatHexSigned(r)
		}
		c.check(got, k[2].(string), k[0], n)
	}
	c.done()
}

func TestFloatFromHexTable(t *testing.T) {
	c := tally{t: t, name: "float.fromhex"}
	for _, k := range loadCases(t, "float_fromhex") {
		f, err := FloatFromHex(k[0].(string))
		got := ""
		if err != nil {
			got = errStr(err)
		} else {
			got = floatHexSigned(f)
		}
		c.check(got, k[1].(string), k[0])
	}
	c.done()
}

func TestParseFloatTable(t *testing.T) {
	c := tally{t: t, name: "float(str)"}
	for _, k := range loadCases(t, "parse_float") {
		f, err := ParseFloat(k[0].(string))
		got := ""
		if err != nil {
			got = errStr(err)
		} else {
			got = floatHexSigned(f)
		}
		c.check(got, k[1].(string), k[0])
	}
	c.done()
}

func TestParseIntTable(t *testing.T) {
	c := tally{t: t, name: "int(str, base)"}
	for _, k := range loadCases(t, "parse_int") {
		small, z, err := ParseInt(k[0].(string), int(k[1].(float64)), MaxStrDigitsDefault)
		got := ""
		switch {
		case err != nil:
			got = errStr(err)
		case z != nil:
			got = hexOf(z)
		default:
			got = hexOf(big.NewInt(small))
		}
		c.check(got, k[2].(string), k[0], k[1])
	}
	c.done()
}

func hexOf(z *big.Int) string {
	if z.Sign() < 0 {
		return "-0x" + new(big.Int).Neg(z).Text(16)
	}
	return "0x" + z.Text(16)
}

// testVal is a small stand-in for Python objects in the printf tests.
type testVal struct {
	kind  byte // b n i f s t l d
	b     bool
	i     *big.Int
	f     float64
	s     string
	items []testVal
	keys  []string
}

func decodeVal(t *testing.T, e []any) testVal {
	v := testVal{kind: e[0].(string)[0]}
	switch v.kind {
	case 'b':
		v.b = e[1].(bool)
	case 'i':
		v.i = bigOf(t, e[1].(string))
	case 'f':
		v.f = hexFloat(t, e[1].(string))
	case 's':
		v.s = e[1].(string)
	case 't', 'l':
		for _, x := range e[1].([]any) {
			v.items = append(v.items, decodeVal(t, x.([]any)))
		}
	case 'd':
		for _, kv := range e[1].([]any) {
			p := kv.([]any)
			v.keys = append(v.keys, p[0].(string))
			v.items = append(v.items, decodeVal(t, p[1].([]any)))
		}
	}
	return v
}

type testHost struct{}

func (testHost) Args(a testVal) (int, bool) {
	switch a.kind {
	case 't':
		return len(a.items), false
	case 'l', 'd':
		return -1, true
	case 's':
		return -1, false
	}
	return -1, false
}

func (testHost) Item(a testVal, i int) testVal { return a.items[i] }

func (testHost) GetItem(m testVal, key string) (testVal, error) {
	if m.kind == 'd' {
		for i, k := range m.keys {
			if k == key {
				return m.items[i], nil
			}
		}
		return testVal{}, &Error{KeyError, StrRepr(key)}
	}
	return testVal{}, &Error{TypeError, "list indices must be integers or slices, not str"}
}

func (testHost) TypeName(v testVal) string {
	return map[byte]string{'b': "bool", 'n': "NoneType", 'i': "int", 'f': "float", 's': "str",
		't': "tuple", 'l': "list", 'd': "dict"}[v.kind]
}

func (h testHost) Str(v testVal) (string, error) {
	if v.kind == 's' {
		return v.s, nil
	}
	return h.Repr(v)
}

func (h testHost) Repr(v testVal) (string, error) {
	switch v.kind {
	case 'b':
		if v.b {
			return "True", nil
		}
		return "False", nil
	case 'n':
		return "None", nil
	case 'i':
		return IntToDecimal(v.i, MaxStrDigitsDefault)
	case 'f':
		return FloatRepr(v.f), nil
	case 's':
		return StrRepr(v.s), nil
	}
	var parts []string
	for i, x := range v.items {
		r, err := h.Repr(x)
		if err != nil {
			return "", err
		}
		if v.kind == 'd' {
			r = StrRepr(v.keys[i]) + ": " + r
		}
		parts = append(parts, r)
	}
	switch v.kind {
	case 't':
		if len(parts) == 1 {
			return "(" + parts[0] + ",)", nil
		}
		return "(" + strings.Join(parts, ", ") + ")", nil
	case 'l':
		return "[" + strings.Join(parts, ", ") + "]", nil
	}
	return "{" + strings.Join(parts, ", ") + "}", nil
}

func (h testHost) ASCII(v testVal) (string, error) {
	r, err := h.Repr(v)
	if err != nil {
		return "", err
	}
	var b strings.Builder
	for _, c := range r {
		switch {
		case c < 0x80:
			b.WriteRune(c)
		case c < 0x100:
			fmt.Fprintf(&b, "\\x%02x", c)
		case c < 0x10000:
			fmt.Fprintf(&b, "\\u%04x", c)
		default:
			fmt.Fprintf(&b, "\\U%08x", c)
		}
	}
	return b.String(), nil
}

func (testHost) AsStr(v testVal) (string, bool) { return v.s, v.kind == 's' }

func (testHost) Int(v testVal, index bool) (int64, *big.Int, error) {
	switch v.kind {
	case 'b':
		if v.b {
			return 1, nil, nil
		}
		return 0, nil, nil
	case 'i':
		if v.i.IsInt64() {
			return v.i.Int64(), nil, nil
		}
		return 0, v.i, nil
	case 'f':
		if index {
			return 0, nil, ErrWrongType
		}
		return FloatToInt(v.f)
	}
	return 0, nil, ErrWrongType
}

func (h testHost) Float(v testVal) (float64, error) {
	switch v.kind {
	case 'b':
		if v.b {
			return 1, nil
		}
		return 0, nil
	case 'i':
		return BigIntToFloat(v.i)
	case 'f':
		return v.f, nil
	}
	return 0, &Error{TypeError, "must be real number, not " + h.TypeName(v)}
}

func (testHost) MaxStrDigits() int { return MaxStrDigitsDefault }

func TestPrintfTable(t *testing.T) {
	c := tally{t: t, name: "str % args"}
	for _, k := range loadCases(t, "printf") {
		args := decodeVal(t, k[1].([]any))
		got := result(Printf[testVal](k[0].(string), args, testHost{}))
		c.check(got, k[2].(string), k[0], k[1])
	}
	c.done()
}

func TestRandomSpecTable(t *testing.T) {
	c := tally{t: t, name: "format(random specs)"}
	for _, k := range loadCases(t, "random_spec") {
		spec := k[2].(string)
		var got string
		switch k[0].(string) {
		case "float":
			got = result(FormatFloat(hexFloat(t, k[1].(string)), spec, "float"))
		case "int", "bool":
			v := bigOf(t, k[1].(string))
			got = result(FormatBigInt(v, spec, k[0].(string), MaxStrDigitsDefault))
			if k[0] == "bool" && spec == "" {
				got = "True"
			}
		case "str":
			got = result(FormatStr(k[1].(string), spec, "str"))
		case "complex":
			p := k[1].([]any)
			got = result(FormatComplex(hexFloat(t, p[0].(string)), hexFloat(t, p[1].(string)), spec, "complex"))
		}
		c.check(got, k[3].(string), k[0], k[1], spec)
	}
	c.done()
}

func TestRandomPrintfTable(t *testing.T) {
	c := tally{t: t, name: "str % args (random formats)"}
	for _, k := range loadCases(t, "random_printf") {
		args := decodeVal(t, k[1].([]any))
		got := result(Printf[testVal](k[0].(string), args, testHost{}))
		c.check(got, k[2].(string), k[0], k[1])
	}
	c.done()
}

func TestLongPrecisionTable(t *testing.T) {
	c := tally{t: t, name: "long precisions"}
	for _, k := range loadCases(t, "long_precision") {
		f := hexFloat(t, k[0].(string))
		spec := k[1].(string)
		var got string
		if strings.HasPrefix(spec, "%") {
			got = result(Printf[testVal](spec, testVal{kind: 'f', f: f}, testHost{}))
		} else {
			got = result(FormatFloat(f, spec, "float"))
		}
		c.check(got, k[2].(string), k[0], spec)
	}
	c.done()
}

func latin1(s string) []byte {
	var b []byte
	for _, r := range s {
		b = append(b, byte(r))
	}
	return b
}

func TestParseBytesTable(t *testing.T) {
	c := tally{t: t, name: "int(bytes)/float(bytes)/repr(bytes)"}
	for _, k := range loadCases(t, "parse_bytes") {
		b := latin1(k[1].(string))
		var got string
		switch k[0].(string) {
		case "int":
			small, z, err := ParseIntBytes(b, int(k[2].(float64)), MaxStrDigitsDefault)
			switch {
			case err != nil:
				got = errStr(err)
			case z != nil:
				got = hexOf(z)
			default:
				got = hexOf(big.NewInt(small))
			}
		case "float":
			f, err := ParseFloatBytes(b, func() string { return BytesRepr(b) })
			if err != nil {
				got = errStr(err)
			} else {
				got = floatHexSigned(f)
			}
		case "repr":
			got = BytesRepr(b)
		}
		c.check(got, k[3].(string), k[0], k[1], k[2])
	}
	c.done()
}
