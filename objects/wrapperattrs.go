package objects

// Attributes of staticmethod and classmethod objects: __func__ and
// __wrapped__ are the wrapped callable; __isabstractmethod__, __name__,
// __qualname__, __doc__, __module__ and __annotations__ come from it (as
// 3.10+ copies them); staticmethod objects are callable.
func init() {
	for _, ty := range []*Type{StaticMethodType, ClassMethodType} {
		ty.GetAttr = func(t *Thread, v Value, name *Str) (Value, *BaseException) {
			f := As[Wrapper](v).Func
			switch name.S {
			case "__func__", "__wrapped__":
				return f, nil
			case "__isabstractmethod__":
				r, err := GetAttr(t, f, name)
				if err != nil {
					if err.Matches(ExcAttributeError) {
						return False, nil
					}
					return Null, err
				}
				return r, nil
			case "__name__", "__qualname__", "__doc__", "__module__", "__annotations__":
				return GetAttr(t, f, name)
			}
			return GenericGetAttr(t, v, name)
		}
		ty.Repr = func(t *Thread, v Value) (Value, *BaseException) {
			s, err := ReprString(t, As[Wrapper](v).Func)
			if err != nil {
				return Null, err
			}
			return NewStrValue("<" + v.Type().Name + "(" + s + ")>"), nil
		}
	}
	StaticMethodType.Call = func(t *Thread, callable Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		return CallValue(t, As[Wrapper](callable).Func, args, kwnames)
	}
}
