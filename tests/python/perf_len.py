print(len([1, 2]), len((1,)), len("héllo"), len({1: 2}), len({1, 2, 3}), len(frozenset()), len(""), len(range(5)), len(b"ab"))
class L(list):
    def __len__(self): return 42
print(len(L([1])))
try:
    len(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    len()
except TypeError as e:
    print(type(e).__name__, e)
try:
    len([1], [2])
except TypeError as e:
    print(type(e).__name__, e)
f = len
print(f([1, 2, 3]))
def g():
    return len([1, 2])
print(g())
print(g())
len = lambda x: -1
print(g(), len([1]))
