def f(a=[i for i in range(3)], *, b=lambda: c, **k):
    return lambda q=a, *r, s=b: (q, r, s, k)

class C:
    x = 1
    def m(self, d=x, e=[x for _ in range(2)]):
        return d, e
