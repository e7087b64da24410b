package objects

// BindArgs binds a builtin's vectorcall arguments to named parameters, the
// way CPython's argument clinic does for `def f(a, b, /, c=..., *, d=...)`:
// names lists every parameter in order; the first posOnly are positional
// only, parameters from kwOnlyFrom on are keyword-only (kwOnlyFrom ==
// len(names) for none), and the first required must be given. out must
// have len(names) entries; a parameter that was not given is left Null.
func BindArgs(fname string, args []Value, kwnames *Tuple, names []string, posOnly, kwOnlyFrom, required int, out []Value) *BaseException {
	nkw := kwnames.Len()
	pos := args[:len(args)-nkw]
	if len(pos) > kwOnlyFrom {
		if kwOnlyFrom == required {
			return Errorf(ExcTypeError, "%s() takes exactly %d positional argument%s (%d given)", fname, kwOnlyFrom, plural(kwOnlyFrom), len(pos))
		}
		return Errorf(ExcTypeError, "%s() takes at most %d positional argument%s (%d given)", fname, kwOnlyFrom, plural(kwOnlyFrom), len(pos))
	}
	copy(out, pos)
	for i := 0; i < nkw; i++ {
		k := As[Str](kwnames.Items[i]).S
		found := false
		for j, n := range names {
			if n == k && j >= posOnly {
				if !out[j].IsNull() {
					return Errorf(ExcTypeError, "argument for %s() given by name ('%s') and position (%d)", fname, k, j+1)
				}
				out[j] = args[len(pos)+i]
				found = true
				break
			}
		}
		if !found {
			return Errorf(ExcTypeError, "%s() got an unexpected keyword argument '%s'", fname, k)
		}
	}
	for j := 0; j < required; j++ {
		if out[j].IsNull() {
			if j < posOnly {
				return Errorf(ExcTypeError, "%s() takes at least %d positional argument%s (%d given)", fname, required, plural(required), len(pos))
			}
			return Errorf(ExcTypeError, "%s() missing required argument '%s' (pos %d)", fname, names[j], j+1)
		}
	}
	return nil
}
