package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	_ "taipan/modules/all" // every native module
	pyio "taipan/modules/io"
	"taipan/syntax"
	"taipan/vm"
)

// execute runs a parsed program and returns the process exit status. It is
// the one entry point from the command line into the interpreter.
func execute(cfg *Config, tree syntax.ModNode, filename string, src []byte) int {
	vm.SetOptions(vmOptions(cfg, filename))
	pyio.Unbuffered = cfg.Flags.Unbuffered
	status, err := vm.Run(tree, filename, src, cfg.Argv, cfg.Stdout, cfg.Stderr)
	if err != nil {
		var se *syntax.SyntaxError
		if errors.As(err, &se) {
			io.WriteString(cfg.Stderr, formatSyntaxError(se))
			return 1
		}
		fmt.Fprintf(cfg.Stderr, "SystemError: %v\n", err)
		return 1
	}
	return status
}

// runModule runs `-m module` as runpy does: the import system finds the
// module (importing its parent packages), a package runs its __main__.
func runModule(cfg *Config) int {
	vm.SetOptions(vmOptions(cfg, ""))
	status, msg := vm.RunModuleNamed(cfg.Module, cfg.Stdout, cfg.Stderr)
	if msg != "" {
		fmt.Fprintf(cfg.Stderr, "%s: %s\n", cfg.Program, msg)
		return 1
	}
	return status
}

// runDirectory runs a directory given as the script: its __main__.py
// is found through the import system with the directory as sys.path[0].
func runDirectory(cfg *Config) int {
	o := vmOptions(cfg, "")
	o.Path0 = cfg.Script
	if !filepath.IsAbs(o.Path0) {
		if cwd, err := os.Getwd(); err == nil {
			o.Path0 = cwd + "/" + o.Path0
		}
	}
	if cfg.Flags.SafePath {
		o.NoPath0 = false // the directory is where __main__ is found
	}
	vm.SetOptions(o)
	status, msg := vm.RunMainDirectory(cfg.Stdout, cfg.Stderr)
	if msg != "" {
		fmt.Fprintf(cfg.Stderr, "%s: %s\n", cfg.Program, msg)
		return 1
	}
	return status
}

// vmOptions translates the command line into the interpreter's options
// (sys.argv, sys.flags, sys.path[0], ...).
func vmOptions(cfg *Config, filename string) vm.Options {
	f := cfg.Flags
	b := func(x bool) int {
		if x {
			return 1
		}
		return 0
	}
	hashRand := 1
	if s := os.Getenv("PYTHONHASHSEED"); s == "0" && !f.IgnoreEnvironment {
		hashRand = 0
	}
	o := vm.Options{
		Argv:        append([]string(nil), cfg.Argv...),
		WarnOptions: cfg.WarnOptions,
		XOptions:    cfg.XOptions,
		Flags: vm.Flags{
			Debug: f.Debug, Inspect: b(f.Inspect), Interactive: b(f.Interactive), Optimize: f.Optimize,
			DontWriteBytecode: b(f.DontWriteBytecode), NoUserSite: b(f.NoUserSite), NoSite: b(f.NoSite),
			IgnoreEnvironment: b(f.IgnoreEnvironment), Verbose: f.Verbose, BytesWarning: f.BytesWarning,
			Quiet: b(f.Quiet), HashRandomization: hashRand, Isolated: b(f.Isolated), DevMode: f.DevMode,
			UTF8Mode: b(f.UTF8Mode), SafePath: f.SafePath, IntMaxStrDigits: -1,
		},
		NoPath0: f.SafePath,
	}
	if !f.IgnoreEnvironment && os.Getenv("PYTHONDONTWRITEBYTECODE") != "" {
		o.Flags.DontWriteBytecode = 1
	}
	o.OrigArgv = os.Args
	switch cfg.Run {
	case RunScript:
		p := filename
		if r, err := filepath.EvalSymlinks(p); err == nil {
			p = r
		}
		o.Path0 = filepath.Dir(p)
	case RunModule:
		o.Path0, _ = os.Getwd()
	default:
		o.Path0 = ""
	}
	return o
}
