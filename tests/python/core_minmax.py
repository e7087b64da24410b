# min/max with key, default, multiple args, and errors
print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("hello"), min("b", "a", "c"), max((1, 2), (1, 3)))
print(min([], default=None), max([], default="empty"), min([1], default=0), max(iter([7, 8])))
print(min(["bb", "a", "ccc"], key=len), max(["bb", "a", "ccc"], key=len), max([1, -5, 3], key=abs), min(1, -5, 3, key=abs))
print(max([1, 1.0, True]), min([True, 1, 1.0]), max(1, 2, key=None), max([2, 2], key=lambda x: 0))
print(min({3: "a", 1: "b"}), max(range(10)), min(x * x for x in range(-3, 3)))
for expr in ["min([])", "max([])", "min()", "max(1)", "min(1, 'a')", "max([], [], default=1)", "min([1], key=1)",
             "max(1, 2, default=0)", "min([1, 2], foo=1)"]:
    try:
        print(eval(expr))
    except Exception as e:
        print(type(e).__name__, e)
print(max([3, 7, 7, 1], key=lambda x: x), max([(1, "a"), (1, "b")], key=lambda p: p[0]), min([(1, "a"), (1, "b")], key=lambda p: p[0]))
nan = float("nan")
print(max(nan, 1), max(1, nan), min(nan, 1))
