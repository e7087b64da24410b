package codecs

import (
	"fmt"

	"taipan/objects"
)

// decoder carries a decoding in progress: the output (WTF-8 text) and
// what error handling needs.
type decoder struct {
	t        *objects.Thread
	enc      string
	data     []byte
	dataV    Value
	errors   string
	kind     errKind
	out      []byte
	spDecode func([]byte) (rune, int, bool)
}

func newDecoder(t *objects.Thread, enc string, data []byte, dataV Value, errors string) *decoder {
	return &decoder{t: t, enc: enc, data: data, dataV: dataV, errors: errors, kind: kindOf(errors), out: make([]byte, 0, len(data))}
}

func (d *decoder) obj() Value {
	if d.dataV.IsNull() || d.dataV.Type() != objects.BytesType {
		d.dataV = objects.NewBytes(append([]byte(nil), d.data...))
	}
	return d.dataV
}

func (d *decoder) exc(start, end int, reason string) *Exc {
	return objects.NewUnicodeDecodeError(d.enc, d.obj(), start, end, reason)
}

// handle applies the error handler to data[start:end] and returns the
// position decoding resumes at.
func (d *decoder) handle(start, end int, reason string) (int, *Exc) {
	switch d.kind {
	case ehStrict:
		return 0, d.exc(start, end, reason)
	case ehIgnore:
		return end, nil
	case ehReplace:
		d.out = append(d.out, "\uFFFD"...)
		return end, nil
	case ehBackslash:
		for _, c := range d.data[start:end] {
			d.out = appendHexEscape(d.out, rune(c))
		}
		return end, nil
	case ehSurrogateEscape:
		// as the handler: up to 4 bytes, stopping at the first ASCII one
		n := 0
		for n < 4 && start+n < end && d.data[start+n] >= 128 {
			d.out = objects.AppendWTF8(d.out, 0xDC00+rune(d.data[start+n]))
			n++
		}
		if n == 0 {
			return 0, d.exc(start, end, reason)
		}
		return start + n, nil
	case ehSurrogatePass:
		if d.spDecode != nil {
			if r, n, ok := d.spDecode(d.data[start:]); ok {
				d.out = objects.AppendWTF8(d.out, r)
				return start + n, nil
			}
		}
		return 0, d.exc(start, end, reason)
	}
	exc := d.exc(start, end, reason)
	rep, pos, err := callHandler(d.t, d.errors, exc, len(d.data), false)
	if err != nil {
		return 0, err
	}
	d.out = append(d.out, objects.As[objects.Str](rep).S...)
	return pos, nil
}

func (d *decoder) result() string { return string(d.out) }

// encoder carries an encoding over the code points of a str.
type encoder struct {
	t      *objects.Thread
	enc    string
	sv     Value
	cps    []rune
	errors string
	kind   errKind
	out    []byte
	reason string
	ok     func(r rune) bool
	put    func(b []byte, r rune) []byte
	sp     func(b []byte, r rune) []byte // surrogatepass form; nil if unsupported
	// single: errors are handled one character at a time (UTF-16/32);
	// unit: a bytes replacement must be a whole number of code units;
	// asciiRep: a str replacement must be ASCII (the UTF encoders);
	// generic: the standard handlers behave as their Python versions
	// (charmap) rather than CPython's inlined fast paths.
	single   bool
	unit     int
	asciiRep bool
	generic  bool
}

func (e *encoder) exc(start, end int) *Exc {
	return objects.NewUnicodeEncodeError(e.enc, e.sv, start, end, e.reason)
}

// putASCII writes replacement text made by a standard handler.
func (e *encoder) putString(s string) {
	for _, r := range s {
		e.out = e.put(e.out, r)
	}
}

func (e *encoder) run() ([]byte, *Exc) {
	cps := e.cps
	for i := 0; i < len(cps); {
		r := cps[i]
		if e.ok(r) {
			e.out = e.put(e.out, r)
			i++
			continue
		}
		j := i + 1
		for !e.single && j < len(cps) && !e.ok(cps[j]) {
			j++
		}
		next, err := e.handle(i, j)
		if err != nil {
			return nil, err
		}
		i = next
	}
	return e.out, nil
}

func (e *encoder) handle(i, j int) (int, *Exc) {
	cps := e.cps
	switch e.kind {
	case ehStrict:
		return 0, e.exc(i, j)
	case ehIgnore:
		return j, nil
	case ehReplace:
		for k := i; k < j; k++ {
			e.out = e.put(e.out, '?')
		}
		return j, nil
	case ehBackslash:
		for _, r := range cps[i:j] {
			e.putString(string(appendHexEscape(nil, r)))
		}
		return j, nil
	case ehXMLRef:
		for _, r := range cps[i:j] {
			e.putString(fmt.Sprintf("&#%d;", r))
		}
		return j, nil
	case ehName:
		for _, r := range cps[i:j] {
			e.putString(string(appendNameEscape(nil, r)))
		}
		return j, nil
	case ehSurrogateEscape:
		if e.unit > 1 {
			return 0, e.exc(i, j) // one byte per character: never whole units
		}
		k := i
		for k < j && cps[k] >= 0xDC80 && cps[k] <= 0xDCFF {
			k++
		}
		if k < j && e.generic {
			return 0, e.exc(i, j)
		}
		for m := i; m < k; m++ {
			e.out = append(e.out, byte(cps[m]-0xDC00))
		}
		if k < j {
			return 0, e.exc(k, j)
		}
		return j, nil
	case ehSurrogatePass:
		if e.sp == nil {
			return 0, e.exc(i, j)
		}
		for k := i; k < j; k++ {
			if cps[k] < 0xD800 || cps[k] > 0xDFFF {
				return 0, e.exc(i, j)
			}
		}
		for k := i; k < j; k++ {
			e.out = e.sp(e.out, cps[k])
		}
		return j, nil
	}
	exc := e.exc(i, j)
	rep, pos, err := callHandler(e.t, e.errors, exc, len(cps), true)
	if err != nil {
		return 0, err
	}
	if rep.IsInstance(objects.BytesType) {
		rb := objects.As[objects.Bytes](rep).B
		if e.unit > 1 && len(rb)%e.unit != 0 {
			return 0, e.exc(i, j)
		}
		e.out = append(e.out, rb...)
		return pos, nil
	}
	for _, r := range objects.WTF8Runes(objects.As[objects.Str](rep).S) {
		if !e.ok(r) || e.asciiRep && r >= 0x80 {
			return 0, e.exc(i, j)
		}
		e.out = e.put(e.out, r)
	}
	return pos, nil
}

func strText(v Value) string { return objects.As[objects.Str](v).S }
