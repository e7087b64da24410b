package srepy

import (
	"math"

	"taipan/modules/sre"
	"taipan/objects"
)

type (
	Thread = objects.Thread
	Tuple  = objects.Tuple
)

func builtin(name string, f objects.BuiltinFn) Value { return objects.NewBuiltin(name, f) }

func init() {
	objects.RegisterModule("_sre", initModule)

	// ---- Pattern ----
	P := PatternType
	PatternType.AddClassGetItem() // re.Pattern[str] (PEP 585)
	MatchType.AddClassGetItem()
	P.Repr = patternRepr
	P.Hash = func(t *Thread, v Value) (int64, *Exc) {
		p := pat(v)
		h, err := objects.Hash(t, p.pattern)
		if err != nil {
			return 0, err
		}
		h ^= int64(p.flags) * 1000003
		for _, c := range p.prog.Code {
			h = h*31 + int64(c)
		}
		if h == -1 {
			h = -2
		}
		return h, nil
	}
	P.RichCompare = func(t *Thread, a, b Value, op objects.CompareOp) (Value, *Exc) {
		if (op != objects.CmpEq && op != objects.CmpNe) || b.Type() != PatternType {
			return objects.NotImplemented, nil
		}
		x, y := pat(a), pat(b)
		eq := x == y
		if !eq && x.flags == y.flags && x.isBytes == y.isBytes && len(x.prog.Code) == len(y.prog.Code) {
			same, err := objects.Equal(t, x.pattern, y.pattern)
			if err != nil {
				return null, err
			}
			eq = same
			for i := range x.prog.Code {
				if !eq {
					break
				}
				eq = x.prog.Code[i] == y.prog.Code[i]
			}
		}
		return objects.Bool(eq == (op == objects.CmpEq)), nil
	}
	P.GetAttr = func(t *Thread, v Value, name *objects.Str) (Value, *Exc) {
		p := pat(v)
		switch name.S {
		case "pattern":
			return p.pattern, nil
		case "flags":
			return objects.Int(int64(p.flags)), nil
		case "groups":
			return objects.Int(int64(p.groups)), nil
		case "groupindex":
			if p.groupindex == nil {
				return objects.Obj(objects.NewDict()), nil
			}
			return objects.Obj(p.groupindex.Copy()), nil
		}
		return objects.GenericGetAttr(t, v, name)
	}
	P.AddMethod("match", func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		return pat(self).run(t, "match", args, kw, (*sre.Program).Match)
	})
	P.AddMethod("fullmatch", func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		return pat(self).run(t, "fullmatch", args, kw, (*sre.Program).FullMatch)
	})
	P.AddMethod("search", func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		return pat(self).run(t, "search", args, kw, (*sre.Program).Search)
	})
	subArgs := func(t *Thread, fname string, args []Value, kw *Tuple) (Value, Value, int, *Exc) {
		var out [3]Value
		if err := objects.BindArgs(fname, args, kw, []string{"repl", "string", "count"}, 0, 3, 2, out[:]); err != nil {
			return null, null, 0, err
		}
		count := 0
		if !out[2].IsNull() {
			n, err := asInt(t, out[2], "count")
			if err != nil {
				return null, null, 0, err
			}
			count = max(n, 0)
		}
		return out[0], out[1], count, nil
	}
	P.AddMethod("sub", func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		repl, str, count, err := subArgs(t, "sub", args, kw)
		if err != nil {
			return null, err
		}
		return pat(self).subx(t, repl, str, count, false)
	})
	P.AddMethod("subn", func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		repl, str, count, err := subArgs(t, "subn", args, kw)
		if err != nil {
			return null, err
		}
		return pat(self).subx(t, repl, str, count, true)
	})
	P.AddMethod("split", func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		var out [2]Value
		if err := objects.BindArgs("split", args, kw, []string{"string", "maxsplit"}, 0, 2, 1, out[:]); err != nil {
			return null, err
		}
		maxsplit := 0
		if !out[1].IsNull() {
			n, err := asInt(t, out[1], "maxsplit")
			if err != nil {
				return null, err
			}
			maxsplit = n
		}
		return pat(self).split(out[0], maxsplit)
	})
	P.AddMethod("findall", func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		str, pos, endpos, err := posArgs(t, "findall", args, kw)
		if err != nil {
			return null, err
		}
		return pat(self).findall(str, pos, endpos)
	})
	P.AddMethod("finditer", func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		str, pos, endpos, err := posArgs(t, "finditer", args, kw)
		if err != nil {
			return null, err
		}
		return pat(self).scanner(str, pos, endpos, true)
	})
	P.AddMethod("scanner", func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		str, pos, endpos, err := posArgs(t, "scanner", args, kw)
		if err != nil {
			return null, err
		}
		return pat(self).scanner(str, pos, endpos, false)
	})
	P.AddMethod("__copy__", func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) { return self, nil })
	P.AddMethod("__deepcopy__", func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) { return self, nil })
	P.AddMethod("__reduce__", func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		p := pat(self)
		re, err := objects.ImportModule(t, "re")
		if err != nil {
			return null, err
		}
		fn, err := objects.GetAttrString(t, re, "_compile")
		if err != nil {
			return null, err
		}
		return objects.NewTupleValue([]Value{fn, objects.NewTupleValue([]Value{p.pattern, objects.Int(int64(p.flags))})}), nil
	})
	P.Finish()

	// ---- Match ----
	M := MatchType
	M.Repr = matchRepr
	M.Bool = func(t *Thread, v Value) (bool, *Exc) { return true, nil }
	M.GetItem = func(t *Thread, v, k Value) (Value, *Exc) {
		m := mat(v)
		i, err := m.pat.groupIndex(t, k)
		if err != nil {
			return null, err
		}
		return m.group(i, objects.None), nil
	}
	M.GetAttr = func(t *Thread, v Value, name *objects.Str) (Value, *Exc) {
		m := mat(v)
		switch name.S {
		case "pos":
			return objects.Int(int64(m.pos)), nil
		case "endpos":
			return objects.Int(int64(m.endpos)), nil
		case "string":
			return m.str, nil
		case "re":
			return objects.Obj(m.pat), nil
		case "lastindex":
			if m.last < 0 {
				return objects.None, nil
			}
			return objects.Int(int64(m.last)), nil
		case "lastgroup":
			if m.last < 0 || m.pat.indexgroup.IsNull() {
				return objects.None, nil
			}
			ig := objects.As[objects.Tuple](m.pat.indexgroup)
			if m.last < len(ig.Items) {
				return ig.Items[m.last], nil
			}
			return objects.None, nil
		case "regs":
			regs := make([]Value, m.pat.groups+1)
			for g := range regs {
				regs[g] = objects.NewTupleValue([]Value{objects.Int(int64(m.marks[2*g])), objects.Int(int64(m.marks[2*g+1]))})
			}
			return objects.NewTupleValue(regs), nil
		}
		return objects.GenericGetAttr(t, v, name)
	}
	M.AddMethod("group", func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		if kw.Len() > 0 {
			return null, objects.Errorf(objects.ExcTypeError, "group() takes no keyword arguments")
		}
		m := mat(self)
		if len(args) == 0 {
			return m.group(0, objects.None), nil
		}
		out := make([]Value, len(args))
		for i, a := range args {
			g, err := m.pat.groupIndex(t, a)
			if err != nil {
				return null, err
			}
			out[i] = m.group(g, objects.None)
		}
		if len(out) == 1 {
			return out[0], nil
		}
		return objects.NewTupleValue(out), nil
	})
	M.AddMethod("groups", func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		var out [1]Value
		if err := objects.BindArgs("groups", args, kw, []string{"default"}, 0, 1, 0, out[:]); err != nil {
			return null, err
		}
		dflt := out[0]
		if dflt.IsNull() {
			dflt = objects.None
		}
		m := mat(self)
		items := make([]Value, m.pat.groups)
		for g := range items {
			items[g] = m.group(g+1, dflt)
		}
		return objects.NewTupleValue(items), nil
	})
	M.AddMethod("groupdict", func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		var out [1]Value
		if err := objects.BindArgs("groupdict", args, kw, []string{"default"}, 0, 1, 0, out[:]); err != nil {
			return null, err
		}
		dflt := out[0]
		if dflt.IsNull() {
			dflt = objects.None
		}
		m := mat(self)
		d := objects.NewDict()
		if m.pat.groupindex != nil {
			var ferr *Exc
			m.pat.groupindex.Items(func(k, v Value) bool {
				n, _ := objects.IntToInt64(v)
				if err := d.SetItem(t, k, m.group(int(n), dflt)); err != nil {
					ferr = err
					return false
				}
				return true
			})
			if ferr != nil {
				return null, ferr
			}
		}
		return objects.Obj(d), nil
	})
	spanOf := func(fname string, t *Thread, self Value, args []Value, kw *Tuple) (int, int, *Exc) {
		if err := objects.CheckArgs(fname, args, kw, 0, 1); err != nil {
			return 0, 0, err
		}
		m := mat(self)
		g := 0
		if len(args) == 1 {
			var err *Exc
			if g, err = m.pat.groupIndex(t, args[0]); err != nil {
				return 0, 0, err
			}
		}
		return m.marks[2*g], m.marks[2*g+1], nil
	}
	M.AddMethod("start", func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		s, _, err := spanOf("start", t, self, args, kw)
		return objects.Int(int64(s)), err
	})
	M.AddMethod("end", func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		_, e, err := spanOf("end", t, self, args, kw)
		return objects.Int(int64(e)), err
	})
	M.AddMethod("span", func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		s, e, err := spanOf("span", t, self, args, kw)
		if err != nil {
			return null, err
		}
		return objects.NewTupleValue([]Value{objects.Int(int64(s)), objects.Int(int64(e))}), nil
	})
	M.AddMethod("expand", func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		if err := objects.CheckArgs("expand", args, kw, 1, 1); err != nil {
			return null, err
		}
		re, err := objects.ImportModule(t, "re")
		if err != nil {
			return null, err
		}
		fn, err := objects.GetAttrString(t, re, "_expand")
		if err != nil {
			return null, err
		}
		return objects.CallValue(t, fn, []Value{objects.Obj(mat(self).pat), self, args[0]}, nil)
	})
	M.AddMethod("__copy__", func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) { return self, nil })
	M.AddMethod("__deepcopy__", func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) { return self, nil })
	M.Finish()

	// ---- Scanner and the finditer iterator ----
	S := ScannerType
	S.AddMethod("match", func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		return objects.As[Scanner](self).next(false)
	})
	S.AddMethod("search", func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		return objects.As[Scanner](self).next(true)
	})
	S.GetAttr = func(t *Thread, v Value, name *objects.Str) (Value, *Exc) {
		if name.S == "pattern" {
			return objects.Obj(objects.As[Scanner](v).pat), nil
		}
		return objects.GenericGetAttr(t, v, name)
	}
	S.Finish()
	I := iterType
	I.Iter = func(t *Thread, v Value) (Value, *Exc) { return v, nil }
	I.Next = func(t *Thread, v Value) (Value, *Exc) {
		m, err := objects.As[Scanner](v).next(true)
		if err != nil || m.IsNone() {
			return null, err
		}
		return m, nil
	}
	I.Finish()
}

func initModule(t *Thread, m *objects.Module) *Exc {
	m.Set("MAGIC", objects.Int(sre.Magic))
	m.Set("CODESIZE", objects.Int(sre.CodeSize))
	m.Set("MAXREPEAT", objects.Int(sre.MaxRepeat))
	m.Set("MAXGROUPS", objects.Int(sre.MaxGroups))
	m.Set("copyright", objects.NewStrValue("SRE engine for Taipan (written in Go)"))
	m.Set("getcodesize", builtin("getcodesize", func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		return objects.Int(sre.CodeSize), nil
	}))
	charFn := func(name string, f func(uint32) Value) {
		m.Set(name, builtin(name, func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
			if err := objects.CheckArgs(name, args, kw, 1, 1); err != nil {
				return null, err
			}
			n, err := asInt(t, args[0], "character")
			if err != nil {
				return null, err
			}
			if n < 0 || n > math.MaxUint32 {
				return objects.Bool(false), nil
			}
			return f(uint32(n)), nil
		}))
	}
	charFn("ascii_iscased", func(c uint32) Value { return objects.Bool(sre.ASCIIIsCased(c)) })
	charFn("unicode_iscased", func(c uint32) Value { return objects.Bool(sre.UnicodeIsCased(c)) })
	charFn("ascii_tolower", func(c uint32) Value { return objects.Int(int64(sre.ASCIIToLower(c))) })
	charFn("unicode_tolower", func(c uint32) Value { return objects.Int(int64(sre.UnicodeToLower(c))) })
	m.Set("compile", builtin("compile", compileFn))
	return nil
}

// compile(pattern, flags, code, groups, groupindex, indexgroup)
func compileFn(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
	var a [6]Value
	if err := objects.BindArgs("compile", args, kw, []string{"pattern", "flags", "code", "groups", "groupindex", "indexgroup"}, 0, 6, 6, a[:]); err != nil {
		return null, err
	}
	flags, err := asInt(t, a[1], "flags")
	if err != nil {
		return null, err
	}
	items, err := objects.IterToSlice(t, a[2])
	if err != nil {
		return null, err
	}
	code := make([]uint32, len(items))
	for i, v := range items {
		n, ok := objects.IntToInt64(v)
		if !ok || n < 0 || n > math.MaxUint32 {
			return null, objects.Errorf(objects.ExcOverflowError, "regular expression code size limit exceeded")
		}
		code[i] = uint32(n)
	}
	groups, err := asInt(t, a[3], "groups")
	if err != nil {
		return null, err
	}
	prog, cerr := sre.Compile(code, flags, groups)
	if cerr != nil {
		return null, engineError(cerr)
	}
	p := &Pattern{prog: prog, pattern: a[0], flags: flags, groups: groups, indexgroup: a[5]}
	if a[4].Type().IsSubtype(objects.DictType) {
		p.groupindex = objects.As[objects.Dict](a[4])
	}
	if _, ok := bytesLike(a[0]); ok {
		p.isBytes = true
	}
	p.SetType(PatternType)
	return objects.Obj(p), nil
}
