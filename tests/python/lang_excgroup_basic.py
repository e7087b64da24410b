def t(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: ExceptionGroup("m", [ValueError(1)]))
t(lambda: BaseExceptionGroup("m", [ValueError(1)]))
t(lambda: type(BaseExceptionGroup("m", [ValueError(1)])))
t(lambda: type(BaseExceptionGroup("m", [KeyboardInterrupt()])))
t(lambda: ExceptionGroup("m", [KeyboardInterrupt()]))
t(lambda: ExceptionGroup("m", []))
t(lambda: ExceptionGroup("m", 5))
t(lambda: ExceptionGroup(5, [ValueError()]))
t(lambda: ExceptionGroup("m", [5]))
t(lambda: ExceptionGroup("m"))
t(lambda: ExceptionGroup("m", [ValueError()], 3))
t(lambda: ExceptionGroup("m", (ValueError(),)).args)
t(lambda: str(ExceptionGroup("m", (ValueError(),TypeError()))))
t(lambda: ExceptionGroup.__mro__)
t(lambda: BaseExceptionGroup.__mro__)
eg = ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)]), KeyError(4)])
print(eg.split(ValueError))
print(eg.split(TypeError))
print(eg.split((TypeError, KeyError)))
print(eg.subgroup(lambda e: isinstance(e, ValueError)))
print(eg.subgroup(lambda e: True) is eg)
print(eg.split(OSError))
print(eg.message, eg.exceptions)
print(eg.derive([ValueError()]))
class MyEG(ExceptionGroup):
    def derive(self, excs):
        return MyEG(self.message + "!", excs)
m = MyEG("x", [ValueError(1), TypeError(2)])
print(repr(m.split(ValueError)))
print(repr(m))
class MyEG2(ExceptionGroup): pass
m = MyEG2("x", [ValueError(1), TypeError(2)])
print(repr(m.split(ValueError)))
t(lambda: eg.split(5))
t(lambda: eg.subgroup(5))
e = ValueError(3)
e.add_note("hello")
e.add_note("world")
print(e.__notes__)
t(lambda: e.add_note(5))
try:
    raise eg
except* ValueError as g:
    print("V", repr(g))
except* TypeError as g:
    print("T", repr(g))
except* KeyError as g:
    print("K", repr(g))
try:
    raise ValueError(7)
except* ValueError as g:
    print("naked", repr(g), repr(g.exceptions[0]))
try:
    try:
        raise eg
    except* ValueError as g:
        raise
except ExceptionGroup as g2:
    print("reraise", repr(g2))
try:
    try:
        raise eg
    except* ValueError as g:
        raise RuntimeError("new")
except ExceptionGroup as g2:
    print("raised", repr(g2), repr(g2.exceptions[0].__context__))
try:
    try:
        raise ValueError(9)
    except* ValueError as g:
        raise RuntimeError("new")
except Exception as g2:
    print("raised", repr(g2))
try:
    raise TypeError(3)
except* ValueError:
    print("no")
except* TypeError:
    print("yes")
else:
    print("else")
finally:
    print("fin")
try:
    pass
except* ValueError:
    pass
else:
    print("else")
try:
    raise eg
except* ExceptionGroup:
    pass
