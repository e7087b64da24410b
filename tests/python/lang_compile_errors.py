srcs = [
    "return 1", "yield 1", "break", "continue", "nonlocal x",
    "def f():\n    nonlocal x", "def f():\n    x = 1\n    global x", "def f(x):\n    global x",
    "def f(x, x): pass", "a, *b, *c = d", "*a = b", "__debug__ = 1", "del __debug__",
    "[(yield x) for x in y]", "class C:\n    [(z := 1) for x in y]", "[i := 0 for i in range(3)]",
    "def f():\n    class C:\n        nonlocal q", "f(**x, *y)", "f(a for a in b, c)",
    "x = yield = 1", "(a, b) += 1", "del f()", "for x in range(3):\n    pass\nelse:\n    continue",
    "def f():\n    x\n    global x", "lambda: (yield)", "async def f():\n    yield from g()",
    "def f():\n    return\n    yield", "try:\n    pass\nexcept* ValueError:\n    pass\nexcept ValueError:\n    pass",
    "import a.b as c", "from __future__ import braces", "from __future__ import nope", "x = 1\nfrom __future__ import annotations",
    "def f(*, **k): pass", "f(x=1, x=2)", "class C(x=1, x=2): pass", "def f():\n    def g():\n        nonlocal y\n    y = 1",
]
for s in srcs:
    try:
        compile(s, "<s>", "exec")
        print("ok:", repr(s))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset)
