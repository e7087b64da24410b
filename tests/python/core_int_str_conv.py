# int <-> str conversions in every base, and the 4300-digit limit
for n in [0, 9, -9, 255, 10 ** 18, -(10 ** 25), 2 ** 100]:
    s = str(n)
    print(s, int(s) == n, repr(n) == s, f"{n}", "%d" % n, format(n, "d"), int(hex(n), 16) == n, int(oct(n), 8) == n, int(bin(n), 2) == n)
print(int("  -0042  "), int("+7"), int("0"), int("-0"), int("1" * 30), int("z" * 5, 36), int("ZZ", 36), int("10", 2))
print(str(-0), str(10 ** 20)[:5], len(str(2 ** 1000)), str(2 ** 64).count("1"), int("0x" + "f" * 20, 16))
big = 10 ** 4299
print(len(str(big)), len(repr(big)))
try:
    str(10 ** 4300)
except ValueError as e:
    print("ValueError", e)
try:
    int("1" * 4301)
except ValueError as e:
    print("ValueError", e)
print(len(hex(10 ** 5000)), int("1" * 4300) % 7)
