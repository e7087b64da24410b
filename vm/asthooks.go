package vm

import (
	"taipan/compile"
	"taipan/objects"
	"taipan/syntax"
)

// Hooks set by the _ast module (modules/astmod) so that compile() can
// return AST objects (PyCF_ONLY_AST) and compile AST objects.
var (
	// ASTToPython converts a parsed tree to _ast objects.
	ASTToPython func(t *objects.Thread, n syntax.Node) (Value, *Exc)
	// ASTFromPython converts an _ast object for compile(); ok is false
	// when v is not an AST object at all.
	ASTFromPython func(t *objects.Thread, v Value, mode string) (tree syntax.ModNode, ok bool, err *Exc)
)

// ExecSource compiles Python source and runs it with globals as its
// module namespace (for native modules that define part of themselves
// in Python, as PyPy's app-level code).
func ExecSource(t *objects.Thread, src, filename string, globals *objects.Dict) *Exc {
	tree, err := syntax.ParseString(src, filename, syntax.ModeExec)
	if err != nil {
		return objects.Errorf(objects.ExcSystemError, "%s: %v", filename, err)
	}
	code, err := compile.Compile(tree, filename, []byte(src))
	if err != nil {
		return objects.Errorf(objects.ExcSystemError, "%s: %v", filename, err)
	}
	_, exc := runCode(t, code, globals, nil)
	return exc
}

// syntaxErrorValue turns a parser or compiler error into the Python
// exception compile() raises.
func syntaxErrorValue(err error) *Exc {
	if se, ok := err.(*syntax.SyntaxError); ok {
		cls := objects.ExcSyntaxError
		switch se.Class {
		case "IndentationError":
			cls = objects.ExcIndentationError
		case "TabError":
			cls = objects.ExcTabError
		case "MemoryError":
			return objects.NewException(objects.ExcMemoryError)
		}
		detail := objects.NewTupleValue([]Value{objects.NewStrValue(se.Filename), objects.Int(int64(se.Lineno)),
			objects.Int(int64(se.Offset)), objects.NewStrValue(se.Text), objects.Int(int64(se.EndLineno)), objects.Int(int64(se.EndOffset))})
		return objects.NewException(cls, objects.NewStrValue(se.Msg), detail)
	}
	return objects.Errorf(objects.ExcSystemError, "%v", err)
}

const (
	pyCFOnlyAST      = 0x400
	pyCFTypeComments = 0x1000
)

// builtinCompile is compile(source, filename, mode, flags=0,
// dont_inherit=False, optimize=-1, *, _feature_version=-1).
func builtinCompile(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
	var a [7]Value
	names := []string{"source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version"}
	if err := objects.BindArgs("compile", args, kwnames, names, 0, 6, 3, a[:]); err != nil {
		return null, err
	}
	filename, err := fsPath(t, a[1])
	if err != nil {
		return null, err
	}
	if !a[2].Type().IsSubtype(objects.StrType) {
		return null, objects.Errorf(objects.ExcTypeError, "compile() argument 'mode' must be str, not %s", a[2].Type().Name)
	}
	modeName := objects.As[objects.Str](a[2]).S
	flags := int64(0)
	if !a[3].IsNull() {
		n, ok := objects.IntToInt64(a[3])
		if !ok {
			return null, objects.Errorf(objects.ExcTypeError, "'%s' object cannot be interpreted as an integer", a[3].Type().Name)
		}
		flags = n
	}
	mode := syntax.ModeExec
	switch modeName {
	case "exec":
	case "eval":
		mode = syntax.ModeEval
	case "single":
		mode = syntax.ModeSingle
	case "func_type":
		if flags&pyCFOnlyAST == 0 {
			return null, objects.Errorf(objects.ExcValueError, "compile() mode 'func_type' requires flag PyCF_ONLY_AST")
		}
		mode = syntax.ModeFuncType
	default:
		return null, objects.Errorf(objects.ExcValueError, "compile() mode must be 'exec', 'eval' or 'single'")
	}
	var tree syntax.ModNode
	var src []byte
	if ASTFromPython != nil {
		tr, ok, err := ASTFromPython(t, a[0], modeName)
		if err != nil {
			return null, err
		}
		if ok {
			if flags&pyCFOnlyAST != 0 {
				return a[0], nil
			}
			tree = tr
		}
	}
	if tree == nil {
		var perr error
		pf := syntax.ParseFlags{TypeComments: flags&pyCFTypeComments != 0, Warn: syntaxWarner(t)}
		if a[0].Type().IsSubtype(objects.StrType) {
			s := objects.As[objects.Str](a[0]).S
			src = []byte(s)
			tree, perr = syntax.ParseFlagsString(s, filename, mode, pf)
		} else {
			src, err = sourceArg(t, a[0], "compile")
			if err != nil {
				return null, err
			}
			tree, perr = syntax.ParseFlagsBytes(src, filename, mode, pf)
		}
		if perr != nil {
			return null, syntaxErrorValue(perr)
		}
		if flags&pyCFOnlyAST != 0 {
			if ASTToPython == nil {
				return null, objects.Errorf(objects.ExcSystemError, "the _ast module is not linked in")
			}
			return ASTToPython(t, tree)
		}
	}
	code, cerr := compile.CompileWarn(tree, filename, src, syntaxWarner(t))
	if cerr != nil {
		return null, syntaxErrorValue(cerr)
	}
	return objects.Obj(code), nil
}

// fsPath accepts compile()'s filename: str, bytes or os.PathLike.
func fsPath(t *objects.Thread, v Value) (string, *Exc) {
	switch {
	case v.Type().IsSubtype(objects.StrType):
		return objects.As[objects.Str](v).S, nil
	case v.Type().IsSubtype(objects.BytesType):
		return string(objects.As[objects.Bytes](v).B), nil
	}
	if f := v.Type().LookupString("__fspath__"); !f.IsNull() {
		r, err := objects.CallMethod(t, v, "__fspath__")
		if err != nil {
			return "", err
		}
		return fsPath(t, r)
	}
	return "", objects.Errorf(objects.ExcTypeError, "expected str, bytes or os.PathLike object, not %s", v.Type().Name)
}
