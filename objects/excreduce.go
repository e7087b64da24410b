package objects

// Pickling of exceptions: BaseException.__reduce__ returns
// (type, args[, __dict__]) and __setstate__ restores the attributes;
// OSError's args carry its filenames, as CPython's oserror_reduce.

func init() {
	b := ExcBaseException
	if _, ok := b.Dict.GetStr(Intern("__reduce__")); !ok {
		b.AddMethod("__reduce__", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
			if err := NoArgs("__reduce__", args, kwnames); err != nil {
				return Null, err
			}
			e := As[BaseException](self)
			return excReduce(self, Obj(e.Args)), nil
		})
	}
	if _, ok := b.Dict.GetStr(Intern("__setstate__")); !ok {
		b.AddMethod("__setstate__", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
			if err := CheckArgs("__setstate__", args, kwnames, 1, 1); err != nil {
				return Null, err
			}
			if args[0].IsNone() {
				return None, nil
			}
			if args[0].Type() != DictType {
				return Null, Errorf(ExcTypeError, "state is not a dictionary")
			}
			var err *BaseException
			As[Dict](args[0]).Items(func(k, v Value) bool {
				if k.Type() != StrType {
					return true
				}
				err = SetAttr(t, self, Intern(As[Str](k).S), v)
				return err == nil
			})
			if err != nil {
				return Null, err
			}
			return None, nil
		})
	}
	ExcOSError.AddMethod("__reduce__", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		if err := NoArgs("__reduce__", args, kwnames); err != nil {
			return Null, err
		}
		e := As[BaseException](self)
		f := e.osFields()
		a := Obj(e.Args)
		if !f.Filename.IsNull() && !f.Filename.IsNone() && len(e.Args.Items) == 2 {
			items := []Value{e.Args.Items[0], e.Args.Items[1], f.Filename}
			if !f.Filename2.IsNull() && !f.Filename2.IsNone() {
				items = append(items, None, f.Filename2)
			}
			a = NewTupleValue(items)
		}
		return excReduce(self, a), nil
	})
}

func excReduce(self, args Value) Value {
	e := As[BaseException](self)
	if e.Map != nil {
		if d := e.Attrs.ToDict(); d.Len() > 0 {
			return NewTupleValue([]Value{Obj(self.Type()), args, Obj(d)})
		}
	}
	return Tuple2(Obj(self.Type()), args)
}
