// Package unicodedata is the unicodedata module for Unicode 14.0.0 (the
// version of CPython 3.11), with the ucd_3_2_0 view used by idna and
// stringprep. The tables are generated from CPython's own module by
// tools/gen_unicodedata.py; normalization is implemented here from the
// generated decomposition and composition data.
package unicodedata

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"taipan/modules/internal/dmargs"
	"taipan/objects"
)

type (
	Value = objects.Value
	Exc   = objects.BaseException
)

var null = objects.Null

// UCDType is unicodedata.UCD.
var UCDType = objects.NewType("unicodedata", "UCD", nil, 0)

type ucd struct {
	objects.Header
	v32 bool
}

func (u *ucd) ver(d *database) *version {
	if u != nil && u.v32 {
		return &d.v32
	}
	return &d.v14
}

// ---- names ----

var (
	jamoL = []string{"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"}
	jamoV = []string{"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"}
	jamoT = []string{"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"}
)

const (
	sBase  = 0xAC00
	lBase  = 0x1100
	vBase  = 0x1161
	tBase  = 0x11A7
	lCount = 19
	vCount = 21
	tCount = 28
	nCount = vCount * tCount
	sCount = lCount * nCount
)

func isHangul(c rune) bool { return c >= sBase && c < sBase+sCount }

func (d *database) isCJK(c rune) bool {
	for _, r := range d.cjk {
		if c >= r[0] && c <= r[1] {
			return true
		}
	}
	return false
}

func (d *database) name(c rune, v *version) (string, bool) {
	if v == &d.v32 && d.cats[v.rec(c).cat] == "Cn" {
		return "", false
	}
	if isHangul(c) {
		s := c - sBase
		return "HANGUL SYLLABLE " + jamoL[s/nCount] + jamoV[s%nCount/tCount] + jamoT[s%tCount], true
	}
	if d.isCJK(c) {
		return fmt.Sprintf("CJK UNIFIED IDEOGRAPH-%X", c), true
	}
	n, ok := d.names[c]
	return n, ok
}

func longestPrefix(s string, list []string) (int, int) {
	best, blen := -1, -1
	for i, p := range list {
		if len(p) > blen && strings.HasPrefix(s, p) {
			best, blen = i, len(p)
		}
	}
	return best, blen
}

// lookup finds a character (or named sequence) by name.
func (d *database) lookup(name string, v *version) (string, bool) {
	if rest, ok := strings.CutPrefix(name, "HANGUL SYLLABLE "); ok {
		l, n1 := longestPrefix(rest, jamoL)
		if l >= 0 {
			rest = rest[n1:]
			vv, n2 := longestPrefix(rest, jamoV)
			if vv >= 0 {
				rest = rest[n2:]
				t, n3 := longestPrefix(rest, jamoT)
				if t >= 0 && n3 == len(rest) {
					return string(rune(sBase + (l*vCount+vv)*tCount + t)), true
				}
			}
		}
		return "", false
	}
	if rest, ok := strings.CutPrefix(name, "CJK UNIFIED IDEOGRAPH-"); ok {
		if len(rest) != 4 && len(rest) != 5 {
			return "", false
		}
		x := 0
		for i := 0; i < len(rest); i++ {
			c := rest[i]
			switch {
			case c >= '0' && c <= '9':
				x = x*16 + int(c-'0')
			case c >= 'A' && c <= 'F':
				x = x*16 + int(c-'A') + 10
			default:
				return "", false
			}
		}
		if d.isCJK(rune(x)) {
			return string(rune(x)), true
		}
		return "", false
	}
	up := strings.ToUpper(name)
	names := d.byName
	if v == &d.v32 {
		names = d.byName32
	}
	if c, ok := names[up]; ok {
		if v == &d.v32 && d.cats[v.rec(c).cat] == "Cn" {
			return "", false
		}
		return string(c), true
	}
	if seq, ok := d.seqs[up]; ok && v == &d.v14 {
		return string(seq), true
	}
	return "", false
}

// ---- normalization ----

func (v *version) decompOf(c rune) (compat bool, cps []rune) {
	s, ok := v.decomp[c]
	if !ok {
		return false, nil
	}
	if strings.HasPrefix(s, "<") {
		compat = true
		s = s[strings.IndexByte(s, '>')+1:]
	}
	for _, f := range strings.Fields(s) {
		x, _ := strconv.ParseUint(f, 16, 32)
		cps = append(cps, rune(x))
	}
	return compat, cps
}

func (d *database) ccc(c rune) uint8 { return d.v14.rec(c).comb }

func (d *database) decompose(v *version, s string, compat bool) []rune {
	out := make([]rune, 0, len(s))
	var rec func(c rune)
	rec = func(c rune) {
		if isHangul(c) {
			si := c - sBase
			out = append(out, lBase+si/nCount, vBase+si%nCount/tCount)
			if t := si % tCount; t != 0 {
				out = append(out, tBase+t)
			}
			return
		}
		if o, ok := v.nfd[c]; ok {
			out = append(out, o...)
			return
		}
		isCompat, cps := v.decompOf(c)
		if cps == nil || (isCompat && !compat) {
			out = append(out, c)
			return
		}
		for _, x := range cps {
			rec(x)
		}
	}
	for _, c := range s {
		rec(c)
	}
	// canonical ordering: stable insertion sort of each non-starter run
	for i := 1; i < len(out); i++ {
		cc := d.ccc(out[i])
		if cc == 0 {
			continue
		}
		j := i
		for j > 0 {
			pc := d.ccc(out[j-1])
			if pc == 0 || pc <= cc {
				break
			}
			out[j], out[j-1] = out[j-1], out[j]
			j--
		}
	}
	return out
}

func (d *database) compose(v *version, cs []rune) []rune {
	out := cs[:0]
	starter := -1
	lastcc := uint8(0)
	for _, c := range cs {
		cc := d.ccc(c)
		if starter >= 0 {
			adjacent := len(out)-1 == starter
			if adjacent || (lastcc != 0 && lastcc < cc) {
				s := out[starter]
				if s >= lBase && s < lBase+lCount && c >= vBase && c < vBase+vCount && adjacent {
					out[starter] = sBase + ((s-lBase)*vCount+(c-vBase))*tCount
					continue
				}
				if isHangul(s) && (s-sBase)%tCount == 0 && c > tBase && c < tBase+tCount && adjacent {
					out[starter] = s + (c - tBase)
					continue
				}
				if p, ok := v.pairs[[2]rune{s, c}]; ok {
					out[starter] = p
					continue
				}
			}
		}
		if cc == 0 {
			starter = len(out)
			lastcc = 0
		} else {
			lastcc = cc
		}
		out = append(out, c)
	}
	return out
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

func (d *database) normalize(v *version, form, s string) string {
	if isASCII(s) {
		return s
	}
	compat := form == "NFKC" || form == "NFKD"
	cs := d.decompose(v, s, compat)
	if form == "NFC" || form == "NFKC" {
		cs = d.compose(v, cs)
	}
	return string(cs)
}

// ---- Python bindings ----

func charArg(fn string, v Value) (rune, *Exc) {
	if s, ok := dmargs.Str(v); ok {
		c, n := utf8.DecodeRuneInString(s)
		if n == len(s) && n > 0 {
			return c, nil
		}
	}
	return 0, objects.Errorf(objects.ExcTypeError, "%s() argument must be a unicode character, not %s", fn, v.Type().Name)
}

type method struct {
	name string
	fn   func(t *objects.Thread, u *ucd, args []Value, kw *objects.Tuple) (Value, *Exc)
}

func oneChar(name string, f func(d *database, v *version, c rune) Value) method {
	return method{name, func(t *objects.Thread, u *ucd, args []Value, kw *objects.Tuple) (Value, *Exc) {
		if err := dmargs.Positional("unicodedata."+name, args, kw, 1, 1); err != nil {
			return null, err
		}
		c, err := charArg(name, args[0])
		if err != nil {
			return null, err
		}
		d := load()
		return f(d, u.ver(d), c), nil
	}}
}

func numMethod(name, msg string, get func(n numeric) (Value, bool)) method {
	return method{name, func(t *objects.Thread, u *ucd, args []Value, kw *objects.Tuple) (Value, *Exc) {
		if err := dmargs.Positional(name, args, kw, 1, 2); err != nil {
			return null, err
		}
		c, err := charArg(name, args[0])
		if err != nil {
			return null, err
		}
		d := load()
		if n, ok := u.ver(d).nums[c]; ok {
			if r, ok := get(n); ok {
				return r, nil
			}
		}
		if len(args) > 1 {
			return args[1], nil
		}
		return null, objects.Errorf(objects.ExcValueError, "%s", msg)
	}}
}

func strArg(fn string, i int, v Value) (string, *Exc) {
	if s, ok := dmargs.Str(v); ok {
		return s, nil
	}
	return "", objects.Errorf(objects.ExcTypeError, "%s() argument %d must be str, not %s", fn, i, v.Type().Name)
}

func normArgs(fn string, args []Value, kw *objects.Tuple) (string, string, *Exc) {
	if err := dmargs.Positional(fn, args, kw, 2, 2); err != nil {
		return "", "", err
	}
	form, err := strArg(fn, 1, args[0])
	if err != nil {
		return "", "", err
	}
	s, err := strArg(fn, 2, args[1])
	if err != nil {
		return "", "", err
	}
	switch form {
	case "NFC", "NFD", "NFKC", "NFKD":
		return form, s, nil
	}
	return "", "", objects.Errorf(objects.ExcValueError, "invalid normalization form")
}

var methods = []method{
	oneChar("category", func(d *database, v *version, c rune) Value { return objects.NewStrValue(d.cats[v.rec(c).cat]) }),
	oneChar("bidirectional", func(d *database, v *version, c rune) Value { return objects.NewStrValue(d.bidis[v.rec(c).bidi]) }),
	oneChar("combining", func(d *database, v *version, c rune) Value { return objects.Int(int64(v.rec(c).comb)) }),
	oneChar("east_asian_width", func(d *database, v *version, c rune) Value { return objects.NewStrValue(d.eaws[v.rec(c).eaw]) }),
	oneChar("mirrored", func(d *database, v *version, c rune) Value {
		if v.rec(c).mirrored {
			return objects.Int(1)
		}
		return objects.Int(0)
	}),
	oneChar("decomposition", func(d *database, v *version, c rune) Value { return objects.NewStrValue(v.decomp[c]) }),
	numMethod("decimal", "not a decimal", func(n numeric) (Value, bool) { return objects.Int(int64(n.decimal)), n.decimal >= 0 }),
	numMethod("digit", "not a digit", func(n numeric) (Value, bool) { return objects.Int(int64(n.digit)), n.digit >= 0 }),
	numMethod("numeric", "not a numeric character", func(n numeric) (Value, bool) { return objects.Float(n.value), n.hasValue }),
	{"name", func(t *objects.Thread, u *ucd, args []Value, kw *objects.Tuple) (Value, *Exc) {
		if err := dmargs.Positional("name", args, kw, 1, 2); err != nil {
			return null, err
		}
		c, err := charArg("name", args[0])
		if err != nil {
			return null, err
		}
		d := load()
		if n, ok := d.name(c, u.ver(d)); ok {
			return objects.NewStrValue(n), nil
		}
		if len(args) > 1 {
			return args[1], nil
		}
		return null, objects.Errorf(objects.ExcValueError, "no such name")
	}},
	{"lookup", func(t *objects.Thread, u *ucd, args []Value, kw *objects.Tuple) (Value, *Exc) {
		if err := dmargs.Positional("unicodedata.lookup", args, kw, 1, 1); err != nil {
			return null, err
		}
		var name string
		if s, ok := dmargs.Str(args[0]); ok {
			name = s
		} else if b, _, ok := objects.BufferOf(args[0]); ok {
			name = string(b)
		} else {
			return null, objects.Errorf(objects.ExcTypeError, "a bytes-like object is required, not '%s'", args[0].Type().Name)
		}
		if len(name) > 256 {
			return null, objects.NewException(objects.ExcKeyError, objects.NewStrValue("name too long"))
		}
		d := load()
		if r, ok := d.lookup(name, u.ver(d)); ok {
			return objects.NewStrValue(r), nil
		}
		return null, objects.NewException(objects.ExcKeyError, objects.NewStrValue("undefined character name '"+name+"'"))
	}},
	{"normalize", func(t *objects.Thread, u *ucd, args []Value, kw *objects.Tuple) (Value, *Exc) {
		form, s, err := normArgs("normalize", args, kw)
		if err != nil {
			return null, err
		}
		d := load()
		r := d.normalize(u.ver(d), form, s)
		if r == s {
			return args[1], nil
		}
		return objects.NewStrValue(r), nil
	}},
	{"is_normalized", func(t *objects.Thread, u *ucd, args []Value, kw *objects.Tuple) (Value, *Exc) {
		form, s, err := normArgs("is_normalized", args, kw)
		if err != nil {
			return null, err
		}
		d := load()
		return objects.Bool(d.normalize(u.ver(d), form, s) == s), nil
	}},
}

var ucd320 = &ucd{v32: true}

func init() {
	ut := UCDType
	ut.New = func(t *objects.Thread, typ *objects.Type, args []Value, kw *objects.Tuple) (Value, *Exc) {
		return null, objects.Errorf(objects.ExcTypeError, "cannot create 'unicodedata.UCD' instances")
	}
	for _, m := range methods {
		m := m
		ut.AddMethod(m.name, func(t *objects.Thread, self Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
			return m.fn(t, objects.As[ucd](self), args, kw)
		})
	}
	dmargs.AddGetter(ut, "unidata_version", func(v Value) Value {
		if objects.As[ucd](v).v32 {
			return objects.NewStrValue("3.2.0")
		}
		return objects.NewStrValue("14.0.0")
	})
	ut.Finish()
	ucd320.SetType(UCDType)

	objects.RegisterModule("unicodedata", func(t *objects.Thread, m *objects.Module) *Exc {
		m.Set("unidata_version", objects.NewStrValue("14.0.0"))
		m.Set("UCD", objects.Obj(UCDType))
		m.Set("ucd_3_2_0", objects.Obj(ucd320))
		for _, me := range methods {
			me := me
			dmargs.Func(m, me.name, func(t *objects.Thread, _ Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
				return me.fn(t, nil, args, kw)
			})
		}
		return nil
	})
}
