# TypeError messages for bad calls to Python functions
def f(a, b, c=3, *, d, e=5):
    return (a, b, c, d, e)
print(f(1, 2, d=4), f(1, b=2, d=4, e=6), f(*[1, 2], **{"d": 0}))
calls = ["f()", "f(1)", "f(1, 2)", "f(1, 2, 3, 4)", "f(1, 2, d=1, z=2)", "f(1, 2, a=1, d=1)", "f(1, 2, 3, d=1, e=2, c=9)"]
for c in calls:
    try:
        print(eval(c))
    except TypeError as e:
        print("TypeError", e)
def g(x, /, y):
    return x, y
for c in ["g(1, 2)", "g(x=1, y=2)", "g(1)", "g(1, 2, 3)"]:
    try:
        print(eval(c))
    except TypeError as e:
        print("TypeError", e)
def h(*args, **kwargs):
    return args, kwargs
print(h(), h(1, 2, k=3), h(*"ab", **{"x": 1}))
class M:
    def m(self, a):
        return a
for c in ["M().m()", "M().m(1, 2)", "M.m(1)", "M().m(b=1)", "len(x=1)", "(lambda: 0)(1)", "(lambda a: 0)()"]:
    try:
        print(eval(c))
    except TypeError as e:
        print("TypeError", e)
def k(a, b):
    pass
for c in ["k(1, 2, **{'a': 3})", "k(**{1: 2})", "k(*1)", "k(**1)"]:
    try:
        print(eval(c))
    except TypeError as e:
        print("TypeError", e)
