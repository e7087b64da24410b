# callables: __call__, bound methods, functions as objects, builtin callables
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *rest, scale=1):
        return (self.n + x + sum(rest)) * scale
add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, scale=10), list(map(add5, [1, 2])), sorted([3, 1], key=Adder(0)))
m = [].append
print(callable(m), m.__self__ == [], m.__name__, type(m).__name__)
class C:
    def meth(self, a):
        return ("meth", a)
c = C()
bm = c.meth
print(bm(1), C.meth(c, 2), bm.__self__ is c, bm.__func__ is C.meth, bm == c.meth, bm.__name__)
fs = [len, str.upper, abs, lambda v: v, Adder(1), C, int]
print([callable(f) for f in fs], [f.__name__ for f in fs if hasattr(f, "__name__")])
def deco(f):
    def wrapper(*a, **k):
        return ("wrapped", f(*a, **k))
    wrapper.__name__ = f.__name__
    return wrapper
@deco
def hello(n):
    return "hi " * n
print(hello(2), hello.__name__)
try:
    Adder(1)()
except TypeError as e:
    print("TypeError", e)
try:
    C()(1)
except TypeError as e:
    print("TypeError", e)
