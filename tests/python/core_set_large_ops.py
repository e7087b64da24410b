# set operations on larger sets (resizing, deletions) checked against list computations
a = set(range(0, 3000, 2))
b = set(range(0, 3000, 3))
print(len(a), len(b), len(a & b), len(a | b), len(a - b), len(a ^ b))
print(sorted(a & b)[:5], sorted(a ^ b)[-3:], min(a - b), max(b - a))
print(a & b == {x for x in range(3000) if x % 6 == 0}, (a | b) >= a, (a - b).isdisjoint(b), a.issuperset(a & b))
for x in range(0, 3000, 4):
    a.discard(x)
print(len(a), 2 in a, 4 in a, 6 in a, sorted(a)[:4])
c = set()
for i in range(500):
    c.add(i % 97)
print(len(c), sum(c), c == set(range(97)))
