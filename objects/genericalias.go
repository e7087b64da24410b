package objects

import "strings"

// types.GenericAlias (PEP 585): list[int], dict[str, int], type[C].

// GenericAliasType is types.GenericAlias.
var GenericAliasType = builtinType("GenericAlias", nil, 0)

// GenericAlias is a parameterised builtin class.
type GenericAlias struct {
	Header
	Origin Value
	Args   *Tuple
}

// NewGenericAlias returns origin[args].
func NewGenericAlias(origin, args Value) Value {
	var at *Tuple
	if args.Type() == TupleType {
		at = As[Tuple](args)
	} else {
		at = NewTuple([]Value{args})
	}
	return Obj(&GenericAlias{Header: Header{GenericAliasType}, Origin: origin, Args: at})
}

func gaReprItem(t *Thread, v Value) (string, *BaseException) {
	if v.Is(Ellipsis) {
		return "...", nil
	}
	if v.IsInstance(TypeType) && v.Type() == TypeType || v.IsInstance(TypeType) {
		ty := As[Type](v)
		if ty.Module == "builtins" || ty.Module == "" {
			return ty.Qualname, nil
		}
		return ty.Module + "." + ty.Qualname, nil
	}
	return ReprString(t, v)
}

func init() {
	ga := GenericAliasType
	GenericAliasType.Module = "types"
	ga.Repr = func(t *Thread, v Value) (Value, *BaseException) {
		g := As[GenericAlias](v)
		o, err := gaReprItem(t, g.Origin)
		if err != nil {
			return Null, err
		}
		parts := make([]string, len(g.Args.Items))
		for i, a := range g.Args.Items {
			if parts[i], err = gaReprItem(t, a); err != nil {
				return Null, err
			}
		}
		if len(parts) == 0 {
			parts = []string{"()"}
		}
		return NewStrValue(o + "[" + strings.Join(parts, ", ") + "]"), nil
	}
	ga.Call = func(t *Thread, callable Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		return CallValue(t, As[GenericAlias](callable).Origin, args, kwnames)
	}
	ga.GetAttr = func(t *Thread, v Value, name *Str) (Value, *BaseException) {
		g := As[GenericAlias](v)
		switch name.S {
		case "__origin__":
			return g.Origin, nil
		case "__args__":
			return Obj(g.Args), nil
		case "__parameters__":
			return NewTupleValue(nil), nil
		}
		if r, err := GenericGetAttr(t, v, name); err == nil {
			return r, nil
		}
		return GetAttr(t, g.Origin, name)
	}
	ga.RichCompare = func(t *Thread, a, b Value, op CompareOp) (Value, *BaseException) {
		if b.Type() != GenericAliasType || (op != CmpEq && op != CmpNe) {
			return NotImplemented, nil
		}
		x, y := As[GenericAlias](a), As[GenericAlias](b)
		eq := x.Origin.Is(y.Origin)
		if eq {
			r, err := RichCompare(t, Obj(x.Args), Obj(y.Args), CmpEq)
			if err != nil {
				return Null, err
			}
			eq, err = Truth(t, r)
			if err != nil {
				return Null, err
			}
		}
		return Bool(eq == (op == CmpEq)), nil
	}
	ga.Hash = func(t *Thread, v Value) (int64, *BaseException) {
		g := As[GenericAlias](v)
		h1, err := Hash(t, g.Origin)
		if err != nil {
			return 0, err
		}
		h2, err := Hash(t, Obj(g.Args))
		return h1 ^ h2, err
	}
	ga.NB[OpOr] = func(t *Thread, a, b Value) (Value, *BaseException) { return NotImplemented, nil }
	cg := &BuiltinFunction{Header: Header{BuiltinFunctionType}, Name: "__class_getitem__",
		Fn: func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *BaseException) {
			if len(args) != 2 {
				return Null, Errorf(ExcTypeError, "__class_getitem__ expected 1 argument")
			}
			return NewGenericAlias(args[0], args[1]), nil
		}}
	for _, ty := range []*Type{ListType, DictType, TupleType, SetType, FrozenSetType, TypeType} {
		if ty.Dict == nil {
			ty.Dict = NewDict()
		}
		if _, ok := ty.Dict.GetStr(Intern("__class_getitem__")); !ok {
			ty.Dict.SetStr(Intern("__class_getitem__"), Obj(&Wrapper{Header{ClassMethodType}, Obj(cg)}))
		}
	}
}

// UnionType is types.UnionType (int | str).
var UnionType = builtinType("UnionType", nil, 0)

// Union is X | Y of types.
type Union struct {
	Header
	Args *Tuple
}

func unionArgs(v Value) []Value {
	if v.Type() == UnionType {
		return As[Union](v).Args.Items
	}
	if v.IsNone() {
		return []Value{Obj(None.Type())}
	}
	return []Value{v}
}

func unionable(v Value) bool {
	return v.IsNone() || v.IsInstance(TypeType) || v.Type() == GenericAliasType || v.Type() == UnionType
}

func typeOr(t *Thread, a, b Value) (Value, *BaseException) {
	if !unionable(a) || !unionable(b) {
		return NotImplemented, nil
	}
	var args []Value
	for _, x := range append(unionArgs(a), unionArgs(b)...) {
		dup := false
		for _, y := range args {
			if y.Is(x) {
				dup = true
			}
		}
		if !dup {
			args = append(args, x)
		}
	}
	if len(args) == 1 {
		return args[0], nil
	}
	return Obj(&Union{Header: Header{UnionType}, Args: NewTuple(args)}), nil
}

// UnionMembers returns the members of a types.UnionType value, or nil.
func UnionMembers(v Value) []Value {
	if v.Type() != UnionType {
		return nil
	}
	return As[Union](v).Args.Items
}

func init() {
	UnionType.Module = "types"
	TypeType.NB[OpOr] = typeOr
	GenericAliasType.NB[OpOr] = typeOr
	UnionType.NB[OpOr] = typeOr
	UnionType.Repr = func(t *Thread, v Value) (Value, *BaseException) {
		var parts []string
		for _, a := range As[Union](v).Args.Items {
			if a.Is(Obj(None.Type())) {
				parts = append(parts, "None")
				continue
			}
			s, err := gaReprItem(t, a)
			if err != nil {
				return Null, err
			}
			parts = append(parts, s)
		}
		return NewStrValue(strings.Join(parts, " | ")), nil
	}
	UnionType.GetAttr = func(t *Thread, v Value, name *Str) (Value, *BaseException) {
		switch name.S {
		case "__args__":
			return Obj(As[Union](v).Args), nil
		case "__parameters__":
			return NewTupleValue(nil), nil
		}
		return GenericGetAttr(t, v, name)
	}
	UnionType.RichCompare = func(t *Thread, a, b Value, op CompareOp) (Value, *BaseException) {
		if b.Type() != UnionType || (op != CmpEq && op != CmpNe) {
			return NotImplemented, nil
		}
		x, y := As[Union](a).Args.Items, As[Union](b).Args.Items
		eq := len(x) == len(y)
		for _, p := range x {
			found := false
			for _, q := range y {
				if p.Is(q) {
					found = true
				}
			}
			if !found {
				eq = false
			}
		}
		return Bool(eq == (op == CmpEq)), nil
	}
	UnionType.Hash = func(t *Thread, v Value) (int64, *BaseException) {
		var h int64
		for _, a := range As[Union](v).Args.Items {
			x, err := Hash(t, a)
			if err != nil {
				return 0, err
			}
			h ^= x
		}
		return h, nil
	}
	GenericAliasType.AddMethod("__mro_entries__", func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *BaseException) {
		return NewTupleValue([]Value{As[GenericAlias](self).Origin}), nil
	})
}
