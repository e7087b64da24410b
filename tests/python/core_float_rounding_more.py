# round() with ndigits on floats: exact decimal representation decides ties
vals = [0.5, 1.5, 2.5, 0.125, 0.375, 2.675, 1.005, 0.045, 1.45, -1.45, 1e-10, 123.456, 1e15 + 0.5, 5e-324, 1.7976931348623157e308]
for v in vals:
    print(repr(v), round(v), round(v, 0), round(v, 1), round(v, 2), round(v, 3), round(v, -1), round(v, -2), round(v, 20))
print(round(0.5 + 1e-16), round(2.5000000001), round(-0.5), round(-1.5), round(1234.5678, -2), round(-1234.5678, -3), round(1e22, -21))
