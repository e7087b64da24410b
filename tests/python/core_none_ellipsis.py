# None, Ellipsis, NotImplemented singletons
print(None, repr(None), type(None).__name__, None is None, None == None, bool(None), str(None))
print(..., Ellipsis, repr(...), type(...).__name__, ... is Ellipsis, bool(...))
print(type(None)() is None, type(...)() is ..., type(NotImplemented)() is NotImplemented)
n = None
for expr in ["n + 1", "n < 1", "len(n)", "n()", "n[0]", "n.x", "iter(n)", "-n"]:
    try:
        print(eval(expr))
    except Exception as e:
        print(type(e).__name__, e)
def noreturn():
    pass
print(noreturn(), noreturn() is None, [None] * 2, {None: 1}[None], hash(None) == hash(None))
x = None
print(x or "default", x and "never", not x, x is not None, None in [None], (None,) == (None,))
try:
    None.attr = 1
except AttributeError as e:
    print("AttributeError", e)
print(sorted([3, 1], key=lambda v: v) if True else None, [v for v in (None, 0, "") if v is None])
