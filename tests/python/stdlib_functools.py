import functools
@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info().hits > 0)
add3 = functools.partial(lambda a, b, c: a + b + c, 1, c=10)
print(add3(5), add3.args, add3.keywords)
print(functools.reduce(lambda a, b: a * b, range(1, 8)))
print(sorted(["bb", "a", "ccc"], key=functools.cmp_to_key(lambda a, b: len(b) - len(a))))
@functools.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) >= V(2), V(1) > V(2))
def deco(f):
    @functools.wraps(f)
    def w(*a): return f(*a)
    return w
@deco
def named(x):
    "doc here"
    return x
print(named.__name__, named.__doc__, named.__wrapped__(4))
@functools.singledispatch
def show(x): return "obj"
@show.register
def _(x: int): return "int"
print(show(1), show("s"))
class C:
    @functools.cached_property
    def val(self):
        print("computing"); return 42
c = C(); print(c.val, c.val)
