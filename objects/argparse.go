package objects

// ParseArgs binds a builtin's vectorcall arguments to named parameters
// in CPython's argument-clinic style: out[i] receives parameter names[i]
// (Null when not given); the first required ones must be present and
// parameters from kwonly on are keyword-only (kwonly < 0: none).
func ParseArgs(fname string, args []Value, kwnames *Tuple, names []string, required, kwonly int, out ...*Value) *BaseException {
	pos, kw := SplitArgs(args, kwnames)
	maxPos := len(names)
	if kwonly >= 0 {
		maxPos = kwonly
	}
	if len(args) > len(names) {
		kwWord := ""
		if len(pos) == 0 {
			kwWord = "keyword "
		}
		return Errorf(ExcTypeError, "%s() takes at most %d %sargument%s (%d given)", fname, len(names), kwWord, plural(len(names)), len(args))
	}
	if len(pos) > maxPos {
		if maxPos == 0 {
			return Errorf(ExcTypeError, "%s() takes no positional arguments", fname)
		}
		return Errorf(ExcTypeError, "%s() takes at most %d positional argument%s (%d given)", fname, maxPos, plural(maxPos), len(pos))
	}
	for i := range out {
		*out[i] = Null
	}
	for i, v := range pos {
		*out[i] = v
	}
	for i, v := range kw {
		n := As[Str](kwnames.Items[i]).S
		found := false
		for j, name := range names {
			if name == n {
				if !out[j].IsNull() {
					return Errorf(ExcTypeError, "argument for %s() given by name ('%s') and position (%d)", fname, n, j+1)
				}
				*out[j] = v
				found = true
				break
			}
		}
		if !found {
			return Errorf(ExcTypeError, "'%s' is an invalid keyword argument for %s()", n, fname)
		}
	}
	for i := 0; i < required; i++ {
		if out[i].IsNull() {
			return Errorf(ExcTypeError, "%s() missing required argument '%s' (pos %d)", fname, names[i], i+1)
		}
	}
	return nil
}
