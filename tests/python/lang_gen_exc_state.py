def current():
    try:
        raise RuntimeError
    except RuntimeError as e:
        return e.__context__
def g():
    try:
        raise KeyError("own")
    except KeyError:
        yield repr(current())
    yield repr(current())
    try:
        raise TypeError("own2")
    except TypeError:
        yield repr(current())
        yield repr(current())
    yield repr(current())
it = g()
print(next(it))
try:
    raise ValueError("caller1")
except ValueError:
    print(next(it))
print(next(it))
try:
    raise OSError("caller2")
except OSError:
    print(next(it))
print(next(it))
print(repr(current()))
