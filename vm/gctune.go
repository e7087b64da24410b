package vm

import (
	"os"
	"runtime/debug"
	"strconv"
)

// ballast is a large pointer-free allocation that is never touched: the
// GC counts it as live heap, so the heap goal never drops below
// (ballast) * (1 + GOGC/100) even when the program's own live heap is
// tiny. Its pages are never written, so it costs address space, not
// memory.
var ballast []byte

// tuneGC sets the collector up for an interpreter (many small,
// short-lived objects) unless GOGC is set in the environment.
func tuneGC() {
	if os.Getenv("GOGC") != "" {
		return
	}
	pct, mb := 200, 32
	if s := os.Getenv("TAIPAN_GCPCT"); s != "" {
		pct, _ = strconv.Atoi(s)
	}
	if s := os.Getenv("TAIPAN_BALLAST_MB"); s != "" {
		mb, _ = strconv.Atoi(s)
	}
	debug.SetGCPercent(pct)
	if mb > 0 {
		ballast = make([]byte, mb<<20)
	}
}
