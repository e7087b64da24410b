# Random sequences of read/readline/tell/seek on TextIOWrapper with small
# chunk sizes (fixed LCG), every newline mode, UTF-8 and Latin-1.
import _io
seed = [777]
def rnd(n):
    seed[0] = (seed[0] * 1103515245 + 12345) % 2147483648
    return (seed[0] >> 8) % n
pieces = ['a', 'bc', '\n', '\r', '\r\n', '\xe9', '\u20ac', '\U0001f600', 'xyz', '\t']
for trial in range(150):
    text = ''.join(pieces[rnd(len(pieces))] for _ in range(rnd(40)))
    enc = ['utf-8', 'latin-1', 'utf-8'][rnd(3)]
    if enc == 'latin-1':
        text = ''.join(ch for ch in text if ord(ch) < 256)
    nl = [None, '', '\n', '\r', '\r\n'][rnd(5)]
    data = text.encode(enc)
    t = _io.TextIOWrapper(_io.BytesIO(data), encoding=enc, newline=nl)
    t._CHUNK_SIZE = 1 + rnd(7)
    out = []
    marks = []
    for step in range(12):
        op = rnd(5)
        try:
            if op == 0:
                out.append(('r', t.read(rnd(5))))
            elif op == 1:
                out.append(('l', t.readline()))
            elif op == 2:
                p = t.tell()
                marks.append(p)
                out.append(('t', p))
            elif op == 3 and marks:
                p = marks[rnd(len(marks))]
                out.append(('s', t.seek(p), t.readline()))
            else:
                out.append(('L', t.readline(rnd(4))))
        except Exception as e:
            out.append(('E', type(e).__name__, str(e)))
    print(trial, enc, repr(nl), ascii(out))
    w = _io.BytesIO()
    tw = _io.TextIOWrapper(w, encoding=enc, newline=nl)
    tw._CHUNK_SIZE = 1 + rnd(7)
    for ch in text:
        tw.write(ch)
    tw.flush()
    print('  w', w.getvalue() == w.getvalue(), ascii(w.getvalue()))
