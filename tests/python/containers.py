# lists, tuples, dicts, slicing
a = [5, 3, 8, 1]
a.append(7)
print(a, len(a), a[0], a[-1], a[1:3], a[::-1], a[::2], a.pop(), a.pop(0), a)
a[1] = 99
del a[0]
print(a, 99 in a, 4 in a, sorted([3, 1, 2]), sorted([3, 1, 2], reverse=True))
t = (1, 2, 3)
x, y, z = t
first, *rest = [1, 2, 3, 4]
print(t, t[1], t[-2:], x + y + z, first, rest, (1, 2) + (3,), (0,) * 3)
d = {1: 10, 2: 20}
d[3] = 30
print(d, d[2], d.get(5), d.get(5, 0), len(d), 2 in d, list(d.keys()), list(d.values()))
for k, v in d.items():
    print(k, v)
del d[1]
print(d, d.pop(2), d)
n = [[1, 2], [3, 4]]
n[1][0] = 9
print(n, [1, 2] == [1, 2], [1, 2] < [1, 3], (1, 2) < (1, 2, 0))
s = {3, 1, 2}
s.add(2)
print(len(s), 3 in s, sorted(s))
print(list(range(5)), list(range(10, 0, -3)), range(3), list(enumerate([7, 8])), list(zip([1, 2], [3, 4])))
print(list(map(abs, [-1, -2])), list(filter(None, [0, 1, 2])), any([0, 1]), all([1, 0]), max([4, 9, 2]))
m = {}
for i in range(20):
    m[i % 7] = m.get(i % 7, 0) + i
print(m)
