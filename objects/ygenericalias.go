package objects

import "strings"

// GenericAliasType is types.GenericAlias: list[int], dict[str, int], ...
var GenericAliasType = builtinType("types.GenericAlias", nil, 0)

// GenericAlias is a parameterised builtin generic.
type GenericAlias struct {
	Header
	Origin Value
	Args   *Tuple
}

func genericArgRepr(t *Thread, v Value) (string, *BaseException) {
	switch {
	case v.Is(Ellipsis):
		return "...", nil
	case v.Type() == TypeType || v.Type().IsSubtype(TypeType):
		ty := As[Type](v)
		if ty.Module == "builtins" || ty.Module == "" {
			return ty.Qualname, nil
		}
		return ty.Module + "." + ty.Qualname, nil
	}
	return ReprString(t, v)
}

func init() {
	GenericAliasType.Name = "GenericAlias"
	GenericAliasType.Module = "types"
	GenericAliasType.Repr = func(t *Thread, v Value) (Value, *BaseException) {
		g := As[GenericAlias](v)
		var sb strings.Builder
		o, err := genericArgRepr(t, g.Origin)
		if err != nil {
			return Null, err
		}
		sb.WriteString(o + "[")
		if len(g.Args.Items) == 0 {
			sb.WriteString("()")
		}
		for i, a := range g.Args.Items {
			if i > 0 {
				sb.WriteString(", ")
			}
			s, err := genericArgRepr(t, a)
			if err != nil {
				return Null, err
			}
			sb.WriteString(s)
		}
		sb.WriteString("]")
		return NewStrValue(sb.String()), nil
	}
	GenericAliasType.Call = func(t *Thread, callable Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		return CallValue(t, As[GenericAlias](callable).Origin, args, kwnames)
	}
	GenericAliasType.GetAttr = func(t *Thread, v Value, name *Str) (Value, *BaseException) {
		g := As[GenericAlias](v)
		switch name.S {
		case "__origin__":
			return g.Origin, nil
		case "__args__":
			return Obj(g.Args), nil
		case "__parameters__":
			return NewTupleValue(nil), nil
		}
		if strings.HasPrefix(name.S, "__") {
			return GenericGetAttr(t, v, name)
		}
		return GetAttr(t, g.Origin, name)
	}
	GenericAliasType.RichCompare = func(t *Thread, a, b Value, op CompareOp) (Value, *BaseException) {
		if b.Type() != GenericAliasType || (op != CmpEq && op != CmpNe) {
			return NotImplemented, nil
		}
		x, y := As[GenericAlias](a), As[GenericAlias](b)
		eq := x.Origin.Is(y.Origin)
		if eq {
			var err *BaseException
			if eq, err = Equal(t, Obj(x.Args), Obj(y.Args)); err != nil {
				return Null, err
			}
		}
		return Bool(eq == (op == CmpEq)), nil
	}
	GenericAliasType.Hash = func(t *Thread, v Value) (int64, *BaseException) {
		g := As[GenericAlias](v)
		h, err := Hash(t, Obj(g.Args))
		return h ^ identityHashOf(g.Origin), err
	}
	cgi := NewBuiltin("__class_getitem__", func(t *Thread, _ Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		if len(args) != 2 {
			return Null, Errorf(ExcTypeError, "__class_getitem__ expected 1 argument, got %d", len(args)-1)
		}
		params := args[1]
		var tu *Tuple
		if params.Type() == TupleType {
			tu = As[Tuple](params)
		} else {
			tu = NewTuple([]Value{params})
		}
		return Obj(&GenericAlias{Header: Header{GenericAliasType}, Origin: args[0], Args: tu}), nil
	})
	for _, ty := range []*Type{ListType, DictType, TupleType, SetType, FrozenSetType, TypeType} {
		ty.SetAttrString("__class_getitem__", cgi)
	}
}
