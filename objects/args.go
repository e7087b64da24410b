package objects

// SplitArgs splits a vectorcall argument array into positional and
// keyword values.
func SplitArgs(args []Value, kwnames *Tuple) (pos, kw []Value) {
	n := kwnames.Len()
	return args[:len(args)-n], args[len(args)-n:]
}

// CheckArgs checks that a builtin got between lo and hi positional
// arguments and no keywords.
func CheckArgs(name string, args []Value, kwnames *Tuple, lo, hi int) *BaseException {
	if kwnames.Len() > 0 {
		return Errorf(ExcTypeError, "%s() takes no keyword arguments", name)
	}
	n := len(args)
	if n >= lo && n <= hi {
		return nil
	}
	switch {
	case lo == hi && lo == 0:
		return Errorf(ExcTypeError, "%s() takes no arguments (%d given)", name, n)
	case lo == hi && lo == 1:
		return Errorf(ExcTypeError, "%s() takes exactly one argument (%d given)", name, n)
	case lo == hi:
		return Errorf(ExcTypeError, "%s expected %d arguments, got %d", name, lo, n)
	case n < lo:
		return Errorf(ExcTypeError, "%s expected at least %d argument%s, got %d", name, lo, plural(lo), n)
	}
	return Errorf(ExcTypeError, "%s expected at most %d argument%s, got %d", name, hi, plural(hi), n)
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// NoArgs checks that a builtin got no arguments.
func NoArgs(name string, args []Value, kwnames *Tuple) *BaseException {
	if len(args) == 0 {
		return nil
	}
	return Errorf(ExcTypeError, "%s() takes no arguments (%d given)", name, len(args))
}
