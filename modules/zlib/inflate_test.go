package zlib

import (
	"bytes"
	"compress/flate"
	"compress/gzip"
	gozlib "compress/zlib"
	"math/rand"
	"testing"
)

func corpus() [][]byte {
	r := rand.New(rand.NewSource(1))
	rnd := make([]byte, 100000)
	r.Read(rnd)
	var text bytes.Buffer
	for i := 0; i < 5000; i++ {
		text.WriteString("the quick brown fox jumps over the lazy dog ")
		text.WriteByte(byte('a' + r.Intn(26)))
	}
	return [][]byte{nil, []byte("a"), rnd, text.Bytes(), bytes.Repeat([]byte{0}, 300000)}
}

func encode(t *testing.T, format int, level int, data []byte) []byte {
	var buf bytes.Buffer
	switch format {
	case fmtRaw:
		w, _ := flate.NewWriter(&buf, level)
		w.Write(data)
		w.Close()
	case fmtZlib:
		w, _ := gozlib.NewWriterLevel(&buf, level)
		w.Write(data)
		w.Close()
	case fmtGzip:
		w, _ := gzip.NewWriterLevel(&buf, level)
		w.Write(data)
		w.Close()
	}
	return buf.Bytes()
}

func TestInflateGoStreams(t *testing.T) {
	wbits := map[int]int{fmtRaw: -15, fmtZlib: 15, fmtGzip: 31}
	for _, data := range corpus() {
		for _, format := range []int{fmtRaw, fmtZlib, fmtGzip} {
			for _, level := range []int{0, 1, 6, 9, flate.HuffmanOnly} {
				enc := encode(t, format, level, data)
				out, err := decompressAll(enc, wbits[format])
				if err != nil {
					t.Fatalf("format %d level %d: %v", format, level, err)
				}
				if !bytes.Equal(out, data) {
					t.Fatalf("format %d level %d: mismatch", format, level)
				}
			}
		}
	}
}

func TestInflateStreaming(t *testing.T) {
	for _, data := range corpus() {
		enc := encode(t, fmtZlib, 6, data)
		for _, step := range []int{1, 3, 1000} {
			for _, limit := range []int{0, 1, 777} {
				f, _ := newInflater(15, nil)
				d := &decompressor{f: f, unused: emptyBytes, tail: emptyBytes}
				var out []byte
				for i := 0; i < len(enc); i += step {
					chunk := enc[i:min(i+step, len(enc))]
					for {
						o, err := d.decompress(chunk, limit)
						if err != nil {
							t.Fatal(err)
						}
						out = append(out, o...)
						tail := d.tail.Type()
						_ = tail
						chunk = nil
						if limit == 0 || len(o) < limit || d.eof {
							break
						}
						// feed the unconsumed tail back
						chunk = append([]byte(nil), tailBytes(d)...)
					}
				}
				if !d.eof || !bytes.Equal(out, data) {
					t.Fatalf("step %d limit %d: eof=%v len %d want %d", step, limit, d.eof, len(out), len(data))
				}
			}
		}
	}
}

func tailBytes(d *decompressor) []byte {
	return bytesOf(d.tail)
}

func TestInflateGarbage(t *testing.T) {
	r := rand.New(rand.NewSource(2))
	enc := encode(t, fmtZlib, 6, corpus()[3])
	for i := 0; i < 2000; i++ {
		b := append([]byte(nil), enc...)
		for k := 0; k < 1+r.Intn(4); k++ {
			b[r.Intn(len(b))] ^= byte(1 + r.Intn(255))
		}
		decompressAll(b, 15) // must not panic
		junk := make([]byte, r.Intn(200))
		r.Read(junk)
		decompressAll(junk, -15)
	}
}

func BenchmarkInflate(b *testing.B) {
	data := corpus()[3]
	enc := encode(nil, fmtZlib, 6, data)
	b.SetBytes(int64(len(data)))
	for i := 0; i < b.N; i++ {
		decompressAll(enc, 15)
	}
}
