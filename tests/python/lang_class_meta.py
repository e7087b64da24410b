class RecDict(dict):
    def __setitem__(self, k, v):
        print("set", k)
        super().__setitem__(k, v)
class Meta(type):
    @classmethod
    def __prepare__(m, name, bases):
        return RecDict()
    def __new__(m, name, bases, ns):
        print(type(ns).__name__, sorted(ns))
        return super().__new__(m, name, bases, dict(ns))
class K(metaclass=Meta):
    x = 1
    def f(self): return __class__
    y = x + 1
    del x
print(K().f() is K, K.y, hasattr(K, 'x'))
class Outer:
    class Inner:
        def m(self):
            def inner(): pass
            return inner
    def meth(self): pass
print(Outer.Inner.__qualname__, Outer.Inner().m().__qualname__, Outer.meth.__qualname__)
def fn():
    class Local:
        def g(self): pass
    return Local
print(fn().__qualname__, fn().g.__qualname__)
class Alias:
    def __mro_entries__(self, bases):
        return (dict,)
class FromAlias(Alias()):
    pass
print(FromAlias.__bases__, type(FromAlias.__orig_bases__[0]).__name__)
class M1(type): pass
class M2(type): pass
class A1(metaclass=M1): pass
class A2(metaclass=M2): pass
try:
    class C12(A1, A2): pass
except TypeError as e:
    print(e)
class M3(M1): pass
class A3(metaclass=M3): pass
class C13(A1, A3): pass
print(type(C13).__name__)
X = type("X", (), {"a": 1})
print(X.a, X.__name__, type(X))
class P:
    def __init_subclass__(cls, /, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
class Q(P, tag="q"): pass
print(Q.tag)
def make():
    x = 1
    y = [2]
    def inner():
        return x
    print(sorted(locals()))
    return inner
make()
class WithLocals:
    a = 1
    print(sorted(locals()))
print(vars(WithLocals)['a'])
