# the tuple += corner case and augmented assignment on containers
t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print("TypeError", e)
print(t)
l = [[1], [2]]
l[0] += [3]
l[1] *= 2
print(l)
d = {"n": 1, "s": "a", "l": [0]}
d["n"] += 5
d["s"] *= 3
d["l"] += (1, 2)
print(d)
class Box:
    def __init__(self):
        self.v = 10
b = Box()
b.v -= 3
b.v **= 2
b.v //= 5
b.v %= 4
print(b.v)
s = {1, 2}
s |= {3}
s &= {1, 3}
s -= {1}
s ^= {9}
print(sorted(s))
x = "ab"
y = x
x += "c"
print(x, y, x is y)
m = [1]
n = m
m += [2]
print(m, n, m is n)
tt = (1,)
uu = tt
tt += (2,)
print(tt, uu, tt is uu)
try:
    z = 1
    z += "a"
except TypeError as e:
    print("TypeError", e)
try:
    q = [1]
    q += 5
except TypeError as e:
    print("TypeError", e)
