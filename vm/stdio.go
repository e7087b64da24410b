package vm

import (
	"strings"

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
// does at exit.
func flushStdStreams(t *objects.Thread) {
	in, out, errs := pyio.StdStreams(t)
	_ = in
	for _, name := range []string{"stdout", "stderr"} {
		if v, ok := sysStream(name); ok && !v.Is(out) && !v.Is(errs) && !v.IsNone() {
			objects.CallMethod(t, v, "flush")
		}
	}
	pyio.FlushStd(t)
	t.Stdout.Flush()
}

func init() {
	setb("open", pyio.OpenBuiltin)
	codecs.ImportHook = func(t *objects.Thread, name string) (Value, *Exc) {
		return ImportHook(t, name, nil, null)
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
	}
	if orig {
		var sb strings.Builder
		for i, v := range pos {
			if i > 0 {
				sb.WriteString(sep)
			}
			s, err := objects.StrString(t, v)
			if err != nil {
				return null, err
			}
			sb.WriteString(s)
		}
		sb.WriteString(end)
		if err := pyio.WriteString(t, file, sb.String()); err != nil {
			return null, err
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
