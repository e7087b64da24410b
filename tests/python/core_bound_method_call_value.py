class A:
    def m(self, x, y=2): return (self.v, x, y)
    def __init__(self): self.v = 7
a = A()
f = a.m
print(f(1), f(1, 3), f(1, y=5), f(*[4]), f(**{"x": 9}))
try: f()
except TypeError as e: print(e)
try: f(1, 2, 3)
except TypeError as e: print(e)
import traceback
class B:
    def boom(self): raise ValueError("x")
g = B().boom
try: g()
except ValueError: traceback.print_exc()
def cb(fn): return fn(10)
print(cb(a.m))
print(list(map(a.m, [1, 2])))
