package vm

import (
	"taipan/compile"
	"taipan/objects"
)

// Quickening. A generic instruction inspects its operands; when they
// have a shape a specialised instruction handles, it rewrites its own
// opcode in place (the operand fields stay the same) and re-executes.
// The specialised instruction checks its guard first and, on a miss,
// rewrites itself back to the generic form. Caches live in
// Code.Caches, indexed by the word that follows the instruction.
//
// Binary operations: D holds the operator; bit 0x80 of D marks an
// in-place operation (so that de-specialising restores INPLACE_OP).

const inplaceFlag = 0x80

// maxDespecialise is how many guard misses an attribute instruction
// tolerates before it stays generic (a polymorphic site).
const maxDespecialise = 16

func despecialiseBinary(w uint64) uint64 {
	if w>>56&inplaceFlag != 0 {
		return w&^(0xff|0xff<<56) | uint64(compile.INPLACE_OP) | (w>>56&0x7f)<<56
	}
	return w&^0xff | uint64(compile.BINARY_OP)
}

// specialiseBinary returns the specialised instruction word for the
// operands now in the registers, or 0.
func specialiseBinary(regs []Value, w uint64) uint64 {
	x, y := regs[uint16(w>>24)], regs[uint16(w>>40)]
	op := objects.BinOp(w >> 56)
	var sp compile.Op
	if x.IsSmallInt() && y.IsSmallInt() {
		switch op {
		case objects.OpAdd:
			sp = compile.BINARY_ADD_INT
		case objects.OpSub:
			sp = compile.BINARY_SUB_INT
		case objects.OpMul:
			sp = compile.BINARY_MUL_INT
		case objects.OpTrueDiv, objects.OpMatMul:
		default:
			sp = compile.BINARY_OP_INT
		}
	}
	if _, _, ok := floatPair(x, y); sp == 0 && (ok || op == objects.OpTrueDiv && x.IsSmallInt() && y.IsSmallInt()) {
		switch op {
		case objects.OpAdd:
			sp = compile.BINARY_ADD_FLOAT
		case objects.OpSub:
			sp = compile.BINARY_SUB_FLOAT
		case objects.OpMul:
			sp = compile.BINARY_MUL_FLOAT
		case objects.OpTrueDiv:
			sp = compile.BINARY_DIV_FLOAT
		}
	}
	if sp == 0 {
		return 0
	}
	nw := w&^0xff | uint64(sp)
	if compile.Op(w&0xff) == compile.INPLACE_OP {
		nw |= inplaceFlag << 56
	}
	return nw
}

func binaryGeneric(t *objects.Thread, regs []Value, w uint64) *Exc {
	x, y := regs[uint16(w>>24)], regs[uint16(w>>40)]
	d := w >> 56
	if objects.BinOp(d&0x7f) == objects.OpAdd && x.Type() == objects.StrType && y.Type() == objects.StrType {
		// str + str (and +=): one allocation for the bytes, ASCII-ness kept
		pair := [2]Value{x, y}
		regs[uint16(w>>8)] = objects.ConcatStrs(pair[:])
		return nil
	}
	if x.Type() == objects.IntType && y.Type() == objects.IntType {
		// exact ints beyond the small-int fast paths (big ints, shifts,
		// powers...): the int implementation directly, as the generic
		// dispatch would end there (ints are immutable: += is +)
		r, err := objects.IntBinaryOp(objects.BinOp(d&0x7f), x, y)
		if err != nil {
			return err
		}
		if !r.Is(objects.NotImplemented) {
			regs[uint16(w>>8)] = r
			return nil
		}
	}
	var r Value
	var err *Exc
	if compile.Op(w&0xff) == compile.INPLACE_OP || d&inplaceFlag != 0 {
		r, err = objects.InplaceOp(t, objects.BinOp(d&0x7f), x, y)
	} else {
		var ok bool
		if r, ok, err = binaryDunder(t, objects.BinOp(d), x, y); !ok {
			r, err = objects.BinaryOp(t, objects.BinOp(d), x, y)
		}
	}
	if err != nil {
		return err
	}
	regs[uint16(w>>8)] = r
	return nil
}

// specialiseLoadAttr turns LOAD_ATTR into LOAD_ATTR_INSTANCE when o is an
// instance whose attribute lives in its mapdict slots and no data
// descriptor on the type can intercept it.
func specialiseLoadAttr(instrs []uint64, ipc int, c *objects.InlineCache, o Value, name *objects.Str) {
	typ := o.Type()
	if typ.Flags&objects.FlagHasAttrs == 0 || !objects.IsGenericGetAttr(typ) {
		return
	}
	key, ok := objects.AttrStorageKey(typ, name)
	if !ok {
		return
	}
	a := objects.AttrsOf(o)
	if a.Map == nil {
		return
	}
	i := a.Map.Index(key)
	if i < 0 {
		return
	}
	*c = objects.InlineCache{Version: typ.Version, Map: a.Map, Index: int32(i), Counter: c.Counter}
	instrs[ipc] = instrs[ipc]&^0xff | uint64(compile.LOAD_ATTR_INSTANCE)
}

// prepareStoreAttr records the map of o before a STORE_ATTR (for
// caching the transition).
func prepareStoreAttr(o Value, name *objects.Str) *objects.Map {
	typ := o.Type()
	if typ.Flags&objects.FlagHasAttrs == 0 || !objects.IsGenericSetAttr(typ) {
		return nil
	}
	return objects.AttrsOf(o).Map
}

func specialiseStoreAttr(instrs []uint64, ipc int, c *objects.InlineCache, o Value, name *objects.Str, before *objects.Map) {
	if before == nil {
		return
	}
	typ := o.Type()
	name, ok := objects.AttrStorageKey(typ, name)
	if !ok {
		return
	}
	after := objects.AttrsOf(o).Map
	if after == before {
		i := after.Index(name)
		if i < 0 {
			return
		}
		*c = objects.InlineCache{Version: typ.Version, Map: before, Index: int32(i), Counter: c.Counter}
	} else {
		if after.Len() != before.Len()+1 || after.Index(name) != before.Len() {
			return
		}
		*c = objects.InlineCache{Version: typ.Version, Map: before, NextMap: after, Counter: c.Counter}
	}
	instrs[ipc] = instrs[ipc]&^0xff | uint64(compile.STORE_ATTR_INSTANCE)
}

// lookupMethod resolves o.name as an unbound method when possible (no
// bound-method allocation) and fills the LOAD_METHOD cache.
func lookupMethod(c *objects.InlineCache, o Value, name *objects.Str) (Value, bool) {
	typ := o.Type()
	if !objects.IsGenericGetAttr(typ) || typ.Flags&objects.FlagSideAttrs != 0 && typ.Flags&objects.FlagSideAttrsUsed != 0 {
		return null, false
	}
	d := typ.Lookup(name)
	if d.IsNull() {
		return null, false
	}
	dt := d.Type()
	if dt != objects.FunctionType && dt != objects.MethodDescrType {
		return null, false
	}
	var m *objects.Map
	if typ.Flags&objects.FlagHasAttrs != 0 {
		a := objects.AttrsOf(o)
		if a.Map != nil && (a.Map.Index(name) >= 0 || a.Map.IsDict()) {
			return null, false
		}
		m = a.Map
		if m == nil {
			return d, true
		}
	}
	*c = objects.InlineCache{Type: typ, Version: typ.Version, Map: m, Value: d}
	return d, true
}

// floatPair returns the operands as float64s when one is an unboxed
// float and the other an unboxed float or int (Python converts the int).
func floatPair(x, y Value) (float64, float64, bool) {
	if x.IsFloat() {
		if y.IsFloat() {
			return x.FloatVal(), y.FloatVal(), true
		}
		if y.IsSmallInt() {
			return x.FloatVal(), float64(y.SmallInt()), true
		}
	} else if y.IsFloat() && x.IsSmallInt() {
		return float64(x.SmallInt()), y.FloatVal(), true
	}
	return 0, 0, false
}

// divPair is floatPair that also accepts two ints small enough to
// convert exactly (true division of ints is a float).
func divPair(x, y Value) (float64, float64, bool) {
	if x.IsSmallInt() && y.IsSmallInt() {
		a, b := x.SmallInt(), y.SmallInt()
		if a > -1<<53 && a < 1<<53 && b > -1<<53 && b < 1<<53 {
			return float64(a), float64(b), true
		}
		return 0, 0, false
	}
	return floatPair(x, y)
}
