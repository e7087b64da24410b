package vm

import (
	"encoding/binary"
	"hash/fnv"

	"taipan/objects"
)

// _imp (the import system's native helpers, as importlib._bootstrap
// expects them) and _warnings. Both live in vm because they reach the
// interpreter's import state: _imp creates native modules, _warnings
// forwards to the pure-Python warnings module. Taipan has no frozen
// modules and no extension modules.

func impFn(m *objects.Module, name string, lo, hi int, f func(t *objects.Thread, args []Value) (Value, *Exc)) {
	b := objects.NewBuiltin(name, func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
		if err := objects.CheckArgs(name, args, kwnames, lo, hi); err != nil {
			return null, err
		}
		return f(t, args)
	})
	objects.As[objects.BuiltinFunction](b).Module = m.Name
	m.Set(name, b)
}

func initImp(t *objects.Thread, m *objects.Module) *Exc {
	ensureInterp()
	none := func(t *objects.Thread, args []Value) (Value, *Exc) { return objects.None, nil }
	falseFn := func(t *objects.Thread, args []Value) (Value, *Exc) { return objects.False, nil }
	impFn(m, "is_builtin", 1, 1, func(t *objects.Thread, args []Value) (Value, *Exc) {
		n, ok := strOf(args[0])
		if !ok {
			return null, objects.Errorf(objects.ExcTypeError, "is_builtin() argument must be str, not %s", args[0].Type().Name)
		}
		switch {
		case n == "sys" || n == "builtins":
			return objects.Int(-1), nil
		case isBuiltinName(n):
			return objects.Int(1), nil
		}
		return objects.Int(0), nil
	})
	impFn(m, "create_builtin", 1, 1, func(t *objects.Thread, args []Value) (Value, *Exc) {
		name, err := specName(t, args[0])
		if err != nil {
			return null, err
		}
		if m, ok := sysModules.GetStr(objects.NewStr(name)); ok && (name == "sys" || name == "builtins") {
			return m, nil
		}
		return createBuiltin(t, args[0])
	})
	impFn(m, "exec_builtin", 1, 1, func(t *objects.Thread, args []Value) (Value, *Exc) { return objects.Int(0), nil })
	impFn(m, "exec_dynamic", 1, 1, func(t *objects.Thread, args []Value) (Value, *Exc) { return objects.Int(0), nil })
	impFn(m, "create_dynamic", 1, 2, func(t *objects.Thread, args []Value) (Value, *Exc) {
		n, _ := specName(t, args[0])
		return null, newImportError(objects.ExcImportError, "Taipan cannot load extension modules ("+n+")", str(n), null)
	})
	impFn(m, "is_frozen", 1, 1, falseFn)
	impFn(m, "is_frozen_package", 1, 1, falseFn)
	impFn(m, "find_frozen", 1, 2, none)
	impFn(m, "init_frozen", 1, 1, none)
	impFn(m, "get_frozen_object", 1, 2, func(t *objects.Thread, args []Value) (Value, *Exc) {
		r, _ := objects.ReprString(t, args[0])
		return null, newImportError(objects.ExcImportError, "No such frozen object named "+r, args[0], null)
	})
	impFn(m, "_frozen_module_names", 0, 0, func(t *objects.Thread, args []Value) (Value, *Exc) {
		return objects.NewTupleValue(nil), nil
	})
	impFn(m, "_override_frozen_modules_for_tests", 1, 1, none)
	impFn(m, "_override_multi_interp_extensions_check", 1, 1, func(t *objects.Thread, args []Value) (Value, *Exc) {
		return objects.Int(-1), nil
	})
	impFn(m, "acquire_lock", 0, 0, none)
	impFn(m, "release_lock", 0, 0, none)
	impFn(m, "lock_held", 0, 0, falseFn)
	impFn(m, "extension_suffixes", 0, 0, func(t *objects.Thread, args []Value) (Value, *Exc) {
		return objects.NewListValue(nil), nil
	})
	impFn(m, "_fix_co_filename", 2, 2, none)
	impFn(m, "source_hash", 2, 2, func(t *objects.Thread, args []Value) (Value, *Exc) {
		key, ok := objects.IntToInt64(args[0])
		if !ok {
			return null, objects.Errorf(objects.ExcTypeError, "source_hash() key must be an int")
		}
		var data []byte
		switch args[1].Type() {
		case objects.BytesType:
			data = objects.As[objects.Bytes](args[1]).B
		default:
			return null, objects.Errorf(objects.ExcTypeError, "a bytes-like object is required, not '%s'", args[1].Type().Name)
		}
		h := fnv.New64a()
		var kb [8]byte
		binary.LittleEndian.PutUint64(kb[:], uint64(key))
		h.Write(kb[:])
		h.Write(data)
		out := make([]byte, 8)
		binary.LittleEndian.PutUint64(out, h.Sum64())
		return objects.NewBytes(out), nil
	})
	m.Set("check_hash_based_pycs", str("default"))
	m.Set("pyc_magic_number_token", objects.Int(3495))
	return nil
}

// _warnings: just warn and warn_explicit, forwarded to the warnings
// module. Its other names (filters, _defaultaction, ...) are absent on
// purpose, so that warnings.py keeps its pure-Python implementation.
func initWarnings(t *objects.Thread, m *objects.Module) *Exc {
	forward := func(name string) objects.BuiltinFn {
		var self Value
		fn := func(t *objects.Thread, _ Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
			w, err := ImportModule(t, "warnings")
			if err != nil {
				return null, err
			}
			f, err := objects.GetAttrString(t, w, name)
			if err != nil {
				return null, err
			}
			if f.Is(self) {
				return null, objects.Errorf(objects.ExcRuntimeError, "warnings.%s is _warnings.%s", name, name)
			}
			return objects.CallValue(t, f, args, kwnames)
		}
		self = objects.NewBuiltin(name, fn)
		objects.As[objects.BuiltinFunction](self).Module = "_warnings"
		m.Set(name, self)
		return fn
	}
	forward("warn")
	forward("warn_explicit")
	return nil
}

func init() {
	objects.RegisterModule("_imp", initImp)
	objects.RegisterModule("_warnings", initWarnings)
}
