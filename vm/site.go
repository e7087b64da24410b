package vm

import (
	"os"
	"path/filepath"
	"strings"

	"taipan/objects"
)

// The builtins the site module adds (exit, quit, copyright, credits,
// license, help), as _sitebuiltins defines them. Taipan does not run
// site.py at start-up (it would import os and much of the standard
// library before every program); these are installed directly unless -S.

var quitterType, printerType, helperType *objects.Type

func init() {
	quitterType = goClass("_sitebuiltins", "Quitter", []member{
		{name: "__repr__", fn: func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
			n, _ := strOf(attrOr(t, self, "name", objects.None))
			e, _ := strOf(attrOr(t, self, "eof", objects.None))
			return str("Use " + n + "() or " + e + " to exit"), nil
		}},
		{name: "__call__", fn: func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
			if len(args) > 1 || kwnames.Len() > 0 {
				if kwnames.Len() > 0 {
					return null, objects.Errorf(objects.ExcTypeError, "Quitter.__call__() got an unexpected keyword argument '%s'", objects.As[objects.Str](kwnames.Items[0]).S)
				}
				return null, objects.Errorf(objects.ExcTypeError, "Quitter.__call__() takes from 1 to 2 positional arguments but %d were given", len(args)+1)
			}
			code := objects.None
			if len(args) == 1 {
				code = args[0]
			}
			return null, objects.NewException(objects.ExcSystemExit, code)
		}},
	})
	printerText := func(t *objects.Thread, self Value) string {
		data, _ := strOf(attrOr(t, self, "_Printer__data", objects.None))
		if files, ok := objects.As[objects.List](attrOr(t, self, "_Printer__filenames", objects.NewListValue(nil))), true; ok {
			for _, f := range files.Items {
				p, _ := strOf(f)
				if b, err := os.ReadFile(p); err == nil && len(b) > 0 {
					return strings.ReplaceAll(string(b), "\r\n", "\n")
				}
			}
		}
		return data
	}
	printerType = goClass("_sitebuiltins", "_Printer", []member{
		{name: "__repr__", fn: func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
			text := printerText(t, self)
			if strings.Count(text, "\n")+1 <= 23 {
				return str(text), nil
			}
			n, _ := strOf(attrOr(t, self, "_Printer__name", objects.None))
			return str("Type " + n + "() to see the full " + n + " text"), nil
		}},
		{name: "__call__", fn: func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
			if err := objects.NoArgs("__call__", args, kwnames); err != nil {
				return null, err
			}
			_, err := objects.CallMethod(t, sysGet("stdout"), "write", str(printerText(t, self)+"\n"))
			return objects.None, err
		}},
	})
	helperType = goClass("_sitebuiltins", "_Helper", []member{
		{name: "__repr__", fn: func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
			return str("Type help() for interactive help, or help(object) for help about object."), nil
		}},
		{name: "__call__", fn: func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
			m, err := ImportModule(t, "pydoc")
			if err != nil {
				return null, err
			}
			h, err := objects.GetAttrString(t, m, "help")
			if err != nil {
				return null, err
			}
			return objects.CallValue(t, h, args, kwnames)
		}},
	})
}

// installSiteBuiltins adds exit, quit, copyright, credits, license and
// help to builtins.
func installSiteBuiltins(t *objects.Thread) {
	newObj := func(ty *objects.Type, kv ...any) Value {
		v, err := objects.CallValue(t, objects.Obj(ty), nil, nil)
		if err != nil {
			return objects.None
		}
		setAttrs(t, v, kv...)
		return v
	}
	for _, n := range []string{"quit", "exit"} {
		setb(n, newObj(quitterType, "name", str(n), "eof", str("Ctrl-D (i.e. EOF)")))
	}
	printer := func(name, data string, files []string) Value {
		return newObj(printerType, "_Printer__name", str(name), "_Printer__data", str(data),
			"_Printer__lines", objects.None, "_Printer__filenames", strList(files))
	}
	cr, _ := strOf(sysGet("copyright"))
	setb("copyright", printer("copyright", cr, nil))
	setb("credits", printer("credits", "    Thanks to CWI, CNRI, BeOpen.com, Zope Corporation and a cast of thousands\n"+
		"    for supporting Python development.  See www.python.org for more information.", nil))
	var files []string
	std := stdlibDir()
	for _, d := range []string{filepath.Join(std, ".."), std, "."} {
		for _, f := range []string{"LICENSE.txt", "LICENSE"} {
			files = append(files, filepath.Join(d, f))
		}
	}
	setb("license", printer("license", "See https://www.python.org/psf/license/", files))
	setb("help", newObj(helperType))
}
