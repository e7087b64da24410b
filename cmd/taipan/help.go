package main

import (
	"fmt"
	"io"
	"runtime"
)

func usageLine(program string) string {
	return "usage: " + program + " [option] ... [-c cmd | -m mod | file | -] [arg] ..."
}

const helpOptions = `Options:
-b     : warn when bytes or bytearray are compared with str or passed to
         str() (-bb: raise an error instead)
-B     : do not write .pyc files when importing; also PYTHONDONTWRITEBYTECODE=x
-c cmd : run the program given as a string (ends the option list)
-d     : parser debug output (debug builds only); also PYTHONDEBUG=x
-E     : ignore the PYTHON* environment variables (PYTHONPATH and friends)
-h     : show this help and exit (also -? and --help)
-i     : after the program, drop into the interactive prompt, even when
         stdin is not a terminal; also PYTHONINSPECT=x
-I     : isolated mode: like -E -P -s together
-m mod : run a library module as the main program (ends the option list)
-O     : drop assert statements and code guarded by __debug__;
         also PYTHONOPTIMIZE=x
-OO    : like -O, and also drop docstrings
-P     : do not put the script's directory (or the current one) first
         on sys.path
-q     : no version and copyright banner in interactive mode
-s     : leave the user site directory off sys.path; also PYTHONNOUSERSITE
-S     : do not import the site module at startup
-u     : unbuffered stdout and stderr; also PYTHONUNBUFFERED=x
-v     : trace imports (repeat for more); also PYTHONVERBOSE=x
-V     : print the Python version and exit (also --version); twice: more detail
-W arg : warning filter action:message:category:module:lineno;
         also PYTHONWARNINGS=arg
-x     : ignore the first line of the source (for non-Unix #! forms)
-X opt : implementation-specific option (see --help-xoptions)
--check-hash-based-pycs always|default|never:
         how hash-based .pyc files are validated
--help-env      : describe the environment variables and exit
--help-xoptions : describe the -X options and exit
--help-all      : all of the above and exit
Arguments:
file   : the program, read from a file
-      : the program, read from stdin (the default; interactive on a terminal)
arg ...: arguments for the program, found in sys.argv[1:]
`

const helpEnv = `Environment variables:
PYTHONPATH        : ':'-separated directories put in front of sys.path
PYTHONHOME        : the <prefix> (or <prefix>:<exec_prefix>) of the standard library
PYTHONSTARTUP     : file run before the first interactive prompt
PYTHONIOENCODING  : encoding[:errors] of stdin, stdout and stderr
PYTHONHASHSEED    : 'random' or an integer in [0, 4294967295] seeding str/bytes hashes
PYTHONINTMAXSTRDIGITS: limit on the digits of int<->str conversions (0: none)
PYTHONUTF8        : 1 turns on UTF-8 mode
PYTHONDEVMODE     : turn on development mode (like -X dev)
PYTHONWARNINGS    : like -W
PYTHONDONTWRITEBYTECODE, PYTHONINSPECT, PYTHONOPTIMIZE, PYTHONUNBUFFERED,
PYTHONVERBOSE, PYTHONNOUSERSITE, PYTHONSAFEPATH, PYTHONDEBUG: like -B, -i,
                    -O, -u, -v, -s, -P and -d
`

const helpXOptions = `-X options:
-X dev               : development mode (extra runtime checks)
-X utf8[=0|1]        : UTF-8 mode on (or off)
-X ast-dump          : Taipan: print the program's AST as ast.dump(tree,
                       include_attributes=True) does, instead of running it
-X ast-dump=noattrs  : Taipan: the same without positions (ast.dump(tree))
Other -X options are recorded in sys._xoptions.
`

func printHelp(w io.Writer, program, which string) {
	switch which {
	case "env":
		io.WriteString(w, helpEnv)
	case "xoptions":
		io.WriteString(w, helpXOptions)
	case "all":
		fmt.Fprintln(w, usageLine(program))
		io.WriteString(w, helpOptions)
		io.WriteString(w, "\n"+helpEnv+"\n"+helpXOptions)
	default:
		fmt.Fprintln(w, usageLine(program))
		io.WriteString(w, helpOptions)
	}
}

func printVersion(w io.Writer, count int) {
	if count > 1 {
		fmt.Fprintf(w, "Python %s (Taipan, %s %s/%s)\n", Version, runtime.Version(), runtime.GOOS, runtime.GOARCH)
		return
	}
	fmt.Fprintf(w, "Python %s\n", Version)
}
