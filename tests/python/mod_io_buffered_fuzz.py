# Random operation sequences on BufferedReader/Writer/Random over BytesIO
# with tiny buffers (fixed LCG), including CPython's read1 that does not
# flush pending writes.
import _io
seed = [31337]
def rnd(n):
    seed[0] = (seed[0] * 1103515245 + 12345) % 2147483648
    return (seed[0] >> 8) % n
for trial in range(200):
    data = bytes(rnd(256) for _ in range(rnd(30)))
    raw = _io.BytesIO(data)
    kind = rnd(3)
    size = 1 + rnd(6)
    b = [_io.BufferedReader, _io.BufferedWriter, _io.BufferedRandom][kind](raw, size)
    out = []
    for step in range(15):
        op = rnd(9)
        n = rnd(7) - 1
        try:
            if op == 0:
                out.append(('r', b.read(n)))
            elif op == 1:
                out.append(('r1', b.read1(n)))
            elif op == 2:
                out.append(('p', len(b.peek(n)) > 0 if hasattr(b, 'peek') else None))
            elif op == 3:
                out.append(('w', b.write(bytes([65 + rnd(26)]) * (n + 1))))
            elif op == 4:
                out.append(('t', b.tell()))
            elif op == 5:
                out.append(('s', b.seek(rnd(20) - 5, rnd(3))))
            elif op == 6:
                out.append(('l', b.readline(n)))
            elif op == 7:
                b.flush()
                out.append(('f', raw.getvalue()))
            else:
                out.append(('T', b.truncate(rnd(10))))
        except Exception as e:
            out.append(('E', type(e).__name__, str(e)))
    try:
        b.flush()
    except Exception as e:
        out.append(('E', type(e).__name__))
    print(trial, kind, size, out, raw.getvalue())
