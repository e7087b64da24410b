class MyError(Exception):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code
try:
    raise MyError("boom", 42)
except MyError as e:
    print(e, e.code, e.args, repr(e))
class P:
    def __eq__(self, o):
        return True
try:
    hash(P())
except TypeError as e:
    print(e)
class Q(P):
    __hash__ = object.__hash__
print(type(hash(Q())).__name__)
class R:
    def __init__(self):
        self.items = {}
    def __setitem__(self, k, v):
        self.items[k] = v
    def __getitem__(self, k):
        return self.items[k]
    def __contains__(self, k):
        return k in self.items
    def __len__(self):
        return len(self.items)
r = R()
r["a"] = 1
print(r["a"], "a" in r, "b" in r, len(r), bool(r))
class Num:
    def __init__(self, v): self.v = v
    def __add__(self, o): return Num(self.v + (o.v if isinstance(o, Num) else o))
    def __radd__(self, o): return Num(o + self.v)
    def __iadd__(self, o):
        self.v += o
        return self
    def __neg__(self): return Num(-self.v)
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"Num({self.v})"
n = Num(1)
n += 5
print(n + 1, 1 + n, -n, sum([Num(1), Num(2)], Num(0)), sorted([Num(3), Num(1)]), min(Num(3), Num(1)))
class Base:
    def greet(self): return "base"
class Mid1(Base):
    def greet(self): return "m1+" + super().greet()
class Mid2(Base):
    def greet(self): return "m2+" + super().greet()
class Leaf(Mid1, Mid2):
    def greet(self): return "leaf+" + super().greet()
print(Leaf().greet(), [c.__name__ for c in Leaf.__mro__])
class Cnt:
    instances = 0
    def __init__(self):
        Cnt.instances += 1
        self.__secret = 1
    def secret(self):
        return self.__secret
c = Cnt(); Cnt()
print(Cnt.instances, c.secret(), c._Cnt__secret)
class WithProp:
    def __init__(self): self._x = 0
    @property
    def x(self): return self._x
    @x.setter
    def x(self, v): self._x = v * 2
w = WithProp()
w.x = 5
print(w.x)
try:
    w.y
except AttributeError as e:
    print(e)
print(isinstance(w, (int, WithProp)), issubclass(bool, int), type(True).__mro__)
