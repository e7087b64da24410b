def inner():
    raise ExceptionGroup("inner", [TypeError("t"), ValueError("v")])

def f():
    excs = []
    for i in range(3):
        try:
            if i == 1:
                inner()
            raise KeyError(i)
        except Exception as e:
            excs.append(e)
    raise ExceptionGroup("outer", excs)

f()
