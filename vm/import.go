package vm

import (
	"os"
	"strings"

	"taipan/objects"
)

// The import system. `import`, `from ... import` and __import__ all come
// here (importName). The algorithm is CPython's importlib._bootstrap
// written in Go: sys.modules first, then the finders of sys.meta_path
// (each asked for a spec with find_spec), then the spec's loader creates
// and executes the module. The default finders and loaders
// (BuiltinImporter, PathFinder, FileFinder, SourceFileLoader,
// NamespaceLoader, ModuleSpec) are Go-implemented classes (import_types.go),
// so the common case runs no Python code besides the module itself, while
// finders and loaders written in Python plug in through the same protocol.

// The interpreter's import state: the sys module and sys.modules. They
// are created by initInterp (once per program run).
var (
	sysModule      *objects.Module
	sysModules     *objects.Dict
	builtinsModule *objects.Module
	importBuiltin  Value // the original builtins.__import__
)

// ensureInterp creates the interpreter state with default options if no
// program run has done it yet (Go tests that run code directly).
func ensureInterp() {
	if sysModules == nil {
		initInterp(bootThread, currentOptions)
	}
}

var (
	strImport = objects.Intern("__import__")
	strPath   = objects.Intern("__path__")
)

func str(s string) Value { return objects.NewStrValue(s) }

func strOf(v Value) (string, bool) {
	if !v.IsNull() && v.IsInstance(objects.StrType) {
		return objects.As[objects.Str](v).S, true
	}
	return "", false
}

// sysGet reads sys.<name> (Null if absent).
func sysGet(name string) Value {
	ensureInterp()
	v, _ := sysModule.Dict.GetStr(objects.Intern(name))
	return v
}

// getattrOpt reads an attribute, returning Null (no error) when it is
// missing.
func getattrOpt(t *objects.Thread, v Value, name string) (Value, *Exc) {
	r, err := objects.GetAttrString(t, v, name)
	if err != nil {
		if err.Matches(objects.ExcAttributeError) {
			return null, nil
		}
		return null, err
	}
	return r, nil
}

// newImportError builds an ImportError (or subclass) with its name and
// path attributes.
func newImportError(cls *objects.Type, msg string, name, path Value) *Exc {
	e := objects.NewException(cls, str(msg))
	setImportErrorAttrs(e, str(msg), name, path)
	return e
}

func setImportErrorAttrs(e *Exc, msg, name, path Value) {
	if name.IsNull() {
		name = objects.None
	}
	if path.IsNull() {
		path = objects.None
	}
	objects.GenericSetAttr(nil, objects.Obj(e), objects.Intern("name"), name)
	objects.GenericSetAttr(nil, objects.Obj(e), objects.Intern("path"), path)
	if !msg.IsNull() {
		objects.GenericSetAttr(nil, objects.Obj(e), objects.Intern("msg"), msg)
	}
}

func moduleNotFound(name string) *Exc {
	msg := "No module named " + objects.QuoteStr(name)
	if isStdlibName(name) && stdlibMissing() {
		msg += " (the Python 3.11 standard library was not found at " + stdlibDir() +
			": install libpython3.11-stdlib or set TAIPAN_STDLIB)"
	}
	return newImportError(objects.ExcModuleNotFoundError, msg, str(name), null)
}

// importName is the IMPORT_NAME instruction: __import__(name, globals,
// None, fromlist, level), through a replaced builtins.__import__ if
// there is one.
func importName(t *objects.Thread, name *objects.Str, globals *objects.Dict, fromlist Value, level int) (Value, *Exc) {
	ensureInterp()
	f, ok := Builtins.GetStr(strImport)
	if ok && f.Is(importBuiltin) && level == 0 {
		// Fast path: the module is in sys.modules already (and no other
		// thread is still initialising it).
		if m, ok := sysModules.GetStr(name); ok && !m.IsNone() && len(importLocks) == 0 {
			if fromlist.IsNull() || fromlist.IsNone() {
				i := strings.IndexByte(name.S, '.')
				if i < 0 {
					return m, nil
				}
				if top, ok := sysModules.GetStr(objects.Intern(name.S[:i])); ok && !top.IsNone() {
					return top, nil
				}
			} else if fromlist.Type() == objects.TupleType && len(objects.As[objects.Tuple](fromlist).Items) > 0 && m.Type() == objects.ModuleType {
				d := objects.As[objects.Module](m).Dict
				if _, isPkg := d.GetStr(strPath); !isPkg {
					return m, nil
				}
				all := true
				for _, x := range objects.As[objects.Tuple](fromlist).Items {
					if x.Type() != objects.StrType {
						all = false
						break
					}
					if _, ok := d.GetStr(objects.As[objects.Str](x)); !ok {
						all = false
						break
					}
				}
				if all {
					return m, nil
				}
			}
		}
	}
	if ok && !f.Is(importBuiltin) {
		fl := fromlist
		if fl.IsNull() {
			fl = objects.None
		}
		g := objects.None
		if globals != nil {
			g = objects.Obj(globals)
		}
		return objects.CallValue(t, f, []Value{objects.Obj(name), g, objects.None, fl, objects.Int(int64(level))}, nil)
	}
	return importModuleLevel(t, name.S, globals, fromlist, level)
}

// importModuleLevel is __import__'s algorithm.
func importModuleLevel(t *objects.Thread, name string, globals *objects.Dict, fromlist Value, level int) (Value, *Exc) {
	ensureInterp()
	if level < 0 {
		return null, objects.Errorf(objects.ExcValueError, "level must be >= 0")
	}
	absName := name
	if level > 0 {
		pkg, err := calcPackage(t, globals)
		if err != nil {
			return null, err
		}
		absName, err = resolveName(name, pkg, level)
		if err != nil {
			return null, err
		}
	} else if name == "" {
		return null, objects.Errorf(objects.ExcValueError, "Empty module name")
	}
	mod, err := gcdImport(t, absName)
	if err != nil {
		return null, err
	}
	hasFrom := false
	if !fromlist.IsNull() && !fromlist.IsNone() {
		b, err := objects.Truth(t, fromlist)
		if err != nil {
			return null, err
		}
		hasFrom = b
	}
	if !hasFrom {
		if level == 0 {
			if i := strings.IndexByte(name, '.'); i >= 0 {
				return gcdImport(t, name[:i])
			}
			return mod, nil
		}
		if name == "" {
			return mod, nil
		}
		cut := len(name)
		if i := strings.IndexByte(name, '.'); i >= 0 {
			cut = i
		}
		cut = len(name) - cut
		modName, err := moduleName(t, mod)
		if err != nil {
			return null, err
		}
		front := modName[:len(modName)-cut]
		if m, ok := sysModules.GetStr(objects.NewStr(front)); ok {
			return m, nil
		}
		return null, objects.NewException(objects.ExcKeyError, str(front))
	}
	path, err := getattrOpt(t, mod, "__path__")
	if err != nil {
		return null, err
	}
	if !path.IsNull() {
		return handleFromlist(t, mod, fromlist, false)
	}
	return mod, nil
}

func moduleName(t *objects.Thread, mod Value) (string, *Exc) {
	n, err := objects.GetAttrString(t, mod, "__name__")
	if err != nil {
		return "", err
	}
	s, ok := strOf(n)
	if !ok {
		return "", objects.Errorf(objects.ExcTypeError, "module __name__ must be a string")
	}
	return s, nil
}

// calcPackage finds the package a relative import is relative to, from
// the importing module's globals.
func calcPackage(t *objects.Thread, globals *objects.Dict) (string, *Exc) {
	if globals == nil {
		return "", objects.Errorf(objects.ExcKeyError, "'__name__' not in globals")
	}
	pkg, ok := globals.GetStr(objects.Intern("__package__"))
	if ok && !pkg.IsNone() {
		s, isStr := strOf(pkg)
		if !isStr {
			return "", objects.Errorf(objects.ExcTypeError, "package must be a string")
		}
		return s, nil
	}
	if spec, ok := globals.GetStr(objects.Intern("__spec__")); ok && !spec.IsNone() {
		p, err := objects.GetAttrString(t, spec, "parent")
		if err != nil {
			return "", err
		}
		s, isStr := strOf(p)
		if !isStr {
			return "", objects.Errorf(objects.ExcTypeError, "__spec__.parent must be a string")
		}
		return s, nil
	}
	n, ok := globals.GetStr(objects.Intern("__name__"))
	if !ok {
		return "", objects.NewException(objects.ExcKeyError, str("'__name__' not in globals"))
	}
	s, isStr := strOf(n)
	if !isStr {
		return "", objects.Errorf(objects.ExcTypeError, "__name__ must be a string")
	}
	if _, ok := globals.GetStr(objects.Intern("__path__")); !ok {
		if i := strings.LastIndexByte(s, '.'); i >= 0 {
			s = s[:i]
		} else {
			s = ""
		}
	}
	return s, nil
}

// resolveName turns a relative module name into an absolute one.
func resolveName(name, pkg string, level int) (string, *Exc) {
	if pkg == "" {
		return "", newImportError(objects.ExcImportError, "attempted relative import with no known parent package", null, null)
	}
	base := pkg
	for i := 1; i < level; i++ {
		j := strings.LastIndexByte(base, '.')
		if j < 0 {
			return "", newImportError(objects.ExcImportError, "attempted relative import beyond top-level package", null, null)
		}
		base = base[:j]
	}
	if name == "" {
		return base, nil
	}
	return base + "." + name, nil
}

// gcdImport imports an absolute module name and returns the module.
func gcdImport(t *objects.Thread, name string) (Value, *Exc) {
	key := objects.NewStr(name)
	if len(importLocks) > 0 {
		waitForModule(t, name)
	}
	if m, ok := sysModules.GetStr(key); ok {
		if m.IsNone() {
			return null, newImportError(objects.ExcModuleNotFoundError, "import of "+name+" halted; None in sys.modules", str(name), null)
		}
		return m, nil
	}
	if target, ok := frozenImportlib[name]; ok {
		return frozenAlias(t, name, target)
	}
	return timedFindAndLoad(t, name)
}

// frozenImportlib maps CPython's frozen importlib modules to the source
// modules that stand for them here.
var frozenImportlib = map[string]string{
	"_frozen_importlib":          "importlib._bootstrap",
	"_frozen_importlib_external": "importlib._bootstrap_external",
}

// frozenAlias imports _frozen_importlib(_external) as the importlib
// package's source _bootstrap(_external), so that (as in CPython)
// importlib._bootstrap is _frozen_importlib. While importlib itself is
// being initialised they do not exist: importlib/__init__.py then loads
// its source bootstrap.
func frozenAlias(t *objects.Thread, name, target string) (Value, *Exc) {
	if m, ok := sysModules.GetStr(objects.NewStr("importlib")); ok {
		if spec, err := getattrOpt(t, m, "__spec__"); err == nil && !spec.IsNull() && !spec.IsNone() {
			if init, _ := getattrOpt(t, spec, "_initializing"); !init.IsNull() && boolArg(t, init) {
				return null, moduleNotFound(name)
			}
		}
	} else if _, err := ImportModule(t, "importlib"); err != nil {
		return null, err
	}
	m, ok := sysModules.GetStr(objects.NewStr(target))
	if !ok || m.IsNone() {
		return null, moduleNotFound(name)
	}
	sysModules.SetStr(objects.NewStr(name), m)
	return m, nil
}

func findAndLoad(t *objects.Thread, name string) (Value, *Exc) {
	unlock := lockModule(t, name)
	defer unlock()
	// Another thread may have imported it while this one waited.
	if m, ok := sysModules.GetStr(objects.NewStr(name)); ok {
		return m, nil
	}
	path := objects.None
	var parentMod Value
	parent, child := "", name
	if i := strings.LastIndexByte(name, '.'); i >= 0 {
		parent, child = name[:i], name[i+1:]
		if _, ok := sysModules.GetStr(objects.NewStr(parent)); !ok {
			if _, err := gcdImport(t, parent); err != nil {
				return null, err
			}
		}
		// Importing the parent may have imported the module.
		if m, ok := sysModules.GetStr(objects.NewStr(name)); ok {
			return m, nil
		}
		pm, ok := sysModules.GetStr(objects.NewStr(parent))
		if !ok {
			return null, objects.NewException(objects.ExcKeyError, str(parent))
		}
		parentMod = pm
		p, err := getattrOpt(t, pm, "__path__")
		if err != nil {
			return null, err
		}
		if p.IsNull() {
			return null, newImportError(objects.ExcModuleNotFoundError,
				"No module named "+objects.QuoteStr(name)+"; "+objects.QuoteStr(parent)+" is not a package", str(name), null)
		}
		path = p
	}
	spec, err := findSpec(t, name, path, null)
	if err != nil {
		return null, err
	}
	if spec.IsNull() || spec.IsNone() {
		return null, moduleNotFound(name)
	}
	mod, err := loadUnlocked(t, spec)
	if err != nil {
		return null, err
	}
	if parentMod.IsNull() {
		return mod, nil
	}
	if pm, ok := sysModules.GetStr(objects.NewStr(parent)); ok {
		parentMod = pm
	}
	if err := objects.SetAttr(t, parentMod, objects.NewStr(child), mod); err != nil && !err.Matches(objects.ExcAttributeError) {
		return null, err
	}
	return mod, nil
}

// findSpec asks each finder of sys.meta_path for the module's spec.
func findSpec(t *objects.Thread, name string, path, target Value) (Value, *Exc) {
	mp := sysGet("meta_path")
	if mp.IsNull() {
		return null, newImportError(objects.ExcImportError, "sys.meta_path is None, Python is likely shutting down", null, null)
	}
	finders, err := objects.IterToSlice(t, mp)
	if err != nil {
		return null, err
	}
	if target.IsNull() {
		target = objects.None
	}
	_, isReload := sysModules.GetStr(objects.NewStr(name))
	for _, f := range finders {
		var spec Value
		switch {
		case f.Is(objects.Obj(builtinImporterType)):
			spec = builtinFindSpec(t, name)
		case f.Is(objects.Obj(frozenImporterType)):
			continue
		case f.Is(objects.Obj(pathFinderType)):
			spec, err = pathFinderFindSpec(t, name, path)
		default:
			fs, e := getattrOpt(t, f, "find_spec")
			if e != nil {
				return null, e
			}
			if fs.IsNull() {
				fm, e := getattrOpt(t, f, "find_module")
				if e != nil || fm.IsNull() {
					if e != nil {
						return null, e
					}
					continue
				}
				loader, e := objects.CallValue(t, fm, []Value{str(name), path}, nil)
				if e != nil {
					return null, e
				}
				if loader.IsNone() {
					continue
				}
				isPkg := false
				if ip, e := getattrOpt(t, loader, "is_package"); e == nil && !ip.IsNull() {
					r, e := objects.CallValue(t, ip, []Value{str(name)}, nil)
					if e != nil {
						return null, e
					}
					isPkg = boolArg(t, r)
				}
				spec, err = newSpec(t, str(name), loader, objects.None, isPkg)
			} else {
				spec, err = objects.CallValue(t, fs, []Value{str(name), path, target}, nil)
			}
		}
		if err != nil {
			return null, err
		}
		if spec.IsNull() || spec.IsNone() {
			continue
		}
		if !isReload {
			if m, ok := sysModules.GetStr(objects.NewStr(name)); ok {
				// The finder imported the module itself.
				ms, e := getattrOpt(t, m, "__spec__")
				if e != nil {
					return null, e
				}
				if !ms.IsNull() && !ms.IsNone() {
					return ms, nil
				}
			}
		}
		return spec, nil
	}
	return null, nil
}

// loadUnlocked creates a module from its spec, registers it in
// sys.modules and executes it. A module whose body raises is removed
// from sys.modules. The result is what sys.modules holds afterwards (a
// module may replace itself there).
func loadUnlocked(t *objects.Thread, spec Value) (Value, *Exc) {
	name, err := specName(t, spec)
	if err != nil {
		return null, err
	}
	loader, err := getattrOpt(t, spec, "loader")
	if err != nil {
		return null, err
	}
	if !loader.IsNull() && !loader.IsNone() {
		em, err := getattrOpt(t, loader, "exec_module")
		if err != nil {
			return null, err
		}
		if em.IsNull() {
			lm, err := getattrOpt(t, loader, "load_module")
			if err != nil {
				return null, err
			}
			if lm.IsNull() {
				return null, newImportError(objects.ExcImportError, "loader for "+name+" cannot handle "+name, str(name), null)
			}
			if _, err := objects.CallValue(t, lm, []Value{str(name)}, nil); err != nil {
				return null, err
			}
			key := objects.NewStr(name)
			m, ok := sysModules.GetStr(key)
			if !ok {
				return null, objects.NewException(objects.ExcKeyError, str(name))
			}
			sysModules.DelStr(key)
			sysModules.SetStr(key, m)
			unset := func(attr string) bool {
				v, err := getattrOpt(t, m, attr)
				return err == nil && (v.IsNull() || v.IsNone())
			}
			if unset("__loader__") {
				objects.SetAttr(t, m, objects.Intern("__loader__"), loader)
			}
			if unset("__package__") {
				pkg := name
				if !hasModuleAttr(t, m, "__path__") {
					pkg = name[:max(strings.LastIndexByte(name, '.'), 0)]
				}
				objects.SetAttr(t, m, objects.Intern("__package__"), str(pkg))
			}
			if unset("__spec__") {
				objects.SetAttr(t, m, objects.Intern("__spec__"), spec)
			}
			return m, nil
		}
	}
	mod, err := moduleFromSpec(t, spec, loader)
	if err != nil {
		return null, err
	}
	objects.SetAttr(t, spec, objects.Intern("_initializing"), objects.True)
	key := objects.NewStr(name)
	sysModules.SetStr(key, mod)
	if loader.IsNull() || loader.IsNone() {
		ssl, err := getattrOpt(t, spec, "submodule_search_locations")
		if err != nil {
			sysModules.DelStr(key)
			return null, err
		}
		if ssl.IsNull() || ssl.IsNone() {
			sysModules.DelStr(key)
			return null, newImportError(objects.ExcImportError, "missing loader", str(name), null)
		}
	} else if err := execModuleWith(t, loader, mod); err != nil {
		sysModules.DelStr(key)
		objects.SetAttr(t, spec, objects.Intern("_initializing"), objects.False)
		return null, err
	}
	objects.SetAttr(t, spec, objects.Intern("_initializing"), objects.False)
	m, ok := sysModules.GetStr(key)
	if !ok {
		return null, objects.NewException(objects.ExcKeyError, str(name))
	}
	// Move it to the end of sys.modules, as CPython does.
	sysModules.DelStr(key)
	sysModules.SetStr(key, m)
	return m, nil
}

// execModuleWith runs loader.exec_module(module), directly for the Go
// loaders.
func execModuleWith(t *objects.Thread, loader, mod Value) *Exc {
	if loader.Type() == sourceLoaderType && mod.Type() == objects.ModuleType {
		return sourceExecModule(t, loader, objects.As[objects.Module](mod))
	}
	_, err := objects.CallMethod(t, loader, "exec_module", mod)
	return err
}

func specName(t *objects.Thread, spec Value) (string, *Exc) {
	n, err := objects.GetAttrString(t, spec, "name")
	if err != nil {
		return "", err
	}
	s, ok := strOf(n)
	if !ok {
		return "", objects.Errorf(objects.ExcTypeError, "module spec name must be a string")
	}
	return s, nil
}

// moduleFromSpec is importlib.util.module_from_spec.
func moduleFromSpec(t *objects.Thread, spec, loader Value) (Value, *Exc) {
	mod := null
	if !loader.IsNull() && !loader.IsNone() {
		if loader.Type() == builtinImporterType || loader.Is(objects.Obj(builtinImporterType)) {
			m, err := createBuiltin(t, spec)
			if err != nil {
				return null, err
			}
			mod = m
		} else {
			cm, err := getattrOpt(t, loader, "create_module")
			if err != nil {
				return null, err
			}
			if cm.IsNull() {
				em, _ := getattrOpt(t, loader, "exec_module")
				if !em.IsNull() {
					return null, objects.Errorf(objects.ExcImportError, "loaders that define exec_module() must also define create_module()")
				}
			} else {
				m, err := objects.CallValue(t, cm, []Value{spec}, nil)
				if err != nil {
					return null, err
				}
				if !m.IsNone() {
					mod = m
				}
			}
		}
	}
	if mod.IsNull() {
		name, err := specName(t, spec)
		if err != nil {
			return null, err
		}
		mod = objects.Obj(objects.NewModule(name))
	}
	if err := initModuleAttrs(t, spec, mod, false); err != nil {
		return null, err
	}
	return mod, nil
}

// initModuleAttrs sets a module's import-related attributes from its
// spec (importlib._bootstrap._init_module_attrs).
func initModuleAttrs(t *objects.Thread, spec, mod Value, override bool) *Exc {
	missing := func(attr string) bool {
		if override {
			return true
		}
		v, err := getattrOpt(t, mod, attr)
		return err != nil || v.IsNull() || v.IsNone()
	}
	set := func(attr string, v Value) {
		objects.SetAttr(t, mod, objects.Intern(attr), v)
	}
	if missing("__name__") {
		n, err := objects.GetAttrString(t, spec, "name")
		if err != nil {
			return err
		}
		set("__name__", n)
	}
	loader, err := getattrOpt(t, spec, "loader")
	if err != nil {
		return err
	}
	ssl, err := getattrOpt(t, spec, "submodule_search_locations")
	if err != nil {
		return err
	}
	if override || missing("__loader__") {
		if (loader.IsNull() || loader.IsNone()) && !ssl.IsNull() && !ssl.IsNone() {
			n, _ := objects.GetAttrString(t, spec, "name")
			loader = newNamespaceLoader(t, n, ssl)
			objects.SetAttr(t, spec, objects.Intern("loader"), loader)
			// Namespace packages have __file__ None (bpo-32305).
			set("__file__", objects.None)
		}
		if loader.IsNull() {
			loader = objects.None
		}
		set("__loader__", loader)
	}
	if missing("__package__") {
		if p, err := getattrOpt(t, spec, "parent"); err == nil && !p.IsNull() {
			set("__package__", p)
		}
	}
	set("__spec__", spec)
	if !ssl.IsNull() && !ssl.IsNone() && missing("__path__") {
		set("__path__", ssl)
	}
	hl, err := getattrOpt(t, spec, "has_location")
	if err != nil {
		return err
	}
	if !hl.IsNull() {
		if b, _ := objects.Truth(t, hl); b {
			if missing("__file__") {
				o, _ := getattrOpt(t, spec, "origin")
				if !o.IsNull() {
					set("__file__", o)
				}
			}
			if missing("__cached__") {
				c, err := getattrOpt(t, spec, "cached")
				if err != nil {
					return err
				}
				if !c.IsNull() && !c.IsNone() {
					set("__cached__", c)
				} else if override || !hasModuleAttr(t, mod, "__cached__") {
					set("__cached__", objects.None)
				}
			}
		}
	}
	return nil
}

func hasModuleAttr(t *objects.Thread, mod Value, name string) bool {
	v, err := getattrOpt(t, mod, name)
	return err == nil && !v.IsNull()
}

// handleFromlist imports the submodules named in fromlist that are not
// attributes of the package yet (importlib._bootstrap._handle_fromlist).
func handleFromlist(t *objects.Thread, mod, fromlist Value, recursive bool) (Value, *Exc) {
	items, err := objects.IterToSlice(t, fromlist)
	if err != nil {
		return null, err
	}
	for _, x := range items {
		s, ok := strOf(x)
		if !ok {
			where := "``from list''"
			if recursive {
				n, _ := moduleName(t, mod)
				where = n + ".__all__"
			}
			return null, objects.Errorf(objects.ExcTypeError, "Item in %s must be str, not %s", where, x.Type().Name)
		}
		if s == "*" {
			if recursive {
				continue
			}
			all, err := getattrOpt(t, mod, "__all__")
			if err != nil {
				return null, err
			}
			if !all.IsNull() {
				if _, err := handleFromlist(t, mod, all, true); err != nil {
					return null, err
				}
			}
			continue
		}
		if hasModuleAttr(t, mod, s) {
			continue
		}
		modName, err := moduleName(t, mod)
		if err != nil {
			return null, err
		}
		fromName := modName + "." + s
		if _, err := gcdImport(t, fromName); err != nil {
			if err.Matches(objects.ExcModuleNotFoundError) {
				n, _ := getattrOpt(t, objects.Obj(err), "name")
				if ns, ok := strOf(n); ok && ns == fromName {
					if m, ok := sysModules.GetStr(objects.NewStr(fromName)); !ok || !m.IsNone() {
						continue
					}
				}
			}
			return null, err
		}
	}
	return mod, nil
}

// importFromFallback is IMPORT_FROM after the attribute lookup failed:
// a submodule imported but not bound on its package (circular imports)
// is found in sys.modules; otherwise CPython's ImportError.
func importFromFallback(t *objects.Thread, mod Value, name *objects.Str) (Value, *Exc) {
	ensureInterp()
	pkgName := ""
	if n, err := getattrOpt(t, mod, "__name__"); err == nil {
		if s, ok := strOf(n); ok {
			pkgName = s
			if m, ok := sysModules.GetStr(objects.NewStr(s + "." + name.S)); ok {
				return m, nil
			}
		}
	}
	modName := pkgName
	if modName == "" {
		modName = "<unknown module name>"
	}
	path := null
	loc := "unknown location"
	if f, err := getattrOpt(t, mod, "__file__"); err == nil && !f.IsNull() {
		if s, ok := strOf(f); ok {
			loc, path = s, f
		}
	}
	msg := "cannot import name " + objects.QuoteStr(name.S) + " from " + objects.QuoteStr(modName) + " (" + loc + ")"
	if spec, err := getattrOpt(t, mod, "__spec__"); err == nil && !spec.IsNull() && !spec.IsNone() {
		if init, err := getattrOpt(t, spec, "_initializing"); err == nil && !init.IsNull() {
			if b, _ := objects.Truth(t, init); b {
				msg = "cannot import name " + objects.QuoteStr(name.S) + " from partially initialized module " +
					objects.QuoteStr(modName) + " (most likely due to a circular import) (" + loc + ")"
			}
		}
	}
	var nm Value = objects.None
	if pkgName != "" {
		nm = str(pkgName)
	}
	return null, newImportError(objects.ExcImportError, msg, nm, path)
}

// importStar is `from module import *`: the names of __all__, else the
// public names of the module's dict, stored into ns.
func importStar(t *objects.Thread, mod Value, ns *objects.Dict) *Exc {
	all, err := getattrOpt(t, mod, "__all__")
	if err != nil {
		return err
	}
	skipPrivate := false
	where := "__all__"
	if all.IsNull() {
		d, err := getattrOpt(t, mod, "__dict__")
		if err != nil {
			return err
		}
		if d.IsNull() {
			return objects.Errorf(objects.ExcImportError, "from-import-* object has no __dict__ and no __all__")
		}
		if d.Type() == objects.DictType {
			all = objects.NewListValue(objects.As[objects.Dict](d).Keys())
		} else {
			all, err = objects.CallMethod(t, d, "keys")
			if err != nil {
				return err
			}
		}
		skipPrivate = true
		where = "__dict__"
	}
	names, err := objects.IterToSlice(t, all)
	if err != nil {
		return err
	}
	for _, n := range names {
		s, ok := strOf(n)
		if !ok {
			modName, _ := moduleName(t, mod)
			kind := "Item"
			if skipPrivate {
				kind = "Key"
			}
			return objects.Errorf(objects.ExcTypeError, "%s in %s.%s must be str, not %s", kind, modName, where, n.Type().Name)
		}
		if skipPrivate && strings.HasPrefix(s, "_") {
			continue
		}
		v, err := objects.GetAttr(t, mod, objects.As[objects.Str](n))
		if err != nil {
			return err
		}
		if err := ns.SetItem(t, n, v); err != nil {
			return err
		}
	}
	return nil
}

// ImportModule imports a module by absolute name (for Go callers:
// native modules that need a Python module, the CLI's -m).
func ImportModule(t *objects.Thread, name string) (Value, *Exc) {
	ensureInterp()
	if _, err := gcdImport(t, name); err != nil {
		return null, err
	}
	m, ok := sysModules.GetStr(objects.NewStr(name))
	if !ok {
		return null, moduleNotFound(name)
	}
	return m, nil
}

// ImportHook is __import__(name, globals, None, fromlist, 0): the seam
// native modules used before the import system existed (prefer
// objects.ImportModule, which returns the leaf module).
var ImportHook = func(t *objects.Thread, name string, globals *objects.Dict, fromlist Value) (Value, *Exc) {
	return importModuleLevel(t, name, globals, fromlist, 0)
}

// builtinImport is builtins.__import__(name, globals=None, locals=None,
// fromlist=(), level=0).
func builtinImport(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
	a, err := parseArgs("__import__", args, kwnames, []string{"name", "globals", "locals", "fromlist", "level"}, 1)
	if err != nil {
		return null, err
	}
	name, ok := strOf(a[0])
	if !ok {
		return null, objects.Errorf(objects.ExcTypeError, "module name must be a string")
	}
	var globals *objects.Dict
	if !a[1].IsNull() && !a[1].IsNone() {
		if a[1].Type() != objects.DictType {
			return null, objects.Errorf(objects.ExcTypeError, "globals must be a dict")
		}
		globals = objects.As[objects.Dict](a[1])
	}
	level := int64(0)
	if !a[4].IsNull() {
		l, ok := objects.IntToInt64(a[4])
		if !ok || !objects.IsIntValue(a[4]) {
			return null, objects.Errorf(objects.ExcTypeError, "'%s' object cannot be interpreted as an integer", a[4].Type().Name)
		}
		level = l
	}
	if level > 0 && globals == nil {
		return null, objects.Errorf(objects.ExcKeyError, "'__name__' not in globals")
	}
	return importModuleLevel(t, name, globals, a[3], int(level))
}

// parseArgs binds positional and keyword arguments to names; missing
// optional arguments are Null.
func parseArgs(fname string, args []Value, kwnames *objects.Tuple, names []string, required int) ([]Value, *Exc) {
	pos, kw := objects.SplitArgs(args, kwnames)
	if len(pos) > len(names) {
		return nil, objects.Errorf(objects.ExcTypeError, "%s() takes at most %d arguments (%d given)", fname, len(names), len(pos))
	}
	out := make([]Value, len(names))
	copy(out, pos)
	for i, v := range kw {
		k := objects.As[objects.Str](kwnames.Items[i]).S
		found := false
		for j, n := range names {
			if n == k {
				if !out[j].IsNull() {
					return nil, objects.Errorf(objects.ExcTypeError, "argument for %s() given by name ('%s') and position (%d)", fname, k, j+1)
				}
				out[j] = v
				found = true
				break
			}
		}
		if !found {
			return nil, objects.Errorf(objects.ExcTypeError, "%s() got an unexpected keyword argument '%s'", fname, k)
		}
	}
	for i := 0; i < required; i++ {
		if out[i].IsNull() {
			return nil, objects.Errorf(objects.ExcTypeError, "%s() missing required argument '%s' (pos %d)", fname, names[i], i+1)
		}
	}
	return out, nil
}

// ---- the standard library location ----

func stdlibDir() string {
	if d := os.Getenv("TAIPAN_STDLIB"); d != "" {
		return d
	}
	return "/usr/lib/python3.11"
}

// isStdlibName reports whether name belongs to the standard library.
func isStdlibName(name string) bool {
	if i := strings.IndexByte(name, '.'); i >= 0 {
		name = name[:i]
	}
	for _, n := range strings.Fields(stdlibModuleNames) {
		if n == name {
			return true
		}
	}
	return false
}

func stdlibMissing() bool {
	st, err := os.Stat(stdlibDir() + "/os.py")
	return err != nil || st.IsDir()
}

func init() {
	objects.ImportModule = ImportModule
	def("__import__", builtinImport)
	importBuiltin, _ = Builtins.GetStr(objects.Intern("__import__"))
}
