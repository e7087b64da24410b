# min/max across container types and with keys on dicts
d = {"apple": 3, "banana": 1, "cherry": 2}
print(max(d), min(d), max(d, key=d.get), min(d, key=d.get), max(d.values()), min(d.items(), key=lambda kv: kv[1]))
print(max("abc", "abd"), min([3, 1], [2, 9]), max((1, "z"), (1, "a")), min({3, 1, 2}), max(frozenset([5, 7])))
print(max(range(3), key=lambda v: -v), min("Hello", key=str.lower), max([1, 2, 3], default=0), min((), default="none"))
print(max(1, 2.5, True), min(-1, -1.0), max([0.1, 0.2, 0.30000000000000004]), max(b"abc"), min(bytearray(b"zy")))
nested = [[3, 4], [1, 9], [1, 2]]
print(max(nested), min(nested), max(nested, key=sum), min(nested, key=len))
class Rank:
    def __init__(self, r):
        self.r = r
    def __lt__(self, o):
        return self.r < o.r
    def __gt__(self, o):
        return self.r > o.r
    def __repr__(self):
        return f"Rank({self.r})"
print(max([Rank(2), Rank(5), Rank(1)]), min(Rank(4), Rank(3)))
try:
    max([Rank(1), 2])
except TypeError as e:
    print("TypeError", e)
