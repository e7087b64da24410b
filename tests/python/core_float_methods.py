# float methods: is_integer, as_integer_ratio, hex, fromhex, conjugate, real/imag
for x in (0.0, -0.0, 1.0, 1.5, -2.75, 0.1, 1e300, 2.0 ** -1074, 123456789.0, 1 / 3):
    print(repr(x), x.is_integer(), x.as_integer_ratio(), x.hex(), x.conjugate(), x.real, x.imag)
for s in ["0x1p0", "0x1.8p1", "-0x1p-2", "0x.8", "0X1P+3", "1", "0x1.fffffffffffffp1023", "inf", "-nan", "0x0p0", " 0x1p4 "]:
    print(s, float.fromhex(s))
for expr in ["float('inf').as_integer_ratio()", "float('nan').as_integer_ratio()", "float.fromhex('0x1p9999')",
             "float.fromhex('xyz')", "(1.5).is_integer(1)", "float.fromhex(1)"]:
    try:
        print(eval(expr))
    except Exception as e:
        print(type(e).__name__, e)
print(float("inf").is_integer(), float("nan").is_integer(), float("inf").hex(), float("nan").hex())
print((2.5).__trunc__() if hasattr(2.5, "__trunc__") else 2, int(2.5), int(-2.5), round(2.5), round(3.5), round(-2.5))
print((7.0).__floor__() if hasattr(7.0, "__floor__") else 7, 7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, divmod(7.5, 2))
