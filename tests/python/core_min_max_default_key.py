# min/max: key and default keyword combinations with iterables and generators
print(max([], default=None), min((x for x in []), default="empty"), max(iter([3, 9, 2])), min("zyx"), max({"b": 1, "a": 2}))
print(max([1, -3, 2], key=abs), min([1, -3, 2], key=abs), max(["aa", "b", "ccc"], key=len, default=""), max([], key=len, default=0))
print(max("apple", "Banana", key=str.lower), min(3, 1, 2, key=lambda v: -v), max((1, 2), (1, 3), key=lambda t: t[1]))
print(min([[3], [1, 2], []], key=len), max(range(10), key=lambda v: v % 7), min(range(10), key=lambda v: (v % 3, -v)))
first_max = max([(1, "a"), (2, "b"), (2, "c")], key=lambda t: t[0])
first_min = min([(1, "a"), (1, "b")], key=lambda t: t[0])
print(first_max, first_min, max([0.1, 0.1 + 1e-17]), min([-0.0, 0.0]), max([0.0, -0.0]))
for bad in ['max()', 'min([])', 'max(1, 2, default=3)', 'max([1], key=abs, bogus=1)', 'min(1)', 'max([], key=None)']:
    try:
        print(eval(bad))
    except (TypeError, ValueError) as e:
        print(bad, type(e).__name__, e)
