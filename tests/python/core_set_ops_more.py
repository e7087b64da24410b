# set comprehensions, mixing set/frozenset, chained operations, subset relations
evens = {x for x in range(20) if x % 2 == 0}
threes = {x for x in range(20) if x % 3 == 0}
print(sorted(evens & threes), sorted(evens | threes)[:6], sorted(evens - threes), sorted(threes - evens), sorted(evens ^ threes)[:5])
print(evens >= {0, 2}, {0, 6} <= evens & threes, (evens | threes) > evens, evens.isdisjoint({1, 3}), len(evens ^ evens))
a = frozenset("abc")
b = set("bcd")
print(sorted(a | b), type(a | b).__name__, type(b | a).__name__, sorted(a.union(b, "xy")), a == frozenset("cba"), a != b)
s = set()
for w in "the cat sat on the mat".split():
    s.add(w)
print(sorted(s), len(s), "cat" in s, sorted(s - {"the", "on"}))
s.update("xy", ["mat", "zz"])
s.discard("x")
print(sorted(s))
sets = [{1, 2}, {2, 3}, {3, 4}]
u = set().union(*sets)
i = sets[0].intersection(*sets[1:])
print(sorted(u), i, sorted(set.union(*sets)), sorted(sets[0].symmetric_difference(sets[1])))
print(sorted({(1, 2), (2, 1)}), sorted({frozenset([1]), frozenset([1, 2])}, key=len), {i % 3 for i in range(100)} == {0, 1, 2})
