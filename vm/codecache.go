package vm

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"math"
	"math/big"
	"os"
	"path/filepath"
	"sync"

	"taipan/objects"
)

// An opt-in cache of compiled modules (TAIPAN_CODECACHE=<directory>):
// compiling dominates the cost of importing the standard library, and
// CPython avoids it with .pyc files. An entry is keyed by the source
// text, the file name and the identity of the running binary (path,
// size, modification time), so a rebuilt interpreter never reads
// another build's entries. The format is private to this file; a Code
// field it does not know makes TestCodeCacheKnowsCodeFields fail. Off by
// default: nothing is written unless the variable is set.

var codeCacheDir = os.Getenv("TAIPAN_CODECACHE")

// exeIdentity names the running binary (computed on first use: only
// the code cache needs it).
var exeIdentity = sync.OnceValue(func() string {
	p, err := os.Executable()
	if err != nil {
		return ""
	}
	st, err := os.Stat(p)
	if err != nil {
		return ""
	}
	return fmt.Sprintf("%s\x00%d\x00%d", p, st.Size(), st.ModTime().UnixNano())
})

func codeCachePath(filename string, src []byte) string {
	h := sha256.New()
	h.Write([]byte("taipan-code-v1\x00" + exeIdentity() + "\x00" + filename + "\x00"))
	h.Write(src)
	sum := hex.EncodeToString(h.Sum(nil))
	return filepath.Join(codeCacheDir, sum[:2], sum[2:])
}

// cachedCompile compiles a source file's bytes, through the cache when
// it is enabled.
func cachedCompile(src []byte, filename string, compile func() (*objects.Code, *Exc)) (*objects.Code, *Exc) {
	if codeCacheDir == "" || exeIdentity() == "" {
		return compile()
	}
	p := codeCachePath(filename, src)
	if data, err := os.ReadFile(p); err == nil {
		if c, err := decodeCode(data); err == nil {
			return c, nil
		}
	}
	c, err := compile()
	if err != nil {
		return nil, err
	}
	if data, ok := encodeCode(c); ok {
		if os.MkdirAll(filepath.Dir(p), 0o755) == nil {
			tmp := fmt.Sprintf("%s.%d.tmp", p, os.Getpid())
			if os.WriteFile(tmp, data, 0o644) == nil {
				os.Rename(tmp, p)
			}
		}
	}
	return c, nil
}

// ---- encoding ----

type codeEnc struct {
	b      bytes.Buffer
	source []string
	bad    bool
}

func (e *codeEnc) uvarint(x uint64) { e.b.Write(binary.AppendUvarint(nil, x)) }
func (e *codeEnc) varint(x int64)   { e.b.Write(binary.AppendVarint(nil, x)) }
func (e *codeEnc) str(s string)     { e.uvarint(uint64(len(s))); e.b.WriteString(s) }
func (e *codeEnc) strs(ss []string) {
	e.uvarint(uint64(len(ss)))
	for _, s := range ss {
		e.str(s)
	}
}

func encodeCode(c *objects.Code) ([]byte, bool) {
	e := &codeEnc{source: c.Source}
	e.strs(c.Source)
	e.code(c)
	return e.b.Bytes(), !e.bad
}

func sameLines(a, b []string) bool {
	return len(a) == len(b) && (len(a) == 0 || &a[0] == &b[0])
}

func (e *codeEnc) code(c *objects.Code) {
	e.str(c.Name)
	e.str(c.Qualname)
	e.str(c.Filename)
	for _, n := range []int{c.FirstLine, c.ArgCount, c.PosOnlyCount, c.KwOnlyCount, c.NumRegs, c.NumLocals, c.FastArgs} {
		e.varint(int64(n))
	}
	e.uvarint(uint64(c.Flags))
	e.strs(c.Varnames)
	e.strs(c.Cellvars)
	e.strs(c.Freevars)
	e.uvarint(uint64(len(c.Cell2Arg)))
	for _, x := range c.Cell2Arg {
		e.varint(int64(x))
	}
	e.uvarint(uint64(len(c.Consts)))
	for _, v := range c.Consts {
		e.value(v)
	}
	e.uvarint(uint64(len(c.Names)))
	for _, n := range c.Names {
		e.str(n.S)
	}
	e.uvarint(uint64(len(c.Instrs)))
	for _, w := range c.Instrs {
		e.uvarint(w)
	}
	e.uvarint(uint64(len(c.Positions)))
	for _, p := range c.Positions {
		for _, x := range []int32{p.Line, p.EndLine, p.Col, p.EndCol} {
			e.varint(int64(x))
		}
	}
	e.uvarint(uint64(len(c.ExcTable)))
	for _, x := range c.ExcTable {
		for _, y := range []int32{x.Start, x.End, x.Target, x.Reg} {
			e.varint(int64(y))
		}
	}
	for _, ic := range c.Caches {
		if ic != (objects.InlineCache{}) {
			e.bad = true // already specialised: not a fresh compile
		}
	}
	e.uvarint(uint64(len(c.Caches)))
	if sameLines(c.Source, e.source) {
		e.b.WriteByte(1)
	} else {
		e.b.WriteByte(0)
		e.strs(c.Source)
	}
	e.uvarint(uint64(len(c.ConstRegs)))
	for _, r := range c.ConstRegs {
		e.varint(int64(r.Reg))
		e.varint(int64(r.Const))
	}
}

func (e *codeEnc) value(v Value) {
	switch {
	case v.IsNone():
		e.b.WriteByte('N')
		return
	case v.IsBool():
		if v.BoolVal() {
			e.b.WriteByte('T')
		} else {
			e.b.WriteByte('F')
		}
		return
	case v.IsSmallInt():
		e.b.WriteByte('i')
		e.varint(v.SmallInt())
		return
	case v.IsFloat():
		e.b.WriteByte('f')
		e.uvarint(math.Float64bits(v.FloatVal()))
		return
	case v.Is(objects.Ellipsis):
		e.b.WriteByte('.')
		return
	}
	switch v.Type() {
	case objects.IntType:
		b, _ := objects.BigOf(v)
		e.b.WriteByte('I')
		e.str(b.Text(16))
	case objects.StrType:
		s := objects.As[objects.Str](v)
		if objects.Intern(s.S) == s {
			e.b.WriteByte('s')
		} else {
			e.b.WriteByte('u')
		}
		e.str(s.S)
	case objects.BytesType:
		e.b.WriteByte('b')
		e.str(string(objects.As[objects.Bytes](v).B))
	case objects.ComplexType:
		c := objects.As[objects.Complex](v).V
		e.b.WriteByte('c')
		e.uvarint(math.Float64bits(real(c)))
		e.uvarint(math.Float64bits(imag(c)))
	case objects.TupleType:
		items := objects.As[objects.Tuple](v).Items
		e.b.WriteByte('t')
		e.uvarint(uint64(len(items)))
		for _, it := range items {
			e.value(it)
		}
	case objects.FrozenSetType:
		keys := objects.As[objects.Set](v).Keys()
		e.b.WriteByte('z')
		e.uvarint(uint64(len(keys)))
		for _, it := range keys {
			e.value(it)
		}
	case objects.CodeType:
		e.b.WriteByte('C')
		e.code(objects.As[objects.Code](v))
	default:
		e.bad = true
		e.b.WriteByte('?')
	}
}

// ---- decoding ----

var errBadCache = errors.New("bad code cache entry")

type codeDec struct {
	r      *bytes.Reader
	source []string
	err    error
}

func (d *codeDec) uvarint() uint64 {
	x, err := binary.ReadUvarint(d.r)
	if err != nil {
		d.err = errBadCache
	}
	return x
}

func (d *codeDec) varint() int64 {
	x, err := binary.ReadVarint(d.r)
	if err != nil {
		d.err = errBadCache
	}
	return x
}

func (d *codeDec) count() int {
	n := d.uvarint()
	if n > uint64(d.r.Len())+1<<20 {
		d.err = errBadCache
		return 0
	}
	return int(n)
}

func (d *codeDec) str() string {
	n := d.count()
	if d.err != nil || n > d.r.Len() {
		d.err = errBadCache
		return ""
	}
	b := make([]byte, n)
	d.r.Read(b)
	return string(b)
}

func (d *codeDec) strs() []string {
	n := d.count()
	if n == 0 || d.err != nil {
		return nil
	}
	out := make([]string, n)
	for i := range out {
		out[i] = d.str()
	}
	return out
}

func decodeCode(data []byte) (*objects.Code, error) {
	d := &codeDec{r: bytes.NewReader(data)}
	d.source = d.strs()
	c := d.code(0)
	if d.err != nil || d.r.Len() != 0 {
		return nil, errBadCache
	}
	return c, nil
}

func (d *codeDec) code(depth int) *objects.Code {
	if depth > 200 {
		d.err = errBadCache
		return nil
	}
	c := &objects.Code{}
	c.SetType(objects.CodeType)
	c.Name, c.Qualname, c.Filename = d.str(), d.str(), d.str()
	for _, p := range []*int{&c.FirstLine, &c.ArgCount, &c.PosOnlyCount, &c.KwOnlyCount, &c.NumRegs, &c.NumLocals, &c.FastArgs} {
		*p = int(d.varint())
	}
	c.Flags = objects.CodeFlags(d.uvarint())
	c.Varnames, c.Cellvars, c.Freevars = d.strs(), d.strs(), d.strs()
	c.Cell2Arg = make([]int, d.count())
	for i := range c.Cell2Arg {
		c.Cell2Arg[i] = int(d.varint())
	}
	if n := d.count(); n > 0 {
		c.Consts = make([]Value, n)
		for i := range c.Consts {
			c.Consts[i] = d.value(depth)
		}
	}
	if n := d.count(); n > 0 {
		c.Names = make([]*objects.Str, n)
		for i := range c.Names {
			c.Names[i] = objects.Intern(d.str())
		}
	}
	if n := d.count(); n > 0 {
		c.Instrs = make([]uint64, n)
		for i := range c.Instrs {
			c.Instrs[i] = d.uvarint()
		}
	}
	if n := d.count(); n > 0 {
		c.Positions = make([]objects.Position, n)
		for i := range c.Positions {
			p := &c.Positions[i]
			p.Line, p.EndLine, p.Col, p.EndCol = int32(d.varint()), int32(d.varint()), int32(d.varint()), int32(d.varint())
		}
	}
	if n := d.count(); n > 0 {
		c.ExcTable = make([]objects.ExcEntry, n)
		for i := range c.ExcTable {
			x := &c.ExcTable[i]
			x.Start, x.End, x.Target, x.Reg = int32(d.varint()), int32(d.varint()), int32(d.varint()), int32(d.varint())
		}
	}
	c.Caches = make([]objects.InlineCache, d.count())
	if b, err := d.r.ReadByte(); err != nil {
		d.err = errBadCache
	} else if b == 1 {
		c.Source = d.source
	} else {
		c.Source = d.strs()
	}
	if n := d.count(); n > 0 {
		c.ConstRegs = make([]objects.ConstReg, n)
		for i := range c.ConstRegs {
			c.ConstRegs[i] = objects.ConstReg{Reg: int32(d.varint()), Const: int32(d.varint())}
		}
	}
	return c
}

func (d *codeDec) value(depth int) Value {
	tag, err := d.r.ReadByte()
	if err != nil {
		d.err = errBadCache
		return objects.None
	}
	switch tag {
	case 'N':
		return objects.None
	case 'T':
		return objects.True
	case 'F':
		return objects.False
	case '.':
		return objects.Ellipsis
	case 'i':
		return objects.Int(d.varint())
	case 'f':
		return objects.Float(math.Float64frombits(d.uvarint()))
	case 'I':
		b, ok := new(big.Int).SetString(d.str(), 16)
		if !ok {
			d.err = errBadCache
			return objects.None
		}
		return objects.NewBigInt(b)
	case 's':
		return objects.Obj(objects.Intern(d.str()))
	case 'u':
		return objects.NewStrValue(d.str())
	case 'b':
		return objects.NewBytes([]byte(d.str()))
	case 'c':
		re := math.Float64frombits(d.uvarint())
		return objects.NewComplex(complex(re, math.Float64frombits(d.uvarint())))
	case 't', 'z':
		n := d.count()
		items := make([]Value, 0, n)
		for i := 0; i < n && d.err == nil; i++ {
			items = append(items, d.value(depth+1))
		}
		if tag == 't' {
			return objects.NewTupleValue(items)
		}
		fs, e := objects.CallValue(bootThread, objects.Obj(objects.FrozenSetType), []Value{objects.NewListValue(items)}, nil)
		if e != nil {
			d.err = errBadCache
			return objects.None
		}
		return fs
	case 'C':
		c := d.code(depth + 1)
		if c == nil {
			return objects.None
		}
		return objects.Obj(c)
	}
	d.err = errBadCache
	return objects.None
}
