# builtin exception objects: args, str, repr, attributes, hierarchy
for exc in [ValueError(), ValueError("msg"), ValueError("a", 2), KeyError("k"), KeyError(), IndexError(5),
            StopIteration(7), SystemExit(3), Exception(None), TypeError("t")]:
    print(type(exc).__name__, exc.args, repr(str(exc)), repr(exc))
e = StopIteration(7)
print(e.value, SystemExit(3).code, SystemExit().code, KeyError("k").args[0])
print(issubclass(KeyError, LookupError), issubclass(IndexError, LookupError), issubclass(ZeroDivisionError, ArithmeticError),
      issubclass(OverflowError, ArithmeticError), issubclass(UnicodeDecodeError, ValueError), issubclass(RecursionError, RuntimeError),
      issubclass(NotImplementedError, RuntimeError), issubclass(ModuleNotFoundError, ImportError), issubclass(FileNotFoundError, OSError),
      issubclass(KeyboardInterrupt, Exception), issubclass(GeneratorExit, BaseException), issubclass(StopAsyncIteration, Exception))
print([c.__name__ for c in KeyError.__mro__])
class MyErr(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code
try:
    raise MyErr(5)
except MyErr as ex:
    print(ex, ex.code, ex.args, repr(ex))
try:
    raise ValueError("inner")
except ValueError as ex:
    ex2 = ex
print(type(ex2).__name__, ex2.__traceback__ is not None, ex2.__cause__, ex2.__context__)
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise KeyError("outer") from z
except KeyError as k:
    print(repr(k.__cause__), k.__suppress_context__, repr(k.__context__))
e3 = Exception("x")
e3.extra = 1
print(e3.extra, Exception("a") == Exception("a"), str(Exception()), repr(Exception()))
print(repr(ValueError("quote'd")), str(KeyError("a'b")), BaseException("z").with_traceback(None))
