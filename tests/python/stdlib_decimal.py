from decimal import Decimal as D, getcontext, ROUND_HALF_UP, localcontext, InvalidOperation
print(D("0.1") + D("0.2"), D(1) / D(7), D("1.10") * 3, D("10") ** 3, D(2).sqrt())
print(D("3.14159").quantize(D("0.01")), D("2.5").quantize(D("1"), rounding=ROUND_HALF_UP), D("-0"), D(0.1))
with localcontext() as ctx:
    ctx.prec = 5
    print(D(1) / D(3))
print(D("1e3"), D("1.23E+5").normalize(), D("nan").is_nan(), D("12.500").as_tuple())
try:
    D("abc")
except InvalidOperation as e:
    print("InvalidOperation")
print(sorted([D("1.5"), D("-2"), D("0.3")]), D(5) > 4, int(D("7.9")), float(D("0.25")))
