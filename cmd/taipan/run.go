package main

import (
	"errors"
	"fmt"
	"io"

	_ "taipan/modules/all" // every native module
	pyio "taipan/modules/io"
	"taipan/syntax"
	"taipan/vm"
)

// execute runs a parsed program and returns the process exit status. It is
// the one entry point from the command line into the interpreter.
func execute(cfg *Config, tree syntax.ModNode, filename string, src []byte) int {
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
