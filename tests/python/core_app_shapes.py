# class hierarchy with abstract-ish base, sorting by area, repr/str, isinstance
class Shape:
    def area(self):
        raise NotImplementedError(f"{type(self).__name__}.area")
    def __repr__(self):
        return f"{type(self).__name__}({', '.join(f'{k}={v}' for k, v in vars(self).items())})"
    def __lt__(self, other):
        return self.area() < other.area()
class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
class Circle(Shape):
    def __init__(self, r):
        self.r = r
    def area(self):
        return round(3.14159 * self.r ** 2, 3)
shapes = [Rect(2, 3), Square(2), Circle(1), Rect(1, 10), Circle(0.5)]
print(sorted(shapes), max(shapes), min(shapes).area(), sum(s.area() for s in shapes))
print([type(s).__name__ for s in shapes if isinstance(s, Rect)], issubclass(Square, Shape), isinstance(Circle(1), Rect))
print({type(s).__name__: s.area() for s in shapes}, Square.__mro__[1].__name__, str(Square(3)))
try:
    Shape().area()
except NotImplementedError as e:
    print("NotImplementedError", e)
by_kind = {}
for s in shapes:
    by_kind.setdefault(type(s).__name__, []).append(s.area())
print(sorted(by_kind.items()))
