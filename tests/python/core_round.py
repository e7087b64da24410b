# round(): banker's rounding, ndigits, ints, and errors
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(3.49), round(3.51), round(-2.675, 2))
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2), round(1234.5678, -2), round(1234.5678, 1))
print(round(5), round(5, 2), round(15, -1), round(25, -1), round(-25, -1), round(1234, -2), round(1250, -2), round(1350, -2))
print(round(10 ** 20 + 5, -1), round(123456789, -10), round(1.5, None), type(round(1.5)).__name__, type(round(1.5, 0)).__name__)
print(round(float("inf"), 2), round(float("nan"), 1), round(-0.0), round(-0.4), round(1e300, -300), round(0.1, 400))
for expr in ["round(float('inf'))", "round(float('nan'))", "round('1')", "round(1.5, 1.5)", "round()", "round(1, 2, 3)"]:
    try:
        print(eval(expr))
    except Exception as e:
        print(type(e).__name__, e)
class R:
    def __round__(self, n=None):
        return ("rounded", n)
print(round(R()), round(R(), 3))
print(round(True), round(2 ** 70, -20), round(-7.5), round(7.45, 1), round(7.55, 1))
