def outer(a, b=1, *args, c, d=2, **kw):
    x = 1
    y = 2
    def inner(e):
        nonlocal x
        x = e + y + a
        def deeper():
            return x, b, kw, z
        return deeper
    z = 3
    return inner

def posonly(p, /, q, *, r):
    def g(): return p, r
    return g
