class C:
    def __enter__(self): print("enter"); return self
    def __exit__(self, *a): print("exit", a[:2], type(a[2]).__name__); return True
with C() as c:
    raise ValueError("x")
class D:
    def __enter__(self): return 1
    def __exit__(self, t, v, tb): print(t, v, tb is not None)
try:
    with D() as d:
        print(d); 1/0
except ZeroDivisionError: print("propagated")
import contextlib, threading
with contextlib.suppress(KeyError): {}[1]
l = threading.Lock()
with l: print(l.locked())
class E:
    __enter__ = staticmethod(lambda: "static")
    def __exit__(self, *a): pass
try:
    with E() as e: print(e)
except TypeError as ex: print("TypeError", ex)
class F:
    def __enter__(self, extra): pass
    def __exit__(self, *a): pass
try:
    with F(): pass
except TypeError as ex: print("TypeError", ex)
