package objects

// ImportError(*args, name=None, path=None): the keyword arguments become
// the name and path attributes; msg is the single argument (or None).

func importErrorInit(t *Thread, self Value, args []Value, kwnames *Tuple) *BaseException {
	pos, kw := SplitArgs(args, kwnames)
	name, path := None, None
	for i, v := range kw {
		switch k := As[Str](kwnames.Items[i]).S; k {
		case "name":
			name = v
		case "path":
			path = v
		default:
			return Errorf(ExcTypeError, "'%s' is an invalid keyword argument for %s()", k, self.Type().Name)
		}
	}
	e := As[BaseException](self)
	e.Args = NewTuple(append([]Value(nil), pos...))
	msg := None
	if len(pos) == 1 {
		msg = pos[0]
	}
	GenericSetAttr(t, self, Intern("msg"), msg)
	GenericSetAttr(t, self, Intern("name"), name)
	GenericSetAttr(t, self, Intern("path"), path)
	return nil
}

func init() {
	ExcImportError.Init = importErrorInit
}
