import sys
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
sys.setrecursionlimit(25000)
print(sys.getrecursionlimit())
print(depth(20000))
def inf(n):
    return inf(n + 1)
try:
    inf(0)
except RecursionError as e:
    print("RecursionError", e)
sys.setrecursionlimit(100)
try:
    depth(200)
except RecursionError as e:
    print("limit 100 honoured")
print(depth(50))
class R:
    def __repr__(self): return repr(self)
try:
    repr(R())
except RecursionError as e:
    print("repr recursion")
def gen_rec(n):
    yield from gen_rec(n + 1)
try:
    next(gen_rec(0))
except RecursionError:
    print("gen recursion")
