import copy
a = [1, [2, 3], {"k": [4]}]
b = copy.copy(a); c = copy.deepcopy(a)
a[1].append(9); a[2]["k"].append(8)
print(b, c)
class P:
    def __init__(self, v): self.v = v; self.me = self
p = P([1]); q = copy.deepcopy(p)
print(q.v, q.me is q, q.v is not p.v)
class C:
    def __copy__(self): return "copied"
    def __deepcopy__(self, memo): return "deep"
print(copy.copy(C()), copy.deepcopy(C()), copy.deepcopy((1, 2)) == (1, 2))
