class A:
    def f(self): return "A.f"
    @classmethod
    def c(cls): return "A.c " + cls.__name__
    @staticmethod
    def s(): return "A.s"
    @property
    def p(self): return "A.p"
class B(A):
    def f(self):
        def inner():
            return __class__.__name__
        return "B.f>" + super().f() + " " + inner()
    @classmethod
    def c(cls): return "B.c>" + super().c()
    @property
    def p(self): return "B.p>" + super().p
    def lam(self):
        return (lambda: super(B, self).f())()
    def gen(self):
        yield super().f()
    def comp(self):
        return [super(B, self).f() for _ in range(1)]
print(B().f(), B.c(), B().c(), B().p, B().lam(), list(B().gen()), B().comp())
print(super(B, B()).s(), super(B, B).c())
s = super(B, B())
print(type(s).__name__, s.f())
try:
    super()
except RuntimeError as e:
    print(e)
def nomethod():
    return super().x
try:
    nomethod()
except RuntimeError as e:
    print(e)
class C:
    def m(self):
        return __class__
print(C().m() is C)
class D(C):
    pass
print(D().m() is C)
try:
    super(int, "x")
except TypeError as e:
    print(e)
class Init:
    def __init__(self, a):
        self.a = a
class Init2(Init):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
i = Init2(1, 2); print(i.a, i.b)
class Multi(Init2, C):
    def __init__(self):
        super().__init__(5, 6)
print(Multi().a, [k.__name__ for k in Multi.__mro__])
def closure_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    def get(): return count
    return inc, get
inc, get = closure_counter()
inc(); inc()
print(get())
def late_binding():
    fs = []
    for i in range(3):
        def f(i=i): return i
        fs.append(f)
    return [f() for f in fs]
print(late_binding())
x = "global"
def shadow():
    x = "local"
    def inner():
        global x
        return x
    return inner()
print(shadow())
class Scope:
    y = 1
    def m(self):
        try:
            return y
        except NameError as e:
            return str(e)
print(Scope().m())
def outer():
    v = "outer"
    class Inner:
        v = "class"
        def get(self): return v
    return Inner().get(), Inner.v
print(outer())
def deleted():
    z = 1
    def g(): return z
    del z
    try:
        g()
    except NameError as e:
        print(e)
deleted()
