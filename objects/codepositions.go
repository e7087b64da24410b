package objects

// code.co_positions() and code.co_lines(), read by traceback and dis,
// and float.__getformat__ (read by test.support).

func init() {
	FloatType.addClassMethod("__getformat__", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		if len(args) != 1 || kwnames.Len() > 0 {
			return Null, Errorf(ExcTypeError, "__getformat__() takes exactly one argument (%d given)", len(args))
		}
		if !args[0].IsInstance(StrType) {
			return Null, Errorf(ExcTypeError, "__getformat__() argument must be str, not %s", args[0].Type().Name)
		}
		switch As[Str](args[0]).S {
		case "double", "float":
			return NewStrValue("IEEE, little-endian"), nil
		}
		return Null, Errorf(ExcValueError, "__getformat__() argument 1 must be 'double' or 'float'")
	})
}

func init() {
	// frame.clear(): Taipan's frame objects hold no locals of their own
	// (registers live on the thread's stack), so there is nothing to drop.
	FrameType.AddMethod("clear", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		if err := NoArgs("clear", args, kwnames); err != nil {
			return Null, err
		}
		return None, nil
	})
}

// Bound methods compare equal when they bind the same function to the
// same object (identity, as in 3.8+), and hash accordingly; cells
// compare by their contents (an empty cell sorts first) and can be made
// with types.CellType([contents]).
func init() {
	CellType.New = func(t *Thread, typ *Type, args []Value, kwnames *Tuple) (Value, *BaseException) {
		if err := CheckArgs("cell", args, kwnames, 0, 1); err != nil {
			return Null, err
		}
		c := NewCell(Null)
		if len(args) == 1 {
			c.V = args[0]
		}
		return Obj(c), nil
	}
	CellType.RichCompare = func(t *Thread, a, b Value, op CompareOp) (Value, *BaseException) {
		if b.Type() != CellType {
			return NotImplemented, nil
		}
		x, y := As[Cell](a).V, As[Cell](b).V
		if x.IsNull() || y.IsNull() {
			// empty cells compare as less than full ones, equal to each other
			c := 0
			if x.IsNull() && !y.IsNull() {
				c = -1
			} else if !x.IsNull() && y.IsNull() {
				c = 1
			}
			return Bool(cmpResult(c, op)), nil
		}
		return RichCompare(t, x, y, op)
	}
}

func init() {
	SliceType.AddMethod("__reduce__", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		s := As[Slice](self)
		return NewTupleValue([]Value{Obj(SliceType), NewTupleValue([]Value{s.Start, s.Stop, s.Step})}), nil
	})
}

// types.TracebackType(tb_next, tb_frame, tb_lasti, tb_lineno).
func init() {
	TracebackType.New = func(t *Thread, typ *Type, args []Value, kwnames *Tuple) (Value, *BaseException) {
		var a [4]Value
		if err := BindArgs("TracebackType", args, kwnames, []string{"tb_next", "tb_frame", "tb_lasti", "tb_lineno"}, 0, 4, 4, a[:]); err != nil {
			return Null, err
		}
		var next *Traceback
		if !a[0].IsNone() {
			if a[0].Type() != TracebackType {
				return Null, Errorf(ExcTypeError, "expected traceback object or None, got '%s'", a[0].Type().Name)
			}
			next = As[Traceback](a[0])
		}
		if a[1].Type() != FrameType {
			return Null, Errorf(ExcTypeError, "TracebackType() argument 'tb_frame' must be frame, not %s", a[1].Type().Name)
		}
		lasti, ok1 := IntToInt64(a[2])
		lineno, ok2 := IntToInt64(a[3])
		if !ok1 || !IsIntValue(a[2]) {
			return Null, Errorf(ExcTypeError, "'%s' object cannot be interpreted as an integer", a[2].Type().Name)
		}
		if !ok2 || !IsIntValue(a[3]) {
			return Null, Errorf(ExcTypeError, "'%s' object cannot be interpreted as an integer", a[3].Type().Name)
		}
		fr := As[Frame](a[1])
		tb := &Traceback{Header: Header{TracebackType}, Next: next, Code: fr.Func.Code, Func: fr.Func, frame: fr, lineno: int(lineno), lasti: int(lasti)}
		if tb.lineno == 0 {
			tb.lineno = -1
		}
		return Obj(tb), nil
	}
}
