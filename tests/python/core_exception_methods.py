# exception objects: with_traceback, args mutation, add_note (3.11), __str__ overrides
e = ValueError("a", "b")
print(e.args, str(e), repr(e))
e.args = ("changed",)
print(e.args, str(e), repr(e))
e2 = e.with_traceback(None)
print(e2 is e, e.__traceback__)
e.add_note("first note")
e.add_note("second")
print(e.__notes__)
try:
    e.add_note(42)
except TypeError as ex:
    print("TypeError", ex)
class Custom(Exception):
    def __str__(self):
        return "custom str"
print(str(Custom("x")), repr(Custom("x")), Custom("x").args, str(Custom()))
class WithInit(Exception):
    def __init__(self, a, b):
        self.a, self.b = a, b
w = WithInit(1, 2)
print(w.args, str(w), repr(w), w.a + w.b)
try:
    raise WithInit(3, 4)
except WithInit as ex:
    print("caught", ex.a, ex.b, type(ex).__mro__[1].__name__)
print(BaseException().args, Exception(None).args, str(Exception(1, 2)), repr(BaseException("q")))
print(isinstance(KeyError(), LookupError), KeyError.__bases__, ValueError.__name__, ArithmeticError.__subclasses__() if False else "skip")
