# format() builtin and __format__
print(format(42), format(42, "5"), format(42, "<5") + "|", format(42, "^7"), format(42, "+"), format(-42, " "), format(42, "x"))
print(format(255, "#x"), format(255, "#X"), format(255, "#o"), format(5, "#b"), format(5, "08b"), format(1234567, ","), format(1234567, "_"))
print(format(3.14159, ".2f"), format(3.14159, "10.3f"), format(1e10, "e"), format(1e10, ".2E"), format(0.000123, "g"), format(1e20, "g"))
print(format(0.5, "%"), format(0.125, ".1%"), format(1234.5, ",.2f"), format(-0.0, "f"), format(float("inf"), "f"), format(float("nan"), "E"))
print(format("abc", ">6"), format("abc", "*^9"), format("abc", ".2"), format("abc", "<4") + "|", format(True, ""), format(None, ""))
print(format(12, "c"), format(65, "c"), format(10 ** 20, ","), format(-1234.5, "=+12.2f"), format(42, "=8"), format(3, "010.3f"))
class F:
    def __format__(self, spec):
        return "F<" + spec + ">"
print(format(F(), "xyz"), f"{F():abc}", "{:q}".format(F()))
for args in [(1, "z"), ("s", "d"), (1.5, "d"), ([], "5"), (1, 5), ("s", "="), (1, ",,")]:
    try:
        print(format(*args))
    except Exception as e:
        print(type(e).__name__, e)
class NoFmt:
    pass
print(format(NoFmt(), "")[:9])
try:
    format(NoFmt(), "x")
except Exception as e:
    print(type(e).__name__, e)
class BadFmt:
    def __format__(self, spec):
        return 1
try:
    format(BadFmt())
except Exception as e:
    print(type(e).__name__, e)
