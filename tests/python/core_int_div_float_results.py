# true division of ints is correctly rounded, even for huge operands
pairs = [(1, 3), (2, 3), (10, 4), (-7, 2), (2 ** 53 + 1, 1), (10 ** 30, 10 ** 15), (1, 10 ** 20), (10 ** 400, 10 ** 399), (-(10 ** 300), 7),
         (2 ** 1100, 2 ** 100), (123456789123456789, 1000), (1, 2 ** 1074), (3, 2 ** 1076)]
for a, b in pairs:
    print(a / b if len(str(a)) < 30 and len(str(b)) < 30 else f"big/{len(str(b))}", repr(a / b))
for a, b in [(10 ** 400, 1), (1, 0), (2 ** 2000, 3)]:
    try:
        print(a / b)
    except (OverflowError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
print(7 / 7, -0 / 5, 0 / -5, type(6 / 3).__name__, (2 ** 63) / 2, -(2 ** 63) / -1, 1 / 3 * 3 == 1)
