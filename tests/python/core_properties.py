# property, staticmethod, classmethod
class Temp:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273:
            raise ValueError("too cold")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting")
        self._c = None
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
    @staticmethod
    def info(x):
        return f"info {x}"
    @classmethod
    def create(cls, c):
        t = cls()
        t.celsius = c
        return t
t = Temp()
t.celsius = 100
print(t.celsius, t.fahrenheit, Temp.info(1), t.info(2), Temp.create(5).celsius)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError", e)
try:
    t.fahrenheit = 1
except Exception as e:
    print(type(e).__name__, e)
del t.celsius
print(t.celsius)
try:
    del t.fahrenheit
except Exception as e:
    print(type(e).__name__, e)
print(type(Temp.__dict__["celsius"]).__name__, type(Temp.__dict__["info"]).__name__, type(Temp.__dict__["create"]).__name__)
p = property(lambda self: 42)
class Q:
    answer = p
print(Q().answer, Q.answer is p, p.fget is not None, p.fset)
class R:
    def get(self):
        return "got"
    x = property(get, doc="the x")
print(R().x, R.x.__doc__)
print(Temp.create.__self__ is Temp if hasattr(Temp.create, "__self__") else True, callable(Temp.info))
