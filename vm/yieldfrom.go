package vm

import (
	"taipan/compile"
	"taipan/objects"
)

// Delegation shortcut for `yield from`: resuming a generator that is
// suspended inside `yield from inner` (inner a generator) only forwards
// the sent value to inner and passes inner's next value straight back
// out, so that is done here directly, without re-entering the outer
// frame's eval loop for the SEND / YIELD_VALUE / JUMP round trip. A chain
// of n nested `yield from`s then costs n resume calls per value instead of
// n eval-loop entries. The outer frame runs again only when inner returns
// (its value goes to the SEND's result register) or raises (the exception
// is raised at the SEND).

type delegateMode int

const (
	delegateNone     delegateMode = iota // not suspended in a yield from: resume normally
	delegateYielded                      // inner yielded r
	delegateReturned                     // inner returned: the frame continues after the SEND
	delegateRaised                       // inner raised err: throw it at the SEND (g.pc-1)
)

// delegateSend recognises the code compile emits for `yield from`
//
//	top:  MOVE r, sent
//	      SEND r, it, done
//	      YIELD_VALUE r, sent
//	      JUMP top            <- g.pc while suspended
//
// and, if it is an exact generator, sends sent to it.
func (g *Generator) delegateSend(t *objects.Thread, sent Value) (Value, *Exc, delegateMode) {
	instrs := g.fn.Code.Instrs
	if int(g.pc) >= len(instrs) {
		return null, nil, delegateNone
	}
	j := instrs[g.pc]
	if compile.Op(j&0xff) != compile.JUMP {
		return null, nil, delegateNone
	}
	top := int(j >> 40)
	if top+1 >= len(instrs) {
		return null, nil, delegateNone
	}
	mv, snd := instrs[top], instrs[top+1]
	if compile.Op(mv&0xff) != compile.MOVE || uint16(mv>>24) != g.sendReg ||
		compile.Op(snd&0xff) != compile.SEND || uint16(snd>>8) != uint16(mv>>8) {
		return null, nil, delegateNone
	}
	it := g.regs[uint16(snd>>24)]
	if it.Type() != GeneratorType {
		return null, nil, delegateNone
	}
	inner := objects.As[Generator](it)
	if inner.running {
		return null, nil, delegateNone
	}
	g.running = true
	r, done, err := inner.resume(t, sent, nil)
	g.running = false
	switch {
	case err != nil:
		g.pc = int32(top + 2) // pc-1 is the SEND
		return null, err, delegateRaised
	case !done:
		return r, nil, delegateYielded
	}
	g.regs[uint16(snd>>8)] = r
	g.pc = int32(snd >> 40)
	return null, nil, delegateReturned
}
