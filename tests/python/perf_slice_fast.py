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
