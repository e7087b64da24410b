# int arithmetic corners: negatives, floor semantics, unary, comparisons with floats
vals = [0, 1, -1, 7, -7, 2 ** 62, -(2 ** 63), 2 ** 63 - 1]
for a in vals:
    print(a, -a, +a, abs(a), ~a, a * a, a // 3, a % 3, a // -3, a % -3, a ** 2)
print(-7 // 2, -7 % 2, 7 // -2, 7 % -2, -7 // -2, -7 % -2, 0 // 5, 0 % -5)
print(2 ** 63 - 1 + 1, -(2 ** 63) - 1, (2 ** 63 - 1) * 3, (-(2 ** 63)) // -1, (-(2 ** 63)) % -1, abs(-(2 ** 63)))
print(10 / 4, -10 / 4, 10 / -4, 1 / 3, 2 ** 53 / 1, 10 ** 20 / 10 ** 10, 7 / 7, type(4 / 2).__name__)
print(1 < 1.1, 2 ** 64 > 1.8e19, -1 < -0.5, 3 == 3.0, 3 != 3.0000001, (2 ** 53 + 1) == float(2 ** 53 + 1))
print(int.__add__(1, 2), int.__mul__(3, 4), (5).__sub__(2), (5).__rsub__(2), int.__neg__(4), (7).__floordiv__(2))
print((3).__eq__(3), (3).__eq__("3"), (3).__lt__(4), (3).__hash__() == hash(3), (3).__bool__(), (0).__bool__())
print(1_000 + 0x_10 + 0o_7 + 0b_1, 0xFF, 0o777, 0b1111, 1e3 == 1000, 10 ** -2)
print(max(-0, 0), min(2 ** 100, float("inf")), sum([2 ** 62] * 4), round(-(2 ** 63), -5))
