# class attributes: __name__, __qualname__, __module__, __dict__, __doc__, __bases__, __mro__
class Outer:
    """Outer doc."""
    x = 1
    class Inner:
        pass
    def meth(self):
        "method doc"
        return 1
print(Outer.__name__, Outer.__qualname__, Outer.__module__, Outer.__doc__, Outer.Inner.__qualname__, Outer.meth.__qualname__)
print(Outer.meth.__name__, Outer.meth.__doc__, Outer().meth.__name__, "x" in Outer.__dict__, "meth" in Outer.__dict__)
print(Outer.__bases__, Outer.__mro__, int.__bases__, bool.__bases__, type(Outer).__name__)
class NoDoc:
    pass
print(NoDoc.__doc__, len.__name__, int.__name__, type.__name__, object.__name__)
Outer.y = 2
print(Outer.y, Outer().y, hasattr(Outer, "y"))
Outer.__name__ = "Renamed"
print(Outer.__name__, Outer.__qualname__)
def func(a, b=2):
    "func doc"
    return a
print(func.__name__, func.__qualname__, func.__doc__, func.__defaults__, func.__module__, func.__code__.co_argcount)
lam = lambda: 0
print(lam.__name__, lam.__qualname__, lam.__doc__)
def outer():
    def inner():
        pass
    return inner
print(outer().__qualname__, outer.__name__)
print(type(func).__name__, type(len).__name__, type([].append).__name__, type(Outer.meth).__name__, type(Outer().meth).__name__)
