# module attribute caching
import math
import sys
def f():
    return math.sqrt(16.0) + math.pi
for i in range(3):
    print(f())
math.sqrt = lambda x: -1.0
print(f())
del math.sqrt
try:
    f()
except AttributeError as e:
    print(type(e).__name__, e)
math.sqrt = abs
print(f())
math.extra = 1
print(f(), math.extra)
print(len(sys.argv) >= 1)
