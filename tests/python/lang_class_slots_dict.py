class C:
    __slots__ = ('a', 'b')
c = C()
for f in [lambda: c.a, lambda: setattr(c, 'z', 1), lambda: c.__dict__, lambda: delattr(c, 'a'), lambda: C.a, lambda: type(C.a), lambda: C.__slots__]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
c.a = 5
print(c.a, C.a.__get__(c), C.a.__name__, C.a.__objclass__)
del c.a
class D(C):
    pass
d = D(); d.z = 3; print(d.__dict__)
class E(C):
    __slots__ = ['c', '__dict__']
e = E(); e.q = 1; e.c = 2; print(e.q, e.c)
class F:
    __slots__ = 'x'
print(F.__slots__, F.x)
try:
    class G:
        __slots__ = ('a',)
        a = 1
except ValueError as e:
    print(e)
class H:
    pass
h = H()
h.__dict__['x'] = 1
print(h.x, vars(h))
h.y = 2
print(h.__dict__)
h.__dict__ = {'w': 5}
print(h.w, vars(h))
try:
    h.__dict__ = 5
except TypeError as e:
    print(e)
del h.w
print(vars(h))
try:
    object.__init_subclass__(x=1)
except TypeError as e:
    print(e)
class B:
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)
class S(B, x=1, y=2):
    pass
try:
    class T(x=1): pass
except TypeError as e:
    print(e)
class M(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, bases, kw)
        return {"injected": 1}
    def __new__(mcls, name, bases, ns, **kw):
        print("new", name, sorted(ns), kw)
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        print("init", name, kw)
        super().__init__(name, bases, ns)
    def __call__(cls, *a, **k):
        print("call", a, k)
        return super().__call__(*a, **k)
class U(metaclass=M, flag=True):
    def __init__(self, v=0): self.v = v
print(U.injected, U(7).v, type(U).__name__)
