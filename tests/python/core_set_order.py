# set iteration order of small ints follows CPython's hash table layout
print({3, 1, 2}, {10, 5, 1}, set([100, 1, 50]), {-1, 0, 1}, {8, 16, 0})
s = set()
for v in (40, 3, 17, 8, 1):
    s.add(v)
print(s, list(s), {x % 7 for x in range(30, 0, -1)}, frozenset([9, 2, 33]))
s.discard(3)
s.add(64)
print(s, sorted(s) == list(s))
