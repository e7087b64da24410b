def f0(): pass
def f1(a): pass
def f2(a, b=1): pass
def f3(a, *, k): pass
def f4(a, b=2, *, k=3): pass
def f5(a, /, b): pass
def f6(*args, **kw): pass
def f7(a, b, c=3, *d, e, f=6, **g): pass
class M:
    def m(self, x): pass
    @classmethod
    def c(cls, x): pass
    @staticmethod
    def s(x): pass
cases = [
    lambda: f0(1), lambda: f0(a=1), lambda: f1(), lambda: f1(1, 2), lambda: f1(b=2), lambda: f1(1, a=1),
    lambda: f2(), lambda: f2(1, 2, 3), lambda: f3(1, 2), lambda: f3(1, 2, k=3), lambda: f4(1, 2, 3, k=1),
    lambda: f5(a=1, b=2), lambda: f5(1, 2, a=3), lambda: f7(1), lambda: f7(1, 2), lambda: f7(1, 2, e=1, x=9, c=8, b=7),
    lambda: M().m(), lambda: M().m(1, 2), lambda: M.m(1), lambda: M.c(), lambda: M.s(), lambda: M().s(1, 2),
    lambda: f1(**{1: 2}), lambda: f6(**{"a": 1}, a=2), lambda: (lambda x: x)(), lambda: f4(1, 2, 3, 4),
    lambda: f3(), lambda: f7(), lambda: f5(b=2),
]
for c in cases:
    try:
        c()
        print("ok")
    except TypeError as e:
        print(e)
