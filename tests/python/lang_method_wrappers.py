def f(x): "doc f"; return x
sm = staticmethod(f)
cm = classmethod(f)
print(sm.__func__ is f, cm.__func__ is f, sm(3), sm.__doc__, cm.__doc__, sm.__name__ if hasattr(sm, "__name__") else "")
print(sm.__wrapped__ is f, isinstance(sm, staticmethod), type(cm).__name__)
class A:
    @classmethod
    @property
    def cp(cls): return cls.__name__ + " prop"
    s = sm
    c = cm
    @staticmethod
    def st(): return "st"
print(A.cp, A().cp, A.s(1), A.c(), A().c(), A.st(), A().st())
print(repr(staticmethod(f))[:20], repr(classmethod(f))[:19])
p = property(lambda self: 1)
print(p.fget(None), p.fset, p.__isabstractmethod__)
class B:
    def __init__(self): self._x = 0
    x = property()
    x = x.getter(lambda self: self._x)
    x = x.setter(lambda self, v: setattr(self, "_x", v))
b = B(); b.x = 9; print(b.x)
class Abs:
    @property
    def a(self): return 1
    a.__isabstractmethod__ = True if False else None
print(callable(sm), callable(cm))
