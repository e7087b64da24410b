# __eq__ and __hash__ interplay in sets and dicts
class P:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, o):
        return isinstance(o, P) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"P({self.x}, {self.y})"
s = {P(1, 2), P(1, 2), P(2, 1)}
print(len(s), P(1, 2) in s, P(3, 3) in s, {P(0, 0): "origin"}[P(0, 0)])
class OnlyEq:
    def __eq__(self, o):
        return True
print(OnlyEq.__hash__ is None, OnlyEq() == 1, [OnlyEq()].count(5), 5 in [OnlyEq()])
try:
    {OnlyEq()}
except TypeError as e:
    print("TypeError", e)
class Inherit(P):
    pass
print(hash(Inherit(1, 2)) == hash(P(1, 2)), Inherit(1, 2) == P(1, 2))
class ExplicitNone:
    __hash__ = None
try:
    hash(ExplicitNone())
except TypeError as e:
    print("TypeError", e)
calls = []
class Tracked:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        calls.append("hash")
        return 1
    def __eq__(self, o):
        calls.append("eq")
        return self.v == o.v
d = {Tracked(1): "a"}
d[Tracked(2)] = "b"
print(len(d), d[Tracked(1)], calls[:6])
class NE:
    def __eq__(self, o):
        return "truthy"
print(NE() == 1, NE() != 1, [NE()] == [1])
print(1 == 1.0 == True, {1: "int"}[True], {1.0: "x"}.get(1), {(1, 2): 0}.get((1.0, 2.0)))
