# repr(float) round trips and shortest representation
vals = [0.1, 0.2, 0.3, 1 / 3, 2 / 3, 1e-10, 123.456, 1e22, 1e-7, 9007199254740993.0, 0.1 + 0.2, 100.0, 1.0e-320, 1.5e300]
for v in vals:
    r = repr(v)
    print(r, float(r) == v, str(v) == r, len(r), f"{v!r}", "%r" % v)
print(float("0.1") + float("0.2"), 1.1 + 2.2, 3.3 * 3, 1.0 / 10, 0.5 ** 10, 2.0 ** 0.5, 10.0 ** -3, -1.5 * 1e-5)
print(repr(1e16), repr(1e15), repr(123456789012345.6), repr(0.000001), repr(0.0000001), repr(-0.0), repr(5e-324))
print(float(repr(2 ** 0.5)) == 2 ** 0.5, eval(repr(1 / 7)) == 1 / 7, [round(0.1 * i, 2) for i in range(5)])
