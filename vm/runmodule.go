package vm

import (
	"io"
	"strings"

	"taipan/objects"
)

// `python -m name`: runpy's _run_module_as_main, in Go. The module is
// located with the import system (its parent packages are imported
// first), a package runs its __main__ submodule, and the code runs in
// the __main__ module's namespace with __spec__, __file__, __loader__
// and __package__ from the spec; sys.argv[0] becomes the file's path.

var (
	runpyRunModule = frozenCode("<frozen runpy>", "_run_module_as_main", 198)
	runpyRunCode   = frozenCode("<frozen runpy>", "_run_code", 88)
)

// frozenCode is a code object standing for a frame of a frozen module
// in tracebacks (file and line, no source).
func frozenCode(file, name string, line int) *objects.Code {
	c := &objects.Code{Name: name, Qualname: name, Filename: file, FirstLine: line,
		Positions: []objects.Position{{Line: int32(line)}}}
	c.SetType(objects.CodeType)
	return c
}

// runModuleError is a failure runpy reports as "<executable>: message".
type runModuleError struct{ msg string }

// RunModuleNamed runs module name as __main__. msg is non-empty when the
// module cannot be run; the caller prints it after the program name
// (CPython: "python3: No module named x") and exits with status 1.
func RunModuleNamed(name string, stdout, stderr io.Writer) (status int, msg string) {
	return runAsMain(name, true, stdout, stderr)
}

// RunMainDirectory runs the __main__ module found on sys.path[0] (a
// directory given as the script): runpy's _run_module_as_main("__main__",
// alter_argv=False).
func RunMainDirectory(stdout, stderr io.Writer) (status int, msg string) {
	return runAsMain("__main__", false, stdout, stderr)
}

func runAsMain(name string, alterArgv bool, stdout, stderr io.Writer) (status int, msg string) {
	status = runMain(stdout, stderr, func(t *objects.Thread, main *objects.Module) *Exc {
		var spec Value
		var code *objects.Code
		var rerr *runModuleError
		var err *Exc
		if name == "__main__" {
			key := objects.Intern("__main__")
			saved, _ := sysModules.GetStr(key)
			sysModules.DelStr(key)
			spec, code, rerr, err = moduleDetails(t, name)
			sysModules.SetStr(key, saved)
			if rerr != nil || (err != nil && err.Matches(objects.ExcImportError)) {
				p0 := ""
				if p := sysGet("path"); p.Type() == objects.ListType && len(objects.As[objects.List](p).Items) > 0 {
					p0, _ = objects.ReprString(t, objects.As[objects.List](p).Items[0])
				}
				rerr, err = &runModuleError{"can't find '__main__' module in " + p0}, nil
			}
		} else {
			spec, code, rerr, err = moduleDetails(t, name)
		}
		if err != nil {
			return err
		}
		if rerr != nil {
			msg = rerr.msg
			return nil
		}
		origin := attrOr(t, spec, "origin", objects.None)
		if argv := sysGet("argv"); alterArgv && argv.Type() == objects.ListType {
			if l := objects.As[objects.List](argv); len(l.Items) > 0 {
				l.Items[0] = origin
			}
		}
		d := main.Dict
		set := func(k string, v Value) { d.SetStr(objects.Intern(k), v) }
		set("__name__", str("__main__"))
		set("__file__", origin)
		set("__cached__", attrOr(t, spec, "cached", objects.None))
		set("__doc__", objects.None)
		set("__loader__", attrOr(t, spec, "loader", objects.None))
		set("__package__", attrOr(t, spec, "parent", objects.None))
		set("__spec__", spec)
		err = ExecModule(t, code, main)
		if err != nil && !err.Matches(objects.ExcSystemExit) {
			// CPython's traceback shows runpy's frames.
			err.AddTraceback(runpyRunCode, 0)
			err.AddTraceback(runpyRunModule, 0)
		}
		return err
	})
	if msg != "" {
		return 1, msg
	}
	return status, ""
}

// moduleDetails is runpy._get_module_details: the spec and code object
// of the module to run, or the message runpy would exit with.
func moduleDetails(t *objects.Thread, name string) (Value, *objects.Code, *runModuleError, *Exc) {
	if strings.HasPrefix(name, ".") {
		return null, nil, &runModuleError{"Relative module names not supported"}, nil
	}
	if i := strings.LastIndexByte(name, '.'); i >= 0 {
		pkg := name[:i]
		if _, err := importModuleLevel(t, pkg, nil, null, 0); err != nil {
			if !err.Matches(objects.ExcImportError) {
				return null, nil, nil, err
			}
			en, _ := strOf(attrOr(t, objects.Obj(err), "name", objects.None))
			if en == "" || (en != pkg && !strings.HasPrefix(pkg, en+".")) {
				return null, nil, nil, err
			}
		}
	}
	spec, err := utilFindSpec(t, name)
	if err != nil {
		if err.Matches(objects.ExcImportError) || err.Matches(objects.ExcAttributeError) || err.Matches(objects.ExcTypeError) || err.Matches(objects.ExcValueError) {
			s, _ := objects.StrString(t, objects.Obj(err))
			msg := "Error while finding module specification for " + objects.QuoteStr(name) + " (" + err.Type().Name + ": " + s + ")"
			if strings.HasSuffix(name, ".py") {
				msg += ". Try using '" + name[:len(name)-3] + "' instead of '" + name + "' as the module name."
			}
			return null, nil, &runModuleError{msg}, nil
		}
		return null, nil, nil, err
	}
	if spec.IsNull() || spec.IsNone() {
		return null, nil, &runModuleError{"No module named " + name}, nil
	}
	if !attrOr(t, spec, "submodule_search_locations", objects.None).IsNone() {
		if name == "__main__" || strings.HasSuffix(name, ".__main__") {
			return null, nil, &runModuleError{"Cannot use package as __main__ module"}, nil
		}
		s, c, rerr, err := moduleDetails(t, name+".__main__")
		if rerr != nil {
			if _, ok := sysModules.GetStr(objects.NewStr(name)); ok {
				rerr = &runModuleError{rerr.msg + "; " + objects.QuoteStr(name) + " is a package and cannot be directly executed"}
			}
		}
		return s, c, rerr, err
	}
	loader := attrOr(t, spec, "loader", objects.None)
	if loader.IsNone() {
		return null, nil, &runModuleError{objects.QuoteStr(name) + " is a namespace package and cannot be executed"}, nil
	}
	cv, err := objects.CallMethod(t, loader, "get_code", str(name))
	if err != nil {
		if err.Matches(objects.ExcImportError) {
			s, _ := objects.StrString(t, objects.Obj(err))
			return null, nil, &runModuleError{s}, nil
		}
		return null, nil, nil, err
	}
	if cv.Type() != objects.CodeType {
		return null, nil, &runModuleError{"No code object available for " + name}, nil
	}
	return spec, objects.As[objects.Code](cv), nil, nil
}

// utilFindSpec is importlib.util.find_spec(name) for an absolute name.
func utilFindSpec(t *objects.Thread, name string) (Value, *Exc) {
	if m, ok := sysModules.GetStr(objects.NewStr(name)); ok {
		if m.IsNone() {
			return objects.None, nil
		}
		spec, err := getattrOpt(t, m, "__spec__")
		if err != nil {
			return null, err
		}
		if spec.IsNull() {
			return null, objects.Errorf(objects.ExcValueError, "%s.__spec__ is not set", name)
		}
		if spec.IsNone() {
			return null, objects.Errorf(objects.ExcValueError, "%s.__spec__ is None", name)
		}
		return spec, nil
	}
	path := objects.None
	if i := strings.LastIndexByte(name, '.'); i >= 0 {
		parent := name[:i]
		pm, err := importModuleLevel(t, parent, nil, objects.NewListValue([]Value{str("__path__")}), 0)
		if err != nil {
			return null, err
		}
		p, err := getattrOpt(t, pm, "__path__")
		if err != nil {
			return null, err
		}
		if p.IsNull() {
			return null, newImportError(objects.ExcModuleNotFoundError, "__path__ attribute not found on "+objects.QuoteStr(parent)+
				" while trying to find "+objects.QuoteStr(name), str(name), null)
		}
		path = p
	}
	return findSpec(t, name, path, null)
}
