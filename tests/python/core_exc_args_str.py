# str/repr of exceptions raised by builtins compared with constructed ones
def err(f):
    try:
        f()
    except Exception as e:
        return e
for f in [lambda: [].pop(), lambda: {}["k"], lambda: {}[("a", 1)], lambda: int("x"), lambda: 1 / 0, lambda: "a".index("b"),
          lambda: [1].remove(2), lambda: (1,).index(2), lambda: set().pop(), lambda: {1}.remove(2), lambda: next(iter([])),
          lambda: getattr(1, "x"), lambda: range(1)[5], lambda: "abc"[9], lambda: b"x"[5], lambda: chr(-5)]:
    e = err(f)
    print(type(e).__name__, "|", str(e), "|", repr(e), "|", e.args)
e = KeyError("missing")
print(str(e), repr(e), str(KeyError(0)), str(KeyError("a", "b")), str(IndexError()), repr(StopIteration()))
