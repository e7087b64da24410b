# iterator behaviour of builtins: exhaustion, sharing, iter of iterators
it = iter([1, 2, 3])
print(list(it), list(it), next(it, "empty"))
z = iter("abcdef")
print(list(zip(z, z)))
r = iter(range(5))
print(next(r), list(r))
m = map(str, range(3))
print(list(m), list(m))
e = enumerate("ab")
print(list(e), list(e))
s = iter({1, 2, 3})
print(sorted(s), list(s))
d = {"a": 1, "b": 2}
di = iter(d)
print(next(di), next(di), next(di, None))
vi = iter(d.values())
print(list(vi), type(iter(d.items())).__name__, type(iter(d.keys())).__name__, type(iter(d.values())).__name__)
print(type(iter([])).__name__, type(iter(())).__name__, type(iter("")).__name__ in ("str_iterator", "str_ascii_iterator"), type(iter(range(1))).__name__, type(iter(set())).__name__, type(iter(b"")).__name__)
l = [1, 2, 3]
li = iter(l)
next(li)
l.append(4)
print(list(li))
l2 = [1, 2, 3, 4]
for x in l2:
    if x == 2:
        l2.remove(x)
print(l2)
g = (x * 2 for x in range(3))
print(next(g), list(g), list(g), iter(g) is g)
try:
    next(iter(()))
except StopIteration as ex:
    print("StopIteration", repr(ex))
class Count:
    def __init__(self):
        self.n = 0
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n
    def __iter__(self):
        return self
print(list(Count()), sum(Count()), max(Count()), [v for v in Count()])
