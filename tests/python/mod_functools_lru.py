from _functools import _lru_cache_wrapper

class CacheInfo(tuple):
    def __new__(cls, hits, misses, maxsize, currsize):
        return tuple.__new__(cls, (hits, misses, maxsize, currsize))
    def __repr__(self):
        return 'CacheInfo(hits=%r, misses=%r, maxsize=%r, currsize=%r)' % tuple(self)

def lru(maxsize=128, typed=False):
    def deco(f):
        w = _lru_cache_wrapper(f, maxsize, typed, CacheInfo)
        w.__wrapped__ = f
        w.__name__ = f.__name__
        return w
    return deco

calls = []
@lru(maxsize=None)
def fib(n):
    calls.append(n)
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), len(calls), fib.cache_info(), fib.__name__, fib.__wrapped__(5))
fib.cache_clear()
print(fib.cache_info())

@lru(maxsize=2)
def sq(x):
    calls.append(('sq', x))
    return x * x
calls.clear()
for v in [1, 2, 1, 3, 2, 1, 1]:
    sq(v)
print(sq.cache_info(), calls)

@lru(typed=True)
def ident(x):
    return (x, type(x).__name__)
print(ident(1), ident(1.0), ident(True), ident.cache_info())
@lru()
def untyped(x):
    return (x, type(x).__name__)
print(untyped(1), untyped(1.0), untyped.cache_info())

@lru(maxsize=0)
def nocache(x):
    return x
print(nocache(1), nocache(1), nocache.cache_info())

@lru()
def kw(a, b=2, *, c=3):
    return a + b + c
print(kw(1), kw(1, 2), kw(1, b=2), kw(a=1), kw(1, c=3), kw(1), kw.cache_info())

class C:
    def __init__(self, n):
        self.n = n
    @lru()
    def m(self, k):
        return self.n * k
c = C(3)
print(c.m(2), c.m(2), C.m.cache_info(), C(4).m(2))

def boom(x):
    raise ValueError(x)
b = _lru_cache_wrapper(boom, 10, False, CacheInfo)
for i in range(2):
    try:
        b(1)
    except ValueError as e:
        print('ValueError', e)
print(b.cache_info())
try:
    _lru_cache_wrapper(boom, 'x', False, CacheInfo)
except TypeError as e:
    print('TypeError', e)
try:
    _lru_cache_wrapper(1, 1, False, CacheInfo)
except TypeError as e:
    print('TypeError', e)
try:
    fib([1])
except TypeError as e:
    print('TypeError', e)
neg = _lru_cache_wrapper(nocache, -5, False, CacheInfo)
print(neg(1), neg.cache_info())
print(type(fib).__name__, type(fib).__module__)
