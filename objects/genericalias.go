package objects

import "strings"

// types.GenericAlias (list[int], PEP 585) and types.UnionType (int | str,
// PEP 604).

var (
	GenericAliasType = builtinType("GenericAlias", nil, FlagBaseType)
	UnionType        = builtinType("UnionType", nil, 0)
)

// GenericAlias is origin[args].
type GenericAlias struct {
	Header
	Origin Value
	Args   *Tuple
	params *Tuple
	// Starred marks the unpacked alias *tuple[int] (PEP 646), made by
	// iterating an alias.
	Starred bool
}

// Union is X | Y.
type Union struct {
	Header
	Args   *Tuple
	params *Tuple
}

// NewGenericAlias returns origin[args] (args a tuple or a single value).
func NewGenericAlias(origin, args Value) Value {
	var tup *Tuple
	if args.Type() == TupleType {
		tup = As[Tuple](args)
	} else {
		tup = NewTuple([]Value{args})
	}
	g := &GenericAlias{Origin: origin, Args: tup}
	g.SetType(GenericAliasType)
	return Obj(g)
}

// ClassGetItem is a __class_getitem__ that returns GenericAlias(cls,
// item); as a classmethod it receives (cls, item).
func ClassGetItem(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
	if kwnames.Len() > 0 || len(args) != 2 {
		return Null, Errorf(ExcTypeError, "__class_getitem__() takes exactly one argument (%d given)", max(len(args)-1, 0))
	}
	return NewGenericAlias(args[0], args[1]), nil
}

// AddClassGetItem gives a builtin type a __class_getitem__ (PEP 585).
func (t *Type) AddClassGetItem() {
	t.SetAttrString("__class_getitem__", Obj(&Wrapper{Header{ClassMethodType}, NewBuiltin("__class_getitem__", ClassGetItem)}))
}

// gaReprItem is how an argument appears in a GenericAlias or Union repr.
func gaReprItem(t *Thread, v Value) (string, *BaseException) {
	if v.Is(Ellipsis) {
		return "...", nil
	}
	if v.IsNone() {
		return "None", nil
	}
	if v.Type() == GenericAliasType || v.Type() == UnionType {
		return ReprString(t, v)
	}
	if _, err := GetAttrString(t, v, "__origin__"); err == nil {
		if _, err := GetAttrString(t, v, "__args__"); err == nil {
			return ReprString(t, v)
		}
	}
	if v.IsInstance(TypeType) {
		ty := As[Type](v)
		if ty.Module == "builtins" {
			return ty.Qualname, nil
		}
		return ty.Module + "." + ty.Qualname, nil
	}
	q, err1 := GetAttrString(t, v, "__qualname__")
	m, err2 := GetAttrString(t, v, "__module__")
	if err1 == nil && err2 == nil && q.IsInstance(StrType) && m.IsInstance(StrType) {
		if As[Str](m).S == "builtins" {
			return As[Str](q).S, nil
		}
		return As[Str](m).S + "." + As[Str](q).S, nil
	}
	return ReprString(t, v)
}

// isTypeVarLike reports whether v can be substituted (TypeVar,
// ParamSpec, TypeVarTuple: they have __typing_subst__).
func isTypeVarLike(t *Thread, v Value) bool {
	if v.IsInstance(TypeType) {
		return false
	}
	_, err := GetAttrString(t, v, "__typing_subst__")
	return err == nil
}

// collectParams gathers the type variables among args (and their own
// __parameters__), in order, without duplicates.
func collectParams(t *Thread, args *Tuple) *Tuple {
	var out []Value
	add := func(p Value) {
		for _, q := range out {
			if q.Is(p) {
				return
			}
		}
		out = append(out, p)
	}
	for _, a := range args.Items {
		if isTypeVarLike(t, a) {
			add(a)
			continue
		}
		if a.IsInstance(TypeType) {
			continue
		}
		if ps, err := GetAttrString(t, a, "__parameters__"); err == nil && ps.Type() == TupleType {
			for _, p := range As[Tuple](ps).Items {
				add(p)
			}
		}
	}
	return NewTuple(out)
}

// substitute replaces the parameters in args by items.
func substitute(t *Thread, self Value, args, params *Tuple, item Value) (*Tuple, *BaseException) {
	if params.Len() == 0 {
		r, _ := ReprString(t, self)
		return nil, Errorf(ExcTypeError, "%s is not a generic class", r)
	}
	items := []Value{item}
	if item.Type() == TupleType {
		items = As[Tuple](item).Items
	}
	if len(items) != params.Len() {
		r, _ := ReprString(t, self)
		more := "many"
		if len(items) < params.Len() {
			more = "few"
		}
		return nil, Errorf(ExcTypeError, "Too %s arguments for %s; actual %d, expected %d", more, r, len(items), params.Len())
	}
	lookup := func(p Value) (Value, bool) {
		for i, q := range params.Items {
			if q.Is(p) {
				return items[i], true
			}
		}
		return Null, false
	}
	out := make([]Value, len(args.Items))
	for i, a := range args.Items {
		if r, ok := lookup(a); ok {
			out[i] = r
			continue
		}
		if !a.IsInstance(TypeType) {
			if ps, err := GetAttrString(t, a, "__parameters__"); err == nil && ps.Type() == TupleType && As[Tuple](ps).Len() > 0 {
				sub := make([]Value, As[Tuple](ps).Len())
				for j, p := range As[Tuple](ps).Items {
					r, _ := lookup(p)
					sub[j] = r
				}
				var key Value = NewTupleValue(sub)
				if len(sub) == 1 {
					key = sub[0]
				}
				v, err := GetItem(t, a, key)
				if err != nil {
					return nil, err
				}
				out[i] = v
				continue
			}
		}
		out[i] = a
	}
	return NewTuple(out), nil
}

// unionable reports whether v may be an operand of type.__or__.
func unionable(v Value) bool {
	return v.IsNone() || v.IsInstance(TypeType) || v.Type() == GenericAliasType || v.Type() == UnionType
}

// MakeUnion returns a | b, or NotImplemented.
func MakeUnion(t *Thread, a, b Value) (Value, *BaseException) {
	if !unionable(a) || !unionable(b) {
		return NotImplemented, nil
	}
	var args []Value
	var add func(v Value) *BaseException
	add = func(v Value) *BaseException {
		if v.IsNone() {
			v = Obj(NoneType)
		}
		if v.Type() == UnionType {
			for _, x := range As[Union](v).Args.Items {
				if err := add(x); err != nil {
					return err
				}
			}
			return nil
		}
		for _, x := range args {
			eq, err := Equal(t, x, v)
			if err != nil {
				return err
			}
			if eq {
				return nil
			}
		}
		args = append(args, v)
		return nil
	}
	if err := add(a); err != nil {
		return Null, err
	}
	if err := add(b); err != nil {
		return Null, err
	}
	if len(args) == 1 {
		return args[0], nil
	}
	u := &Union{Args: NewTuple(args)}
	u.SetType(UnionType)
	return Obj(u), nil
}

func init() {
	G := GenericAliasType
	G.Module = "types"
	G.New = func(t *Thread, typ *Type, args []Value, kwnames *Tuple) (Value, *BaseException) {
		if err := CheckArgs("GenericAlias", args, kwnames, 2, 2); err != nil {
			return Null, err
		}
		return NewGenericAlias(args[0], args[1]), nil
	}
	G.Repr = func(t *Thread, v Value) (Value, *BaseException) {
		g := As[GenericAlias](v)
		o, err := gaReprItem(t, g.Origin)
		if err != nil {
			return Null, err
		}
		var b strings.Builder
		if g.Starred {
			b.WriteByte('*')
		}
		b.WriteString(o)
		b.WriteByte('[')
		if g.Args.Len() == 0 {
			b.WriteString("()")
		}
		for i, a := range g.Args.Items {
			if i > 0 {
				b.WriteString(", ")
			}
			s, err := gaReprItem(t, a)
			if err != nil {
				return Null, err
			}
			b.WriteString(s)
		}
		b.WriteByte(']')
		return NewStrValue(b.String()), nil
	}
	G.RichCompare = func(t *Thread, a, b Value, op CompareOp) (Value, *BaseException) {
		if (op != CmpEq && op != CmpNe) || b.Type() != GenericAliasType {
			return NotImplemented, nil
		}
		x, y := As[GenericAlias](a), As[GenericAlias](b)
		if x.Starred != y.Starred {
			return Bool(op == CmpNe), nil
		}
		eq, err := Equal(t, x.Origin, y.Origin)
		if err == nil && eq {
			eq, err = Equal(t, Obj(x.Args), Obj(y.Args))
		}
		if err != nil {
			return Null, err
		}
		return Bool(eq == (op == CmpEq)), nil
	}
	G.Hash = func(t *Thread, v Value) (int64, *BaseException) {
		g := As[GenericAlias](v)
		h1, err := Hash(t, g.Origin)
		if err != nil {
			return 0, err
		}
		h2, err := Hash(t, Obj(g.Args))
		return h1 ^ h2, err
	}
	G.Call = func(t *Thread, callable Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		g := As[GenericAlias](callable)
		r, err := CallValue(t, g.Origin, args, kwnames)
		if err != nil {
			return Null, err
		}
		if e := SetAttr(t, r, Intern("__orig_class__"), callable); e != nil && !e.Matches(ExcAttributeError) && !e.Matches(ExcTypeError) {
			return Null, e
		}
		return r, nil
	}
	G.GetItem = func(t *Thread, v, k Value) (Value, *BaseException) {
		g := As[GenericAlias](v)
		if g.params == nil {
			g.params = collectParams(t, g.Args)
		}
		args, err := substitute(t, v, g.Args, g.params, k)
		if err != nil {
			return Null, err
		}
		return NewGenericAlias(g.Origin, Obj(args)), nil
	}
	G.GetAttr = func(t *Thread, v Value, name *Str) (Value, *BaseException) {
		g := As[GenericAlias](v)
		switch name.S {
		case "__origin__":
			return g.Origin, nil
		case "__args__":
			return Obj(g.Args), nil
		case "__parameters__":
			if g.params == nil {
				g.params = collectParams(t, g.Args)
			}
			return Obj(g.params), nil
		case "__unpacked__":
			return Bool(g.Starred), nil
		case "__class__", "__bases__", "__copy__", "__deepcopy__", "__reduce__", "__reduce_ex__",
			"__mro_entries__", "__instancecheck__", "__subclasscheck__", "__or__", "__ror__", "__getitem__", "__repr__":
			return GenericGetAttr(t, v, name)
		}
		if !strings.HasPrefix(name.S, "__") || name.S == "__doc__" || name.S == "__name__" || name.S == "__qualname__" || name.S == "__module__" {
			return GetAttr(t, g.Origin, name)
		}
		r, err := GenericGetAttr(t, v, name)
		if err != nil && err.Matches(ExcAttributeError) {
			return GetAttr(t, g.Origin, name)
		}
		return r, err
	}
	G.AddMethod("__mro_entries__", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		return NewTupleValue([]Value{As[GenericAlias](self).Origin}), nil
	})
	G.AddMethod("__instancecheck__", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		return Null, Errorf(ExcTypeError, "isinstance() argument 2 cannot be a parameterized generic")
	})
	G.AddMethod("__subclasscheck__", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		return Null, Errorf(ExcTypeError, "issubclass() argument 2 cannot be a parameterized generic")
	})
	G.AddMethod("__reduce__", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		g := As[GenericAlias](self)
		if g.Starred {
			// *tuple[int] pickles as next(iter(tuple[int]))
			next, err := builtinByName(t, "next")
			if err != nil {
				return Null, err
			}
			plain := NewGenericAlias(g.Origin, Obj(g.Args))
			return Tuple2(next, NewTupleValue([]Value{Obj(&gaIter{Header: Header{gaIterType}, obj: plain})})), nil
		}
		return NewTupleValue([]Value{Obj(GenericAliasType), NewTupleValue([]Value{g.Origin, Obj(g.Args)})}), nil
	})
	G.NB[OpOr] = MakeUnion
	// iter(tuple[int]) yields the one unpacked alias *tuple[int]
	G.Iter = func(t *Thread, v Value) (Value, *BaseException) {
		return Obj(&gaIter{Header: Header{gaIterType}, obj: v}), nil
	}
	G.AddMethod("__iter__", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		return GenericAliasType.Iter(t, self)
	})

	U := UnionType
	U.Module = "types"
	U.Repr = func(t *Thread, v Value) (Value, *BaseException) {
		parts := make([]string, 0, 2)
		for _, a := range As[Union](v).Args.Items {
			if a.Is(Obj(NoneType)) {
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
	U.GetAttr = func(t *Thread, v Value, name *Str) (Value, *BaseException) {
		u := As[Union](v)
		switch name.S {
		case "__args__":
			return Obj(u.Args), nil
		case "__parameters__":
			if u.params == nil {
				u.params = collectParams(t, u.Args)
			}
			return Obj(u.params), nil
		}
		return GenericGetAttr(t, v, name)
	}
	U.RichCompare = func(t *Thread, a, b Value, op CompareOp) (Value, *BaseException) {
		if (op != CmpEq && op != CmpNe) || b.Type() != UnionType {
			return NotImplemented, nil
		}
		x, y := As[Union](a).Args.Items, As[Union](b).Args.Items
		contains := func(s []Value, v Value) (bool, *BaseException) {
			for _, w := range s {
				eq, err := Equal(t, w, v)
				if err != nil || eq {
					return eq, err
				}
			}
			return false, nil
		}
		eq := true
		for _, pair := range [][2][]Value{{x, y}, {y, x}} {
			for _, v := range pair[0] {
				in, err := contains(pair[1], v)
				if err != nil {
					return Null, err
				}
				if !in {
					eq = false
				}
			}
		}
		return Bool(eq == (op == CmpEq)), nil
	}
	U.Hash = func(t *Thread, v Value) (int64, *BaseException) {
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
	U.GetItem = func(t *Thread, v, k Value) (Value, *BaseException) {
		u := As[Union](v)
		if u.params == nil {
			u.params = collectParams(t, u.Args)
		}
		args, err := substitute(t, v, u.Args, u.params, k)
		if err != nil {
			return Null, err
		}
		r := args.Items[0]
		for _, a := range args.Items[1:] {
			if r, err = BinaryOp(t, OpOr, r, a); err != nil {
				return Null, err
			}
		}
		return r, nil
	}
	check := func(inst bool) BuiltinFn {
		return func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
			if err := CheckArgs("__instancecheck__", args, kwnames, 1, 1); err != nil {
				return Null, err
			}
			for _, a := range As[Union](self).Args.Items {
				if a.Type() == GenericAliasType {
					if inst {
						return Null, Errorf(ExcTypeError, "isinstance() argument 2 cannot be a parameterized generic")
					}
					return Null, Errorf(ExcTypeError, "issubclass() argument 2 cannot be a parameterized generic")
				}
			}
			for _, a := range As[Union](self).Args.Items {
				if !a.IsInstance(TypeType) {
					continue
				}
				if inst && args[0].IsInstance(As[Type](a)) {
					return True, nil
				}
				if !inst && args[0].IsInstance(TypeType) && As[Type](args[0]).IsSubtype(As[Type](a)) {
					return True, nil
				}
			}
			return False, nil
		}
	}
	U.AddMethod("__instancecheck__", check(true))
	U.AddMethod("__subclasscheck__", check(false))
	U.NB[OpOr] = MakeUnion

	for _, ty := range []*Type{ListType, DictType, TupleType, SetType, FrozenSetType, TypeType, ExcBaseExceptionGroup} {
		ty.AddClassGetItem()
	}
	TypeType.NB[OpOr] = MakeUnion
}

// gaIter is iter(alias): it yields the starred alias once
// (generic_alias_iterator).
type gaIter struct {
	Header
	obj Value // the alias; Null once exhausted
}

var gaIterType = builtinType("generic_alias_iterator", nil, 0)

func builtinByName(t *Thread, name string) (Value, *BaseException) {
	if ImportModule == nil {
		return Null, Errorf(ExcSystemError, "import machinery not initialised")
	}
	m, err := ImportModule(t, "builtins")
	if err != nil {
		return Null, err
	}
	return GetAttrString(t, m, name)
}

func init() {
	gaIterType.Iter = selfIter
	gaIterType.Next = func(t *Thread, v Value) (Value, *BaseException) {
		it := As[gaIter](v)
		if it.obj.IsNull() {
			return Null, nil
		}
		g := As[GenericAlias](it.obj)
		it.obj = Null
		u := &GenericAlias{Origin: g.Origin, Args: g.Args, params: g.params, Starred: true}
		u.SetType(GenericAliasType)
		return Obj(u), nil
	}
	gaIterType.AddMethod("__reduce__", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		it := As[gaIter](self)
		iter, err := builtinByName(t, "iter")
		if err != nil {
			return Null, err
		}
		if it.obj.IsNull() {
			return Tuple2(iter, NewTupleValue([]Value{NewTupleValue(nil)})), nil
		}
		return Tuple2(iter, NewTupleValue([]Value{it.obj})), nil
	})
}
