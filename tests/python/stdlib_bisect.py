import bisect
a = [1, 2, 4, 4, 8]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 0), bisect.bisect(a, 9))
bisect.insort(a, 3); bisect.insort_left(a, 4); print(a)
keys = [("a", 1), ("b", 5), ("c", 9)]
print(bisect.bisect_left(keys, 5, key=lambda t: t[1]), bisect.bisect_right([1, 2, 3], 2, lo=0, hi=2))
try:
    bisect.bisect([], 1, lo=-1)
except ValueError as e:
    print("ValueError", e)
