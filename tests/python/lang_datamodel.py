class A:
    def __eq__(self, o):
        print("A.eq"); return NotImplemented
    def __lt__(self, o):
        print("A.lt"); return NotImplemented
class B(A):
    def __eq__(self, o):
        print("B.eq"); return True
    def __gt__(self, o):
        print("B.gt"); return True
print(A() == B())
print(A() < B())
print(A() == A())
a = A(); print(a == a, a != a)
try:
    A() < A()
except TypeError as e:
    print(e)
class BadBool:
    def __bool__(self): return 1
try:
    bool(BadBool())
except TypeError as e:
    print(e)
class BadLen:
    def __len__(self): return -1
try:
    len(BadLen())
except ValueError as e:
    print(e)
class BadLen2:
    def __len__(self): return "x"
try:
    len(BadLen2())
except TypeError as e:
    print(e)
class BadIter:
    def __iter__(self): return 5
try:
    iter(BadIter())
except TypeError as e:
    print(e)
class BadInit:
    def __init__(self): return 5
try:
    BadInit()
except TypeError as e:
    print(e)
class NewOther:
    def __new__(cls): return 42
    def __init__(self): print("not called")
print(NewOther())
class Singleton:
    _inst = None
    def __new__(cls, *a):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self, v): self.v = v
s1 = Singleton(1); s2 = Singleton(2)
print(s1 is s2, s1.v)
class NoInit:
    pass
try:
    NoInit(1)
except TypeError as e:
    print(e)
class HashInherit(A):
    pass
try:
    hash(HashInherit())
except TypeError as e:
    print(e)
class HashOK:
    def __eq__(self, o): return True
    __hash__ = object.__hash__
print(type(hash(HashOK())).__name__)
for expr in ["None + 1", "len(5)", "'a'.nope", "[].x", "{}.y"]:
    try:
        eval(expr)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
class Callable:
    def __call__(self, x): return x + 1
print(Callable()(1), callable(Callable()), callable(5))
class WithDel:
    def __init__(self): self.items = {}
    def __getitem__(self, k): return self.items[k]
    def __setitem__(self, k, v): self.items[k] = v
w = WithDel(); w["a"] = 1
try:
    del w["a"]
except AttributeError as e:
    print("AttributeError", e)
class Rev:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i
print(list(reversed(Rev())), list(Rev()), 1 in Rev())
class IdxObj:
    def __index__(self): return 1
print([10, 20][IdxObj()], bin(IdxObj()), range(5)[IdxObj()], "abc"[IdxObj():])
class Fmt:
    def __format__(self, spec): return f"<{spec}>"
print(f"{Fmt():abc}", format(Fmt()), "{:x}".format(Fmt()))
class Sized:
    def __len__(self): return 0
print(bool(Sized()), not Sized())
class Neg:
    def __neg__(self): return "neg"
    def __pos__(self): return "pos"
    def __invert__(self): return "inv"
print(-Neg(), +Neg(), ~Neg())
class Cmp:
    def __init__(self, v): self.v = v
    def __le__(self, o): return self.v <= o.v
    def __ge__(self, o): return self.v >= o.v
print(Cmp(1) <= Cmp(2), Cmp(1) >= Cmp(2))
