class MyError(Exception):
    pass
class Outer:
    class Inner(Exception):
        pass
def f():
    try:
        raise MyError("first")
    except MyError:
        raise Outer.Inner()
try:
    f()
except Exception as e:
    print(type(e).__qualname__, repr(e))
import sys
print(sys.maxsize)
assert 1 == 1, "fine"
x = [1, 2]
assert len(x) == 3, f"bad length {len(x)}"
