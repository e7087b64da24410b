import functools
from functools import lru_cache, partial, reduce, wraps, total_ordering, cached_property, singledispatch, cmp_to_key

calls = []
@lru_cache(maxsize=None)
def fib(n):
    calls.append(n)
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(30), len(calls), fib.cache_info())
fib.cache_clear(); print(fib.cache_info(), fib.cache_parameters())

@lru_cache(maxsize=2)
def sq(x):
    return x * x
for v in [1, 2, 1, 3, 2, 1]:
    sq(v)
print(sq.cache_info(), sq.__wrapped__(4), sq.__name__)

@lru_cache(typed=True)
def ident(x):
    return (x, type(x).__name__)
print(ident(1), ident(1.0), ident.cache_info())

@lru_cache(maxsize=0)
def nocache(x):
    return x
print(nocache(1), nocache(1), nocache.cache_info())

def deco(f):
    @wraps(f)
    def inner(*a, **k):
        return f(*a, **k)
    return inner
@deco
def documented(a, b=2):
    "Docstring."
    return a + b
print(documented.__name__, documented.__doc__, documented.__wrapped__.__name__, documented(1))

@total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) < V(2), V(2) >= V(1), V(1) > V(2), V(3) <= V(3))

class C:
    def __init__(self): self.n = 0
    @cached_property
    def prop(self):
        self.n += 1
        return 'computed'
c = C(); print(c.prop, c.prop, c.n)

@singledispatch
def kind(x): return 'object'
@kind.register
def _(x: int): return 'int'
@kind.register(list)
def _(x): return 'list'
print(kind(1), kind([]), kind('s'), kind(True))

p = partial(int, base=2)
print(p('101'), repr(p), reduce(lambda a, b: a * b, range(1, 6)), sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
print(functools.partial is __import__('_functools').partial)
