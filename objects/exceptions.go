package objects

import (
	"fmt"
	"strings"
)

// BaseException is the layout of every exception instance (builtin or
// user subclass): header, attribute storage, then the exception fields.
// A *BaseException is also the Go error value that every failing
// operation returns.
type BaseException struct {
	Header
	Attrs
	Args            *Tuple
	Cause           Value // Null: None
	Context         Value
	SuppressContext bool
	Traceback       *Traceback
	OS              *OSErrorFields // OSError's errno, strerror, filename... (oserror.go)
}

// Traceback is one entry of an exception's traceback: the code object and
// instruction index of a frame the exception passed through.
type Traceback struct {
	Header
	Next *Traceback
	Code *Code
	PC   int
	Func *Function // the function whose frame this is (nil if unknown)
	// frame is tb_frame once built (tb.tb_frame is tb.tb_frame)
	frame *Frame
	// lineno and lasti are set by types.TracebackType(...) (lineno 0:
	// computed from the code)
	lineno, lasti int
}

// TracebackType is the traceback type.
var TracebackType = builtinType("traceback", nil, 0)

// Line returns the source line of the traceback entry.
func (tb *Traceback) Line() int {
	if tb.lineno != 0 {
		return tb.lineno
	}
	return tb.Code.LineOf(tb.PC)
}

func (e *BaseException) Error() string {
	s, _ := StrString(nil, Obj(e))
	return e.Type().Name + ": " + s
}

// Type returns the exception's class.
func (e *BaseException) Type() *Type { return e.typ }

// Value returns the exception as a Python value.
func (e *BaseException) Value() Value { return Obj(e) }

// Matches reports whether the exception is an instance of t.
func (e *BaseException) Matches(t *Type) bool { return e.typ.IsSubtype(t) }

// AddTraceback prepends a traceback entry for (code, pc).
func (e *BaseException) AddTraceback(c *Code, pc int) {
	e.Traceback = &Traceback{Header: Header{TracebackType}, Next: e.Traceback, Code: c, PC: pc}
}

// AddTracebackFunc is AddTraceback recording the frame's function (for
// tb_frame).
func (e *BaseException) AddTracebackFunc(f *Function, pc int) {
	e.Traceback = &Traceback{Header: Header{TracebackType}, Next: e.Traceback, Code: f.Code, PC: pc, Func: f}
}

// Errorf returns a new exception of type typ with a formatted message.
func Errorf(typ *Type, format string, args ...any) *BaseException {
	msg := format
	if len(args) > 0 {
		msg = fmt.Sprintf(format, args...)
	}
	return NewException(typ, NewStrValue(msg))
}

// NewException returns a new exception of type typ with the given args.
func NewException(typ *Type, args ...Value) *BaseException {
	args = append([]Value(nil), args...) // never alias the caller's registers
	return &BaseException{Header: Header{typ}, Attrs: Attrs{Map: typ.RootMap}, Args: NewTuple(args)}
}

func excDecl(name string, base *Type) *Type {
	t := builtinType(name, base, FlagBaseType|FlagHasAttrs|FlagException)
	return t
}

// The builtin exception hierarchy.
var (
	ExcBaseException             = excDecl("BaseException", ObjectType)
	ExcSystemExit                = excDecl("SystemExit", ExcBaseException)
	ExcKeyboardInterrupt         = excDecl("KeyboardInterrupt", ExcBaseException)
	ExcGeneratorExit             = excDecl("GeneratorExit", ExcBaseException)
	ExcException                 = excDecl("Exception", ExcBaseException)
	ExcStopIteration             = excDecl("StopIteration", ExcException)
	ExcStopAsyncIteration        = excDecl("StopAsyncIteration", ExcException)
	ExcArithmeticError           = excDecl("ArithmeticError", ExcException)
	ExcFloatingPointError        = excDecl("FloatingPointError", ExcArithmeticError)
	ExcOverflowError             = excDecl("OverflowError", ExcArithmeticError)
	ExcZeroDivisionError         = excDecl("ZeroDivisionError", ExcArithmeticError)
	ExcAssertionError            = excDecl("AssertionError", ExcException)
	ExcAttributeError            = excDecl("AttributeError", ExcException)
	ExcBufferError               = excDecl("BufferError", ExcException)
	ExcEOFError                  = excDecl("EOFError", ExcException)
	ExcImportError               = excDecl("ImportError", ExcException)
	ExcModuleNotFoundError       = excDecl("ModuleNotFoundError", ExcImportError)
	ExcLookupError               = excDecl("LookupError", ExcException)
	ExcIndexError                = excDecl("IndexError", ExcLookupError)
	ExcKeyError                  = excDecl("KeyError", ExcLookupError)
	ExcMemoryError               = excDecl("MemoryError", ExcException)
	ExcNameError                 = excDecl("NameError", ExcException)
	ExcUnboundLocalError         = excDecl("UnboundLocalError", ExcNameError)
	ExcOSError                   = excDecl("OSError", ExcException)
	ExcBlockingIOError           = excDecl("BlockingIOError", ExcOSError)
	ExcChildProcessError         = excDecl("ChildProcessError", ExcOSError)
	ExcConnectionError           = excDecl("ConnectionError", ExcOSError)
	ExcBrokenPipeError           = excDecl("BrokenPipeError", ExcConnectionError)
	ExcConnectionAbortedError    = excDecl("ConnectionAbortedError", ExcConnectionError)
	ExcConnectionRefusedError    = excDecl("ConnectionRefusedError", ExcConnectionError)
	ExcConnectionResetError      = excDecl("ConnectionResetError", ExcConnectionError)
	ExcFileExistsError           = excDecl("FileExistsError", ExcOSError)
	ExcFileNotFoundError         = excDecl("FileNotFoundError", ExcOSError)
	ExcInterruptedError          = excDecl("InterruptedError", ExcOSError)
	ExcIsADirectoryError         = excDecl("IsADirectoryError", ExcOSError)
	ExcNotADirectoryError        = excDecl("NotADirectoryError", ExcOSError)
	ExcPermissionError           = excDecl("PermissionError", ExcOSError)
	ExcProcessLookupError        = excDecl("ProcessLookupError", ExcOSError)
	ExcTimeoutError              = excDecl("TimeoutError", ExcOSError)
	ExcReferenceError            = excDecl("ReferenceError", ExcException)
	ExcRuntimeError              = excDecl("RuntimeError", ExcException)
	ExcNotImplementedError       = excDecl("NotImplementedError", ExcRuntimeError)
	ExcRecursionError            = excDecl("RecursionError", ExcRuntimeError)
	ExcSyntaxError               = excDecl("SyntaxError", ExcException)
	ExcIndentationError          = excDecl("IndentationError", ExcSyntaxError)
	ExcTabError                  = excDecl("TabError", ExcIndentationError)
	ExcSystemError               = excDecl("SystemError", ExcException)
	ExcTypeError                 = excDecl("TypeError", ExcException)
	ExcValueError                = excDecl("ValueError", ExcException)
	ExcUnicodeError              = excDecl("UnicodeError", ExcValueError)
	ExcUnicodeDecodeError        = excDecl("UnicodeDecodeError", ExcUnicodeError)
	ExcUnicodeEncodeError        = excDecl("UnicodeEncodeError", ExcUnicodeError)
	ExcUnicodeTranslateError     = excDecl("UnicodeTranslateError", ExcUnicodeError)
	ExcWarning                   = excDecl("Warning", ExcException)
	ExcDeprecationWarning        = excDecl("DeprecationWarning", ExcWarning)
	ExcPendingDeprecationWarning = excDecl("PendingDeprecationWarning", ExcWarning)
	ExcRuntimeWarning            = excDecl("RuntimeWarning", ExcWarning)
	ExcSyntaxWarning             = excDecl("SyntaxWarning", ExcWarning)
	ExcUserWarning               = excDecl("UserWarning", ExcWarning)
	ExcFutureWarning             = excDecl("FutureWarning", ExcWarning)
	ExcImportWarning             = excDecl("ImportWarning", ExcWarning)
	ExcUnicodeWarning            = excDecl("UnicodeWarning", ExcWarning)
	ExcBytesWarning              = excDecl("BytesWarning", ExcWarning)
	ExcResourceWarning           = excDecl("ResourceWarning", ExcWarning)
	ExcEncodingWarning           = excDecl("EncodingWarning", ExcWarning)
)

// ExceptionTypes lists the builtin exception classes (for the builtins
// module).
func ExceptionTypes() []*Type {
	var out []*Type
	for _, t := range allBuiltinTypes {
		if t.Flags&FlagException != 0 {
			out = append(out, t)
		}
	}
	return out
}

func excNew(t *Thread, typ *Type, args []Value, kwnames *Tuple) (Value, *BaseException) {
	pos, _ := SplitArgs(args, kwnames)
	e := &BaseException{Header: Header{typ}, Attrs: Attrs{Map: typ.RootMap}, Args: NewTuple(append([]Value(nil), pos...))}
	return Obj(e), nil
}

func excInit(t *Thread, self Value, args []Value, kwnames *Tuple) *BaseException {
	pos, kw := SplitArgs(args, kwnames)
	if kwnames.Len() > 0 {
		// NameError(name=...) and AttributeError(name=..., obj=...)
		var allowed []string
		switch typ := self.Type(); {
		case typ.IsSubtype(ExcNameError):
			allowed = []string{"name"}
		case typ.IsSubtype(ExcAttributeError):
			allowed = []string{"name", "obj"}
		}
		if allowed != nil {
			e := As[BaseException](self)
			for i, k := range kwnames.Items {
				n := As[Str](k).S
				ok := false
				for _, a := range allowed {
					ok = ok || a == n
				}
				if !ok {
					return Errorf(ExcTypeError, "%s() got an unexpected keyword argument '%s'", self.Type().Name, n)
				}
				e.Attrs.Set(self.Type().RootMap, Intern(n), kw[i])
			}
			e.Args = NewTuple(append([]Value(nil), pos...))
			return nil
		}
	}
	if kwnames != nil && !self.Type().IsHeapType() {
		return Errorf(ExcTypeError, "%s() takes no keyword arguments", self.Type().Name)
	}
	As[BaseException](self).Args = NewTuple(append([]Value(nil), pos...))
	return nil
}

func excStr(t *Thread, v Value) (Value, *BaseException) {
	e := As[BaseException](v)
	args := e.Args.Items
	if e.typ.IsSubtype(ExcKeyError) && len(args) == 1 {
		return Repr(t, args[0])
	}
	if e.typ.IsSubtype(ExcSyntaxError) && len(args) == 2 && args[1].Type() == TupleType {
		d := As[Tuple](args[1]).Items
		msg, _ := StrString(t, args[0])
		if len(d) >= 2 {
			file, _ := StrString(t, d[0])
			file = file[strings.LastIndexByte(file, '/')+1:] // CPython shows the base name
			line, _ := StrString(t, d[1])
			return NewStrValue(msg + " (" + file + ", line " + line + ")"), nil
		}
	}
	switch len(args) {
	case 0:
		return NewStrValue(""), nil
	case 1:
		return Str_(t, args[0])
	}
	return Repr(t, Obj(e.Args))
}

func excRepr(t *Thread, v Value) (Value, *BaseException) {
	e := As[BaseException](v)
	name := e.typ.Name
	if len(e.Args.Items) == 1 {
		s, err := ReprString(t, e.Args.Items[0])
		if err != nil {
			return Null, err
		}
		return NewStrValue(name + "(" + s + ")"), nil
	}
	s, err := ReprString(t, Obj(e.Args))
	if err != nil {
		return Null, err
	}
	if len(e.Args.Items) == 0 {
		s = "()"
	}
	return NewStrValue(name + s), nil
}

func excGetAttr(t *Thread, v Value, name *Str) (Value, *BaseException) {
	e := As[BaseException](v)
	orNone := func(x Value) Value {
		if x.IsNull() {
			return None
		}
		return x
	}
	switch name.S {
	case "args":
		return Obj(e.Args), nil
	case "__cause__":
		return orNone(e.Cause), nil
	case "__context__":
		return orNone(e.Context), nil
	case "__suppress_context__":
		return Bool(e.SuppressContext), nil
	case "__traceback__":
		if e.Traceback == nil {
			return None, nil
		}
		return Obj(e.Traceback), nil
	}
	r, err := GenericGetAttr(t, v, name)
	if err == nil {
		return r, nil
	}
	switch name.S {
	case "value":
		if e.typ.IsSubtype(ExcStopIteration) {
			if len(e.Args.Items) > 0 {
				return e.Args.Items[0], nil
			}
			return None, nil
		}
	case "code":
		if e.typ.IsSubtype(ExcSystemExit) {
			if len(e.Args.Items) == 1 {
				return e.Args.Items[0], nil
			}
			if len(e.Args.Items) == 0 {
				return None, nil
			}
			return Obj(e.Args), nil
		}
	case "msg":
		if len(e.Args.Items) > 0 && e.typ.IsSubtype(ExcSyntaxError) {
			return e.Args.Items[0], nil
		}
	case "lineno", "offset", "text", "end_lineno", "end_offset", "filename":
		if e.typ.IsSubtype(ExcSyntaxError) {
			idx := map[string]int{"filename": 0, "lineno": 1, "offset": 2, "text": 3, "end_lineno": 4, "end_offset": 5}[name.S]
			if len(e.Args.Items) == 2 && e.Args.Items[1].Type() == TupleType {
				if d := As[Tuple](e.Args.Items[1]).Items; idx < len(d) {
					return d[idx], nil
				}
			}
			return None, nil
		}
	case "errno", "strerror":
		if e.typ.IsSubtype(ExcOSError) {
			return None, nil
		}
		if e.typ.IsSubtype(ExcOSError) {
			return None, nil
		}
	case "name", "obj":
		if e.typ.IsSubtype(ExcNameError) || e.typ.IsSubtype(ExcAttributeError) || e.typ.IsSubtype(ExcImportError) {
			return None, nil
		}
	}
	return Null, err
}

func excSetAttr(t *Thread, v Value, name *Str, val Value) *BaseException {
	e := As[BaseException](v)
	if val.IsNull() {
		switch name.S {
		case "args", "__cause__", "__context__", "__traceback__":
			return Errorf(ExcTypeError, "%s may not be deleted", name.S)
		case "__suppress_context__":
			return Errorf(ExcTypeError, "can't delete numeric/char attribute")
		}
		return GenericSetAttr(t, v, name, val)
	}
	switch name.S {
	case "args":
		items, err := IterToSlice(t, val)
		if err != nil {
			return err
		}
		e.Args = NewTuple(items)
		return nil
	case "__cause__":
		if val.IsNone() {
			e.Cause = Null
		} else if !val.IsInstance(ExcBaseException) {
			return Errorf(ExcTypeError, "exception cause must be None or derive from BaseException")
		} else {
			e.Cause = val
		}
		e.SuppressContext = true
		return nil
	case "__context__":
		if val.IsNone() {
			e.Context = Null
		} else if !val.IsInstance(ExcBaseException) {
			return Errorf(ExcTypeError, "exception context must be None or derive from BaseException")
		} else {
			e.Context = val
		}
		return nil
	case "__suppress_context__":
		b, err := Truth(t, val)
		e.SuppressContext = b
		return err
	case "__traceback__":
		if val.IsNone() {
			e.Traceback = nil
		} else if val.Type() == TracebackType {
			e.Traceback = As[Traceback](val)
		} else {
			return Errorf(ExcTypeError, "__traceback__ must be a traceback or None")
		}
		return nil
	}
	return GenericSetAttr(t, v, name, val)
}

// IsStopIteration reports whether e is a StopIteration.
func (e *BaseException) IsStopIteration() bool { return e.typ.IsSubtype(ExcStopIteration) }

// ExceptionMessage formats "Type: message" as the last traceback line.
func ExceptionMessage(t *Thread, e *BaseException) string {
	name := e.typ.Qualname
	if mod := e.typ.Module; mod != "builtins" && mod != "" && mod != "__main__" {
		name = mod + "." + name
	}
	s, err := StrString(t, Obj(e))
	if err != nil {
		s = "<exception str() failed>"
	}
	if s == "" {
		return name
	}
	return name + ": " + s
}

func init() {
	b := ExcBaseException
	b.New = excNew
	b.Init = excInit
	b.Str = excStr
	b.Repr = excRepr
	b.GetAttr = excGetAttr
	b.SetAttr = excSetAttr
	b.AddMethod("with_traceback", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		if err := CheckArgs("with_traceback", args, kwnames, 1, 1); err != nil {
			return Null, err
		}
		return self, excSetAttr(t, self, Intern("__traceback__"), args[0])
	})
	TracebackType.SetAttr = func(t *Thread, v Value, name *Str, val Value) *BaseException {
		tb := As[Traceback](v)
		if name.S != "tb_next" {
			return Errorf(ExcAttributeError, "'traceback' object has no attribute '%s'", name.S)
		}
		if val.IsNull() {
			return Errorf(ExcTypeError, "can't delete tb_next attribute")
		}
		if val.IsNone() {
			tb.Next = nil
			return nil
		}
		if val.Type() != TracebackType {
			return Errorf(ExcTypeError, "expected traceback object or None, got '%s'", val.Type().Name)
		}
		for c := As[Traceback](val); c != nil; c = c.Next {
			if c == tb {
				return Errorf(ExcValueError, "traceback loop detected")
			}
		}
		tb.Next = As[Traceback](val)
		return nil
	}
	TracebackType.GetAttr = func(t *Thread, v Value, name *Str) (Value, *BaseException) {
		tb := As[Traceback](v)
		switch name.S {
		case "tb_lineno":
			return Int(int64(tb.Line())), nil
		case "tb_next":
			if tb.Next == nil {
				return None, nil
			}
			return Obj(tb.Next), nil
		case "tb_lasti":
			if tb.lineno != 0 {
				return Int(int64(tb.lasti)), nil
			}
			return Int(int64(tb.PC * 2)), nil
		case "tb_frame":
			if tb.frame == nil {
				f := tb.Func
				if f == nil {
					f = &Function{Code: tb.Code, Globals: NewDict(), Builtins: NewDict(), Name: tb.Code.Name, Qualname: tb.Code.Qualname}
					f.SetType(FunctionType)
				}
				tb.frame = &Frame{Header: Header{FrameType}, Func: f, Line: tb.Line()}
			}
			return Obj(tb.frame), nil
		}
		return GenericGetAttr(t, v, name)
	}
	_ = strings.TrimSpace
}

// NewNameError is the NameError for an undefined name, with its .name
// set as CPython does (traceback suggestions read it).
func NewNameError(name *Str) *BaseException {
	e := NewException(ExcNameError, NewStrValue("name '"+name.S+"' is not defined"))
	e.Attrs.Set(ExcNameError.RootMap, Intern("name"), Obj(name))
	return e
}
