import _weakref
import gc
from _weakref import ref, proxy, getweakrefcount, getweakrefs, ReferenceType, ProxyType, CallableProxyType

def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r) if not isinstance(r, ReferenceType) else 'a ref')
    except Exception as e:
        print(type(e).__name__, e)

class A:
    def __init__(self, n=0):
        self.n = n
    def __repr__(self):
        return 'A(%d)' % self.n
    def meth(self):
        return self.n * 2

def kinds():
    class T(tuple): pass
    class S(str): pass
    class I(int): pass
    class L(list): pass
    class D(dict): pass
    class E(Exception): pass
    def g():
        yield 1
    for x in [1, 'a', (), [], {}, None, 1.5, b'', range(3), slice(1), complex(1), property(), T(), I(),
              E(), S(), L(), D(), set(), frozenset(), len, g(), A(), A, int, type, kinds, A().meth]:
        try:
            ref(x)
            print(type(x).__name__, 'ok')
        except TypeError as e:
            print(e)
kinds()

def basics():
    a = A(1)
    r = ref(a)
    r2 = ref(a, lambda w: None)
    print(r() is a, r is ref(a), r2 is not ref(a), r == r2, hash(r) == hash(a), r.__callback__, r2.__callback__ is not None)
    print(getweakrefcount(a), getweakrefs(a) == [r, r2], getweakrefcount(A(9)), getweakrefs(3))
    print(type(r) is ReferenceType, ref is ReferenceType, ReferenceType, ProxyType, CallableProxyType)
    b = A(1)
    print(r == ref(b), r != ref(b), ref(b)() is b)
    t(r, 1)
    t(ref)
    t(ref, a, None, 3)
    t(ref, 5)
    print(hash(ref(a)) == hash(a))
    t(lambda: setattr(r, 'x', 1))
basics()

class Bad:
    def __call__(self, w):
        raise ValueError('callback failed')
    def __repr__(self):
        return '<Bad callback>'
def callbacks():
    log = []
    def make(n):
        a = A(n)
        r1 = ref(a, lambda w: log.append(('first', n, w() is None)))
        r2 = ref(a, lambda w: log.append(('second', n)))
        return a, r1, r2
    holder = []
    def make(n):
        a = A(n)
        holder.append(a)
        r1 = ref(a, lambda w: log.append(('first', n, w() is None)))
        r2 = ref(a, lambda w: log.append(('second', n)))
        return r1, r2
    r1, r2 = make(1)
    holder.clear()
    gc.collect()
    print(sorted(log), r1(), r2(), r1.__callback__)
    print(repr(r1).endswith('; dead>'))
    # the callback is not called if the weakref died first
    log.clear()
    def make2():
        a = A(2)
        ref(a, lambda w: log.append('dropped'))
        return a
    a = make2()
    gc.collect()
    del a
    gc.collect()
    print(log)
    # errors in callbacks are reported, not raised
    def make3():
        a = A(3)
        holder.append(a)
        return ref(a, Bad())
    r = make3()
    holder.clear()
    gc.collect()
    print('after unraisable', r())
    # hash survives death once computed
    def make4():
        a = A(4)
        holder.append(a)
        r = ref(a)
        return r, hash(r)
    r, h = make4()
    holder.clear()
    gc.collect()
    print(hash(r) == h, r() is None)
    def make5():
        return ref(A(5))
    r = make5()
    gc.collect()
    t(hash, r)
    print(r == r, r != make5())
callbacks()

def proxies():
    a = A(7)
    p = proxy(a)
    print(type(p) is ProxyType, p.n, p.meth(), str(p), repr(p).startswith('<weakproxy at '))
    p.n = 8
    print(a.n, p.n, getweakrefcount(a), p is proxy(a))
    f = proxy(kinds)
    print(type(f) is CallableProxyType)
    l = L2([3, 1, 2])
    pl = proxy(l)
    print(len(pl), pl[0], 2 in pl, list(pl), sorted(pl), pl + [9], bool(pl), pl == [3, 1, 2])
    pl[0] = 10; del pl[1]; print(l)
    t(hash, p)
    def make():
        return proxy(A(1))
    q = make()
    gc.collect()
    t(getattr, q, 'n')
    t(str, q)
    print(repr(q).startswith('<weakproxy at '), " to NoneType at " in repr(q), ' to A at ' in repr(p))
class L2(list):
    pass
proxies()

def subclass():
    class KeyedRef(ref):
        __slots__ = ('key',)
        def __new__(type, ob, callback, key):
            self = ref.__new__(type, ob, callback)
            self.key = key
            return self
        def __init__(self, ob, callback, key):
            super().__init__(ob, callback)
    a = A(3)
    k = KeyedRef(a, None, 'the-key')
    print(k.key, k() is a, isinstance(k, ref), getweakrefcount(a), k is not ref(a))
subclass()

def remove_dead():
    d = {}
    def make():
        a = A(1)
        d['x'] = ref(a)
        d['y'] = ref(a)
        return a
    keep = make()
    _weakref._remove_dead_weakref(d, 'x')
    print(sorted(d))
    del keep
    gc.collect()
    _weakref._remove_dead_weakref(d, 'x')
    _weakref._remove_dead_weakref(d, 'missing')
    print(sorted(d))
    t(_weakref._remove_dead_weakref, [], 1)
remove_dead()
