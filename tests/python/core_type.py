# type(): one argument, three arguments, and errors
print(type(1), type("a"), type(None), type(type), type(len))
print(type(1) is int, type(True) is bool, type(1.0) is float)
print(type([]).__name__, type({}).__qualname__, type(()).__module__)

X = type("X", (), {"a": 1, "f": lambda self: self.a * 2})
x = X()
print(X.__name__, X.a, x.f(), type(x) is X, X.__bases__)
Y = type("Y", (X,), {"a": 5})
print(Y().f(), issubclass(Y, X), Y.__mro__ == (Y, X, object))
Z = type("Z", (int,), {})
print(Z(7) + 1, isinstance(Z(3), int))
print(repr(type("Q", (), {}))[-4:])

for args in [("N", 1, {}), ("N", (), 1), (1, (), {}), ("N", (1,), {}), ("a", "b")]:
    try:
        type(*args)
    except Exception as e:
        print(type(e).__name__, e)
try:
    type()
except Exception as e:
    print(type(e).__name__, e)

class M(type):
    def __new__(mcls, name, bases, ns):
        ns["made_by"] = mcls.__name__
        return super().__new__(mcls, name, bases, ns)

class K(metaclass=M):
    pass

print(K.made_by, type(K) is M, type(K).__name__)
K2 = M("K2", (), {})
print(K2.made_by, type(K2) is M)
print(type.__name__, type(object), object.__class__)

class P:
    pass

p = P()
p.__class__ = P
print(type(p).__name__)
print(int.__name__, int.__qualname__, str.__module__)
class Outer:
    class Inner:
        pass
print(Outer.Inner.__qualname__, Outer.Inner.__name__)
