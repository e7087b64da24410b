// Package atexit is the atexit module: functions registered here run
// when the main module has finished (objects.ExitHooks).
package atexit

import (
	"io"
	"strings"
	"sync"

	"taipan/objects"
	"taipan/vm"
)

type (
	Value = objects.Value
	Exc   = objects.BaseException
)

type callback struct {
	fn     Value
	args   []Value
	kwvals []Value
	kw     *objects.Tuple
}

var (
	mu        sync.Mutex
	callbacks []*callback
	hooked    bool
)

// run calls the callbacks last-registered first, reporting exceptions
// as CPython does ("Exception ignored in atexit callback").
func run(t *objects.Thread) {
	for {
		mu.Lock()
		if len(callbacks) == 0 {
			mu.Unlock()
			return
		}
		cb := callbacks[len(callbacks)-1]
		callbacks = callbacks[:len(callbacks)-1]
		mu.Unlock()
		args := append(append([]Value(nil), cb.args...), cb.kwvals...)
		if _, err := objects.CallValue(t, cb.fn, args, cb.kw); err != nil {
			if err.Matches(objects.ExcSystemExit) {
				continue
			}
			t.Stdout.Flush()
			r, rerr := objects.ReprString(t, cb.fn)
			if rerr != nil {
				r = "<object repr() failed>"
			}
			var sb strings.Builder
			sb.WriteString("Exception ignored in atexit callback: " + r + "\n")
			vm.FormatException(t, err, &sb, map[*Exc]bool{})
			io.WriteString(t.Stderr, sb.String())
		}
	}
}

func init() {
	objects.RegisterModule("atexit", func(t *objects.Thread, m *objects.Module) *Exc {
		mu.Lock()
		if !hooked {
			hooked = true
			objects.ExitHooks = append(objects.ExitHooks, run)
		}
		mu.Unlock()
		set := func(name string, fn objects.BuiltinFn) {
			b := objects.NewBuiltin(name, fn)
			objects.As[objects.BuiltinFunction](b).Module = "atexit"
			m.Set(name, b)
		}
		set("register", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
			pos, kwv := objects.SplitArgs(args, kw)
			if len(pos) == 0 {
				return objects.Null, objects.Errorf(objects.ExcTypeError, "register() takes at least 1 argument (0 given)")
			}
			if pos[0].Type().Call == nil {
				return objects.Null, objects.Errorf(objects.ExcTypeError, "the first argument must be callable")
			}
			cb := &callback{fn: pos[0], args: append([]Value(nil), pos[1:]...), kwvals: append([]Value(nil), kwv...), kw: kw}
			mu.Lock()
			callbacks = append(callbacks, cb)
			mu.Unlock()
			return pos[0], nil
		})
		set("unregister", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
			if err := objects.CheckArgs("unregister", args, kw, 1, 1); err != nil {
				return objects.Null, err
			}
			mu.Lock()
			list := append([]*callback(nil), callbacks...)
			mu.Unlock()
			var keep []*callback
			for _, cb := range list {
				eq, err := objects.Equal(t, cb.fn, args[0])
				if err != nil {
					return objects.Null, err
				}
				if !eq {
					keep = append(keep, cb)
				}
			}
			mu.Lock()
			callbacks = keep
			mu.Unlock()
			return objects.None, nil
		})
		set("_run_exitfuncs", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
			run(t)
			return objects.None, nil
		})
		set("_clear", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
			mu.Lock()
			callbacks = nil
			mu.Unlock()
			return objects.None, nil
		})
		set("_ncallbacks", func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
			mu.Lock()
			defer mu.Unlock()
			return objects.Int(int64(len(callbacks))), nil
		})
		return nil
	})
}
