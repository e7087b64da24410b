# arbitrary-precision integer arithmetic
a = 2 ** 100
b = 3 ** 60
print(a, b, a + b, a - b, b - a, a * b, a // b, a % b, -a // b, -a % b, divmod(a, -b))
print(a >> 10, a << 10, -a >> 99, -a >> 200, a & b, a | b, a ^ b, ~a, -a & 0xffff, a & -a)
print(a ** 3, (-a) ** 3, pow(a, 5, b), a / b, b / a, a / 3, 10 ** 400 // 10 ** 399, 10 ** 400 % 7)
f = 1
for i in range(1, 51):
    f *= i
print(f, len(str(f)), f // 10 ** 60, str(f)[-12:], f.bit_length())
print(int("9" * 50) + 1, -int("9" * 50) - 1, abs(-(10 ** 40)), -(-(10 ** 40)), +(10 ** 40))
print(2 ** 63 - 1 + 1, -(2 ** 63) - 1, (2 ** 63 - 1) * 2, -(2 ** 63) * -1, (2 ** 64) // 2 ** 32, 2 ** 64 - 2 ** 64)
print(10 ** 20 == 10.0 ** 20, 10 ** 20 < 10 ** 21, hash(2 ** 100) == hash(2 ** 100), {2 ** 100: 1}[2 ** 100])
print(float(2 ** 100), int(1e20), int(-1.5e19), round(2 ** 100 / 3), 1 << 200 >> 199)
x = 12345678901234567890
print(x * x, x * -x, x // 1000, x % 1000, str(x)[::-1], int(str(x)[::-1]), x.bit_length(), x.to_bytes(8, "big"))
try:
    float(10 ** 400)
except Exception as e:
    print(type(e).__name__, e)
try:
    10 ** 400 / 1
except Exception as e:
    print(type(e).__name__, e)
try:
    1 << -1
except Exception as e:
    print(type(e).__name__, e)
print((10 ** 400) // (10 ** 399 + 1), 10 ** 400 / 10 ** 399, (2 ** 1000) % 1000007)
print(sum(range(10 ** 6)) * 10 ** 12, max(2 ** 70, 2 ** 69), sorted([2 ** 70, -(2 ** 70), 0]))
