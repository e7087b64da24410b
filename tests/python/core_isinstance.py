# isinstance / issubclass with classes, tuples, nested tuples and errors
class A: pass
class B(A): pass
class C: pass
class D(B, C): pass

print(isinstance(1, int), isinstance(True, int), isinstance(1, bool), isinstance(1.0, int))
print(isinstance("s", (int, str)), isinstance(None, (int, (float, type(None)))))
print(isinstance(D(), A), isinstance(D(), C), isinstance(B(), C), isinstance(A(), ()))
print(issubclass(D, A), issubclass(D, (C,)), issubclass(A, B), issubclass(bool, int))
print(issubclass(int, object), issubclass(type, object), issubclass(object, type))
print(isinstance(int, type), isinstance(type, type), isinstance(object, type))
print(issubclass(A, A), issubclass(D, (int, (str, (B,)))))
print(isinstance([], list), isinstance({}, dict), isinstance(set(), frozenset))
print(isinstance(ValueError(), Exception), issubclass(KeyError, LookupError))
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(OSError, Exception))
for args in [(1, 1), (1, (int, 2)), (int, "x")]:
    try:
        print(isinstance(*args))
    except Exception as e:
        print(type(e).__name__, e)
for args in [(1, int), (int, 1), (int, (int, 1))]:
    try:
        print(issubclass(*args))
    except Exception as e:
        print(type(e).__name__, e)
try:
    isinstance(1)
except Exception as e:
    print(type(e).__name__, e)

class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == 42
    def __subclasscheck__(cls, sub):
        return sub is int

class Magic(metaclass=Meta):
    pass

print(isinstance(42, Magic), isinstance(41, Magic), issubclass(int, Magic), issubclass(str, Magic))
print(type(D()).__mro__)
print([k.__name__ for k in D.__mro__])
print(D.__bases__, A.__bases__, object.__bases__)
