package vm

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strings"
	"unicode/utf8"

	"taipan/compile"
	"taipan/objects"
	"taipan/syntax"
)

// Stack size of a new thread's register stack (values).
const defaultStack = 1 << 16

// NewModuleFunction wraps a module's code object as a function with a
// fresh globals dict named name.
func NewModuleFunction(code *objects.Code, name string) *objects.Function {
	g := objects.NewDict()
	g.SetStr(objects.Intern("__name__"), objects.NewStrValue(name))
	g.SetStr(objects.Intern("__builtins__"), objects.Obj(Builtins))
	g.SetStr(objects.Intern("__file__"), objects.NewStrValue(code.Filename))
	g.SetStr(objects.Intern("__doc__"), objects.None)
	fn := &objects.Function{Code: code, Globals: g, Builtins: Builtins, Name: code.Name, Qualname: code.Qualname}
	fn.SetType(objects.FunctionType)
	return fn
}

// RunModule executes a compiled module as __main__, writing to the
// process's stdout/stderr. It returns the process exit status: 0, the
// SystemExit code, or 1 after printing an uncaught exception's traceback
// in CPython 3.11's format.
func RunModule(code *objects.Code, argv []string, filename string) int {
	if argv != nil {
		currentOptions.Argv = argv
	}
	return RunModuleIO(code, os.Stdout, os.Stderr)
}

// RunModuleIO is RunModule with explicit output streams.
func RunModuleIO(code *objects.Code, stdout, stderr io.Writer) int {
	return runMain(stdout, stderr, func(t *objects.Thread, main *objects.Module) *Exc {
		return execMain(t, code, main)
	})
}

// execMain runs the main module's code in module main.
func execMain(t *objects.Thread, code *objects.Code, main *objects.Module) *Exc {
	if !strings.HasPrefix(code.Filename, "<") {
		main.Set("__file__", objects.NewStrValue(code.Filename))
		main.Set("__cached__", objects.None)
		if l, err := objects.CallValue(t, objects.Obj(sourceLoaderType), []Value{objects.NewStrValue("__main__"), objects.NewStrValue(code.Filename)}, nil); err == nil {
			main.Set("__loader__", l)
		}
	}
	return ExecModule(t, code, main)
}

// runMain sets up the interpreter (sys, sys.modules, __main__) and runs
// body, turning its outcome into an exit status.
func runMain(stdout, stderr io.Writer, body func(t *objects.Thread, main *objects.Module) *Exc) int {
	tuneGC()
	t := objects.NewThread(defaultStack)
	t.Stdout = bufio.NewWriterSize(stdout, 1<<16)
	t.Stderr = stderr
	objects.MainThread = t
	initInterp(t, currentOptions)
	installStdStreams(t)
	if currentOptions.Flags.NoSite == 0 {
		installSiteBuiltins(t)
	}
	main := newMainModule()
	err := safeRun(t, func() *Exc { return body(t, main) })
	flushStdStreams(t)
	status := 0
	if err != nil {
		status = handleUncaughtHook(t, err, stderr)
	}
	// As CPython's shutdown: wait for non-daemon threads
	// (threading._shutdown), then run the atexit handlers.
	objects.RunShutdownHooks(t)
	objects.RunExitHooks(t)
	// A failed flush of stdout at exit: CPython's message, status 120.
	if ferr := flushStdStreams(t); ferr != nil {
		reportFlushError(t, ferr, stderr)
		if status == 0 {
			status = 120
		}
	}
	return status
}

// newMainModule creates the __main__ module with CPython's initial
// namespace and registers it in sys.modules.
func newMainModule() *objects.Module {
	m := objects.NewModule("__main__")
	m.Set("__package__", objects.None)
	m.Set("__loader__", objects.Obj(builtinImporterType))
	m.Set("__spec__", objects.None)
	m.Set("__annotations__", objects.Obj(objects.NewDict()))
	m.Set("__builtins__", objects.Obj(builtinsModule))
	sysModules.SetStr(objects.Intern("__main__"), objects.Obj(m))
	return m
}

// internalPanicHook, when set (by the fuzz test), is told of every Go
// panic safeCall turns into SystemError: each one is an interpreter bug.
var internalPanicHook func(r any, stack []byte)

// safeCall runs a module function, turning a Go panic (an interpreter
// bug) into a Python SystemError instead of crashing the process.
func safeCall(t *objects.Thread, fn *objects.Function) (v Value, err *Exc) {
	err = safeRun(t, func() *Exc {
		var e *Exc
		v, e = callPython(t, fn, nil, nil, nil)
		return e
	})
	return v, err
}

func safeRun(t *objects.Thread, f func() *Exc) (err *Exc) {
	defer func() {
		if r := recover(); r != nil {
			if os.Getenv("TAIPAN_GOPANIC") != "" {
				panic(r)
			}
			if internalPanicHook != nil {
				internalPanicHook(r, debug.Stack())
			}
			err = objects.Errorf(objects.ExcSystemError, "internal error: %v", r)
		}
	}()
	return f()
}

// Run compiles a parsed module and runs it as __main__ (the command
// line's entry point). source is the module text, used for traceback
// lines (nil: read from filename when needed). Compile errors are
// returned as err (a *syntax.SyntaxError for the caller to print); the
// exit status is meaningful only when err is nil.
func Run(tree syntax.ModNode, filename string, source []byte, argv []string, stdout, stderr io.Writer) (int, error) {
	if source == nil {
		source, _ = os.ReadFile(filename)
	}
	// Compile once noting whether the parser or compiler has warnings to
	// give (SyntaxWarning, invalid escapes); those are issued through the
	// warnings module, so the source is compiled again once the
	// interpreter runs, before the module body, as CPython warns at
	// compile time.
	warned := false
	note := func(*syntax.Warning) error { warned = true; return nil }
	code, err := compile.CompileWarn(tree, filename, source, note)
	if err != nil {
		return 1, err
	}
	if bytes.IndexByte(source, '\\') >= 0 {
		_, _ = syntax.ParseFlagsBytes(source, filename, syntax.ModeExec, syntax.ParseFlags{Warn: note})
	}
	if argv != nil {
		currentOptions.Argv = argv
	}
	if !warned {
		return RunModuleIO(code, stdout, stderr), nil
	}
	return runMain(stdout, stderr, func(t *objects.Thread, main *objects.Module) *Exc {
		c, err := compileSourceWarn(t, source, filename, syntax.ModeExec)
		if err != nil {
			return err
		}
		return execMain(t, c, main)
	}), nil
}

// ExecModule runs a module's code with the module's dict as its globals
// (for the module system: import executes a module's body this way).
func ExecModule(t *objects.Thread, code *objects.Code, m *objects.Module) *Exc {
	if _, ok := m.Dict.GetStr(objects.Intern("__builtins__")); !ok {
		m.Dict.SetStr(objects.Intern("__builtins__"), objects.Obj(Builtins))
	}
	fn := &objects.Function{Code: code, Globals: m.Dict, Builtins: Builtins, Name: code.Name, Qualname: code.Qualname}
	fn.SetType(objects.FunctionType)
	_, err := callPython(t, fn, nil, nil, nil)
	return err
}

// RunSource parses, compiles and runs a module (for tests and tools).
func RunSource(src []byte, filename string, stdout, stderr io.Writer) int {
	mod, err := syntax.Parse(src, filename, syntax.ModeExec)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 1
	}
	code, err := compile.Compile(mod, filename, src)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 1
	}
	return RunModuleIO(code, stdout, stderr)
}

func handleUncaught(t *objects.Thread, err *Exc, stderr io.Writer) int {
	if err.Matches(objects.ExcSystemExit) {
		args := err.Args.Items
		if len(args) == 0 || args[0].IsNone() {
			return 0
		}
		if i, ok := objects.IntToInt64(args[0]); ok && objects.IsIntValue(args[0]) {
			return int(i)
		}
		s, _ := objects.StrString(t, args[0])
		fmt.Fprintln(stderr, s)
		return 1
	}
	var sb strings.Builder
	FormatException(t, err, &sb, map[*Exc]bool{})
	io.WriteString(stderr, sb.String())
	if err.Type() == objects.ExcKeyboardInterrupt {
		return 130 // CPython re-raises SIGINT: the shell sees 128+2
	}
	return 1
}

// FormatException renders an exception with its chain as CPython's
// default excepthook does (exception groups in boxes; see
// traceback_group.go).
func FormatException(t *objects.Thread, e *Exc, sb *strings.Builder, seen map[*Exc]bool) {
	c := &excPrintCtx{t: t, sb: sb, seen: seen}
	c.recursive(e)
}

// formatSyntaxErrorDetail prints a SyntaxError raised at run time (exec,
// eval, compile) the way CPython's excepthook does: location, source line,
// caret, then "SyntaxError: msg".
func formatSyntaxErrorDetail(t *objects.Thread, e *Exc, sb *strings.Builder) {
	d := objects.As[objects.Tuple](e.Args.Items[1]).Items
	str := func(i int) string {
		if i < len(d) && d[i].Type() == objects.StrType {
			return objects.As[objects.Str](d[i]).S
		}
		return ""
	}
	num := func(i int) int {
		if i < len(d) {
			if n, ok := objects.IntToInt64(d[i]); ok {
				return int(n)
			}
		}
		return 0
	}
	fmt.Fprintf(sb, "  File \"%s\", line %d\n", str(0), num(1))
	text := strings.TrimRight(str(3), "\r\n")
	if text != "" {
		stripped := strings.TrimLeft(text, " \t\f")
		lead := utf8.RuneCountInString(text) - utf8.RuneCountInString(stripped)
		fmt.Fprintf(sb, "    %s\n", stripped)
		off, end := num(2), num(5)
		if off > 0 {
			n := 1
			if num(4) == num(1) && end > off {
				n = end - off
			}
			fmt.Fprintf(sb, "    %s%s\n", strings.Repeat(" ", max(off-1-lead, 0)), strings.Repeat("^", n))
		}
	}
	msg, _ := objects.StrString(t, e.Args.Items[0])
	fmt.Fprintf(sb, "%s: %s\n", e.Type().Name, msg)
}

func formatTraceback(tb *objects.Traceback, sb *strings.Builder) {
	type entry struct {
		file, name string
		line       int
		text       string
	}
	var last entry
	repeat := 0
	flush := func() {
		if repeat > 3 {
			fmt.Fprintf(sb, "  [Previous line repeated %d more time%s]\n", repeat-3, plural(repeat-3))
		}
	}
	for ; tb != nil; tb = tb.Next {
		c := tb.Code
		pos := objects.Position{Line: int32(c.LineOf(tb.PC))}
		if tb.PC < len(c.Positions) {
			pos = c.Positions[tb.PC]
		}
		cur := entry{c.Filename, c.Name, int(pos.Line), ""}
		if cur == last {
			repeat++
			if repeat > 3 {
				continue
			}
		} else {
			flush()
			repeat = 1
			last = cur
		}
		fmt.Fprintf(sb, "  File \"%s\", line %d, in %s\n", c.Filename, pos.Line, c.Name)
		if pos.Line <= 0 || int(pos.Line) > len(c.Source) || strings.HasPrefix(c.Filename, "<") {
			continue // CPython's linecache has no text for <string>, <stdin>, ...
		}
		if n := len(c.Filename); n > 1 && c.Filename[0] == '<' && c.Filename[n-1] == '>' {
			// <string>, <stdin>: linecache cannot read them, so CPython
			// prints no source line.
			continue
		}
		line := strings.TrimRight(c.Source[pos.Line-1], "\r\n")
		stripped := strings.TrimLeft(line, " \t\f")
		if stripped == "" {
			continue
		}
		fmt.Fprintf(sb, "    %s\n", strings.TrimRight(stripped, " \t\f"))
		writeCarets(sb, line, stripped, pos)
	}
	flush()
}

// writeCarets prints CPython 3.11's position markers under a traceback
// line when the failing instruction covers only part of it.
func writeCarets(sb *strings.Builder, line, stripped string, pos objects.Position) {
	if pos.EndLine == 0 || int(pos.Col) > len(line) {
		return
	}
	indent := len(line) - len(stripped)
	startB := int(pos.Col)
	endB := int(pos.EndCol)
	if pos.EndLine != pos.Line {
		endB = len(strings.TrimRight(line, " \t\f"))
	}
	if endB > len(line) || endB < startB {
		return
	}
	start := utf8.RuneCountInString(line[:startB])
	end := utf8.RuneCountInString(line[:endB])
	sInd := utf8.RuneCountInString(line[:indent])
	strippedLen := utf8.RuneCountInString(strings.TrimRight(stripped, " \t\f"))
	var left, right int = -1, -1
	if pos.EndLine == pos.Line {
		left, right = caretAnchors(line[startB:endB])
	}
	if end-start >= strippedLen && !(left >= 0 && right-left > 0) {
		return
	}
	if start < sInd || right < left {
		return // positions that do not fit the line: no markers
	}
	sb.WriteString("    ")
	sb.WriteString(strings.Repeat(" ", start-sInd))
	if left >= 0 {
		n := end - start
		sb.WriteString(strings.Repeat("~", left))
		sb.WriteString(strings.Repeat("^", right-left))
		sb.WriteString(strings.Repeat("~", max(n-right, 0)))
	} else {
		sb.WriteString(strings.Repeat("^", end-start))
	}
	sb.WriteByte('\n')
}

// caretAnchors finds the operator of a binary operation or the brackets
// of a subscript inside segment (in characters), as CPython's traceback
// module does by parsing the segment.
func caretAnchors(segment string) (int, int) {
	mod, err := syntax.Parse([]byte("(\n"+segment+"\n)"), "<anchors>", syntax.ModeEval)
	if err != nil {
		return -1, -1
	}
	ex, ok := mod.(*syntax.Expression)
	if !ok {
		return -1, -1
	}
	lines := strings.Split(segment, "\n")
	norm := func(line, col int) int {
		// position (line in the wrapped source, byte col) -> char offset in segment
		off := 0
		for i := 0; i < line-2 && i < len(lines); i++ {
			off += utf8.RuneCountInString(lines[i]) + 1
		}
		l := line - 2
		if l < 0 || l >= len(lines) || col > len(lines[l]) {
			return -1
		}
		return off + utf8.RuneCountInString(lines[l][:col])
	}
	chars := []rune(segment)
	switch e := ex.Body.(type) {
	case *syntax.BinOp:
		lp, rp := e.Left.GetPos(), e.Right.GetPos()
		opStart := norm(lp.EndLineno, lp.EndColOffset)
		opEnd := norm(rp.Lineno, rp.ColOffset)
		if opStart < 0 || opEnd < opStart {
			return -1, -1
		}
		opStr := chars[opStart:opEnd]
		off := 0
		for off < len(opStr) && (opStr[off] == ' ' || opStr[off] == '\t' || opStr[off] == '\n' || opStr[off] == '\\' || opStr[off] == ')' || opStr[off] == '(') {
			if opStr[off] == '(' {
				break
			}
			off++
		}
		left := opStart + off
		right := left + 1
		if off+1 < len(opStr) && opStr[off+1] != ' ' && opStr[off+1] != '\t' && opStr[off+1] != '\n' {
			right++
		}
		return left, right
	case *syntax.Subscript:
		vp, sp := e.Value.GetPos(), e.Slice.GetPos()
		l := norm(vp.EndLineno, vp.EndColOffset)
		r := norm(sp.EndLineno, sp.EndColOffset)
		if l < 0 || r < 0 {
			return -1, -1
		}
		return l, r + 1
	}
	return -1, -1
}
