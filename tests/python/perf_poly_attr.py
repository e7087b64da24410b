# polymorphic attribute sites (one base-class method, many subclasses)
class Base:
    def __init__(self, v):
        self.v = v
        self.w = v * 2
    def get(self):
        return self.v + self.w

class A(Base): pass
class B(Base): pass
class C(Base): pass
class D(Base): pass
class E(Base): pass
class F(Base):
    def __init__(self, v):
        self.w = v
        self.v = -v

objs = [K(i) for i in range(3) for K in (A, B, C, D, E, F)]
for _ in range(30):
    total = sum(o.get() for o in objs)
print(total)

# a data descriptor added later on one class takes over
class Prop:
    def __get__(self, obj, typ):
        return 1000
    def __set__(self, obj, val):
        pass
B.v = Prop()
print([o.get() for o in objs[:6]])
del B.v
print([o.get() for o in objs[:6]])
# instance attribute deleted: falls back to AttributeError
a = A(5)
del a.w
try:
    a.get()
except AttributeError as e:
    print(type(e).__name__, e)
a.w = 1
print(a.get())
# __getattribute__ override on a subclass
class G(Base):
    def __getattribute__(self, name):
        if name == "v":
            return 7
        return object.__getattribute__(self, name)
objs.append(G(1))
print([o.get() for o in objs[-3:]])
# polymorphic stores
def setall(objs, k):
    for o in objs:
        o.v = k
for k in range(30):
    setall(objs[:-1], k)
print([o.v for o in objs[:-1]])
class Slotted(Base):
    def __setattr__(self, name, val):
        object.__setattr__(self, name, val * 10)
objs2 = objs[:6] + [Slotted(1)]
for k in range(20):
    setall(objs2, k)
print([o.v for o in objs2])
class RO:
    @property
    def v(self):
        return 5
try:
    setall([RO()], 1)
except AttributeError as e:
    print(type(e).__name__)
