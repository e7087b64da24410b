package vm

import "taipan/objects"

// divmod() dispatching to __divmod__/__rdivmod__ of classes (the
// numeric cases stay with the builtin defined in builtins.go).

func init() {
	orig, _ := Builtins.GetStr(objects.Intern("divmod"))
	def("divmod", func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
		if err := objects.CheckArgs("divmod", args, kwnames, 2, 2); err != nil {
			return null, err
		}
		a, b := args[0], args[1]
		ta, tb := a.Type(), b.Type()
		if ta.IsHeapType() || tb.IsHeapType() {
			fa := ta.LookupString("__divmod__")
			var fb Value = null
			if tb != ta {
				fb = tb.LookupString("__rdivmod__")
			}
			if !fb.IsNull() && fb.Type() == objects.MethodDescrType {
				fb = null
			}
			if !fa.IsNull() && fa.Type() == objects.MethodDescrType {
				fa = null
			}
			if !fb.IsNull() && tb.IsSubtype(ta) {
				r, err := callBound(t, fb, b, a)
				if err != nil || !r.Is(objects.NotImplemented) {
					return r, err
				}
				fb = null
			}
			if !fa.IsNull() {
				r, err := callBound(t, fa, a, b)
				if err != nil || !r.Is(objects.NotImplemented) {
					return r, err
				}
			}
			if !fb.IsNull() {
				r, err := callBound(t, fb, b, a)
				if err != nil || !r.Is(objects.NotImplemented) {
					return r, err
				}
			}
			if fa.IsNull() && fb.IsNull() && orig.IsNull() {
				return null, objects.Errorf(objects.ExcTypeError, "unsupported operand type(s) for divmod(): '%s' and '%s'", ta.Name, tb.Name)
			}
		}
		if orig.IsNull() {
			return null, objects.Errorf(objects.ExcTypeError, "unsupported operand type(s) for divmod(): '%s' and '%s'", ta.Name, tb.Name)
		}
		return objects.CallValue(t, orig, args, kwnames)
	})
}
