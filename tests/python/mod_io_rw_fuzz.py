# Random reads, writes, tells and seeks on a text file opened r+ (fixed
# LCG): the text layer over BufferedRandom as CPython.
import _io
seed = [4242]
def rnd(n):
    seed[0] = (seed[0] * 1103515245 + 12345) % 2147483648
    return (seed[0] >> 8) % n
try:
    import posix
    PID = posix.getpid()
except ImportError:
    PID = 0
P = '/tmp/taipan_mod_io_rw_fuzz_%d' % PID
pieces = ['ab', '\n', 'xyz\n', '\xe9', '\u20ac\n', 'q']
for trial in range(150):
    with _io.open(P, 'w', encoding='utf-8', newline='') as f:
        f.write(''.join(pieces[rnd(len(pieces))] for _ in range(rnd(12))))
    out = []
    with _io.open(P, 'r+', encoding='utf-8', newline=[None, ''][rnd(2)]) as f:
        marks = [0]
        for step in range(10):
            op = rnd(6)
            try:
                if op == 0:
                    out.append(('r', f.read(rnd(4))))
                elif op == 1:
                    out.append(('l', f.readline()))
                elif op == 2:
                    p = f.tell()
                    marks.append(p)
                    out.append(('t', p))
                elif op == 3:
                    out.append(('s', f.seek(marks[rnd(len(marks))])))
                elif op == 4:
                    out.append(('w', f.write(pieces[rnd(len(pieces))])))
                else:
                    out.append(('e', f.seek(0, 2)))
            except Exception as e:
                out.append(('E', type(e).__name__, str(e)))
    with _io.open(P, 'rb') as f:
        out.append(f.read())
    print(trial, ascii(out))
