# dict | and |=, update() variants, ** unpacking precedence
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b, b | a, {**a, **b}, {**b, **a}, dict(a, **b), a)
c = dict(a)
c |= b
c |= [("w", 0)]
print(c)
c.update({"x": "X"}, x="kw-wins", q=1)
print(c)
c.update([["k", "v"]], **{"n": None})
print(c, len(c))
for bad in [lambda: a | [("x", 1)], lambda: a | 1, lambda: c.update(5), lambda: c.update([1, 2])]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class D(dict):
    pass
print(type(D(a) | b).__name__, type(a | D(b)).__name__, D(a) | b)
