# ways of building dicts and their edge cases
print(dict([("a", 1), ("b", 2)]), dict((("a", 1),)), dict([["k", "v"]]), dict(["ab", "cd"]), dict(zip("xy", [1, 2])))
print(dict({"a": 1}), dict({"a": 1}, a=2), dict(a=1, b=2), dict([], c=3), dict.fromkeys("aab"), dict.fromkeys([1, 2], []))
fk = dict.fromkeys("ab", [])
fk["a"].append(1)
print(fk)
class KV:
    def keys(self):
        return ["p", "q"]
    def __getitem__(self, k):
        return k * 2
print(dict(KV()), {**KV()}, dict(KV(), r=0))
print({k: v for k, v in [("a", 1), ("a", 2)]}, {i: i for i in range(3)}, dict(enumerate("abc")), dict(reversed([(1, 2), (1, 3)])))
for bad in [[1, 2], [("a",)], [("a", 1, 2)], 5, "ab"]:
    try:
        print(dict(bad))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
