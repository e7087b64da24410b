# dict error messages
d = {"a": 1}
tests = ["d['b']", "d[[]]", "d.pop('b')", "d.pop()", "d.pop('a', 1, 2)", "{}.popitem()", "d.get()", "d.get(1, 2, 3)",
         "d.setdefault()", "d.update(1)", "d.update('ab')", "d.update([[1]])", "dict(1)", "dict([1, 2])", "dict([(1,)])",
         "dict.fromkeys(1)", "d.keys(1)", "d.values(1)", "d.items(1)", "d.copy(1)", "d | 1", "d < d"]
for expr in tests:
    try:
        print(eval(expr))
    except Exception as e:
        print(type(e).__name__, e)
for stmt in ["d[[1]] = 2", "del d['zz']", "d |= 5", "d.clear(5)"]:
    try:
        exec(stmt)
    except Exception as e:
        print(type(e).__name__, e)
print(d)
k = KeyError(("a", "b"))
print(str(k), repr(k), str(KeyError("")), str(KeyError(1, 2)), str(KeyError()))
