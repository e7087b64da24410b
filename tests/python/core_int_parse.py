# int() parsing: bases, prefixes, underscores, whitespace, errors
print(int(), int(42), int(-7), int(3.99), int(-3.99), int(True), int("  12  "), int("-0"), int("+5"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0), int("0o17", 0), int("0b101", 0), int("z", 36), int("10", 2))
print(int("1_000_000"), int("0x_ff", 16), int("0b_1_0", 0), int("٣٤"), int("\u0661\u0662"), int(" \t\n9\x0c"))
print(int("0", 0), int("00", 0), int("000", 10), int("12", base=8), int(b"42"), int(bytearray(b"17"), 8))
print(int("9" * 40), int("-" + "1" * 30, 2))
class I:
    def __int__(self):
        return 99
class X:
    def __index__(self):
        return 7
class T:
    def __trunc__(self):
        return 5
print(int(I()), int(X()), int("10", X()))
bad = ["", " ", "1.5", "1e3", "abc", "0x", "1__0", "_1", "1_", "0b2", "08", "١.٢", "- 1", "+-1", "0o8", "1 2"]
for s in bad:
    try:
        print(int(s))
    except Exception as e:
        print(type(e).__name__, e)
for s, b in [("08", 0), ("z", 35), ("12", 1), ("12", 37), ("12", -1), ("0x10", 10), ("0b1", 16)]:
    try:
        print(int(s, b))
    except Exception as e:
        print(type(e).__name__, e)
for args in [(1.5, 10), (None,), ([],), (float("inf"),), (float("nan"),), ("1", "2"), (1, 2, 3)]:
    try:
        print(int(*args))
    except Exception as e:
        print(type(e).__name__, e)
print(int("0b1", 16), int("0o7", 25), int(" -0x1F ", 16))
