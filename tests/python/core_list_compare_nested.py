# lexicographic comparison of nested lists/tuples, equality of mixed numeric contents
pairs = [([1, 2], [1, 2]), ([1, 2], [1, 3]), ([1, [2, 3]], [1, [2, 4]]), ([], [[]]), ([[]], [[], []]), ((1, 2.0), (1, 2)),
         ([1, (2,)], [1, (2,)]), (["a", "b"], ["a", "B"]), ([True], [1]), ([0.1 + 0.2], [0.3])]
for a, b in pairs:
    print(a, b, a == b, a != b, a < b, a <= b, a > b, a >= b)
nan = float("nan")
l = [nan]
print(l == l, [nan] == [nan], (nan,) == (nan,), l.count(nan), nan in l)
for a, b in [([1, "a"], [1, 2]), ((1, None), (1, 2)), ([[1]], [["a"]])]:
    try:
        print(a < b)
    except TypeError as e:
        print("TypeError", e)
print(sorted([[3, 1], [1, 2, 3], [1, 2], [], [0]]), max([(1, "b"), (1, "a"), (0, "z")]), min([[2], [1, 5], [1]]))
