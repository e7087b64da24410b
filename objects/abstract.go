package objects

// Generic operations: each dispatches through the type slots, with the
// unboxed kinds handled inline first. These are what the VM's generic
// (unspecialised) instructions call.

// Repr returns repr(v).
func Repr(t *Thread, v Value) (Value, *BaseException) {
	if t != nil {
		if t.Depth+1 >= t.RecursionLimit {
			return Null, Errorf(ExcRecursionError, "maximum recursion depth exceeded while getting the repr of an object")
		}
		t.Depth++
		defer func() { t.Depth-- }()
	}
	r, err := v.Type().Repr(t, v)
	if err != nil {
		return Null, err
	}
	if !r.IsInstance(StrType) {
		return Null, Errorf(ExcTypeError, "__repr__ returned non-string (type %s)", r.Type().Name)
	}
	return r, nil
}

// ReprString returns repr(v) as a Go string.
func ReprString(t *Thread, v Value) (string, *BaseException) {
	r, err := Repr(t, v)
	if err != nil {
		return "", err
	}
	return As[Str](r).S, nil
}

// Str_ returns str(v).
func Str_(t *Thread, v Value) (Value, *BaseException) {
	typ := v.Type()
	if typ == StrType {
		return v, nil
	}
	f := typ.Str
	if f == nil {
		f = typ.Repr
	}
	r, err := f(t, v)
	if err != nil {
		return Null, err
	}
	if !r.IsInstance(StrType) {
		return Null, Errorf(ExcTypeError, "__str__ returned non-string (type %s)", r.Type().Name)
	}
	return r, nil
}

// StrString returns str(v) as a Go string.
func StrString(t *Thread, v Value) (string, *BaseException) {
	if v.p == intTagP {
		return itoa(int64(v.n)), nil
	}
	r, err := Str_(t, v)
	if err != nil {
		return "", err
	}
	return As[Str](r).S, nil
}

// Hash returns hash(v).
func Hash(t *Thread, v Value) (int64, *BaseException) {
	if v.p == intTagP {
		return HashInt64(int64(v.n)), nil
	}
	typ := v.Type()
	if typ == StrType {
		return As[Str](v).Hash(), nil
	}
	if typ.Hash == nil {
		return unhashable(t, v)
	}
	return typ.Hash(t, v)
}

// BinaryOp evaluates a op b with Python's operand-order rules.
func BinaryOp(t *Thread, op BinOp, a, b Value) (Value, *BaseException) {
	return binaryOp(t, op, a, b, "")
}

func binaryOp(t *Thread, op BinOp, a, b Value, suffix string) (Value, *BaseException) {
	ta, tb := a.Type(), b.Type()
	sa, sb := ta.NB[op], tb.NB[op]
	if ta != tb && ta.userNB&tb.userNB&(1<<op) != 0 {
		sb = nil // the same Python-level slot: sa tries both operands
	}
	if ta != tb && sb != nil && tb.IsSubtype(ta) && tb.IsHeapType() {
		r, err := sb(t, a, b)
		if err != nil || !r.Is(NotImplemented) {
			return r, err
		}
		sb = nil
	}
	if sa != nil {
		r, err := sa(t, a, b)
		if err != nil || !r.Is(NotImplemented) {
			return r, err
		}
	}
	if sb != nil && tb != ta {
		r, err := sb(t, a, b)
		if err != nil || !r.Is(NotImplemented) {
			return r, err
		}
	}
	if op == OpMul {
		if r, err, ok := sequenceRepeat(t, a, b); ok {
			return r, err
		}
	}
	if e := seqOpError(op, a, b); e != nil {
		return Null, e
	}
	sym := op.Symbol() + suffix
	if op == OpPow && suffix == "" {
		sym = "** or pow()"
	}
	if op == OpRShift && suffix == "" && ta == BuiltinFunctionType && As[BuiltinFunction](a).Name == "print" && As[BuiltinFunction](a).Self.IsNull() {
		// Python 2's print >> stream
		return Null, Errorf(ExcTypeError, "unsupported operand type(s) for %s: '%s' and '%s'. Did you mean \"print(<message>, file=<output_stream>)\"?", sym, ta.Name, tb.Name)
	}
	return Null, Errorf(ExcTypeError, "unsupported operand type(s) for %s: '%s' and '%s'", sym, ta.Name, tb.Name)
}

// InplaceOp evaluates a op= b.
func InplaceOp(t *Thread, op BinOp, a, b Value) (Value, *BaseException) {
	if f := a.Type().INB[op]; f != nil {
		r, err := f(t, a, b)
		if err != nil || !r.Is(NotImplemented) {
			return r, err
		}
	}
	return binaryOp(t, op, a, b, "=")
}

// RichCompare evaluates a op b, returning any object.
func RichCompare(t *Thread, a, b Value, op CompareOp) (Value, *BaseException) {
	if a.p == intTagP && b.p == intTagP {
		return Bool(CompareInt64(int64(a.n), int64(b.n), op)), nil
	}
	ta, tb := a.Type(), b.Type()
	checkedReverse := false
	if ta != tb && tb.IsSubtype(ta) && tb.RichCompare != nil && tb.IsHeapType() {
		checkedReverse = true
		r, err := tb.RichCompare(t, b, a, cmpSwapped[op])
		if err != nil || !r.Is(NotImplemented) {
			return r, err
		}
	}
	if ta.RichCompare != nil {
		r, err := ta.RichCompare(t, a, b, op)
		if err != nil || !r.Is(NotImplemented) {
			return r, err
		}
	}
	if !checkedReverse && tb.RichCompare != nil {
		r, err := tb.RichCompare(t, b, a, cmpSwapped[op])
		if err != nil || !r.Is(NotImplemented) {
			return r, err
		}
	}
	switch op {
	case CmpEq:
		return Bool(a.Is(b)), nil
	case CmpNe:
		return Bool(!a.Is(b)), nil
	}
	return Null, Errorf(ExcTypeError, "'%s' not supported between instances of '%s' and '%s'", op.Symbol(), ta.Name, tb.Name)
}

// Equal reports a == b as a Go bool.
func Equal(t *Thread, a, b Value) (bool, *BaseException) {
	if a.p == b.p && a.n == b.n && a.p != floatTagP {
		return true, nil
	}
	if a.p == intTagP && b.p == intTagP {
		return false, nil
	}
	r, err := RichCompare(t, a, b, CmpEq)
	if err != nil {
		return false, err
	}
	return Truth(t, r)
}

// Truth returns bool(v).
func Truth(t *Thread, v Value) (bool, *BaseException) {
	switch v.p {
	case boolTagP, intTagP:
		return v.n != 0, nil
	case noneTag.ptr():
		return false, nil
	}
	typ := v.Type()
	if typ.Bool != nil {
		return typ.Bool(t, v)
	}
	if typ.Len != nil {
		n, err := typ.Len(t, v)
		return n > 0, err
	}
	return true, nil
}

func (h *Header) ptr() unsafePointer { return unsafePointer(h) }

// GetAttr returns v.name.
func GetAttr(t *Thread, v Value, name *Str) (Value, *BaseException) {
	return v.Type().GetAttr(t, v, name)
}

// GetAttrString returns v.name for a Go string name.
func GetAttrString(t *Thread, v Value, name string) (Value, *BaseException) {
	return GetAttr(t, v, Intern(name))
}

// SetAttr sets v.name = val (val Null deletes).
func SetAttr(t *Thread, v Value, name *Str, val Value) *BaseException {
	f := v.Type().SetAttr
	if f == nil {
		return Errorf(ExcAttributeError, "'%s' object has no attribute '%s'", v.Type().Name, name.S)
	}
	return f(t, v, name, val)
}

// CallValue calls f(*args) with the vectorcall convention.
func CallValue(t *Thread, f Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
	call := f.Type().Call
	if call == nil {
		return Null, Errorf(ExcTypeError, "'%s' object is not callable", f.Type().Name)
	}
	return call(t, f, args, kwnames)
}

// CallMethod calls obj.name(*args).
func CallMethod(t *Thread, obj Value, name string, args ...Value) (Value, *BaseException) {
	m, err := GetAttrString(t, obj, name)
	if err != nil {
		return Null, err
	}
	return CallValue(t, m, args, nil)
}

// GetItem returns o[k].
func GetItem(t *Thread, o, k Value) (Value, *BaseException) {
	f := o.Type().GetItem
	if f == nil {
		if o.IsInstance(TypeType) {
			if m := As[Type](o).LookupString("__class_getitem__"); !m.IsNull() && !m.IsNone() {
				return callClassGetItem(t, m, o, k)
			}
			return Null, Errorf(ExcTypeError, "type '%s' is not subscriptable", As[Type](o).Name)
		}
		return Null, Errorf(ExcTypeError, "'%s' object is not subscriptable", o.Type().Name)
	}
	return f(t, o, k)
}

// SetItem performs o[k] = v.
func SetItem(t *Thread, o, k, v Value) *BaseException {
	f := o.Type().SetItem
	if f == nil {
		return Errorf(ExcTypeError, "'%s' object does not support item assignment", o.Type().Name)
	}
	return f(t, o, k, v)
}

// DelItem performs del o[k].
func DelItem(t *Thread, o, k Value) *BaseException {
	f := o.Type().SetItem
	if f == nil {
		return Errorf(ExcTypeError, "'%s' object doesn't support item deletion", o.Type().Name)
	}
	return f(t, o, k, Null)
}

// Contains evaluates x in o.
func Contains(t *Thread, o, x Value) (bool, *BaseException) {
	if f := o.Type().Contains; f != nil {
		return f(t, o, x)
	}
	if o.Type().Iter == nil && o.Type().GetItem == nil || iterBlocked(o.Type()) {
		return false, Errorf(ExcTypeError, "argument of type '%s' is not iterable", o.Type().Name)
	}
	return iterContains(t, o, x)
}

func iterContains(t *Thread, o, x Value) (bool, *BaseException) {
	it, err := GetIter(t, o)
	if err != nil {
		return false, err
	}
	for {
		v, err := Next(t, it)
		if err != nil || v.IsNull() {
			return false, err
		}
		if v.Is(x) {
			return true, nil
		}
		if t != nil {
			if err := t.Tick(); err != nil {
				return false, err
			}
		}
		eq, err := Equal(t, v, x)
		if err != nil || eq {
			return eq, err
		}
	}
}

// seqGetItemIter iterates an object that only has __getitem__.
type seqGetItemIter struct {
	Header
	seq Value
	i   int64
}

var seqGetItemIterType = builtinType("iterator", nil, 0)

func init() {
	seqGetItemIterType.Iter = selfIter
	seqGetItemIterType.Next = func(t *Thread, v Value) (Value, *BaseException) {
		it := As[seqGetItemIter](v)
		if it.seq.IsNull() {
			return Null, nil
		}
		r, err := GetItem(t, it.seq, Int(it.i))
		if err != nil {
			if err.Matches(ExcIndexError) || err.Matches(ExcStopIteration) {
				it.seq = Null
				return Null, nil
			}
			return Null, err
		}
		it.i++
		return r, nil
	}
}

// GetIter returns iter(v).
func GetIter(t *Thread, v Value) (Value, *BaseException) {
	typ := v.Type()
	if typ.IsHeapType() && iterBlocked(typ) {
		return Null, Errorf(ExcTypeError, "'%s' object is not iterable", typ.Name)
	}
	if typ.Iter != nil {
		it, err := typ.Iter(t, v)
		if err != nil {
			return Null, err
		}
		if it.Type().Next == nil {
			return Null, Errorf(ExcTypeError, "iter() returned non-iterator of type '%s'", it.Type().Name)
		}
		return it, nil
	}
	if typ.GetItem != nil && typ != DictType {
		return Obj(&seqGetItemIter{Header: Header{seqGetItemIterType}, seq: v}), nil
	}
	return Null, Errorf(ExcTypeError, "'%s' object is not iterable", typ.Name)
}

// rangeFits refuses to collect a range that cannot fit in memory at
// once (list(range(2**63)) must not iterate until memory runs out): a
// length beyond Py_ssize_t is an OverflowError, one too large to
// allocate a MemoryError, as CPython's length-hinted collection gives.
func rangeFits(v Value) *BaseException {
	r := As[Range](v)
	n := int64(0)
	if r.Big != nil {
		if !r.Big.length.IsInt64() {
			return Errorf(ExcOverflowError, "Python int too large to convert to C ssize_t")
		}
		n = r.Big.length.Int64()
	} else {
		n = r.Len()
	}
	return CheckAlloc(n, 16)
}

// Next advances an iterator: (Null, nil) when exhausted.
func Next(t *Thread, it Value) (Value, *BaseException) {
	f := it.Type().Next
	if f == nil {
		return Null, Errorf(ExcTypeError, "'%s' object is not an iterator", it.Type().Name)
	}
	// every native consumer (sum, min, any, join, deque, ...) steps
	// through here: a step limit ends it too
	if t != nil {
		if t.Steps--; t.Steps < 0 {
			return Null, Errorf(ExcKeyboardInterrupt, "step limit exceeded")
		}
	}
	return f(t, it)
}

// IterToSlice collects an iterable into a slice (a tuple returns its
// item slice itself: callers must not mutate it). A list is copied: the
// caller may run Python code (__hash__, __eq__) that mutates it.
// pushToSlice collects a fresh generator's values by PushGen (a list
// append runs no Python code: every value is taken).
func pushToSlice(t *Thread, v Value) ([]Value, bool, *BaseException) {
	buf := t.scratch[:0]
	t.scratch = nil // a nested collection gets its own
	_, handled, err := PushGen(t, v, func(x Value) bool {
		buf = append(buf, x)
		return true
	})
	var out []Value
	if err == nil && len(buf) > 0 {
		out = append([]Value(nil), buf...) // one allocation, exactly sized
	}
	giveScratch(t, buf)
	return out, handled, err
}

// giveScratch hands a collection buffer back to the thread, cleared (a
// large one is dropped).
func giveScratch(t *Thread, buf []Value) {
	clear(buf)
	if cap(buf) <= 4096 {
		t.scratch = buf[:0]
	}
}

// GeneratorType is the vm's generator type (set by the vm).
var GeneratorType *Type

// PushGen is set by the vm: it runs a fresh generator v handing each
// yielded value to accept while accept returns true (see vm.pushGen);
// handled is false when v is not a fresh generator.
var PushGen func(t *Thread, v Value, accept func(Value) bool) (rest Value, handled bool, err *BaseException)

func IterToSlice(t *Thread, v Value) ([]Value, *BaseException) {
	switch v.Type() {
	case TupleType:
		return As[Tuple](v).Items, nil
	case ListType:
		if err := t.Spend(len(As[List](v).Items)); err != nil {
			return nil, err
		}
		return append([]Value(nil), As[List](v).Items...), nil
	case RangeType:
		if err := rangeFits(v); err != nil {
			return nil, err
		}
	}
	if t != nil && v.Type() == GeneratorType {
		if out, handled, err := pushToSlice(t, v); handled {
			return out, err
		}
	}
	it, err := GetIter(t, v)
	if err != nil {
		return nil, err
	}
	if t == nil {
		var out []Value
		for {
			x, err := Next(t, it)
			if err != nil {
				return nil, err
			}
			if x.IsNull() {
				return out, nil
			}
			out = append(out, x)
		}
	}
	// collected in the thread's scratch buffer, then copied out once
	// (growing the result itself would allocate log2(n) times)
	buf := t.scratch[:0]
	t.scratch = nil // a nested collection gets its own
	for {
		x, err := Next(t, it)
		if err == nil && !x.IsNull() {
			err = t.Tick()
		}
		if err != nil {
			giveScratch(t, buf)
			return nil, err
		}
		if x.IsNull() {
			var out []Value
			if len(buf) > 0 {
				out = append([]Value(nil), buf...)
			}
			giveScratch(t, buf)
			return out, nil
		}
		buf = append(buf, x)
	}
}

// Len returns len(v).
func Len(t *Thread, v Value) (int, *BaseException) {
	f := v.Type().Len
	if f == nil {
		return 0, Errorf(ExcTypeError, "object of type '%s' has no len()", v.Type().Name)
	}
	return f(t, v)
}

// Index returns v.__index__() (an int value).
func Index(t *Thread, v Value) (Value, *BaseException) {
	if v.p == intTagP {
		return v, nil
	}
	if v.p == boolTagP {
		return Int(int64(v.n)), nil
	}
	if v.IsInstance(IntType) {
		// an int subclass is its own index; __index__ is not called
		return intSelf(v), nil
	}
	if f := v.Type().Index; f != nil {
		r, err := f(t, v)
		if err != nil {
			return Null, err
		}
		if r.p == intTagP {
			return r, nil
		}
		if !r.IsSmallInt() && !r.IsInstance(IntType) {
			return Null, Errorf(ExcTypeError, "__index__ returned non-int (type %s)", r.Type().Name)
		}
		if r.Type() != IntType {
			if err := Warn(t, ExcDeprecationWarning, "__index__ returned non-int (type "+r.Type().Name+").  The ability to return an instance of a strict subclass of int is deprecated, and may be removed in a future version of Python."); err != nil {
				return Null, err
			}
			return intSelf(r), nil
		}
		return r, nil
	}
	return Null, Errorf(ExcTypeError, "'%s' object cannot be interpreted as an integer", v.Type().Name)
}

// IndexOf converts a subscript to an int for sequence `what`.
func IndexOf(t *Thread, k Value, what string) (int, *BaseException) {
	if k.p == intTagP {
		return int(int64(k.n)), nil
	}
	if k.Type().Index == nil {
		return 0, Errorf(ExcTypeError, "%s indices must be integers or slices, not %s", what, k.Type().Name)
	}
	x, err := Index(t, k)
	if err != nil {
		return 0, err
	}
	i, ok := IntToInt64(x)
	if !ok {
		return 0, Errorf(ExcIndexError, "cannot fit 'int' into an index-sized integer")
	}
	return int(i), nil
}

// Unary applies a unary slot with CPython's error message.
func Unary(t *Thread, v Value, f UnaryFunc, sym string) (Value, *BaseException) {
	if f == nil {
		return Null, Errorf(ExcTypeError, "bad operand type for unary %s: '%s'", sym, v.Type().Name)
	}
	return f(t, v)
}

// Neg returns -v.
func Neg(t *Thread, v Value) (Value, *BaseException) { return Unary(t, v, v.Type().Neg, "-") }

// Pos returns +v.
func Pos(t *Thread, v Value) (Value, *BaseException) { return Unary(t, v, v.Type().Pos, "+") }

// Invert returns ~v.
func Invert(t *Thread, v Value) (Value, *BaseException) { return Unary(t, v, v.Type().Invert, "~") }
