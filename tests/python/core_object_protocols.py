# one class implementing many protocols, exercised through builtins
class Vec:
    def __init__(self, *c):
        self.c = list(c)
    def __repr__(self):
        return f"Vec{tuple(self.c)}"
    def __len__(self):
        return len(self.c)
    def __getitem__(self, i):
        return self.c[i]
    def __iter__(self):
        return iter(self.c)
    def __contains__(self, v):
        return v in self.c
    def __add__(self, o):
        return Vec(*[a + b for a, b in zip(self, o)])
    def __mul__(self, k):
        return Vec(*[a * k for a in self])
    __rmul__ = __mul__
    def __neg__(self):
        return Vec(*[-a for a in self])
    def __abs__(self):
        return sum(a * a for a in self) ** 0.5
    def __eq__(self, o):
        return isinstance(o, Vec) and self.c == o.c
    def __hash__(self):
        return hash(tuple(self.c))
    def __bool__(self):
        return any(self.c)
    def __lt__(self, o):
        return abs(self) < abs(o)
    def __format__(self, spec):
        return "<" + ", ".join(format(a, spec) for a in self) + ">"
    def __round__(self, n=None):
        return Vec(*[round(a, n) for a in self])
v, w = Vec(3, 4), Vec(1, 2)
print(v + w, v * 2, 3 * w, -v, abs(v), len(v), v[0], v[-1], list(v), 4 in v, 5 in v, bool(v), bool(Vec(0, 0)))
print(v == Vec(3, 4), v != w, hash(v) == hash(Vec(3, 4)), {v: 1}[Vec(3, 4)], sorted([v, w]), max(v, w), min([v, w]))
print(f"{v:.2f}", format(w, "03d"), round(Vec(1.26, 2.71), 1), round(Vec(1.5, 2.5)), sum(v), sorted(v, reverse=True))
print(list(reversed(v)), list(enumerate(w)), dict(zip("xy", v)), tuple(v), set(v) == {3, 4}, v[::-1] if False else v[0:2])
