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

// types.FunctionType(code, globals, name=None, argdefs=None, closure=None).
func init() {
	FunctionType.New = func(t *Thread, typ *Type, args []Value, kwnames *Tuple) (Value, *BaseException) {
		var a [5]Value
		if err := BindArgs("function", args, kwnames, []string{"code", "globals", "name", "argdefs", "closure"}, 0, 5, 2, a[:]); err != nil {
			return Null, err
		}
		if a[0].Type() != CodeType {
			return Null, Errorf(ExcTypeError, "function() argument 'code' must be code, not %s", a[0].Type().Name)
		}
		if !a[1].IsInstance(DictType) {
			return Null, Errorf(ExcTypeError, "function() argument 'globals' must be dict, not %s", a[1].Type().Name)
		}
		code := As[Code](a[0])
		g := As[Dict](a[1])
		f := &Function{Code: code, Globals: g, Name: code.Name, Qualname: code.Qualname}
		f.SetType(FunctionType)
		// builtins: globals['__builtins__'] if present, else the caller's
		if b, ok := g.GetStr(Intern("__builtins__")); ok {
			if b.IsInstance(DictType) {
				f.Builtins = As[Dict](b)
			} else if b.Type() == ModuleType {
				f.Builtins = As[Module](b).Dict
			}
		}
		if f.Builtins == nil {
			if cur := t.Func(); cur != nil {
				f.Builtins = cur.Builtins
			}
		}
		if f.Builtins == nil {
			f.Builtins = NewDict()
		}
		if n := a[2]; !n.IsNull() && !n.IsNone() {
			if !n.IsInstance(StrType) {
				return Null, Errorf(ExcTypeError, "arg 3 (name) must be None or string")
			}
			f.Name = As[Str](n).S
		}
		if d := a[3]; !d.IsNull() && !d.IsNone() {
			if d.Type() != TupleType {
				return Null, Errorf(ExcTypeError, "arg 4 (defaults) must be None or tuple")
			}
			f.Defaults = As[Tuple](d).Items
		}
		nfree := len(code.Freevars)
		if c := a[4]; !c.IsNull() && !c.IsNone() {
			if c.Type() != TupleType {
				return Null, Errorf(ExcTypeError, "arg 5 (closure) must be tuple")
			}
			for _, x := range As[Tuple](c).Items {
				if x.Type() != CellType {
					return Null, Errorf(ExcTypeError, "arg 5 (closure) expected cell, found %s", x.Type().Name)
				}
				f.Closure = append(f.Closure, As[Cell](x))
			}
		}
		if len(f.Closure) != nfree {
			if nfree > 0 && f.Closure == nil {
				return Null, Errorf(ExcTypeError, "arg 5 (closure) must be tuple")
			}
			return Null, Errorf(ExcValueError, "%s requires closure of length %d, not %d", code.Name, nfree, len(f.Closure))
		}
		if doc := code.Consts; len(doc) > 0 && doc[0].IsInstance(StrType) {
			_ = doc
		}
		return Obj(f), nil
	}
}
