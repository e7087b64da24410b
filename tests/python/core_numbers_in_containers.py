# numbers as list/dict/set members: membership by equality, counting, sorting mixes
mixed = [1, 1.0, True, 2, 2.5, 3 + 0j, 0, False, 0.0, -0.0]
print(mixed.count(1), mixed.count(0), mixed.index(True), mixed.index(0.0), 3 in mixed, 2.5 in mixed, (3 + 0j) in mixed)
print(len(set(mixed)), sorted(x for x in mixed if not isinstance(x, complex)), sum(x for x in mixed if not isinstance(x, complex)))
d = {}
for x in mixed:
    d[x] = d.get(x, 0) + 1
print(d)
print(max([1, 2.5, True]), min([0, -0.0, False]), sorted([3, 2.5, True, -1]), [x * 2 for x in mixed[:5]])
print([type(x).__name__ for x in sorted([1, 1.0, True])], sorted([1.0, True, 1]) == [1, 1, 1])
