# frozenset as dict keys, set members, and with all set operations
fs1, fs2 = frozenset("abc"), frozenset("bcd")
print(sorted(fs1 & fs2), sorted(fs1 | fs2), sorted(fs1 - fs2), sorted(fs1 ^ fs2), fs1 < fs1 | fs2, fs1.issuperset("ab"))
d = {fs1: 1, fs2: 2}
d[frozenset("cba")] = 3
print(len(d), d[frozenset("abc")], sorted(map(sorted, d)))
s = {fs1, fs2, frozenset("abc")}
print(len(s), frozenset("bca") in s, {1, 2} == frozenset({1, 2}), hash(fs1) == hash(frozenset("cab")))
power = {frozenset()}
for x in "abc":
    power |= {p | {x} for p in power}
print(len(power), sorted(sorted(p) for p in power))
print(frozenset(range(5)).intersection(range(3, 10)), sorted(frozenset([3, 1]).union([2])), frozenset().isdisjoint([]))
