package vm

import (
	"os"
	"os/signal"
	"sync"
	"sync/atomic"

	"taipan/objects"
)

// SIGINT raises KeyboardInterrupt in the running program: the signal
// sets a flag that the eval loop tests at loop back-edges (JUMP).

var sigPending atomic.Int32
var sigOnce sync.Once

func installSignalHandlers() {
	sigOnce.Do(func() {
		ch := make(chan os.Signal, 4)
		signal.Notify(ch, os.Interrupt)
		go func() {
			for range ch {
				sigPending.Store(1)
			}
		}()
	})
}

// takeSignal turns a pending signal into the exception to raise.
func takeSignal() *Exc {
	if sigPending.Swap(0) == 0 {
		return nil
	}
	return objects.NewException(objects.ExcKeyboardInterrupt)
}
