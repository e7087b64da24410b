from _abc import (get_cache_token, _abc_init, _abc_register, _abc_instancecheck,
                  _abc_subclasscheck, _get_dump, _reset_registry, _reset_caches)

def abstract(f):
    f.__isabstractmethod__ = True
    return f

class Meta(type):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        _abc_init(cls)
        return cls
    def register(cls, sub):
        return _abc_register(cls, sub)
    def __instancecheck__(cls, inst):
        return _abc_instancecheck(cls, inst)
    def __subclasscheck__(cls, sub):
        return _abc_subclasscheck(cls, sub)

class Base(metaclass=Meta):
    @abstract
    def f(self):
        pass
    def g(self):
        return 'g'

class Half(Base):
    def h(self):
        pass

class Impl(Half):
    def f(self):
        return 'impl'

def t(f, *a):
    try:
        print(repr(f(*a)))
    except Exception as e:
        print(type(e).__name__, e)

print(sorted(Base.__abstractmethods__), sorted(Half.__abstractmethods__), sorted(Impl.__abstractmethods__))
t(Base)
t(Half)
print(Impl().f(), Impl().g(), isinstance(Impl(), Base), issubclass(Impl, Half), isinstance(1, Base))

class Registered:
    pass
tok = get_cache_token()
print(Base.register(Registered) is Registered, get_cache_token() == tok + 1)
print(issubclass(Registered, Base), isinstance(Registered(), Base), issubclass(Registered, Impl))
print(Base.register(Impl) is Impl, get_cache_token() == tok + 1)
t(Base.register, 5)
t(Impl.register, Base)
class Sub(Registered):
    pass
print(issubclass(Sub, Base), isinstance(Sub(), (int, Base)), issubclass(int, (str, Base)))
reg, cache, neg, ver = _get_dump(Base)
print(Registered in reg, Impl in cache, int in neg, isinstance(ver, int))
print(Registered in [r() for r in reg], Impl in [r() for r in cache], int in [r() for r in neg])
_reset_caches(Base)
print(_get_dump(Base)[1], _get_dump(Base)[2], type(_get_dump(Base)[0]))
_reset_registry(Base)
print(len(_get_dump(Base)[0]), issubclass(Registered, Base))

class Hooked(metaclass=Meta):
    @classmethod
    def __subclasshook__(cls, C):
        if hasattr(C, 'quack'):
            return True
        return NotImplemented
class Duck:
    quack = 1
print(issubclass(Duck, Hooked), isinstance(Duck(), Hooked), issubclass(int, Hooked))
class Bad(metaclass=Meta):
    @classmethod
    def __subclasshook__(cls, C):
        return 'yes'
t(issubclass, int, Bad)
t(issubclass, 1, Base)
t(_abc_subclasscheck, Base, 1)

class P(metaclass=Meta):
    @property
    @abstract
    def p(self):
        pass
    @classmethod
    @abstract
    def c(cls):
        pass
print(sorted(P.__abstractmethods__))
t(P)
class Q(P):
    p = 1
    c = 2
print(type(Q()).__name__)
class Plain:
    pass
Plain.__abstractmethods__ = frozenset({'x', 'y'})
t(Plain)
Plain.__abstractmethods__ = frozenset()
print(type(Plain()).__name__)
