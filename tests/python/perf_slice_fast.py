l = [1,2,3,4,5]
t = (1,2,3,4,5)
s = "héllo wörld"
a = "hello"
for lo in [None, -10, -3, -1, 0, 1, 3, 5, 10]:
    for hi in [None, -10, -3, -1, 0, 1, 3, 5, 10]:
        print(lo, hi, l[lo:hi], t[lo:hi], s[lo:hi], a[lo:hi], t[lo:hi] is t, a[lo:hi] is a)
class L(list): pass
print(L([1,2,3])[1:], type(L([1,2,3])[1:]))
print(l[1.5:] if False else "skip")
try:
    l["a":]
except TypeError as e:
    print(type(e).__name__, e)
x = [1,2,3]
x[0:2] += [9]
print(x)
print(l[2**70:], l[-2**70:2])
# extended slices and slice assignment
for st in [None, 1, 2, -1, -2, 3, 100, -100]:
    for lo in [None, -7, -2, 0, 2, 7]:
        for hi in [None, -7, -2, 0, 3, 7]:
            print(st, lo, hi, l[lo:hi:st], t[lo:hi:st], a[lo:hi:st], s[lo:hi:st])
try:
    l[::0]
except ValueError as e:
    print(type(e).__name__, e)
for lo in [None, -7, -2, 0, 2, 7]:
    for hi in [None, -7, -2, 0, 3, 7]:
        for v in [[], [9], [7, 8, 9], (5, 6), [1, 2, 3, 4, 5, 6, 7]]:
            m = [0, 1, 2, 3, 4]
            m[lo:hi] = v
            print(lo, hi, v, m)
m = [1, 2, 3]
m[:] = m
print(m)
m[1:] = m
print(m)
m[:2] = "ab"
print(m)
try:
    m[0:1] = 5
except TypeError as e:
    print(type(e).__name__, e)
m = list(range(10))
m[::2] = [0] * 5
print(m)
try:
    m[::2] = [1]
except ValueError as e:
    print(type(e).__name__, e)
p = list(range(6))
k = 3
p[: k + 1] = p[k::-1]
print(p)
