# File round trips through _io.open: text and binary modes, buffering,
# newline handling, seek/tell, truncate, append, exclusive creation.
import _io

try:
    import posix
    PID = posix.getpid()
except ImportError:
    posix = None
    PID = 0
BASE = '/tmp/taipan_mod_io_files_%d_' % PID


def path(name):
    return BASE + name


def show(f):
    try:
        r = f()
        print('ok', repr(r))
    except OSError as e:
        if e.args and isinstance(e.args[0], int):
            print(type(e).__name__, e.args[0])
        else:
            print(type(e).__name__, e)
    except Exception as e:
        print(type(e).__name__, e)


# text write/read
with _io.open(path('a.txt'), 'w') as f:
    print(type(f).__name__, f.mode, f.encoding, f.errors, f.line_buffering, f.closed)
    print(f.write('line one\n'), f.write('line two\nno newline'))
    print(f.writable(), f.readable(), f.seekable())
print(f.closed)
with _io.open(path('a.txt')) as f:
    print(repr(f.read()))
with _io.open(path('a.txt')) as f:
    print(repr(f.readline()), repr(f.readline()), repr(f.readline()), repr(f.readline()))
with _io.open(path('a.txt')) as f:
    print(list(f))
with _io.open(path('a.txt')) as f:
    print(f.readlines())
with _io.open(path('a.txt')) as f:
    print(repr(f.read(3)), repr(f.read(6)), repr(f.read()))
with _io.open(path('a.txt')) as f:
    print(repr(f.readline(4)), repr(f.readline(100)))

# binary
with _io.open(path('b.bin'), 'wb') as f:
    print(type(f).__name__, f.mode, f.name == path('b.bin'))
    print(f.write(b'\x00\x01\x02abc\n'), f.write(bytes(range(250, 256))))
    print(f.tell())
with _io.open(path('b.bin'), 'rb') as f:
    print(type(f).__name__, f.raw.mode)
    print(f.read(2), f.peek(1)[:1], f.read1(3), f.tell())
    print(f.readline(), f.read())
    print(f.read(), f.tell())
    print(f.seek(1), f.read(2), f.seek(-2, 2), f.read(), f.seek(0, 1))

# unbuffered raw
with _io.open(path('b.bin'), 'rb', buffering=0) as f:
    print(type(f).__name__, f.mode, f.closefd)
    print(f.read(3), f.readall())
    f.seek(0)
    buf = bytearray(4) if 'bytearray' in dir(__builtins__) else None
    print(f.read(100))

# append mode
with _io.open(path('a.txt'), 'a') as f:
    print(f.tell() > 0)
    f.write('\nappended\n')
with _io.open(path('a.txt')) as f:
    print(f.read().splitlines())

# read/write + seek/tell in text mode
with _io.open(path('c.txt'), 'w+') as f:
    print(type(f.buffer).__name__)
    f.write('alpha\nbeta\ngamma\n')
    print(f.tell())
    f.seek(0)
    print(repr(f.readline()), f.tell())
    pos = f.tell()
    print(repr(f.readline()))
    f.seek(pos)
    print(repr(f.readline()))
    print(f.seek(0, 2))
    f.write('delta\n')
    f.seek(0)
    print(repr(f.read()))
    print(f.truncate(6))
    f.seek(0)
    print(repr(f.read()))

# binary r+ and truncate
with _io.open(path('d.bin'), 'wb') as f:
    f.write(b'0123456789')
with _io.open(path('d.bin'), 'r+b') as f:
    print(type(f).__name__, f.mode)
    print(f.read(3))
    f.write(b'abc')
    print(f.tell())
    f.seek(0)
    print(f.read())
    print(f.truncate(4), f.tell())
    f.seek(0)
    print(f.read())

# exclusive creation
show(lambda: _io.open(path('d.bin'), 'x'))
# closed file errors
f = _io.open(path('d.bin'), 'rb')
f.close()
f.close()
show(lambda: f.read())
show(lambda: f.tell())
show(lambda: f.closed)
show(lambda: f.fileno())

# unicode round trip and encodings
with _io.open(path('u.txt'), 'w', encoding='utf-8') as f:
    f.write('h\xe9llo \u20ac \U0001f600\n')
with _io.open(path('u.txt'), 'rb') as f:
    print(f.read())
with _io.open(path('u.txt'), encoding='utf-8') as f:
    s = f.read()
    print(len(s), ascii(s))
with _io.open(path('u.txt'), encoding='latin-1') as f:
    print(ascii(f.read()))
with _io.open(path('u.txt'), encoding='ascii', errors='replace') as f:
    print(ascii(f.read()))
show(lambda: _io.open(path('u.txt'), encoding='ascii').read())
with _io.open(path('l.txt'), 'w', encoding='latin-1') as f:
    f.write('caf\xe9\n')
    show(lambda: f.write('\u20ac'))
with _io.open(path('l.txt'), 'rb') as f:
    print(f.read())
with _io.open(path('l.txt'), 'w', encoding='ascii', errors='xmlcharrefreplace') as f:
    f.write('caf\xe9 \u20ac\n')
with _io.open(path('l.txt'), 'rb') as f:
    print(f.read())

# fileno / isatty / repr
with _io.open(path('a.txt')) as f:
    print(f.fileno() > 2, f.isatty(), repr(f).replace(BASE, 'BASE'))
    print(repr(f.buffer).replace(BASE, 'BASE'), repr(f.buffer.raw).replace(BASE, 'BASE'))
    print(f.name == path('a.txt'), f.buffer.name == f.name)

# many small writes, large data
with _io.open(path('big.txt'), 'w') as f:
    for i in range(5000):
        f.write('%d\n' % i)
with _io.open(path('big.txt')) as f:
    lines = f.readlines()
    print(len(lines), lines[0], lines[-1], sum(int(x) for x in lines))
with _io.open(path('big.txt'), 'rb') as f:
    data = f.read()
    print(len(data), len([c for c in data if c == 10]))
with _io.open(path('big.txt')) as f:
    n = 0
    while True:
        c = f.read(777)
        if not c:
            break
        n += len(c)
    print(n)
with _io.open(path('big.txt')) as f:
    for i in range(1000):
        f.readline()
    p = f.tell()
    a = f.readline()
    f.seek(p)
    print(p, a == f.readline(), repr(a))

# FileIO directly
r = _io.FileIO(path('raw.bin'), 'w')
print(r.mode, r.closefd, r.write(b'xyz'), r.tell(), r.seekable(), r.readable(), r.writable())
r.close()
r = _io.FileIO(path('raw.bin'))
print(r.mode, r.read(), r.read(), r.seek(0), r.read(1))
r.close()
print(repr(r))
r = _io.FileIO(path('raw.bin'), 'r+')
print(r.mode)
r.close()
r = _io.FileIO(path('raw.bin'), 'a')
print(r.mode, r.tell())
r.close()
show(lambda: _io.FileIO(path('raw.bin'), 'rw'))
show(lambda: _io.FileIO(path('raw.bin'), 'z'))
show(lambda: _io.FileIO(path('raw.bin'), 'r++'))
show(lambda: _io.FileIO(path('raw.bin'), 'b'))
show(lambda: _io.FileIO(path('raw.bin'), closefd=False))
show(lambda: _io.FileIO(1.5))
show(lambda: _io.FileIO(-3))
