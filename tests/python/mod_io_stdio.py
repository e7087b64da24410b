# sys.stdout / sys.stderr are TextIOWrapper objects: print() and direct
# writes to every layer stay in order; redirection; exit flushing.
import sys
import _io

print('first')
sys.stdout.write('second\n')
sys.stdout.flush()
sys.stdout.buffer.write(b'third\n')
sys.stdout.buffer.flush()
print('fourth', end='')
print()
print(type(sys.stdout).__name__)
print(sys.stdout.name, sys.stderr.name, sys.stdin.name, sys.stdout.mode, sys.stdin.mode)
print(sys.stdout.encoding, sys.stdout.errors, sys.stderr.errors)
print(sys.stdout.fileno(), sys.stderr.fileno(), sys.stdin.fileno(), sys.stdout.writable(), sys.stdin.readable())
print(sys.__stdout__ is sys.stdout, sys.__stderr__ is sys.stderr)
print(sys.stdin.read(), repr(sys.stdin.readline()))
print('to stderr', file=sys.stderr)
sys.stderr.write('partial line without newline')
print('\xe9\u20ac', '\udcff' == '\udcff')
sys.stdout.write('surrogate escape: \udce9\n')
sys.stderr.write('\nbackslash: \udce9\n')

saved = sys.stdout
buf = _io.StringIO()
sys.stdout = buf
print('captured', 1, 2, sep='-')
print('more')
sys.stdout = saved
print(repr(buf.getvalue()))


class Counter:
    def __init__(self):
        self.n = 0
        self.parts = []

    def write(self, s):
        self.n += 1
        self.parts.append(s)

    def flush(self):
        self.parts.append('<flush>')


c = Counter()
print('a', 'b', file=c, flush=True)
print(c.n, c.parts)
sys.stdout = c
print('x')
sys.stdout = saved
print(c.parts)
print('end of stdout, no newline', end='')
