package main

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// Version is the Python version Taipan implements.
const Version = "3.11.2"

// Flags are the interpreter flags set by command-line options (the
// interpreter turns them into sys.flags). Counters count repetitions, as
// CPython does for -v, -b, -O and -d.
type Flags struct {
	Debug             int  // -d
	Inspect           bool // -i
	Interactive       bool // -i
	Optimize          int  // -O, -OO
	DontWriteBytecode bool // -B
	NoUserSite        bool // -s (and -I)
	NoSite            bool // -S
	IgnoreEnvironment bool // -E (and -I)
	Verbose           int  // -v
	BytesWarning      int  // -b
	Quiet             bool // -q
	Isolated          bool // -I
	SafePath          bool // -P (and -I)
	Unbuffered        bool // -u
	SkipFirstLine     bool // -x
	DevMode           bool // -X dev
	UTF8Mode          bool // -X utf8
}

// Config is the outcome of command-line parsing: what to run and with
// which settings. The interpreter builds sys.argv, sys.warnoptions,
// sys._xoptions and sys.flags from it.
type Config struct {
	// Program is the name the executable was invoked by (os.Args[0]); it
	// appears in usage and error messages as CPython's does.
	Program string

	// Run says what to run; Command, Module or Script holds it.
	Run     RunKind
	Command string // -c (with the newline CPython appends)
	Module  string // -m
	Script  string // a file name, as given

	// Argv is sys.argv: ["-c", args...] for -c, ["-m", args...] for -m
	// (argv[0] becomes the module's path once found), [script, args...]
	// for a file, ["-", args...] for "-" and [""] when no program is given.
	Argv []string

	WarnOptions []string // -W values, in order (sys.warnoptions)
	XOptions    []string // -X values, in order, raw "name" or "name=value"

	// CheckHashPycs is the --check-hash-based-pycs value ("default" if absent).
	CheckHashPycs string

	Flags Flags

	// ASTDump is set by -X ast-dump (with positions) and
	// -X ast-dump=noattrs: print the tree instead of running it.
	ASTDump     bool
	ASTDumpAttr bool

	// The process's standard streams (os.Stdin etc. except in tests).
	Stdin          io.Reader
	Stdout, Stderr io.Writer

	// Actions that replace running a program.
	Help        string // "", "help", "env", "xoptions", "all"
	ShowVersion int    // -V count
}

// XOptionsDict returns sys._xoptions as an ordered list of keys and a map
// from key to value; a key given without "=value" maps to true (nil here).
func (c *Config) XOptionsDict() (keys []string, values map[string]*string) {
	values = make(map[string]*string)
	for _, x := range c.XOptions {
		k, v, ok := strings.Cut(x, "=")
		if _, seen := values[k]; !seen {
			keys = append(keys, k)
		}
		if ok {
			vv := v
			values[k] = &vv
		} else {
			values[k] = nil
		}
	}
	return keys, values
}

// RunKind says where the program comes from.
type RunKind int

const (
	RunStdin   RunKind = iota // "-" or no program: standard input (REPL on a terminal)
	RunCommand                // -c
	RunModule                 // -m
	RunScript                 // a file
)

// usageError is a command-line error: CPython prints its message, the
// usage line and a hint, and exits with status 2.
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

// shortWithArg are the single-letter options that take an argument.
const shortWithArg = "cmWX"

// shortNoArg are the single-letter options without an argument.
const shortNoArg = "bBdEhiIOPqRsSuvVx?"

// parseArgs parses the command line (args excludes the program name) the
// way CPython's getopt does: short options may be combined ("-Bc code"),
// an option's argument may be attached ("-Wignore") or follow ("-W ignore"),
// -c and -m end option processing, "--" ends it too and the first
// non-option argument is the script. Everything after the program is left
// for sys.argv.
func parseArgs(program string, args []string) (*Config, error) {
	cfg := &Config{Program: program, CheckHashPycs: "default"}
	i := 0
	done := false
	for i < len(args) && !done {
		a := args[i]
		if a == "--" {
			i++
			break
		}
		if len(a) < 2 || a[0] != '-' {
			break // "-" (stdin) or the script
		}
		i++
		if strings.HasPrefix(a, "--") {
			if err := cfg.longOption(a, args, &i); err != nil {
				return nil, err
			}
			continue
		}
		// A cluster of short options.
		for j := 1; j < len(a); j++ {
			c := a[j]
			if c == 'J' {
				return nil, &usageError{"-J is reserved for Jython"}
			}
			if strings.IndexByte(shortWithArg, c) >= 0 {
				var val string
				if j+1 < len(a) {
					val = a[j+1:]
				} else if i < len(args) {
					val = args[i]
					i++
				} else {
					return nil, &usageError{fmt.Sprintf("Argument expected for the -%c option", c)}
				}
				switch c {
				case 'c':
					// CPython appends a newline to the command.
					cfg.Command = val + "\n"
					cfg.Run = RunCommand
					done = true
				case 'm':
					cfg.Module = val
					cfg.Run = RunModule
					done = true
				case 'W':
					cfg.WarnOptions = append(cfg.WarnOptions, val)
				case 'X':
					cfg.xOption(val)
				}
				break
			}
			if strings.IndexByte(shortNoArg, c) < 0 {
				// CPython prints the option character through a C char,
				// so a non-ASCII one comes out as its code point's low byte.
				r, _ := utf8.DecodeRuneInString(a[j:])
				return nil, &usageError{"Unknown option: -" + string([]byte{byte(r)})}
			}
			cfg.shortFlag(c)
		}
	}
	rest := args[i:]
	switch {
	case cfg.Run == RunCommand:
		cfg.Argv = append([]string{"-c"}, rest...)
	case cfg.Run == RunModule:
		cfg.Argv = append([]string{"-m"}, rest...)
	case len(rest) > 0 && rest[0] != "-":
		cfg.Run = RunScript
		cfg.Script = rest[0]
		cfg.Argv = append([]string(nil), rest...)
	case len(rest) > 0: // "-"
		cfg.Argv = append([]string(nil), rest...)
	default:
		cfg.Argv = []string{""}
	}
	return cfg, nil
}

func (cfg *Config) longOption(a string, args []string, i *int) error {
	switch a {
	case "--help":
		cfg.Help = "help"
	case "--help-env":
		cfg.Help = "env"
	case "--help-xoptions":
		cfg.Help = "xoptions"
	case "--help-all":
		cfg.Help = "all"
	case "--version":
		cfg.ShowVersion++
	case "--check-hash-based-pycs":
		if *i >= len(args) {
			return &usageError{"Argument expected for the --check-hash-based-pycs options"}
		}
		v := args[*i]
		*i++
		switch v {
		case "always", "default", "never":
			cfg.CheckHashPycs = v
		default:
			return &usageError{"--check-hash-based-pycs must be one of 'default', 'always', or 'never'"}
		}
	default:
		return &usageError{"unknown option " + a}
	}
	return nil
}

func (cfg *Config) shortFlag(c byte) {
	f := &cfg.Flags
	switch c {
	case 'b':
		f.BytesWarning++
	case 'B':
		f.DontWriteBytecode = true
	case 'd':
		f.Debug++
	case 'E':
		f.IgnoreEnvironment = true
	case 'h', '?':
		if cfg.Help == "" {
			cfg.Help = "help"
		}
	case 'i':
		f.Inspect = true
		f.Interactive = true
	case 'I':
		f.Isolated = true
		f.NoUserSite = true
		f.IgnoreEnvironment = true
		f.SafePath = true
	case 'O':
		f.Optimize++
	case 'P':
		f.SafePath = true
	case 'q':
		f.Quiet = true
	case 'R':
		// Hash randomization is always on; accepted for compatibility.
	case 's':
		f.NoUserSite = true
	case 'S':
		f.NoSite = true
	case 'u':
		f.Unbuffered = true
	case 'v':
		f.Verbose++
	case 'V':
		cfg.ShowVersion++
	case 'x':
		f.SkipFirstLine = true
	}
}

func (cfg *Config) xOption(v string) {
	cfg.XOptions = append(cfg.XOptions, v)
	name, val, hasVal := strings.Cut(v, "=")
	switch name {
	case "dev":
		cfg.Flags.DevMode = true
	case "utf8":
		cfg.Flags.UTF8Mode = !hasVal || val != "0"
	case "ast-dump":
		cfg.ASTDump = true
		cfg.ASTDumpAttr = !(hasVal && val == "noattrs")
	}
}
