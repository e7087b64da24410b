# arithmetic at int64 boundaries and beyond, checked against Python's exact semantics
M = 2 ** 63
vals = [M - 1, -M, M, -M - 1, 2 ** 64 - 1, -(2 ** 64)]
for a in vals:
    print(a + 1, a - 1, a * 2, a * -1, -a, abs(a), a // 2, a % 7, a >> 1, a << 1, a & 0xFF, a | 1, a ^ -1, ~a)
print((M - 1) * (M - 1), (-M) * (-M), (-M) // -1, (-M) % -1, divmod(-M, 3), divmod(M - 1, -3), (M - 1) ** 2 == (M - 1) * (M - 1))
print(int(float(M - 1)), float(M - 1) == float(M), (M - 1) + 0.0, (M - 1) - (M - 2), sum([M - 1, 1]), max(M - 1, M), min(-M, -M - 1))
