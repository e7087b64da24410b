# try/except/finally, raise, exception classes and chaining
def div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return None
    finally:
        pass

print(div(1, 2), div(1, 0))

try:
    raise ValueError(1, 2)
except (TypeError, ValueError) as e:
    print(type(e).__name__, e.args)

def g():
    try:
        return 1
    finally:
        print(2)

print(g())

class MyError(Exception):
    pass

try:
    raise MyError
except Exception as e:
    print(repr(e), isinstance(e, MyError))

for i in range(3):
    try:
        if i == 1:
            continue
        print(i)
    finally:
        print(10 + i)

try:
    try:
        {}[1]
    except KeyError as e:
        raise IndexError(5) from e
except IndexError as e:
    print(repr(e), repr(e.__cause__))

try:
    [][3]
except LookupError as e:
    print(e)

def nested():
    try:
        raise TypeError(3)
    except TypeError:
        raise
try:
    nested()
except TypeError as e:
    print(e.args)
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError))
