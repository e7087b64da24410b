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
