# merging intervals and computing coverage with sorting and tuples
def merge(iv):
    out = []
    for a, b in sorted(iv):
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out
cases = [[(1, 3), (2, 6), (8, 10), (15, 18)], [(1, 4), (4, 5)], [], [(5, 7)], [(1, 10), (2, 3), (4, 5)], [(3, 4), (1, 2), (2, 3)]]
for iv in cases:
    m = merge(iv)
    print(iv, m, sum(b - a for a, b in m), len(m))
def gaps(iv, lo, hi):
    out, cur = [], lo
    for a, b in merge(iv):
        if a > cur:
            out.append((cur, a))
        cur = max(cur, b)
    if cur < hi:
        out.append((cur, hi))
    return out
print(gaps([(2, 3), (5, 8)], 0, 10), gaps([], 0, 1), gaps([(0, 10)], 0, 10), max(merge(cases[0]), key=lambda p: p[1] - p[0]))
