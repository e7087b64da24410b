package objects

import "syscall"

// OSError as CPython models it: OSError(errno, strerror[, filename[,
// winerror[, filename2]]]) picks the subclass matching errno (when
// called on OSError itself), stores the fields, and keeps only
// (errno, strerror) as args when a filename is given.

// OSErrorFields are the attributes of an OSError instance (Null: unset,
// reads as None).
type OSErrorFields struct {
	Errno, Strerror, Filename, Filename2 Value
	CharactersWritten                    Value // BlockingIOError; Null: unset
}

var errnoSubclass = map[int64]*Type{}

func init() {
	for errno, typ := range map[syscall.Errno]*Type{
		syscall.EAGAIN: ExcBlockingIOError, syscall.EALREADY: ExcBlockingIOError,
		syscall.EINPROGRESS: ExcBlockingIOError,
		syscall.ECHILD:      ExcChildProcessError, syscall.EPIPE: ExcBrokenPipeError,
		syscall.ESHUTDOWN: ExcBrokenPipeError, syscall.ECONNABORTED: ExcConnectionAbortedError,
		syscall.ECONNREFUSED: ExcConnectionRefusedError, syscall.ECONNRESET: ExcConnectionResetError,
		syscall.EEXIST: ExcFileExistsError, syscall.ENOENT: ExcFileNotFoundError,
		syscall.EISDIR: ExcIsADirectoryError, syscall.ENOTDIR: ExcNotADirectoryError,
		syscall.EINTR: ExcInterruptedError, syscall.EACCES: ExcPermissionError,
		syscall.EPERM: ExcPermissionError, syscall.ESRCH: ExcProcessLookupError,
		syscall.ETIMEDOUT: ExcTimeoutError,
	} {
		errnoSubclass[int64(errno)] = typ
	}
	o := ExcOSError
	o.New = osErrorNew
	o.Init = osErrorInit
	o.Str = osErrorStr
	o.GetAttr = osErrorGetAttr
	o.SetAttr = osErrorSetAttr
}

// OSErrorSubclass returns the OSError subclass CPython raises for errno.
func OSErrorSubclass(errno int64) *Type {
	if t, ok := errnoSubclass[errno]; ok {
		return t
	}
	return ExcOSError
}

// NewOSError builds OSError(errno, strerror[, filename[, None,
// filename2]]) of the subclass matching errno, as
// PyErr_SetFromErrnoWithFilenameObjects does. filename and filename2
// may be Null.
func NewOSError(errno int64, strerror string, filename, filename2 Value) *BaseException {
	typ := OSErrorSubclass(errno)
	e := &BaseException{Header: Header{typ}, Attrs: Attrs{Map: typ.RootMap}}
	args := []Value{Int(errno), NewStrValue(strerror)}
	e.Args = NewTuple(args)
	e.OS = &OSErrorFields{Errno: args[0], Strerror: args[1], Filename: filename, Filename2: filename2}
	return e
}

func (e *BaseException) osFields() *OSErrorFields {
	if e.OS == nil {
		e.OS = &OSErrorFields{}
	}
	return e.OS
}

// osErrorUsesInit reports CPython's oserror_use_init: a subclass that
// overrides __init__ but not __new__ parses its arguments in __init__.
func osErrorUsesInit(typ *Type) bool {
	if typ == ExcOSError || !typ.IsHeapType() {
		return false
	}
	initD, _ := ExcOSError.Dict.GetStr(dunderInit)
	newD, _ := ExcOSError.Dict.GetStr(Intern("__new__"))
	return !typ.Lookup(dunderInit).Is(initD) && typ.Lookup(Intern("__new__")).Is(newD)
}

// osErrorParse fills the fields from the constructor arguments and
// returns the args tuple to keep.
func osErrorParse(e *BaseException, pos []Value) {
	e.Args = NewTuple(append([]Value(nil), pos...))
	f := e.osFields()
	if len(pos) < 2 || len(pos) > 5 {
		return
	}
	f.Errno, f.Strerror = pos[0], pos[1]
	if len(pos) >= 3 && !pos[2].IsNone() {
		if e.typ.IsSubtype(ExcBlockingIOError) && IsIntValue(pos[2]) {
			f.CharactersWritten = pos[2]
		} else {
			f.Filename = pos[2]
			if len(pos) == 5 {
				f.Filename2 = pos[4]
			}
			e.Args = NewTuple([]Value{pos[0], pos[1]})
		}
	}
}

func osErrorNew(t *Thread, typ *Type, args []Value, kwnames *Tuple) (Value, *BaseException) {
	pos, _ := SplitArgs(args, kwnames)
	if typ == ExcOSError && len(pos) >= 2 && len(pos) <= 5 && IsIntValue(pos[0]) {
		if n, ok := IntToInt64(pos[0]); ok {
			typ = OSErrorSubclass(n)
		}
	}
	if kwnames.Len() > 0 && !typ.IsHeapType() {
		return Null, Errorf(ExcTypeError, "%s() takes no keyword arguments", typ.Name)
	}
	e := &BaseException{Header: Header{typ}, Attrs: Attrs{Map: typ.RootMap}, OS: &OSErrorFields{}}
	if osErrorUsesInit(typ) {
		e.Args = NewTuple(append([]Value(nil), pos...))
	} else {
		osErrorParse(e, pos)
	}
	return Obj(e), nil
}

func osErrorInit(t *Thread, self Value, args []Value, kwnames *Tuple) *BaseException {
	e := As[BaseException](self)
	if !osErrorUsesInit(e.typ) {
		return nil
	}
	pos, _ := SplitArgs(args, kwnames)
	e.OS = &OSErrorFields{}
	osErrorParse(e, pos)
	return nil
}

func osErrorStr(t *Thread, v Value) (Value, *BaseException) {
	e := As[BaseException](v)
	f := e.osFields()
	set := func(x Value) bool { return !x.IsNull() && !x.IsNone() }
	if set(f.Filename) {
		no, err := StrString(t, orNoneValue(f.Errno))
		if err != nil {
			return Null, err
		}
		msg, err := StrString(t, orNoneValue(f.Strerror))
		if err != nil {
			return Null, err
		}
		fn, err := ReprString(t, f.Filename)
		if err != nil {
			return Null, err
		}
		if set(f.Filename2) {
			fn2, err := ReprString(t, f.Filename2)
			if err != nil {
				return Null, err
			}
			return NewStrValue("[Errno " + no + "] " + msg + ": " + fn + " -> " + fn2), nil
		}
		return NewStrValue("[Errno " + no + "] " + msg + ": " + fn), nil
	}
	if set(f.Errno) && set(f.Strerror) {
		no, err := StrString(t, f.Errno)
		if err != nil {
			return Null, err
		}
		msg, err := StrString(t, f.Strerror)
		if err != nil {
			return Null, err
		}
		return NewStrValue("[Errno " + no + "] " + msg), nil
	}
	return excStr(t, v)
}

func orNoneValue(v Value) Value {
	if v.IsNull() {
		return None
	}
	return v
}

func (f *OSErrorFields) field(name string) *Value {
	switch name {
	case "errno":
		return &f.Errno
	case "strerror":
		return &f.Strerror
	case "filename":
		return &f.Filename
	case "filename2":
		return &f.Filename2
	case "characters_written":
		return &f.CharactersWritten
	}
	return nil
}

func osErrorGetAttr(t *Thread, v Value, name *Str) (Value, *BaseException) {
	e := As[BaseException](v)
	if p := e.osFields().field(name.S); p != nil {
		if name.S == "characters_written" {
			if p.IsNull() || !e.typ.IsSubtype(ExcBlockingIOError) {
				if e.typ.IsSubtype(ExcBlockingIOError) {
					return Null, Errorf(ExcAttributeError, "characters_written")
				}
				return excGetAttr(t, v, name)
			}
		}
		return orNoneValue(*p), nil
	}
	return excGetAttr(t, v, name)
}

func osErrorSetAttr(t *Thread, v Value, name *Str, val Value) *BaseException {
	e := As[BaseException](v)
	if p := e.osFields().field(name.S); p != nil && (name.S != "characters_written" || e.typ.IsSubtype(ExcBlockingIOError)) {
		if val.IsNull() && name.S == "characters_written" && p.IsNull() {
			return Errorf(ExcAttributeError, "characters_written")
		}
		*p = val
		return nil
	}
	return excSetAttr(t, v, name, val)
}
