# [x] + list and list(...)/tuple(...) fast paths
p = [2, 3]
print([1] + p, [1, 2] + [], [] + p, [p] + p)
t = (4, 5)
try:
    print([1] + t)
except TypeError as e:
    print(type(e).__name__, e)
class L(list):
    def __radd__(self, o):
        return "radd"
print([1] + L([2]))
def rest():
    return [9]
print([0] + rest(), [0, *p] + p)
x = [1]
y = x + x
print(y, y is x)
print(list(p), list(p) is p, list(t), tuple(p), tuple(t) is t, list(), tuple(), list("ab"), tuple(range(3)))
class T(tuple):
    pass
tt = T((1, 2))
print(tuple(tt), type(tuple(tt)).__name__, tuple(tt) is tt)
print(type(list(L([1]))).__name__)
try:
    list(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(p, p)
except TypeError as e:
    print(type(e).__name__, e)
