package pyfmt

import (
	"math"
	"strconv"
)

// Spec is a parsed format specification,
// [[fill]align][sign][z][#][0][width][grouping][.precision][type].
// Fields that depend on the formatted type (default alignment, the meaning
// of the '0' flag) are resolved by the Format functions.
type Spec struct {
	Fill      rune // fill character; ' ' unless given
	Align     byte // '<', '>', '=', '^', or 0 if not given
	Sign      byte // '+', '-', ' ', or 0 if not given
	NoNeg0    bool // 'z': coerce negative zero to positive
	Alt       bool // '#'
	Zero      bool // '0' before the width (and no explicit fill)
	Width     int  // -1 if not given
	Grouping  byte // ',', '_', or 0
	Precision int  // -1 if not given
	Type      rune // presentation type, 0 if not given
}

func isAlign(r rune) bool { return r == '<' || r == '>' || r == '=' || r == '^' }

// ParseSpec parses a format specification as CPython 3.11's
// parse_internal_render_format_spec does. typeName is the Python type name
// of the object being formatted; it appears in the "Invalid format
// specifier" message.
func ParseSpec(spec, typeName string) (Spec, error) {
	s := Spec{Fill: ' ', Width: -1, Precision: -1}
	if spec == "" {
		return s, nil
	}
	pos := 0
	// [[fill]align]
	r0, n0 := decodeRune(spec)
	if n0 < len(spec) {
		r1, n1 := decodeRune(spec[n0:])
		if isAlign(r1) {
			s.Fill, s.Align = r0, byte(r1)
			pos = n0 + n1
		}
	}
	fillGiven := pos > 0
	if pos == 0 && isAlign(r0) {
		s.Align = byte(r0)
		pos = 1
	}
	if pos < len(spec) && (spec[pos] == '+' || spec[pos] == '-' || spec[pos] == ' ') {
		s.Sign = spec[pos]
		pos++
	}
	if pos < len(spec) && spec[pos] == 'z' {
		s.NoNeg0 = true
		pos++
	}
	if pos < len(spec) && spec[pos] == '#' {
		s.Alt = true
		pos++
	}
	if !fillGiven && pos < len(spec) && spec[pos] == '0' {
		s.Zero = true
		pos++
	}
	var n int
	var err error
	if s.Width, n, pos, err = specInteger(spec, pos); err != nil {
		return s, err
	}
	if n == 0 {
		s.Width = -1
	}
	if pos < len(spec) && spec[pos] == ',' {
		s.Grouping = ','
		pos++
	}
	if pos < len(spec) && spec[pos] == '_' {
		if s.Grouping != 0 {
			return s, valueError("Cannot specify both ',' and '_'.")
		}
		s.Grouping = '_'
		pos++
	}
	if pos < len(spec) && spec[pos] == ',' && s.Grouping == '_' {
		return s, valueError("Cannot specify both ',' and '_'.")
	}
	if pos < len(spec) && spec[pos] == '.' {
		pos++
		if s.Precision, n, pos, err = specInteger(spec, pos); err != nil {
			return s, err
		}
		if n == 0 {
			return s, valueError("Format specifier missing precision")
		}
	}
	if pos < len(spec) {
		r, k := decodeRune(spec[pos:])
		if pos+k < len(spec) {
			return s, valueError("Invalid format specifier '" + spec + "' for object of type '" + typeName + "'")
		}
		s.Type = r
	}
	if s.Grouping != 0 {
		switch s.Type {
		case 'd', 'e', 'f', 'g', 'E', 'G', '%', 'F', 0:
		case 'b', 'o', 'x', 'X':
			if s.Grouping == '_' {
				break
			}
			fallthrough
		default:
			return s, valueError("Cannot specify '" + string(rune(s.Grouping)) + "' with " + quoteCode(s.Type) + ".")
		}
	}
	return s, nil
}

// specInteger reads a run of Unicode decimal digits starting at pos.
func specInteger(spec string, pos int) (val, ndigits, end int, err error) {
	for pos < len(spec) {
		r, k := decodeRune(spec[pos:])
		d := decimalValue(r)
		if d < 0 {
			break
		}
		if val > (math.MaxInt64-d)/10 {
			return 0, 0, pos, valueError("Too many decimal digits in format string")
		}
		val = val*10 + d
		ndigits++
		pos += k
	}
	return val, ndigits, pos, nil
}

// quoteCode renders a presentation type for an error message: 'x' for
// printable ASCII, '\x80' otherwise.
func quoteCode(t rune) string {
	if t > 32 && t < 128 {
		return "'" + string(t) + "'"
	}
	return "'\\x" + strconv.FormatUint(uint64(uint32(t)), 16) + "'"
}

func unknownFormat(t rune, typeName string) error {
	return valueError("Unknown format code " + quoteCode(t) + " for object of type '" + typeName + "'")
}

// resolve fills in the type-dependent defaults: the alignment and the
// effect of the '0' flag. defAlign is '<' for strings, '>' for numbers.
func (s *Spec) resolve(defAlign byte) (fill rune, align byte) {
	fill, align = s.Fill, s.Align
	if s.Zero {
		fill = '0'
		if align == 0 && defAlign == '>' {
			align = '='
		}
	}
	if align == 0 {
		align = defAlign
	}
	return fill, align
}
