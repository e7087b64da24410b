# The stdlib io, codecs and encodings modules over _io and _codecs.
import io
import codecs
import encodings

try:
    import os
    PID = os.getpid()
except ImportError:
    PID = 0
P = '/tmp/taipan_mod_io_stdlib_%d' % PID

print(issubclass(io.FileIO, io.RawIOBase), issubclass(io.BytesIO, io.BufferedIOBase),
      issubclass(io.StringIO, io.TextIOBase), isinstance(open(__file__), io.TextIOBase))
print(io.UnsupportedOperation.__module__, io.SEEK_END, io.DEFAULT_BUFFER_SIZE)
print(isinstance(io.BytesIO(), io.IOBase), isinstance(io.StringIO(), io.IOBase))


class R(io.RawIOBase):
    def __init__(self):
        self.left = b'abc\ndef'

    def readable(self):
        return True

    def readinto(self, b):
        n = min(2, len(self.left), len(b))
        b[:n] = self.left[:n]
        self.left = self.left[n:]
        return n


print(io.BufferedReader(R()).read(), list(io.TextIOWrapper(io.BufferedReader(R()))))

ci = codecs.lookup('UTF-8')
print(ci.name, type(ci).__name__)
print(codecs.lookup('latin1').name, codecs.lookup('cp1252').name, codecs.lookup('utf_16').name)
print('h\xe9\u20ac'.encode('cp1252'), b'h\xe9\x80'.decode('cp1252'))
print('abc'.encode('utf-8-sig'), b'\xef\xbb\xbfabc'.decode('utf-8-sig'))
print(codecs.encode('abc', 'rot13'), codecs.decode(b'616263', 'hex'))
try:
    'x'.encode('rot13')
except LookupError as e:
    print(e)
print(codecs.getincrementaldecoder('utf-8')().decode(b'\xe2\x82'), codecs.utf_8_decode(b'\xe2\x82\xac'))
print(codecs.strict_errors, codecs.BOM_UTF8, encodings.normalize_encoding('UTF-8  x'))

with open(P, 'w', encoding='cp1252') as f:
    f.write('caf\xe9 \u20ac\n')
with open(P, 'rb') as f:
    print(f.read())
with open(P, encoding='cp1252') as f:
    print(ascii(f.read()))
with codecs.open(P, 'r', 'cp1252') as f:
    print(ascii(f.read()))
with open(P, 'w', encoding='utf-16') as f:
    f.write('ab')
    print(f.tell())
    f.write('cd')
with open(P, 'rb') as f:
    print(f.read())
with open(P, encoding='utf-16') as f:
    print(f.read(1), f.tell(), f.read())
w = codecs.getwriter('utf-8')(io.BytesIO())
w.write('\xe9')
print(w.getvalue() if hasattr(w, 'getvalue') else w.stream.getvalue())
print(io.open is open, io.open_code(__file__).read(2), io.text_encoding(None))
