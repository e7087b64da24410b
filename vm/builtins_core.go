package vm

import (
	"taipan/objects"
)

// Builtins completed or corrected by the core differential corpus
// (tests/python/core_*.py). This file's init runs after builtins.go's,
// so a def here replaces the earlier one.

var callableIterType = newIterType("callable_iterator")

func init() {
	def("iter", func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
		if err := objects.CheckArgs("iter", args, kwnames, 1, 2); err != nil {
			return null, err
		}
		if len(args) == 1 {
			return objects.GetIter(t, args[0])
		}
		fn, sentinel := args[0], args[1]
		if fn.Type().Call == nil {
			return null, objects.Errorf(objects.ExcTypeError, "iter(v, w): v must be callable")
		}
		done := false
		return mkIter(callableIterType, func(t *objects.Thread) (Value, *Exc) {
			if done {
				return null, nil
			}
			v, err := objects.CallValue(t, fn, nil, nil)
			if err != nil {
				if err.Matches(objects.ExcStopIteration) {
					done = true
					return null, nil
				}
				return null, err
			}
			eq, err := objects.Equal(t, v, sentinel)
			if err != nil {
				return null, err
			}
			if eq {
				done = true
				return null, nil
			}
			return v, nil
		}), nil
	})
}
