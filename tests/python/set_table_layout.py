# Sets iterate in CPython's table order: after growth, deletions (dummy
# slots reused by later additions), pops, copies and every set operation.
s = set()
for i in (5, 13, 21, 29, 37, 1, 9, 100, 64, 32, 0, -1, -8):
    s.add(i)
print(s)
for i in (13, 29, 100):
    s.discard(i)
print(s)
s.add(45)
s.add(61)
print(s)
print([s.pop() for _ in range(4)], s)
s.clear()
s.update([3, 11, 19])
print(s, s.pop(), s)

big = set(range(0, 200, 7))
small = {14, 21, 999}
print(big - small)          # copies big, then discards (big is 4x larger)
print(small - big, big & small, small & big)
print(big ^ small)
print(small ^ big)
print(small | {1, 2, 3}, {1, 2, 3} | small)
u = set(range(40))
u -= set(range(0, 40, 2))   # many dummies: the table is rebuilt
print(u)
u &= {1, 3, 5, 99}
print(u)
u ^= {5, 7}
print(u)
u |= {100, 36, 68}
print(u)
w = set(range(30))
w.difference_update(range(10), range(20, 25))
print(w)
w.intersection_update({11, 12, 13, 40}, [12, 13, 14])
print(w)
w.symmetric_difference_update([13, 1, 33])
print(w)
print(set(range(10)).union([64, 32], (16,)), frozenset([9, 1, 17]).union({25}))
print(set(range(20)).intersection(range(5, 25, 3)), set(range(12)).difference([1], {2}))
print(set(range(8)).symmetric_difference(range(4, 12)))
print({"x": 1, "yy": 2, "zzz": 3}.keys() | {"a"})
print(set({"pear": 1, "fig": 2, "apple": 3}), {"pear", "fig", "apple", "kiwi"})
print(frozenset({frozenset({1, 2}), frozenset({3}), frozenset()}))
print({(1, 2), (2, 1), (0, 0), None, 2.5, -3.5})
c = set(range(0, 64, 8))
print(c, c.copy(), set(c), frozenset(c))
d = dict.fromkeys([40, 8, 72, 16])
print(set(d), set(d.items()))
t = {1, 2, 3}
try:
    for x in t:
        t.discard(x)
except RuntimeError as e:
    print("RuntimeError:", e)
it = iter({1, 2, 3, 4})
next(it)
print(it.__length_hint__(), list(it))
