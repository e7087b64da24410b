def f(a, b=2, c=3): return (a, b, c)
print(f(1), f(1, 5), f(1, 5, 6), f(1, c=9))
def g(a, b=[]): b.append(a); return b
print(g(1), g(2))
def h(x=1): return x
print(h(), h(4))
try: f()
except TypeError as e: print(e)
try: f(1,2,3,4)
except TypeError as e: print(e)
def k(a, b=2, *args): return a, b, args
print(k(1), k(1, 2, 3))
def cl(a, b=5):
    def inner(): return a + b
    return inner()
print(cl(1), cl(1, 1))
import time
def d(a, b=1, c=2): return a

for i in range(1000): d(i)
print("ok")
