a = b = c = 1
print(a, b, c)
x, (y, z), *w = 1, (2, 3), 4, 5
print(x, y, z, w)
[p, q] = "ab"
print(p, q)
*s, t = range(4)
print(s, t)
d = {}
d["k"], d["j"] = 1, 2
print(d)
class O: pass
o = O()
o.a, o.b = 3, 4
print(o.a, o.b)
l = [0] * 5
l[1:3] = [9, 9, 9]
print(l)
l[::2] = [7, 7, 7]
print(l)
del l[0], l[-1]
print(l)
try:
    a, b = 1, 2, 3
except ValueError as e:
    print(e)
try:
    a, b, c = [1]
except ValueError as e:
    print(e)
try:
    a, *b, c = [1]
except ValueError as e:
    print(e)
try:
    x, y = 5
except TypeError as e:
    print(e)
n = 10
n += 1; n -= 2; n *= 3; n //= 2; n **= 2; n %= 7; n <<= 3; n >>= 1; n |= 1; n ^= 3; n &= 6
print(n)
s = "a"; s += "b"; s *= 2
print(s)
l = [1]; l2 = l; l += [2]; print(l2)
t = (1,); t2 = t; t += (2,); print(t2, t)
def g():
    global G
    G = 5
g(); print(G)
def outer():
    v = 1
    def inner():
        nonlocal v
        v += 1
    inner(); inner()
    return v
print(outer())
del G
try:
    G
except NameError as e:
    print(e)
def f():
    print(undefined_local)
    undefined_local = 1
try:
    f()
except UnboundLocalError as e:
    print(e)
(a := 5)
print(a)
print([y := 10, y ** 2])
print([last := i for i in range(3)], last)
a: int = 3
print(__annotations__)
