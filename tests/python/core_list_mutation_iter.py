# mutating lists while iterating, and safe patterns
l = [1, 2, 3, 4, 5, 6]
for x in l:
    if x % 2 == 0:
        l.remove(x)
print(l)
l = [1, 2, 3, 4, 5, 6]
print([x for x in l if x % 2], l[:])
l = [1, 2, 3]
for x in l[:]:
    l.append(x * 10)
print(l)
l = [0, 1, 2]
i = 0
for x in l:
    if i < 3:
        l.append(x + 100)
    i += 1
print(l)
l = list(range(10))
del l[::2]
l[::2] = [0] * len(l[::2])
print(l)
it = iter(l)
next(it)
l.clear()
print(list(it), l)
m = [1, 2, 3]
for i in range(len(m) - 1, -1, -1):
    if m[i] == 2:
        del m[i]
print(m, [v for v in reversed(m)])
