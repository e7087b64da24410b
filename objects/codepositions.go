package objects

// code.co_positions() and code.co_lines(), read by traceback and dis,
// and float.__getformat__ (read by test.support).

func posValue(n int32, known bool) Value {
	if !known {
		return None
	}
	return Int(int64(n))
}

func init() {
	CodeType.AddMethod("co_positions", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		if err := NoArgs("co_positions", args, kwnames); err != nil {
			return Null, err
		}
		c := As[Code](self)
		items := make([]Value, len(c.Positions))
		for i, p := range c.Positions {
			known := p.Line > 0
			items[i] = NewTupleValue([]Value{posValue(p.Line, known), posValue(p.EndLine, known && p.EndLine > 0),
				posValue(p.Col, known && p.Col >= 0), posValue(p.EndCol, known && p.EndCol >= 0)})
		}
		return GetIter(t, NewListValue(items))
	})
	CodeType.AddMethod("co_lines", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		if err := NoArgs("co_lines", args, kwnames); err != nil {
			return Null, err
		}
		c := As[Code](self)
		var items []Value
		start := 0
		for i := 1; i <= len(c.Positions); i++ {
			if i == len(c.Positions) || c.Positions[i].Line != c.Positions[start].Line {
				line := posValue(c.Positions[start].Line, c.Positions[start].Line > 0)
				items = append(items, NewTupleValue([]Value{Int(int64(2 * start)), Int(int64(2 * i)), line}))
				start = i
			}
		}
		return GetIter(t, NewListValue(items))
	})
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
