// Command dis prints Taipan's register bytecode for every code object in a
// Python file (a tool for performance work: `go run ./tools/dis FILE`).
package main

import (
	"fmt"
	"os"

	"taipan/compile"
	"taipan/objects"
	"taipan/syntax"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: dis FILE.py")
		os.Exit(2)
	}
	src, err := os.ReadFile(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	mod, perr := syntax.Parse(src, os.Args[1], syntax.ModeExec)
	if perr != nil {
		fmt.Fprintln(os.Stderr, perr)
		os.Exit(1)
	}
	code, cerr := compile.Compile(mod, os.Args[1], src)
	if cerr != nil {
		fmt.Fprintln(os.Stderr, cerr)
		os.Exit(1)
	}
	dump(code)
}

func dump(c *objects.Code) {
	fmt.Printf("== %s (%s)\n%s\n", c.Name, c.Qualname, compile.Disassemble(c.Instrs))
	for _, k := range c.Consts {
		if k.Type() == objects.CodeType {
			dump(objects.As[objects.Code](k))
		}
	}
}
