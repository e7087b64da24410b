# super() and object() basics
class A:
    def who(self):
        return "A"
    def chain(self):
        return ["A"]
class B(A):
    def who(self):
        return "B>" + super().who()
    def chain(self):
        return ["B"] + super().chain()
class C(A):
    def who(self):
        return "C>" + super().who()
    def chain(self):
        return ["C"] + super().chain()
class D(B, C):
    def who(self):
        return "D>" + super().who()
    def chain(self):
        return ["D"] + super().chain()
print(D().who(), D().chain(), [k.__name__ for k in D.__mro__])
print(super(B, D()).who(), super(C, D()).who(), super(D, D()).chain())
class Base:
    def __init__(self, x):
        self.x = x
class Child(Base):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y
c = Child(1, 2)
print(c.x, c.y)
class K:
    @classmethod
    def make(cls):
        return cls.__name__
class K2(K):
    @classmethod
    def make(cls):
        return "K2:" + super().make()
print(K2.make(), K.make())
o = object()
print(type(o).__name__, str(o)[:8], o == o, o != object(), hash(o) == hash(o), isinstance(o, object))
for expr in ["object(1)", "o.x", "setattr(o, 'x', 1)", "super()", "super(int, 'x')"]:
    try:
        print(eval(expr))
    except Exception as e:
        print(type(e).__name__, e)
print(object.__name__, object.__bases__, len(dir(object)) > 10, object.__doc__ is not None or True)
class S(str):
    def upper(self):
        return "custom " + super().upper()
print(S("abc").upper(), super(S, S("x")).upper())
