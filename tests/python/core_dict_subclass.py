# dict subclasses: __missing__, overridden methods, isinstance, repr
class Counter(dict):
    def __missing__(self, key):
        return 0
    def add(self, key):
        self[key] += 1
c = Counter()
for ch in "mississippi":
    c.add(ch)
print(sorted(c.items()), c["z"], "z" in c, len(c), isinstance(c, dict), type(c).__name__)
class Upper(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)
u = Upper()
u["a"] = 1
u.update(b=2)
print(u, dict(u), u == {"A": 1, "b": 2})
class Frozen(dict):
    def __setitem__(self, k, v):
        raise TypeError("frozen")
f = Frozen(a=1)
try:
    f["b"] = 2
except TypeError as e:
    print("TypeError", e)
print(f, f.copy(), type(f.copy()).__name__, {**f}, Frozen.fromkeys("ab") if False else "skip")
