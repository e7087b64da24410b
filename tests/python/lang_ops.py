class V:
    def __init__(self, v): self.v = v
    def __repr__(self): return f"V({self.v})"
    def __add__(self, o):
        if isinstance(o, V): return V(self.v + o.v)
        if isinstance(o, int): return V(self.v + o)
        return NotImplemented
    def __radd__(self, o):
        print("radd")
        return V(o + self.v)
    def __iadd__(self, o):
        print("iadd")
        self.v += o.v if isinstance(o, V) else o
        return self
    def __sub__(self, o): return NotImplemented
    def __lt__(self, o): return self.v < o.v
    def __eq__(self, o): return isinstance(o, V) and self.v == o.v
    def __neg__(self): return V(-self.v)
    def __matmul__(self, o): return "matmul"
    def __pow__(self, o, mod=None): return ("pow", o, mod)
    def __rpow__(self, o): return ("rpow", o)
    def __bool__(self): return self.v != 0
    def __hash__(self): return hash(self.v)
class W(V):
    def __radd__(self, o):
        print("W.radd")
        return "W"
print(V(1) + V(2), V(1) + 3, 3 + V(1))
x = V(1); x += 5; print(x)
print(V(1) + W(2))
try:
    V(1) - V(2)
except TypeError as e:
    print(e)
try:
    V(1) < 3
except AttributeError as e:
    print(e)
print(V(1) < V(2), V(2) > V(1), sorted([V(3), V(1)]))
print(-V(3), V(1) @ V(2), V(1) ** 2, 2 ** V(1))
print(V(1) == V(1), V(1) != V(1), V(1) == 1)
print(not V(0), bool(V(2)), V(0) or "x", V(1) and "y")
try:
    [] + ()
except TypeError as e:
    print(e)
try:
    1 + "a"
except TypeError as e:
    print(e)
try:
    -"x"
except TypeError as e:
    print(e)
try:
    1 < "x"
except TypeError as e:
    print(e)
print(1 < 2 < 3, 1 < 3 < 2, 1 == 1.0 == True)
def side(v):
    print("side", v)
    return v
print(side(1) < side(2) < side(0) < side(5))
print(0 or side(3), 1 and side(4), side(0) and side(9))
print(10 if side(False) else 20)
print(7 // 2, -7 // 2, 7 % -3, -7 % 3, divmod(-7, 2), 2 ** -1, 7 / 2)
print(1 << 70, -1 >> 3, ~5, 6 & 3, 6 | 3, 6 ^ 3)
print("%s-%d" % ("a", 3), "x" in "xyz", 3 not in [1, 2], None is None)
class Cont:
    def __contains__(self, x): return x == 1
    def __len__(self): return 0
print(1 in Cont(), 2 in Cont(), bool(Cont()))
class GI:
    def __getitem__(self, i):
        if i > 2: raise IndexError
        return i * 10
print(list(GI()), 20 in GI())
