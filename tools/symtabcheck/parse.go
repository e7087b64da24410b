package main

import (
	"os"

	"taipan/syntax"
)

// parseTaipan parses file with Taipan's own parser.
func parseTaipan(file string) (syntax.ModNode, error) {
	src, err := os.ReadFile(file)
	if err != nil {
		return nil, err
	}
	return syntax.Parse(src, file, syntax.ModeExec)
}
