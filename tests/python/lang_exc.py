def f():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("converted") from e
try:
    f()
except ValueError as e:
    print(repr(e.__cause__), e.__suppress_context__, repr(e.__context__))
try:
    try:
        raise KeyError(1)
    except KeyError:
        raise TypeError("t")
except TypeError as e:
    print(repr(e.__context__), e.__suppress_context__)
try:
    raise ValueError("x") from None
except ValueError as e:
    print(e.__cause__, e.__suppress_context__)
try:
    raise 5
except TypeError as e:
    print(e)
try:
    raise ValueError from 5
except TypeError as e:
    print(e)
try:
    raise
except RuntimeError as e:
    print(e)
def g():
    try:
        return "try"
    finally:
        print("finally runs")
print(g())
def h():
    try:
        raise ValueError
    finally:
        return "swallowed"
print(h())
def k():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
        finally:
            print("fin", i)
k()
try:
    try:
        raise ValueError("inner")
    finally:
        print("cleanup")
except ValueError as e:
    print("outer caught", e)
e = ValueError("note")
e.add_note("extra info")
print(e.__notes__)
try:
    assert 1 == 2, "msg"
except AssertionError as e:
    print(repr(e))
try:
    assert False
except AssertionError as e:
    print(repr(e))
class CustomErr(Exception):
    def __str__(self): return "custom!"
try:
    raise CustomErr
except CustomErr as e:
    print(e, type(e).__name__)
try:
    try:
        raise KeyError("a")
    except KeyError as e:
        raise
except KeyError as e:
    print("reraised", e)
try:
    {}["missing"]
except LookupError as e:
    print(type(e).__name__, e)
def nested():
    try:
        raise ValueError(1)
    except ValueError:
        try:
            raise TypeError(2)
        except TypeError:
            pass
        return repr(e) if False else "ok"
print(nested())
x = "alive"
try:
    raise ValueError
except ValueError as x:
    pass
try:
    print(x)
except NameError as err:
    print(err)
import_err = None
e = Exception(1, 2)
print(e.args, str(e), repr(e))
e = Exception()
print(str(e) == "", repr(e))
print(repr(StopIteration(5).value), SystemExit(3).code, KeyError("k"))
print(ZeroDivisionError.__mro__)
tb = None
try:
    raise ValueError
except ValueError as e:
    tb = e.__traceback__
print(type(tb).__name__, tb.tb_lineno, tb.tb_next)
e2 = ValueError("w").with_traceback(tb)
print(e2.__traceback__ is tb)
