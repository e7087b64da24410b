# binary search, bisect-like insertion, with comparisons on several types
def bsearch(seq, x):
    lo, hi = 0, len(seq)
    while lo < hi:
        mid = (lo + hi) // 2
        if seq[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo
nums = sorted([5, 1, 9, 3, 7, 3, 11])
print(nums, [bsearch(nums, x) for x in (0, 1, 3, 4, 11, 12)])
words = sorted("pear apple fig banana cherry".split())
print(words, bsearch(words, "date"), bsearch(words, "apple"), bsearch(words, "zzz"))
ins = []
for v in [5, 2, 8, 2, 9, 1]:
    ins.insert(bsearch(ins, v), v)
print(ins, ins == sorted(ins))
tuples = sorted([(2, "b"), (1, "z"), (2, "a")])
print(tuples, bsearch(tuples, (2, "a")), bsearch(tuples, (1, "zz")), bsearch([0.5, 1.5, 2.5], 2))
