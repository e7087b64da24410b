class Bad:
    def __set_name__(self, owner, name):
        raise ValueError("nope")
try:
    class H:
        d = Bad()
except Exception as e:
    print(type(e).__name__, e, repr(e.__cause__))
class Q:
    __qualname__ = "Custom.Q"
    x: int = 1
    y: "str"
print(Q.__qualname__, Q.__name__, Q.__module__, Q.__annotations__)
def deco(cls):
    cls.decorated = True
    return cls
@deco
class Dd:
    pass
print(Dd.decorated)
ns = {}
exec("class G:\n    def m(self): return 'G.m'\n", ns)
print(ns["G"]().m(), ns["G"].__module__ if "__name__" in ns else "nomod")
T = type("T", (object,), {"__slots__": ("a",), "f": lambda self: 5})
t = T(); t.a = 1
print(t.f(), t.a, hasattr(t, "__dict__"))
class Base:
    registry = []
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Base.registry.append(cls.__name__)
class S1(Base): pass
class S2(S1): pass
print(Base.registry)
class Abstract:
    def method(self):
        raise NotImplementedError
try:
    Abstract().method()
except NotImplementedError as e:
    print("NotImplementedError", e)
class WithClassVar:
    counter = 0
    def __init__(self):
        type(self).counter += 1
WithClassVar(); WithClassVar()
print(WithClassVar.counter)
class Vec:
    __slots__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y
    def __repr__(self): return f"Vec({self.x}, {self.y})"
class Vec3(Vec):
    __slots__ = ("z",)
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z
v = Vec3(1, 2, 3)
print(v, v.z, hasattr(v, "__dict__"))
try:
    v.w = 1
except AttributeError as e:
    print(e)
print(Vec.__dict__["x"], type(Vec.x).__name__)
class Attr:
    def __init__(self): self.a = 1
o = Attr()
d = o.__dict__
o.b = 2
d["c"] = 3
print(o.__dict__, o.c, d is o.__dict__)
del d["a"]
try:
    o.a
except AttributeError as e:
    print(e)
o.__dict__.clear()
print(vars(o))
o.z = 26
print(vars(o), o.z)
class Prop2:
    def __init__(self): self._v = 0
    def _get(self): return self._v
    def _set(self, v): self._v = v * 10
    v = property(_get, _set, doc="vdoc")
pp = Prop2(); pp.v = 2
print(pp.v, Prop2.v.__doc__)
print(type(type), type(object), type.__mro__, object.__bases__, type.__bases__)
print(isinstance(type, object), isinstance(object, type))
class MetaAttr(type):
    def hello(cls): return "hello " + cls.__name__
class UsesMeta(metaclass=MetaAttr): pass
print(UsesMeta.hello())
try:
    UsesMeta().hello()
except AttributeError as e:
    print(e)
