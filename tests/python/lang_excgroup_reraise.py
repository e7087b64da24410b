def show(f):
    try:
        f()
    except BaseException as e:
        print(type(e).__name__, repr(e), getattr(e, "__notes__", None))
        if isinstance(e, BaseExceptionGroup):
            for s in e.exceptions:
                print("  ", repr(s), getattr(s, "__notes__", None))
def a():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError as eg:
        eg.add_note("n")
        raise eg
def b():
    try:
        raise ValueError(1)
    except* ValueError as eg:
        eg.exceptions[0].add_note("leaf note")
        raise
def c():
    e = ExceptionGroup("g", [ValueError(1), TypeError(2)])
    e.add_note("orig note")
    try:
        raise e
    except* ValueError:
        pass
def d():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("k")
    except* TypeError:
        raise
def e():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError as g:
        raise g.exceptions[0]
for f in (a, b, c, d, e):
    show(f)
