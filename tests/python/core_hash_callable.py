# hash(), callable(), id() consistency
print(hash(0), hash(1), hash(-1), hash(-2), hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)), hash(10 ** 30))
print(hash(1.0), hash(1.5), hash(-0.5), hash(0.0), hash(-0.0), hash(float("inf")), hash(float("-inf")), hash(1e300))
print(hash(True), hash(False), hash(None) == hash(None), hash((1, 2)), hash(()), hash((1, (2, 3))), hash(1 + 0j), hash(2 - 3j))
print(hash(1) == hash(1.0) == hash(True), hash(2 ** 64) == hash(2.0 ** 64), hash(frozenset()) , hash(range(0)) == hash(range(5, 5)))
for v in ([], {}, set(), bytearray(), [1, 2]):
    try:
        hash(v)
    except Exception as e:
        print(type(e).__name__, e)
class H:
    def __hash__(self):
        return 42
class HBig:
    def __hash__(self):
        return 2 ** 70
class HBad:
    def __hash__(self):
        return "x"
class Eq:
    def __eq__(self, o):
        return True
print(hash(H()), hash(HBig()) == hash(2 ** 70), Eq.__hash__)
for o in (HBad(), Eq()):
    try:
        hash(o)
    except Exception as e:
        print(type(e).__name__, e)
print(callable(len), callable(int), callable(lambda: 0), callable(1), callable("s"), callable(H), callable(H()), callable(print))
class C:
    def __call__(self):
        return "called"
    def meth(self):
        pass
c = C()
print(callable(c), c(), callable(c.meth), callable(C.meth), callable(None), callable([].append))
a = object()
print(id(a) == id(a), id(a) != id(object()), isinstance(id(a), int), a is a)
x = [1]
y = x
print(id(x) == id(y), x is y, [1] is [1])
