# dunder methods returning the wrong type: every builtin checks the result
def make(**methods):
    return type("B", (), methods)()
cases = [
    ("int", lambda: int(make(__int__=lambda s: "no"))),
    ("float", lambda: float(make(__float__=lambda s: 1))),
    ("complex", lambda: complex(make(__complex__=lambda s: 1))),
    ("index/hex", lambda: hex(make(__index__=lambda s: "no"))),
    ("index/range", lambda: range(make(__index__=lambda s: 1.5))),
    ("index/subscript", lambda: [1, 2][make(__index__=lambda s: None)]),
    ("index/round", lambda: round(1.5, make(__index__=lambda s: "x"))),
    ("len", lambda: len(make(__len__=lambda s: "x"))),
    ("len-neg", lambda: len(make(__len__=lambda s: -5))),
    ("hash", lambda: hash(make(__hash__=lambda s: 1.5))),
    ("bool", lambda: bool(make(__bool__=lambda s: 2))),
    ("repr", lambda: repr(make(__repr__=lambda s: 2))),
    ("str", lambda: str(make(__str__=lambda s: b"x"))),
    ("format", lambda: format(make(__format__=lambda s, x: 5))),
    ("iter", lambda: iter(make(__iter__=lambda s: 1))),
    ("bytes", lambda: bytes(make(__bytes__=lambda s: "s"))),
    ("%d", lambda: "%d" % make(__int__=lambda s: "q")),
    ("%x", lambda: "%x" % make(__index__=lambda s: "q")),
    ("%f", lambda: "%f" % make(__float__=lambda s: "q")),
    ("%d-ok", lambda: "%d" % make(__index__=lambda s: 7)),
    ("abs-any", lambda: abs(make(__abs__=lambda s: None))),
    ("neg-any", lambda: -make(__neg__=lambda s: "neg")),
    ("divmod-any", lambda: divmod(make(__divmod__=lambda s, o: 5), 1)),
    ("next-any", lambda: next(make(__next__=lambda s: "n"))),
]
for name, f in cases:
    try:
        print(name, "->", repr(f()))
    except (TypeError, ValueError) as e:
        print(name, "->", type(e).__name__, e)
