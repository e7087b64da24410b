// Package zlib is the zlib module on Go's compress/flate (compression)
// and a resumable inflater of its own (decompression, so that
// decompressobj can stop and resume anywhere like zlib's inflate).
// Compressed bytes differ from CPython's zlib (a different deflate
// encoder) but are valid streams in the same framing; decompression
// accepts everything zlib produces.
package zlib

import (
	"bytes"
	"compress/flate"
	"hash/adler32"
	"hash/crc32"
	"math/big"

	"taipan/modules/internal/dmargs"
	"taipan/objects"
)

type (
	Value = objects.Value
	Exc   = objects.BaseException
)

var null = objects.Null

// ErrorType is zlib.error.
var ErrorType = dmargs.NewError("zlib", "error", objects.ExcException)

var (
	CompressType   = objects.NewType("zlib", "Compress", nil, 0)
	DecompressType = objects.NewType("zlib", "Decompress", nil, 0)
)

const (
	zNoFlush      = 0
	zPartialFlush = 1
	zSyncFlush    = 2
	zFullFlush    = 3
	zFinish       = 4
	zBlock        = 5
	zTrees        = 6
	defBufSize    = 16384
)

func zerr(format string, args ...any) *Exc { return dmargs.Raise(ErrorType, format, args...) }

// ---- compression ----

type compressor struct {
	objects.Header
	buf      bytes.Buffer
	w        *flate.Writer
	format   int
	level    int
	check    uint32
	total    uint32
	started  bool
	finished bool
	dict     []byte
	wbits    int
}

func newCompressor(level, wbits, strategy int, dict []byte) (*compressor, *Exc) {
	c := &compressor{level: level, dict: dict, wbits: wbits}
	switch {
	case wbits >= -15 && wbits <= -9:
		c.format = fmtRaw
	case wbits >= 8 && wbits <= 15:
		if wbits == 8 {
			wbits = 9
			c.wbits = 9
		}
		c.format = fmtZlib
	case wbits >= 25 && wbits <= 31:
		c.format = fmtGzip
	default:
		return nil, objects.Errorf(objects.ExcValueError, "Invalid initialization option")
	}
	if level < -1 || level > 9 {
		return nil, objects.Errorf(objects.ExcValueError, "Invalid initialization option")
	}
	gl := level
	if strategy == 2 { // Z_HUFFMAN_ONLY
		gl = flate.HuffmanOnly
	}
	var err error
	if dict != nil {
		c.w, err = flate.NewWriterDict(&c.buf, gl, dict)
	} else {
		c.w, err = flate.NewWriter(&c.buf, gl)
	}
	if err != nil {
		return nil, objects.Errorf(objects.ExcValueError, "Invalid initialization option")
	}
	if c.format == fmtZlib {
		c.check = 1
	}
	return c, nil
}

func (c *compressor) header() {
	if c.started {
		return
	}
	c.started = true
	switch c.format {
	case fmtZlib:
		var flg byte
		switch {
		case c.level == 1 || c.level == 0:
			flg = 0
		case c.level >= 2 && c.level <= 5:
			flg = 1
		case c.level == -1 || c.level == 6:
			flg = 2
		default:
			flg = 3
		}
		// The header declares the requested window, as zlib's does; Go's
		// encoder may use distances up to 32 KiB whatever wbits is.
		cmf := byte((c.wbits-8)<<4 | 8)
		f := flg << 6
		if c.dict != nil {
			f |= 0x20
		}
		f += byte(31 - (uint(cmf)*256+uint(f))%31)
		hdr := []byte{cmf, f}
		if c.dict != nil {
			id := adler32.Checksum(c.dict)
			hdr = append(hdr, byte(id>>24), byte(id>>16), byte(id>>8), byte(id))
		}
		c.prepend(hdr)
	case fmtGzip:
		xfl := byte(0)
		if c.level == 9 {
			xfl = 2
		} else if c.level == 1 || c.level == 0 {
			xfl = 4
		}
		c.prepend([]byte{0x1f, 0x8b, 8, 0, 0, 0, 0, 0, xfl, 3})
	}
}

// prepend puts the stream header before whatever flate already wrote.
func (c *compressor) prepend(h []byte) {
	rest := append([]byte(nil), c.buf.Bytes()...)
	c.buf.Reset()
	c.buf.Write(h)
	c.buf.Write(rest)
}

func (c *compressor) write(data []byte) {
	c.header()
	c.w.Write(data)
	if c.format == fmtZlib {
		c.check = adler32Update(c.check, data)
	} else if c.format == fmtGzip {
		c.check = crc32.Update(c.check, crc32.IEEETable, data)
	}
	c.total += uint32(len(data))
}

func (c *compressor) take() []byte {
	b := append([]byte(nil), c.buf.Bytes()...)
	c.buf.Reset()
	return b
}

func (c *compressor) finish() {
	c.header()
	c.w.Close()
	switch c.format {
	case fmtZlib:
		c.buf.Write([]byte{byte(c.check >> 24), byte(c.check >> 16), byte(c.check >> 8), byte(c.check)})
	case fmtGzip:
		k, n := c.check, c.total
		c.buf.Write([]byte{byte(k), byte(k >> 8), byte(k >> 16), byte(k >> 24), byte(n), byte(n >> 8), byte(n >> 16), byte(n >> 24)})
	}
	c.finished = true
}

// ---- decompression ----

type decompressor struct {
	objects.Header
	f          *inflater
	unused     Value
	tail       Value
	eof        bool
	needsInput bool
	wbits      int
	dict       []byte
}

func inflateErr(f *inflater, while string) *Exc {
	if f.needDict {
		return zerr("Error 2 while %s", while)
	}
	return zerr("Error -3 while %s: %s", while, f.err)
}

// decompressAll is zlib.decompress.
func decompressAll(data []byte, wbits int) ([]byte, *Exc) {
	f, ok := newInflater(wbits, nil)
	if !ok {
		return nil, zerr("Error -2 while preparing to decompress data: inconsistent stream state")
	}
	f.in = data
	out, r := f.run(0)
	switch r {
	case -1:
		return nil, inflateErr(f, "decompressing data")
	case 0:
		return nil, zerr("Error -5 while decompressing data: incomplete or truncated stream")
	}
	return out, nil
}

var emptyBytes = objects.NewBytes(nil)

// decompress feeds data; maxLen > 0 limits the output.
func (d *decompressor) decompress(data []byte, maxLen int) ([]byte, *Exc) {
	f := d.f
	if d.eof {
		d.unused = concat(d.unused, data)
		return nil, nil
	}
	f.in = append(f.in[f.pos:], data...)
	f.pos = 0
	out, r := f.run(maxLen)
	rest := f.in[f.pos:]
	switch r {
	case -1:
		f.in = rest
		f.pos = 0
		return nil, inflateErr(f, "decompressing data")
	case 1:
		d.eof = true
		d.unused = concat(d.unused, rest)
		d.tail = emptyBytes
		f.in, f.pos = nil, 0
		d.needsInput = false
	default:
		if maxLen > 0 && len(out) >= maxLen {
			d.tail = objects.NewBytes(append([]byte(nil), rest...))
			f.in, f.pos = nil, 0
			d.needsInput = false
		} else {
			// all input consumed (partial symbols stay in f.in)
			d.tail = emptyBytes
			f.in = append([]byte(nil), rest...)
			f.pos = 0
			d.needsInput = true
		}
	}
	return out, nil
}

func concat(v Value, b []byte) Value {
	if len(b) == 0 {
		return v
	}
	old := objects.As[objects.Bytes](v).B
	n := make([]byte, 0, len(old)+len(b))
	return objects.NewBytes(append(append(n, old...), b...))
}

// ---- argument helpers ----

func intArg(t *objects.Thread, v Value, def int64) (int64, *Exc) {
	if v.IsNull() {
		return def, nil
	}
	if v.IsFloat() {
		return 0, objects.Errorf(objects.ExcTypeError, "'float' object cannot be interpreted as an integer")
	}
	i, ok, err := dmargs.IndexInt64(t, v)
	if err != nil {
		return 0, err
	}
	if !ok || i > 1<<31-1 || i < -(1<<31) {
		return 0, objects.Errorf(objects.ExcOverflowError, "Python int too large to convert to C int")
	}
	return i, nil
}

func ssizeArg(t *objects.Thread, v Value, def int64) (int64, *Exc) {
	if v.IsNull() {
		return def, nil
	}
	if v.IsFloat() {
		return 0, objects.Errorf(objects.ExcTypeError, "'float' object cannot be interpreted as an integer")
	}
	i, ok, err := dmargs.IndexInt64(t, v)
	if err != nil {
		return 0, err
	}
	if !ok {
		return 0, objects.Errorf(objects.ExcOverflowError, "Python int too large to convert to C ssize_t")
	}
	return i, nil
}

func checksumArg(t *objects.Thread, v Value, def uint32) (uint32, *Exc) {
	if v.IsNull() {
		return def, nil
	}
	if v.IsFloat() {
		return 0, objects.Errorf(objects.ExcTypeError, "'float' object cannot be interpreted as an integer")
	}
	x, err := objects.Index(t, v)
	if err != nil {
		return 0, err
	}
	if i, ok := objects.IntToInt64(x); ok {
		return uint32(i), nil
	}
	b, _ := objects.BigOf(x)
	r := new(big.Int).And(b, big.NewInt(0xffffffff))
	return uint32(r.Uint64()), nil
}

func init() {
	ct := CompressType
	ct.AddMethod("compress", func(t *objects.Thread, sv Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		if err := dmargs.Positional("Compress.compress", args, kw, 1, 1); err != nil {
			return null, err
		}
		c := objects.As[compressor](sv)
		b, err := dmargs.Buffer(args[0])
		if err != nil {
			return null, err
		}
		if c.finished {
			return null, zerr("Error -2 while compressing data: inconsistent stream state")
		}
		c.write(b)
		return objects.NewBytes(c.take()), nil
	})
	ct.AddMethod("flush", func(t *objects.Thread, sv Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		if err := dmargs.Positional("Compress.flush", args, kw, 0, 1); err != nil {
			return null, err
		}
		mode := int64(zFinish)
		if len(args) > 0 {
			var err *Exc
			if mode, err = intArg(t, args[0], zFinish); err != nil {
				return null, err
			}
		}
		c := objects.As[compressor](sv)
		if mode == zNoFlush {
			return emptyBytes, nil
		}
		if c.finished {
			return null, zerr("Error -2 while flushing: inconsistent stream state")
		}
		if mode == zFinish {
			c.finish()
		} else {
			c.header()
			c.w.Flush()
		}
		return objects.NewBytes(c.take()), nil
	})
	ct.Finish()

	dt := DecompressType
	dt.AddMethod("decompress", func(t *objects.Thread, sv Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		var data, ml Value
		if err := dmargs.Parse("decompress", args, kw, []string{"/data", "max_length"}, 1, []*Value{&data, &ml}); err != nil {
			return null, err
		}
		b, err := dmargs.Buffer(data)
		if err != nil {
			return null, err
		}
		n, err := ssizeArg(t, ml, 0)
		if err != nil {
			return null, err
		}
		if n < 0 {
			return null, objects.Errorf(objects.ExcValueError, "max_length must be non-negative")
		}
		d := objects.As[decompressor](sv)
		out, err := d.decompress(b, int(n))
		if err != nil {
			return null, err
		}
		return objects.NewBytes(out), nil
	})
	dt.AddMethod("flush", func(t *objects.Thread, sv Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		if err := dmargs.Positional("Decompress.flush", args, kw, 0, 1); err != nil {
			return null, err
		}
		if len(args) > 0 {
			n, err := ssizeArg(t, args[0], defBufSize)
			if err != nil {
				return null, err
			}
			if n <= 0 {
				return null, objects.Errorf(objects.ExcValueError, "length must be greater than zero")
			}
		}
		d := objects.As[decompressor](sv)
		tail := objects.As[objects.Bytes](d.tail).B
		out, err := d.decompress(tail, 0)
		if err != nil {
			return null, err
		}
		return objects.NewBytes(out), nil
	})
	dt.AddMethod("copy", func(t *objects.Thread, sv Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
		d := objects.As[decompressor](sv)
		n := *d
		f := *d.f
		f.in = append([]byte(nil), f.in...)
		f.window = append([]byte(nil), f.window...)
		if d.f.lencode == &d.f.dyn[0] {
			f.lencode, f.distcode = &f.dyn[0], &f.dyn[1]
		}
		f.dyn[0].symbol = append([]uint16(nil), f.dyn[0].symbol...)
		f.dyn[1].symbol = append([]uint16(nil), f.dyn[1].symbol...)
		n.f = &f
		return objects.Obj(&n), nil
	})
	dmargs.AddGetter(dt, "unused_data", func(v Value) Value { return objects.As[decompressor](v).unused })
	dmargs.AddGetter(dt, "unconsumed_tail", func(v Value) Value { return objects.As[decompressor](v).tail })
	dmargs.AddGetter(dt, "eof", func(v Value) Value { return objects.Bool(objects.As[decompressor](v).eof) })
	dt.Finish()

	objects.RegisterModule("zlib", func(t *objects.Thread, m *objects.Module) *Exc {
		for name, v := range map[string]int64{
			"DEFLATED": 8, "DEF_BUF_SIZE": defBufSize, "DEF_MEM_LEVEL": 8, "MAX_WBITS": 15,
			"Z_BEST_COMPRESSION": 9, "Z_BEST_SPEED": 1, "Z_BLOCK": zBlock, "Z_DEFAULT_COMPRESSION": -1,
			"Z_DEFAULT_STRATEGY": 0, "Z_FILTERED": 1, "Z_FINISH": zFinish, "Z_FIXED": 4, "Z_FULL_FLUSH": zFullFlush,
			"Z_HUFFMAN_ONLY": 2, "Z_NO_COMPRESSION": 0, "Z_NO_FLUSH": zNoFlush, "Z_PARTIAL_FLUSH": zPartialFlush,
			"Z_RLE": 3, "Z_SYNC_FLUSH": zSyncFlush, "Z_TREES": zTrees,
		} {
			m.Set(name, objects.Int(v))
		}
		m.Set("ZLIB_VERSION", objects.NewStrValue("1.2.13"))
		m.Set("ZLIB_RUNTIME_VERSION", objects.NewStrValue("1.2.13"))
		m.Set("error", objects.Obj(ErrorType))
		m.Set("Compress", objects.Obj(CompressType))
		m.Set("Decompress", objects.Obj(DecompressType))
		dmargs.Func(m, "adler32", func(t *objects.Thread, _ Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
			if err := dmargs.Positional("adler32", args, kw, 1, 2); err != nil {
				return null, err
			}
			b, err := dmargs.Buffer(args[0])
			if err != nil {
				return null, err
			}
			v := uint32(1)
			if len(args) > 1 {
				if v, err = checksumArg(t, args[1], 1); err != nil {
					return null, err
				}
			}
			return objects.Int(int64(adler32Update(v, b))), nil
		})
		dmargs.Func(m, "crc32", func(t *objects.Thread, _ Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
			if err := dmargs.Positional("crc32", args, kw, 1, 2); err != nil {
				return null, err
			}
			b, err := dmargs.Buffer(args[0])
			if err != nil {
				return null, err
			}
			var v uint32
			if len(args) > 1 {
				if v, err = checksumArg(t, args[1], 0); err != nil {
					return null, err
				}
			}
			return objects.Int(int64(crc32.Update(v, crc32.IEEETable, b))), nil
		})
		dmargs.Func(m, "compress", func(t *objects.Thread, _ Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
			var data, lv, wb Value
			if err := dmargs.Parse("compress", args, kw, []string{"/data", "level", "wbits"}, 1, []*Value{&data, &lv, &wb}); err != nil {
				return null, err
			}
			b, err := dmargs.Buffer(data)
			if err != nil {
				return null, err
			}
			level, err := intArg(t, lv, -1)
			if err != nil {
				return null, err
			}
			wbits, err := intArg(t, wb, 15)
			if err != nil {
				return null, err
			}
			if level < -1 || level > 9 {
				return null, zerr("Bad compression level")
			}
			c, err := newCompressor(int(level), int(wbits), 0, nil)
			if err != nil {
				return null, zerr("Bad compression level")
			}
			c.write(b)
			c.finish()
			return objects.NewBytes(c.take()), nil
		})
		dmargs.Func(m, "decompress", func(t *objects.Thread, _ Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
			var data, wb, bs Value
			if err := dmargs.Parse("decompress", args, kw, []string{"/data", "wbits", "bufsize"}, 1, []*Value{&data, &wb, &bs}); err != nil {
				return null, err
			}
			b, err := dmargs.Buffer(data)
			if err != nil {
				return null, err
			}
			wbits, err := intArg(t, wb, 15)
			if err != nil {
				return null, err
			}
			bufsize, err := ssizeArg(t, bs, defBufSize)
			if err != nil {
				return null, err
			}
			if bufsize < 0 {
				return null, objects.Errorf(objects.ExcValueError, "bufsize must be non-negative")
			}
			out, err := decompressAll(b, int(wbits))
			if err != nil {
				return null, err
			}
			return objects.NewBytes(out), nil
		})
		dmargs.Func(m, "compressobj", func(t *objects.Thread, _ Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
			var lv, meth, wb, ml, st, zd Value
			if err := dmargs.Parse("compressobj", args, kw, []string{"level", "method", "wbits", "memLevel", "strategy", "zdict"}, 0, []*Value{&lv, &meth, &wb, &ml, &st, &zd}); err != nil {
				return null, err
			}
			level, err := intArg(t, lv, -1)
			if err != nil {
				return null, err
			}
			method, err := intArg(t, meth, 8)
			if err != nil {
				return null, err
			}
			wbits, err := intArg(t, wb, 15)
			if err != nil {
				return null, err
			}
			memLevel, err := intArg(t, ml, 8)
			if err != nil {
				return null, err
			}
			strategy, err := intArg(t, st, 0)
			if err != nil {
				return null, err
			}
			var dict []byte
			if !zd.IsNull() {
				if dict, err = dmargs.Buffer(zd); err != nil {
					return null, err
				}
				dict = append([]byte{}, dict...)
			}
			if method != 8 || memLevel < 1 || memLevel > 9 || strategy < 0 || strategy > 4 {
				return null, objects.Errorf(objects.ExcValueError, "Invalid initialization option")
			}
			c, err := newCompressor(int(level), int(wbits), int(strategy), dict)
			if err != nil {
				return null, err
			}
			c.SetType(CompressType)
			return objects.Obj(c), nil
		})
		dmargs.Func(m, "decompressobj", func(t *objects.Thread, _ Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
			var wb, zd Value
			if err := dmargs.Parse("decompressobj", args, kw, []string{"wbits", "zdict"}, 0, []*Value{&wb, &zd}); err != nil {
				return null, err
			}
			wbits, err := intArg(t, wb, 15)
			if err != nil {
				return null, err
			}
			var dict []byte
			if !zd.IsNull() {
				b, _, ok := objects.BufferOf(zd)
				if !ok {
					return null, objects.Errorf(objects.ExcTypeError, "zdict argument must support the buffer protocol")
				}
				dict = append([]byte{}, b...)
			}
			f, ok := newInflater(int(wbits), dict)
			if !ok {
				return null, objects.Errorf(objects.ExcValueError, "Invalid initialization option")
			}
			d := &decompressor{f: f, unused: emptyBytes, tail: emptyBytes, wbits: int(wbits), dict: dict, needsInput: true}
			d.SetType(DecompressType)
			return objects.Obj(d), nil
		})
		return nil
	})
}

func bytesOf(v Value) []byte { return objects.As[objects.Bytes](v).B }
