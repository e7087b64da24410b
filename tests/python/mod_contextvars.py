import _contextvars as cv
v = cv.ContextVar("v", default=0)
w = cv.ContextVar("w")
print(v.name, v.get(), w.get("dflt"))
try:
    w.get()
except LookupError as e:
    print("LookupError", type(e.args[0]).__name__)
tok = v.set(5)
print(v.get(), tok.var is v, tok.old_value is cv.Token.MISSING)
ctx = cv.copy_context()
print(ctx[v], v in ctx, w in ctx, len(ctx), ctx.get(w, "none"))
def inside(x):
    v.set(x)
    w.set("in")
    return v.get(), w.get()
print(ctx.run(inside, 42), v.get(), ctx[v], ctx[w], w.get("outside"))
v.reset(tok)
print(v.get())
try:
    v.reset(tok)
except RuntimeError as e:
    print("RuntimeError", str(e).split(" var=")[0])
try:
    ctx.run(lambda: ctx.run(lambda: 1))
except RuntimeError as e:
    print("RuntimeError", "already entered" in str(e))
print(sorted(k.name for k in ctx), sorted(ctx.values(), key=str), type(cv.Context()).__name__, len(cv.Context()))
try:
    ctx["x"]
except TypeError as e:
    print("TypeError", e)
t2 = w.set(1)
c2 = cv.copy_context()
try:
    c2.run(w.reset, t2)
except ValueError as e:
    print("ValueError", str(e).endswith("was created in a different Context"))
