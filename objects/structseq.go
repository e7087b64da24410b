package objects

import "strings"

// Struct sequences (CPython's PyStructSequence): tuple subclasses whose
// first NSeq items are the tuple and whose fields all have names, e.g.
// os.stat_result, time.struct_time, sys.flags. Fields past NSeq are
// reachable by name only.

// StructSeq is an instance of a struct-sequence type. It begins with a
// Tuple, so every tuple operation applies to its visible part.
type StructSeq struct {
	Tuple
	Extra []Value // fields [NSeq, len(Fields))
}

// StructSeqDesc describes a struct-sequence type.
type StructSeqDesc struct {
	Type   *Type
	Fields []string // every field name, visible ones first
	NSeq   int      // number of visible (tuple) fields
	// Fill, if set, completes the fields of an instance built from a
	// sequence (fields not given are None).
	Fill  func(vals []Value)
	index map[string]int
}

var structSeqDescs = map[*Type]*StructSeqDesc{}

// NewStructSeqType declares and finishes a struct-sequence type module.name
// with the given field names, the first nseq of which form the tuple.
func NewStructSeqType(module, name string, fields []string, nseq int) *StructSeqDesc {
	ty := NewType(module, name, TupleType, FlagBaseType)
	d := &StructSeqDesc{Type: ty, Fields: fields, NSeq: nseq, index: map[string]int{}}
	for i, f := range fields {
		d.index[f] = i
	}
	structSeqDescs[ty] = d
	ty.Repr = structSeqRepr
	ty.New = structSeqNew
	ty.GetAttr = structSeqGetAttr
	ty.SetAttrString("n_sequence_fields", Int(int64(nseq)))
	ty.SetAttrString("n_fields", Int(int64(len(fields))))
	ty.SetAttrString("n_unnamed_fields", Int(0))
	match := make([]Value, nseq)
	for i := range match {
		match[i] = NewStrValue(fields[i])
	}
	ty.SetAttrString("__match_args__", NewTupleValue(match))
	ty.AddMethod("__reduce__", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		s := As[StructSeq](self)
		dd := NewDict()
		for i, v := range s.Extra {
			dd.SetStr(Intern(d.Fields[d.NSeq+i]), v)
		}
		return NewTupleValue([]Value{Obj(self.Type()), Tuple2(NewTupleValue(append([]Value(nil), s.Items...)), Obj(dd))}), nil
	})
	ty.Finish()
	return d
}

// New returns an instance holding vals (one per field, not copied).
func (d *StructSeqDesc) New(vals []Value) Value {
	s := &StructSeq{Tuple: Tuple{Header: Header{d.Type}, Items: vals[:d.NSeq:d.NSeq]}, Extra: vals[d.NSeq:]}
	return Obj(&s.Tuple)
}

// Field returns the named field of a struct-sequence instance.
func (d *StructSeqDesc) Field(v Value, i int) Value {
	s := As[StructSeq](v)
	if i < d.NSeq {
		return s.Items[i]
	}
	return s.Extra[i-d.NSeq]
}

func structSeqDescOf(ty *Type) *StructSeqDesc {
	for ; ty != nil; ty = ty.Base {
		if d, ok := structSeqDescs[ty]; ok {
			return d
		}
	}
	return nil
}

func structSeqRepr(t *Thread, v Value) (Value, *BaseException) {
	d := structSeqDescOf(v.Type())
	s := As[StructSeq](v)
	var b strings.Builder
	b.WriteString(d.Type.Module + "." + d.Type.Name + "(")
	for i, it := range s.Items {
		if i > 0 {
			b.WriteString(", ")
		}
		r, err := ReprString(t, it)
		if err != nil {
			return Null, err
		}
		b.WriteString(d.Fields[i])
		b.WriteByte('=')
		b.WriteString(r)
	}
	b.WriteByte(')')
	return NewStrValue(b.String()), nil
}

func structSeqGetAttr(t *Thread, v Value, name *Str) (Value, *BaseException) {
	d := structSeqDescOf(v.Type())
	if i, ok := d.index[name.S]; ok {
		return d.Field(v, i), nil
	}
	return GenericGetAttr(t, v, name)
}

func structSeqNew(t *Thread, typ *Type, args []Value, kwnames *Tuple) (Value, *BaseException) {
	d := structSeqDescOf(typ)
	pos, kw := SplitArgs(args, kwnames)
	var seq, dict Value
	for i, k := range kw {
		switch As[Str](kwnames.Items[i]).S {
		case "sequence":
			seq = k
		case "dict":
			dict = k
		default:
			return Null, Errorf(ExcTypeError, "%s() got an unexpected keyword argument '%s'", typ.Name, As[Str](kwnames.Items[i]).S)
		}
	}
	if len(pos) > 0 {
		seq = pos[0]
	}
	if len(pos) > 1 {
		dict = pos[1]
	}
	if len(pos) > 2 {
		return Null, Errorf(ExcTypeError, "%s() takes at most 2 arguments (%d given)", typ.Name, len(pos))
	}
	if seq.IsNull() {
		return Null, Errorf(ExcTypeError, "%s() missing required argument 'sequence' (pos 1)", typ.Name)
	}
	items, err := IterToSlice(t, seq)
	if err != nil {
		return Null, err
	}
	qual := d.Type.Module + "." + d.Type.Name
	n, nf := len(items), len(d.Fields)
	if n < d.NSeq {
		if d.NSeq == nf {
			return Null, Errorf(ExcTypeError, "%s() takes a %d-sequence (%d-sequence given)", qual, d.NSeq, n)
		}
		return Null, Errorf(ExcTypeError, "%s() takes an at least %d-sequence (%d-sequence given)", qual, d.NSeq, n)
	}
	if n > nf {
		if d.NSeq == nf {
			return Null, Errorf(ExcTypeError, "%s() takes a %d-sequence (%d-sequence given)", qual, d.NSeq, n)
		}
		return Null, Errorf(ExcTypeError, "%s() takes an at most %d-sequence (%d-sequence given)", qual, nf, n)
	}
	vals := make([]Value, nf)
	copy(vals, items)
	for i := n; i < nf; i++ {
		vals[i] = None
		if !dict.IsNull() && dict.Type() == DictType {
			if x, ok := As[Dict](dict).GetStr(Intern(d.Fields[i])); ok {
				vals[i] = x
			}
		}
	}
	if d.Fill != nil {
		d.Fill(vals)
	}
	s := &StructSeq{Tuple: Tuple{Header: Header{typ}, Items: vals[:d.NSeq:d.NSeq]}, Extra: vals[d.NSeq:]}
	return Obj(&s.Tuple), nil
}
