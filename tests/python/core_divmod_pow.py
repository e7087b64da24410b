# divmod, //, % sign rules, pow with modulus and negative exponents
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (10 ** 20, 7), (-(10 ** 20), 7)]:
    print(a, b, divmod(a, b), a // b, a % b)
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (1.0, 0.3), (-0.0, 1), (5, 0.5)]:
    print(a, b, divmod(a, b), a // b, a % b)
print(pow(2, 10), pow(2, -1), pow(2.0, 3), pow(-8, 1 / 3) if False else "skip", pow(0, 0), pow(2, 100), 2 ** -2, (-2) ** 3)
print(pow(3, 4, 5), pow(2, 100, 7), pow(-3, 3, 7), pow(3, -1, 7), pow(2, -3, 11), pow(5, 0, 1), pow(10 ** 20, 3, 10 ** 9 + 7))
print(pow(38, -1, 97) * 38 % 97, pow(7, -2, 10 ** 9 + 7))
for expr in ["divmod(1, 0)", "divmod(1.0, 0)", "1 // 0", "1 % 0", "1.5 // 0", "pow(2, 3, 0)", "pow(2, -1, 4)", "pow(2.0, 3, 5)",
             "pow(2, 3.0, 5)", "0 ** -1", "0.0 ** -1", "divmod('a', 1)", "pow()"]:
    try:
        print(eval(expr))
    except Exception as e:
        print(type(e).__name__, e)
print(divmod(True, 2), pow(True, 2), 7 // True, -(2 ** 63) // -1, (2 ** 63) % -3)
print(pow(2, 0.5), pow(4, 0.5), 10 ** -1, 1e308 * 10, (-1) ** 0.5 if False else "skip")
print(pow(base=2, exp=5), pow(2, exp=3, mod=5))
