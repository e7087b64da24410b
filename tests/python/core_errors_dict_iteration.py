# errors while building or iterating dicts in comprehensions and constructors
def bad_items():
    yield ("a", 1)
    yield ("b",)
for f in [lambda: dict(bad_items()), lambda: {k: v for k, v in [("a", 1), ("b", 2, 3)]}, lambda: dict([("a", 1), 5]),
          lambda: dict.fromkeys([[1]]), lambda: {[]: 1 for _ in range(1)}, lambda: dict(zip(["a", []], [1, 2])),
          lambda: {**{"a": 1}, **[1]}, lambda: dict(**{1: 2})]:
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
d = {"a": 1, "b": 2}
it = iter(d)
next(it)
d["c"] = 3
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError", e)
print(d, list(iter(d)))
