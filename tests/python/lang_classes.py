class A:
    def who(self): return "A"
class B(A):
    def who(self): return "B" + super().who()
class C(A):
    def who(self): return "C" + super().who()
class D(B, C):
    def who(self): return "D" + super().who()
print(D().who(), [k.__name__ for k in D.__mro__])
try:
    class X(A, D): pass
except TypeError as e:
    print(e)
class Desc:
    def __set_name__(self, owner, name):
        self.name = name
        print("set_name", owner.__name__, name)
    def __get__(self, obj, typ=None):
        if obj is None: return self
        return obj.__dict__.get(self.name, "default")
    def __set__(self, obj, v):
        obj.__dict__[self.name] = v * 2
class H:
    d = Desc()
h = H()
print(h.d); h.d = 5; print(h.d, H.d.name)
class P:
    def __init__(self): self._x = 0
    @property
    def x(self):
        "the x"
        return self._x
    @x.setter
    def x(self, v): self._x = v
    @x.deleter
    def x(self): print("deleted")
    @classmethod
    def cm(cls, a): return (cls.__name__, a)
    @staticmethod
    def sm(a): return a * 2
p = P(); p.x = 4; print(p.x, P.x.__doc__); del p.x
print(P.cm(1), p.cm(2), P.sm(3), p.sm(4))
class RO:
    @property
    def v(self): return 1
try:
    RO().v = 2
except AttributeError as e:
    print(e)
class GA:
    def __getattr__(self, name):
        if name.startswith("z"): return name.upper()
        raise AttributeError(name)
g = GA(); g.real = 1
print(g.real, g.zed)
try:
    g.other
except AttributeError as e:
    print("AE", e)
class GAB:
    def __getattribute__(self, name):
        if name == "magic": return 42
        return object.__getattribute__(self, name)
print(GAB().magic)
class SA:
    def __setattr__(self, k, v):
        print("setattr", k, v)
        object.__setattr__(self, k, v)
    def __delattr__(self, k):
        print("delattr", k)
        object.__delattr__(self, k)
s = SA(); s.q = 1; del s.q
class CG:
    def __class_getitem__(cls, item): return (cls.__name__, item)
print(CG[int])
class Cnt:
    def __init__(self): self.items = [3, 1, 2]
    def __len__(self): return len(self.items)
    def __iter__(self): return iter(self.items)
    def __getitem__(self, i): return self.items[i]
    def __setitem__(self, i, v): self.items[i] = v
    def __delitem__(self, i): del self.items[i]
    def __contains__(self, v): return v in self.items
    def __call__(self, *a): return ("called", a)
    def __repr__(self): return "Cnt(%r)" % self.items
    def __str__(self): return "cnt"
    def __format__(self, spec): return "fmt:" + spec
    def __enter__(self): return self
    def __exit__(self, *a): print("exit", a[0]); return True
    def __index__(self): return 2
    def __reversed__(self): return iter("rev")
c = Cnt()
c[0] = 9; del c[1]
print(len(c), list(c), c[0], 2 in c, c(1, 2), repr(c), str(c), f"{c:>5}", format(c, "x"), [1, 2, 3, 4][c], list(reversed(c)))
with c as cc:
    raise ValueError
print(sorted(c), sum(c), max(c), "%s" % c)
class Num:
    def __init__(self, v): self.v = v
    def __int__(self): return int(self.v)
    def __float__(self): return float(self.v)
    def __abs__(self): return Num(abs(self.v))
    def __round__(self, n=None): return ("round", n)
    def __repr__(self): return f"Num({self.v})"
    def __lt__(self, o): return self.v < o.v
print(int(Num(3.7)), float(Num(2)), abs(Num(-2)), round(Num(1)), round(Num(1), 2))
print(Num(1) < Num(2), Num(3) > Num(2))
class MyDict(dict):
    def __missing__(self, k): return k * 2
md = MyDict(a=1)
print(md["a"], md["zz"], isinstance(md, dict), type(md).__name__)
class MyList(list):
    def total(self): return sum(self)
ml = MyList([1, 2, 3]); ml.append(4)
print(ml.total(), ml, len(ml))
class MyStr(str):
    def shout(self): return self.upper() + "!"
print(MyStr("hi").shout(), MyStr("a") + "b", type(MyStr("x")).__name__)
class MyInt(int):
    def double(self): return self * 2
print(MyInt(21).double(), MyInt(3) + 1, type(MyInt(3) + 1).__name__)
class E(Exception):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code
try:
    raise E("bad", 7)
except E as e:
    print(e, e.code, e.args, repr(e))
class Slotted:
    __slots__ = ("a",)
print(hasattr(Slotted(), "__dict__"))
class Eq:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
try:
    hash(Eq(1))
except TypeError as e:
    print(e)
print(Eq(1) == Eq(1), Eq(1) != Eq(2))
print(isinstance(3, (str, int)), issubclass(bool, int), issubclass(D, (A,)))
class Meta(type):
    def __instancecheck__(cls, obj): return obj == "magic"
    def __subclasscheck__(cls, sub): return True
class Chk(metaclass=Meta): pass
print(isinstance("magic", Chk), isinstance(1, Chk), issubclass(int, Chk))
