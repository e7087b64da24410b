# sorting with key functions from builtins and tuples
data = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
print(sorted(data), sorted(data, key=str.lower), sorted(data, key=len), sorted(data, key=lambda s: (len(s), s)))
print(sorted(data, key=str.casefold, reverse=True), sorted(data, key=lambda s: s[-1]), sorted(set(map(str.lower, data))))
nums = [3, -1, 4, -1, 5, -9, 2, 6]
print(sorted(nums, key=abs), sorted(nums, key=lambda n: (n % 3, -n)), sorted(nums, key=str), sorted(map(str, nums)))
recs = [{"n": "x", "a": 3}, {"n": "y", "a": 1}, {"n": "z", "a": 3}]
print([r["n"] for r in sorted(recs, key=lambda r: r["a"])], [r["n"] for r in sorted(recs, key=lambda r: (-r["a"], r["n"]))])
pairs = [(1, "b"), (0, "c"), (1, "a"), (0, "a")]
print(sorted(pairs), sorted(pairs, key=lambda p: p[1]), sorted(pairs, reverse=True), min(pairs), max(pairs, key=lambda p: p[1]))
print(sorted("Hello World"), sorted("Hello World", key=str.isupper), sorted([True, False, True]), sorted([[3], [1, 2], []]))
