# float error messages
tests = ["float('x')", "float('')", "float([])", "float(None)", "float('1e')", "float(10 ** 400)", "float.fromhex('z')",
         "(1.5).hex(1)", "float('inf').as_integer_ratio()", "float('nan').as_integer_ratio()", "1.5 + 'a'", "1.5 * []",
         "1.5 // 'a'", "1.5 % None", "1.5 ** 'a'", "1.5 < 'a'", "1.5 & 1", "~1.5", "int(float('inf'))", "round(1.5, 'a')",
         "1e308 * 10 > 0", "2.0 ** 2000", "(-2.0) ** 0.5 == 0", "float('1_000.5')", "float('1__0')", "divmod(1.5, 0)"]
for expr in tests:
    try:
        print(eval(expr))
    except Exception as e:
        print(type(e).__name__, e)
