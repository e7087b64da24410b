// Package binascii is the binascii module: conversions between binary
// data and ASCII encodings (hex, base64, quoted-printable, uuencode) and
// the crc32 / crc_hqx checksums, with CPython 3.11's rules and messages.
package binascii

import (
	"hash/crc32"
	"math/big"
	"unicode/utf8"

	"taipan/modules/internal/dmargs"
	"taipan/objects"
)

type (
	Value = objects.Value
	Exc   = objects.BaseException
)

var null = objects.Null

// Error and Incomplete are binascii.Error and binascii.Incomplete.
var (
	Error      = dmargs.NewError("binascii", "Error", objects.ExcValueError)
	Incomplete = dmargs.NewError("binascii", "Incomplete", objects.ExcException)
)

func bad(format string, args ...any) *Exc { return dmargs.Raise(Error, format, args...) }

// asciiData accepts bytes-like objects and ASCII str (the a2b_* inputs).
func asciiData(v Value) ([]byte, *Exc) {
	if s, ok := dmargs.Str(v); ok {
		for i := 0; i < len(s); i++ {
			if s[i] >= 0x80 {
				return nil, objects.Errorf(objects.ExcValueError, "string argument should contain only ASCII characters")
			}
		}
		return []byte(s), nil
	}
	b, _, ok := objects.BufferOf(v)
	if !ok {
		return nil, objects.Errorf(objects.ExcTypeError, "argument should be bytes, buffer or ASCII string, not '%s'", v.Type().Name)
	}
	return b, nil
}

const hexdigits = "0123456789abcdef"

// Hexlify is bytes.hex / binascii.hexlify with an optional separator.
func Hexlify(t *objects.Thread, data []byte, sepv, perv Value) ([]byte, *Exc) {
	var sep byte
	hasSep := false
	if !sepv.IsNull() {
		if s, ok := dmargs.Str(sepv); ok {
			n := utf8.RuneCountInString(s)
			if n != 1 {
				return nil, objects.Errorf(objects.ExcValueError, "sep must be length 1.")
			}
			r, _ := utf8.DecodeRuneInString(s)
			if r > 0xff {
				return nil, objects.Errorf(objects.ExcValueError, "sep must be ASCII.")
			}
			sep = byte(r)
		} else if b, _, ok := objects.BufferOf(sepv); ok {
			if len(b) != 1 {
				return nil, objects.Errorf(objects.ExcValueError, "sep must be length 1.")
			}
			sep = b[0]
		} else {
			if _, err := objects.Len(t, sepv); err != nil {
				return nil, err
			}
			return nil, objects.Errorf(objects.ExcTypeError, "sep must be str or bytes.")
		}
		hasSep = true
	}
	per := int64(1)
	if !perv.IsNull() {
		if perv.IsFloat() {
			return nil, objects.Errorf(objects.ExcTypeError, "'float' object cannot be interpreted as an integer")
		}
		p, ok, err := dmargs.IndexInt64(t, perv)
		if err != nil {
			return nil, err
		}
		if !ok || p > 1<<31-1 || p < -(1<<31) {
			return nil, objects.Errorf(objects.ExcOverflowError, "Python int too large to convert to C int")
		}
		per = p
	}
	if !hasSep || per == 0 || len(data) == 0 {
		out := make([]byte, 2*len(data))
		for i, c := range data {
			out[2*i] = hexdigits[c>>4]
			out[2*i+1] = hexdigits[c&15]
		}
		return out, nil
	}
	chunk := per
	if chunk < 0 {
		chunk = -chunk
	}
	nsep := 0
	if int64(len(data)) > chunk {
		nsep = int((int64(len(data)) - 1) / chunk)
	}
	out := make([]byte, 0, 2*len(data)+nsep)
	for i, c := range data {
		if i > 0 {
			var boundary bool
			if per > 0 {
				boundary = int64(len(data)-i)%chunk == 0
			} else {
				boundary = int64(i)%chunk == 0
			}
			if boundary {
				out = append(out, sep)
			}
		}
		out = append(out, hexdigits[c>>4], hexdigits[c&15])
	}
	return out, nil
}

func unhex(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

const b64chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

var b64table [256]byte

func init() {
	for i := range b64table {
		b64table[i] = 0xff
	}
	for i := 0; i < 64; i++ {
		b64table[b64chars[i]] = byte(i)
	}
}

func a2bBase64(data []byte, strict bool) ([]byte, *Exc) {
	out := make([]byte, 0, len(data)/4*3+3)
	quad, pads := 0, 0
	var left byte
	padStarted := false
	if strict && len(data) > 0 && data[0] == '=' {
		return nil, bad("Leading padding not allowed")
	}
	for i := 0; i < len(data); i++ {
		c := data[i]
		if c == '=' {
			padStarted = true
			if quad >= 2 {
				pads++
				if quad+pads >= 4 {
					if strict && i+1 < len(data) {
						return nil, bad("Excess data after padding")
					}
					return out, nil
				}
			}
			continue
		}
		v := b64table[c]
		if v >= 64 {
			if strict {
				return nil, bad("Only base64 data is allowed")
			}
			continue
		}
		if strict && padStarted {
			return nil, bad("Discontinuous padding not allowed")
		}
		pads = 0
		switch quad {
		case 0:
			quad, left = 1, v
		case 1:
			quad = 2
			out = append(out, left<<2|v>>4)
			left = v & 0x0f
		case 2:
			quad = 3
			out = append(out, left<<4|v>>2)
			left = v & 0x03
		case 3:
			quad = 0
			out = append(out, left<<6|v)
			left = 0
		}
	}
	if quad != 0 {
		if quad == 1 {
			return nil, bad("Invalid base64-encoded string: number of data characters (%d) cannot be 1 more than a multiple of 4", len(out)/3*4+1)
		}
		return nil, bad("Incorrect padding")
	}
	return out, nil
}

func b2aBase64(data []byte, newline bool) []byte {
	out := make([]byte, 0, (len(data)+2)/3*4+1)
	i := 0
	for ; i+3 <= len(data); i += 3 {
		v := uint(data[i])<<16 | uint(data[i+1])<<8 | uint(data[i+2])
		out = append(out, b64chars[v>>18&63], b64chars[v>>12&63], b64chars[v>>6&63], b64chars[v&63])
	}
	switch len(data) - i {
	case 1:
		v := uint(data[i]) << 16
		out = append(out, b64chars[v>>18&63], b64chars[v>>12&63], '=', '=')
	case 2:
		v := uint(data[i])<<16 | uint(data[i+1])<<8
		out = append(out, b64chars[v>>18&63], b64chars[v>>12&63], b64chars[v>>6&63], '=')
	}
	if newline {
		out = append(out, '\n')
	}
	return out
}

var hqxTable [256]uint16

func init() {
	for i := 0; i < 256; i++ {
		c := uint16(i) << 8
		for j := 0; j < 8; j++ {
			if c&0x8000 != 0 {
				c = c<<1 ^ 0x1021
			} else {
				c <<= 1
			}
		}
		hqxTable[i] = c
	}
}

// CRCHqx is binascii.crc_hqx.
func CRCHqx(data []byte, crc uint16) uint16 {
	for _, b := range data {
		crc = crc<<8 ^ hqxTable[byte(crc>>8)^b]
	}
	return crc
}

func a2bQP(data []byte, header bool) []byte {
	out := make([]byte, 0, len(data))
	in := 0
	for in < len(data) {
		c := data[in]
		switch {
		case c == '=':
			in++
			if in >= len(data) {
				return out
			}
			if data[in] == '\n' || data[in] == '\r' {
				if data[in] != '\n' {
					for in < len(data) && data[in] != '\n' {
						in++
					}
				}
				if in < len(data) {
					in++
				}
			} else if data[in] == '=' {
				out = append(out, '=')
				in++
			} else if in+1 < len(data) && unhex(data[in]) >= 0 && unhex(data[in+1]) >= 0 {
				out = append(out, byte(unhex(data[in])<<4|unhex(data[in+1])))
				in += 2
			} else {
				out = append(out, '=')
			}
		case header && c == '_':
			out = append(out, ' ')
			in++
		default:
			out = append(out, c)
			in++
		}
	}
	return out
}

const maxLineSize = 76

func b2aQP(data []byte, quotetabs, istext, header bool) []byte {
	crlf := false
	for i, c := range data {
		if c == '\n' {
			crlf = i > 0 && data[i-1] == '\r'
			break
		}
	}
	upper := "0123456789ABCDEF"
	out := make([]byte, 0, len(data)+len(data)/8)
	softBreak := func() {
		out = append(out, '=')
		if crlf {
			out = append(out, '\r')
		}
		out = append(out, '\n')
	}
	in, linelen := 0, 0
	n := len(data)
	for in < n {
		c := data[in]
		if c > 126 || c == '=' || (header && c == '_') ||
			(c == '.' && linelen == 0 && (in+1 == n || data[in+1] == '\n' || data[in+1] == '\r' || data[in+1] == 0)) ||
			(!istext && (c == '\r' || c == '\n')) ||
			((c == '\t' || c == ' ') && in+1 == n) ||
			(c < 33 && c != '\r' && c != '\n' && (quotetabs || (c != '\t' && c != ' '))) {
			if linelen+3 >= maxLineSize {
				softBreak()
				linelen = 0
			}
			out = append(out, '=', upper[c>>4], upper[c&15])
			in++
			linelen += 3
			continue
		}
		if istext && (c == '\n' || (in+1 < n && c == '\r' && data[in+1] == '\n')) {
			linelen = 0
			if k := len(out); k > 0 && (out[k-1] == ' ' || out[k-1] == '\t') {
				ch := out[k-1]
				out[k-1] = '='
				out = append(out, upper[ch>>4], upper[ch&15])
			}
			if crlf {
				out = append(out, '\r')
			}
			out = append(out, '\n')
			if c == '\r' {
				in += 2
			} else {
				in++
			}
			continue
		}
		if in+1 != n && data[in+1] != '\n' && linelen+1 >= maxLineSize {
			softBreak()
			linelen = 0
		}
		linelen++
		if header && c == ' ' {
			out = append(out, '_')
		} else {
			out = append(out, c)
		}
		in++
	}
	return out
}

func a2bUU(data []byte) ([]byte, *Exc) {
	ascii := data
	var first byte
	if len(ascii) > 0 {
		first = ascii[0]
		ascii = ascii[1:]
	}
	binLen := int((first - ' ') & 077)
	out := make([]byte, 0, binLen)
	var left uint32
	leftbits := 0
	i := 0
	for ; binLen > 0; i++ {
		var c byte
		if i < len(ascii) {
			c = ascii[i]
		}
		if c == '\n' || c == '\r' || i >= len(ascii) {
			c = 0
		} else {
			if c < ' ' || c > ' '+64 {
				return nil, bad("Illegal char")
			}
			c = (c - ' ') & 077
		}
		left = left<<6 | uint32(c)
		leftbits += 6
		if leftbits >= 8 {
			leftbits -= 8
			out = append(out, byte(left>>leftbits))
			left &= 1<<leftbits - 1
			binLen--
		}
	}
	for ; i < len(ascii); i++ {
		c := ascii[i]
		if c != ' ' && c != ' '+64 && c != '\n' && c != '\r' {
			return nil, bad("Trailing garbage")
		}
	}
	return out, nil
}

func b2aUU(data []byte, backtick bool) ([]byte, *Exc) {
	if len(data) > 45 {
		return nil, bad("At most 45 bytes at once")
	}
	out := make([]byte, 0, 2+(len(data)+2)/3*4)
	if backtick && len(data) == 0 {
		out = append(out, '`')
	} else {
		out = append(out, ' '+byte(len(data)))
	}
	var left uint32
	leftbits := 0
	for i := 0; i < len(data) || leftbits != 0; i++ {
		if i < len(data) {
			left = left<<8 | uint32(data[i])
		} else {
			left <<= 8
		}
		leftbits += 8
		for leftbits >= 6 {
			c := byte(left>>(leftbits-6)) & 0x3f
			leftbits -= 6
			if backtick && c == 0 {
				out = append(out, '`')
			} else {
				out = append(out, c+' ')
			}
		}
	}
	return append(out, '\n'), nil
}

func truth(t *objects.Thread, v Value, def bool) (bool, *Exc) {
	if v.IsNull() {
		return def, nil
	}
	return objects.Truth(t, v)
}

func u32(t *objects.Thread, v Value) (uint32, *Exc) {
	if v.IsNull() {
		return 0, nil
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
	var m = new(bigInt).SetUint64(0xffffffff)
	r := new(bigInt).And(b, m)
	return uint32(r.Uint64()), nil
}

func bytesRes(b []byte) Value { return objects.NewBytes(b) }

func init() {
	objects.RegisterModule("binascii", func(t *objects.Thread, m *objects.Module) *Exc {
		m.Set("__doc__", objects.NewStrValue("Conversion between binary data and ASCII"))
		m.Set("Error", objects.Obj(Error))
		m.Set("Incomplete", objects.Obj(Incomplete))
		hex := func(name string) {
			dmargs.Func(m, name, func(t *objects.Thread, _ Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
				var d, sep, per Value
				if err := dmargs.Parse(name, args, kw, []string{"data", "sep", "bytes_per_sep"}, 1, []*Value{&d, &sep, &per}); err != nil {
					return null, err
				}
				b, err := dmargs.Buffer(d)
				if err != nil {
					return null, err
				}
				r, err := Hexlify(t, b, sep, per)
				if err != nil {
					return null, err
				}
				return bytesRes(r), nil
			})
		}
		hex("hexlify")
		hex("b2a_hex")
		unhexf := func(name string) {
			dmargs.Func(m, name, func(t *objects.Thread, _ Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
				if err := dmargs.Positional("binascii."+name, args, kw, 1, 1); err != nil {
					return null, err
				}
				d := args[0]
				b, err := asciiData(d)
				if err != nil {
					return null, err
				}
				if len(b)%2 != 0 {
					return null, bad("Odd-length string")
				}
				out := make([]byte, len(b)/2)
				for i := range out {
					hi, lo := unhex(b[2*i]), unhex(b[2*i+1])
					if hi < 0 || lo < 0 {
						return null, bad("Non-hexadecimal digit found")
					}
					out[i] = byte(hi<<4 | lo)
				}
				return bytesRes(out), nil
			})
		}
		unhexf("unhexlify")
		unhexf("a2b_hex")
		dmargs.Func(m, "a2b_base64", func(t *objects.Thread, _ Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
			var d, strict Value
			if err := dmargs.Parse("a2b_base64", args, kw, []string{"/data", "$strict_mode"}, 1, []*Value{&d, &strict}); err != nil {
				return null, err
			}
			b, err := asciiData(d)
			if err != nil {
				return null, err
			}
			st, err := truth(t, strict, false)
			if err != nil {
				return null, err
			}
			r, err := a2bBase64(b, st)
			if err != nil {
				return null, err
			}
			return bytesRes(r), nil
		})
		dmargs.Func(m, "b2a_base64", func(t *objects.Thread, _ Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
			var d, nl Value
			if err := dmargs.Parse("b2a_base64", args, kw, []string{"/data", "$newline"}, 1, []*Value{&d, &nl}); err != nil {
				return null, err
			}
			b, err := dmargs.Buffer(d)
			if err != nil {
				return null, err
			}
			n, err := truth(t, nl, true)
			if err != nil {
				return null, err
			}
			return bytesRes(b2aBase64(b, n)), nil
		})
		dmargs.Func(m, "crc32", func(t *objects.Thread, _ Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
			if err := dmargs.Positional("crc32", args, kw, 1, 2); err != nil {
				return null, err
			}
			b, err := dmargs.Buffer(args[0])
			if err != nil {
				return null, err
			}
			var c uint32
			if len(args) > 1 {
				if c, err = u32(t, args[1]); err != nil {
					return null, err
				}
			}
			return objects.Int(int64(crc32.Update(c, crc32.IEEETable, b))), nil
		})
		dmargs.Func(m, "crc_hqx", func(t *objects.Thread, _ Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
			if err := dmargs.Positional("crc_hqx", args, kw, 2, 2); err != nil {
				return null, err
			}
			b, err := dmargs.Buffer(args[0])
			if err != nil {
				return null, err
			}
			c, err := u32(t, args[1])
			if err != nil {
				return null, err
			}
			return objects.Int(int64(CRCHqx(b, uint16(c)))), nil
		})
		dmargs.Func(m, "a2b_qp", func(t *objects.Thread, _ Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
			var d, h Value
			if err := dmargs.Parse("a2b_qp", args, kw, []string{"data", "header"}, 1, []*Value{&d, &h}); err != nil {
				return null, err
			}
			b, err := asciiData(d)
			if err != nil {
				return null, err
			}
			hd, err := truth(t, h, false)
			if err != nil {
				return null, err
			}
			return bytesRes(a2bQP(b, hd)), nil
		})
		dmargs.Func(m, "b2a_qp", func(t *objects.Thread, _ Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
			var d, qt, it, h Value
			if err := dmargs.Parse("b2a_qp", args, kw, []string{"data", "quotetabs", "istext", "header"}, 1, []*Value{&d, &qt, &it, &h}); err != nil {
				return null, err
			}
			b, err := dmargs.Buffer(d)
			if err != nil {
				return null, err
			}
			q, err := truth(t, qt, false)
			if err != nil {
				return null, err
			}
			ist, err := truth(t, it, true)
			if err != nil {
				return null, err
			}
			hd, err := truth(t, h, false)
			if err != nil {
				return null, err
			}
			return bytesRes(b2aQP(b, q, ist, hd)), nil
		})
		dmargs.Func(m, "a2b_uu", func(t *objects.Thread, _ Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
			if err := dmargs.Positional("binascii.a2b_uu", args, kw, 1, 1); err != nil {
				return null, err
			}
			b, err := asciiData(args[0])
			if err != nil {
				return null, err
			}
			r, err := a2bUU(b)
			if err != nil {
				return null, err
			}
			return bytesRes(r), nil
		})
		dmargs.Func(m, "b2a_uu", func(t *objects.Thread, _ Value, args []Value, kw *objects.Tuple) (Value, *Exc) {
			var d, bt Value
			if err := dmargs.Parse("b2a_uu", args, kw, []string{"/data", "$backtick"}, 1, []*Value{&d, &bt}); err != nil {
				return null, err
			}
			b, err := dmargs.Buffer(d)
			if err != nil {
				return null, err
			}
			back, err := truth(t, bt, false)
			if err != nil {
				return null, err
			}
			r, err := b2aUU(b, back)
			if err != nil {
				return null, err
			}
			return bytesRes(r), nil
		})
		return nil
	})
}

type bigInt = big.Int
