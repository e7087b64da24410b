# tuple/dict subscripts and set/dict membership fast paths
t = (1, 2, 3)
print(t[0], t[-1], t[2])
try:
    t[3]
except IndexError as e:
    print(type(e).__name__, e)
d = {"a": 1, 2: "b", (1, 2): 3, 1.5: "f"}
print(d["a"], d[2], d[(1, 2)], d[1.5], d[True] if True in d else "no")
try:
    d["zz"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    d[[1]]
except TypeError as e:
    print(type(e).__name__, e)
class M(dict):
    def __missing__(self, k):
        return "missing " + str(k)
m = M(a=1)
print(m["a"], m["b"])
s = {1, 2, "x"}
f = frozenset([3])
print(1 in s, 5 in s, "x" in s, 3 in f, 4 not in f, "a" in d, "q" not in d, 1.0 in s)
try:
    [1] in s
except TypeError as e:
    print(type(e).__name__, e)
class H:
    def __hash__(self):
        raise ValueError("no hash")
try:
    H() in s
except ValueError as e:
    print(type(e).__name__, e)
class Eq:
    def __hash__(self):
        return 1
    def __eq__(self, o):
        return True
print(Eq() in s, Eq() in {Eq()})
print(2 in [1, 2], "b" in "abc", 3 in range(5))
