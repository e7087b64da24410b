# permutations and combinations by recursion, checked with counts
def perms(seq):
    if len(seq) <= 1:
        return [list(seq)]
    out = []
    for i, x in enumerate(seq):
        for p in perms(seq[:i] + seq[i + 1:]):
            out.append([x] + p)
    return out
def combos(seq, k):
    if k == 0:
        return [[]]
    if not seq:
        return []
    return [[seq[0]] + c for c in combos(seq[1:], k - 1)] + combos(seq[1:], k)
p = perms([1, 2, 3])
print(p, len(perms(list(range(5)))), len({tuple(x) for x in perms("aab")}))
print(combos("abcd", 2), [len(combos(list(range(6)), k)) for k in range(7)], combos([], 1), combos([1], 0))
print(sorted("".join(x) for x in perms("cab"))[:3], sum(1 for x in perms(list(range(4))) if x[0] < x[-1]))
