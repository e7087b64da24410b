# Python subclasses of FileIO, BufferedReader, TextIOWrapper, StringIO,
# BytesIO, with and without calling the base __init__.
import _io
try:
    import posix
    PID = posix.getpid()
except ImportError:
    PID = 0
P = '/tmp/taipan_mod_io_subclass2_%d' % PID
with _io.open(P, 'w') as f:
    f.write('one\ntwo\nthree\n')
class MyFile(_io.FileIO):
    def __init__(self, name, mode='r'):
        super().__init__(name, mode)
        self.reads = 0
    def readinto(self, b):
        self.reads += 1
        return super().readinto(b)
r = MyFile(P)
br = _io.BufferedReader(r, 4)
print(br.read(), r.reads > 1, repr(r).startswith('<MyFile'), r.name == P)
r.close()
class MyReader(_io.BufferedReader):
    def __init__(self, raw):
        super().__init__(raw)
        self.lines = 0
    def readline(self, size=-1):
        self.lines += 1
        return super().readline(size)
mr = MyReader(_io.FileIO(P))
print(list(mr), mr.lines, repr(mr).startswith('<MyReader'))
class MyText(_io.TextIOWrapper):
    def readline(self, size=-1):
        return super().readline(size).upper()
mt = MyText(_io.BufferedReader(_io.FileIO(P)), encoding='utf-8')
print(list(mt), mt.readline())
class Count(_io.StringIO):
    n = 0
    def readline(self, size=-1):
        Count.n += 1
        return super().readline(size)
print(list(Count('a\nb\n')), Count.n)
class Noinit(_io.BytesIO):
    def __init__(self):
        pass
x = Noinit()
print(x.getvalue(), x.write(b'ab'), x.getvalue())
class NoinitText(_io.TextIOWrapper):
    def __init__(self):
        pass
try:
    NoinitText().read()
except Exception as e:
    print(type(e).__name__, e)
class NoinitBuf(_io.BufferedReader):
    def __init__(self):
        pass
try:
    NoinitBuf().read()
except Exception as e:
    print(type(e).__name__, e)
class NoinitS(_io.StringIO):
    def __init__(self):
        pass
try:
    print(NoinitS().read())
except Exception as e:
    print(type(e).__name__, e)
with MyText(_io.BufferedReader(_io.FileIO(P))) as m:
    print(m.closed, m.read(3))
print(m.closed)
