# int bitwise operators and shifts, including negatives and big values
for a, b in [(12, 10), (-12, 10), (12, -10), (-12, -10), (0, 5), (2 ** 70, 2 ** 65 + 3), (-(2 ** 70), 12345)]:
    print(a, b, a & b, a | b, a ^ b, ~a)
for a, n in [(1, 0), (1, 63), (1, 64), (-1, 10), (5, 100), (-5, 1), (255, 4), (-256, 4), (2 ** 100, 99), (-(2 ** 100), 101)]:
    print(a, n, a << n, a >> n)
print(True & 3, True | False, 5 & True, 1 << True, (-1) >> 1000, 1 >> 64, 0 << 100, ~0, ~-1, ~(2 ** 64))
for expr in ["1 << -1", "1 >> -1", "1.5 & 1", "1 | 'a'", "~1.5", "[] ^ 1", "1 << 2 ** 100"]:
    try:
        print(eval(expr))
    except Exception as e:
        print(type(e).__name__, e)
x = 0b1010
x &= 0b0110; print(x)
x |= 0b1000; print(x)
x ^= 0xff; print(x)
x <<= 3; print(x)
x >>= 2; print(x)
print(bin(0b1100 & -0b1100), (2 ** 64 - 1) & -(2 ** 32), hex(0xDEADBEEF ^ 0xFFFFFFFF))
