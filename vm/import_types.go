package vm

import (
	"errors"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"syscall"

	"taipan/objects"
	"taipan/syntax"
)

// The default finders, loaders and ModuleSpec, as Go-implemented
// classes. They are ordinary (heap) classes, so instances carry
// attributes, Python code may subclass them, and they duck-type as
// importlib's: ModuleSpec(name, loader, *, origin, loader_state,
// is_package) with parent / has_location / cached; BuiltinImporter,
// FrozenImporter and PathFinder sit in sys.meta_path as classes;
// FileFinder instances fill sys.path_importer_cache (created by the
// path hook in sys.path_hooks); SourceFileLoader and NamespaceLoader
// are the loaders of source modules and namespace packages.

// bootThread runs the Python-level work done outside any program's
// thread (creating these classes, initialising sys).
var bootThread = objects.NewThread(1 << 12)

var (
	moduleSpecType      *objects.Type
	builtinImporterType *objects.Type
	frozenImporterType  *objects.Type
	pathFinderType      *objects.Type
	fileFinderType      *objects.Type
	sourceLoaderType    *objects.Type
	namespaceLoaderType *objects.Type
	pathHook            Value
	// zipHook stands for zipimport.zipimporter in sys.path_hooks: it
	// imports zipimport only for a path inside a regular file.
	zipHook     Value
	zipHookBusy bool
)

type memberKind int

const (
	mMethod memberKind = iota
	mStatic
	mProperty
)

type member struct {
	name string
	kind memberKind
	fn   objects.BuiltinFn
	set  objects.BuiltinFn
}

// goClass creates a class implemented by Go functions.
func goClass(module, name string, members []member) *objects.Type {
	ns := objects.NewDict()
	ns.SetStr(objects.Intern("__module__"), str(module))
	ns.SetStr(objects.Intern("__qualname__"), str(name))
	v, err := objects.NewClass(bootThread, str(name), objects.NewTupleValue(nil), objects.Obj(ns))
	if err != nil {
		panic(err.Error())
	}
	ty := objects.As[objects.Type](v)
	for _, m := range members {
		var val Value
		switch m.kind {
		case mMethod:
			ty.AddMethod(m.name, m.fn)
			val, _ = ty.Dict.GetStr(objects.Intern(m.name))
		case mStatic:
			val = objects.NewBuiltin(m.name, m.fn)
		case mProperty:
			p := &objects.Property{Get: objects.NewBuiltin(m.name, m.fn), Set: objects.None, Del: objects.None, Doc: objects.None}
			if m.set != nil {
				p.Set = objects.NewBuiltin(m.name, m.set)
			}
			p.SetType(objects.PropertyType)
			val = objects.Obj(p)
		}
		objects.SetAttr(bootThread, v, objects.Intern(m.name), val)
	}
	// Builtin methods do not count as Python overrides for slot
	// synthesis, so the dunders' slots are set here.
	for _, m := range members {
		fn := m.fn
		switch m.name {
		case "__init__":
			ty.Init = func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) *Exc {
				_, err := fn(t, self, args, kwnames)
				return err
			}
		case "__iter__":
			ty.Iter = func(t *objects.Thread, self Value) (Value, *Exc) { return fn(t, self, nil, nil) }
		case "__len__":
			ty.Len = func(t *objects.Thread, self Value) (int, *Exc) {
				r, err := fn(t, self, nil, nil)
				if err != nil {
					return 0, err
				}
				n, _ := objects.IntToInt64(r)
				return int(n), nil
			}
		case "__getitem__":
			ty.GetItem = func(t *objects.Thread, self, k Value) (Value, *Exc) { return fn(t, self, []Value{k}, nil) }
		case "__contains__":
			ty.Contains = func(t *objects.Thread, self, x Value) (bool, *Exc) {
				r, err := fn(t, self, []Value{x}, nil)
				if err != nil {
					return false, err
				}
				return boolArg(t, r), nil
			}
		case "__call__":
			ty.Call = func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
				return fn(t, self, args, kwnames)
			}
		case "__repr__":
			ty.Repr = func(t *objects.Thread, self Value) (Value, *Exc) { return fn(t, self, nil, nil) }
		case "__hash__":
			ty.Hash = func(t *objects.Thread, self Value) (int64, *Exc) {
				r, err := fn(t, self, nil, nil)
				if err != nil {
					return 0, err
				}
				h, _ := objects.IntToInt64(r)
				return h, nil
			}
		case "__eq__":
			ty.RichCompare = func(t *objects.Thread, a, b Value, op objects.CompareOp) (Value, *Exc) {
				if op != objects.CmpEq && op != objects.CmpNe {
					return objects.NotImplemented, nil
				}
				r, err := fn(t, a, []Value{b}, nil)
				if err != nil || r.Is(objects.NotImplemented) || op == objects.CmpEq {
					return r, err
				}
				return objects.Bool(!boolArg(t, r)), nil
			}
		}
	}
	return ty
}

func attrOr(t *objects.Thread, v Value, name string, def Value) Value {
	r, err := getattrOpt(t, v, name)
	if err != nil || r.IsNull() {
		return def
	}
	return r
}

func setAttrs(t *objects.Thread, v Value, kv ...any) {
	for i := 0; i < len(kv); i += 2 {
		objects.GenericSetAttr(t, v, objects.Intern(kv[i].(string)), kv[i+1].(Value))
	}
}

// newSpec creates a ModuleSpec instance.
func newSpec(t *objects.Thread, name, loader, origin Value, isPackage bool) (Value, *Exc) {
	s, err := objects.CallValue(t, objects.Obj(moduleSpecType), []Value{name, loader}, nil)
	if err != nil {
		return null, err
	}
	if !origin.IsNull() {
		setAttrs(t, s, "origin", origin)
	}
	if isPackage {
		setAttrs(t, s, "submodule_search_locations", objects.NewListValue(nil))
	}
	return s, nil
}

func specInit(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
	a, err := parseArgs("ModuleSpec", args, kwnames, []string{"name", "loader", "origin", "loader_state", "is_package"}, 2)
	if err != nil {
		return null, err
	}
	for i := 2; i < 5; i++ {
		if a[i].IsNull() {
			a[i] = objects.None
		}
	}
	ssl := objects.None
	if b, _ := objects.Truth(t, a[4]); b {
		ssl = objects.NewListValue(nil)
	}
	setAttrs(t, self, "name", a[0], "loader", a[1], "origin", a[2], "loader_state", a[3],
		"submodule_search_locations", ssl, "_set_fileattr", objects.False, "_cached", objects.None,
		"_uninitialized_submodules", objects.NewListValue(nil)) // importlib._bootstrap's circular-import tracking
	return objects.None, nil
}

func specRepr(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
	var parts []string
	add := func(label, attr string, always bool) *Exc {
		v := attrOr(t, self, attr, objects.None)
		if !always && v.IsNone() {
			return nil
		}
		r, err := objects.ReprString(t, v)
		if err != nil {
			return err
		}
		parts = append(parts, label+"="+r)
		return nil
	}
	for _, f := range []struct {
		attr   string
		always bool
	}{{"name", true}, {"loader", true}, {"origin", false}, {"submodule_search_locations", false}} {
		if err := add(f.attr, f.attr, f.always); err != nil {
			return null, err
		}
	}
	return str(self.Type().Name + "(" + strings.Join(parts, ", ") + ")"), nil
}

func specEq(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
	other := args[0]
	for _, attr := range []string{"name", "loader", "origin", "submodule_search_locations", "cached", "has_location"} {
		a, err := objects.GetAttrString(t, self, attr)
		if err != nil {
			return objects.NotImplemented, nil
		}
		b, err := objects.GetAttrString(t, other, attr)
		if err != nil {
			if err.Matches(objects.ExcAttributeError) {
				return objects.NotImplemented, nil
			}
			return null, err
		}
		eq, err := objects.Equal(t, a, b)
		if err != nil {
			return null, err
		}
		if !eq {
			return objects.False, nil
		}
	}
	return objects.True, nil
}

func specParent(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
	self = args[0]
	n, err := objects.GetAttrString(t, self, "name")
	if err != nil {
		return null, err
	}
	if attrOr(t, self, "submodule_search_locations", objects.None).IsNone() {
		s, _ := strOf(n)
		if i := strings.LastIndexByte(s, '.'); i >= 0 {
			return str(s[:i]), nil
		}
		return str(""), nil
	}
	return n, nil
}

func boolArg(t *objects.Thread, v Value) bool {
	b, _ := objects.Truth(t, v)
	return b
}

func init() {
	moduleSpecType = goClass("_frozen_importlib", "ModuleSpec", []member{
		{name: "__init__", fn: specInit},
		{name: "__repr__", fn: specRepr},
		{name: "__eq__", fn: specEq},
		{name: "parent", kind: mProperty, fn: specParent},
		{name: "has_location", kind: mProperty, fn: func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
			return objects.Bool(boolArg(t, attrOr(t, args[0], "_set_fileattr", objects.False))), nil
		}, set: func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
			setAttrs(t, args[0], "_set_fileattr", objects.Bool(boolArg(t, args[1])))
			return objects.None, nil
		}},
		{name: "cached", kind: mProperty, fn: func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
			// Taipan writes no bytecode cache (sys.implementation.cache_tag
			// is None), so cached stays None unless set.
			return attrOr(t, args[0], "_cached", objects.None), nil
		}, set: func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
			setAttrs(t, args[0], "_cached", args[1])
			return objects.None, nil
		}},
	})
	objects.SetAttr(bootThread, objects.Obj(moduleSpecType), objects.Intern("__hash__"), objects.None)

	none := func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
		return objects.None, nil
	}
	falseFn := func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
		return objects.False, nil
	}
	builtinImporterType = goClass("_frozen_importlib", "BuiltinImporter", []member{
		{name: "find_spec", kind: mStatic, fn: func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
			a, err := parseArgs("find_spec", args, kwnames, []string{"fullname", "path", "target"}, 1)
			if err != nil {
				return null, err
			}
			n, _ := strOf(a[0])
			if s := builtinFindSpec(t, n); !s.IsNull() {
				return s, nil
			}
			return objects.None, nil
		}},
		{name: "create_module", kind: mStatic, fn: func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
			if err := objects.CheckArgs("create_module", args, kwnames, 1, 1); err != nil {
				return null, err
			}
			return createBuiltin(t, args[0])
		}},
		{name: "exec_module", kind: mStatic, fn: none},
		{name: "get_code", kind: mStatic, fn: none},
		{name: "get_source", kind: mStatic, fn: none},
		{name: "is_package", kind: mStatic, fn: falseFn},
		{name: "module_repr", kind: mStatic, fn: func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
			if err := objects.CheckArgs("module_repr", args, kwnames, 1, 1); err != nil {
				return null, err
			}
			n, _ := moduleName(t, args[0])
			return str("<module " + objects.QuoteStr(n) + " (built-in)>"), nil
		}},
	})
	frozenImporterType = goClass("_frozen_importlib", "FrozenImporter", []member{
		{name: "find_spec", kind: mStatic, fn: none},
		{name: "find_module", kind: mStatic, fn: none},
		{name: "is_package", kind: mStatic, fn: falseFn},
	})
	pathFinderType = goClass("_frozen_importlib_external", "PathFinder", []member{
		{name: "find_spec", kind: mStatic, fn: func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
			a, err := parseArgs("find_spec", args, kwnames, []string{"fullname", "path", "target"}, 1)
			if err != nil {
				return null, err
			}
			n, ok := strOf(a[0])
			if !ok {
				return null, objects.Errorf(objects.ExcTypeError, "find_spec() argument 'fullname' must be str")
			}
			p := a[1]
			if p.IsNull() {
				p = objects.None
			}
			s, err := pathFinderFindSpec(t, n, p)
			if err != nil || s.IsNull() {
				return objects.None, err
			}
			return s, nil
		}},
		{name: "invalidate_caches", kind: mStatic, fn: func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
			c := sysGet("path_importer_cache")
			if c.Type() != objects.DictType {
				return objects.None, nil
			}
			d := objects.As[objects.Dict](c)
			var drop []Value
			var finders []Value
			d.Items(func(k, v Value) bool {
				if v.IsNone() {
					drop = append(drop, k)
				} else {
					finders = append(finders, v)
				}
				return true
			})
			for _, k := range drop {
				d.DelItem(t, k)
			}
			for _, f := range finders {
				if ic, _ := getattrOpt(t, f, "invalidate_caches"); !ic.IsNull() {
					if _, err := objects.CallValue(t, ic, nil, nil); err != nil {
						return null, err
					}
				}
			}
			return objects.None, nil
		}},
		{name: "find_distributions", kind: mStatic, fn: func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
			m, err := ImportModule(t, "importlib.metadata")
			if err != nil {
				return null, err
			}
			f, err := objects.GetAttrString(t, m, "MetadataPathFinder")
			if err != nil {
				return null, err
			}
			fd, err := objects.GetAttrString(t, f, "find_distributions")
			if err != nil {
				return null, err
			}
			return objects.CallValue(t, fd, args, kwnames)
		}},
	})
	fileFinderType = goClass("_frozen_importlib_external", "FileFinder", []member{
		{name: "__init__", fn: func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
			if len(args) < 1 {
				return null, objects.Errorf(objects.ExcTypeError, "FileFinder() missing required argument 'path'")
			}
			p, ok := strOf(args[0])
			if !ok {
				return null, objects.Errorf(objects.ExcTypeError, "FileFinder() path must be str")
			}
			if p == "" || p == "." {
				p, _ = os.Getwd()
			} else if !filepath.IsAbs(p) {
				p, _ = filepath.Abs(p)
			}
			setAttrs(t, self, "path", str(p))
			return objects.None, nil
		}},
		{name: "__repr__", fn: func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
			r, err := objects.ReprString(t, attrOr(t, self, "path", objects.None))
			return str("FileFinder(" + r + ")"), err
		}},
		{name: "find_spec", fn: func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
			a, err := parseArgs("find_spec", args, kwnames, []string{"fullname", "target"}, 1)
			if err != nil {
				return null, err
			}
			n, _ := strOf(a[0])
			s, err := fileFinderFindSpec(t, self, n)
			if err != nil || s.IsNull() {
				return objects.None, err
			}
			return s, nil
		}},
		{name: "invalidate_caches", fn: none},
		{name: "iter_modules", fn: fileFinderIterModules},
	})
	zipHook = objects.NewBuiltin("zipimporter", func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
		if err := objects.CheckArgs("zipimporter", args, kwnames, 1, 1); err != nil {
			return null, err
		}
		p, ok := strOf(args[0])
		if !ok || zipHookBusy || !hasZipPrefix(p) {
			// (While zipimport itself is being imported, archives are
			// skipped: finding it must not need it.)
			return null, newImportError(objects.ExcImportError, "not a Zip file", null, args[0])
		}
		zipHookBusy = true
		m, err := ImportModule(t, "zipimport")
		zipHookBusy = false
		if err != nil {
			return null, err
		}
		return objects.CallMethod(t, m, "zipimporter", args[0])
	})
	pathHook = objects.NewBuiltin("path_hook_for_FileFinder", func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
		if err := objects.CheckArgs("path_hook_for_FileFinder", args, kwnames, 1, 1); err != nil {
			return null, err
		}
		p, ok := strOf(args[0])
		if !ok {
			return null, newImportError(objects.ExcImportError, "only directories are supported", null, args[0])
		}
		dir := p
		if dir == "" {
			dir = "."
		}
		if st, err := os.Stat(dir); err != nil || !st.IsDir() {
			return null, newImportError(objects.ExcImportError, "only directories are supported", null, args[0])
		}
		return objects.CallValue(t, objects.Obj(fileFinderType), []Value{args[0]}, nil)
	})

	loaderName := func(t *objects.Thread, self Value, args []Value) Value {
		if len(args) > 0 && !args[0].IsNone() {
			return args[0]
		}
		return attrOr(t, self, "name", objects.None)
	}
	sourceLoaderType = goClass("_frozen_importlib_external", "SourceFileLoader", []member{
		{name: "__init__", fn: func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
			a, err := parseArgs("SourceFileLoader", args, kwnames, []string{"fullname", "path"}, 2)
			if err != nil {
				return null, err
			}
			setAttrs(t, self, "name", a[0], "path", a[1])
			return objects.None, nil
		}},
		{name: "__eq__", fn: func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
			o := args[0]
			if o.Type() != self.Type() {
				return objects.False, nil
			}
			for _, a := range []string{"name", "path"} {
				if eq, err := objects.Equal(t, attrOr(t, self, a, objects.None), attrOr(t, o, a, objects.None)); err != nil || !eq {
					return objects.False, err
				}
			}
			return objects.True, nil
		}},
		{name: "__hash__", fn: func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
			h1, err := objects.Hash(t, attrOr(t, self, "name", objects.None))
			if err != nil {
				return null, err
			}
			h2, err := objects.Hash(t, attrOr(t, self, "path", objects.None))
			return objects.Int(h1 ^ h2), err
		}},
		{name: "create_module", fn: none},
		{name: "exec_module", fn: func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
			if err := objects.CheckArgs("exec_module", args, kwnames, 1, 1); err != nil {
				return null, err
			}
			if args[0].Type() != objects.ModuleType && !args[0].Type().IsSubtype(objects.ModuleType) {
				return null, objects.Errorf(objects.ExcTypeError, "exec_module() argument must be a module")
			}
			n, err := objects.GetAttrString(t, args[0], "__name__")
			if err != nil {
				return null, err
			}
			if err := checkLoaderName(t, self, n); err != nil {
				return null, err
			}
			return objects.None, sourceExecModule(t, self, objects.As[objects.Module](args[0]))
		}},
		{name: "load_module", fn: func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
			n := loaderName(t, self, args)
			s, ok := strOf(n)
			if !ok {
				return null, objects.Errorf(objects.ExcTypeError, "load_module() needs a module name")
			}
			if m, ok := sysModules.GetStr(objects.NewStr(s)); ok && m.Type() == objects.ModuleType {
				return m, sourceExecModule(t, self, objects.As[objects.Module](m))
			}
			spec, err := sourceSpec(t, s, self, attrOr(t, self, "path", objects.None), false)
			if err != nil {
				return null, err
			}
			return loadUnlocked(t, spec)
		}},
		{name: "get_filename", fn: func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
			if err := checkLoaderName(t, self, optArg(args)); err != nil {
				return null, err
			}
			return attrOr(t, self, "path", objects.None), nil
		}},
		{name: "is_package", fn: func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
			p, _ := strOf(attrOr(t, self, "path", objects.None))
			base := filepath.Base(p)
			base = strings.TrimSuffix(base, filepath.Ext(base))
			n, _ := strOf(loaderName(t, self, args))
			tail := n[strings.LastIndexByte(n, '.')+1:]
			return objects.Bool(base == "__init__" && tail != "__init__"), nil
		}},
		{name: "get_data", fn: func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
			if err := objects.CheckArgs("get_data", args, kwnames, 1, 1); err != nil {
				return null, err
			}
			p, _ := strOf(args[0])
			data, err := os.ReadFile(p)
			if err != nil {
				return null, osError(err, p)
			}
			return objects.NewBytes(data), nil
		}},
		{name: "path_stats", fn: func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
			if err := objects.CheckArgs("path_stats", args, kwnames, 1, 1); err != nil {
				return null, err
			}
			p, _ := strOf(args[0])
			st, err := os.Stat(p)
			if err != nil {
				return null, osError(err, p)
			}
			d := objects.NewDict()
			d.SetStr(objects.Intern("mtime"), objects.Float(float64(st.ModTime().UnixNano())/1e9))
			d.SetStr(objects.Intern("size"), objects.Int(st.Size()))
			return objects.Obj(d), nil
		}},
		{name: "get_source", fn: func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
			if err := checkLoaderName(t, self, optArg(args)); err != nil {
				return null, err
			}
			p, _ := strOf(attrOr(t, self, "path", objects.None))
			data, err := os.ReadFile(p)
			if err != nil {
				return null, newImportError(objects.ExcImportError, "source not available through get_data()", loaderName(t, self, args), null)
			}
			text, e := syntax.DecodeSource(data)
			if e != nil {
				return null, objects.Errorf(objects.ExcSyntaxError, "%v", e)
			}
			text = strings.ReplaceAll(strings.ReplaceAll(text, "\r\n", "\n"), "\r", "\n")
			return str(text), nil
		}},
		{name: "get_code", fn: func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
			if err := checkLoaderName(t, self, optArg(args)); err != nil {
				return null, err
			}
			p, _ := strOf(attrOr(t, self, "path", objects.None))
			code, err := compileFile(p)
			if err != nil {
				return null, err
			}
			return objects.Obj(code), nil
		}},
		{name: "source_to_code", fn: func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
			a, err := parseArgs("source_to_code", args, kwnames, []string{"data", "path", "_optimize"}, 2)
			if err != nil {
				return null, err
			}
			src, err := sourceArg(t, a[0], "source_to_code")
			if err != nil {
				return null, err
			}
			p, _ := objects.StrString(t, a[1])
			code, err := compileSource(src, p, syntax.ModeExec)
			if err != nil {
				return null, err
			}
			return objects.Obj(code), nil
		}},
		{name: "get_resource_reader", fn: func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
			m, err := ImportModule(t, "importlib.readers")
			if err != nil {
				return null, err
			}
			return objects.CallMethod(t, m, "FileReader", self)
		}},
	})

	namespaceLoaderType = goClass("_frozen_importlib_external", "NamespaceLoader", []member{
		{name: "__init__", fn: func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
			a, err := parseArgs("NamespaceLoader", args, kwnames, []string{"name", "path", "path_finder"}, 2)
			if err != nil {
				return null, err
			}
			setAttrs(t, self, "_path", a[1])
			return objects.None, nil
		}},
		{name: "create_module", fn: none},
		{name: "exec_module", fn: none},
		{name: "is_package", fn: func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
			return objects.True, nil
		}},
		{name: "get_source", fn: func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
			return str(""), nil
		}},
		{name: "get_code", fn: func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
			code, err := compileSource(nil, "<string>", syntax.ModeExec)
			if err != nil {
				return null, err
			}
			return objects.Obj(code), nil
		}},
		{name: "get_resource_reader", fn: func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
			m, err := ImportModule(t, "importlib.readers")
			if err != nil {
				return null, err
			}
			return objects.CallMethod(t, m, "NamespaceReader", attrOr(t, self, "_path", objects.None))
		}},
	})
}

func newNamespaceLoader(t *objects.Thread, name, path Value) Value {
	l, err := objects.CallValue(t, objects.Obj(namespaceLoaderType), []Value{name, path, objects.None}, nil)
	if err != nil {
		return objects.None
	}
	return l
}

// checkLoaderName is importlib's _check_name: a file loader serves only
// the module it was created for.
func checkLoaderName(t *objects.Thread, loader, name Value) *Exc {
	if name.IsNull() || name.IsNone() {
		return nil
	}
	own := attrOr(t, loader, "name", objects.None)
	eq, err := objects.Equal(t, own, name)
	if err != nil || eq {
		return err
	}
	a, _ := objects.StrString(t, own)
	b, _ := objects.StrString(t, name)
	return newImportError(objects.ExcImportError, "loader for "+a+" cannot handle "+b, name, null)
}

func optArg(args []Value) Value {
	if len(args) > 0 {
		return args[0]
	}
	return null
}

// ---- finding ----

// builtinFindSpec is BuiltinImporter.find_spec: Null when name is not a
// native module.
func builtinFindSpec(t *objects.Thread, name string) Value {
	if !isBuiltinName(name) {
		return null
	}
	s, err := newSpec(t, str(name), objects.Obj(builtinImporterType), str("built-in"), false)
	if err != nil {
		return null
	}
	return s
}

func isBuiltinName(name string) bool {
	if name == "sys" || name == "builtins" {
		return true
	}
	_, ok := objects.NativeModule(name)
	return ok
}

// createBuiltin creates a native module from its spec (_imp.create_builtin).
func createBuiltin(t *objects.Thread, spec Value) (Value, *Exc) {
	name, err := specName(t, spec)
	if err != nil {
		return null, err
	}
	switch name {
	case "sys":
		return objects.Obj(sysModule), nil
	case "builtins":
		return objects.Obj(builtinsModule), nil
	}
	init, ok := objects.NativeModule(name)
	if !ok {
		return null, newImportError(objects.ExcImportError, "no built-in module named "+name, str(name), null)
	}
	m := objects.NewModule(name)
	if err := init(t, m); err != nil {
		return null, err
	}
	return objects.Obj(m), nil
}

// pathFinderFindSpec is PathFinder.find_spec: search path (sys.path when
// None) through the path-entry finders.
func pathFinderFindSpec(t *objects.Thread, name string, path Value) (Value, *Exc) {
	if path.IsNone() {
		path = sysGet("path")
		if path.IsNull() {
			return null, nil
		}
	}
	entries, err := objects.IterToSlice(t, path)
	if err != nil {
		return null, err
	}
	var namespacePath []Value
	for _, e := range entries {
		if _, ok := strOf(e); !ok {
			continue
		}
		finder, err := pathImporter(t, e)
		if err != nil {
			return null, err
		}
		if finder.IsNull() || finder.IsNone() {
			continue
		}
		var spec Value
		if finder.Type() == fileFinderType {
			spec, err = fileFinderFindSpec(t, finder, name)
		} else {
			fs, e := getattrOpt(t, finder, "find_spec")
			if e != nil {
				return null, e
			}
			if fs.IsNull() {
				continue
			}
			spec, err = objects.CallValue(t, fs, []Value{str(name)}, nil)
		}
		if err != nil {
			return null, err
		}
		if spec.IsNull() || spec.IsNone() {
			continue
		}
		if l := attrOr(t, spec, "loader", objects.None); !l.IsNone() {
			return spec, nil
		}
		portions := attrOr(t, spec, "submodule_search_locations", objects.None)
		if portions.IsNone() {
			return null, objects.Errorf(objects.ExcImportError, "spec missing loader")
		}
		items, err := objects.IterToSlice(t, portions)
		if err != nil {
			return null, err
		}
		namespacePath = append(namespacePath, items...)
	}
	if len(namespacePath) == 0 {
		return null, nil
	}
	nsPath, err := newNamespacePath(t, name, namespacePath)
	if err != nil {
		return null, err
	}
	spec, err := newSpec(t, str(name), objects.None, objects.None, false)
	if err != nil {
		return null, err
	}
	setAttrs(t, spec, "submodule_search_locations", nsPath)
	return spec, nil
}

// pathImporter returns the finder for a path entry, from
// sys.path_importer_cache or the hooks of sys.path_hooks.
func pathImporter(t *objects.Thread, entry Value) (Value, *Exc) {
	if s, _ := strOf(entry); s == "" {
		cwd, err := os.Getwd()
		if err != nil {
			return null, nil
		}
		entry = str(cwd)
	}
	cacheV := sysGet("path_importer_cache")
	var cache *objects.Dict
	if cacheV.Type() == objects.DictType {
		cache = objects.As[objects.Dict](cacheV)
		if f, ok, err := cache.GetItem(t, entry); err != nil || ok {
			return f, err
		}
	}
	finder := objects.None
	if hooks := sysGet("path_hooks"); !hooks.IsNull() {
		hs, err := objects.IterToSlice(t, hooks)
		if err != nil {
			return null, err
		}
		for _, h := range hs {
			f, err := objects.CallValue(t, h, []Value{entry}, nil)
			if err != nil {
				if err.Matches(objects.ExcImportError) {
					continue
				}
				return null, err
			}
			finder = f
			break
		}
	}
	if cache != nil {
		if err := cache.SetItem(t, entry, finder); err != nil {
			return null, err
		}
	}
	return finder, nil
}

func isFile(p string) bool {
	st, err := os.Stat(p)
	return err == nil && st.Mode().IsRegular()
}

func isDir(p string) bool {
	st, err := os.Stat(p)
	return err == nil && st.IsDir()
}

// fileFinderFindSpec looks for name's last component in the finder's
// directory: a package directory with __init__.py, a module file, or a
// directory that may be a namespace package portion.
func fileFinderFindSpec(t *objects.Thread, finder Value, name string) (Value, *Exc) {
	dir, _ := strOf(attrOr(t, finder, "path", objects.None))
	tail := name[strings.LastIndexByte(name, '.')+1:]
	base := filepath.Join(dir, tail)
	if isDir(base) {
		if init := filepath.Join(base, "__init__.py"); isFile(init) {
			return sourceSpec(t, name, null, str(init), true)
		}
		if !isFile(base + ".py") {
			spec, err := newSpec(t, str(name), objects.None, objects.None, false)
			if err != nil {
				return null, err
			}
			setAttrs(t, spec, "submodule_search_locations", objects.NewListValue([]Value{str(base)}))
			return spec, nil
		}
	}
	if p := base + ".py"; isFile(p) {
		return sourceSpec(t, name, null, str(p), false)
	}
	return null, nil
}

// sourceSpec is spec_from_file_location for a source file.
func sourceSpec(t *objects.Thread, name string, loader, path Value, isPkg bool) (Value, *Exc) {
	if loader.IsNull() {
		l, err := objects.CallValue(t, objects.Obj(sourceLoaderType), []Value{str(name), path}, nil)
		if err != nil {
			return null, err
		}
		loader = l
	}
	spec, err := newSpec(t, str(name), loader, path, false)
	if err != nil {
		return null, err
	}
	setAttrs(t, spec, "_set_fileattr", objects.True)
	if isPkg {
		p, _ := strOf(path)
		setAttrs(t, spec, "submodule_search_locations", objects.NewListValue([]Value{str(filepath.Dir(p))}))
	}
	return spec, nil
}

// fileFinderIterModules is FileFinder.iter_modules(prefix=”), which
// pkgutil.iter_modules uses: (name, ispkg) for the modules and packages
// of the directory.
func fileFinderIterModules(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
	a, err := parseArgs("iter_modules", args, kwnames, []string{"prefix"}, 0)
	if err != nil {
		return null, err
	}
	prefix := ""
	if !a[0].IsNull() {
		prefix, _ = strOf(a[0])
	}
	dir, _ := strOf(attrOr(t, self, "path", objects.None))
	ents, e := os.ReadDir(dir)
	if e != nil {
		return objects.NewListValue(nil), nil
	}
	names := make([]string, 0, len(ents))
	for _, en := range ents {
		names = append(names, en.Name())
	}
	sort.Strings(names)
	seen := map[string]bool{"__init__": true}
	var out []Value
	for _, fn := range names {
		p := filepath.Join(dir, fn)
		modname, ispkg := "", false
		if strings.HasSuffix(fn, ".py") && isFile(p) {
			modname = strings.TrimSuffix(fn, ".py")
		} else if isDir(p) && !strings.Contains(fn, ".") {
			if !isFile(filepath.Join(p, "__init__.py")) {
				continue
			}
			modname, ispkg = fn, true
		}
		if modname == "" || seen[modname] {
			continue
		}
		seen[modname] = true
		out = append(out, objects.NewTupleValue([]Value{str(prefix + modname), objects.Bool(ispkg)}))
	}
	return objects.NewListValue(out), nil
}

// ---- executing source ----

// compileFile reads and compiles a source file.
func compileFile(path string) (*objects.Code, *Exc) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, osError(err, path)
	}
	return cachedCompile(data, path, func() (*objects.Code, *Exc) {
		return compileSource(data, path, syntax.ModeExec)
	})
}

// sourceExecModule is SourceFileLoader.exec_module: compile the file and
// run it in the module's namespace.
func sourceExecModule(t *objects.Thread, loader Value, m *objects.Module) *Exc {
	p, ok := strOf(attrOr(t, loader, "path", objects.None))
	if !ok {
		return objects.Errorf(objects.ExcImportError, "loader has no path")
	}
	code, err := compileFile(p)
	if err != nil {
		return err
	}
	return ExecModule(t, code, m)
}

// osError converts a Go file error into OSError/FileNotFoundError.
func osError(err error, path string) *Exc {
	cls := objects.ExcOSError
	msg, errno := err.Error(), 0
	var en syscall.Errno
	if errors.As(err, &en) {
		errno = int(en)
		msg = en.Error()
		if msg != "" {
			msg = strings.ToUpper(msg[:1]) + msg[1:]
		}
	}
	switch {
	case os.IsNotExist(err):
		cls = objects.ExcFileNotFoundError
	case os.IsPermission(err):
		cls = objects.ExcPermissionError
	case errno == int(syscall.EISDIR):
		cls = objects.ExcIsADirectoryError
	}
	return objects.Errorf(cls, "[Errno %d] %s: %s", errno, msg, objects.QuoteStr(path))
}

// ---- _NamespacePath: the __path__ of a namespace package ----

// A namespace package's portions are recomputed when its parent's path
// (sys.path for a top-level package) changes, as CPython's
// _NamespacePath does.

var namespacePathType *objects.Type

func newNamespacePath(t *objects.Thread, name string, portions []Value) (Value, *Exc) {
	v, err := objects.CallValue(t, objects.Obj(namespacePathType), nil, nil)
	if err != nil {
		return null, err
	}
	parent, err := nsParentPath(t, name)
	if err != nil {
		return null, err
	}
	setAttrs(t, v, "_name", str(name), "_path", objects.NewListValue(portions), "_last_parent_path", parent)
	return v, nil
}

// nsParentPath is tuple(sys.path) or tuple(parent.__path__).
func nsParentPath(t *objects.Thread, name string) (Value, *Exc) {
	var p Value
	if i := strings.LastIndexByte(name, '.'); i >= 0 {
		m, ok := sysModules.GetStr(objects.NewStr(name[:i]))
		if !ok {
			return objects.NewTupleValue(nil), nil
		}
		r, err := getattrOpt(t, m, "__path__")
		if err != nil || r.IsNull() {
			return objects.NewTupleValue(nil), err
		}
		p = r
	} else {
		p = sysGet("path")
	}
	items, err := objects.IterToSlice(t, p)
	if err != nil {
		return null, err
	}
	return objects.NewTupleValue(items), nil
}

func nsRecalculate(t *objects.Thread, self Value) (Value, *Exc) {
	name, _ := strOf(attrOr(t, self, "_name", objects.None))
	parent, err := nsParentPath(t, name)
	if err != nil {
		return null, err
	}
	eq, err := objects.Equal(t, parent, attrOr(t, self, "_last_parent_path", objects.None))
	if err != nil {
		return null, err
	}
	if !eq {
		spec, err := pathFinderFindSpec(t, name, parent)
		if err != nil {
			return null, err
		}
		if !spec.IsNull() && attrOr(t, spec, "loader", objects.None).IsNone() {
			if ssl := attrOr(t, spec, "submodule_search_locations", objects.None); ssl.Type() == namespacePathType {
				setAttrs(t, self, "_path", attrOr(t, ssl, "_path", objects.NewListValue(nil)))
			}
		}
		setAttrs(t, self, "_last_parent_path", parent)
	}
	return attrOr(t, self, "_path", objects.NewListValue(nil)), nil
}

func init() {
	namespacePathType = goClass("_frozen_importlib_external", "_NamespacePath", []member{
		{name: "__iter__", fn: func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
			p, err := nsRecalculate(t, self)
			if err != nil {
				return null, err
			}
			return objects.GetIter(t, p)
		}},
		{name: "__len__", fn: func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
			p, err := nsRecalculate(t, self)
			if err != nil {
				return null, err
			}
			n, err := objects.Len(t, p)
			return objects.Int(int64(n)), err
		}},
		{name: "__getitem__", fn: func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
			p, err := nsRecalculate(t, self)
			if err != nil {
				return null, err
			}
			return objects.GetItem(t, p, args[0])
		}},
		{name: "__contains__", fn: func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
			p, err := nsRecalculate(t, self)
			if err != nil {
				return null, err
			}
			b, err := objects.Contains(t, p, args[0])
			return objects.Bool(b), err
		}},
		{name: "__repr__", fn: func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
			r, err := objects.ReprString(t, attrOr(t, self, "_path", objects.None))
			return str("_NamespacePath(" + r + ")"), err
		}},
		{name: "append", fn: func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
			if err := objects.CheckArgs("append", args, kwnames, 1, 1); err != nil {
				return null, err
			}
			return objects.CallMethod(t, attrOr(t, self, "_path", objects.None), "append", args[0])
		}},
	})
}

// hasZipPrefix reports whether p or one of its parent paths is a regular
// file (an archive, possibly followed by a path inside it).
func hasZipPrefix(p string) bool {
	for p != "" && p != "/" && p != "." {
		if st, err := os.Stat(p); err == nil {
			return st.Mode().IsRegular()
		}
		p = filepath.Dir(p)
	}
	return false
}
