package weakref

import (
	"runtime/debug"

	"taipan/modules/modutil"
	"taipan/objects"
)

// A minimal gc module (collect runs Collect), registered as a fallback:
// a real gc module registered elsewhere takes precedence.
func init() {
	enabled := true
	threshold := [3]int64{700, 10, 10}
	objects.RegisterFallbackModule("gc", func(t *Thread, m *objects.Module) *Exc {
		m.Set("__doc__", objects.NewStrValue("This module provides access to the garbage collector for reference cycles."))
		add := func(name string, f objects.BuiltinFn) { m.Set(name, modutil.Builtin("gc", name, f)) }
		add("collect", func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
			Collect(t)
			return objects.Int(0), nil
		})
		add("enable", func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
			if !enabled {
				debug.SetGCPercent(400)
			}
			enabled = true
			return objects.None, nil
		})
		add("disable", func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
			enabled = false
			return objects.None, nil
		})
		add("isenabled", func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
			return objects.Bool(enabled), nil
		})
		add("get_count", func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
			return objects.NewTupleValue([]Value{objects.Int(0), objects.Int(0), objects.Int(0)}), nil
		})
		add("get_threshold", func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
			return objects.NewTupleValue([]Value{objects.Int(threshold[0]), objects.Int(threshold[1]), objects.Int(threshold[2])}), nil
		})
		add("set_threshold", func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
			for i := 0; i < len(args) && i < 3; i++ {
				n, _, err := modutil.ToInt64(t, args[i])
				if err != nil {
					return null, err
				}
				threshold[i] = n
			}
			return objects.None, nil
		})
		empty := func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
			return objects.NewListValue(nil), nil
		}
		add("get_objects", empty)
		add("get_referrers", empty)
		add("get_referents", empty)
		add("get_stats", empty)
		add("is_tracked", func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
			if err := modutil.One("gc.is_tracked", args, kw); err != nil {
				return null, err
			}
			v := args[0]
			return objects.Bool(!(v.IsSmallInt() || v.IsFloat() || v.IsBool() || v.IsNone() || v.IsInstance(objects.StrType))), nil
		})
		add("is_finalized", func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) { return objects.False, nil })
		add("freeze", func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) { return objects.None, nil })
		add("unfreeze", func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) { return objects.None, nil })
		add("get_freeze_count", func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) { return objects.Int(0), nil })
		m.Set("garbage", objects.NewListValue(nil))
		m.Set("callbacks", objects.NewListValue(nil))
		m.Set("DEBUG_STATS", objects.Int(1))
		m.Set("DEBUG_COLLECTABLE", objects.Int(2))
		m.Set("DEBUG_UNCOLLECTABLE", objects.Int(4))
		m.Set("DEBUG_SAVEALL", objects.Int(32))
		m.Set("DEBUG_LEAK", objects.Int(38))
		return nil
	})
}
