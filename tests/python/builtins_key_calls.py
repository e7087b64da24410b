# Key and predicate functions called many times by sorted/min/max/map/
# filter: each call sees its own argument, even when it keeps it.
seen = []
print(sorted([3, 1, 2], key=lambda x: seen.append(x) or -x), seen)
print(sorted(["bb", "a", "ccc"], key=len), sorted(["bb", "a", "ccc"], key=len, reverse=True))
print(sorted([(1, "b"), (1, "a"), (0, "z")], key=lambda *a: a))
kept = []
print(max([4, 9, 2], key=lambda x: kept.append([x]) or x % 5), kept)
print(min([4, 9, 2], key=lambda x, *rest: (x, rest)))
print(list(map(lambda *a: a, [1, 2], "xy")), list(map(lambda x: [x], range(3))))
print(list(filter(lambda x: x % 3, range(10))), list(filter(None, [0, "", "a", 3])))
def gen(x):
    yield x
    yield x * 2
print([list(g) for g in map(gen, [1, 2, 3])])
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v > o.v
    def __repr__(self): return "K(%r)" % self.v
print(sorted([1, 5, 3], key=K), sorted(map(K, [2, 7, 1])))
# plain ints and strs sort without Python-level comparisons; equal strs
# keep their order, also when reversed
a, b, c = "x" * 3, "".join(["x", "x", "x"]), "y"
r = sorted([b, c, a], reverse=True)
print(r, r[1] is b, r[2] is a)
print(sorted([5, -2, 2**40, 0, -2**40]), sorted([3, 1, 2], reverse=True), sorted(["é", "e", "f", "E"]))
print(sorted([1, 2.5, 0]), sorted([True, 2, 0]), sorted([float("nan"), 1.0, 0.5]))
L = [9, 8, 7]
L.sort()
print(L, sorted([]), sorted([7]))
