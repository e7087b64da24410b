# polymorphic method call sites
class Base:
    def __init__(self, k):
        self.k = k
    def name(self):
        return "base%d" % self.k
    def run(self):
        return self.name()
class A(Base):
    def name(self):
        return "A%d" % self.k
class B(Base):
    def name(self):
        return "B%d" % self.k
class C(Base): pass
class D(Base):
    def name(self):
        return "D"
class E(Base):
    def name(self):
        return "E"
objs = [A(1), B(2), C(3), D(4), E(5), A(6)]
for _ in range(5):
    print([o.run() for o in objs])
B.name = lambda self: "patched"
print([o.run() for o in objs])
c = C(9)
c.name = lambda: "instance attr"
print(c.run(), [o.run() for o in objs])
del B.name
print([o.run() for o in objs])
print([x.upper() for x in ["a", "b"]], [x.bit_length() for x in [1, 255]], [x.append(1) for x in [[], []]])
