// Package stringmod is the _string module: the str.format parser exposed
// for string.Formatter (formatter_parser, formatter_field_name_split).
package stringmod

import (
	"strings"

	"taipan/objects"
)

type (
	Value  = objects.Value
	Exc    = objects.BaseException
	Thread = objects.Thread
	Tuple  = objects.Tuple
)

var null = objects.Null

// listIter yields precomputed items, then raises err (if any): the parse
// is eager but errors surface where CPython's lazy iterator raises them.
type listIter struct {
	objects.Header
	items []Value
	i     int
	err   *Exc
}

var iterType = objects.NewType("_string", "formatteriterator", nil, 0)
var fieldIterType = objects.NewType("_string", "fieldnameiterator", nil, 0)

func newIter(typ *objects.Type, items []Value, err *Exc) Value {
	it := &listIter{items: items, err: err}
	it.SetType(typ)
	return objects.Obj(it)
}

func init() {
	for _, ty := range []*objects.Type{iterType, fieldIterType} {
		ty.Iter = func(t *Thread, v Value) (Value, *Exc) { return v, nil }
		ty.Next = func(t *Thread, v Value) (Value, *Exc) {
			it := objects.As[listIter](v)
			if it.i < len(it.items) {
				it.i++
				return it.items[it.i-1], nil
			}
			if it.err != nil {
				err := it.err
				it.err = nil
				return null, err
			}
			return null, nil
		}
		ty.Finish()
	}
	objects.RegisterModule("_string", func(t *Thread, m *objects.Module) *Exc {
		m.Set("formatter_parser", objects.NewBuiltin("formatter_parser", formatterParser))
		m.Set("formatter_field_name_split", objects.NewBuiltin("formatter_field_name_split", fieldNameSplit))
		return nil
	})
}

func strArg(fname string, args []Value, kw *Tuple) (string, *Exc) {
	if err := objects.CheckArgs(fname, args, kw, 1, 1); err != nil {
		return "", err
	}
	if !args[0].Type().IsSubtype(objects.StrType) {
		return "", objects.Errorf(objects.ExcTypeError, "expected str, got %s", args[0].Type().Name)
	}
	return objects.As[objects.Str](args[0]).S, nil
}

func str(s string) Value { return objects.NewStrValue(s) }

// Parse splits a format string into (literal, field_name, format_spec,
// conversion) items as str.format reads it. conversion is 0 when absent;
// hasField is false for a trailing literal with no field.
type Item struct {
	Literal, FieldName, FormatSpec string
	Conversion                     rune
	HasField                       bool
}

// ParseFormat parses a whole format string; items before an error are
// returned with it.
func ParseFormat(f string) ([]Item, *Exc) {
	var items []Item
	r := []rune(f)
	i := 0
	for i < len(r) {
		start := i
		var c rune
		markup := false
		for i < len(r) {
			c = r[i]
			i++
			if c == '{' || c == '}' {
				markup = true
				break
			}
		}
		atEnd := i >= len(r)
		n := i - start
		if c == '}' && markup && (atEnd || r[i] != '}') {
			return items, objects.Errorf(objects.ExcValueError, "Single '}' encountered in format string")
		}
		if atEnd && c == '{' && markup {
			return items, objects.Errorf(objects.ExcValueError, "Single '{' encountered in format string")
		}
		if !atEnd && markup {
			if r[i] == c {
				i++
				markup = false
			} else {
				n--
			}
		}
		it := Item{Literal: string(r[start : start+n])}
		if !markup {
			items = append(items, it)
			continue
		}
		// The field name: up to ':', '!' or '}'; '[' skips to ']'.
		fstart := i
		for i < len(r) && r[i] != ':' && r[i] != '!' && r[i] != '}' {
			if r[i] == '{' {
				return items, objects.Errorf(objects.ExcValueError, "unexpected '{' in field name")
			}
			if r[i] == '[' {
				for i < len(r) && r[i] != ']' {
					i++
				}
				if i == len(r) {
					break
				}
			}
			i++
		}
		if i >= len(r) {
			return items, objects.Errorf(objects.ExcValueError, "expected '}' before end of string")
		}
		it.FieldName = string(r[fstart:i])
		if r[i] == '!' {
			i++
			if i >= len(r) {
				return items, objects.Errorf(objects.ExcValueError, "end of string while looking for conversion specifier")
			}
			it.Conversion = r[i]
			i++
			if i >= len(r) {
				return items, objects.Errorf(objects.ExcValueError, "unmatched '{' in format spec")
			}
			if r[i] != ':' && r[i] != '}' {
				return items, objects.Errorf(objects.ExcValueError, "expected ':' after conversion specifier")
			}
		}
		if r[i] == ':' {
			i++
			sstart := i
			count := 1
			for {
				if i >= len(r) {
					return items, objects.Errorf(objects.ExcValueError, "unmatched '{' in format spec")
				}
				if r[i] == '{' {
					count++
				} else if r[i] == '}' {
					count--
					if count == 0 {
						break
					}
				}
				i++
			}
			it.FormatSpec = string(r[sstart:i])
		}
		i++ // the closing '}'
		it.HasField = true
		items = append(items, it)
	}
	return items, nil
}

func formatterParser(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
	f, err := strArg("formatter_parser", args, kw)
	if err != nil {
		return null, err
	}
	items, perr := ParseFormat(f)
	out := make([]Value, len(items))
	for k, it := range items {
		if !it.HasField {
			out[k] = objects.NewTupleValue([]Value{str(it.Literal), objects.None, objects.None, objects.None})
			continue
		}
		conv := objects.None
		if it.Conversion != 0 {
			conv = str(string(it.Conversion))
		}
		out[k] = objects.NewTupleValue([]Value{str(it.Literal), str(it.FieldName), str(it.FormatSpec), conv})
	}
	return newIter(iterType, out, perr), nil
}

// integer returns the value of an all-digit string, or -1.
func integer(s string) (int64, *Exc) {
	if s == "" {
		return -1, nil
	}
	var n int64
	for _, c := range s {
		if c < '0' || c > '9' {
			return -1, nil
		}
		if n > (1<<63-1-int64(c-'0'))/10 {
			return 0, objects.Errorf(objects.ExcValueError, "Too many decimal digits in format string")
		}
		n = n*10 + int64(c-'0')
	}
	return n, nil
}

func fieldNameSplit(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
	f, err := strArg("formatter_field_name_split", args, kw)
	if err != nil {
		return null, err
	}
	k := strings.IndexAny(f, ".[")
	first, rest := f, ""
	if k >= 0 {
		first, rest = f[:k], f[k:]
	}
	var firstV Value
	n, err := integer(first)
	if err != nil {
		return null, err
	}
	if n >= 0 {
		firstV = objects.Int(n)
	} else {
		firstV = str(first)
	}
	var items []Value
	var ierr *Exc
	for rest != "" {
		if rest[0] == '.' {
			j := strings.IndexAny(rest[1:], ".[")
			name := rest[1:]
			if j >= 0 {
				name, rest = rest[1:j+1], rest[j+1:]
			} else {
				rest = ""
			}
			if name == "" {
				ierr = objects.Errorf(objects.ExcValueError, "Empty attribute in format string")
				break
			}
			items = append(items, objects.NewTupleValue([]Value{objects.Bool(true), str(name)}))
			continue
		}
		if rest[0] != '[' {
			ierr = objects.Errorf(objects.ExcValueError, "Only '.' or '[' may follow ']' in format field specifier")
			break
		}
		j := strings.IndexByte(rest, ']')
		if j < 0 {
			ierr = objects.Errorf(objects.ExcValueError, "Missing ']' in format string")
			break
		}
		key := rest[1:j]
		rest = rest[j+1:]
		if key == "" {
			ierr = objects.Errorf(objects.ExcValueError, "Empty attribute in format string")
			break
		}
		kn, err := integer(key)
		if err != nil {
			ierr = err
			break
		}
		var kv Value
		if kn >= 0 {
			kv = objects.Int(kn)
		} else {
			kv = str(key)
		}
		items = append(items, objects.NewTupleValue([]Value{objects.Bool(false), kv}))
		if rest != "" && rest[0] != '.' && rest[0] != '[' {
			ierr = objects.Errorf(objects.ExcValueError, "Only '.' or '[' may follow ']' in format field specifier")
			break
		}
	}
	return objects.NewTupleValue([]Value{firstV, newIter(fieldIterType, items, ierr)}), nil
}
