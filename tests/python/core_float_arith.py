# float arithmetic: special values, division, overflow, mixed int/float
inf, nan = float("inf"), float("nan")
print(inf + 1, inf - inf, inf * 0, -inf * -1, inf / inf, 1 / inf, nan + 1, nan * 0, 0.0 * -1, -0.0 + 0.0, -0.0 - 0.0)
print(1e308 * 10, -1e308 * 10, 1e-320 / 10, 2.0 ** 1023 * 2, 5e-324 / 2, 1.5 % 1, -1.5 % 1, 1.5 // 0.4, 7.0 % -3)
print(0.1 + 0.2, 0.1 * 3, 1 / 3, 2 / 3, 10 / 4, 10 // 4.0, -10 // 4.0, 3 * 1.1, 1e16 + 1, 2 ** 0.5 * 2 ** 0.5)
for expr in ["1.0 / 0", "1.0 // 0", "1.0 % 0", "0.0 ** -1", "2.0 ** 10000", "10 ** 400 * 1.0", "1e308 ** 2",
             "float('inf') // 1", "math_free = 1"]:
    try:
        print(eval(expr) if "=" not in expr else "ok")
    except Exception as e:
        print(type(e).__name__, e)
print(inf > 1e308, -inf < -1e308, nan > 0, nan < 0, nan == nan, inf == inf, max(inf, 1), min(-inf, 0))
print(1.0 == 1, 0.5 == 1 / 2, 2 ** 53 == 2.0 ** 53, float(2 ** 53 + 1) == 2 ** 53, 1e300 * 1e-300, -(0.0))
print(round(1.0 / 7, 5), abs(-inf), int(1e18), int(-2.9), int(2.9), 7.5 // 2, -7.5 // 2, divmod(-7.5, 2))
