# A plain mixin listed before an _io base (test_io's MockFileIO pattern):
# instances must get the _io type's layout. close() calls self.flush(),
# so an instance attribute overriding flush is honoured.
import _io


class Recorder:
    def __init__(self, data):
        self.history = []
        super().__init__(data)

    def read(self, n=None):
        res = super().read(n)
        self.history.append(None if res is None else len(res))
        return res

    def readinto(self, b):
        res = super().readinto(b)
        self.history.append(res)
        return res


class RecBytesIO(Recorder, _io.BytesIO):
    pass


r = RecBytesIO(b'abcdefghi')
b = _io.BufferedReader(r, buffer_size=4)
print(b.read(1), b.read(2), b.read(4), b.read(2), r.history)
print(isinstance(r, _io.BytesIO), RecBytesIO.__mro__[1].__name__, r.getvalue())


class Named:
    tag = 'mixin'


class NamedStringIO(Named, _io.StringIO):
    pass


s = NamedStringIO('x\ny\n')
print(s.readlines(), s.tag, s.getvalue())

raw = _io.BytesIO()
w = _io.BufferedWriter(raw)
calls = []
w.flush = lambda: calls.append('flush')
w.write(b'data')
w.close()
print(calls, raw.closed)


def bad_flush():
    raise ValueError('flush failed')


raw2 = _io.BytesIO()
t = _io.TextIOWrapper(raw2)
t.flush = bad_flush
try:
    t.close()
except ValueError as e:
    print('ValueError', e, raw2.closed)
