package objects

// BoolType is `bool`, a subclass of int. Bools are unboxed; int slots
// accept them as 0 and 1.
var BoolType = builtinType("bool", IntType, 0)

func boolRepr(t *Thread, v Value) (Value, *BaseException) {
	if v.n != 0 {
		return Obj(Intern("True")), nil
	}
	return Obj(Intern("False")), nil
}

func boolBitop(op BinOp) BinaryFunc {
	return func(t *Thread, a, b Value) (Value, *BaseException) {
		if a.p == boolTagP && b.p == boolTagP {
			switch op {
			case OpAnd:
				return Bool(a.n&b.n != 0), nil
			case OpOr:
				return Bool(a.n|b.n != 0), nil
			default:
				return Bool(a.n^b.n != 0), nil
			}
		}
		return IntBinaryOp(op, a, b)
	}
}

func init() {
	BoolType.Repr = boolRepr
	BoolType.New = func(t *Thread, typ *Type, args []Value, kwnames *Tuple) (Value, *BaseException) {
		if len(args) == 0 {
			return False, nil
		}
		if kwnames.Len() > 0 {
			return Null, Errorf(ExcTypeError, "bool() takes no keyword arguments")
		}
		if len(args) > 1 {
			return Null, Errorf(ExcTypeError, "bool expected at most 1 argument, got %d", len(args))
		}
		b, err := Truth(t, args[0])
		return Bool(b), err
	}
	BoolType.NB[OpAnd] = boolBitop(OpAnd)
	BoolType.NB[OpOr] = boolBitop(OpOr)
	BoolType.NB[OpXor] = boolBitop(OpXor)
}
