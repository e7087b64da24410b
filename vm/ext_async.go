package vm

import (
	"taipan/objects"
)

func extOp2(t *objects.Thread, fn *objects.Function, regs []Value, locals *objects.Dict, w uint64) *Exc {
	return objects.Errorf(objects.ExcSystemError, "unknown EXT operation %d", w>>56)
}
