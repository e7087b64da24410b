package vm

import (
	"bufio"
	"io"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"unsafe"

	"taipan/objects"
)

// The sys module and the interpreter options it reflects.

// Flags are the interpreter flags (sys.flags), set from the command line.
type Flags struct {
	Debug, Inspect, Interactive, Optimize, DontWriteBytecode, NoUserSite, NoSite int
	IgnoreEnvironment, Verbose, BytesWarning, Quiet, HashRandomization, Isolated int
	DevMode                                                                      bool
	UTF8Mode, WarnDefaultEncoding                                                int
	SafePath                                                                     bool
	IntMaxStrDigits                                                              int // -1: not set
}

// Options configure a program run (what the command line decided).
type Options struct {
	Argv        []string // sys.argv
	OrigArgv    []string // sys.orig_argv (the command line as given)
	WarnOptions []string // sys.warnoptions
	XOptions    []string // -X options, "name" or "name=value"
	Flags       Flags
	// Path0 is sys.path[0] (the script's directory, "" for -c and
	// stdin, the working directory for -m); NoPath0 leaves it out (-P, -I).
	Path0   string
	NoPath0 bool
}

// currentOptions are the options of the next (or running) program.
var currentOptions = Options{Argv: []string{""}, Flags: Flags{HashRandomization: 1, IntMaxStrDigits: -1}}

// SetOptions sets the options for the programs run next.
func SetOptions(o Options) {
	if o.Argv == nil {
		o.Argv = []string{""}
	}
	currentOptions = o
}

// maxRecursion caps the effective recursion limit so that deep Python
// recursion raises RecursionError before Go's stack limit (each Python
// call uses about 1.5 KB of Go stack).
const maxRecursion = 200000

var requestedRecursionLimit int64

const (
	versionString = "3.11.2"
	hexVersion    = 0x030B02F0
)

var (
	flagsType, versionInfoType, floatInfoType, intInfoType, hashInfoType, threadInfoType *objects.StructSeqDesc
	simpleNamespaceType                                                                  *objects.Type
	defaultExcepthook                                                                    Value
	sysTrace, sysProfile                                                                 Value
	switchInterval                                                                             = 0.005
	intMaxStrDigits                                                                      int64 = 4300
)

func init() {
	flagsType = newStructSeq("sys", "flags", []string{"debug", "inspect", "interactive", "optimize", "dont_write_bytecode",
		"no_user_site", "no_site", "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization", "isolated",
		"dev_mode", "utf8_mode", "warn_default_encoding", "safe_path", "int_max_str_digits"})
	versionInfoType = newStructSeq("sys", "version_info", []string{"major", "minor", "micro", "releaselevel", "serial"})
	floatInfoType = newStructSeq("sys", "float_info", []string{"max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp",
		"dig", "mant_dig", "epsilon", "radix", "rounds"})
	intInfoType = newStructSeq("sys", "int_info", []string{"bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"})
	hashInfoType = newStructSeq("sys", "hash_info", []string{"width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"})
	threadInfoType = newStructSeq("sys", "thread_info", []string{"name", "lock", "version"})

	simpleNamespaceType = goClass("types", "SimpleNamespace", []member{
		{name: "__init__", fn: func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
			pos, kw := objects.SplitArgs(args, kwnames)
			if len(pos) > 0 {
				return null, objects.Errorf(objects.ExcTypeError, "no positional arguments expected")
			}
			for i, v := range kw {
				objects.GenericSetAttr(t, self, objects.As[objects.Str](kwnames.Items[i]), v)
			}
			return objects.None, nil
		}},
		{name: "__repr__", fn: func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
			name := "namespace"
			if self.Type() != simpleNamespaceType {
				name = self.Type().Name
			}
			if !t.ReprEnter(self) {
				return str(name + "(...)"), nil
			}
			defer t.ReprLeave(self)
			d, err := objects.GetAttrString(t, self, "__dict__")
			if err != nil {
				return null, err
			}
			var parts []string
			var e *Exc
			objects.As[objects.Dict](d).Items(func(k, v Value) bool {
				r, err := objects.ReprString(t, v)
				if err != nil {
					e = err
					return false
				}
				ks, _ := strOf(k)
				parts = append(parts, ks+"="+r)
				return true
			})
			if e != nil {
				return null, e
			}
			return str(name + "(" + strings.Join(parts, ", ") + ")"), nil
		}},
		{name: "__eq__", fn: func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
			if !args[0].IsInstance(simpleNamespaceType) {
				return objects.NotImplemented, nil
			}
			a, err := objects.GetAttrString(t, self, "__dict__")
			if err != nil {
				return null, err
			}
			b, err := objects.GetAttrString(t, args[0], "__dict__")
			if err != nil {
				return null, err
			}
			return objects.RichCompare(t, a, b, objects.CmpEq)
		}},
	})
}

func sysFn(m *objects.Module, name string, fn objects.BuiltinFn) {
	b := objects.NewBuiltin(name, fn)
	objects.As[objects.BuiltinFunction](b).Module = "sys"
	m.Set(name, b)
}

func strList(ss []string) Value {
	items := make([]Value, len(ss))
	for i, s := range ss {
		items[i] = str(s)
	}
	return objects.NewListValue(items)
}

func intBool(b bool) int {
	if b {
		return 1
	}
	return 0
}

// executablePath is sys.executable: the absolute path of the running
// binary.
func executablePath() string {
	p, err := os.Executable()
	if err != nil {
		return ""
	}
	if r, err := filepath.EvalSymlinks(p); err == nil {
		p = r
	}
	// held in a fixed-size buffer: what is allocated after it then does
	// not move with the length of the path (the heap layout otherwise
	// follows where the binary lives, and with it up to 40% of some
	// benchmarks' speed)
	b := make([]byte, len(p), max(len(p), 4096))
	copy(b, p)
	return unsafe.String(&b[0], len(p))
}

// buildPath computes sys.path: sys.path[0], PYTHONPATH, the standard
// library, then the site-packages directories that exist.
func buildPath(o *Options) []string {
	var path []string
	if !o.NoPath0 {
		path = append(path, o.Path0)
	}
	if o.Flags.IgnoreEnvironment == 0 {
		for _, p := range filepath.SplitList(os.Getenv("PYTHONPATH")) {
			if p != "" {
				path = append(path, p)
			}
		}
	}
	std := stdlibDir()
	// CPython lists the zipped standard library even when it is absent.
	path = append(path, filepath.Join(filepath.Dir(std), "python311.zip"), std)
	if d := filepath.Join(std, "lib-dynload"); isDir(d) {
		path = append(path, d)
	}
	if o.Flags.NoSite == 0 {
		for _, d := range []string{"/usr/local/lib/python3.11/dist-packages", "/usr/lib/python3/dist-packages", "/usr/lib/python3.11/dist-packages"} {
			if isDir(d) {
				path = append(path, d)
			}
		}
	}
	return path
}

// initInterp creates sys, builtins and sys.modules for a program run.
func initInterp(t *objects.Thread, o Options) {
	initImportTime(&o)
	sysModules = objects.NewDict()
	builtinsModule = &objects.Module{Name: "builtins", Dict: Builtins}
	builtinsModule.SetType(objects.ModuleType)
	Builtins.SetStr(objects.Intern("__name__"), str("builtins"))
	if _, ok := Builtins.GetStr(objects.Intern("__doc__")); !ok {
		Builtins.SetStr(objects.Intern("__doc__"), str("Built-in functions, types, exceptions, and other objects."))
	}
	Builtins.SetStr(objects.Intern("__package__"), str(""))
	sysModule = newSysModule(t, &o)
	sysModules.SetStr(objects.Intern("sys"), objects.Obj(sysModule))
	sysModules.SetStr(objects.Intern("builtins"), objects.Obj(builtinsModule))
	for _, m := range []*objects.Module{sysModule, builtinsModule} {
		spec, err := newSpec(bootThread, str(m.Name), objects.Obj(builtinImporterType), str("built-in"), false)
		if err == nil {
			m.Set("__spec__", spec)
			m.Set("__loader__", objects.Obj(builtinImporterType))
			m.Set("__package__", str(""))
		}
	}
}

func newSysModule(t *objects.Thread, o *Options) *objects.Module {
	m := objects.NewModule("sys")
	m.Set("__doc__", str("This module provides access to some objects used or maintained by the\ninterpreter and to functions that interact strongly with the interpreter."))
	m.Set("argv", strList(o.Argv))
	orig := o.OrigArgv
	if orig == nil {
		orig = os.Args
	}
	m.Set("orig_argv", strList(orig))
	exe := executablePath()
	m.Set("executable", str(exe))
	m.Set("_base_executable", str(exe))
	f := o.Flags
	m.Set("flags", flagsType.New([]Value{
		objects.Int(int64(f.Debug)), objects.Int(int64(f.Inspect)), objects.Int(int64(f.Interactive)), objects.Int(int64(f.Optimize)),
		objects.Int(int64(f.DontWriteBytecode)), objects.Int(int64(f.NoUserSite)), objects.Int(int64(f.NoSite)),
		objects.Int(int64(f.IgnoreEnvironment)), objects.Int(int64(f.Verbose)), objects.Int(int64(f.BytesWarning)),
		objects.Int(int64(f.Quiet)), objects.Int(int64(f.HashRandomization)), objects.Int(int64(f.Isolated)),
		objects.Bool(f.DevMode), objects.Int(int64(f.UTF8Mode)), objects.Int(int64(f.WarnDefaultEncoding)),
		objects.Bool(f.SafePath), objects.Int(int64(f.IntMaxStrDigits)),
	}))
	vi := versionInfoType.New([]Value{objects.Int(3), objects.Int(11), objects.Int(2), str("final"), objects.Int(0)})
	m.Set("version_info", vi)
	m.Set("version", str(versionString+" (main, Taipan) [Go "+strings.TrimPrefix(runtime.Version(), "go")+"]"))
	m.Set("hexversion", objects.Int(hexVersion))
	m.Set("api_version", objects.Int(1013))
	m.Set("_git", objects.NewTupleValue([]Value{str("Taipan"), str(""), str("")}))
	m.Set("_framework", str(""))
	impl, ierr := objects.CallValue(bootThread, objects.Obj(simpleNamespaceType), []Value{str("taipan"), objects.None, vi, objects.Int(hexVersion), str(multiarch())},
		objects.NewTuple([]Value{str("name"), str("cache_tag"), str("version"), str("hexversion"), str("_multiarch")}))
	if ierr != nil {
		panic(ierr.Error())
	}
	m.Set("implementation", impl)
	m.Set("platform", str(runtime.GOOS))
	x := uint16(1)
	if *(*byte)(unsafe.Pointer(&x)) == 1 {
		m.Set("byteorder", str("little"))
	} else {
		m.Set("byteorder", str("big"))
	}
	m.Set("maxsize", objects.Int(math.MaxInt64))
	m.Set("maxunicode", objects.Int(0x10ffff))
	m.Set("float_info", floatInfoType.New([]Value{objects.Float(math.MaxFloat64), objects.Int(1024), objects.Int(308),
		objects.Float(2.2250738585072014e-308), objects.Int(-1021), objects.Int(-307), objects.Int(15), objects.Int(53),
		objects.Float(2.220446049250313e-16), objects.Int(2), objects.Int(1)}))
	m.Set("int_info", intInfoType.New([]Value{objects.Int(30), objects.Int(4), objects.Int(4300), objects.Int(640)}))
	m.Set("hash_info", hashInfoType.New([]Value{objects.Int(64), objects.Int(1<<61 - 1), objects.Int(314159), objects.Int(0),
		objects.Int(1000003), str("siphash13"), objects.Int(64), objects.Int(128), objects.Int(0)}))
	m.Set("thread_info", threadInfoType.New([]Value{str("pthread"), str("semaphore"), objects.None}))
	m.Set("float_repr_style", str("short"))
	m.Set("abiflags", str(""))
	m.Set("copyright", str("Copyright (c) 2001-2023 Python Software Foundation.\nAll Rights Reserved.\n\nCopyright (c) 2000 BeOpen.com.\nAll Rights Reserved.\n\nCopyright (c) 1995-2001 Corporation for National Research Initiatives.\nAll Rights Reserved.\n\nCopyright (c) 1991-1995 Stichting Mathematisch Centrum, Amsterdam.\nAll Rights Reserved."))
	for _, p := range []string{"prefix", "base_prefix", "exec_prefix", "base_exec_prefix"} {
		m.Set(p, str("/usr"))
	}
	m.Set("platlibdir", str("lib"))
	m.Set("_stdlib_dir", str(stdlibDir()))
	m.Set("pycache_prefix", objects.None)
	m.Set("dont_write_bytecode", objects.Bool(f.DontWriteBytecode != 0))
	m.Set("path", strList(buildPath(o)))
	m.Set("modules", objects.Obj(sysModules))
	m.Set("meta_path", objects.NewListValue([]Value{objects.Obj(builtinImporterType), objects.Obj(frozenImporterType), objects.Obj(pathFinderType)}))
	m.Set("path_hooks", objects.NewListValue([]Value{zipHook, pathHook}))
	m.Set("path_importer_cache", objects.Obj(objects.NewDict()))
	bn := append(objects.NativeModuleNames(), "builtins", "sys")
	sort.Strings(bn)
	names := []Value{}
	for _, n := range bn {
		names = append(names, str(n))
	}
	m.Set("builtin_module_names", objects.NewTupleValue(names))
	std := strings.Fields(stdlibModuleNames)
	sv := make([]Value, len(std))
	for i, n := range std {
		sv[i] = str(n)
	}
	fsType, _ := Builtins.GetStr(objects.Intern("frozenset"))
	fs, _ := objects.CallValue(bootThread, fsType, []Value{objects.NewListValue(sv)}, nil)
	m.Set("stdlib_module_names", fs)
	m.Set("warnoptions", strList(o.WarnOptions))
	xo := objects.NewDict()
	for _, x := range o.XOptions {
		k, v, ok := strings.Cut(x, "=")
		if ok {
			xo.SetStr(objects.NewStr(k), str(v))
		} else {
			xo.SetStr(objects.NewStr(k), objects.True)
		}
	}
	m.Set("_xoptions", objects.Obj(xo))

	stdout := newStream(func(t *objects.Thread, s string) { t.Stdout.WriteString(s) })
	stderr := newStream(func(t *objects.Thread, s string) {
		t.Stdout.Flush()
		io.WriteString(t.Stderr, s)
	})
	stdin := newStream(nil)
	for _, p := range []struct {
		name string
		v    Value
	}{{"stdout", stdout}, {"stderr", stderr}, {"stdin", stdin}} {
		m.Set(p.name, p.v)
		m.Set("__"+p.name+"__", p.v)
	}
	addSysFunctions(m)
	return m
}

func addSysFunctions(m *objects.Module) {
	noArgs := func(name string, f func(t *objects.Thread) (Value, *Exc)) {
		sysFn(m, name, func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
			if err := objects.NoArgs(name, args, kwnames); err != nil {
				return null, err
			}
			return f(t)
		})
	}
	sysFn(m, "_getframe", func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
		if err := objects.CheckArgs("_getframe", args, kwnames, 0, 1); err != nil {
			return null, err
		}
		depth := int64(0)
		if len(args) == 1 {
			depth, _ = objects.IntToInt64(args[0])
		}
		f := objects.FramesOf(t, int(depth))
		if f == nil {
			return null, objects.Errorf(objects.ExcValueError, "call stack is not deep enough")
		}
		return objects.Obj(f), nil
	})
	sysFn(m, "exit", func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
		if err := objects.CheckArgs("exit", args, kwnames, 0, 1); err != nil {
			return null, err
		}
		return null, objects.NewException(objects.ExcSystemExit, args...)
	})
	noArgs("getrecursionlimit", func(t *objects.Thread) (Value, *Exc) {
		if requestedRecursionLimit > 0 {
			return objects.Int(requestedRecursionLimit), nil
		}
		return objects.Int(int64(t.RecursionLimit)), nil
	})
	sysFn(m, "setrecursionlimit", func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
		if err := objects.CheckArgs("setrecursionlimit", args, kwnames, 1, 1); err != nil {
			return null, err
		}
		if !objects.IsIntValue(args[0]) {
			return null, objects.Errorf(objects.ExcTypeError, "'%s' object cannot be interpreted as an integer", args[0].Type().Name)
		}
		n, ok := objects.IntToInt64(args[0])
		if !ok || n < 1 {
			return null, objects.Errorf(objects.ExcValueError, "recursion limit must be greater or equal than 1")
		}
		// The Go stack (1 GB maximum) must never overflow: deeper limits
		// are recorded but the VM stops at maxRecursion.
		requestedRecursionLimit = n
		t.RecursionLimit = int(min(n, maxRecursion))
		return objects.None, nil
	})
	noArgs("exc_info", func(t *objects.Thread) (Value, *Exc) {
		e := t.ExcInfo
		if e == nil {
			return objects.NewTupleValue([]Value{objects.None, objects.None, objects.None}), nil
		}
		tb := objects.None
		if e.Traceback != nil {
			tb = objects.Obj(e.Traceback)
		}
		return objects.NewTupleValue([]Value{objects.Obj(e.Type()), objects.Obj(e), tb}), nil
	})
	noArgs("exception", func(t *objects.Thread) (Value, *Exc) {
		if t.ExcInfo == nil {
			return objects.None, nil
		}
		return objects.Obj(t.ExcInfo), nil
	})
	excepthook := objects.NewBuiltin("excepthook", func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
		if err := objects.CheckArgs("excepthook", args, kwnames, 3, 3); err != nil {
			return null, err
		}
		if !args[1].IsInstance(objects.ExcBaseException) {
			r, _ := objects.StrString(t, args[1])
			writeStderr(t, "TypeError: print_exception(): Exception expected for value, "+args[1].Type().Name+" found\n"+r+"\n")
			return objects.None, nil
		}
		var sb strings.Builder
		FormatException(t, objects.As[objects.BaseException](args[1]), &sb, map[*Exc]bool{})
		writeStderr(t, sb.String())
		return objects.None, nil
	})
	defaultExcepthook = excepthook
	m.Set("excepthook", excepthook)
	m.Set("__excepthook__", excepthook)
	displayhook := objects.NewBuiltin("displayhook", func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
		if err := objects.CheckArgs("displayhook", args, kwnames, 1, 1); err != nil {
			return null, err
		}
		if args[0].IsNone() {
			return objects.None, nil
		}
		Builtins.SetStr(objects.Intern("_"), objects.None)
		r, err := objects.ReprString(t, args[0])
		if err != nil {
			return null, err
		}
		out := sysGet("stdout")
		if _, err := objects.CallMethod(t, out, "write", str(r+"\n")); err != nil {
			return null, err
		}
		Builtins.SetStr(objects.Intern("_"), args[0])
		return objects.None, nil
	})
	m.Set("displayhook", displayhook)
	m.Set("__displayhook__", displayhook)
	unraisable := objects.NewBuiltin("unraisablehook", func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
		if err := objects.CheckArgs("unraisablehook", args, kwnames, 1, 1); err != nil {
			return null, err
		}
		ev, _ := getattrOpt(t, args[0], "exc_value")
		msg, _ := getattrOpt(t, args[0], "err_msg")
		obj, _ := getattrOpt(t, args[0], "object")
		head := "Exception ignored in"
		if s, ok := strOf(msg); ok {
			head = s
		}
		if !obj.IsNull() && !obj.IsNone() {
			r, _ := objects.ReprString(t, obj)
			head += ": " + r
		}
		var sb strings.Builder
		sb.WriteString(head + "\n")
		if !ev.IsNull() && ev.IsInstance(objects.ExcBaseException) {
			FormatException(t, objects.As[objects.BaseException](ev), &sb, map[*Exc]bool{})
		}
		writeStderr(t, sb.String())
		return objects.None, nil
	})
	m.Set("unraisablehook", unraisable)
	m.Set("__unraisablehook__", unraisable)
	breakpointhook := objects.NewBuiltin("breakpointhook", sysBreakpointHook)
	m.Set("breakpointhook", breakpointhook)
	m.Set("__breakpointhook__", breakpointhook)
	sysTrace, sysProfile = objects.None, objects.None
	setter := func(name string, p *Value) {
		sysFn(m, name, func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
			if err := objects.CheckArgs(name, args, kwnames, 1, 1); err != nil {
				return null, err
			}
			*p = args[0]
			return objects.None, nil
		})
	}
	setter("settrace", &sysTrace)
	setter("setprofile", &sysProfile)
	noArgs("gettrace", func(t *objects.Thread) (Value, *Exc) { return sysTrace, nil })
	noArgs("getprofile", func(t *objects.Thread) (Value, *Exc) { return sysProfile, nil })
	sysFn(m, "call_tracing", func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
		if err := objects.CheckArgs("call_tracing", args, kwnames, 2, 2); err != nil {
			return null, err
		}
		items, err := objects.IterToSlice(t, args[1])
		if err != nil {
			return null, err
		}
		return objects.CallValue(t, args[0], items, nil)
	})
	sysFn(m, "getsizeof", func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
		if err := objects.CheckArgs("getsizeof", args, kwnames, 1, 2); err != nil {
			return null, err
		}
		f := args[0].Type().LookupString("__sizeof__")
		if !f.IsNull() {
			r, err := objects.CallMethod(t, args[0], "__sizeof__")
			if err == nil && objects.IsIntValue(r) {
				n, _ := objects.IntToInt64(r)
				if n < 0 {
					return null, objects.Errorf(objects.ExcValueError, "__sizeof__() should return >= 0")
				}
				return objects.Int(n + 16), nil
			}
			if err != nil && !err.Matches(objects.ExcAttributeError) && !err.Matches(objects.ExcTypeError) {
				return null, err
			}
		}
		return objects.Int(sizeOf(args[0])), nil
	})
	sysFn(m, "intern", func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
		if err := objects.CheckArgs("intern", args, kwnames, 1, 1); err != nil {
			return null, err
		}
		if args[0].Type() != objects.StrType {
			return null, objects.Errorf(objects.ExcTypeError, "intern() argument must be str, not %s", args[0].Type().Name)
		}
		return objects.Obj(objects.Intern(objects.As[objects.Str](args[0]).S)), nil
	})
	constStr := func(name, v string) {
		noArgs(name, func(t *objects.Thread) (Value, *Exc) { return str(v), nil })
	}
	constStr("getdefaultencoding", "utf-8")
	constStr("getfilesystemencoding", "utf-8")
	constStr("getfilesystemencodeerrors", "surrogateescape")
	sysFn(m, "getrefcount", func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
		if err := objects.CheckArgs("getrefcount", args, kwnames, 1, 1); err != nil {
			return null, err
		}
		return objects.Int(2), nil
	})
	noArgs("is_finalizing", func(t *objects.Thread) (Value, *Exc) { return objects.False, nil })
	noArgs("getallocatedblocks", func(t *objects.Thread) (Value, *Exc) { return objects.Int(0), nil })
	noArgs("getswitchinterval", func(t *objects.Thread) (Value, *Exc) { return objects.Float(switchInterval), nil })
	sysFn(m, "setswitchinterval", func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
		if err := objects.CheckArgs("setswitchinterval", args, kwnames, 1, 1); err != nil {
			return null, err
		}
		x, ok, err := objects.FloatOf(args[0])
		if err != nil {
			return null, err
		}
		if !ok {
			return null, objects.Errorf(objects.ExcTypeError, "must be real number, not %s", args[0].Type().Name)
		}
		if x <= 0 {
			return null, objects.Errorf(objects.ExcValueError, "switch interval must be strictly positive")
		}
		switchInterval = x
		return objects.None, nil
	})
	noArgs("get_int_max_str_digits", func(t *objects.Thread) (Value, *Exc) { return objects.Int(intMaxStrDigits), nil })
	sysFn(m, "set_int_max_str_digits", func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
		a, err := parseArgs("set_int_max_str_digits", args, kwnames, []string{"maxdigits"}, 1)
		if err != nil {
			return null, err
		}
		n, ok := objects.IntToInt64(a[0])
		if !ok || !objects.IsIntValue(a[0]) {
			return null, objects.Errorf(objects.ExcTypeError, "'%s' object cannot be interpreted as an integer", a[0].Type().Name)
		}
		if n != 0 && n < 640 {
			return null, objects.Errorf(objects.ExcValueError, "maxdigits must be 0 or larger than 640")
		}
		intMaxStrDigits = n
		objects.MaxStrDigits = int(n) // what int() and str() check
		return objects.None, nil
	})
	sysFn(m, "audit", func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
		if len(args) == 0 || !args[0].IsInstance(objects.StrType) {
			return null, objects.Errorf(objects.ExcTypeError, "audit() missing 1 required positional argument: 'event'")
		}
		return objects.None, nil
	})
	sysFn(m, "addaudithook", func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
		if err := objects.CheckArgs("addaudithook", args, kwnames, 1, 1); err != nil {
			return null, err
		}
		return objects.None, nil
	})
	noArgs("_clear_type_cache", func(t *objects.Thread) (Value, *Exc) { return objects.None, nil })
	noArgs("_current_frames", func(t *objects.Thread) (Value, *Exc) { return objects.Obj(objects.NewDict()), nil })
	noArgs("_current_exceptions", func(t *objects.Thread) (Value, *Exc) { return objects.Obj(objects.NewDict()), nil })
	noArgs("getdlopenflags", func(t *objects.Thread) (Value, *Exc) { return objects.Int(2), nil })
	noArgs("get_asyncgen_hooks", func(t *objects.Thread) (Value, *Exc) {
		return objects.NewTupleValue([]Value{objects.None, objects.None}), nil
	})
	sysFn(m, "set_asyncgen_hooks", func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
		return objects.None, nil
	})
	noArgs("get_coroutine_origin_tracking_depth", func(t *objects.Thread) (Value, *Exc) { return objects.Int(0), nil })
	sysFn(m, "set_coroutine_origin_tracking_depth", func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
		return objects.None, nil
	})
}

// handleUncaughtHook reports an uncaught exception through sys.excepthook
// when the program replaced it.
func handleUncaughtHook(t *objects.Thread, err *Exc, stderr io.Writer) int {
	if !err.Matches(objects.ExcSystemExit) && sysModule != nil {
		// For pdb.pm() and friends, as CPython's PyErr_Display caller.
		tb := objects.None
		if err.Traceback != nil {
			tb = objects.Obj(err.Traceback)
		}
		sysModule.Set("last_type", objects.Obj(err.Type()))
		sysModule.Set("last_value", objects.Obj(err))
		sysModule.Set("last_traceback", tb)
	}
	hook := sysGet("excepthook")
	if err.Matches(objects.ExcSystemExit) || hook.IsNull() || hook.Is(defaultExcepthook) {
		return handleUncaught(t, err, stderr)
	}
	tb := objects.None
	if err.Traceback != nil {
		tb = objects.Obj(err.Traceback)
	}
	_, herr := objects.CallValue(t, hook, []Value{objects.Obj(err.Type()), objects.Obj(err), tb}, nil)
	t.Stdout.Flush()
	if herr == nil {
		return 1
	}
	var sb strings.Builder
	sb.WriteString("Error in sys.excepthook:\n")
	FormatException(t, herr, &sb, map[*Exc]bool{})
	sb.WriteString("\nOriginal exception was:\n")
	FormatException(t, err, &sb, map[*Exc]bool{})
	io.WriteString(stderr, sb.String())
	return 1
}

// sizeOf is a rough sys.getsizeof for objects without __sizeof__.
func sizeOf(v Value) int64 {
	switch v.Type() {
	case objects.StrType:
		return 49 + int64(len(objects.As[objects.Str](v).S))
	case objects.BytesType:
		return 33 + int64(len(objects.As[objects.Bytes](v).B))
	case objects.ListType:
		return 56 + 8*int64(len(objects.As[objects.List](v).Items))
	case objects.TupleType:
		return 40 + 8*int64(len(objects.As[objects.Tuple](v).Items))
	case objects.DictType:
		return 232
	case objects.FloatType:
		return 24
	case objects.BoolType, objects.IntType:
		return 28
	}
	return 56
}

// writeStderr writes to sys.stderr (the raw error stream if that fails).
func writeStderr(t *objects.Thread, s string) {
	if t == nil {
		io.WriteString(os.Stderr, s)
		return
	}
	if e := sysGet("stderr"); !e.IsNull() && !e.IsNone() {
		if _, err := objects.CallMethod(t, e, "write", str(s)); err == nil {
			objects.CallMethod(t, e, "flush")
			return
		}
	}
	t.Stdout.Flush()
	io.WriteString(t.Stderr, s)
}

// ---- the stop-gap standard streams (the io module replaces them) ----

// streamType is the type of the stop-gap sys.stdout / sys.stderr / sys.stdin.
var streamType = newIterType("TextIOWrapper")

type stream struct {
	objects.Header
	write func(t *objects.Thread, s string)
}

func newStream(w func(t *objects.Thread, s string)) Value {
	st := &stream{write: w}
	st.SetType(streamType)
	return objects.Obj(st)
}

var stdinReader *bufio.Reader

func init() {
	streamType.Iter, streamType.Next = nil, nil
	streamType.AddMethod("write", func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
		if err := objects.CheckArgs("write", args, kwnames, 1, 1); err != nil {
			return null, err
		}
		if args[0].Type() != objects.StrType {
			return null, objects.Errorf(objects.ExcTypeError, "write() argument must be str, not %s", args[0].Type().Name)
		}
		st := objects.As[stream](self)
		if st.write == nil {
			return null, objects.Errorf(objects.ExcOSError, "not writable")
		}
		s := objects.As[objects.Str](args[0])
		st.write(t, s.S)
		return objects.Int(int64(s.Len())), nil
	})
	streamType.AddMethod("flush", func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
		t.Stdout.Flush()
		return objects.None, nil
	})
	streamType.AddMethod("readline", func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
		if stdinReader == nil {
			stdinReader = bufio.NewReader(os.Stdin)
		}
		line, _ := stdinReader.ReadString('\n')
		return str(line), nil
	})
	streamType.AddMethod("read", func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
		if stdinReader == nil {
			stdinReader = bufio.NewReader(os.Stdin)
		}
		data, _ := io.ReadAll(stdinReader)
		return str(string(data)), nil
	})
	streamType.AddMethod("isatty", func(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
		return objects.False, nil
	})
	streamType.SetAttrString("encoding", str("utf-8"))
	streamType.SetAttrString("errors", str("strict"))
}

func multiarch() string {
	switch runtime.GOARCH {
	case "amd64":
		return "x86_64-linux-gnu"
	case "arm64":
		return "aarch64-linux-gnu"
	case "386":
		return "i386-linux-gnu"
	}
	return runtime.GOARCH + "-linux-gnu"
}

func newStructSeq(module, name string, fields []string) *objects.StructSeqDesc {
	return objects.NewStructSeqType(module, name, fields, len(fields))
}

// sysBreakpointHook is sys.breakpointhook: $PYTHONBREAKPOINT names the
// callable to run ("module.attr", a builtin's name, "0" to do nothing;
// unset or empty: pdb.set_trace); an unimportable name warns and is
// ignored.
func sysBreakpointHook(t *objects.Thread, self Value, args []Value, kwnames *objects.Tuple) (Value, *Exc) {
	envar := ""
	if currentOptions.Flags.IgnoreEnvironment == 0 {
		envar = os.Getenv("PYTHONBREAKPOINT")
	}
	if envar == "" {
		envar = "pdb.set_trace"
	} else if envar == "0" {
		return objects.None, nil
	}
	modPath, attr := "builtins", envar
	if i := strings.LastIndexByte(envar, '.'); i >= 0 {
		modPath, attr = envar[:i], envar[i+1:]
	}
	var hook Value
	var err *Exc
	if modPath != "" && attr != "" {
		var m Value
		if m, err = objects.ImportModule(t, modPath); err == nil {
			hook, err = objects.GetAttrString(t, m, attr)
		}
	}
	if err == nil && !hook.IsNull() {
		return objects.CallValue(t, hook, args, kwnames)
	}
	if err != nil && !err.Matches(objects.ExcImportError) && !err.Matches(objects.ExcAttributeError) {
		return null, err
	}
	if werr := objects.Warn(t, objects.ExcRuntimeWarning, "Ignoring unimportable $PYTHONBREAKPOINT: \""+envar+"\""); werr != nil {
		return null, werr
	}
	return objects.None, nil
}
