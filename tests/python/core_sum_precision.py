# sum of floats accumulates left to right; ints stay exact; start values
vals = [0.1] * 10
print(sum(vals), sum(vals) == 1.0, sum(vals, 0.0), sum(reversed(vals)), sum([1e16, 1.0, -1e16]), sum([1.0, 1e16, -1e16]))
print(sum(range(10 ** 6)), sum(x * x for x in range(100)), sum([2 ** 64] * 1000) == 1000 * 2 ** 64, sum([], 0.0), sum([1, 2], 0.5))
print(sum([0.1, 0.2, 0.3]), sum([0.3, 0.2, 0.1]), sum([1.5, 2.5, 3]), type(sum([1, 2.0])).__name__, type(sum([True, True])).__name__)
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()), sum([1j, 2, 3.5]), sum(map(float, "123")), sum(range(5), start=100))
print(round(sum([0.01] * 100), 10), sum([float("inf"), 1]), sum([float("inf"), float("-inf")]), sum([-0.0]), sum([-0.0], -0.0))
