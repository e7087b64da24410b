package main

import (
	"fmt"
	"os"
	"runtime/pprof"
)

// startProfile starts a CPU profile written to $TAIPAN_CPUPROFILE, if set,
// and returns the function that stops it (a no-op otherwise). Inspect it
// with `go tool pprof bin/taipan FILE`.
func startProfile() func() {
	path := os.Getenv("TAIPAN_CPUPROFILE")
	if path == "" {
		return func() {}
	}
	f, err := os.Create(path)
	if err != nil {
		fmt.Fprintf(os.Stderr, "taipan: TAIPAN_CPUPROFILE: %v\n", err)
		return func() {}
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		fmt.Fprintf(os.Stderr, "taipan: TAIPAN_CPUPROFILE: %v\n", err)
		f.Close()
		return func() {}
	}
	return func() {
		pprof.StopCPUProfile()
		f.Close()
	}
}
