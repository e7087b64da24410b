# float() parsing and special values
vals = ["1.5", " -2.25 ", "1e3", "1E-3", "+.5", "5.", "inf", "-inf", "Infinity", "-INFINITY", "nan", "-nan", "NaN",
        "1_000.5", "0x10" if False else "10", "1e500", "-1e500", "1e-400", "  3\n", "٣.٥", "0.1", "1.7976931348623157e308"]
for v in vals:
    print(repr(v), float(v))
print(float(), float(3), float(-0), float(True), float(10 ** 20), float(2 ** 53 + 1))
bad = ["", "abc", "1.5.5", "1e", "e3", "1_", "_1", "1__0", "inf inity", "--1", "0x10", "1,5", "nan(1)", "."]
for v in bad:
    try:
        print(float(v))
    except Exception as e:
        print(type(e).__name__, e)
for a in [None, [], "1" * 2, b"1.5", bytearray(b"2.5")]:
    try:
        print(float(a))
    except Exception as e:
        print(type(e).__name__, e)
try:
    float(10 ** 400)
except Exception as e:
    print(type(e).__name__, e)
class F:
    def __float__(self):
        return 2.5
class G:
    def __index__(self):
        return 4
class Bad:
    def __float__(self):
        return "x"
print(float(F()), float(G()))
try:
    float(Bad())
except Exception as e:
    print(type(e).__name__, e)
print(float("-0.0"), float("0e0"), 1e308 * 10, -1e308 * 10, float("inf") - float("inf"))
