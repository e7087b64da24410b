# user containers: __len__, __getitem__, __setitem__, __delitem__, __contains__, __iter__
class Seq:
    def __init__(self, *items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]
    def __setitem__(self, i, v):
        self.items[i] = v
    def __delitem__(self, i):
        del self.items[i]
s = Seq(1, 2, 3)
print(len(s), s[0], s[-1], s[1:], list(s), 2 in s, 9 in s, list(reversed(s)), sorted(s, reverse=True))
s[0] = 10
del s[1]
print(s.items, bool(s), bool(Seq()), sum(s), max(s), list(enumerate(s)))
class Mapping:
    def __init__(self):
        self.d = {}
    def __getitem__(self, k):
        return self.d[k]
    def __setitem__(self, k, v):
        self.d[k] = v
    def __contains__(self, k):
        print("contains", k)
        return k in self.d
    def __iter__(self):
        return iter(sorted(self.d))
m = Mapping()
m["b"] = 2
m["a"] = 1
print("a" in m, "z" in m, list(m), m["a"])
try:
    m["missing"]
except KeyError as e:
    print("KeyError", e)
class NoDel:
    def __getitem__(self, k):
        return k
for expr in ["len(NoDel())", "NoDel().__setitem__(1, 2)", "iter(5)"]:
    try:
        print(eval(expr))
    except Exception as e:
        print(type(e).__name__, e)
n = NoDel()
try:
    n[1] = 2
except Exception as e:
    print(type(e).__name__, e)
try:
    del n[1]
except Exception as e:
    print(type(e).__name__, e)
class It:
    def __iter__(self):
        yield from (1, 2, 3)
print(list(It()), 2 in It(), tuple(It()), set(It()) == {1, 2, 3}, dict.fromkeys(It()))
