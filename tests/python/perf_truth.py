class T:
    def __bool__(self): return False
class L:
    def __len__(self): return 3
class Lst(list): pass
for v in [0, 1, -1, 2**70, 0.0, 0.5, None, True, False, [], [0], (), (1,), "", "a", {}, {1: 2}, set(), T(), L(), Lst(), Lst([1]), 0j, b"", range(0), range(2)]:
    r = []
    if v: r.append("t")
    else: r.append("f")
    if not v: r.append("n")
    while v:
        r.append("w"); break
    print(repr(v) if not isinstance(v, (T, L)) else type(v).__name__, r, bool(v))
class Bad:
    def __bool__(self): return 1
try:
    if Bad(): pass
except TypeError as e:
    print(type(e).__name__, e)
