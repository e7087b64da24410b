from fractions import Fraction as F
a = F(3, 4); b = F("1/3")
print(a + b, a * b, a / b, a - b, a ** 2, -a, abs(F(-1, 2)), a > b)
print(F(0.5), F("2.5"), F(10, -4), F(1, 3).limit_denominator(2), float(F(1, 8)), round(F(7, 2)))
print(F(3.14159).limit_denominator(100), F(1, 3) == 1 / 3, F(2, 4) == F(1, 2), hash(F(1, 2)) == hash(0.5))
try:
    F(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(sum([F(1, n) for n in range(1, 6)]), F(5).numerator, F(6, 4).denominator, repr(F(1, 2)))
