# dict.popitem is LIFO; pop with defaults; deleting during rebuild
d = {c: i for i, c in enumerate("abcdef")}
out = []
while d:
    out.append(d.popitem())
print(out)
d = dict.fromkeys(range(5))
d[2] = "two"
del d[0]
d[0] = "zero"
print(d.popitem(), d.popitem(), list(d))
e = {"x": 1}
print(e.pop("x"), e.pop("x", None), e.pop("x", "gone"), e)
try:
    e.popitem()
except KeyError as ex:
    print("KeyError", ex)
f = {i: i * i for i in range(10)}
for k in list(f):
    if k % 3:
        del f[k]
print(f, {k: v for k, v in f.items() if v > 10}, sorted(f.values(), reverse=True))
g = {}
for i in range(20):
    g[i] = i
    if i % 2:
        del g[i - 1]
print(list(g), len(g))
