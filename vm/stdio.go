package vm

import (
	"io"

	"taipan/modules/codecs"
	pyio "taipan/modules/io"
	"taipan/objects"
)

// The standard streams are modules/io's TextIOWrapper objects. sys gets
// them from pyio.StdStreams; print writes through pyio.WriteString
// (no Python call) while sys.stdout is still the original object.

var strStdout = objects.Intern("stdout")

// currentStdout returns sys.stdout as the program sees it, and whether
// it is the original stream object.
func currentStdout(t *objects.Thread) (Value, bool) {
	orig := pyio.Stdout(t)
	if sysModule != nil {
		if v, ok := sysModule.Dict.GetStr(strStdout); ok && !v.Is(orig) {
			return v, false
		}
	}
	return orig, true
}

// sysStream returns sys.<name> if sys is loaded and has it.
func sysStream(name string) (Value, bool) {
	if sysModule != nil {
		return sysModule.Dict.GetStr(objects.Intern(name))
	}
	return null, false
}

// installStdStreams makes sys.stdin/stdout/stderr (and sys.__stdin__...)
// the _io text streams over file descriptors 0, 1 and 2.
func installStdStreams(t *objects.Thread) {
	pyio.ResetStdStreams()
	stdin, stdout, stderr := pyio.StdStreams(t)
	for _, p := range []struct {
		name string
		v    Value
	}{{"stdin", stdin}, {"stdout", stdout}, {"stderr", stderr}} {
		sysModule.Set(p.name, p.v)
		sysModule.Set("__"+p.name+"__", p.v)
	}
}

// flushStdStreams flushes sys.stdout and sys.stderr (the current
// objects, then the originals and every open buffered file), as CPython
// does at exit. It returns the error of flushing stdout.
func flushStdStreams(t *objects.Thread) *Exc {
	_, out, errs := pyio.StdStreams(t)
	var ferr *Exc
	for _, name := range []string{"stdout", "stderr"} {
		if v, ok := sysStream(name); ok && !v.Is(out) && !v.Is(errs) && !v.IsNone() {
			if _, err := objects.CallMethod(t, v, "flush"); err != nil && name == "stdout" {
				ferr = err
			}
		}
	}
	if err := pyio.FlushStd(t); err != nil && ferr == nil {
		ferr = err
	}
	t.Stdout.Flush()
	return ferr
}

// reportFlushError prints CPython's message for a failed flush of stdout
// at exit.
func reportFlushError(t *objects.Thread, e *Exc, stderr io.Writer) {
	out, _ := currentStdout(t)
	r, rerr := objects.ReprString(t, out)
	if rerr != nil {
		r = "<stdout>"
	}
	io.WriteString(stderr, "Exception ignored in: "+r+"\n"+objects.ExceptionMessage(t, e)+"\n")
}

func init() {
	setb("open", pyio.OpenBuiltin)
	def("input", builtinInput)
	codecs.ImportHook = func(t *objects.Thread, name string) (Value, *Exc) {
		return ImportHook(t, name, objects.NewDict(), null)
	}
}

// printArgs finishes print(): file Null or None means sys.stdout. The
// original sys.stdout gets the whole line through pyio.WriteString;
// any other file gets one write() call per piece, as in CPython.
func printArgs(t *objects.Thread, file Value, pos []Value, sep, end string, flush bool) (Value, *Exc) {
	orig := false
	if file.IsNull() || file.IsNone() {
		file, orig = currentStdout(t)
		if file.IsNone() {
			return objects.None, nil
		}
	} else {
		orig = pyio.IsNativeText(file)
	}
	if orig {
		// pieces go straight into the wrapper's pending output
		for i, v := range pos {
			if i > 0 && sep != "" {
				if err := pyio.WriteString(t, file, sep); err != nil {
					return null, err
				}
			}
			var s string
			if v.Type() == objects.StrType {
				s = objects.As[objects.Str](v).S
			} else {
				var err *Exc
				if s, err = objects.StrString(t, v); err != nil {
					return null, err
				}
			}
			if err := pyio.WriteString(t, file, s); err != nil {
				return null, err
			}
		}
		if end != "" {
			if err := pyio.WriteString(t, file, end); err != nil {
				return null, err
			}
		}
	} else {
		write, err := objects.GetAttrString(t, file, "write")
		if err != nil {
			return null, err
		}
		put := func(v Value) *Exc {
			_, err := objects.CallValue(t, write, []Value{v}, nil)
			return err
		}
		for i, v := range pos {
			if i > 0 {
				if err := put(objects.NewStrValue(sep)); err != nil {
					return null, err
				}
			}
			sv, err := objects.Str_(t, v)
			if err != nil {
				return null, err
			}
			if err := put(sv); err != nil {
				return null, err
			}
		}
		if err := put(objects.NewStrValue(end)); err != nil {
			return null, err
		}
	}
	if flush {
		if _, err := objects.CallMethod(t, file, "flush"); err != nil {
			return null, err
		}
	}
	return objects.None, nil
}

// builtinInput is input([prompt]): the prompt goes to sys.stdout (flushed),
// the line comes from sys.stdin without its trailing newline.
func builtinInput(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
	if err := objects.CheckArgs("input", args, kwnames, 0, 1); err != nil {
		return null, err
	}
	stdin, ok := sysStream("stdin")
	if !ok {
		stdin, _, _ = pyio.StdStreams(t)
	}
	stdout, _ := currentStdout(t)
	if stdin.IsNone() {
		return null, objects.Errorf(objects.ExcRuntimeError, "input(): lost sys.stdin")
	}
	if stdout.IsNone() {
		return null, objects.Errorf(objects.ExcRuntimeError, "input(): lost sys.stdout")
	}
	if v, ok := sysStream("stderr"); ok && !v.IsNone() {
		if _, err := objects.CallMethod(t, v, "flush"); err != nil {
			return null, err
		}
	}
	if len(args) == 1 {
		s, err := objects.StrString(t, args[0])
		if err != nil {
			return null, err
		}
		if _, err := objects.CallMethod(t, stdout, "write", objects.NewStrValue(s)); err != nil {
			return null, err
		}
	}
	if _, err := objects.CallMethod(t, stdout, "flush"); err != nil {
		return null, err
	}
	line, err := objects.CallMethod(t, stdin, "readline")
	if err != nil {
		return null, err
	}
	if !line.IsInstance(objects.StrType) {
		return null, objects.Errorf(objects.ExcTypeError, "object.readline() returned non-string")
	}
	s := objects.As[objects.Str](line).S
	if s == "" {
		return null, objects.Errorf(objects.ExcEOFError, "EOF when reading a line")
	}
	if s[len(s)-1] == '\n' {
		s = s[:len(s)-1]
	}
	return objects.NewStrValue(s), nil
}
