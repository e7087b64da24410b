# printing sets of numbers: iteration order follows CPython's hash table
print({5, 3, 1}, {10, 2, 7, 4}, {0, -1, 1}, {1.0, 2.5, 0.25}, {(1, 2), (0, 0)}, {None, 0}, set(range(12, 0, -2)))
s = {9, 8, 7}
s.add(100)
s.add(6)
print(s, sorted(s), list(s)[0], len(s), min(s), max(s))
print({1, 2, 3} | {4, 5}, {3, 4, 5} & {5, 4}, {1, 2, 3, 4} - {2, 3}, frozenset({4, 2, 9}), set([40, 30, 20, 10]))
print([x for x in set([11, 3, 7])], tuple({64, 32, 16}), str({2, 1}), repr(frozenset([3, 2, 1])), {i * i for i in range(6)})
t = {1, 2, 3}
t.discard(2)
t.add(10)
print(sorted(t), len(t), t.pop() in (1, 3, 10))
