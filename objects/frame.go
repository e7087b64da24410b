package objects

// FrameType is the type of frame objects. Frames are materialised on
// demand (sys._getframe) from the thread's stack of active functions;
// no frame object exists for a running call otherwise.
var FrameType = builtinType("frame", nil, 0)

// Frame is a materialised frame: the function it runs and the frame
// below it.
type Frame struct {
	Header
	Func *Function
	Back *Frame
	Line int // the current line when known (a traceback's frame), else 0
}

// FramesOf builds frame objects for the thread's active functions and
// returns the one depth levels below the innermost (nil if too deep).
func FramesOf(t *Thread, depth int) *Frame {
	var back *Frame
	var frames []*Frame
	for _, f := range t.Funcs {
		fr := &Frame{Header: Header{FrameType}, Func: f, Back: back}
		frames = append(frames, fr)
		back = fr
	}
	i := len(frames) - 1 - depth
	if depth < 0 || i < 0 {
		return nil
	}
	return frames[i]
}

func init() {
	FrameType.GetAttr = func(t *Thread, v Value, name *Str) (Value, *BaseException) {
		f := As[Frame](v)
		switch name.S {
		case "f_globals":
			return Obj(f.Func.Globals), nil
		case "f_builtins":
			return Obj(f.Func.Builtins), nil
		case "f_code":
			return Obj(f.Func.Code), nil
		case "f_back":
			if f.Back == nil {
				return None, nil
			}
			return Obj(f.Back), nil
		case "f_locals":
			if f.Func.Code.Flags&CodeModule != 0 {
				return Obj(f.Func.Globals), nil
			}
			return Obj(NewDict()), nil // TODO: registers of the live frame
		case "f_lineno":
			if f.Line > 0 {
				return Int(int64(f.Line)), nil
			}
			return Int(int64(f.Func.Code.FirstLine)), nil
		case "f_trace":
			return None, nil
		}
		return GenericGetAttr(t, v, name)
	}
	FrameType.Repr = func(t *Thread, v Value) (Value, *BaseException) {
		c := As[Frame](v).Func.Code
		return NewStrValue("<frame, file '" + c.Filename + "', code " + c.Name + ">"), nil
	}
	CodeType.GetAttr = func(t *Thread, v Value, name *Str) (Value, *BaseException) {
		c := As[Code](v)
		switch name.S {
		case "co_name":
			return NewStrValue(c.Name), nil
		case "co_qualname":
			return NewStrValue(c.Qualname), nil
		case "co_filename":
			return NewStrValue(c.Filename), nil
		case "co_firstlineno":
			return Int(int64(c.FirstLine)), nil
		case "co_argcount":
			return Int(int64(c.ArgCount)), nil
		case "co_varnames":
			items := make([]Value, len(c.Varnames))
			for i, n := range c.Varnames {
				items[i] = NewStrValue(n)
			}
			return NewTupleValue(items), nil
		}
		return GenericGetAttr(t, v, name)
	}
}
