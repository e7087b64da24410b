package objects

// staticmethod / classmethod attributes the standard library reads:
// __func__ (and __wrapped__), __isabstractmethod__ (from the function)
// and the function's __doc__, __name__, __qualname__.

func wrapperGetAttr(t *Thread, v Value, name *Str) (Value, *BaseException) {
	w := As[Wrapper](v)
	switch name.S {
	case "__func__", "__wrapped__":
		return w.Func, nil
	case "__isabstractmethod__":
		r, err := GetAttr(t, w.Func, name)
		if err != nil {
			if err.Matches(ExcAttributeError) {
				return False, nil
			}
			return Null, err
		}
		return r, nil
	case "__doc__", "__name__", "__qualname__", "__module__", "__annotations__":
		if v.Type().Flags&FlagHasAttrs != 0 {
			if a := AttrsOf(v); a.Map != nil && a.Map.Index(name) >= 0 {
				return GenericGetAttr(t, v, name)
			}
		}
		return GetAttr(t, w.Func, name)
	}
	return GenericGetAttr(t, v, name)
}

func init() {
	for _, ty := range []*Type{StaticMethodType, ClassMethodType} {
		if ty.GetAttr == nil || IsGenericGetAttr(ty) {
			ty.GetAttr = wrapperGetAttr
		}
	}
}
