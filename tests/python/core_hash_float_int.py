# numeric hash invariants: equal numbers hash equal across int/float/complex/bool
pairs = [(1, 1.0), (0, 0.0), (0, -0.0), (-1, -1.0), (2 ** 60, 2.0 ** 60), (2 ** 61 - 1, float(2 ** 61 - 1)), (True, 1), (1 + 0j, 1)]
for a, b in pairs:
    print(a, b, a == b, hash(a) == hash(b))
print(hash(0.5), hash(-0.5), hash(1.5), hash(2.5e-3), hash(1e100), hash(2 ** 61), hash(2 ** 61 + 5), hash(-(2 ** 61) - 5))
print(hash(float("inf")), hash(float("-inf")), hash(3 + 4j), hash(-1.0), hash(-2), hash(complex(0, 1)), hash(10 ** 20) == hash(float(10 ** 20)))
print(len({1, 1.0, True, 1 + 0j}), len({0, 0.0, -0.0, False, 0j}), {0.1: "a"}[0.1], {2 ** 64: "big"}[float(2 ** 64)])
