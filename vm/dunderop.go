package vm

import "taipan/objects"

// binDunders are the interned __op__ names by BinOp.
var binDunders = func() (n [objects.NumBinOps]*objects.Str) {
	names := [objects.NumBinOps]string{"add", "sub", "mul", "matmul", "truediv", "mod", "pow", "lshift", "rshift", "or", "xor", "and", "floordiv"}
	for i, s := range names {
		n[i] = objects.Intern("__" + s + "__")
	}
	return
}()

// binaryDunder evaluates x op y when both operands are instances of the
// same Python class whose __op__ is a Python function: the function is
// called directly (no slot wrapper, bound method or generic call). With
// one type involved there is no reflected operand to try, so a
// NotImplemented result is the usual TypeError. ok is false when the
// generic protocol must run.
func binaryDunder(t *objects.Thread, op objects.BinOp, x, y Value) (Value, bool, *Exc) {
	tx := x.Type()
	if tx != y.Type() || !tx.IsHeapType() || op >= objects.NumBinOps {
		return null, false, nil
	}
	f := tx.Lookup(binDunders[op])
	if f.IsNull() || f.Type() != objects.FunctionType {
		return null, false, nil
	}
	full, mark := t.PushArgs(x, []Value{y})
	r, err := callPython(t, objects.As[objects.Function](f), full, nil, nil)
	t.PopArgs(full, mark)
	if err != nil {
		return null, true, err
	}
	if r.Is(objects.NotImplemented) {
		sym := op.Symbol()
		if op == objects.OpPow {
			sym = "** or pow()"
		}
		return null, true, objects.Errorf(objects.ExcTypeError, "unsupported operand type(s) for %s: '%s' and '%s'", sym, tx.Name, tx.Name)
	}
	return r, true, nil
}
