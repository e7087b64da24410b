package vm

import (
	"taipan/compile"
	"taipan/objects"
)

// extOp runs an EXT instruction (compile/ext.go lists the operations).
func extOp(t *objects.Thread, fn *objects.Function, regs []Value, locals *objects.Dict, w uint64) *Exc {
	a, b, c := int(uint16(w>>8)), int(uint16(w>>24)), int(uint16(w>>40))
	switch w >> 56 {
	case compile.ExtEGMatch:
		m, r, err := egMatch(t, regs[b], regs[c])
		if err != nil {
			return err
		}
		regs[a], regs[a+1] = m, r
	case compile.ExtPrepReraiseStar:
		r, err := prepReraiseStar(t, regs[b], objects.As[objects.List](regs[c]).Items)
		if err != nil {
			return err
		}
		regs[a] = r
	case compile.ExtSetupAnnotations:
		return setupAnnotations(t, fn, locals)
	default:
		return extOp2(t, fn, regs, locals, w)
	}
	return nil
}

// checkStarType validates the type of an except* clause.
func checkStarType(typ Value) *Exc {
	check := func(c Value) *Exc {
		if !c.IsInstance(objects.TypeType) || !objects.As[objects.Type](c).IsSubtype(objects.ExcBaseException) {
			return objects.Errorf(objects.ExcTypeError, "catching classes that do not inherit from BaseException is not allowed")
		}
		if objects.As[objects.Type](c).IsSubtype(objects.ExcBaseExceptionGroup) {
			return objects.Errorf(objects.ExcTypeError, "catching ExceptionGroup with except* is not allowed. Use except instead.")
		}
		return nil
	}
	if typ.Type() == objects.TupleType {
		for _, x := range objects.As[objects.Tuple](typ).Items {
			if err := check(x); err != nil {
				return err
			}
		}
		return nil
	}
	return check(typ)
}

// egMatch splits exc by an except* clause's type: (match, rest), None
// for an empty part. A naked exception that matches is wrapped in an
// ExceptionGroup.
func egMatch(t *objects.Thread, exc, typ Value) (Value, Value, *Exc) {
	if err := checkStarType(typ); err != nil {
		return null, null, err
	}
	if exc.IsNone() {
		return objects.None, objects.None, nil
	}
	m, err := excMatches(exc, typ)
	if err != nil {
		return null, null, err
	}
	if m {
		if objects.IsExceptionGroup(exc) {
			return exc, objects.None, nil
		}
		g, err := objects.NewExceptionGroupTuple(t, "", []Value{exc})
		if err != nil {
			return null, null, err
		}
		objects.As[objects.BaseException](g).Traceback = objects.As[objects.BaseException](exc).Traceback
		return g, objects.None, nil
	}
	if objects.IsExceptionGroup(exc) {
		pair, err := objects.CallMethod(t, exc, "split", typ)
		if err != nil {
			return null, null, err
		}
		if pair.Type() != objects.TupleType || len(objects.As[objects.Tuple](pair).Items) != 2 {
			return null, null, objects.Errorf(objects.ExcTypeError, "X.split(...) must return a tuple, not %s", pair.Type().Name)
		}
		items := objects.As[objects.Tuple](pair).Items
		return items[0], items[1], nil
	}
	return objects.None, exc, nil
}

// sameExcMetadata is CPython 3.11's is_same_exception_metadata: the
// notes it compares are a struct field that add_note does not use (notes
// live in __dict__), so only traceback, cause and context count.
func sameExcMetadata(a, b *Exc) bool {
	return a.Traceback == b.Traceback && a.Cause.Is(b.Cause) && a.Context.Is(b.Context)
}

func collectLeaves(v Value, into map[*Exc]bool) {
	if objects.IsExceptionGroup(v) {
		for _, e := range objects.GroupExceptions(v) {
			collectLeaves(e, into)
		}
		return
	}
	if v.IsInstance(objects.ExcBaseException) {
		into[objects.As[objects.BaseException](v)] = true
	}
}

// prepReraiseStar merges what the except* clauses raised (and the
// unhandled rest, last) into the exception to re-raise, or None.
func prepReraiseStar(t *objects.Thread, orig Value, excs []Value) (Value, *Exc) {
	if len(excs) == 0 {
		return objects.None, nil
	}
	if !objects.IsExceptionGroup(orig) {
		return excs[0], nil
	}
	o := objects.As[objects.BaseException](orig)
	var raised, reraised []Value
	for _, e := range excs {
		if e.IsNone() || e.IsNull() {
			continue
		}
		if sameExcMetadata(objects.As[objects.BaseException](e), o) {
			reraised = append(reraised, e)
		} else {
			raised = append(raised, e)
		}
	}
	reraisedEG := null
	if len(reraised) > 0 {
		leaves := map[*Exc]bool{}
		for _, e := range reraised {
			collectLeaves(e, leaves)
		}
		m, _, err := objects.EGSplit(t, orig, func(e Value) (bool, *Exc) {
			return !objects.IsExceptionGroup(e) && leaves[objects.As[objects.BaseException](e)], nil
		}, false)
		if err != nil {
			return null, err
		}
		reraisedEG = m
	}
	if len(raised) == 0 {
		if reraisedEG.IsNull() {
			return objects.None, nil
		}
		return reraisedEG, nil
	}
	if !reraisedEG.IsNull() {
		raised = append(raised, reraisedEG)
	}
	return objects.NewExceptionGroup(t, "", raised)
}

// setupAnnotations is SETUP_ANNOTATIONS: a module or class body with
// annotations gets an empty __annotations__ dict unless its namespace
// already has one.
func setupAnnotations(t *objects.Thread, fn *objects.Function, locals *objects.Dict) *Exc {
	ns := locals
	if ns == nil {
		ns = fn.Globals
	}
	key := objects.Intern("__annotations__")
	if ns.Type() == objects.DictType {
		if _, ok := ns.GetStr(key); !ok {
			ns.SetStr(key, objects.Obj(objects.NewDict()))
		}
		return nil
	}
	_, err := objects.GetItem(t, objects.Obj(ns), objects.Obj(key))
	if err == nil {
		return nil
	}
	if !err.Matches(objects.ExcKeyError) {
		return err
	}
	return objects.SetItem(t, objects.Obj(ns), objects.Obj(key), objects.Obj(objects.NewDict()))
}
