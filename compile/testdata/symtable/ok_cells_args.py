def f(b, a, *args, kw, **kws):
    c = 1
    def g():
        return a, b, c, args, kws, kw
    return g

def h(self):
    return lambda: self
