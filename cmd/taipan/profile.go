package main

import (
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"
)

// startProfile starts a CPU profile written to $TAIPAN_CPUPROFILE, if set,
// and returns the function that stops it (a no-op otherwise). Inspect it
// with `go tool pprof bin/taipan FILE`. $TAIPAN_MEMPROFILE names a file
// for an allocation profile written at exit (`go tool pprof
// -sample_index=alloc_space bin/taipan FILE`).
func startProfile() func() {
	if mp := os.Getenv("TAIPAN_MEMPROFILE"); mp != "" {
		runtime.MemProfileRate = 64 << 10
		stopCPU := startCPUProfile()
		return func() {
			stopCPU()
			if f, err := os.Create(mp); err == nil {
				pprof.Lookup("allocs").WriteTo(f, 0)
				f.Close()
			}
		}
	}
	return startCPUProfile()
}

func startCPUProfile() func() {
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
