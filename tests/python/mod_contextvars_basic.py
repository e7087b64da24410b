import _contextvars as cv

def scrub(s):
    out = []
    i = 0
    while True:
        j = s.find(' at 0x', i)
        if j < 0:
            out.append(s[i:])
            return ''.join(out)
        out.append(s[i:j] + ' at ADDR')
        k = j + 6
        while k < len(s) and s[k] in '0123456789abcdef':
            k += 1
        i = k

def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(scrub(repr(r)))
    except Exception as e:
        print(type(e).__name__, scrub(str(e)))

v = cv.ContextVar('v', default=1)
w = cv.ContextVar('w')
t(repr, v)
t(repr, w)
print(v.name, v.get(), w.get(5), w.get(None))
t(w.get)
t(cv.ContextVar)
t(cv.ContextVar, 1)
t(cv.ContextVar, 'a', 2)
t(cv.ContextVar, 'a', default=2, x=1)
tok = w.set(3)
t(repr, tok)
print(tok.var is w, tok.old_value is cv.Token.MISSING, cv.Token.MISSING, w.get())
w.reset(tok)
t(w.get)
t(w.reset, tok)
t(v.reset, w.set(1))
t(w.reset, 1)
ctx = cv.copy_context()
print(type(ctx), w in ctx, v in ctx, len(ctx), ctx.get(w), ctx[w], ctx.get(v), ctx.get(v, 'd'))
t(ctx.__getitem__, v)
t(cv.Context, 1)
def f(x):
    w.set(x)
    return w.get(), w in cv.copy_context()
print(ctx.run(f, 10), w.get(), ctx[w])
t(ctx.run)
t(ctx.run, lambda: ctx.run(print))
c2 = ctx.copy()
print(c2[w], c2 is not ctx, list(c2.keys()) == [w], list(c2.values()), list(c2.items()) == [(w, 10)], list(c2) == [w])
print(v == v, v != w, hash(v) == hash(v))
t(hash, ctx)
print(cv.ContextVar('x', default=None).get(), cv.Context().get(v, 'dflt'), len(cv.Context()))
t(lambda: ctx[1])
tok = v.set(2); print(tok.old_value); v.reset(tok); print(v.get())
tok = v.set(3); tok2 = v.set(4); print(tok2.old_value); v.reset(tok2); print(v.get()); v.reset(tok); print(v.get())
c3 = cv.Context()
t(c3.run, w.get)
def in_other():
    return v.reset(tok3)
tok3 = v.set(7)
t(cv.Context().run, in_other)
v.reset(tok3)
t(lambda: cv.Token())
print(cv.ContextVar.__module__, cv.Context.__module__, cv.Token.__module__, type(cv.Token.MISSING))
# contexts isolate changes made inside run()
counter = cv.ContextVar('counter', default=0)
def bump():
    counter.set(counter.get() + 1)
    return counter.get()
a = cv.copy_context()
print([a.run(bump) for _ in range(3)], counter.get(), a[counter], cv.copy_context().run(bump), counter.get())
