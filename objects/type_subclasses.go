package objects

// type.__subclasses__() and object.__subclasshook__, which abc (through
// _py_abc and _collections_abc) needs before anything else of the
// standard library imports.

func init() {
	TypeType.AddMethod("__subclasses__", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		if err := NoArgs("__subclasses__", args, kwnames); err != nil {
			return Null, err
		}
		ty := As[Type](self)
		out := make([]Value, 0, len(ty.subs))
		seen := map[*Type]bool{}
		for _, s := range ty.subs {
			if !seen[s] {
				seen[s] = true
				out = append(out, Obj(s))
			}
		}
		return NewListValue(out), nil
	})
	hook := NewBuiltin("__subclasshook__", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		return NotImplemented, nil
	})
	ObjectType.SetAttrString("__subclasshook__", Obj(&Wrapper{Header{ClassMethodType}, hook}))
}
