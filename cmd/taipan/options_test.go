package main

import (
	"reflect"
	"testing"
)

func TestParseArgs(t *testing.T) {
	for _, tc := range []struct {
		args    []string
		run     RunKind
		argv    []string
		command string
		module  string
		script  string
		warn    []string
		xopts   []string
		check   func(*Config) bool
	}{
		{args: nil, run: RunStdin, argv: []string{""}},
		{args: []string{"-"}, run: RunStdin, argv: []string{"-"}},
		{args: []string{"-", "a", "-b"}, run: RunStdin, argv: []string{"-", "a", "-b"}},
		{args: []string{"x.py", "-c", "y"}, run: RunScript, script: "x.py", argv: []string{"x.py", "-c", "y"}},
		{args: []string{"-c", "pass", "a", "b"}, run: RunCommand, command: "pass\n", argv: []string{"-c", "a", "b"}},
		{args: []string{"-cpass"}, run: RunCommand, command: "pass\n", argv: []string{"-c"}},
		{args: []string{"-Bc", "code", "q"}, run: RunCommand, command: "code\n", argv: []string{"-c", "q"},
			check: func(c *Config) bool { return c.Flags.DontWriteBytecode }},
		{args: []string{"-c", "x", "--", "-x"}, run: RunCommand, command: "x\n", argv: []string{"-c", "--", "-x"}},
		{args: []string{"-c", "x", "-c", "y"}, run: RunCommand, command: "x\n", argv: []string{"-c", "-c", "y"}},
		{args: []string{"-m", "json.tool", "-h"}, run: RunModule, module: "json.tool", argv: []string{"-m", "-h"}},
		{args: []string{"-mjson"}, run: RunModule, module: "json", argv: []string{"-m"}},
		{args: []string{"--", "-c"}, run: RunScript, script: "-c", argv: []string{"-c"}},
		{args: []string{"-Wignore", "-W", "error::DeprecationWarning", "-c", ""}, run: RunCommand, command: "\n", argv: []string{"-c"},
			warn: []string{"ignore", "error::DeprecationWarning"}},
		{args: []string{"-X", "dev", "-Xfoo=1", "-Xast-dump=noattrs", "f.py"}, run: RunScript, script: "f.py", argv: []string{"f.py"},
			xopts: []string{"dev", "foo=1", "ast-dump=noattrs"},
			check: func(c *Config) bool { return c.Flags.DevMode && c.ASTDump && !c.ASTDumpAttr }},
		{args: []string{"-X", "ast-dump", "f.py"}, run: RunScript, script: "f.py", argv: []string{"f.py"}, xopts: []string{"ast-dump"},
			check: func(c *Config) bool { return c.ASTDump && c.ASTDumpAttr }},
		{args: []string{"-OO", "-vv", "-bb", "-i", "-I", "-q", "-u", "-s", "-S", "-E", "-d", "-R", "-P", "-x", "f.py"}, run: RunScript, script: "f.py", argv: []string{"f.py"},
			check: func(c *Config) bool {
				f := c.Flags
				return f.Optimize == 2 && f.Verbose == 2 && f.BytesWarning == 2 && f.Inspect && f.Isolated && f.Quiet &&
					f.Unbuffered && f.NoUserSite && f.NoSite && f.IgnoreEnvironment && f.Debug == 1 && f.SafePath && f.SkipFirstLine
			}},
		{args: []string{"-V", "-V"}, run: RunStdin, argv: []string{""}, check: func(c *Config) bool { return c.ShowVersion == 2 }},
		{args: []string{"--version"}, run: RunStdin, argv: []string{""}, check: func(c *Config) bool { return c.ShowVersion == 1 }},
		{args: []string{"-?"}, run: RunStdin, argv: []string{""}, check: func(c *Config) bool { return c.Help == "help" }},
		{args: []string{"--help-xoptions"}, run: RunStdin, argv: []string{""}, check: func(c *Config) bool { return c.Help == "xoptions" }},
		{args: []string{"--check-hash-based-pycs", "never", "f.py"}, run: RunScript, script: "f.py", argv: []string{"f.py"},
			check: func(c *Config) bool { return c.CheckHashPycs == "never" }},
	} {
		cfg, err := parseArgs("taipan", tc.args)
		if err != nil {
			t.Errorf("%q: %v", tc.args, err)
			continue
		}
		if cfg.Run != tc.run || cfg.Command != tc.command || cfg.Module != tc.module || cfg.Script != tc.script ||
			!reflect.DeepEqual(cfg.Argv, tc.argv) || !reflect.DeepEqual(cfg.WarnOptions, tc.warn) || !reflect.DeepEqual(cfg.XOptions, tc.xopts) {
			t.Errorf("%q: got run=%v cmd=%q mod=%q script=%q argv=%q W=%q X=%q", tc.args, cfg.Run, cfg.Command, cfg.Module, cfg.Script, cfg.Argv, cfg.WarnOptions, cfg.XOptions)
		}
		if tc.check != nil && !tc.check(cfg) {
			t.Errorf("%q: flags check failed: %+v", tc.args, cfg)
		}
	}
}

func TestParseArgsErrors(t *testing.T) {
	for _, tc := range []struct {
		args []string
		msg  string
	}{
		{[]string{"-z"}, "Unknown option: -z"},
		{[]string{"-Bz"}, "Unknown option: -z"},
		{[]string{"-é"}, "Unknown option: -\xe9"},
		{[]string{"-c"}, "Argument expected for the -c option"},
		{[]string{"-m"}, "Argument expected for the -m option"},
		{[]string{"-W"}, "Argument expected for the -W option"},
		{[]string{"-X"}, "Argument expected for the -X option"},
		{[]string{"-J"}, "-J is reserved for Jython"},
		{[]string{"--foo"}, "unknown option --foo"},
		{[]string{"--version=3"}, "unknown option --version=3"},
		{[]string{"--check-hash-based-pycs"}, "Argument expected for the --check-hash-based-pycs options"},
	} {
		_, err := parseArgs("taipan", tc.args)
		if err == nil || err.Error() != tc.msg {
			t.Errorf("%q: got %v, want %q", tc.args, err, tc.msg)
		}
	}
}

func TestXOptionsDict(t *testing.T) {
	cfg, _ := parseArgs("taipan", []string{"-X", "dev", "-X", "a=b", "-X", "a=c", "-c", ""})
	keys, vals := cfg.XOptionsDict()
	if !reflect.DeepEqual(keys, []string{"dev", "a"}) || vals["dev"] != nil || vals["a"] == nil || *vals["a"] != "c" {
		t.Errorf("got %q %v", keys, vals)
	}
}
