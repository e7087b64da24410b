# builtins that test truth: filter(None), any/all, bool(), while/if on containers, sorted(key=bool)
vals = [0, "", None, [], {}, set(), 0.0, 1, "0", [0], {0: 0}, (None,), -1, 0j]
print(list(filter(None, vals)), [v for v in vals if not v], any(vals), all(vals), sum(map(bool, vals)), sorted(vals[:7], key=bool) == vals[:7])
print(list(filter(bool, "a b".split(" "))), list(filter(None, (0, False, "x"))), max(vals, key=bool), min(vals, key=bool))
class T:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        return self.v > 0
    def __repr__(self):
        return f"T({self.v})"
ts = [T(-1), T(0), T(2), T(5)]
print(list(filter(None, ts)), any(ts), all(ts), [bool(t) for t in ts], sorted(ts, key=bool), sum(1 for t in ts if t))
