# classes: __init__, methods, attributes, inheritance, super()
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y

    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)

    def __eq__(self, other):
        return self.x == other.x and self.y == other.y

    def __repr__(self):
        return repr((self.x, self.y))

p = Point(3, 4)
q = p + Point(1, 1)
print(p.norm2(), q.x, q.y, p == Point(3, 4), p != q, q)

class Animal:
    kind = 0
    def __init__(self, name):
        self.name = name
    def speak(self):
        return 1
    def describe(self):
        return (self.name, self.speak())

class Dog(Animal):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def speak(self):
        return super().speak() + 1

d = Dog(7, 3)
print(d.describe(), d.age, Dog.kind, isinstance(d, Animal), issubclass(Dog, Animal))
total = 0
for i in range(100):
    total += p.norm2()
print(total)

class Counter:
    count = 0
    def bump(self):
        Counter.count += 1
        return Counter.count

c = Counter()
c.bump()
print(c.bump(), Counter.count)

class Prop:
    def __init__(self):
        self._v = 1
    @property
    def v(self):
        return self._v * 10
    @staticmethod
    def s(x):
        return x + 1
    @classmethod
    def c(cls):
        return cls

pr = Prop()
print(pr.v, Prop.s(1), pr.s(2), Prop.c() is Prop)
