package syntax

import (
	"errors"
	"math/big"
	"strconv"
	"strings"
)

// maxStrDigits is CPython's default sys.get_int_max_str_digits(): decimal
// int literals with more digits are rejected.
const maxStrDigits = 4300

// parseNumber converts the text of a NUMBER token to its constant value:
// int64 or *big.Int for ints, float64 for floats, complex128 for imaginary
// literals (with a zero real part). The tokenizer has already checked the
// syntax; an error here means a value CPython also rejects (too many
// decimal digits) or malformed text.
func parseNumber(text string) (Const, error) {
	if text == "" {
		return nil, errors.New("invalid number literal")
	}
	// Fast path: a short decimal int.
	if len(text) <= 18 {
		var v int64
		ok := true
		for i := 0; i < len(text); i++ {
			c := text[i]
			if c < '0' || c > '9' {
				ok = false
				break
			}
			v = v*10 + int64(c-'0')
		}
		if ok {
			return v, nil
		}
	}
	last := text[len(text)-1]
	if last == 'j' || last == 'J' {
		f, err := parseFloatText(text[:len(text)-1])
		if err != nil {
			return nil, err
		}
		return complex(0, f), nil
	}
	if len(text) > 1 && text[0] == '0' {
		base := 0
		switch text[1] {
		case 'x', 'X':
			base = 16
		case 'o', 'O':
			base = 8
		case 'b', 'B':
			base = 2
		}
		if base != 0 {
			return parseIntText(text[2:], base)
		}
	}
	if strings.ContainsAny(text, ".eE") {
		return parseFloatText(text)
	}
	return parseIntText(text, 10)
}

func removeUnderscores(s string) string {
	if strings.IndexByte(s, '_') < 0 {
		return s
	}
	return strings.ReplaceAll(s, "_", "")
}

func parseIntText(digits string, base int) (Const, error) {
	digits = removeUnderscores(digits)
	if digits == "" {
		return nil, errors.New("invalid number literal")
	}
	if base == 10 && len(digits) > maxStrDigits {
		return nil, errors.New("Exceeds the limit (" + strconv.Itoa(maxStrDigits) +
			" digits) for integer string conversion: value has " + strconv.Itoa(len(digits)) +
			" digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.")
	}
	if v, err := strconv.ParseInt(digits, base, 64); err == nil {
		return v, nil
	}
	b, ok := new(big.Int).SetString(digits, base)
	if !ok {
		return nil, errors.New("invalid number literal")
	}
	if b.IsInt64() {
		return b.Int64(), nil
	}
	return b, nil
}

func parseFloatText(s string) (float64, error) {
	s = removeUnderscores(s)
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		var ne *strconv.NumError
		if errors.As(err, &ne) && ne.Err == strconv.ErrRange {
			// Overflow gives ±Inf and underflow gives 0, as in Python.
			return f, nil
		}
		return 0, errors.New("invalid number literal")
	}
	return f, nil
}
