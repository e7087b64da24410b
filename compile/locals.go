package compile

import "taipan/syntax"

// callLocals compiles locals(), vars() and dir() without arguments as
// EXT CallLocals, which answers from this frame when the callee is the
// builtin (the VM keeps no frame dict to look at otherwise).
func (u *unit) callLocals(e *syntax.Call, dst int) bool {
	n, ok := e.Func.(*syntax.Name)
	if !ok || len(e.Args) > 0 || len(e.Keywords) > 0 {
		return false
	}
	switch n.Id {
	case "locals", "vars", "dir":
	default:
		return false
	}
	if sym := u.sc.Symbols[n.Id]; sym != nil && sym.Scope != GlobalImplicit {
		return false
	}
	f := u.alloc(1)
	u.loadName(n.Id, f)
	u.curPos = posOf(e.GetPos())
	u.emit(EXT, dst, f, 0, ExtCallLocals)
	return true
}
