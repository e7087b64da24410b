# File objects dropped without close(): their data reaches the file before
# it is opened again, and their descriptors are released (CPython frees
# them at once; Taipan through the registry of pending writers and GC
# cleanups).
import _io

try:
    import posix
    PID = posix.getpid()
except ImportError:
    PID = 0
P = '/tmp/taipan_mod_io_dropped_%d_' % PID

_io.open(P + 'a', 'w').write('written through a dropped file\n')
print(repr(_io.open(P + 'a').read()))
_io.open(P + 'a', 'a').write('appended\n')
print(_io.open(P + 'a').readlines())
_io.open(P + 'b', 'wb').write(b'\x00\x01')
print(_io.open(P + 'b', 'rb').read())
n = 0
for i in range(3000):
    n += len(_io.open(P + 'a').read())
print(n)
for i in range(2000):
    _io.open(P + 'w%d' % (i % 7), 'w').write('x%d' % i)
print([_io.open(P + 'w%d' % k).read() for k in range(7)])
