# ref subclasses with extra state and a __call__ going through super(),
# method objects built from (function, instance), metaclass __call__.
import gc
from _weakref import ref

class A:
    def __init__(self, n):
        self.n = n
    def get(self):
        return self.n * 2

class MethodRef(ref):
    def __new__(cls, bound, callback=None):
        self = ref.__new__(cls, bound.__self__, callback)
        self.func = bound.__func__
        self.kind = type(bound)
        return self
    def __init__(self, bound, callback=None):
        super().__init__(bound.__self__, callback)
    def __call__(self):
        obj = super().__call__()
        if obj is None:
            return None
        return self.kind(self.func, obj)

def check():
    holder = [A(21)]
    seen = []
    def make():
        return MethodRef(holder[0].get, lambda r: seen.append(type(r).__name__))
    mr = make()
    def show():
        print(mr()(), isinstance(mr, ref), mr.func.__name__, mr.kind.__name__)
    show()
    holder.clear()
    gc.collect()
    print(mr(), seen)
check()

M = type(A(1).get)
m = M(A.get, A(5))
print(m(), type(m).__name__)
for args in [(), (1, 2), (len, None)]:
    try:
        M(*args)
    except TypeError as e:
        print('TypeError', e)

class Single(type):
    made = {}
    def __call__(cls, *a, **k):
        if cls not in cls.made:
            cls.made[cls] = super().__call__(*a, **k)
        return cls.made[cls]
class S(metaclass=Single):
    def __init__(self, x):
        self.x = x
print(S(1) is S(2), S(3).x, len.__call__('abcd'), type(A.__call__(7)).__name__)
