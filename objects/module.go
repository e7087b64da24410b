package objects

// ModuleType is the type of module objects.
var ModuleType = builtinType("module", nil, FlagBaseType)

// Module is a module: a name and its globals dict.
type Module struct {
	Header
	Name string
	Dict *Dict
}

// NewModule returns an empty module with __name__ set.
func NewModule(name string) *Module {
	m := &Module{Header: Header{ModuleType}, Name: name, Dict: NewDict()}
	m.Dict.SetStr(Intern("__name__"), NewStrValue(name))
	m.Dict.SetStr(Intern("__doc__"), None)
	return m
}

// Set stores a module attribute.
// A builtin function stored by a native module's initialiser takes
// that module as its __module__ (pickle finds functions through it).
func (m *Module) Set(name string, v Value) {
	if v.Type() == BuiltinFunctionType && m.Name != "builtins" {
		if b := As[BuiltinFunction](v); b.Self.IsNull() && b.Owner == nil && (b.Module == "builtins" || b.Module == "") {
			b.Module = m.Name
		}
	}
	m.Dict.SetStr(Intern(name), v)
}

func init() {
	// module.__new__ makes an empty module (its dict exists before
	// __init__ runs, so an uninitialised module is still usable).
	ModuleType.New = func(t *Thread, typ *Type, args []Value, kwnames *Tuple) (Value, *BaseException) {
		m := &Module{Header: Header{typ}, Name: "?", Dict: NewDict()}
		return Obj(m), nil
	}
	ModuleType.GetAttr = func(t *Thread, v Value, name *Str) (Value, *BaseException) {
		m := As[Module](v)
		if r, ok := m.Dict.GetStr(name); ok {
			return r, nil
		}
		if name.S == "__dict__" {
			return Obj(m.Dict), nil
		}
		r, err := GenericGetAttr(t, v, name)
		if err != nil && err.Matches(ExcAttributeError) {
			return Null, withNameObj(Errorf(ExcAttributeError, "module '%s' has no attribute '%s'", m.Name, name.S), v, name)
		}
		return r, err
	}
	ModuleType.SetAttr = func(t *Thread, v Value, name *Str, val Value) *BaseException {
		m := As[Module](v)
		if val.IsNull() {
			if !m.Dict.DelStr(name) {
				return Errorf(ExcAttributeError, "module '%s' has no attribute '%s'", m.Name, name.S)
			}
			return nil
		}
		m.Dict.SetStr(name, val)
		return nil
	}
	ModuleType.Repr = func(t *Thread, v Value) (Value, *BaseException) {
		return NewStrValue("<module '" + As[Module](v).Name + "' (built-in)>"), nil
	}
}
