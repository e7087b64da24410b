// Package gc is the gc module. Go's collector does the work, so most of
// the interface is bookkeeping, as in PyPy.
package gc

import (
	"taipan/modules/internal/osutil"
	"taipan/modules/weakref"
	"taipan/objects"
)

type (
	Value = objects.Value
	Exc   = objects.BaseException
)

var (
	enabled    = true
	thresholds = [3]int64{700, 10, 10}
	debugFlags int64
)

func init() {
	objects.RegisterModule("gc", func(t *objects.Thread, m *objects.Module) *Exc {
		for k, v := range map[string]int64{"DEBUG_STATS": 1, "DEBUG_COLLECTABLE": 2, "DEBUG_UNCOLLECTABLE": 4,
			"DEBUG_SAVEALL": 32, "DEBUG_LEAK": 38} {
			m.Set(k, objects.Int(v))
		}
		m.Set("garbage", objects.NewListValue(nil))
		m.Set("callbacks", objects.NewListValue(nil))
		set := func(name string, fn osutil.Fn) { osutil.Set(m, name, fn) }
		ret := func(name string, f func() Value) {
			set(name, func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
				if err := objects.CheckArgs(name, args, kw, 0, 0); err != nil {
					return objects.Null, err
				}
				return f(), nil
			})
		}
		set("collect", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
			a, err := osutil.Args("collect", args, kw, []string{"generation"}, 0)
			if err != nil {
				return objects.Null, err
			}
			if g, err := osutil.IntOr(t, a[0], 2, "collect"); err != nil {
				return objects.Null, err
			} else if g < 0 || g > 2 {
				return objects.Null, objects.Errorf(objects.ExcValueError, "invalid generation")
			}
			// A full collection, then the weakref callbacks and
			// finalizers it made due (as CPython runs them in collect).
			weakref.Collect(t)
			return objects.Int(0), nil
		})
		ret("enable", func() Value { enabled = true; return objects.None })
		ret("disable", func() Value { enabled = false; return objects.None })
		ret("isenabled", func() Value { return objects.Bool(enabled) })
		ret("get_count", func() Value {
			return objects.NewTupleValue([]Value{objects.Int(0), objects.Int(0), objects.Int(0)})
		})
		ret("get_threshold", func() Value {
			return objects.NewTupleValue([]Value{objects.Int(thresholds[0]), objects.Int(thresholds[1]), objects.Int(thresholds[2])})
		})
		ret("get_debug", func() Value { return objects.Int(debugFlags) })
		ret("freeze", func() Value { return objects.None })
		ret("unfreeze", func() Value { return objects.None })
		ret("get_freeze_count", func() Value { return objects.Int(0) })
		ret("get_stats", func() Value {
			out := make([]Value, 3)
			for i := range out {
				d := objects.NewDict()
				d.SetStr(objects.Intern("collections"), objects.Int(0))
				d.SetStr(objects.Intern("collected"), objects.Int(0))
				d.SetStr(objects.Intern("uncollectable"), objects.Int(0))
				out[i] = objects.Obj(d)
			}
			return objects.NewListValue(out)
		})
		set("set_threshold", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
			if err := objects.CheckArgs("set_threshold", args, kw, 1, 3); err != nil {
				return objects.Null, err
			}
			for i, a := range args {
				n, err := osutil.Int(t, a, "set_threshold")
				if err != nil {
					return objects.Null, err
				}
				thresholds[i] = n
			}
			return objects.None, nil
		})
		set("set_debug", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
			if err := objects.CheckArgs("set_debug", args, kw, 1, 1); err != nil {
				return objects.Null, err
			}
			n, err := osutil.Int(t, args[0], "set_debug")
			debugFlags = n
			return objects.None, err
		})
		set("get_objects", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
			return objects.NewListValue(nil), nil
		})
		set("get_referrers", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
			return objects.NewListValue(nil), nil
		})
		set("get_referents", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
			return objects.NewListValue(nil), nil
		})
		set("is_tracked", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
			if err := objects.CheckArgs("is_tracked", args, kw, 1, 1); err != nil {
				return objects.Null, err
			}
			v := args[0]
			switch {
			case v.IsSmallInt(), v.IsFloat(), v.IsBool(), v.IsNone(), objects.IsIntValue(v),
				v.Type() == objects.StrType, v.Type() == objects.BytesType, v.Type() == objects.ComplexType:
				return objects.False, nil
			}
			return objects.True, nil
		})
		set("is_finalized", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
			if err := objects.CheckArgs("is_finalized", args, kw, 1, 1); err != nil {
				return objects.Null, err
			}
			return objects.False, nil
		})
		return nil
	})
}
