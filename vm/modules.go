package vm

import (
	"math"

	pyio "taipan/modules/io"
	"taipan/objects"
)

// A minimal registry of native modules so that programs importing sys
// and math run before the real module system (package modules) lands;
// that system replaces ImportHook and these definitions.

var (
	nativeModules = map[string]func(t *objects.Thread) *objects.Module{}
	loadedModules = map[string]Value{}
)

// RegisterModule makes a native module importable by name.
func RegisterModule(name string, create func(t *objects.Thread) *objects.Module) {
	nativeModules[name] = create
}

// maxRecursion caps the effective recursion limit so that deep Python
// recursion raises RecursionError before Go's stack limit (each Python
// call uses about 1.5 KB of Go stack).
const maxRecursion = 200000

var requestedRecursionLimit int64

// Argv is sys.argv for the running program.
var Argv = []string{""}

func defaultImport(t *objects.Thread, name string, globals *objects.Dict, fromlist Value) (Value, *Exc) {
	if m, ok := loadedModules[name]; ok {
		return m, nil
	}
	create, ok := nativeModules[name]
	if !ok {
		init, ok := objects.NativeModule(name)
		if !ok {
			return null, objects.NewException(objects.ExcModuleNotFoundError, objects.NewStrValue("No module named '"+name+"'"))
		}
		mod := objects.NewModule(name)
		if err := init(t, mod); err != nil {
			return null, err
		}
		m := objects.Obj(mod)
		loadedModules[name] = m
		return m, nil
	}
	m := objects.Obj(create(t))
	loadedModules[name] = m
	return m, nil
}

func fn1(name string, f func(float64) float64) Value {
	return objects.NewBuiltin(name, func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
		if err := objects.CheckArgs(name, args, kwnames, 1, 1); err != nil {
			return null, err
		}
		x, ok, err := objects.FloatOf(args[0])
		if err != nil {
			return null, err
		}
		if !ok {
			return null, objects.Errorf(objects.ExcTypeError, "must be real number, not %s", args[0].Type().Name)
		}
		r := f(x)
		if math.IsNaN(r) && !math.IsNaN(x) {
			return null, objects.Errorf(objects.ExcValueError, "math domain error")
		}
		return objects.Float(r), nil
	})
}

func init() {
	ImportHook = defaultImport
	RegisterModule("sys", func(t *objects.Thread) *objects.Module {
		m := objects.NewModule("sys")
		argv := make([]Value, len(Argv))
		for i, a := range Argv {
			argv[i] = objects.NewStrValue(a)
		}
		m.Set("argv", objects.NewListValue(argv))
		m.Set("maxsize", objects.Int(math.MaxInt64))
		m.Set("_getframe", objects.NewBuiltin("_getframe", func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
			if err := objects.CheckArgs("_getframe", args, kwnames, 0, 1); err != nil {
				return null, err
			}
			depth := int64(0)
			if len(args) == 1 {
				depth, _ = objects.IntToInt64(args[0])
			}
			f := objects.FramesOf(t, int(depth))
			if f == nil {
				return null, objects.Errorf(objects.ExcValueError, "call stack is not deep enough")
			}
			return objects.Obj(f), nil
		}))
		m.Set("exit", objects.NewBuiltin("exit", func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
			if err := objects.CheckArgs("exit", args, kwnames, 0, 1); err != nil {
				return null, err
			}
			return null, objects.NewException(objects.ExcSystemExit, args...)
		}))
		stdin, stdout, stderr := pyio.StdStreams(t)
		for name, v := range map[string]Value{"stdin": stdin, "stdout": stdout, "stderr": stderr} {
			m.Set(name, v)
			m.Set("__"+name+"__", v)
		}
		m.Set("getrecursionlimit", objects.NewBuiltin("getrecursionlimit", func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
			if requestedRecursionLimit > 0 {
				return objects.Int(requestedRecursionLimit), nil
			}
			return objects.Int(int64(t.RecursionLimit)), nil
		}))
		m.Set("setrecursionlimit", objects.NewBuiltin("setrecursionlimit", func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
			if err := objects.CheckArgs("setrecursionlimit", args, kwnames, 1, 1); err != nil {
				return null, err
			}
			n, ok := objects.IntToInt64(args[0])
			if !ok || n < 1 {
				return null, objects.Errorf(objects.ExcValueError, "recursion limit must be greater or equal than 1")
			}
			// The Go stack (1 GB maximum) must never overflow: deeper limits
			// are recorded but the VM stops at maxRecursion.
			requestedRecursionLimit = n
			t.RecursionLimit = int(min(n, maxRecursion))
			return objects.None, nil
		}))
		return m
	})
	RegisterModule("math", func(t *objects.Thread) *objects.Module {
		m := objects.NewModule("math")
		m.Set("pi", objects.Float(math.Pi))
		m.Set("e", objects.Float(math.E))
		m.Set("tau", objects.Float(2*math.Pi))
		m.Set("inf", objects.Float(math.Inf(1)))
		m.Set("nan", objects.Float(math.NaN()))
		for name, f := range map[string]func(float64) float64{"sqrt": math.Sqrt, "sin": math.Sin, "cos": math.Cos, "tan": math.Tan,
			"exp": math.Exp, "log": math.Log, "atan": math.Atan, "asin": math.Asin, "acos": math.Acos, "fabs": math.Abs,
			"log2": math.Log2, "log10": math.Log10} {
			m.Set(name, fn1(name, f))
		}
		floorCeil := func(name string, f func(float64) float64) {
			m.Set(name, objects.NewBuiltin(name, func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
				if err := objects.CheckArgs(name, args, kwnames, 1, 1); err != nil {
					return null, err
				}
				if objects.IsIntValue(args[0]) {
					return objects.ToInt(t, args[0])
				}
				x, ok, err := objects.FloatOf(args[0])
				if err != nil || !ok {
					return null, objects.Errorf(objects.ExcTypeError, "must be real number, not %s", args[0].Type().Name)
				}
				return objects.FloatToInt(f(x))
			}))
		}
		floorCeil("floor", math.Floor)
		floorCeil("ceil", math.Ceil)
		m.Set("atan2", objects.NewBuiltin("atan2", func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
			if err := objects.CheckArgs("atan2", args, kwnames, 2, 2); err != nil {
				return null, err
			}
			y, _, _ := objects.FloatOf(args[0])
			x, _, _ := objects.FloatOf(args[1])
			return objects.Float(math.Atan2(y, x)), nil
		}))
		return m
	})
}

// streamType is the type of the stop-gap sys.stdout / sys.stderr.
var streamType = newIterType("TextIOWrapper")

type stream struct {
	objects.Header
	write func(t *objects.Thread, s string)
}

func newStream(w func(t *objects.Thread, s string)) Value {
	st := &stream{write: w}
	st.SetType(streamType)
	return objects.Obj(st)
}

func init() {
	streamType.Iter, streamType.Next = nil, nil
	streamType.AddMethod("write", func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
		if err := objects.CheckArgs("write", args, kwnames, 1, 1); err != nil {
			return null, err
		}
		if args[0].Type() != objects.StrType {
			return null, objects.Errorf(objects.ExcTypeError, "write() argument must be str, not %s", args[0].Type().Name)
		}
		s := objects.As[objects.Str](args[0])
		objects.As[stream](self).write(t, s.S)
		return objects.Int(int64(s.Len())), nil
	})
	streamType.AddMethod("flush", func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
		t.Stdout.Flush()
		return objects.None, nil
	})
}
