d = {"b": 2, "a": 1}
print(dict.fromkeys("ab", 0), d.popitem(), d, {1: 2} == {1: 2}, {1: 2} != {1: 3})
d = {"x": 1, "y": 2}
print(d.keys() & {"x"}, list(d.items()), ("x", 1) in d.items(), len(d.values()), d | {"z": 3} if hasattr(d, "__or__") else "")
l = [5, 2, 8, 2]
print(l.index(2), l.index(2, 2), l.count(2), l[::-1], sorted(l, key=lambda x: -x), l.copy() is l)
l.sort(key=lambda x: x % 3)
print(l)
l += [1]
l *= 2
print(l, len(l), l.remove(8), l, [1, 2] * 2, [] * 5, [[0] * 2] * 2)
del l[1:3]
print(l, l.pop(-2), l, l.insert(0, "s"), l, l.insert(100, "e"), l)
x = [3, 1, 2]
x.reverse()
print(x, max(x), min(x), sum(x), list(map(lambda a: a * 2, x)), [i for i in reversed(x)])
t = (1, 2, 3, 2)
print(t.count(2), t.index(3), t + (4,), t * 2, t[1:], hash(t) == hash((1, 2, 3, 2)), tuple(reversed(t)), (1,) < (1, 0))
s = {1, 2, 3}
print(s | {4}, s & {2, 5}, s - {1}, s ^ {3, 6}, {1, 2} <= s, s.issubset({1, 2, 3, 4}) if hasattr(s, "issubset") else "", len(s))
s.discard(9)
s.update([7, 8])
print(sorted(s), frozenset([1, 2]) | {3}, set(), set([1, 1]))
nested = {"k": [1, {"j": (2, 3)}]}
print(nested, nested["k"][1]["j"][0], str(nested), repr({}), repr(set()), repr(frozenset()))
print(list(zip(*[(1, "a"), (2, "b")])), dict(zip("abc", range(3))), list(enumerate("xy", start=5)))
