# class vs instance attributes, shadowing, mutation through the class
class Counter:
    total = 0
    shared = []
    def __init__(self, name):
        self.name = name
        Counter.total += 1
    def bump(self):
        self.total += 1
        return self.total
a, b = Counter("a"), Counter("b")
print(Counter.total, a.total, b.bump(), b.total, Counter.total, a.total)
a.shared.append("x")
print(b.shared, Counter.shared is a.shared)
a.shared = ["own"]
print(a.shared, b.shared, "shared" in vars(a), "shared" in vars(b))
del a.shared
print(a.shared)
Counter.total = 100
print(a.total, b.total, Counter("c").total)
class WithMethod:
    def m(self):
        return "class method"
w = WithMethod()
w.m = lambda: "instance attr"
print(w.m(), WithMethod.m(w), WithMethod().m())
class Const:
    PI = 3.14159
    @classmethod
    def area(cls, r):
        return cls.PI * r * r
class Rough(Const):
    PI = 3
print(Const.area(1), Rough.area(1), Rough().area(2), Const.PI, Rough.__dict__.get("PI"), "area" in Rough.__dict__)
