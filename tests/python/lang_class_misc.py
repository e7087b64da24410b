class A:
    x = 1
    def m(self): return "A.m"
class B:
    def m(self): return "B.m"
a = A()
print(a.m())
a.__class__ = B
print(a.m(), type(a).__name__, isinstance(a, B))
try:
    a.__class__ = 5
except TypeError as e:
    print(e)
d = A.__dict__
print(type(d).__name__, d["x"], "m" in d, sorted(k for k in d if not k.startswith("__")))
try:
    d["y"] = 2
except TypeError as e:
    print(e)
print(repr(vars(A))[:25])
A.y = 5
print(A.__dict__["y"], A().y)
del A.y
try:
    A().y
except AttributeError as e:
    print(e)
def patched(self): return "patched"
A.m = patched
print(A().m())
del A.m
try:
    A().m()
except AttributeError as e:
    print(e)
class C:
    def __init__(self): self.v = 1
c = C()
try:
    del c.nope
except AttributeError as e:
    print(e)
print(C.__name__, C.__qualname__, C.__module__, C.__doc__, C.__base__, C.__bases__)
C.__name__ = "Renamed"
print(C.__name__, C)
class WithDoc:
    "docstring here"
print(WithDoc.__doc__, WithDoc().__doc__)
print(type.__name__, int.__qualname__)

o = object()
try:
    o.__dict__
except AttributeError as e:
    print(e)
print(C.__dict__["__init__"].__name__, type(C.__dict__["__init__"]).__name__)
print(int.__dict__["bit_length"] if False else "skip")
