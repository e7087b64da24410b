package vm

import "taipan/objects"

// enumerate, zip, map, filter and reversed are classes in CPython (they
// can be subclassed and used with isinstance). Their constructors are
// defined as builtin functions elsewhere in this package; this file,
// initialised last (file order), turns each into its iterator type's
// __new__ and puts the type in builtins.
func init() {
	for _, it := range []struct {
		name string
		typ  *objects.Type
	}{{"enumerate", enumerateType}, {"zip", zipType}, {"map", mapType}, {"filter", filterType}, {"reversed", reversedType}} {
		v, ok := Builtins.GetStr(objects.Intern(it.name))
		if !ok || v.Type() != objects.BuiltinFunctionType {
			continue
		}
		fn := objects.As[objects.BuiltinFunction](v).Fn
		base := it.typ
		base.Flags |= objects.FlagBaseType
		base.New = func(t *objects.Thread, sub *objects.Type, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
			r, err := fn(t, null, args, kwnames)
			if err != nil {
				return null, err
			}
			if sub != base && r.Type() == base {
				objects.As[funcIter](r).SetType(sub)
			}
			return r, nil
		}
		base.Finish() // adds the type's __new__ (so object.__new__(enumerate) is refused)
		setb(it.name, objects.Obj(base))
	}
}

// lenBuiltin is builtins.len, which CALL runs inline (lenOf).
var lenBuiltin *objects.BuiltinFunction

func init() {
	if v, ok := Builtins.GetStr(objects.Intern("len")); ok && v.Type() == objects.BuiltinFunctionType {
		lenBuiltin = objects.As[objects.BuiltinFunction](v)
	}
}

// listAppend is list.append, which CALL_METHOD runs inline on an exact
// list (CPython 3.11 specialises it too: CALL_NO_KW_LIST_APPEND).
var listAppend *objects.BuiltinFunction

func init() {
	if v, ok := objects.ListType.Dict.GetStr(objects.Intern("append")); ok && v.Type() == objects.MethodDescrType {
		listAppend = objects.As[objects.BuiltinFunction](v)
	}
}

// dictGet is dict.get, which CALL_METHOD runs inline on an exact dict.
var dictGet *objects.BuiltinFunction

func init() {
	if v, ok := objects.DictType.Dict.GetStr(objects.Intern("get")); ok && v.Type() == objects.MethodDescrType {
		dictGet = objects.As[objects.BuiltinFunction](v)
	}
}

// dictGetCall is d.get(k[, default]) for an exact dict (args: d, k,
// default?).
func dictGetCall(t *objects.Thread, args []Value) (Value, *Exc) {
	v, ok, err := objects.As[objects.Dict](args[0]).GetItem(t, args[1])
	switch {
	case err != nil:
		return null, err
	case ok:
		return v, nil
	case len(args) == 3:
		return args[2], nil
	}
	return objects.None, nil
}

// lenOf is len(v) with the exact builtin containers inline.
func lenOf(t *objects.Thread, v Value) (int, *Exc) {
	switch v.Type() {
	case objects.ListType:
		return len(objects.As[objects.List](v).Items), nil
	case objects.TupleType:
		return len(objects.As[objects.Tuple](v).Items), nil
	case objects.StrType:
		return objects.As[objects.Str](v).Len(), nil
	case objects.DictType:
		return objects.As[objects.Dict](v).Len(), nil
	case objects.SetType, objects.FrozenSetType:
		return objects.As[objects.Set](v).Len(), nil
	}
	return objects.Len(t, v)
}
