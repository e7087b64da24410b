# Python subclasses of the _io types and of its abstract bases.
import _io


def show(f):
    try:
        print('ok', repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class MyStringIO(_io.StringIO):
    def __init__(self, *args):
        super().__init__(*args)
        self.writes = 0

    def write(self, s):
        self.writes += 1
        return super().write(s.upper())


m = MyStringIO('start\n')
m.seek(0, 2)
m.write('abc\n')
print('hello', 'world', file=m)
print(repr(m.getvalue()), m.writes, isinstance(m, _io.StringIO), type(m).__name__)
m.seek(0)
print(list(m))


class Source(_io._RawIOBase):
    """A raw stream producing a fixed byte string in small pieces."""

    def __init__(self, data, piece=3):
        self.data = data
        self.pos = 0
        self.piece = piece
        self.calls = 0

    def readable(self):
        return True

    def readinto(self, b):
        self.calls += 1
        n = min(len(b), self.piece, len(self.data) - self.pos)
        b[:n] = self.data[self.pos:self.pos + n]
        self.pos += n
        return n


src = Source(b'line one\nline two\nlast')
r = _io.BufferedReader(src, 4)
print(r.read(5), r.readline(), r.peek(1)[:1], r.read1(2), r.read())
print(src.calls > 3, r.raw is src, r.closed)
src2 = Source(b'abcdefgh')
print(src2.read(5), src2.read(), src2.read())
src3 = Source(b'0123456789', piece=4)
print(src3.readall())
t = _io.TextIOWrapper(_io.BufferedReader(Source(b'x\ny\r\nz')))
print(t.readlines())
print(list(_io.BufferedReader(Source(b'a\nb\nc'))))


class Sink(_io._RawIOBase):
    def __init__(self):
        self.chunks = []

    def writable(self):
        return True

    def write(self, b):
        self.chunks.append(bytes(b))
        return len(b)


sink = Sink()
w = _io.BufferedWriter(sink, 8)
w.write(b'abc')
w.write(b'defgh')
w.write(b'ijklmnopqrstuvwxyz')
w.flush()
allb = b''
for c in sink.chunks:
    allb += c
print(allb, len(sink.chunks) >= 2)
tw = _io.TextIOWrapper(_io.BufferedWriter(Sink()), encoding='utf-8')
tw.write('h\xe9\n')
tw.flush()
print(tw.buffer.raw.chunks)
w.close()
print(w.closed, sink.closed)


class Lines(_io._IOBase):
    def __init__(self, lines):
        self.lines = list(lines)

    def readline(self, size=-1):
        return self.lines.pop(0) if self.lines else ''


print(list(Lines(['a\n', 'b\n'])), Lines(['x', 'y']).readlines())
lb = Lines([])
print(lb.closed, lb.readable(), lb.writable(), lb.seekable())
with lb as same:
    print(same is lb)
print(lb.closed)
show(lambda: iter(lb))
show(lambda: lb.fileno())
show(lambda: lb.seek(0))
show(lambda: lb._checkReadable())


class Reader(_io._BufferedIOBase):
    def __init__(self, data):
        self.data = data

    def read(self, n=-1):
        if n is None or n < 0:
            n = len(self.data)
        out, self.data = self.data[:n], self.data[n:]
        return out

    def readable(self):
        return True


rd = Reader(b'hello\nworld')
print(rd.readline(), rd.read(2), list(rd))
show(lambda: Reader(b'').write(b'x'))
show(lambda: Reader(b'').detach())


class T(_io._TextIOBase):
    pass


print(T().encoding, T().newlines, T().errors)
show(lambda: T().read())
show(lambda: T().write('x'))


class Upper(_io.TextIOWrapper):
    def write(self, s):
        return super().write(s.upper())


b = _io.BytesIO()
u = Upper(b, encoding='utf-8')
print('shout', file=u)
u.flush()
print(b.getvalue(), type(u).__name__)


class MyBytes(_io.BytesIO):
    extra = 1

    def read(self, n=-1):
        return b'<' + super().read(n) + b'>'


mb = MyBytes(b'xyz')
mb.tag = 'tagged'
print(mb.read(2), mb.read(), mb.tag, mb.extra, mb.getvalue())

print(issubclass(_io.FileIO, _io._RawIOBase), issubclass(_io.BytesIO, _io._BufferedIOBase),
      issubclass(_io.StringIO, _io._TextIOBase), issubclass(_io.TextIOWrapper, _io._IOBase))
print(_io.UnsupportedOperation.__mro__[1:3], issubclass(_io.UnsupportedOperation, ValueError))
print(_io.DEFAULT_BUFFER_SIZE, _io.BlockingIOError is BlockingIOError, _io.text_encoding(None), _io.text_encoding('x'))
