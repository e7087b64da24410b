# int and float arithmetic with CPython semantics
print(7 + 3, 7 - 10, 6 * 7, 7 / 2, 7 // 2, 7 % 3)
print(-7 // 2, -7 % 2, 7 // -2, 7 % -2, -7 // -2, -7 % -2)
print(2 ** 10, 2 ** 100, 2 ** -1, (-2) ** 3, 10 ** 20)
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 7.5 % -2)
print(1 / 3, 2 / 3, 1e16, 1e-5, 123456789.0, 0.1 + 0.2, 1e300 * 10)
print(9223372036854775807 + 1, -9223372036854775808 - 1, 3037000500 * 3037000500)
print(1 << 70, (1 << 70) >> 69, -1 >> 5, 5 & 3, 5 | 3, 5 ^ 3, ~5)
print(True + True, True * 3, -True, 3 - False)
print(1 == 1.0, 1 < 2.5, 2 ** 63 == 9223372036854775808, 0.5 == 1 / 2)
print(hash(1), hash(1.0), hash(True), hash(-1), hash(2 ** 61), hash(0.5) == hash(0.5))
print(abs(-3), abs(-2.5), divmod(17, 5), divmod(-17, 5), pow(3, 4), pow(3, 4, 5))
print(round(2.5), round(3.5), round(2.675, 2), round(-0.5), round(1234, -2))
print(int(3.9), int(-3.9), float(7), int(True), max(3, 9, 2), min(3, 9, 2))
print(10 ** 30 // 7, 10 ** 30 % 7, -(10 ** 30) // 7, (10 ** 30) * (10 ** 30))
x = 5
x += 3
x *= 2
x -= 1
x //= 2
x **= 2
print(x)
f = 1.5
f += 2
f *= 3
print(f)
