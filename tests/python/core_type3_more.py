# type(name, bases, dict): methods, class attributes, inheritance, metaclass checks
def init(self, v):
    self.v = v
Point = type("Point", (), {"__init__": init, "__repr__": lambda self: f"Point({self.v})", "dims": 2,
                           "double": lambda self: Point(self.v * 2)})
p = Point(3)
print(p, p.double(), Point.dims, type(p).__name__, Point.__name__, Point.__qualname__, Point.__module__, isinstance(p, Point))
Sub = type("Sub", (Point,), {"dims": 3, "extra": staticmethod(lambda: "static"), "make": classmethod(lambda cls: cls(0))})
s = Sub.make()
print(s, Sub.dims, Sub.extra(), issubclass(Sub, Point), Sub.__mro__ == (Sub, Point, object), Sub.__bases__)
E = type("E", (ValueError,), {})
try:
    raise E("custom error class")
except ValueError as e:
    print(type(e).__name__, e, isinstance(e, E))
I = type("I", (int,), {"__str__": lambda self: f"I<{int(self)}>"})
print(I(5) + 1, str(I(5)), I(7) > 6)
ns = {"a": 1}
T = type("T", (), ns)
ns["a"] = 2
print(T.a, T.__dict__["a"], sorted(k for k in vars(T) if not k.startswith("__")))
for args in [("X", (1,), {}), ("X", (int, str), {}), ("X", (bool,), {})]:
    try:
        type(*args)
    except TypeError as e:
        print("TypeError", e)
