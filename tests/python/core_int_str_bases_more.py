# int(x, base) for every base 2..36 and round trips with a manual encoder
digits = "0123456789abcdefghijklmnopqrstuvwxyz"
def enc(n, b):
    if n == 0:
        return "0"
    out = []
    neg = n < 0
    n = abs(n)
    while n:
        n, r = divmod(n, b)
        out.append(digits[r])
    return ("-" if neg else "") + "".join(reversed(out))
for b in range(2, 37):
    n = 123456789 * b - 7
    s = enc(n, b)
    print(b, s, int(s, b) == n, int(s.upper(), b) == n, int("-" + s, b) == -n)
print(int("zz", 36), int("ZZ", 36), int("10", 36), int("1" * 64, 2) == 2 ** 64 - 1, int("7" * 10, 8))
