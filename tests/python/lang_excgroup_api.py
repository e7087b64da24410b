eg = BaseExceptionGroup("b", [ValueError(1), KeyboardInterrupt()])
print(type(eg).__name__, eg, eg.args, eg.message, eg.exceptions)
print(isinstance(eg, Exception), isinstance(ExceptionGroup("x", [ValueError()]), Exception))
m, r = eg.split(Exception)
print(repr(m), repr(r))
print(eg.subgroup(KeyboardInterrupt))
print(repr(eg.subgroup(lambda e: isinstance(e, ValueError))))
print(eg.split(BaseException)[0] is eg)
e1 = ValueError(1)
eg = ExceptionGroup("t", [e1])
eg.__cause__ = KeyError("c")
eg.__context__ = OSError("x")
eg.add_note("n1")
try:
    raise eg
except ExceptionGroup as g:
    tb = g.__traceback__
m, r = eg.split(ValueError)
print(m is eg, r)
m, r = eg.split(TypeError)
print(m, repr(r))
s = eg.subgroup(lambda e: e is e1)
print(s is eg)
d = eg.derive([TypeError(5)])
print(repr(d), d.__cause__, d.__context__, d.__traceback__, getattr(d, "__notes__", None))
class Odd(ExceptionGroup):
    def derive(self, excs):
        return 42
try:
    Odd("o", [ValueError(), TypeError()]).split(ValueError)
except TypeError as e:
    print(e)
class BEG(BaseExceptionGroup):
    pass
print(type(BEG("x", [ValueError()])).__name__)
class EG2(ExceptionGroup):
    pass
try:
    EG2("x", [KeyboardInterrupt()])
except TypeError as e:
    print(e)
print(ExceptionGroup("x", [ValueError()]).__str__())
print(repr(ExceptionGroup("x", (ValueError(),))))
e = ValueError()
print(hasattr(e, "__notes__"))
e.__notes__ = "not a list"
try:
    e.add_note("x")
except TypeError as err:
    print(err)
try:
    ExceptionGroup("x", {1: ValueError()})
except TypeError as err:
    print(err)
