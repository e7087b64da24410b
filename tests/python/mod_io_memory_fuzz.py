# Random operations on StringIO (every newline mode) and BytesIO, and
# IncrementalNewlineDecoder (fixed LCG).
import _io
seed = [2024]
def rnd(n):
    seed[0] = (seed[0] * 1103515245 + 12345) % 2147483648
    return (seed[0] >> 8) % n
texts = ['a', 'bc', '\n', '\r', '\r\n', '\xe9', '\U0001f600', 'xy\nz']
for trial in range(400):
    nl = [None, '', '\n', '\r', '\r\n'][rnd(5)]
    init = ''.join(texts[rnd(len(texts))] for _ in range(rnd(4)))
    s = _io.StringIO(init, newline=nl)
    b = _io.BytesIO(init.encode())
    out = []
    for step in range(10):
        op = rnd(8)
        n = rnd(6) - 1
        try:
            if op == 0:
                out.append(('w', s.write(texts[rnd(len(texts))]), b.write(texts[rnd(len(texts))].encode())))
            elif op == 1:
                out.append(('r', s.read(n), b.read(n)))
            elif op == 2:
                out.append(('l', s.readline(n), b.readline(n)))
            elif op == 3:
                p = rnd(8)
                out.append(('s', s.seek(p), b.seek(p - 3, rnd(3))))
            elif op == 4:
                out.append(('t', s.tell(), b.tell()))
            elif op == 5:
                out.append(('T', s.truncate(rnd(6)), b.truncate(rnd(6))))
            elif op == 6:
                out.append(('v', s.getvalue(), b.getvalue()))
            else:
                out.append(('n', s.newlines, s.readlines(), b.readlines(rnd(4))))
        except Exception as e:
            out.append(('E', type(e).__name__, str(e)))
    print(trial, repr(nl), ascii(init), ascii(out))
d = _io.IncrementalNewlineDecoder(None, True)
for trial in range(200):
    if rnd(7) == 0:
        d = _io.IncrementalNewlineDecoder(None, rnd(2) == 0)
    x = ''.join(texts[rnd(len(texts))] for _ in range(rnd(3)))
    print(ascii(d.decode(x, rnd(5) == 0)), d.newlines, d.getstate())
