class Obj:
    attr = None
def f(o):
    return o.attr.missing
def g(lst):
    return lst[0][1] * 2
try:
    f(Obj())
except AttributeError:
    pass
def rec(n):
    return rec(n + 1)
try:
    rec(0)
except RecursionError as e:
    print("recursion:", e)
x = [[1]]
y = 1 + g(x) + \
    3
