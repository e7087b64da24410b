// Package itertools is the native itertools module: lazy iterator types
// with CPython 3.11's argument rules, reprs and error messages.
package itertools

import (
	"math"

	"taipan/modules/modutil"
	"taipan/objects"
)

type (
	Value  = objects.Value
	Exc    = objects.BaseException
	Thread = objects.Thread
	Tuple  = objects.Tuple
)

var null = objects.Null

const mod = "itertools"

func errorf(typ *objects.Type, f string, a ...any) *Exc { return objects.Errorf(typ, f, a...) }

func iter(t *Thread, v Value) (Value, *Exc) { return objects.GetIter(t, v) }

func next(t *Thread, it Value) (Value, *Exc) { return it.Type().Next(t, it) }

func tuple(items []Value) Value { return objects.NewTupleValue(items) }

// ---- count ----

type count struct {
	objects.Header
	cur, step Value
	fast      bool // cur and step are small ints and cur+step cannot overflow soon
}

var countType = modutil.NewIterType(mod, "count", countNew, countNext)

var countNames = []string{"start", "step"}

func isNumber(v Value) bool {
	typ := v.Type()
	return objects.IsIntValue(v) || v.IsInstance(objects.FloatType) || v.IsInstance(objects.ComplexType) ||
		typ.Index != nil || typ.Int != nil || typ.Float != nil
}

func countNew(t *Thread, typ *objects.Type, args []Value, kw *Tuple) (Value, *Exc) {
	if len(args)-kw.Len() > 2 {
		return null, errorf(objects.ExcTypeError, "count() takes at most 2 arguments (%d given)", len(args)-kw.Len())
	}
	var p [2]Value
	if err := modutil.ParamsInto(p[:], "count", args, kw, countNames, 2, 0); err != nil {
		return null, err
	}
	c := &count{cur: objects.Int(0), step: objects.Int(1)}
	c.SetType(typ)
	if !p[0].IsNull() {
		c.cur = p[0]
	}
	if !p[1].IsNull() {
		c.step = p[1]
	}
	if !isNumber(c.cur) || !isNumber(c.step) {
		return null, errorf(objects.ExcTypeError, "a number is required")
	}
	return objects.Obj(c), nil
}

func countNext(t *Thread, v Value) (Value, *Exc) {
	c := objects.As[count](v)
	r := c.cur
	if r.IsSmallInt() && c.step.IsSmallInt() {
		if n, ok := objects.AddInt64(r.SmallInt(), c.step.SmallInt()); ok {
			c.cur = objects.Int(n)
			return r, nil
		}
	}
	n, err := objects.BinaryOp(t, objects.OpAdd, r, c.step)
	if err != nil {
		return null, err
	}
	c.cur = n
	return r, nil
}

func countRepr(t *Thread, v Value) (Value, *Exc) {
	c := objects.As[count](v)
	name := v.Type().Name
	s, err := objects.ReprString(t, c.cur)
	if err != nil {
		return null, err
	}
	if objects.IsIntValue(c.step) && c.step.IsSmallInt() && c.step.SmallInt() == 1 {
		return objects.NewStrValue(name + "(" + s + ")"), nil
	}
	st, err := objects.ReprString(t, c.step)
	if err != nil {
		return null, err
	}
	return objects.NewStrValue(name + "(" + s + ", " + st + ")"), nil
}

// ---- cycle ----

type cycle struct {
	objects.Header
	it    Value
	saved []Value
	idx   int
	first bool
}

var cycleType = modutil.NewIterType(mod, "cycle", cycleNew, cycleNext)

func cycleNew(t *Thread, typ *objects.Type, args []Value, kw *Tuple) (Value, *Exc) {
	if err := kwCheck("cycle", typ, kw); err != nil {
		return null, err
	}
	if err := modutil.Arity("cycle", args, nil, 1, 1); err != nil {
		return null, err
	}
	it, err := iter(t, args[0])
	if err != nil {
		return null, err
	}
	c := &cycle{it: it, first: true}
	c.SetType(typ)
	return objects.Obj(c), nil
}

func cycleNext(t *Thread, v Value) (Value, *Exc) {
	c := objects.As[cycle](v)
	if !c.it.IsNull() {
		x, err := next(t, c.it)
		if err != nil {
			return null, err
		}
		if !x.IsNull() {
			c.saved = append(c.saved, x)
			return x, nil
		}
		c.it = null
	}
	if len(c.saved) == 0 {
		return null, nil
	}
	x := c.saved[c.idx]
	c.idx++
	if c.idx == len(c.saved) {
		c.idx = 0
	}
	return x, nil
}

// kwCheck rejects keywords for types whose exact type takes none.
func kwCheck(name string, typ *objects.Type, kw *Tuple) *Exc {
	if kw.Len() > 0 && !typ.IsHeapType() {
		return errorf(objects.ExcTypeError, "%s() takes no keyword arguments", name)
	}
	return nil
}

// ---- repeat ----

type repeat struct {
	objects.Header
	obj Value
	cnt int64 // -1: forever
}

var repeatType = modutil.NewIterType(mod, "repeat", repeatNew, repeatNext)

var repeatNames = []string{"object", "times"}

func repeatNew(t *Thread, typ *objects.Type, args []Value, kw *Tuple) (Value, *Exc) {
	var p [2]Value
	if err := modutil.ParamsInto(p[:], "repeat", args, kw, repeatNames, 2, 1); err != nil {
		return null, err
	}
	r := &repeat{obj: p[0], cnt: -1}
	r.SetType(typ)
	if !p[1].IsNull() {
		n, ok, err := modutil.ToInt64(t, p[1])
		if err != nil {
			return null, err
		}
		if !ok {
			return null, errorf(objects.ExcOverflowError, "Python int too large to convert to C ssize_t")
		}
		r.cnt = max(n, 0)
	}
	return objects.Obj(r), nil
}

func repeatNext(t *Thread, v Value) (Value, *Exc) {
	r := objects.As[repeat](v)
	if r.cnt == 0 {
		return null, nil
	}
	if r.cnt > 0 {
		r.cnt--
	}
	return r.obj, nil
}

func repeatRepr(t *Thread, v Value) (Value, *Exc) {
	r := objects.As[repeat](v)
	s, err := objects.ReprString(t, r.obj)
	if err != nil {
		return null, err
	}
	if r.cnt < 0 {
		return objects.NewStrValue(v.Type().Name + "(" + s + ")"), nil
	}
	return objects.NewStrValue(v.Type().Name + "(" + s + ", " + itoa(r.cnt) + ")"), nil
}

func itoa(n int64) string {
	s, _ := objects.StrString(nil, objects.Int(n))
	return s
}

// ---- accumulate ----

type accumulate struct {
	objects.Header
	it, fn, total, initial Value
}

var accumulateType = modutil.NewIterType(mod, "accumulate", accumulateNew, accumulateNext)

var accumulateNames = []string{"iterable", "func", "initial"}

func accumulateNew(t *Thread, typ *objects.Type, args []Value, kw *Tuple) (Value, *Exc) {
	var p [3]Value
	if err := modutil.ParamsInto(p[:], "accumulate", args, kw, accumulateNames, 2, 1); err != nil {
		return null, err
	}
	it, err := iter(t, p[0])
	if err != nil {
		return null, err
	}
	a := &accumulate{it: it, fn: p[1], initial: p[2]}
	if a.fn.IsNone() {
		a.fn = null
	}
	if a.initial.IsNone() {
		a.initial = null
	}
	a.SetType(typ)
	return objects.Obj(a), nil
}

func accumulateNext(t *Thread, v Value) (Value, *Exc) {
	a := objects.As[accumulate](v)
	if !a.initial.IsNull() {
		a.total = a.initial
		a.initial = null
		return a.total, nil
	}
	x, err := next(t, a.it)
	if err != nil || x.IsNull() {
		return x, err
	}
	if a.total.IsNull() {
		a.total = x
		return x, nil
	}
	var r Value
	if a.fn.IsNull() {
		r, err = objects.BinaryOp(t, objects.OpAdd, a.total, x)
	} else {
		r, err = objects.CallValue(t, a.fn, []Value{a.total, x}, nil)
	}
	if err != nil {
		return null, err
	}
	a.total = r
	return r, nil
}

// ---- chain ----

type chain struct {
	objects.Header
	source Value // iterator over the iterables
	active Value
}

var chainType = modutil.NewIterType(mod, "chain", chainNew, chainNext)

func chainNew(t *Thread, typ *objects.Type, args []Value, kw *Tuple) (Value, *Exc) {
	if err := kwCheck("chain", typ, kw); err != nil {
		return null, err
	}
	src, err := iter(t, tuple(append([]Value(nil), args...)))
	if err != nil {
		return null, err
	}
	c := &chain{source: src}
	c.SetType(typ)
	return objects.Obj(c), nil
}

func chainFromIterable(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
	if err := modutil.One("chain.from_iterable", args[1:], kw); err != nil {
		return null, err
	}
	src, err := iter(t, args[1])
	if err != nil {
		return null, err
	}
	c := &chain{source: src}
	c.SetType(objects.As[objects.Type](args[0]))
	return objects.Obj(c), nil
}

func chainNext(t *Thread, v Value) (Value, *Exc) {
	c := objects.As[chain](v)
	for !c.source.IsNull() {
		if c.active.IsNull() {
			s, err := next(t, c.source)
			if err != nil {
				return null, err
			}
			if s.IsNull() {
				c.source = null
				return null, nil
			}
			a, err := iter(t, s)
			if err != nil {
				return null, err
			}
			c.active = a
		}
		x, err := next(t, c.active)
		if err != nil || !x.IsNull() {
			return x, err
		}
		c.active = null
	}
	return null, nil
}

// ---- compress ----

type compress struct {
	objects.Header
	data, sel Value
}

var compressType = modutil.NewIterType(mod, "compress", compressNew, compressNext)

var compressNames = []string{"data", "selectors"}

func compressNew(t *Thread, typ *objects.Type, args []Value, kw *Tuple) (Value, *Exc) {
	var p [2]Value
	if err := modutil.ParamsInto(p[:], "compress", args, kw, compressNames, 2, 2); err != nil {
		return null, err
	}
	d, err := iter(t, p[0])
	if err != nil {
		return null, err
	}
	s, err := iter(t, p[1])
	if err != nil {
		return null, err
	}
	c := &compress{data: d, sel: s}
	c.SetType(typ)
	return objects.Obj(c), nil
}

func compressNext(t *Thread, v Value) (Value, *Exc) {
	c := objects.As[compress](v)
	for {
		d, err := next(t, c.data)
		if err != nil || d.IsNull() {
			return null, err
		}
		s, err := next(t, c.sel)
		if err != nil || s.IsNull() {
			return null, err
		}
		ok, err := objects.Truth(t, s)
		if err != nil {
			return null, err
		}
		if ok {
			return d, nil
		}
	}
}

// ---- dropwhile / takewhile / filterfalse / starmap ----

type predIter struct {
	objects.Header
	fn, it Value
	state  bool // dropwhile: done dropping; takewhile: stopped
}

func predNew(name string) objects.NewFunc {
	return func(t *Thread, typ *objects.Type, args []Value, kw *Tuple) (Value, *Exc) {
		if err := kwCheck(name, typ, kw); err != nil {
			return null, err
		}
		if err := modutil.Arity(name, args, nil, 2, 2); err != nil {
			return null, err
		}
		it, err := iter(t, args[1])
		if err != nil {
			return null, err
		}
		p := &predIter{fn: args[0], it: it}
		p.SetType(typ)
		return objects.Obj(p), nil
	}
}

var (
	dropwhileType   = modutil.NewIterType(mod, "dropwhile", predNew("dropwhile"), dropwhileNext)
	takewhileType   = modutil.NewIterType(mod, "takewhile", predNew("takewhile"), takewhileNext)
	filterfalseType = modutil.NewIterType(mod, "filterfalse", predNew("filterfalse"), filterfalseNext)
	starmapType     = modutil.NewIterType(mod, "starmap", predNew("starmap"), starmapNext)
)

func callPred(t *Thread, fn, x Value) (bool, *Exc) {
	r, err := objects.CallValue(t, fn, []Value{x}, nil)
	if err != nil {
		return false, err
	}
	return objects.Truth(t, r)
}

func dropwhileNext(t *Thread, v Value) (Value, *Exc) {
	p := objects.As[predIter](v)
	for {
		x, err := next(t, p.it)
		if err != nil || x.IsNull() {
			return null, err
		}
		if p.state {
			return x, nil
		}
		ok, err := callPred(t, p.fn, x)
		if err != nil {
			return null, err
		}
		if !ok {
			p.state = true
			return x, nil
		}
	}
}

func takewhileNext(t *Thread, v Value) (Value, *Exc) {
	p := objects.As[predIter](v)
	if p.state {
		return null, nil
	}
	x, err := next(t, p.it)
	if err != nil || x.IsNull() {
		return null, err
	}
	ok, err := callPred(t, p.fn, x)
	if err != nil {
		return null, err
	}
	if ok {
		return x, nil
	}
	p.state = true
	return null, nil
}

func filterfalseNext(t *Thread, v Value) (Value, *Exc) {
	p := objects.As[predIter](v)
	for {
		x, err := next(t, p.it)
		if err != nil || x.IsNull() {
			return null, err
		}
		var ok bool
		if p.fn.IsNone() || p.fn.Is(objects.Obj(objects.BoolType)) {
			ok, err = objects.Truth(t, x)
		} else {
			ok, err = callPred(t, p.fn, x)
		}
		if err != nil {
			return null, err
		}
		if !ok {
			return x, nil
		}
	}
}

func starmapNext(t *Thread, v Value) (Value, *Exc) {
	p := objects.As[predIter](v)
	x, err := next(t, p.it)
	if err != nil || x.IsNull() {
		return null, err
	}
	var items []Value
	if x.Type() == objects.TupleType {
		items = objects.As[Tuple](x).Items
	} else {
		items, err = objects.IterToSlice(t, x)
		if err != nil {
			return null, err
		}
	}
	return objects.CallValue(t, p.fn, items, nil)
}

// ---- groupby ----

type groupby struct {
	objects.Header
	it, keyfn                Value
	tgtkey, currkey, currval Value
	grouper                  *grouper
}

type grouper struct {
	objects.Header
	parent *groupby
	tgtkey Value
}

var (
	groupbyType = modutil.NewIterType(mod, "groupby", groupbyNew, groupbyNext)
	grouperType = modutil.NewIterType(mod, "_grouper", nil, grouperNext)
)

var groupbyNames = []string{"iterable", "key"}

func groupbyNew(t *Thread, typ *objects.Type, args []Value, kw *Tuple) (Value, *Exc) {
	var p [2]Value
	if err := modutil.ParamsInto(p[:], "groupby", args, kw, groupbyNames, 2, 1); err != nil {
		return null, err
	}
	it, err := iter(t, p[0])
	if err != nil {
		return null, err
	}
	g := &groupby{it: it, keyfn: p[1]}
	if g.keyfn.IsNone() {
		g.keyfn = null
	}
	g.SetType(typ)
	return objects.Obj(g), nil
}

// step advances to the next value; false when exhausted.
func (g *groupby) step(t *Thread) (bool, *Exc) {
	x, err := next(t, g.it)
	if err != nil || x.IsNull() {
		return false, err
	}
	k := x
	if !g.keyfn.IsNull() {
		k, err = objects.CallValue(t, g.keyfn, []Value{x}, nil)
		if err != nil {
			return false, err
		}
	}
	g.currval, g.currkey = x, k
	return true, nil
}

func groupbyNext(t *Thread, v Value) (Value, *Exc) {
	g := objects.As[groupby](v)
	g.grouper = nil
	for {
		if !g.currkey.IsNull() {
			if g.tgtkey.IsNull() {
				break
			}
			eq, err := objects.Equal(t, g.tgtkey, g.currkey)
			if err != nil {
				return null, err
			}
			if !eq {
				break
			}
		}
		ok, err := g.step(t)
		if err != nil || !ok {
			return null, err
		}
	}
	g.tgtkey = g.currkey
	gr := &grouper{parent: g, tgtkey: g.tgtkey}
	gr.SetType(grouperType)
	g.grouper = gr
	return objects.Tuple2(g.currkey, objects.Obj(gr)), nil
}

func grouperNext(t *Thread, v Value) (Value, *Exc) {
	gr := objects.As[grouper](v)
	g := gr.parent
	if g.grouper != gr {
		return null, nil
	}
	if g.currval.IsNull() {
		ok, err := g.step(t)
		if err != nil || !ok {
			return null, err
		}
	}
	eq, err := objects.Equal(t, gr.tgtkey, g.currkey)
	if err != nil || !eq {
		return null, err
	}
	r := g.currval
	g.currval = null
	return r, nil
}

// ---- islice ----

type islice struct {
	objects.Header
	it                    Value
	next, stop, step, cnt int64
}

var isliceType = modutil.NewIterType(mod, "islice", isliceNew, isliceNext)

func sliceArg(t *Thread, v Value, msg string) (int64, *Exc) {
	if v.IsNone() {
		return -1, nil
	}
	n, ok, err := modutil.ToInt64(t, v)
	if err != nil || (ok && n < 0) {
		return 0, errorf(objects.ExcValueError, "%s", msg)
	}
	if !ok {
		return 0, errorf(objects.ExcValueError, "%s", msg)
	}
	return n, nil
}

const (
	stopMsg  = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize."
	indexMsg = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize."
	stepMsg  = "Step for islice() must be a positive integer or None."
)

func isliceNew(t *Thread, typ *objects.Type, args []Value, kw *Tuple) (Value, *Exc) {
	if err := kwCheck("islice", typ, kw); err != nil {
		return null, err
	}
	if err := modutil.Arity("islice", args, nil, 2, 4); err != nil {
		return null, err
	}
	s := &islice{stop: -1, step: 1}
	var err *Exc
	if len(args) == 2 {
		if s.stop, err = sliceArg(t, args[1], stopMsg); err != nil {
			return null, err
		}
	} else {
		if !args[1].IsNone() {
			if s.next, err = sliceArg(t, args[1], indexMsg); err != nil {
				return null, err
			}
		}
		if s.stop, err = sliceArg(t, args[2], stopMsg); err != nil {
			return null, err
		}
		if len(args) == 4 && !args[3].IsNone() {
			n, ok, e := modutil.ToInt64(t, args[3])
			if e != nil || (ok && n <= 0) {
				return null, errorf(objects.ExcValueError, stepMsg)
			}
			if !ok {
				n = math.MaxInt64
			}
			s.step = n
		}
	}
	it, err := iter(t, args[0])
	if err != nil {
		return null, err
	}
	s.it = it
	s.SetType(typ)
	return objects.Obj(s), nil
}

func isliceNext(t *Thread, v Value) (Value, *Exc) {
	s := objects.As[islice](v)
	if s.it.IsNull() {
		return null, nil
	}
	for s.cnt < s.next {
		x, err := next(t, s.it)
		if err != nil {
			return null, err
		}
		if x.IsNull() {
			s.it = null
			return null, nil
		}
		s.cnt++
	}
	if s.stop != -1 && s.cnt >= s.stop {
		s.it = null
		return null, nil
	}
	x, err := next(t, s.it)
	if err != nil {
		return null, err
	}
	if x.IsNull() {
		s.it = null
		return null, nil
	}
	s.cnt++
	old := s.next
	s.next += s.step
	if s.next < old || (s.stop != -1 && s.next > s.stop) {
		s.next = s.stop
	}
	return x, nil
}

// ---- pairwise ----

type pairwise struct {
	objects.Header
	it, old Value
}

var pairwiseType = modutil.NewIterType(mod, "pairwise", pairwiseNew, pairwiseNext)

func pairwiseNew(t *Thread, typ *objects.Type, args []Value, kw *Tuple) (Value, *Exc) {
	if err := kwCheck("pairwise", typ, kw); err != nil {
		return null, err
	}
	if err := modutil.Arity("pairwise", args, nil, 1, 1); err != nil {
		return null, err
	}
	it, err := iter(t, args[0])
	if err != nil {
		return null, err
	}
	p := &pairwise{it: it}
	p.SetType(typ)
	return objects.Obj(p), nil
}

func pairwiseNext(t *Thread, v Value) (Value, *Exc) {
	p := objects.As[pairwise](v)
	if p.it.IsNull() {
		return null, nil
	}
	if p.old.IsNull() {
		x, err := next(t, p.it)
		if err != nil {
			return null, err
		}
		if x.IsNull() {
			p.it = null
			return null, nil
		}
		p.old = x
	}
	x, err := next(t, p.it)
	if err != nil {
		return null, err
	}
	if x.IsNull() {
		p.it, p.old = null, null
		return null, nil
	}
	r := objects.Tuple2(p.old, x)
	p.old = x
	return r, nil
}

// ---- tee ----

const teeChunk = 57

type teeData struct {
	it      Value
	items   [teeChunk]Value
	n       int
	next    *teeData
	running bool
}

type tee struct {
	objects.Header
	data *teeData
	idx  int
}

var teeType *objects.Type

// teeDataType names the shared buffer of tee objects (not
// constructible from Python).
var teeDataType = objects.NewType(mod, "_tee_dataobject", nil, 0)

func init() {
	teeType = modutil.NewIterType(mod, "_tee", teeNew, teeNext)
	teeDataType.Finish()
}

func teeNew(t *Thread, typ *objects.Type, args []Value, kw *Tuple) (Value, *Exc) {
	if err := kwCheck("_tee", typ, kw); err != nil {
		return null, err
	}
	if err := modutil.Arity("_tee", args, nil, 1, 1); err != nil {
		return null, err
	}
	return teeFrom(t, args[0])
}

func teeFrom(t *Thread, iterable Value) (Value, *Exc) {
	it, err := iter(t, iterable)
	if err != nil {
		return null, err
	}
	if it.Type() == teeType {
		return teeCopy(it), nil
	}
	x := &tee{data: &teeData{it: it}}
	x.SetType(teeType)
	return objects.Obj(x), nil
}

func teeCopy(v Value) Value {
	o := objects.As[tee](v)
	x := &tee{data: o.data, idx: o.idx}
	x.SetType(teeType)
	return objects.Obj(x)
}

func teeNext(t *Thread, v Value) (Value, *Exc) {
	x := objects.As[tee](v)
	if x.idx >= teeChunk {
		d := x.data
		if d.next == nil {
			d.next = &teeData{it: d.it}
		}
		x.data, x.idx = d.next, 0
	}
	d := x.data
	if x.idx < d.n {
		r := d.items[x.idx]
		x.idx++
		return r, nil
	}
	if d.it.IsNull() {
		return null, nil
	}
	if d.running {
		return null, errorf(objects.ExcRuntimeError, "cannot re-enter the tee iterator")
	}
	d.running = true
	r, err := next(t, d.it)
	d.running = false
	if err != nil {
		return null, err
	}
	if r.IsNull() {
		d.it = null
		return null, nil
	}
	d.items[d.n] = r
	d.n++
	x.idx++
	return r, nil
}

func teeFunc(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
	if err := modutil.Arity("tee", args, kw, 1, 2); err != nil {
		return null, err
	}
	n := int64(2)
	if len(args) == 2 {
		var ok bool
		var err *Exc
		n, ok, err = modutil.ToInt64(t, args[1])
		if err != nil {
			return null, err
		}
		if !ok {
			return null, errorf(objects.ExcOverflowError, "Python int too large to convert to C ssize_t")
		}
	}
	if n < 0 {
		return null, errorf(objects.ExcValueError, "n must be >= 0")
	}
	it, err := iter(t, args[0])
	if err != nil {
		return null, err
	}
	if n == 0 {
		return tuple(nil), nil
	}
	var first Value
	if c := it.Type().LookupString("__copy__"); !c.IsNull() {
		first = it
	} else {
		first, err = teeFrom(t, it)
		if err != nil {
			return null, err
		}
	}
	out := make([]Value, n)
	out[0] = first
	for i := int64(1); i < n; i++ {
		if first.Type() == teeType {
			out[i] = teeCopy(first)
		} else {
			c, _, err := objects.CallDunder(t, first, "__copy__")
			if err != nil {
				return null, err
			}
			out[i] = c
		}
	}
	return tuple(out), nil
}

// ---- zip_longest ----

type zipLongest struct {
	objects.Header
	its    []Value
	fill   Value
	active int
}

var zipLongestType = modutil.NewIterType(mod, "zip_longest", zipLongestNew, zipLongestNext)

func zipLongestNew(t *Thread, typ *objects.Type, args []Value, kw *Tuple) (Value, *Exc) {
	pos, kv := objects.SplitArgs(args, kw)
	z := &zipLongest{fill: objects.None}
	for i, k := range kv {
		if kw.Len() != 1 || objects.As[objects.Str](kw.Items[i]).S != "fillvalue" {
			return null, errorf(objects.ExcTypeError, "zip_longest() got an unexpected keyword argument")
		}
		z.fill = k
	}
	z.its = make([]Value, len(pos))
	for i, a := range pos {
		it, err := iter(t, a)
		if err != nil {
			return null, err
		}
		z.its[i] = it
	}
	z.active = len(pos)
	z.SetType(typ)
	return objects.Obj(z), nil
}

func zipLongestNext(t *Thread, v Value) (Value, *Exc) {
	z := objects.As[zipLongest](v)
	if len(z.its) == 0 || z.active == 0 {
		return null, nil
	}
	out := make([]Value, len(z.its))
	for i, it := range z.its {
		if it.IsNull() {
			out[i] = z.fill
			continue
		}
		x, err := next(t, it)
		if err != nil {
			return null, err
		}
		if x.IsNull() {
			z.its[i] = null
			z.active--
			if z.active == 0 {
				return null, nil
			}
			x = z.fill
		}
		out[i] = x
	}
	return tuple(out), nil
}

// ---- product / permutations / combinations ----

type combIter struct {
	objects.Header
	pool    []Value   // combinatorics over one pool
	pools   [][]Value // product
	indices []int
	cycles  []int
	r       int
	kind    int // 0 product, 1 permutations, 2 combinations, 3 with replacement
	started bool
	done    bool
}

var (
	productType      = modutil.NewIterType(mod, "product", productNew, combNext)
	permutationsType = modutil.NewIterType(mod, "permutations", permutationsNew, combNext)
	combinationsType = modutil.NewIterType(mod, "combinations", combNew(2, "combinations"), combNext)
	cwrType          = modutil.NewIterType(mod, "combinations_with_replacement", combNew(3, "combinations_with_replacement"), combNext)
)

func toPool(t *Thread, v Value) ([]Value, *Exc) {
	items, err := objects.IterToSlice(t, v)
	if err != nil {
		return nil, err
	}
	return append([]Value(nil), items...), nil
}

func productNew(t *Thread, typ *objects.Type, args []Value, kw *Tuple) (Value, *Exc) {
	pos, kv := objects.SplitArgs(args, kw)
	rep := int64(1)
	for i, k := range kv {
		name := objects.As[objects.Str](kw.Items[i]).S
		if name != "repeat" {
			return null, errorf(objects.ExcTypeError, "'%s' is an invalid keyword argument for product()", name)
		}
		n, ok, err := modutil.ToInt64(t, k)
		if err != nil {
			return null, err
		}
		if !ok {
			return null, errorf(objects.ExcOverflowError, "Python int too large to convert to C ssize_t")
		}
		if n < 0 {
			return null, errorf(objects.ExcValueError, "repeat argument cannot be negative")
		}
		rep = n
	}
	base := make([][]Value, len(pos))
	for i, a := range pos {
		p, err := toPool(t, a)
		if err != nil {
			return null, err
		}
		base[i] = p
	}
	if len(base) > 0 && rep > (1<<24)/int64(len(base)) {
		return null, objects.NewException(objects.ExcMemoryError)
	}
	c := &combIter{kind: 0}
	for i := int64(0); i < rep; i++ {
		c.pools = append(c.pools, base...)
	}
	c.indices = make([]int, len(c.pools))
	c.SetType(typ)
	return objects.Obj(c), nil
}

var permNames = []string{"iterable", "r"}

func permutationsNew(t *Thread, typ *objects.Type, args []Value, kw *Tuple) (Value, *Exc) {
	var p [2]Value
	if err := modutil.ParamsInto(p[:], "permutations", args, kw, permNames, 2, 1); err != nil {
		return null, err
	}
	pool, err := toPool(t, p[0])
	if err != nil {
		return null, err
	}
	r := len(pool)
	if !p[1].IsNull() && !p[1].IsNone() {
		if !objects.IsIntValue(p[1]) {
			return null, errorf(objects.ExcTypeError, "Expected int as r")
		}
		n, ok := objects.IntToInt64(p[1])
		if !ok {
			return null, errorf(objects.ExcOverflowError, "Python int too large to convert to C ssize_t")
		}
		if n < 0 {
			return null, errorf(objects.ExcValueError, "r must be non-negative")
		}
		r = int(min(n, math.MaxInt32))
	}
	c := &combIter{kind: 1, pool: pool, r: r}
	n := len(pool)
	c.indices = make([]int, n)
	for i := range c.indices {
		c.indices[i] = i
	}
	if r <= n {
		c.cycles = make([]int, r)
		for i := range c.cycles {
			c.cycles[i] = n - i
		}
	} else {
		c.done = true
	}
	c.SetType(typ)
	return objects.Obj(c), nil
}

func combNew(kind int, name string) objects.NewFunc {
	return func(t *Thread, typ *objects.Type, args []Value, kw *Tuple) (Value, *Exc) {
		var p [2]Value
		if err := modutil.ParamsInto(p[:], name, args, kw, permNames, 2, 2); err != nil {
			return null, err
		}
		pool, err := toPool(t, p[0])
		if err != nil {
			return null, err
		}
		n, ok, err := modutil.ToInt64(t, p[1])
		if err != nil {
			return null, err
		}
		if !ok {
			return null, errorf(objects.ExcOverflowError, "Python int too large to convert to C ssize_t")
		}
		if n < 0 {
			return null, errorf(objects.ExcValueError, "r must be non-negative")
		}
		r := int(min(n, math.MaxInt32))
		c := &combIter{kind: kind, pool: pool, r: r}
		c.indices = make([]int, r)
		if kind == 2 {
			for i := range c.indices {
				c.indices[i] = i
			}
			c.done = r > len(pool)
		} else {
			c.done = len(pool) == 0 && r > 0
		}
		c.SetType(typ)
		return objects.Obj(c), nil
	}
}

func (c *combIter) emit() Value {
	var out []Value
	switch c.kind {
	case 0:
		out = make([]Value, len(c.pools))
		for i, p := range c.pools {
			out[i] = p[c.indices[i]]
		}
	default:
		out = make([]Value, c.r)
		for i := 0; i < c.r; i++ {
			out[i] = c.pool[c.indices[i]]
		}
	}
	return tuple(out)
}

func combNext(t *Thread, v Value) (Value, *Exc) {
	c := objects.As[combIter](v)
	if c.done {
		return null, nil
	}
	if !c.started {
		c.started = true
		if c.kind == 0 {
			for _, p := range c.pools {
				if len(p) == 0 {
					c.done = true
					return null, nil
				}
			}
		}
		return c.emit(), nil
	}
	switch c.kind {
	case 0:
		i := len(c.pools) - 1
		for ; i >= 0; i-- {
			c.indices[i]++
			if c.indices[i] < len(c.pools[i]) {
				break
			}
			c.indices[i] = 0
		}
		if i < 0 {
			c.done = true
			return null, nil
		}
	case 1:
		n, r := len(c.pool), c.r
		i := r - 1
		for ; i >= 0; i-- {
			c.cycles[i]--
			if c.cycles[i] == 0 {
				idx := c.indices[i]
				copy(c.indices[i:], c.indices[i+1:])
				c.indices[n-1] = idx
				c.cycles[i] = n - i
			} else {
				j := c.cycles[i]
				c.indices[i], c.indices[n-j] = c.indices[n-j], c.indices[i]
				break
			}
		}
		if i < 0 {
			c.done = true
			return null, nil
		}
	case 2:
		n, r := len(c.pool), c.r
		i := r - 1
		for ; i >= 0 && c.indices[i] == i+n-r; i-- {
		}
		if i < 0 {
			c.done = true
			return null, nil
		}
		c.indices[i]++
		for j := i + 1; j < r; j++ {
			c.indices[j] = c.indices[j-1] + 1
		}
	case 3:
		n, r := len(c.pool), c.r
		i := r - 1
		for ; i >= 0 && c.indices[i] == n-1; i-- {
		}
		if i < 0 {
			c.done = true
			return null, nil
		}
		x := c.indices[i] + 1
		for j := i; j < r; j++ {
			c.indices[j] = x
		}
	}
	return c.emit(), nil
}

func init() {
	countType.Repr = countRepr
	repeatType.Repr = repeatRepr
	repeatType.AddMethod("__length_hint__", func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		r := objects.As[repeat](self)
		if r.cnt < 0 {
			return null, errorf(objects.ExcTypeError, "len() of unsized object")
		}
		return objects.Int(r.cnt), nil
	})
	countType.AddMethod("__reduce__", func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		c := objects.As[count](self)
		a := []Value{c.cur}
		if !(objects.IsIntValue(c.step) && c.step.IsSmallInt() && c.step.SmallInt() == 1) {
			a = append(a, c.step)
		}
		return objects.Tuple2(objects.Obj(self.Type()), tuple(a)), nil
	})
	repeatType.AddMethod("__reduce__", func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		r := objects.As[repeat](self)
		a := []Value{r.obj}
		if r.cnt >= 0 {
			a = append(a, objects.Int(r.cnt))
		}
		return objects.Tuple2(objects.Obj(self.Type()), tuple(a)), nil
	})
	chainType.SetAttrString("from_iterable", modutil.ClassMethod(chainType, "from_iterable", chainFromIterable))
	chainType.SetAttrString("__class_getitem__", modutil.ClassGetItem(chainType))
	teeType.AddMethod("__copy__", func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exc) {
		return teeCopy(self), nil
	})
	grouperType.Flags &^= objects.FlagBaseType
	teeType.Flags &^= objects.FlagBaseType
	types := []*objects.Type{countType, cycleType, repeatType, accumulateType, chainType, compressType,
		dropwhileType, takewhileType, filterfalseType, starmapType, groupbyType, grouperType, isliceType,
		pairwiseType, teeType, zipLongestType, productType, permutationsType, combinationsType, cwrType}
	for _, typ := range types {
		typ.Finish()
	}
	objects.RegisterModule(mod, func(t *Thread, m *objects.Module) *Exc {
		m.Set("__doc__", objects.NewStrValue("Functional tools for creating and using iterators."))
		for _, typ := range types {
			m.Set(typ.Name, objects.Obj(typ))
		}
		m.Set("_tee_dataobject", objects.Obj(teeDataType))
		m.Set("tee", modutil.Builtin(mod, "tee", teeFunc))
		return nil
	})
}
