package vm

import (
	"os"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"strconv"
	"sync"
)

// GC tuning. Interpreted programs allocate many small, short-lived
// objects. With Go's default goal (heap = 2 x live) a program whose live
// heap is a few MB collects every few MB of allocation, and GOGC=400
// alone still leaves it collecting every ~20 MB. Instead the goal is
// kept at max(floor, (1 + minPercent/100) x live): after every
// collection (a finalizer re-armed each cycle) GOGC is set from the live
// heap so that the next collection starts at the floor while the live
// heap is small, and at 3x live once it is large (a bigger multiplier
// only adds page faults: strdict spent 0.25 s of system time faulting in
// a heap five times its live size).
//
// The floor is TAIPAN_GC_FLOOR_MB (default 32: since sets became
// CPython-shaped tables, 32 MB measured 3% faster over the benchmarks
// than 96, as freed memory is reused while still in the 32 MB L3 cache;
// strdict, whose live heap is ~15 MB, prefers 64-96); GOGC in the environment
// disables the tuning.

const (
	gcFloorMB    = 32
	gcMinPercent = 200
	gcMaxPercent = 10000
)

var (
	gcOnce     sync.Once
	gcFloor    uint64
	liveSample = []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
)

// tuneGC sets the collector up for an interpreter unless GOGC is set
// (once per process).
func tuneGC() { gcOnce.Do(tuneGCOnce) }

func tuneGCOnce() {
	if os.Getenv("GOGC") != "" {
		return
	}
	mb := gcFloorMB
	if s := os.Getenv("TAIPAN_GC_FLOOR_MB"); s != "" {
		mb, _ = strconv.Atoi(s)
	}
	if mb <= 0 {
		debug.SetGCPercent(400)
		return
	}
	gcFloor = uint64(mb) << 20
	setGCPercentFor(4 << 20) // Go's initial heap goal is based on 4 MB
	armGCWatch()
}

// setGCPercentFor sets GOGC so that the next goal is
// max(floor, (1+gcMinPercent/100) * live).
func setGCPercentFor(live uint64) {
	pct := gcMinPercent
	if live > 0 {
		if p := int(gcFloor*100/live) - 100; p > pct {
			pct = min(p, gcMaxPercent)
		}
	}
	debug.SetGCPercent(pct)
}

// armGCWatch runs watchGC after the next collection (a finalizer on a
// fresh object runs once per GC cycle that frees it).
func armGCWatch() {
	x := new([16]byte)
	runtime.SetFinalizer(x, func(*[16]byte) { watchGC() })
}

func watchGC() {
	metrics.Read(liveSample)
	if liveSample[0].Value.Kind() == metrics.KindUint64 {
		setGCPercentFor(liveSample[0].Value.Uint64())
	}
	armGCWatch()
}
