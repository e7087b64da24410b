package vm

import (
	"strings"

	"taipan/objects"
)

// Struct sequences: tuples whose items are also named attributes
// (sys.flags, sys.version_info, sys.float_info, ...). The repr is
// "module.name(field=value, ...)".

type structSeq struct {
	typ    *objects.Type
	fields []string
	index  map[string]int
}

var structSeqs = map[*objects.Type]*structSeq{}

// newStructSeqType declares a struct-sequence type named qualname
// ("sys.flags") with the given fields.
func newStructSeqType(qualname string, fields []string) *structSeq {
	mod, name := "builtins", qualname
	if i := strings.LastIndexByte(qualname, '.'); i >= 0 {
		mod, name = qualname[:i], qualname[i+1:]
	}
	ty := objects.NewType(mod, name, objects.TupleType, 0)
	ss := &structSeq{typ: ty, fields: fields, index: map[string]int{}}
	for i, f := range fields {
		ss.index[f] = i
	}
	ty.GetAttr = func(t *objects.Thread, v Value, n *objects.Str) (Value, *Exc) {
		if i, ok := ss.index[n.S]; ok {
			items := objects.As[objects.Tuple](v).Items
			if i < len(items) {
				return items[i], nil
			}
		}
		switch n.S {
		case "n_fields", "n_sequence_fields":
			return objects.Int(int64(len(fields))), nil
		case "n_unnamed_fields":
			return objects.Int(0), nil
		}
		return objects.GenericGetAttr(t, v, n)
	}
	ty.Repr = func(t *objects.Thread, v Value) (Value, *Exc) {
		var sb strings.Builder
		sb.WriteString(qualname)
		sb.WriteByte('(')
		for i, it := range objects.As[objects.Tuple](v).Items {
			if i > 0 {
				sb.WriteString(", ")
			}
			r, err := objects.ReprString(t, it)
			if err != nil {
				return null, err
			}
			if i < len(fields) {
				sb.WriteString(fields[i])
				sb.WriteByte('=')
			}
			sb.WriteString(r)
		}
		sb.WriteByte(')')
		return str(sb.String()), nil
	}
	ty.New = func(t *objects.Thread, typ *objects.Type, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
		if len(args) != 1 || kwnames != nil {
			return null, objects.Errorf(objects.ExcTypeError, "%s() takes exactly one sequence argument", qualname)
		}
		items, err := objects.IterToSlice(t, args[0])
		if err != nil {
			return null, err
		}
		if len(items) != len(fields) {
			return null, objects.Errorf(objects.ExcTypeError, "%s() takes a %d-sequence (%d-sequence given)", qualname, len(fields), len(items))
		}
		return ss.make(items), nil
	}
	ty.Finish()
	structSeqs[ty] = ss
	return ss
}

func (ss *structSeq) make(items []Value) Value {
	tp := &objects.Tuple{Items: items}
	tp.SetType(ss.typ)
	return objects.Obj(tp)
}
