m = memoryview(b'hello')
print(len(m), m[0], m[1:3].tobytes(), m.tolist()[:2], m.readonly, m.nbytes, m.format, m.itemsize, m == b'hello', bytes(m[::2]))
ba = bytearray(b'abc')
w = memoryview(ba)
w[0] = 65
w[1:3] = b'ZZ'
print(ba, w.readonly, hash(m) == hash(b'hello'), list(m[:2]), m.hex(), m.obj)
with memoryview(b'x') as q:
    print(q.tobytes())
try:
    q.tobytes()
except ValueError as e:
    print('ValueError', e)
try:
    memoryview(1)
except TypeError as e:
    print('TypeError', e)
try:
    m[0] = 1
except TypeError as e:
    print('TypeError', e)
class A: pass
class B(A): pass
class C(A): pass
print(A.__subclasses__(), B.__subclasses__(), object.__subclasshook__(int), A.__subclasshook__(B))
class K:
    @classmethod
    def f(cls):
        'doc of f'
    @staticmethod
    def g():
        pass
print(K.__dict__['f'].__func__.__name__, K.__dict__['g'].__func__.__name__, K.__dict__['f'].__isabstractmethod__, K.__dict__['f'].__doc__, K.__dict__['g'].__wrapped__.__name__)
import collections.abc, os, weakref
print(issubclass(memoryview, collections.abc.Sequence), isinstance([], collections.abc.Sequence), os.sep, weakref.ref(K)() is K)
