# float -> int truncation, int -> float rounding, huge and special values
for f in (0.0, -0.0, 0.9, -0.9, 1.5, -1.5, 1e15 + 0.5, 2.0 ** 63, -(2.0 ** 63), 1e300, 123456789.987654321):
    print(repr(f), int(f), round(f), f.__trunc__() if hasattr(f, "__trunc__") else int(f), f.is_integer())
for i in (2 ** 53, 2 ** 53 + 1, 2 ** 53 + 2, 2 ** 63 + 1, 10 ** 22, 10 ** 23, 2 ** 1023 * 3 // 2):
    print(i, float(i), int(float(i)) == i, float(i).as_integer_ratio()[1])
for bad in ["int(float('inf'))", "int(float('-inf'))", "int(float('nan'))", "float(2 ** 1024)", "round(float('inf'))", "int(1e400)"]:
    try:
        print(bad, eval(bad))
    except (OverflowError, ValueError) as e:
        print(bad, type(e).__name__, e)
