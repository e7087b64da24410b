def current():
    try:
        raise RuntimeError
    except RuntimeError as e:
        return e.__context__

def run(exc, *types):
    log = []
    try:
        try:
            if exc is not None:
                raise exc
        except* ValueError as e:
            log.append(("V", repr(e), repr(current())))
        except* (TypeError, KeyError) as e:
            log.append(("TK", repr(e)))
        except* OSError:
            log.append("OS")
            raise
        else:
            log.append("else")
        finally:
            log.append("finally")
    except BaseException as e:
        log.append(("escaped", repr(e)))
    print(log)
    print("after", current())

run(None)
run(ValueError(1))
run(KeyError(2))
run(OSError(3))
run(ZeroDivisionError(4))
run(ExceptionGroup("g", [ValueError(1), TypeError(2), OSError(3), ZeroDivisionError(4)]))
run(ExceptionGroup("g", [ExceptionGroup("h", [ValueError(1)]), KeyError(2)]))
run(BaseExceptionGroup("b", [KeyboardInterrupt(), ValueError(5)]))

for bad in (ExceptionGroup, (ValueError, BaseExceptionGroup), int, "x"):
    try:
        try:
            raise ValueError(0)
        except* bad:
            pass
    except TypeError as e:
        print(type(e).__name__, e)

# a loop inside an except* body may break/continue
try:
    raise ExceptionGroup("x", [ValueError(1)])
except* ValueError:
    for i in range(5):
        if i == 1:
            continue
        if i == 3:
            break
        print("loop", i)

# name is cleared after the handler
try:
    raise ValueError(1)
except* ValueError as err:
    pass
try:
    err
except NameError as e:
    print("NameError", e)

class MyEG(ExceptionGroup):
    def derive(self, excs):
        r = MyEG(self.message.upper(), excs)
        r.extra = "derived"
        return r

try:
    raise MyEG("mine", [ValueError(1), TypeError(2)])
except* ValueError as e:
    print(type(e).__name__, repr(e), e.extra)
except* TypeError as e:
    print(type(e).__name__, repr(e), e.extra)
