# list.index / count / remove with equality semantics and ranges
l = [1, 2.0, True, "2", (1,), [1], None, 2, 1]
print(l.index(1), l.index(2), l.index(True), l.index("2"), l.index((1,)), l.index([1]), l.index(None), l.count(1), l.count(2), l.count(True))
print(l.index(1, 1), l.index(1, -2), l.index(2, 2, 8), l.count([1]), l.count(1.0))
for args in [(5,), (1, 3, 7), (2, 8, 100), ("x", 0, 0)]:
    try:
        print(l.index(*args))
    except ValueError as e:
        print("ValueError", e)
m = [3, 1, 3, 2, 3]
m.remove(3)
print(m)
while 3 in m:
    m.remove(3)
print(m)
class AlwaysEq:
    def __eq__(self, o):
        return True
print([5, 6].index(AlwaysEq()), [5, 6].count(AlwaysEq()), AlwaysEq() in [1], [1, 2].index(2.0))
nan = float("nan")
n = [nan, 1]
print(n.index(nan), n.count(nan), nan in n)
