# TextIOWrapper over BytesIO: newline translation on read and write,
# line buffering, write_through, reconfigure, tell/seek cookies, detach,
# encodings and error handlers.
import _io


def show(f):
    try:
        print('ok', repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


data = b'one\ntwo\r\nthree\rfour'
for nl in [None, '', '\n', '\r', '\r\n']:
    t = _io.TextIOWrapper(_io.BytesIO(data), newline=nl)
    print(repr(nl), t.readlines(), t.newlines)
    t = _io.TextIOWrapper(_io.BytesIO(data), newline=nl)
    print(repr(nl), repr(t.read()))
    b = _io.BytesIO()
    t = _io.TextIOWrapper(b, newline=nl)
    t.write('a\nb\r\nc\r')
    t.flush()
    print(repr(nl), b.getvalue())

# chunk boundaries: \r\n split across reads
t = _io.TextIOWrapper(_io.BytesIO(b'x' * 8191 + b'\r\n' + b'y\r\nz'))
lines = t.readlines()
print(len(lines), len(lines[0]), lines[1:])
t = _io.TextIOWrapper(_io.BytesIO(b'x' * 8191 + b'\r\n' + b'y\r\nz'), newline='')
lines = t.readlines()
print(len(lines), repr(lines[0][-3:]), lines[1:])
# multibyte character split across chunk boundary
t = _io.TextIOWrapper(_io.BytesIO(b'a' * 8191 + '\u20ac!'.encode()), encoding='utf-8')
s = t.read()
print(len(s), ascii(s[-3:]))
t = _io.TextIOWrapper(_io.BytesIO(b'a' * 8190 + '\u20ac!\n'.encode() * 3), encoding='utf-8')
print([len(x) for x in t])

# tell/seek
b = _io.BytesIO('l\xe9ne 1\nline 2\r\nline 3\n'.encode())
t = _io.TextIOWrapper(b, encoding='utf-8')
positions = []
while True:
    p = t.tell()
    line = t.readline()
    if not line:
        break
    positions.append((p, line))
print(positions)
for p, line in reversed(positions):
    t.seek(p)
    print(p, repr(t.readline()) == repr(line))
t.seek(0)
print(repr(t.read(2)), t.tell())
print(t.seek(0, 2), repr(t.read()))
show(lambda: t.seek(1, 1))
show(lambda: t.seek(1, 2))
show(lambda: t.seek(-1))
show(lambda: t.seek(0, 7))
t.seek(0)
for line in t:
    break
show(lambda: t.tell())
t.seek(0)
print(t.tell())

# write then read back, line buffering, write_through
b = _io.BytesIO()
t = _io.TextIOWrapper(b, line_buffering=True)
print(t.line_buffering, t.write_through)
t.write('abc')
print(b.getvalue())
t.write('def\nghi')
print(b.getvalue())
t.flush()
print(b.getvalue())
b = _io.BytesIO()
t = _io.TextIOWrapper(b, write_through=True)
t.write('xyz')
print(b.getvalue(), t.write_through)
t.reconfigure(line_buffering=True, write_through=False)
print(t.line_buffering, t.write_through)
t.reconfigure(encoding='latin-1', errors='replace', newline='\r\n')
t.write('\xe9\u20ac\n')
t.flush()
print(b.getvalue(), t.encoding, t.errors)
show(lambda: t.reconfigure(newline='bad'))
show(lambda: t.reconfigure(5))

# encodings and errors
b = _io.BytesIO()
t = _io.TextIOWrapper(b, encoding='ascii', errors='backslashreplace')
t.write('caf\xe9 \u20ac \U0001f600')
t.flush()
print(b.getvalue())
t = _io.TextIOWrapper(_io.BytesIO(b'ab\xffcd\xfe'), encoding='utf-8', errors='replace')
print(ascii(t.read()))
t = _io.TextIOWrapper(_io.BytesIO(b'ab\xffcd\xfe'), encoding='utf-8', errors='surrogateescape')
s = t.read()
print(ascii(s), s.encode('utf-8', 'surrogateescape'))
t = _io.TextIOWrapper(_io.BytesIO(b'ab\xffcd'), encoding='utf-8')
show(lambda: t.read())
t = _io.TextIOWrapper(_io.BytesIO(b'ab\xe9cd'), encoding='latin1')
print(ascii(t.read()), t.encoding)
t = _io.TextIOWrapper(_io.BytesIO(b'abc'))
print(t.encoding, t.errors, t.name if hasattr(t, 'name') else None)
show(lambda: t.write(b'x'))
show(lambda: _io.TextIOWrapper(_io.BytesIO(), encoding=5))
show(lambda: _io.TextIOWrapper(_io.BytesIO(), errors=5))
show(lambda: _io.TextIOWrapper(_io.BytesIO(), newline='x'))
show(lambda: _io.TextIOWrapper(_io.BytesIO(), encoding='no-such-codec'))

# detach
b = _io.BytesIO()
t = _io.TextIOWrapper(b)
t.write('pending')
raw = t.detach()
print(raw is b, b.getvalue())
show(lambda: t.write('x'))
show(lambda: t.encoding)
show(lambda: t.detach())
print(repr(t))

# close
b = _io.BytesIO()
t = _io.TextIOWrapper(b)
t.write('q')
t.close()
print(t.closed, b.closed)
show(lambda: t.write('x'))
show(lambda: t.read())
t.close()

# read sizes
t = _io.TextIOWrapper(_io.BytesIO('\u20ac' * 10 + 'x'), encoding='utf-8') if False else _io.TextIOWrapper(_io.BytesIO(('\u20ac' * 10 + 'x').encode()), encoding='utf-8')
print(ascii(t.read(3)), ascii(t.read(0)), t.tell(), ascii(t.read(100)), ascii(t.read()))
