package vm

import (
	"errors"
	"taipan/compile"
	"taipan/objects"
	"taipan/syntax"
)

// eval, exec, compile and globals: the builtins that run source text.

func sourceArg(t *objects.Thread, v Value, name string) ([]byte, *Exc) {
	switch v.Type() {
	case objects.StrType:
		return []byte(objects.As[objects.Str](v).S), nil
	case objects.BytesType:
		return objects.As[objects.Bytes](v).B, nil
	}
	if name == "compile" {
		return nil, objects.Errorf(objects.ExcTypeError, "compile() arg 1 must be a string, bytes or AST object")
	}
	return nil, objects.Errorf(objects.ExcTypeError, "%s() arg 1 must be a string, bytes or code object", name)
}

func compileSource(src []byte, filename string, mode syntax.Mode) (*objects.Code, *Exc) {
	return compileSourceWarn(nil, src, filename, mode)
}

// compileSourceWarn is compileSource issuing the parser's and compiler's
// warnings through the warnings module of thread t (nil: none), as
// exec/eval/compile() of source text do.
func compileSourceWarn(t *objects.Thread, src []byte, filename string, mode syntax.Mode) (*objects.Code, *Exc) {
	warn := syntaxWarner(t)
	tree, err := syntax.ParseFlagsBytes(src, filename, mode, syntax.ParseFlags{Warn: warn})
	if err == nil {
		var code *objects.Code
		code, err = compile.CompileWarn(tree, filename, src, warn)
		if err == nil {
			return code, nil
		}
	}
	if se, ok := err.(*syntax.SyntaxError); ok {
		cls := objects.ExcSyntaxError
		switch se.Class {
		case "IndentationError":
			cls = objects.ExcIndentationError
		case "TabError":
			cls = objects.ExcTabError
		}
		detail := objects.NewTupleValue([]Value{objects.NewStrValue(se.Filename), objects.Int(int64(se.Lineno)),
			objects.Int(int64(se.Offset)), objects.NewStrValue(se.Text), objects.Int(int64(se.EndLineno)), objects.Int(int64(se.EndOffset))})
		return nil, objects.NewException(cls, objects.NewStrValue(se.Msg), detail)
	}
	return nil, objects.Errorf(objects.ExcSystemError, "%v", err)
}

// errWarningRaised tells the parser or compiler that a warning became an
// exception (a warnings filter set to "error"): it then raises a
// SyntaxError with the warning's message instead.
var errWarningRaised = errors.New("warning raised")

// syntaxWarner returns the Warn hook of syntax.ParseFlags and
// compile.CompileWarn for thread t: warnings.warn_explicit(message,
// category, filename, lineno); nil without a thread.
func syntaxWarner(t *objects.Thread) func(*syntax.Warning) error {
	if t == nil {
		return nil
	}
	return func(w *syntax.Warning) error {
		cat := objects.ExcSyntaxWarning
		if w.Category == "DeprecationWarning" {
			cat = objects.ExcDeprecationWarning
		}
		m, err := objects.ImportModule(t, "warnings")
		if err != nil {
			return nil
		}
		f, err := objects.GetAttrString(t, m, "warn_explicit")
		if err != nil {
			return nil
		}
		if _, err := objects.CallValue(t, f, []Value{objects.NewStrValue(w.Msg), objects.Obj(cat), objects.NewStrValue(w.Filename), objects.Int(int64(w.Lineno))}, nil); err != nil {
			return errWarningRaised
		}
		return nil
	}
}

// runCode runs code with the given globals (and class-style locals).
func runCode(t *objects.Thread, code *objects.Code, globals, locals *objects.Dict) (Value, *Exc) {
	builtins := Builtins
	if b, ok := globals.GetStr(objects.Intern("__builtins__")); !ok {
		globals.SetStr(objects.Intern("__builtins__"), objects.Obj(Builtins))
	} else if b.IsInstance(objects.DictType) {
		// exec/eval with globals['__builtins__'] set run with those builtins
		builtins = objects.As[objects.Dict](b)
	} else if b.Type() == objects.ModuleType {
		builtins = objects.As[objects.Module](b).Dict
	}
	fn := &objects.Function{Code: code, Globals: globals, Builtins: builtins, Name: code.Name, Qualname: code.Qualname}
	fn.SetType(objects.FunctionType)
	if locals != nil && locals != globals {
		// names in exec'd code go through the locals mapping as in a class body
		fn.Code = namesVariant(code)
		return callPython(t, fn, nil, nil, locals)
	}
	return callPython(t, fn, nil, nil, nil)
}

func evalExec(name string, mode syntax.Mode) objects.BuiltinFn {
	return func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
		if err := objects.CheckArgs(name, args, kwnames, 1, 3); err != nil {
			return null, err
		}
		var globals *objects.Dict
		if len(args) > 1 && !args[1].IsNone() {
			if !args[1].IsInstance(objects.DictType) {
				return null, objects.Errorf(objects.ExcTypeError, "%s() globals must be a dict, not %s", name, args[1].Type().Name)
			}
			globals = objects.As[objects.Dict](args[1])
		} else if f := t.Func(); f != nil {
			globals = f.Globals
		} else {
			globals = objects.NewDict()
		}
		var locals *objects.Dict
		if len(args) > 2 && !args[2].IsNone() {
			switch {
			case args[2].IsInstance(objects.DictType):
				locals = objects.As[objects.Dict](args[2])
			case args[2].Type().GetItem != nil:
				// any other mapping: name operations go through a proxy
				// dict whose item slots forward to it (as class bodies
				// with a __prepare__ mapping)
				locals = newNSProxy(args[2])
				defer dropNSProxy(locals)
			default:
				return null, objects.Errorf(objects.ExcTypeError, "locals must be a mapping")
			}
		}
		var code *objects.Code
		if args[0].Type() == objects.CodeType {
			code = objects.As[objects.Code](args[0])
			if n := len(code.Freevars); n > 0 {
				if mode == syntax.ModeEval {
					return null, objects.Errorf(objects.ExcTypeError, "code object passed to eval() may not contain free variables")
				}
				return null, objects.Errorf(objects.ExcTypeError, "code object requires a closure of exactly length %d", n)
			}
		} else {
			src, err := sourceArg(t, args[0], name)
			if err != nil {
				return null, err
			}
			if mode == syntax.ModeEval {
				// eval ignores leading spaces and tabs of a string
				for len(src) > 0 && (src[0] == ' ' || src[0] == '\t') {
					src = src[1:]
				}
			}
			if code, err = compileSourceWarn(t, src, "<string>", mode); err != nil {
				return null, err
			}
		}
		r, err := runCode(t, code, globals, locals)
		if err != nil {
			return null, err
		}
		if mode == syntax.ModeExec {
			return objects.None, nil
		}
		return r, nil
	}
}

func init() {
	def("eval", evalExec("eval", syntax.ModeEval))
	def("exec", evalExec("exec", syntax.ModeExec))
	def("compile", builtinCompile)
	def("globals", func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
		if f := t.Func(); f != nil {
			return objects.Obj(f.Globals), nil
		}
		return objects.Obj(objects.NewDict()), nil
	})
}
