package syntax

import (
	"reflect"
	"strconv"
	"sync"
)

// Dump returns the text CPython 3.11's ast.dump(n, include_attributes=...)
// prints for the tree n (annotate_fields=True, indent=None).
//
// It walks the node structs by reflection, driven by their `py` tags; the
// per-type field list is computed once and cached.
func Dump(n Node, includeAttributes bool) string {
	d := dumper{attrs: includeAttributes, buf: make([]byte, 0, 256)}
	if n == nil {
		return "None"
	}
	d.value(reflect.ValueOf(n))
	return string(d.buf)
}

type dumper struct {
	attrs bool
	buf   []byte
}

// fieldKind says how a struct field is printed.
type fieldKind uint8

const (
	fkNode     fieldKind = iota // Node interface or *struct node
	fkNodeList                  // slice of nodes
	fkString                    // string (repr)
	fkStrPtr                    // *string (repr, None when nil)
	fkStrList                   // []string
	fkInt                       // int
	fkEnum                      // enum type with String(): Name()
	fkConst                     // Const (any)
)

type dumpField struct {
	index int
	name  string
	opt   bool
	kind  fieldKind
}

type dumpType struct {
	name   string
	fields []dumpField
	posIdx int // index of the embedded Pos field, or -1
}

// pyClassNames maps the Go type names that differ from CPython's class
// names.
var pyClassNames = map[string]string{
	"ExprStmt":      "Expr",
	"Comprehension": "comprehension",
	"Arguments":     "arguments",
	"Arg":           "arg",
	"Keyword":       "keyword",
	"Alias":         "alias",
	"WithItem":      "withitem",
	"MatchCase":     "match_case",
}

var dumpTypes sync.Map // reflect.Type (struct) -> *dumpType

var (
	anyType      = reflect.TypeOf((*any)(nil)).Elem()
	posType      = reflect.TypeOf(Pos{})
	stringerType = reflect.TypeOf((*interface{ String() string })(nil)).Elem()
)

func dumpTypeOf(t reflect.Type) *dumpType {
	if dt, ok := dumpTypes.Load(t); ok {
		return dt.(*dumpType)
	}
	dt := &dumpType{name: t.Name(), posIdx: -1}
	if py, ok := pyClassNames[dt.name]; ok {
		dt.name = py
	}
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if f.Anonymous && f.Type == posType {
			dt.posIdx = i
			continue
		}
		tag := f.Tag.Get("py")
		if tag == "" {
			continue
		}
		df := dumpField{index: i, name: tag}
		if n := len(tag); n > 4 && tag[n-4:] == ",opt" {
			df.name, df.opt = tag[:n-4], true
		}
		ft := f.Type
		switch {
		case ft == anyType:
			df.kind = fkConst
		case ft.Kind() == reflect.String:
			df.kind = fkString
		case ft.Kind() == reflect.Int:
			df.kind = fkInt
		case ft.Kind() == reflect.Uint8 && ft.Implements(stringerType):
			df.kind = fkEnum
		case ft.Kind() == reflect.Pointer && ft.Elem().Kind() == reflect.String:
			df.kind = fkStrPtr
		case ft.Kind() == reflect.Slice && ft.Elem().Kind() == reflect.String:
			df.kind = fkStrList
		case ft.Kind() == reflect.Slice && ft.Elem().Kind() == reflect.Uint8 && ft.Elem().Implements(stringerType):
			df.kind = fkNodeList // enum lists (Compare.ops) print element-wise
		case ft.Kind() == reflect.Slice:
			df.kind = fkNodeList
		default:
			df.kind = fkNode
		}
		dt.fields = append(dt.fields, df)
	}
	actual, _ := dumpTypes.LoadOrStore(t, dt)
	return actual.(*dumpType)
}

// value prints a node (interface or pointer), an enum, or None for nil.
func (d *dumper) value(v reflect.Value) {
	for v.Kind() == reflect.Interface {
		if v.IsNil() {
			d.buf = append(d.buf, "None"...)
			return
		}
		v = v.Elem()
	}
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() {
			d.buf = append(d.buf, "None"...)
			return
		}
		d.node(v.Elem())
	case reflect.Uint8:
		d.buf = append(d.buf, v.Interface().(interface{ String() string }).String()...)
		d.buf = append(d.buf, "()"...)
	case reflect.Struct:
		d.node(v)
	default:
		d.buf = append(d.buf, "None"...)
	}
}

func (d *dumper) node(v reflect.Value) {
	dt := dumpTypeOf(v.Type())
	d.buf = append(d.buf, dt.name...)
	d.buf = append(d.buf, '(')
	first := true
	sep := func() {
		if !first {
			d.buf = append(d.buf, ", "...)
		}
		first = false
	}
	for i := range dt.fields {
		f := &dt.fields[i]
		fv := v.Field(f.index)
		if f.opt && isNone(fv) {
			continue
		}
		sep()
		d.buf = append(d.buf, f.name...)
		d.buf = append(d.buf, '=')
		switch f.kind {
		case fkNode:
			d.value(fv)
		case fkNodeList:
			n := fv.Len()
			d.buf = append(d.buf, '[')
			for j := 0; j < n; j++ {
				if j > 0 {
					d.buf = append(d.buf, ", "...)
				}
				d.value(fv.Index(j))
			}
			d.buf = append(d.buf, ']')
		case fkString:
			d.buf = AppendQuoteStr(d.buf, fv.String())
		case fkStrPtr:
			if fv.IsNil() {
				d.buf = append(d.buf, "None"...)
			} else {
				d.buf = AppendQuoteStr(d.buf, fv.Elem().String())
			}
		case fkStrList:
			n := fv.Len()
			d.buf = append(d.buf, '[')
			for j := 0; j < n; j++ {
				if j > 0 {
					d.buf = append(d.buf, ", "...)
				}
				d.buf = AppendQuoteStr(d.buf, fv.Index(j).String())
			}
			d.buf = append(d.buf, ']')
		case fkInt:
			d.buf = strconv.AppendInt(d.buf, fv.Int(), 10)
		case fkEnum:
			d.value(fv)
		case fkConst:
			if fv.IsNil() {
				d.buf = append(d.buf, "None"...)
			} else {
				d.buf = AppendReprConst(d.buf, fv.Interface())
			}
		}
	}
	if d.attrs && dt.posIdx >= 0 {
		p := v.Field(dt.posIdx)
		sep()
		d.buf = append(d.buf, "lineno="...)
		d.buf = strconv.AppendInt(d.buf, p.Field(0).Int(), 10)
		d.buf = append(d.buf, ", col_offset="...)
		d.buf = strconv.AppendInt(d.buf, p.Field(1).Int(), 10)
		d.buf = append(d.buf, ", end_lineno="...)
		d.buf = strconv.AppendInt(d.buf, p.Field(2).Int(), 10)
		d.buf = append(d.buf, ", end_col_offset="...)
		d.buf = strconv.AppendInt(d.buf, p.Field(3).Int(), 10)
	}
	d.buf = append(d.buf, ')')
}

// isNone reports whether an optional field holds None.
func isNone(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.Interface, reflect.Pointer, reflect.Slice, reflect.Map:
		if v.IsNil() {
			return true
		}
		if v.Kind() == reflect.Interface {
			e := v.Elem()
			return e.Kind() == reflect.Pointer && e.IsNil()
		}
	}
	return false
}
