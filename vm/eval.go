package vm

import (
	"taipan/compile"
	"taipan/objects"
)

type (
	Value = objects.Value
	Exc   = objects.BaseException
)

var null = objects.Null

// astCmp maps the AST comparison operator (syntax.CmpOp order) to a rich
// comparison; values >= 6 are is / is not / in / not in.
var astCmp = [...]objects.CompareOp{objects.CmpEq, objects.CmpNe, objects.CmpLt, objects.CmpLe, objects.CmpGt, objects.CmpGe}

// run is the eval loop: one switch over the instruction word. regs are
// the frame's registers; locals is the namespace of a class body (nil
// for functions and modules).
func run(t *objects.Thread, fn *objects.Function, regs []Value, locals *objects.Dict) (Value, *Exc) {
	return runFrom(t, fn, regs, locals, 0, nil, nil)
}

// runFrom runs from instruction pc. gen is the generator whose frame
// this is (nil for plain calls); throw, if set, is raised at pc-1 (the
// YIELD_VALUE the generator is suspended at).
func runFrom(t *objects.Thread, fn *objects.Function, regs []Value, locals *objects.Dict, pc int, gen *Generator, throw *Exc) (Value, *Exc) {
	code := fn.Code
	instrs := code.Instrs
	globals := fn.Globals
	builtins := fn.Builtins
	var err *Exc
	if throw != nil {
		if t.ExcInfo != nil && t.ExcInfo != throw && throw.Context.IsNull() {
			throw.Context = objects.Obj(t.ExcInfo)
		}
		throw.AddTracebackFunc(fn, pc-1)
		e := findHandler(code, pc-1)
		if e == nil {
			return null, throw
		}
		regs[e.Reg] = objects.Obj(throw)
		pc = int(e.Target)
	}
	var ipc int
	reraise := false
	for {
		ipc = pc
		w := instrs[pc]
		pc++
		switch compile.Op(w & 0xff) {
		case compile.NOP:
		case compile.MOVE:
			regs[uint16(w>>8)] = regs[uint16(w>>24)]
		case compile.LOAD_NULL:
			regs[uint16(w>>8)] = null
		case compile.CHECK_LOCAL:
			a := int(uint16(w >> 8))
			if regs[a].IsNull() {
				err = unboundLocal(code, a)
				goto fail
			}
		case compile.LOAD_CONST:
			regs[uint16(w>>8)] = code.Consts[uint16(w>>24)]

		case compile.BINARY_ADD_INT:
			x, y := regs[uint16(w>>24)], regs[uint16(w>>40)]
			if x.IsSmallInt() && y.IsSmallInt() {
				if r, ok := objects.AddInt64(x.SmallInt(), y.SmallInt()); ok {
					regs[uint16(w>>8)] = objects.Int(r)
					continue
				}
			}
			instrs[ipc] = despecialiseBinary(w)
			if err = binaryGeneric(t, regs, w); err != nil {
				goto fail
			}
		case compile.BINARY_SUB_INT:
			x, y := regs[uint16(w>>24)], regs[uint16(w>>40)]
			if x.IsSmallInt() && y.IsSmallInt() {
				if r, ok := objects.SubInt64(x.SmallInt(), y.SmallInt()); ok {
					regs[uint16(w>>8)] = objects.Int(r)
					continue
				}
			}
			instrs[ipc] = despecialiseBinary(w)
			if err = binaryGeneric(t, regs, w); err != nil {
				goto fail
			}
		case compile.BINARY_MUL_INT:
			x, y := regs[uint16(w>>24)], regs[uint16(w>>40)]
			if x.IsSmallInt() && y.IsSmallInt() {
				if r, ok := objects.MulInt64(x.SmallInt(), y.SmallInt()); ok {
					regs[uint16(w>>8)] = objects.Int(r)
					continue
				}
			}
			instrs[ipc] = despecialiseBinary(w)
			if err = binaryGeneric(t, regs, w); err != nil {
				goto fail
			}
		case compile.BINARY_ADD_FLOAT:
			// two floats inline (floatPair is over the inlining budget of
			// this function); a float and an int through floatPair
			if x, y := regs[uint16(w>>24)], regs[uint16(w>>40)]; x.IsFloat() && y.IsFloat() {
				regs[uint16(w>>8)] = objects.Float(x.FloatVal() + y.FloatVal())
				continue
			}
			if a, b, ok := floatPair(regs[uint16(w>>24)], regs[uint16(w>>40)]); ok {
				regs[uint16(w>>8)] = objects.Float(a + b)
				continue
			}
			instrs[ipc] = despecialiseBinary(w)
			if err = binaryGeneric(t, regs, w); err != nil {
				goto fail
			}
		case compile.BINARY_SUB_FLOAT:
			// two floats inline (floatPair is over the inlining budget of
			// this function); a float and an int through floatPair
			if x, y := regs[uint16(w>>24)], regs[uint16(w>>40)]; x.IsFloat() && y.IsFloat() {
				regs[uint16(w>>8)] = objects.Float(x.FloatVal() - y.FloatVal())
				continue
			}
			if a, b, ok := floatPair(regs[uint16(w>>24)], regs[uint16(w>>40)]); ok {
				regs[uint16(w>>8)] = objects.Float(a - b)
				continue
			}
			instrs[ipc] = despecialiseBinary(w)
			if err = binaryGeneric(t, regs, w); err != nil {
				goto fail
			}
		case compile.BINARY_MUL_FLOAT:
			// two floats inline (floatPair is over the inlining budget of
			// this function); a float and an int through floatPair
			if x, y := regs[uint16(w>>24)], regs[uint16(w>>40)]; x.IsFloat() && y.IsFloat() {
				regs[uint16(w>>8)] = objects.Float(x.FloatVal() * y.FloatVal())
				continue
			}
			if a, b, ok := floatPair(regs[uint16(w>>24)], regs[uint16(w>>40)]); ok {
				regs[uint16(w>>8)] = objects.Float(a * b)
				continue
			}
			instrs[ipc] = despecialiseBinary(w)
			if err = binaryGeneric(t, regs, w); err != nil {
				goto fail
			}
		case compile.BINARY_DIV_FLOAT:
			if x, y := regs[uint16(w>>24)], regs[uint16(w>>40)]; x.IsFloat() && y.IsFloat() && y.FloatVal() != 0 {
				regs[uint16(w>>8)] = objects.Float(x.FloatVal() / y.FloatVal())
				continue
			}
			if a, b, ok := divPair(regs[uint16(w>>24)], regs[uint16(w>>40)]); ok && b != 0 {
				regs[uint16(w>>8)] = objects.Float(a / b)
				continue
			}
			instrs[ipc] = despecialiseBinary(w)
			if err = binaryGeneric(t, regs, w); err != nil {
				goto fail
			}
		case compile.BINARY_OP_INT:
			x, y := regs[uint16(w>>24)], regs[uint16(w>>40)]
			if x.IsSmallInt() && y.IsSmallInt() {
				var r Value
				if r, err = objects.IntBinaryOp(objects.BinOp(w>>56&0x7f), x, y); err != nil {
					goto fail
				}
				regs[uint16(w>>8)] = r
				continue
			}
			instrs[ipc] = despecialiseBinary(w)
			if err = binaryGeneric(t, regs, w); err != nil {
				goto fail
			}
		case compile.BINARY_OP, compile.INPLACE_OP:
			if sp := specialiseBinary(regs, w); sp != 0 {
				instrs[ipc] = sp
				pc = ipc
				continue
			}
			if err = binaryGeneric(t, regs, w); err != nil {
				goto fail
			}
		case compile.UNARY_OP:
			a, b := uint16(w>>8), uint16(w>>24)
			v := regs[b]
			var r Value
			switch w >> 56 {
			case 0:
				r, err = objects.Invert(t, v)
			case 1:
				var x bool
				if v.IsBool() || v.IsSmallInt() {
					x = v.BoolVal() // payload != 0
				} else if !v.IsNone() {
					x, err = objects.Truth(t, v)
				}
				r = objects.Bool(!x)
			case 2:
				r, err = objects.Pos(t, v)
			default:
				if v.IsSmallInt() && v.SmallInt() != -1<<63 {
					r = objects.Int(-v.SmallInt())
				} else if v.IsFloat() {
					r = objects.Float(-v.FloatVal())
				} else {
					r, err = objects.Neg(t, v)
				}
			}
			if err != nil {
				goto fail
			}
			regs[a] = r
		case compile.COMPARE_INT:
			x, y := regs[uint16(w>>24)], regs[uint16(w>>40)]
			if x.IsSmallInt() && y.IsSmallInt() {
				c := uint8(2) // outcome bit (see astCmpMask)
				if xi, yi := x.SmallInt(), y.SmallInt(); xi < yi {
					c = 1
				} else if xi > yi {
					c = 4
				}
				regs[uint16(w>>8)] = objects.Bool(astCmpMask[w>>56]&c != 0)
				continue
			}
			instrs[ipc] = w&^0xff | uint64(compile.COMPARE_OP)
			pc = ipc
		case compile.COMPARE_OP:
			a := uint16(w >> 8)
			x, y := regs[uint16(w>>24)], regs[uint16(w>>40)]
			op := int(w >> 56)
			if op < 6 {
				if x.IsSmallInt() && y.IsSmallInt() {
					instrs[ipc] = w&^0xff | uint64(compile.COMPARE_INT)
					regs[a] = objects.Bool(objects.CompareInt64(x.SmallInt(), y.SmallInt(), astCmp[op]))
					continue
				}
				var r Value
				r, err = objects.RichCompare(t, x, y, astCmp[op])
				if err != nil {
					goto fail
				}
				regs[a] = r
				continue
			}
			switch op {
			case 6:
				regs[a] = objects.Bool(x.Is(y))
			case 7:
				regs[a] = objects.Bool(!x.Is(y))
			default:
				var in bool
				in, err = containsFast(t, y, x)
				if err != nil {
					goto fail
				}
				regs[a] = objects.Bool(in == (op == 8))
			}
		case compile.CMP_JUMP_INT:
			x, y := regs[uint16(w>>8)], regs[uint16(w>>24)]
			if x.IsSmallInt() && y.IsSmallInt() {
				c := uint8(2) // outcome bit (see astCmpMask)
				if xi, yi := x.SmallInt(), y.SmallInt(); xi < yi {
					c = 1
				} else if xi > yi {
					c = 4
				}
				if (astCmpMask[w>>56&0x7f]&c != 0) == (w>>63 != 0) {
					pc = int(instrs[pc])
				} else {
					pc++
				}
				continue
			}
			instrs[ipc] = w&^0xff | uint64(compile.CMP_JUMP)
			pc = ipc
		case compile.CMP_JUMP:
			x, y := regs[uint16(w>>8)], regs[uint16(w>>24)]
			var b bool
			if d := w >> 56 & 0x7f; d >= 6 { // is, is not, in, not in
				switch d {
				case 6:
					b = x.Is(y)
				case 7:
					b = !x.Is(y)
				default:
					var in bool
					if in, err = containsFast(t, y, x); err != nil {
						goto fail
					}
					b = in == (d == 8)
				}
				if b == (w>>63 != 0) {
					pc = int(instrs[pc])
				} else {
					pc++
				}
				continue
			}
			op := astCmp[w>>56&0x7f]
			if x.IsSmallInt() && y.IsSmallInt() {
				instrs[ipc] = w&^0xff | uint64(compile.CMP_JUMP_INT)
				b = objects.CompareInt64(x.SmallInt(), y.SmallInt(), op)
			} else if xf, yf, ok := floatCmpPair(x, y); ok { // vm/intcmp.go
				b = cmpFloat(xf, yf, w>>56&0x7f)
			} else {
				var r Value
				r, err = objects.RichCompare(t, x, y, op)
				if err != nil {
					goto fail
				}
				if r.IsBool() {
					b = r.BoolVal()
				} else if b, err = objects.Truth(t, r); err != nil {
					goto fail
				}
			}
			if b == (w>>63 != 0) {
				pc = int(instrs[pc])
			} else {
				pc++
			}
		case compile.JUMP:
			if npc := int(w >> 40); npc < pc && objects.EvalBreakerSet() {
				objects.CheckEvalBreaker(t) // loop back-edge: a safe point
			}
			pc = int(w >> 40)
			if objects.SignalsPending.Load() != 0 {
				if err = objects.RunSignalHandlers(t); err != nil {
					goto fail
				}
			}
			// Step budget (tests/fuzzing; unlimited by default): every
			// loop back edge is a JUMP, so one decrement-and-test here
			// (and one per call in callPython) bounds any program.
			if t.Steps--; t.Steps < 0 {
				err = stepLimitExceeded()
				goto fail
			}
		case compile.JUMP_IF_FALSE, compile.JUMP_IF_TRUE:
			v := regs[uint16(w>>8)]
			var b bool
			if v.IsBool() || v.IsSmallInt() {
				b = v.BoolVal() // payload != 0 (objects.Truth is a call)
			} else if v.IsNone() {
				b = false
			} else if v.Type() == objects.ListType {
				b = len(objects.As[objects.List](v).Items) > 0
			} else if b, err = objects.Truth(t, v); err != nil {
				goto fail
			}
			if b == (compile.Op(w&0xff) == compile.JUMP_IF_TRUE) {
				pc = int(w >> 40)
			}

		case compile.GET_ITER:
			if src := regs[uint16(w>>24)]; w>>56 == 1 {
				// for loop over an exact list or range: inline state (objects/liststate.go)
				switch src.Type() {
				case objects.ListType:
					regs[uint16(w>>8)] = objects.ListIterState(objects.As[objects.List](src), 0)
					continue
				case objects.RangeType:
					if r := objects.As[objects.Range](src); objects.RangeInlineOK(r) {
						regs[uint16(w>>8)] = objects.RangeIterState(r, 0)
						continue
					}
				}
			}
			var it Value
			it, err = objects.GetIter(t, regs[uint16(w>>24)])
			if err != nil {
				goto fail
			}
			regs[uint16(w>>8)] = it
		case compile.FOR_ITER_RANGE:
			it := regs[uint16(w>>8)]
			if r, i, ok := objects.RangeIterStateOf(it); ok {
				if v := r.Start + i*r.Step; (r.Step > 0 && v < r.Stop) || (r.Step < 0 && v > r.Stop) {
					regs[uint16(w>>24)] = objects.Int(v)
					regs[uint16(w>>8)] = objects.RangeIterState(r, i+1)
				} else {
					pc = int(w >> 40)
				}
				continue
			}
			if it.Type() == objects.RangeIterType {
				ri := objects.As[objects.RangeIter](it)
				if ri.Left <= 0 {
					pc = int(w >> 40)
					continue
				}
				regs[uint16(w>>24)] = objects.Int(ri.Next)
				ri.Next += ri.Step
				ri.Left--
				continue
			}
			instrs[ipc] = w&^0xff | uint64(compile.FOR_ITER)
			pc = ipc
		case compile.FOR_ITER_LIST:
			it := regs[uint16(w>>8)]
			if l, i, ok := objects.ListIterStateOf(it); ok {
				if i < len(l.Items) {
					regs[uint16(w>>24)] = l.Items[i]
					regs[uint16(w>>8)] = objects.ListIterState(l, i+1)
				} else {
					pc = int(w >> 40)
				}
				continue
			}
			if it.Type() == objects.ListIterType {
				v, ok := objects.ListIterNext(it)
				if !ok {
					pc = int(w >> 40)
					continue
				}
				regs[uint16(w>>24)] = v
				continue
			}
			instrs[ipc] = w&^0xff | uint64(compile.FOR_ITER)
			pc = ipc
		case compile.FOR_ITER:
			it := regs[uint16(w>>8)]
			switch it.Type() {
			case objects.RangeIterType, objects.RangeType: // RangeType: an inline range state
				instrs[ipc] = w&^0xff | uint64(compile.FOR_ITER_RANGE)
				pc = ipc
				continue
			case objects.ListIterType, objects.ListType: // ListType: an inline list state
				instrs[ipc] = w&^0xff | uint64(compile.FOR_ITER_LIST)
				pc = ipc
				continue
			case GeneratorType:
				var v Value
				var done bool
				if v, done, err = objects.As[Generator](it).resume(t, objects.None, nil); err != nil {
					goto fail
				}
				if done {
					pc = int(w >> 40)
				} else {
					regs[uint16(w>>24)] = v
				}
				continue
			case enumerateType, zipType, objects.DictItemIterType:
				// for a, b in enumerate(...)/zip(p, q): the pair goes
				// straight to the unpack's registers, with no tuple
				// (only when the loop target is a compiler temporary, which
				// nothing reads after the unpack: `for x in ...: a, b = x`
				// must still assign x)
				if nw := instrs[pc]; compile.Op(nw) == compile.UNPACK_SEQUENCE && uint16(nw>>8) == uint16(w>>24) && uint16(nw>>40) == 2 &&
					int(uint16(w>>24)) >= code.NumLocals+len(code.Cellvars)+len(code.Freevars) {
					dst := int(uint16(nw >> 24))
					var handled, ok bool
					if handled, ok, err = forPair(t, it, regs[dst:dst+2]); handled {
						if err != nil {
							goto fail
						}
						if !ok {
							pc = int(w >> 40)
						} else {
							pc++
						}
						continue
					}
				}
			}
			var v Value
			v, err = objects.Next(t, it)
			if err != nil {
				goto fail
			}
			if v.IsNull() {
				pc = int(w >> 40)
				continue
			}
			regs[uint16(w>>24)] = v

		case compile.LOAD_GLOBAL_CACHED:
			c := &code.Caches[uint32(instrs[pc])]
			if globals.KeysVersion() == c.Version {
				if c.Counter == 0 {
					regs[uint16(w>>8)] = globals.EntryValue(int(c.Index))
					pc++
					continue
				}
				if builtins.KeysVersion() == c.Aux {
					regs[uint16(w>>8)] = builtins.EntryValue(int(c.Index))
					pc++
					continue
				}
			}
			instrs[ipc] = w&^0xff | uint64(compile.LOAD_GLOBAL)
			pc = ipc
		case compile.LOAD_GLOBAL:
			c := &code.Caches[uint32(instrs[pc])]
			pc++
			name := code.Names[uint16(w>>24)]
			if globals.Type() != objects.DictType {
				// a dict subclass as globals: its __getitem__ (and
				// __missing__) answer, uncached, as in CPython
				var v Value
				if v, err = loadGlobalSubclass(t, globals, builtins, name); err != nil {
					goto fail
				}
				regs[uint16(w>>8)] = v
				continue
			}
			if i := globals.FindStr(name); i >= 0 {
				regs[uint16(w>>8)] = globals.EntryValue(i)
				*c = objects.InlineCache{Version: globals.KeysVersion(), Index: int32(i)}
				instrs[ipc] = w&^0xff | uint64(compile.LOAD_GLOBAL_CACHED)
				continue
			}
			if i := builtins.FindStr(name); i >= 0 {
				regs[uint16(w>>8)] = builtins.EntryValue(i)
				*c = objects.InlineCache{Version: globals.KeysVersion(), Aux: builtins.KeysVersion(), Index: int32(i), Counter: 1}
				instrs[ipc] = w&^0xff | uint64(compile.LOAD_GLOBAL_CACHED)
				continue
			}
			err = objects.NewNameError(name)
			goto fail
		case compile.STORE_GLOBAL:
			name := code.Names[uint16(w>>24)]
			if i := globals.FindStr(name); i >= 0 {
				globals.SetEntryValue(i, regs[uint16(w>>8)])
			} else {
				globals.SetStr(name, regs[uint16(w>>8)])
			}
		case compile.DELETE_GLOBAL:
			name := code.Names[uint16(w>>24)]
			if !globals.DelStr(name) {
				err = objects.NewNameError(name)
				goto fail
			}
		case compile.LOAD_NAME:
			name := code.Names[uint16(w>>24)]
			if locals.Type() != objects.DictType {
				var v Value
				if v, err = nsGetItem(t, locals, name); err != nil {
					goto fail
				}
				if !v.IsNull() {
					regs[uint16(w>>8)] = v
					continue
				}
			}
			if v, ok := locals.GetStr(name); ok {
				regs[uint16(w>>8)] = v
			} else if v, ok := globals.GetStr(name); ok {
				regs[uint16(w>>8)] = v
			} else if v, ok := builtins.GetStr(name); ok {
				regs[uint16(w>>8)] = v
			} else {
				err = objects.NewNameError(name)
				goto fail
			}
		case compile.STORE_NAME:
			if locals.Type() == objects.DictType {
				locals.SetStr(code.Names[uint16(w>>24)], regs[uint16(w>>8)])
			} else if err = objects.SetItem(t, objects.Obj(locals), objects.Obj(code.Names[uint16(w>>24)]), regs[uint16(w>>8)]); err != nil {
				goto fail
			}
		case compile.DELETE_NAME:
			name := code.Names[uint16(w>>24)]
			if locals.Type() != objects.DictType {
				if err = objects.DelItem(t, objects.Obj(locals), objects.Obj(name)); err != nil {
					if err.Matches(objects.ExcKeyError) {
						err = objects.NewNameError(name)
					}
					goto fail
				}
			} else if !locals.DelStr(name) {
				err = objects.NewNameError(name)
				goto fail
			}
		case compile.DELETE_FAST:
			a := int(uint16(w >> 8))
			if regs[a].IsNull() {
				err = unboundLocal(code, a)
				goto fail
			}
			regs[a] = null
		case compile.LOAD_DEREF:
			cell := objects.As[objects.Cell](regs[uint16(w>>24)])
			if cell.V.IsNull() {
				if w>>56 != 0 {
					// D=1: an empty cell loads as NULL (super()'s operands)
					regs[uint16(w>>8)] = null
					continue
				}
				err = unboundDeref(code, int(uint16(w>>24)))
				goto fail
			}
			regs[uint16(w>>8)] = cell.V
		case compile.LOAD_CLASSDEREF:
			name := code.Names[uint16(w>>40)]
			if v, ok := locals.GetStr(name); ok {
				regs[uint16(w>>8)] = v
				continue
			}
			cell := objects.As[objects.Cell](regs[uint16(w>>24)])
			if cell.V.IsNull() {
				err = unboundDeref(code, int(uint16(w>>24)))
				goto fail
			}
			regs[uint16(w>>8)] = cell.V
		case compile.STORE_DEREF:
			objects.As[objects.Cell](regs[uint16(w>>8)]).V = regs[uint16(w>>24)]
		case compile.DELETE_DEREF:
			cell := objects.As[objects.Cell](regs[uint16(w>>8)])
			if cell.V.IsNull() {
				err = unboundDeref(code, int(uint16(w>>8)))
				goto fail
			}
			cell.V = null
		case compile.MAKE_CELL:
			v := null
			if b := uint16(w >> 24); b != compile.NoReg {
				v = regs[b]
			}
			regs[uint16(w>>8)] = objects.Obj(objects.NewCell(v))

		case compile.BUILD_LIST:
			b, c := int(uint16(w>>24)), int(uint16(w>>40))
			if w>>56 == 1 && listConcatFused(regs, w, instrs[pc]) {
				pc++ // [x, ...] + list (see compile.markListConcat)
				continue
			}
			l := objects.AllocList(c)
			copy(l.Items, regs[b:b+c])
			regs[uint16(w>>8)] = objects.Obj(l)
		case compile.BUILD_TUPLE:
			b, c := int(uint16(w>>24)), int(uint16(w>>40))
			if nw := instrs[pc]; w>>56 == 2 && compile.Op(nw&0xff) == compile.MAKE_FUNCTION && uint16(nw>>40)+2 == uint16(w>>8) {
				// a closure tuple only MAKE_FUNCTION reads: the function
				// takes the cells from the registers
				regs[uint16(nw>>8)] = makeFunctionCells(fn, code.Consts[uint16(nw>>24)], regs[uint16(nw>>40):], regs[b:b+c])
				pc++
				continue
			}
			tu := objects.AllocTuple(c)
			if c == 2 {
				tu.Items[0], tu.Items[1] = regs[b], regs[b+1]
			} else {
				copy(tu.Items, regs[b:b+c])
			}
			regs[uint16(w>>8)] = objects.Obj(tu)
		case compile.BUILD_SET:
			b, c := int(uint16(w>>24)), int(uint16(w>>40))
			s := objects.NewSetSized(max(c, 1))
			for _, v := range regs[b : b+c] {
				if err = s.Add(t, v); err != nil {
					goto fail
				}
			}
			regs[uint16(w>>8)] = objects.Obj(s)
		case compile.BUILD_MAP:
			b, c := int(uint16(w>>24)), int(uint16(w>>40))
			d := objects.NewDictSized(max(c, 1)) // `{}` literals are usually filled next
			for i := 0; i < c; i++ {
				if err = d.SetItem(t, regs[b+2*i], regs[b+2*i+1]); err != nil {
					goto fail
				}
			}
			regs[uint16(w>>8)] = objects.Obj(d)
		case compile.BUILD_STRING:
			b, c := int(uint16(w>>24)), int(uint16(w>>40))
			regs[uint16(w>>8)] = objects.ConcatStrs(regs[b : b+c])
		case compile.BUILD_SLICE:
			b, c := int(uint16(w>>24)), int(uint16(w>>40))
			if w>>56 != 0 {
				// x[a:b:c] loaded or stored (see compile.markSliceFused)
				if sliceFused(regs, w, instrs[pc]) {
					pc++
					continue
				}
			}
			step := objects.None
			if c == 3 {
				step = regs[b+2]
			}
			regs[uint16(w>>8)] = objects.NewSlice(regs[b], regs[b+1], step)
		case compile.LIST_APPEND:
			l := objects.As[objects.List](regs[uint16(w>>8)])
			l.Items = objects.AppendItem(l.Items, regs[uint16(w>>24)])
		case compile.LIST_EXTEND:
			dst := regs[uint16(w>>8)]
			var items []Value
			items, err = objects.IterToSlice(t, regs[uint16(w>>24)])
			if err != nil {
				if w>>56 == 1 && err.Matches(objects.ExcTypeError) && regs[uint16(w>>24)].Type().Iter == nil {
					err = objects.Errorf(objects.ExcTypeError, "%s argument after * must be an iterable, not %s", funcDesc(regs[uint16(w>>40)]), regs[uint16(w>>24)].Type().Name)
				}
				goto fail
			}
			if dst.Type() == objects.SetType {
				for _, v := range items {
					if err = objects.As[objects.Set](dst).Add(t, v); err != nil {
						goto fail
					}
				}
				continue
			}
			l := objects.As[objects.List](dst)
			l.Items = append(l.Items, items...)
		case compile.SET_ADD:
			if err = objects.As[objects.Set](regs[uint16(w>>8)]).Add(t, regs[uint16(w>>24)]); err != nil {
				goto fail
			}
		case compile.MAP_ADD:
			if err = objects.As[objects.Dict](regs[uint16(w>>8)]).SetItem(t, regs[uint16(w>>24)], regs[uint16(w>>40)]); err != nil {
				goto fail
			}
		case compile.DICT_UPDATE:
			src := regs[uint16(w>>24)]
			if !src.IsInstance(objects.DictType) && src.Type().LookupString("keys").IsNull() {
				if w>>56 == 1 {
					err = objects.Errorf(objects.ExcTypeError, "%s argument after ** must be a mapping, not %s", funcDesc(regs[uint16(w>>40)]), src.Type().Name)
				} else {
					err = objects.Errorf(objects.ExcTypeError, "'%s' object is not a mapping", src.Type().Name)
				}
				goto fail
			}
			if w>>56 == 1 {
				if err = dictMerge(t, objects.As[objects.Dict](regs[uint16(w>>8)]), src, regs[uint16(w>>40)]); err != nil {
					goto fail
				}
			} else if err = objects.As[objects.Dict](regs[uint16(w>>8)]).Update(t, src); err != nil {
				goto fail
			}
		case compile.LIST_TO_TUPLE:
			l := objects.As[objects.List](regs[uint16(w>>24)])
			regs[uint16(w>>8)] = objects.NewTupleValue(l.Items)
		case compile.FORMAT_VALUE:
			v := regs[uint16(w>>24)]
			switch w >> 56 {
			case 's':
				v, err = objects.Str_(t, v)
			case 'r':
				v, err = objects.Repr(t, v)
			case 'a':
				v, err = objects.ASCII(t, v)
			}
			if err != nil {
				goto fail
			}
			spec := ""
			if c := uint16(w >> 40); c != compile.NoReg {
				spec = objects.As[objects.Str](regs[c]).S
			}
			if spec == "" && v.IsSmallInt() {
				regs[uint16(w>>8)] = objects.IntStr(v.SmallInt())
				continue
			}
			if v.Type() == objects.StrType && spec == "" {
				regs[uint16(w>>8)] = v
				continue
			}
			v, err = objects.FormatValue(t, v, spec)
			if err != nil {
				goto fail
			}
			regs[uint16(w>>8)] = v

		case compile.BINARY_SUBSCR:
			o, k := regs[uint16(w>>24)], regs[uint16(w>>40)]
			if o.Type() == objects.ListType && k.IsSmallInt() {
				items := objects.As[objects.List](o).Items
				i := int(k.SmallInt())
				if i < 0 {
					i += len(items)
				}
				if uint(i) < uint(len(items)) {
					regs[uint16(w>>8)] = items[i]
					continue
				}
			}
			if o.Type() == objects.DictType && k.Type() == objects.StrType {
				if v, found, ok := objects.As[objects.Dict](o).LookupStrKey(objects.As[objects.Str](k)); ok && found {
					regs[uint16(w>>8)] = v
					continue
				}
			}
			var r Value
			r, err = objects.GetItem(t, o, k)
			if err != nil {
				goto fail
			}
			regs[uint16(w>>8)] = r
		case compile.STORE_SUBSCR:
			o, k, v := regs[uint16(w>>8)], regs[uint16(w>>24)], regs[uint16(w>>40)]
			if o.Type() == objects.ListType && k.IsSmallInt() {
				items := objects.As[objects.List](o).Items
				i := int(k.SmallInt())
				if i < 0 {
					i += len(items)
				}
				if uint(i) < uint(len(items)) {
					items[i] = v
					continue
				}
			}
			if o.Type() == objects.DictType && k.Type() == objects.StrType && objects.As[objects.Dict](o).SetStrKey(objects.As[objects.Str](k), v) {
				continue
			}
			if err = objects.SetItem(t, o, k, v); err != nil {
				goto fail
			}
		case compile.DELETE_SUBSCR:
			if err = objects.DelItem(t, regs[uint16(w>>8)], regs[uint16(w>>24)]); err != nil {
				goto fail
			}

		case compile.LOAD_ATTR_INSTANCE:
			c := &code.Caches[uint32(instrs[pc])]
			o := regs[uint16(w>>24)]
			if o.Type().Version == c.Version {
				if a := objects.AttrsOf(o); a.Map == c.Map {
					regs[uint16(w>>8)] = a.Slots[c.Index]
					pc++
					continue
				}
			}
			instrs[ipc] = w&^0xff | uint64(compile.LOAD_ATTR)
			c.Counter++
			pc = ipc
		case compile.LOAD_ATTR:
			c := &code.Caches[uint32(instrs[pc])]
			pc++
			o := regs[uint16(w>>24)]
			if c.Counter >= maxDespecialise {
				if r, ok := polyHit(c, o); ok { // a polymorphic site (vm/polyattr.go)
					regs[uint16(w>>8)] = r
					continue
				}
			}
			name := code.Names[uint16(w>>40)]
			if r, ok := moduleAttr(c, o, name); ok { // vm/modattr.go
				regs[uint16(w>>8)] = r
				continue
			}
			if c.Counter < maxDespecialise {
				specialiseLoadAttr(instrs, ipc, c, o, name)
			} else if r, ok := polyLoadAttr(c, o, name); ok { // vm/polyattr.go
				regs[uint16(w>>8)] = r
				continue
			}
			var r Value
			r, err = objects.GetAttr(t, o, name)
			if err != nil {
				goto fail
			}
			regs[uint16(w>>8)] = r
		case compile.STORE_ATTR_INSTANCE:
			c := &code.Caches[uint32(instrs[pc])]
			o := regs[uint16(w>>8)]
			if o.Type().Version == c.Version {
				a := objects.AttrsOf(o)
				if a.Map == c.Map {
					if c.NextMap == nil {
						a.Slots[c.Index] = regs[uint16(w>>40)]
					} else {
						a.Map = c.NextMap
						a.Slots = append(a.Slots, regs[uint16(w>>40)])
					}
					pc++
					continue
				}
			}
			instrs[ipc] = w&^0xff | uint64(compile.STORE_ATTR)
			c.Counter++
			pc = ipc
		case compile.STORE_ATTR:
			c := &code.Caches[uint32(instrs[pc])]
			pc++
			o := regs[uint16(w>>8)]
			name := code.Names[uint16(w>>24)]
			var before *objects.Map
			if c.Counter < maxDespecialise {
				before = prepareStoreAttr(o, name)
			} else if polyStoreAttr(c, o, name, regs[uint16(w>>40)]) { // vm/polyattr.go
				continue
			}
			if err = objects.SetAttr(t, o, name, regs[uint16(w>>40)]); err != nil {
				goto fail
			}
			specialiseStoreAttr(instrs, ipc, c, o, name, before)
		case compile.DELETE_ATTR:
			if err = objects.SetAttr(t, regs[uint16(w>>8)], code.Names[uint16(w>>24)], null); err != nil {
				goto fail
			}
		case compile.LOAD_METHOD:
			c := &code.Caches[uint32(instrs[pc])]
			pc++
			a := uint16(w >> 8)
			o := regs[uint16(w>>24)]
			typ := o.Type()
			if c.Type == typ && c.Version == typ.Version && (c.Map == nil || objects.AttrsOf(o).Map == c.Map) {
				regs[a] = c.Value
				regs[a+1] = o
				continue
			}
			name := code.Names[uint16(w>>40)]
			if r, ok := moduleAttr(c, o, name); ok {
				regs[a] = r
				regs[a+1] = null
				continue
			}
			if m, ok := cachedMethod(c, o, name); ok { // vm/polymethod.go
				regs[a] = m
				regs[a+1] = o
				continue
			}
			var r Value
			r, err = objects.GetAttr(t, o, name)
			if err != nil {
				goto fail
			}
			regs[a] = r
			regs[a+1] = null

		case compile.CALL, compile.CALL_METHOD:
			ext := instrs[pc]
			pc++
			a, b, n := uint16(w>>8), int(uint16(w>>24)), int(uint16(w>>40))
			var kwnames *objects.Tuple
			if k := ext >> 32; k != 0 {
				kwnames = objects.As[objects.Tuple](code.Consts[k-1])
			}
			f := regs[b]
			var args []Value
			if compile.Op(w&0xff) == compile.CALL {
				args = regs[b+1 : b+1+n]
			} else if regs[b+1].IsNull() {
				args = regs[b+2 : b+2+n]
			} else {
				args = regs[b+1 : b+2+n]
			}
			var r Value
			if ft := f.Type(); ft == objects.FunctionType {
				r, err = callPython(t, objects.As[objects.Function](f), args, kwnames, nil)
			} else if m := objects.As[objects.Method](f); ft == objects.MethodType && compile.Op(w&0xff) == compile.CALL && m.Func.Type() == objects.FunctionType {
				// a bound method called as a value: self goes into the
				// callee's register (a temporary), right before the args
				fnv := m.Func
				regs[b] = m.Self
				r, err = callPython(t, objects.As[objects.Function](fnv), regs[b:b+1+n], kwnames, nil)
			} else if ft == objects.TypeType && compile.Op(w&0xff) == compile.CALL {
				var ok bool
				if r, ok = callBuiltinType(objects.As[objects.Type](f), args, kwnames); ok {
				} else if f.Ptr() == objects.Obj(objects.SetType).Ptr() && len(args) == 1 && kwnames == nil {
					r, err = objects.SetOf(t, args[0])
				} else if r, ok, err = callClass(t, &code.Caches[uint32(ext)], regs, b, n, kwnames); !ok {
					r, err = objects.CallValue(t, f, args, kwnames)
				}
			} else if ft == objects.BuiltinFunctionType {
				bf := objects.As[objects.BuiltinFunction](f)
				if bf == lenBuiltin && len(args) == 1 && kwnames == nil {
					var n int
					n, err = lenOf(t, args[0])
					r = objects.Int(int64(n))
				} else {
					r, err = bf.Fn(t, bf.Self, args, kwnames)
				}
			} else if ft == objects.MethodDescrType && len(args) > 0 && args[0].Type() == objects.As[objects.BuiltinFunction](f).Owner {
				// a builtin method called on an exact instance (list.append, ...)
				if bf := objects.As[objects.BuiltinFunction](f); bf == listAppend && len(args) == 2 && kwnames == nil {
					l := objects.As[objects.List](args[0])
					l.Items = objects.AppendItem(l.Items, args[1])
					r = objects.None
				} else if bf == dictGet && (len(args) == 2 || len(args) == 3) && kwnames == nil {
					r, err = dictGetCall(t, args)
				} else {
					r, err = bf.Fn(t, args[0], args[1:], kwnames)
				}
			} else {
				r, err = objects.CallValue(t, f, args, kwnames)
			}
			if err != nil {
				goto fail
			}
			regs[a] = r
		case compile.CALL_EX:
			c := int(uint16(w >> 40))
			pos := objects.As[objects.Tuple](regs[c]).Items
			args := pos
			var kwnames *objects.Tuple
			if kw := regs[c+1]; !kw.IsNull() {
				d := objects.As[objects.Dict](kw)
				args = append([]Value(nil), pos...)
				var names []Value
				d.Items(func(k, v Value) bool {
					names = append(names, k)
					args = append(args, v)
					return true
				})
				for _, k := range names {
					if k.Type() != objects.StrType {
						err = objects.Errorf(objects.ExcTypeError, "keywords must be strings")
						goto fail
					}
				}
				if len(names) > 0 {
					kwnames = objects.NewTuple(names)
				}
			}
			var r Value
			r, err = objects.CallValue(t, regs[uint16(w>>24)], args, kwnames)
			if err != nil {
				goto fail
			}
			regs[uint16(w>>8)] = r
		case compile.MAKE_FUNCTION:
			regs[uint16(w>>8)] = makeFunction(fn, code.Consts[uint16(w>>24)], regs[uint16(w>>40):])
		case compile.BUILD_CLASS:
			var r Value
			r, err = buildClassOp(t, fn, regs, w)
			if err != nil {
				goto fail
			}
			regs[uint16(w>>8)] = r
		case compile.RETURN:
			return regs[uint16(w>>8)], nil

		case compile.RAISE:
			a, b := uint16(w>>8), uint16(w>>24)
			if a == compile.NoReg {
				if t.ExcInfo == nil {
					err = objects.Errorf(objects.ExcRuntimeError, "No active exception to reraise")
					goto fail
				}
				err = t.ExcInfo
				reraise = true
				goto fail
			}
			err = makeRaise(t, regs[a], b, regs)
			goto fail
		case compile.RERAISE:
			err = objects.As[objects.BaseException](regs[uint16(w>>8)])
			reraise = true
			goto fail
		case compile.PUSH_EXC_INFO:
			// NULL saves "no exception of this frame's own"; in a
			// generator that means whatever its current resumer handles
			if t.ExcInfo == nil || gen != nil && t.ExcInfo == gen.callerExc {
				regs[uint16(w>>8)] = null
			} else {
				regs[uint16(w>>8)] = objects.Obj(t.ExcInfo)
			}
			t.ExcInfo = objects.As[objects.BaseException](regs[uint16(w>>24)])
			if gen != nil {
				gen.handlers++
			}
		case compile.POP_EXCEPT:
			if gen != nil && gen.handlers > 0 {
				gen.handlers--
			}
			if v := regs[uint16(w>>8)]; v.IsNull() {
				t.ExcInfo = nil
				if gen != nil {
					t.ExcInfo = gen.callerExc
				}
			} else {
				t.ExcInfo = objects.As[objects.BaseException](v)
			}
		case compile.CHECK_EXC_MATCH:
			var m bool
			m, err = excMatches(regs[uint16(w>>24)], regs[uint16(w>>40)])
			if err != nil {
				goto fail
			}
			regs[uint16(w>>8)] = objects.Bool(m)
		case compile.UNPACK_SEQUENCE:
			if v := regs[uint16(w>>8)]; v.Type() == objects.TupleType {
				if items, dst, n := objects.As[objects.Tuple](v).Items, int(uint16(w>>24)), int(uint16(w>>40)); len(items) == n {
					if n == 2 { // plain stores: copy() is a runtime call for pointerful values
						regs[dst], regs[dst+1] = items[0], items[1]
					} else {
						copy(regs[dst:dst+n], items)
					}
					continue
				}
			}
			if err = unpack(t, regs[uint16(w>>8)], regs, int(uint16(w>>24)), int(uint16(w>>40)), -1); err != nil {
				goto fail
			}
		case compile.UNPACK_EX:
			if err = unpack(t, regs[uint16(w>>8)], regs, int(uint16(w>>24)), int(uint16(w>>40)), int(w>>56)); err != nil {
				goto fail
			}
		case compile.LOAD_ASSERTION_ERROR:
			regs[uint16(w>>8)] = objects.Obj(objects.ExcAssertionError)
		case compile.IMPORT_NAME:
			from := null
			if c := uint16(w >> 40); c != compile.NoReg {
				from = regs[c]
			}
			var r Value
			r, err = importName(t, code.Names[uint16(w>>24)], globals, from, int(w>>56))
			if err != nil {
				goto fail
			}
			regs[uint16(w>>8)] = r
		case compile.IMPORT_FROM:
			name := code.Names[uint16(w>>40)]
			var r Value
			r, err = objects.GetAttr(t, regs[uint16(w>>24)], name)
			if err != nil {
				if !err.Matches(objects.ExcAttributeError) {
					goto fail
				}
				if r, err = importFromFallback(t, regs[uint16(w>>24)], name); err != nil {
					goto fail
				}
			}
			regs[uint16(w>>8)] = r
		case compile.YIELD_VALUE:
			if gen.sink != nil && gen.sink(regs[uint16(w>>8)]) {
				// taken by a consumer (pushGen): go on as if resumed
				// with None
				regs[uint16(w>>24)] = objects.None
				if t.Steps--; t.Steps < 0 {
					err = stepLimitExceeded()
					goto fail
				}
				continue
			}
			gen.pc = int32(pc)
			gen.sendReg = uint16(w >> 24)
			gen.suspended = true
			return regs[uint16(w>>8)], nil
		case compile.SEND:
			a := uint16(w >> 8)
			var r Value
			var done bool
			r, done, err = sendTo(t, regs[uint16(w>>24)], regs[a])
			if err != nil {
				goto fail
			}
			regs[a] = r
			if done {
				pc = int(w >> 40)
			}
		case compile.BEFORE_WITH:
			a := uint16(w >> 8)
			if err = beforeWith(t, regs[uint16(w>>24)], regs[a:a+2]); err != nil {
				goto fail
			}
		case compile.WITH_EXIT:
			args := [3]Value{objects.None, objects.None, objects.None}
			if c := uint16(w >> 40); c != compile.NoReg {
				e := objects.As[objects.BaseException](regs[c])
				args[0], args[1] = objects.Obj(e.Type()), regs[c]
				if e.Traceback != nil {
					args[2] = objects.Obj(e.Traceback)
				}
			}
			var r Value
			if ex := regs[uint16(w>>24)]; ex.Type() == objects.MethodType && objects.As[objects.Method](ex).Func.Type() == objects.FunctionType {
				// a Python __exit__ bound by BEFORE_WITH: self goes first
				m := objects.As[objects.Method](ex)
				all := [4]Value{m.Self, args[0], args[1], args[2]}
				r, err = callPython(t, objects.As[objects.Function](m.Func), all[:], nil, nil)
			} else {
				r, err = objects.CallValue(t, ex, args[:], nil)
			}
			if err != nil {
				goto fail
			}
			regs[uint16(w>>8)] = r
		case compile.MATCH:
			if err = matchOp(t, code, regs, w); err != nil {
				goto fail
			}
		case compile.EXT:
			if err = extOp(t, fn, regs, locals, w); err != nil {
				goto fail
			}
		case compile.IMPORT_STAR:
			ns := locals
			if ns == nil {
				ns = globals
			}
			if err = importStar(t, regs[uint16(w>>8)], ns); err != nil {
				goto fail
			}
		default:
			err = objects.Errorf(objects.ExcSystemError, "unknown opcode %d", w&0xff)
			goto fail
		}
		continue

	fail:
		if !reraise {
			err.AddTracebackFunc(fn, ipc)
			if t.ExcInfo != nil && t.ExcInfo != err && err.Context.IsNull() {
				err.Context = objects.Obj(t.ExcInfo)
			}
		}
		reraise = false
		if e := findHandler(code, ipc); e != nil {
			regs[e.Reg] = objects.Obj(err)
			pc = int(e.Target)
			err = nil
			continue
		}
		return null, err
	}
}

// findHandler returns the innermost exception-table row covering pc.
func findHandler(code *objects.Code, pc int) *objects.ExcEntry {
	for i := range code.ExcTable {
		e := &code.ExcTable[i]
		if int32(pc) >= e.Start && int32(pc) < e.End {
			return e
		}
	}
	return nil
}
