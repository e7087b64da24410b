package vm

import (
	"fmt"
	"io"
	"strings"
	"time"

	"taipan/objects"
)

// -X importtime: each module's import time on stderr, in CPython's
// format (self and cumulative microseconds, nesting shown by indent).

var (
	importTimeOn     bool
	importTimeHeader bool
	importTimeDepth  int
	importTimeChild  []time.Duration // per depth: time spent in nested imports
)

func initImportTime(o *Options) {
	importTimeOn, importTimeHeader, importTimeDepth, importTimeChild = false, false, 0, nil
	for _, x := range o.XOptions {
		if k, v, _ := strings.Cut(x, "="); k == "importtime" && v != "0" {
			importTimeOn = true
		}
	}
}

// timedFindAndLoad is findAndLoad, timed when -X importtime is on.
func timedFindAndLoad(t *objects.Thread, name string) (Value, *Exc) {
	if !importTimeOn {
		return findAndLoad(t, name)
	}
	w := io.Writer(t.Stderr)
	if !importTimeHeader {
		importTimeHeader = true
		fmt.Fprintln(w, "import time: self [us] | cumulative | imported package")
	}
	depth := importTimeDepth
	importTimeDepth++
	for len(importTimeChild) <= importTimeDepth {
		importTimeChild = append(importTimeChild, 0)
	}
	importTimeChild[importTimeDepth] = 0
	start := time.Now()
	m, err := findAndLoad(t, name)
	total := time.Since(start)
	self := total - importTimeChild[importTimeDepth]
	importTimeDepth--
	importTimeChild[depth] += total
	if err == nil {
		t.Stdout.Flush()
		fmt.Fprintf(w, "import time: %9d | %10d | %s%s\n", self.Microseconds(), total.Microseconds(), strings.Repeat("  ", depth), name)
	}
	return m, err
}
