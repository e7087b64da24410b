package objects

// BaseExceptionGroup and ExceptionGroup (PEP 654), and BaseException.add_note.

// ExceptionGroupObj is the layout of exception-group instances: a
// BaseException plus the message and the tuple of sub-exceptions.
type ExceptionGroupObj struct {
	BaseException
	Msg  Value
	Excs *Tuple
}

// The exception-group classes.
var (
	ExcBaseExceptionGroup = excDecl("BaseExceptionGroup", ExcBaseException)
	ExcExceptionGroup     = excDecl("ExceptionGroup", ExcBaseExceptionGroup)
)

// IsExceptionGroup reports whether v is a BaseExceptionGroup instance.
func IsExceptionGroup(v Value) bool {
	return !v.IsNull() && v.Type().IsSubtype(ExcBaseExceptionGroup)
}

// GroupExceptions returns the sub-exceptions of a group.
func GroupExceptions(v Value) []Value { return As[ExceptionGroupObj](v).Excs.Items }

// GroupMessage returns the message of a group.
func GroupMessage(v Value) Value { return As[ExceptionGroupObj](v).Msg }

func isSequenceForEG(v Value) bool {
	ty := v.Type()
	if ty.IsSubtype(DictType) {
		return false
	}
	return ty.IsSubtype(ListType) || ty.IsSubtype(TupleType) || ty.GetItem != nil
}

func egNew(t *Thread, typ *Type, args []Value, kwnames *Tuple) (Value, *BaseException) {
	pos, _ := SplitArgs(args, kwnames)
	if len(pos) != 2 {
		return Null, Errorf(ExcTypeError, "BaseExceptionGroup.__new__() takes exactly 2 arguments (%d given)", len(pos))
	}
	msg, seq := pos[0], pos[1]
	if !msg.IsInstance(StrType) {
		return Null, Errorf(ExcTypeError, "BaseExceptionGroup.__new__() argument 1 must be str, not %s", msg.Type().Name)
	}
	if !isSequenceForEG(seq) {
		return Null, Errorf(ExcTypeError, "second argument (exceptions) must be a sequence")
	}
	items, err := IterToSlice(t, seq)
	if err != nil {
		return Null, err
	}
	if len(items) == 0 {
		return Null, Errorf(ExcValueError, "second argument (exceptions) must be a non-empty sequence")
	}
	nestedBase := false
	for i, e := range items {
		if !e.IsInstance(ExcBaseException) {
			return Null, Errorf(ExcValueError, "Item %d of second argument (exceptions) is not an exception", i)
		}
		if !e.IsInstance(ExcException) {
			nestedBase = true
		}
	}
	if typ == ExcBaseExceptionGroup {
		if !nestedBase {
			typ = ExcExceptionGroup
		}
	} else if typ == ExcExceptionGroup {
		if nestedBase {
			return Null, Errorf(ExcTypeError, "Cannot nest BaseExceptions in an ExceptionGroup")
		}
	} else if nestedBase && typ.IsSubtype(ExcException) {
		return Null, Errorf(ExcTypeError, "Cannot nest BaseExceptions in '%s'", typ.Name)
	}
	g := &ExceptionGroupObj{Msg: msg, Excs: NewTuple(append([]Value(nil), items...))}
	g.typ = typ
	g.Attrs = Attrs{Map: typ.RootMap}
	g.Args = NewTuple([]Value{msg, seq})
	return Obj(g), nil
}

// NewExceptionGroup builds BaseExceptionGroup(msg, excs) (an
// ExceptionGroup when every item is an Exception).
func NewExceptionGroup(t *Thread, msg string, excs []Value) (Value, *BaseException) {
	return egNew(t, ExcBaseExceptionGroup, []Value{NewStrValue(msg), NewListValue(excs)}, nil)
}

func egStr(t *Thread, v Value) (Value, *BaseException) {
	g := As[ExceptionGroupObj](v)
	s, err := StrString(t, g.Msg)
	if err != nil {
		return Null, err
	}
	n := len(g.Excs.Items)
	suffix := "s"
	if n == 1 {
		suffix = ""
	}
	return NewStrValue(s + " (" + itoa(int64(n)) + " sub-exception" + suffix + ")"), nil
}

// egMatcher returns a predicate for split/subgroup's condition.
func egMatcher(t *Thread, cond Value) (func(e Value) (bool, *BaseException), *BaseException) {
	isExcType := func(c Value) bool {
		return c.IsInstance(TypeType) && As[Type](c).IsSubtype(ExcBaseException)
	}
	if isExcType(cond) {
		ty := As[Type](cond)
		return func(e Value) (bool, *BaseException) { return e.Type().IsSubtype(ty), nil }, nil
	}
	if cond.Type() == TupleType {
		items := As[Tuple](cond).Items
		ok := true
		for _, c := range items {
			if !isExcType(c) {
				ok = false
			}
		}
		if ok {
			return func(e Value) (bool, *BaseException) {
				for _, c := range items {
					if e.Type().IsSubtype(As[Type](c)) {
						return true, nil
					}
				}
				return false, nil
			}, nil
		}
	}
	if cond.Type().Call != nil && !cond.IsInstance(TypeType) {
		return func(e Value) (bool, *BaseException) {
			r, err := CallValue(t, cond, []Value{e}, nil)
			if err != nil {
				return false, err
			}
			return Truth(t, r)
		}, nil
	}
	return nil, Errorf(ExcTypeError, "expected a function, exception type or tuple of exception types")
}

// egDerive calls eg.derive(excs) and copies the group's metadata onto
// the result.
func egDerive(t *Thread, eg Value, excs []Value) (Value, *BaseException) {
	r, err := CallMethod(t, eg, "derive", NewListValue(excs))
	if err != nil {
		return Null, err
	}
	if !IsExceptionGroup(r) {
		return Null, Errorf(ExcTypeError, "derive must return an instance of BaseExceptionGroup")
	}
	src, dst := As[BaseException](eg), As[BaseException](r)
	dst.Traceback = src.Traceback
	dst.Cause = src.Cause
	dst.Context = src.Context
	if notes := src.Attrs.Get(Intern("__notes__")); !notes.IsNull() {
		if items, err := IterToSlice(t, notes); err == nil {
			dst.Attrs.Set(dst.typ.RootMap, Intern("__notes__"), NewListValue(append([]Value(nil), items...)))
		}
	}
	return r, nil
}

// EGSplit implements BaseExceptionGroup.split: (match, rest), each Null
// when empty.
func EGSplit(t *Thread, eg Value, match func(e Value) (bool, *BaseException), wantRest bool) (Value, Value, *BaseException) {
	if t != nil {
		if t.Depth >= t.RecursionLimit {
			return Null, Null, Errorf(ExcRecursionError, "maximum recursion depth exceeded")
		}
		t.Depth++
		defer func() { t.Depth-- }()
	}
	m, err := match(eg)
	if err != nil {
		return Null, Null, err
	}
	if m {
		return eg, Null, nil
	}
	var ms, rs []Value
	for _, e := range GroupExceptions(eg) {
		if IsExceptionGroup(e) {
			a, b, err := EGSplit(t, e, match, wantRest)
			if err != nil {
				return Null, Null, err
			}
			if !a.IsNull() {
				ms = append(ms, a)
			}
			if !b.IsNull() {
				rs = append(rs, b)
			}
			continue
		}
		ok, err := match(e)
		if err != nil {
			return Null, Null, err
		}
		if ok {
			ms = append(ms, e)
		} else {
			rs = append(rs, e)
		}
	}
	mv, rv := Null, Null
	if len(ms) > 0 {
		if mv, err = egDerive(t, eg, ms); err != nil {
			return Null, Null, err
		}
	}
	if wantRest && len(rs) > 0 {
		if rv, err = egDerive(t, eg, rs); err != nil {
			return Null, Null, err
		}
	}
	return mv, rv, nil
}

func orNoneV(v Value) Value {
	if v.IsNull() {
		return None
	}
	return v
}

func init() {
	for _, ty := range []*Type{ExcBaseExceptionGroup, ExcExceptionGroup} {
		ty.New = egNew
		ty.Str = egStr
	}
	ExcExceptionGroup.Bases = []*Type{ExcBaseExceptionGroup, ExcException}
	g := ExcBaseExceptionGroup
	g.AddMethod("derive", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		if err := CheckArgs("derive", args, kwnames, 1, 1); err != nil {
			return Null, err
		}
		return egNew(t, ExcBaseExceptionGroup, []Value{GroupMessage(self), args[0]}, nil)
	})
	g.AddMethod("split", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		if err := CheckArgs("split", args, kwnames, 1, 1); err != nil {
			return Null, err
		}
		m, err := egMatcher(t, args[0])
		if err != nil {
			return Null, err
		}
		a, b, err := EGSplit(t, self, m, true)
		if err != nil {
			return Null, err
		}
		return Tuple2(orNoneV(a), orNoneV(b)), nil
	})
	g.AddMethod("subgroup", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		if err := CheckArgs("subgroup", args, kwnames, 1, 1); err != nil {
			return Null, err
		}
		m, err := egMatcher(t, args[0])
		if err != nil {
			return Null, err
		}
		a, _, err := EGSplit(t, self, m, false)
		if err != nil {
			return Null, err
		}
		return orNoneV(a), nil
	})
	prevSet := g.SetAttr
	g.SetAttr = func(t *Thread, v Value, name *Str, val Value) *BaseException {
		if name.S == "message" || name.S == "exceptions" {
			return Errorf(ExcAttributeError, "readonly attribute")
		}
		if prevSet != nil {
			return prevSet(t, v, name, val)
		}
		return GenericSetAttr(t, v, name, val)
	}
	g.GetAttr = func(t *Thread, v Value, name *Str) (Value, *BaseException) {
		switch name.S {
		case "message":
			return GroupMessage(v), nil
		case "exceptions":
			return Obj(As[ExceptionGroupObj](v).Excs), nil
		}
		return excGetAttr(t, v, name)
	}
	ExcBaseException.AddMethod("add_note", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		if err := CheckArgs("add_note", args, kwnames, 1, 1); err != nil {
			return Null, err
		}
		if !args[0].IsInstance(StrType) {
			return Null, Errorf(ExcTypeError, "note must be a str, not '%s'", args[0].Type().Name)
		}
		name := Intern("__notes__")
		notes, err := GetAttr(t, self, name)
		if err != nil {
			if !err.Matches(ExcAttributeError) {
				return Null, err
			}
			l := NewListValue(nil)
			if err := SetAttr(t, self, name, l); err != nil {
				return Null, err
			}
			notes = l
		}
		if notes.Type() != ListType {
			return Null, Errorf(ExcTypeError, "Cannot add note: __notes__ is not a list")
		}
		As[List](notes).Append(args[0])
		return None, nil
	})
}

// NewExceptionGroupTuple is NewExceptionGroup with the exceptions given
// as a tuple (how except* wraps a naked exception).
func NewExceptionGroupTuple(t *Thread, msg string, excs []Value) (Value, *BaseException) {
	return egNew(t, ExcBaseExceptionGroup, []Value{NewStrValue(msg), NewTupleValue(excs)}, nil)
}
