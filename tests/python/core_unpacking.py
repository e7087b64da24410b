# sequence unpacking and its errors
a, b = 1, 2
c, *d = "xyz"
*e, f = range(4)
g, (h, i) = 1, (2, 3)
print(a, b, c, d, e, f, g, h, i)
[j, k] = [5, 6]
(l, m), n = "ab", "c"
print(j, k, l, m, n)
first, *mid, last = [1]  if False else [1, 2]
print(first, mid, last)
for src in ["x, y = 1, 2, 3", "x, y = [1]", "x, y = 1", "x, *y, z = [1]", "x, y = 'abc'", "(x, y), z = 1, 2", "x, y = None"]:
    try:
        exec(src)
    except Exception as ex:
        print(type(ex).__name__, ex)
def gen():
    yield 1
    yield 2
p, q = gen()
print(p, q)
r, s = {"k1": 1, "k2": 2}
print(r, s)
print([*range(3), *"ab"], (*[1, 2],), {*(1, 2), 3} == {1, 2, 3}, {**{"a": 1}, "b": 2})
for i, (x, y) in enumerate([(1, 2), (3, 4)]):
    print(i, x, y)
try:
    for x, y in [(1, 2), (3,)]:
        print(x, y)
except ValueError as ex:
    print("ValueError", ex)
t = 1, 2
u, v = t
u, v = v, u
print(u, v)
