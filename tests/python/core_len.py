# len() on builtin and user types, and its errors
print(len(""), len("abc"), len("héllo"), len("\U0001f600x"))
print(len(b""), len(b"abc"))
print(len([]), len([1, 2]), len(()), len((1, 2, 3)))
print(len({}), len({1: 2, 3: 4}), len(set()), len({1, 2, 3}), len(frozenset([1, 1, 2])))
print(len(range(10)), len(range(0)), len(range(10, 0, -3)), len(range(0, 100, 7)))
print(len({"a": 1}.keys()), len({"a": 1}.values()), len({"a": 1}.items()))

class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n

print(len(L(5)), len(L(0)))
for bad in (L(-1), L(1.5), L("3")):
    try:
        print(len(bad))
    except Exception as e:
        print(type(e).__name__, e)

class BigLen:
    def __len__(self):
        return 10 ** 30

try:
    len(BigLen())
except Exception as e:
    print(type(e).__name__, e)

for v in (1, 1.5, None, len, object()):
    try:
        len(v)
    except Exception as e:
        print(type(e).__name__, e)

try:
    len()
except Exception as e:
    print(type(e).__name__, e)
try:
    len([], [])
except Exception as e:
    print(type(e).__name__, e)

class B(bool.__class__):
    pass

class T(list):
    pass

print(len(T([1, 2, 3])))
print(bool(L(0)), bool(L(2)))
