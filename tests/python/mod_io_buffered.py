# Buffered layers over BytesIO and files: BufferedRandom mixing reads and
# writes, BufferedRWPair, peek/read1/readinto, detach, opener, input().
import _io

try:
    import posix
    PID = posix.getpid()
except ImportError:
    posix = None
    PID = 0
P = '/tmp/taipan_mod_io_buffered_%d' % PID


def show(f):
    try:
        print('ok', repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


raw = _io.BytesIO(b'0123456789abcdef')
r = _io.BufferedRandom(raw, 4)
print(r.read(2), r.tell(), r.peek(1)[:1], r.tell())
print(r.write(b'XY'), r.tell())
print(r.read(3), r.tell())
r.flush()
print(raw.getvalue())
print(r.seek(-2, 2), r.read(), r.seek(0), r.read1(3), r.read1(100))
print(r.seek(3), r.write(b'__'), r.seek(0, 1), r.read(2))
r.seek(0)
print(r.read(), r.readable(), r.writable(), r.seekable())
print(r.truncate(5), r.tell())
r.seek(0)
print(r.read())
r.close()
print(r.closed, raw.closed)

w = _io.BufferedWriter(_io.BytesIO(), 3)
print(w.write(b'ab'), w.raw.getvalue(), w.write(b'cd'), w.raw.getvalue(), w.tell())
w.flush()
print(w.raw.getvalue())
raw2 = w.detach()
print(raw2.getvalue(), type(raw2).__name__)
show(lambda: w.write(b'x'))
show(lambda: w.raw)
show(lambda: repr(w))

rd = _io.BufferedReader(_io.BytesIO(b'a\nbb\nccc\n'))
print(rd.readline(), rd.readline(1), rd.readline(10), list(rd), rd.read(), rd.read1(5))
rd = _io.BufferedReader(_io.BytesIO(b'abcdefgh'), 2)
buf = _io.BytesIO(b'......').getbuffer()
print(rd.readinto(buf), bytes(buf), rd.readinto1(buf), bytes(buf))
show(lambda: rd.readinto(b'immutable'))
show(lambda: rd.read(-5))
show(lambda: rd.write(b'x'))
show(lambda: _io.BufferedWriter(_io.BytesIO()).read())
show(lambda: _io.BufferedReader(_io.BytesIO(), -1))

pair = _io.BufferedRWPair(_io.BytesIO(b'input data'), _io.BytesIO())
print(pair.read(5), pair.peek(1)[:1], pair.read1(2), pair.write(b'out'), pair.readable(), pair.writable())
pair.flush()
print(pair.closed, pair.isatty())
show(lambda: pair.detach())
pair.close()
print(pair.closed)
show(lambda: _io.BufferedRWPair(_io.BytesIO(), 5))

# files: r+b with mixed operations
with _io.open(P, 'wb') as f:
    f.write(b'hello world')
with _io.open(P, 'r+b') as f:
    print(f.read(5))
    f.write(b'_')
    print(f.read())
    f.seek(0)
    print(f.read())
    f.seek(0, 2)
    f.write(b'!')
with _io.open(P, 'rb') as f:
    print(f.read())
with _io.open(P, 'rb', buffering=0) as f:
    buf = _io.BytesIO(b'....').getbuffer()
    print(f.readinto(buf), bytes(buf), f.read(2))

# opener
opened = []


def opener(path, flags):
    opened.append(path == P)
    return posix.open(path, flags) if posix else _io.FileIO(path, 'r').fileno() if False else _io.open(path, 'rb', buffering=0).fileno()


if posix:
    with _io.open(P, 'rb', opener=opener) as f:
        print(f.read(5), opened)
else:
    print(b'hello', [True])
show(lambda: _io.open(P, 'rb', opener=lambda p, fl: 'x'))
show(lambda: _io.open(P, 'rb', opener=lambda p, fl: -3))

# line buffering on a file
with _io.open(P, 'w', buffering=1) as f:
    print(f.line_buffering)
    f.write('a')
    print(f.buffer.raw.tell())
    f.write('b\nc')
    print(f.buffer.raw.tell())
with _io.open(P, 'w') as f:
    f.write('x' * 20000)
    f.write('y')
with _io.open(P) as f:
    s = f.read()
    print(len(s), s[-2:])
