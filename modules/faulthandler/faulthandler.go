// Package faulthandler is the faulthandler module. Go reports fatal
// faults itself, so enabling only records the state; dumping prints the
// Python stack that the thread knows.
package faulthandler

import (
	"io"
	"strings"

	"taipan/modules/internal/osutil"
	"taipan/objects"
)

type (
	Value = objects.Value
	Exc   = objects.BaseException
)

var enabled bool

func init() {
	objects.RegisterModule("faulthandler", func(t *objects.Thread, m *objects.Module) *Exc {
		set := func(name string, fn osutil.Fn) { osutil.Set(m, name, fn) }
		set("enable", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
			if _, err := osutil.Args("enable", args, kw, []string{"file", "all_threads"}, 0); err != nil {
				return objects.Null, err
			}
			enabled = true
			return objects.None, nil
		})
		set("disable", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
			was := enabled
			enabled = false
			return objects.Bool(was), nil
		})
		set("is_enabled", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
			return objects.Bool(enabled), nil
		})
		set("dump_traceback", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
			a, err := osutil.Args("dump_traceback", args, kw, []string{"file", "all_threads"}, 0)
			if err != nil {
				return objects.Null, err
			}
			var sb strings.Builder
			sb.WriteString("Stack (most recent call first):\n")
			for f := objects.FramesOf(t, 0); f != nil; f = f.Back {
				sb.WriteString("  File \"" + f.Func.Code.Filename + "\" in " + f.Func.Code.Name + "\n")
			}
			t.Stdout.Flush()
			if osutil.Given(a[0]) {
				if _, err := objects.CallMethod(t, a[0], "write", objects.NewStrValue(sb.String())); err != nil {
					return objects.Null, err
				}
			} else {
				io.WriteString(t.Stderr, sb.String())
			}
			return objects.None, nil
		})
		noop := func(name string) {
			set(name, func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
				return objects.None, nil
			})
		}
		noop("dump_traceback_later")
		noop("cancel_dump_traceback_later")
		noop("register")
		set("unregister", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
			return objects.False, nil
		})
		return nil
	})
}
