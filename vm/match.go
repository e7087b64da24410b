package vm

import (
	"taipan/objects"
)

// selfMatching builtins match a single positional sub-pattern against the
// subject itself (int(x), str(s), ...).
var selfMatching = map[*objects.Type]bool{
	objects.BoolType: true, objects.BytesType: true, objects.ByteArrayType: true, objects.DictType: true, objects.FloatType: true,
	objects.FrozenSetType: true, objects.IntType: true, objects.ListType: true, objects.SetType: true,
	objects.StrType: true, objects.TupleType: true,
}

func isMatchSequence(v Value) bool {
	return v.IsInstance(objects.ListType) || v.IsInstance(objects.TupleType) || v.Type() == objects.RangeType
}

// abcInstance reports isinstance(v, collections.abc.<name>) when
// _collections_abc has been imported (CPython's Py_TPFLAGS_SEQUENCE and
// _MAPPING flags come from those ABCs: subclassing or registering).
func abcInstance(t *objects.Thread, v Value, name string) (bool, *Exc) {
	m, ok := sysModules.GetStr(objects.Intern("_collections_abc"))
	if !ok {
		return false, nil
	}
	cls, err := objects.GetAttrString(t, m, name)
	if err != nil {
		return false, nil
	}
	return isSubHook(t, v, cls, true, "")
}

// matchSequence is the subject test of a sequence pattern: not str,
// bytes or bytearray.
func matchSequence(t *objects.Thread, v Value) (bool, *Exc) {
	if isMatchSequence(v) || v.Type() == objects.MemoryViewType {
		return true, nil
	}
	if v.IsInstance(objects.StrType) || v.IsInstance(objects.BytesType) || v.IsInstance(objects.ByteArrayType) || v.IsInstance(objects.DictType) {
		return false, nil
	}
	return abcInstance(t, v, "Sequence")
}

func matchMapping(t *objects.Thread, v Value) (bool, *Exc) {
	if v.IsInstance(objects.DictType) {
		return true, nil
	}
	return abcInstance(t, v, "Mapping")
}

// matchOp implements the MATCH helper instruction (kinds in compile/match.go).
func matchOp(t *objects.Thread, code *objects.Code, regs []Value, w uint64) *Exc {
	a, subj, c, kind := int(uint16(w>>8)), regs[uint16(w>>24)], int(uint16(w>>40)), int(w>>56)
	switch kind {
	case 0, 1:
		ok, err := matchSequence(t, subj)
		if err != nil {
			return err
		}
		if !ok {
			regs[a] = objects.False
			return nil
		}
		n, err := objects.Len(t, subj)
		if err != nil {
			return err
		}
		regs[a] = objects.Bool(n == c || kind == 1 && n >= c)
	case 2:
		ok, err := matchMapping(t, subj)
		if err != nil {
			return err
		}
		regs[a] = objects.Bool(ok)
	case 3:
		cls := regs[c]
		if !cls.IsInstance(objects.TypeType) {
			return objects.Errorf(objects.ExcTypeError, "called match pattern must be a class")
		}
		regs[a] = objects.Bool(subj.Type().IsSubtype(objects.As[objects.Type](cls)))
	case 4:
		v, err := objects.GetAttr(t, subj, code.Names[c])
		if err != nil {
			if err.Matches(objects.ExcAttributeError) {
				regs[a], regs[a+1] = objects.None, objects.False
				return nil
			}
			return err
		}
		regs[a], regs[a+1] = v, objects.True
	case 5:
		var v Value
		ok := false
		if subj.Type() == objects.DictType {
			var err *Exc
			v, ok, err = objects.As[objects.Dict](subj).GetItem(t, regs[c])
			if err != nil {
				return err
			}
		} else {
			// Other mappings are probed through their get method.
			r, err := objects.CallMethod(t, subj, "get", regs[c], matchMissing)
			if err != nil {
				return err
			}
			v, ok = r, !r.Is(matchMissing)
		}
		if !ok {
			regs[a], regs[a+1] = objects.None, objects.False
			return nil
		}
		regs[a], regs[a+1] = v, objects.True
	case 6:
		var d *objects.Dict
		if subj.Type() == objects.DictType {
			d = objects.As[objects.Dict](subj).Copy()
		} else {
			d = objects.NewDict()
			if err := d.Update(t, subj); err != nil {
				return err
			}
		}
		for _, k := range objects.As[objects.Tuple](regs[c]).Items {
			if _, err := d.DelItem(t, k); err != nil {
				return err
			}
		}
		regs[a] = objects.Obj(d)
	case 255: // matchFromEnd: subject[len(subject) - C]
		n, err := objects.Len(t, subj)
		if err != nil {
			return err
		}
		v, err := objects.GetItem(t, subj, objects.Int(int64(n-c)))
		if err != nil {
			return err
		}
		regs[a] = v
	default:
		i := kind - 7
		cls := objects.As[objects.Type](regs[c])
		ma := cls.LookupString("__match_args__")
		if ma.IsNull() {
			for _, m := range cls.MRO {
				if selfMatching[m] {
					if i == 0 {
						regs[a] = subj
						return nil
					}
					return objects.Errorf(objects.ExcTypeError, "%s() accepts 1 positional sub-pattern (%d given)", cls.Name, i+1)
				}
			}
			return objects.Errorf(objects.ExcTypeError, "%s() accepts 0 positional sub-patterns (%d given)", cls.Name, i+1)
		}
		if ma.Type() != objects.TupleType {
			return objects.Errorf(objects.ExcTypeError, "%s.__match_args__ must be a tuple (got %s)", cls.Name, ma.Type().Name)
		}
		names := objects.As[objects.Tuple](ma).Items
		if i >= len(names) {
			return objects.Errorf(objects.ExcTypeError, "%s() accepts %d positional sub-pattern%s (%d given)", cls.Name, len(names), plural(len(names)), i+1)
		}
		if !names[i].IsInstance(objects.StrType) {
			return objects.Errorf(objects.ExcTypeError, "__match_args__ elements must be strings (got %s)", names[i].Type().Name)
		}
		name := objects.As[objects.Str](names[i])
		for _, prev := range names[:i] {
			if prev.IsInstance(objects.StrType) && objects.As[objects.Str](prev).S == name.S {
				r, _ := objects.ReprString(t, names[i])
				return objects.Errorf(objects.ExcTypeError, "%s() got multiple sub-patterns for attribute %s", cls.Name, r)
			}
		}
		v, err := objects.GetAttr(t, subj, objects.Intern(name.S))
		if err != nil {
			return err
		}
		regs[a] = v
	}
	return nil
}

// matchMissing is the default passed to a mapping's get by mapping
// patterns, so a stored None is told apart from an absent key.
var matchMissing = objects.Obj(objects.NewInstance(objects.ObjectType))
