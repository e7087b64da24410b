def f():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError:
        raise RuntimeError("from handler")
    except* TypeError as g:
        raise
    except* KeyError as g:
        g.add_note("noted")
        raise g

def g():
    try:
        f()
    except* RuntimeError as e:
        print("got", repr(e))
        print("context", repr(e.exceptions[0].__context__))

g()
