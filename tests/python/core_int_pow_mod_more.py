# three-argument pow: negative bases/moduli, inverses, big exponents
for b, e, m in [(2, 10, 1000), (-2, 3, 7), (2, 3, -7), (-2, 3, -7), (3, 0, 5), (0, 0, 1), (5, 1, 1), (10 ** 20, 10 ** 20, 97),
                (7, -1, 10), (3, -2, 11), (-3, -1, 7), (2, -1, -7), (2 ** 64 + 1, -1, 2 ** 61 - 1), (12345, 65537, 2 ** 127 - 1)]:
    r = pow(b, e, m)
    ok = True
    if e < 0:
        ok = (r * pow(b, -e, m)) % m == 1 % abs(m) or (r * pow(b, -e, m)) % m == (1 % m)
    print(b, e, m, r, ok)
for b, e, m in [(2, -1, 4), (0, -1, 5), (6, -1, 9), (2, 3, 0), (2.0, 3, 5), (2, 3, 5.0)]:
    try:
        print(pow(b, e, m))
    except (ValueError, TypeError) as ex:
        print(b, e, m, type(ex).__name__, ex)
print(pow(3, 10 ** 5, 10 ** 9 + 7), pow(2, 2 ** 20, 1000003), pow(-1, 10 ** 18 + 1, 5), pow(10, 18, 10 ** 18 + 1))
