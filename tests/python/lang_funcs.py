def f(a, b=2, /, c=3, *args, d, e=5, **kw):
    """doc of f"""
    return a, b, c, args, d, e, kw
print(f(1, d=4))
print(f(1, 2, 3, 4, 5, d=6, z=7))
print(f.__name__, f.__qualname__, f.__doc__, f.__defaults__, f.__kwdefaults__)
print(f.__code__.co_argcount, f.__code__.co_posonlyargcount, f.__code__.co_kwonlyargcount, f.__code__.co_varnames)
for call in [lambda: f(), lambda: f(1), lambda: f(1, d=1, a=2), lambda: f(a=1, d=2), lambda: f(1, 2, 3, d=1, c=4)]:
    try:
        call()
    except TypeError as e:
        print(e)
def g(x, y): pass
for call in [lambda: g(1), lambda: g(1, 2, 3), lambda: g(1, y=2, x=3), lambda: g(1, z=2), lambda: g()]:
    try:
        call()
    except TypeError as e:
        print(e)
def h(*, k): pass
try:
    h(1)
except TypeError as e:
    print(e)
try:
    h()
except TypeError as e:
    print(e)
def ann(a: int, b: "str" = "x") -> bool: pass
print(ann.__annotations__)
def mk():
    x = 1
    def inner(): return x
    return inner
i = mk()
print(i.__closure__[0].cell_contents, i.__code__.co_freevars, i.__globals__ is globals())
f.attr = 5
print(f.attr, f.__dict__)
def deco(tag):
    def wrap(fn):
        def w(*a, **k):
            return (tag, fn(*a, **k))
        w.__name__ = fn.__name__
        return w
    return wrap
@deco("A")
@deco("B")
def dd(x): return x
print(dd(1), dd.__name__)
print((lambda *a, **k: (a, k))(1, 2, x=3))
print(f(*[1, 2], *(3,), d=1, **{"e": 2}, **{"q": 3}))
try:
    f(1, **{"d": 1}, **{"d": 2})
except TypeError as e:
    print(e)
try:
    g(*5)
except TypeError as e:
    print(e)
try:
    g(**5)
except TypeError as e:
    print(e)
print(repr(f)[:11], type(f).__name__)
def rec(n): return 1 if n == 0 else n * rec(n - 1)
print(rec(20))
print(f.__module__, mk.__code__.co_name)
def defaults_mutable(x=[]):
    x.append(1)
    return x
defaults_mutable(); print(defaults_mutable())
