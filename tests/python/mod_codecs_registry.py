# The codec registry (search functions, normalisation, cache), Python codecs
# used by str.encode/bytes.decode and TextIOWrapper, and the class
# hierarchy io.py builds on the _io bases.
import _io, _codecs

class Meta(type):
    pass

class IOBase(_io._IOBase, metaclass=Meta):
    __doc__ = _io._IOBase.__doc__

class RawIOBase(_io._RawIOBase, IOBase):
    pass

class BufferedIOBase(_io._BufferedIOBase, IOBase):
    pass

class TextIOBase(_io._TextIOBase, IOBase):
    pass

_io.UnsupportedOperation.__module__ = "io"
print(RawIOBase.__mro__)
class R(RawIOBase):
    def readinto(self, b):
        return 0
    def readable(self):
        return True
print(_io.BufferedReader(R()).read())

def CodecInfo(encode, decode, incrementalencoder=None, incrementaldecoder=None, name=None, _is_text_encoding=True):
    class CI(tuple):
        pass
    CI.name = name
    CI.encode = staticmethod(encode)
    CI.decode = staticmethod(decode)
    CI.incrementalencoder = incrementalencoder
    CI.incrementaldecoder = incrementaldecoder
    CI._is_text_encoding = _is_text_encoding
    return CI((encode, decode, None, None))

class IncDec:
    def __init__(self, errors='strict'):
        self.errors = errors
    def decode(self, b, final=False):
        return _codecs.latin_1_decode(b)[0].upper()
    def getstate(self):
        return (b'', 0)
    def setstate(self, st):
        pass
    def reset(self):
        pass

class IncEnc:
    def __init__(self, errors='strict'):
        self.errors = errors
    def encode(self, s, final=False):
        return _codecs.latin_1_encode(s.lower())[0]
    def reset(self):
        pass
    def setstate(self, s):
        pass

def enc(s, errors='strict'):
    return (_codecs.latin_1_encode(s.lower())[0], len(s))
def dec(b, errors='strict'):
    return (_codecs.latin_1_decode(b)[0].upper(), len(b))

def search(name):
    print('search', name)
    if name == 'my_codec':
        return CodecInfo(enc, dec, incrementalencoder=IncEnc, incrementaldecoder=IncDec, name='my-codec')
    if name == 'bin':
        return CodecInfo(enc, dec, name='bin', _is_text_encoding=False)
    return None

_codecs.register(search)
ci = _codecs.lookup('My-Codec')
print(ci.name, ci is _codecs.lookup('my codec'))
print('Hello'.encode('my-codec'), b'Hello'.decode('my_codec'))
t = _io.TextIOWrapper(_io.BytesIO(b'abc\ndef\n'), encoding='my-codec')
print(t.readlines(), t.encoding)
b = _io.BytesIO()
t = _io.TextIOWrapper(b, encoding='my-codec')
t.write('XYZ\n')
t.flush()
print(b.getvalue())
t = _io.TextIOWrapper(_io.BytesIO(b'line1\nline2\nline3\n'), encoding='my-codec')
t.readline()
p = t.tell()
print(p, t.readline(), t.seek(p), t.readline())
try:
    'x'.encode('bin')
except LookupError as e:
    print(e)
print(_codecs.encode('x', 'bin'), _codecs.decode(b'x', 'bin'))
try:
    _codecs.lookup('zzz')
except LookupError as e:
    print(e)
