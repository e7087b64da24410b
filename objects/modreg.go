package objects

import "sort"

// The registry of native modules: Go packages under modules/ register
// themselves here from an init function, and the import system creates
// a module from its entry the first time it is imported.

// ModuleInit fills a fresh module object (its __name__ is already set).
type ModuleInit func(t *Thread, m *Module) *BaseException

var nativeModules = map[string]ModuleInit{}

// RegisterModule makes a native module importable by name. It is called
// from init functions; registering a name twice is a programming error.
func RegisterModule(name string, init ModuleInit) {
	if _, dup := nativeModules[name]; dup {
		panic("objects: native module registered twice: " + name)
	}
	nativeModules[name] = init
}

// NativeModule returns the init function of a registered native module.
func NativeModule(name string) (ModuleInit, bool) {
	init, ok := nativeModules[name]
	if !ok {
		init, ok = fallbackModules[name]
	}
	return init, ok
}

var fallbackModules = map[string]ModuleInit{}

// RegisterFallbackModule registers a native module that gives way to a
// module registered under the same name with RegisterModule (a minimal
// stand-in, such as the gc module the weakref package provides).
func RegisterFallbackModule(name string, init ModuleInit) { fallbackModules[name] = init }

// NativeModuleNames lists the registered native modules, sorted
// (sys.builtin_module_names).
func NativeModuleNames() []string {
	names := make([]string, 0, len(nativeModules))
	for n := range nativeModules {
		names = append(names, n)
	}
	for n := range fallbackModules {
		if _, ok := nativeModules[n]; !ok {
			names = append(names, n)
		}
	}
	sort.Strings(names)
	return names
}

// NewType declares a type defined by a native module (module is its
// __module__). The caller fills its slots and methods and then calls
// Finish before the type is used.
func NewType(module, name string, base *Type, flags TypeFlags) *Type {
	t := newBuiltinType(name, base, flags)
	t.Module = module
	return t
}

// Finish computes a native type's MRO, inherits its base's slots and
// creates its slot wrappers (builtin types are finished at init).
func (t *Type) Finish() { finishType(t) }

// ImportModule imports a module by its full dotted name and returns it
// (the module itself, not the top-level package), for native code that
// calls into Python modules. The VM sets it.
var ImportModule func(t *Thread, name string) (Value, *BaseException)

// Warn issues a warning through the warnings module with stack level 1
// (the Python code calling the Go function); nil when it is only shown,
// the exception when the filters turn it into an error.
func Warn(t *Thread, category *Type, msg string) *BaseException {
	if ImportModule == nil {
		return nil
	}
	w, err := ImportModule(t, "warnings")
	if err != nil {
		return nil
	}
	f, err := GetAttrString(t, w, "warn")
	if err != nil {
		return nil
	}
	_, err = CallValue(t, f, []Value{NewStrValue(msg), Obj(category), Int(1)}, nil)
	return err
}
