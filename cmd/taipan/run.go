package main

import (
	"fmt"

	"taipan/syntax"
)

// execute runs a parsed program and returns the process exit status. It is
// the one entry point from the command line into the interpreter; the VM
// replaces this body.
func execute(cfg *Config, tree syntax.ModNode) int {
	_ = tree
	fmt.Fprintln(cfg.Stderr, "taipan: executing Python code is not implemented yet (parsed OK)")
	return 1
}
