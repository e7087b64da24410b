// Command taipan is the Taipan command line: a Python 3.11 interpreter
// invoked as CPython's python3.11 is, with the same options, sys.argv
// layout, error messages and exit statuses.
//
//	taipan [option] ... [-c cmd | -m mod | file | -] [arg] ...
//
// Today it parses the program and reports syntax errors exactly as
// CPython does; -X ast-dump prints the tree. Execution goes through
// execute (run.go), which the virtual machine will fill in.
package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"syscall"
	"unicode/utf8"

	"taipan/syntax"
)

// parse is syntax.Parse; tests replace it.
var parse = syntax.Parse

func main() {
	stop := startProfile()
	status := Main(os.Args, os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(status)
}

// Main runs the command line args (args[0] is the program name) and
// returns the exit status. No Go panic escapes: one is reported as a
// SystemError and gives status 1.
func Main(args []string, stdin io.Reader, stdout, stderr io.Writer) (status int) {
	defer func() {
		if p := recover(); p != nil {
			fmt.Fprintf(stderr, "SystemError: taipan internal error: %v\n", p)
			if os.Getenv("TAIPAN_TRACEBACK") != "" {
				stderr.Write(debug.Stack())
			}
			status = 1
		}
	}()
	program := "taipan"
	if len(args) > 0 && args[0] != "" {
		program = args[0]
		args = args[1:]
	}
	cfg, err := parseArgs(program, args)
	if err != nil {
		fmt.Fprintf(stderr, "%s\n%s\nTry `python -h' for more information.\n", err, usageLine(program))
		return 2
	}
	cfg.Stdin, cfg.Stdout, cfg.Stderr = stdin, stdout, stderr
	if cfg.Help != "" {
		printHelp(stdout, program, cfg.Help)
		return 0
	}
	if cfg.ShowVersion > 0 {
		printVersion(stdout, cfg.ShowVersion)
		return 0
	}
	return runProgram(cfg)
}

// runProgram loads the program's source, parses it and runs it (or dumps
// its AST for -X ast-dump).
func runProgram(cfg *Config) int {
	var src []byte
	var filename string
	isFile := false
	switch cfg.Run {
	case RunCommand:
		src, filename = []byte(cfg.Command), "<string>"
	case RunScript:
		path, data, status := readScript(cfg, cfg.Script)
		if status >= 0 {
			return status
		}
		if st, err := os.Stat(cfg.Script); err == nil && st.IsDir() || isZipArchive(data) {
			return runDirectory(cfg)
		}
		src, filename, isFile = data, path, true
	case RunModule:
		return runModule(cfg)
	default: // RunStdin
		if f, ok := cfg.Stdin.(*os.File); ok && isTerminal(f) {
			fmt.Fprintln(cfg.Stderr, "taipan: the interactive interpreter is not implemented yet")
			return 1
		}
		data, err := io.ReadAll(cfg.Stdin)
		if err != nil {
			fmt.Fprintf(cfg.Stderr, "%s: can't read stdin: %s\n", cfg.Program, osErrorText(err))
			return 1
		}
		src, filename = data, "<stdin>"
	}
	if cfg.Flags.SkipFirstLine {
		// -x: the first line is skipped, but still counted.
		if i := strings.IndexByte(string(src), '\n'); i >= 0 {
			src = append([]byte(nil), src[i:]...)
		} else {
			src = nil
		}
	}
	// Files and stdin are read by CPython's file reader, which checks the
	// encoding and reports some errors differently from compile().
	fileLike := isFile || filename == "<stdin>"
	if fileLike {
		if msg := nonUTF8Message(src, filename); msg != "" {
			fmt.Fprintf(cfg.Stderr, "SyntaxError: %s\n", msg)
			return 1
		}
	}

	tree, err := parse(src, filename, syntax.ModeExec)
	if err != nil {
		var se *syntax.SyntaxError
		if !errors.As(err, &se) {
			fmt.Fprintf(cfg.Stderr, "SystemError: %v\n", err)
			return 1
		}
		if fileLike {
			if msg, ok := scriptEncodingMessage(se); ok {
				fmt.Fprintf(cfg.Stderr, "SyntaxError: %s\n", msg)
				return 1
			}
			se = fileModeError(se, src)
		}
		io.WriteString(cfg.Stderr, formatSyntaxError(se))
		return 1
	}
	if cfg.ASTDump {
		w := bufio.NewWriterSize(cfg.Stdout, 64<<10)
		w.WriteString(syntax.Dump(tree, cfg.ASTDumpAttr))
		w.WriteByte('\n')
		if err := w.Flush(); err != nil {
			return 1
		}
		return 0
	}
	return execute(cfg, tree, filename, src)
}

// fileModeError adjusts a SyntaxError from the parser to what CPython's
// file reader reports: the shown text is the source line at Lineno (CPython
// reads it back from the file, except for errors inside an f-string's
// expression, whose text is that expression in parentheses), and "expected an indented block" found at
// the end of the input has offset 0, so no caret is printed.
func fileModeError(se *syntax.SyntaxError, src []byte) *syntax.SyntaxError {
	c := *se
	inFString := strings.HasPrefix(c.Msg, "f-string") && strings.HasPrefix(c.Text, "(")
	if line, ok := sourceLine(src, c.Lineno); ok && !inFString {
		c.Text = line
	}
	if c.Class == "IndentationError" && strings.HasPrefix(c.Msg, "expected an indented block") &&
		c.Offset-1 >= len(strings.TrimRight(c.Text, "\r\n")) {
		c.Offset = 0
	}
	return &c
}

// sourceLine returns line n (1-based) of src with its newline, if it
// exists and is valid UTF-8.
func sourceLine(src []byte, n int) (string, bool) {
	if n < 1 {
		return "", false
	}
	for i := 1; i < n; i++ {
		k := bytes.IndexByte(src, '\n')
		if k < 0 {
			return "", false
		}
		src = src[k+1:]
	}
	if k := bytes.IndexByte(src, '\n'); k >= 0 {
		src = src[:k+1]
	}
	if len(src) == 0 || !utf8.Valid(src) {
		return "", false
	}
	return string(src), true
}

// readScript reads the program file. It returns the absolute path
// (CPython reports script errors under it), the source and -1, or an exit
// status after printing CPython's message. A directory runs its
// __main__.py.
func readScript(cfg *Config, name string) (string, []byte, int) {
	abs, err := filepath.Abs(name)
	if err != nil {
		abs = name
	}
	info, err := os.Stat(abs)
	if err == nil && info.IsDir() {
		main := filepath.Join(abs, "__main__.py")
		if st, err := os.Stat(main); err != nil || st.IsDir() {
			fmt.Fprintf(cfg.Stderr, "%s: can't find '__main__' module in %s\n", cfg.Program, pyRepr(abs))
			return "", nil, 1
		}
		abs = main
		cfg.Argv[0] = name
	}
	data, err := os.ReadFile(abs)
	if err != nil {
		fmt.Fprintf(cfg.Stderr, "%s: can't open file %s: %s\n", cfg.Program, pyRepr(abs), osErrorText(err))
		return "", nil, 2
	}
	return abs, data, -1
}

// osErrorText formats an OS error as CPython's OSError str():
// "[Errno 2] No such file or directory".
func osErrorText(err error) string {
	var errno syscall.Errno
	if errors.As(err, &errno) {
		msg := errno.Error()
		if msg != "" {
			msg = strings.ToUpper(msg[:1]) + msg[1:]
		}
		return fmt.Sprintf("[Errno %d] %s", int(errno), msg)
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// pyRepr quotes s as Python's repr of a str does for ordinary text.
func pyRepr(s string) string {
	q := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		q = '"'
	}
	var b strings.Builder
	b.WriteByte(q)
	for _, r := range s {
		switch {
		case r == rune(q) || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\t':
			b.WriteString(`\t`)
		case r == '\r':
			b.WriteString(`\r`)
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, `\x%02x`, r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte(q)
	return b.String()
}

// isZipArchive reports whether a script file is a zip archive (run as
// CPython does: its __main__ module through the import system).
func isZipArchive(data []byte) bool {
	if len(data) < 22 {
		return false
	}
	// The end-of-central-directory record sits in the last 64 KiB + 22 bytes.
	tail := data[max(0, len(data)-(1<<16)-22):]
	return bytes.HasPrefix(data, []byte("PK\x03\x04")) || bytes.LastIndex(tail, []byte("PK\x05\x06")) >= 0
}

// isTerminal reports whether f is a character device (a terminal).
func isTerminal(f *os.File) bool {
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}
