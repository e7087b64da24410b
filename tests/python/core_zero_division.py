# ZeroDivisionError messages for every numeric operation
for expr in ["1 / 0", "1 // 0", "1 % 0", "divmod(1, 0)", "1.0 / 0", "1 / 0.0", "1.0 // 0.0", "1.0 % 0.0", "divmod(1.0, 0.0)",
             "0 ** -1", "0.0 ** -2", "(1+1j) / 0", "1j / 0j", "10 ** 30 / 0", "10 ** 30 // 0", "10 ** 30 % 0", "pow(0, -1)",
             "True / False", "5 % False", "1 / -0.0"]:
    try:
        print(expr, eval(expr))
    except ZeroDivisionError as e:
        print(expr, "->", e)
x = 5
try:
    x /= 0
except ZeroDivisionError as e:
    print("inplace", e)
try:
    x //= 0
except ZeroDivisionError as e:
    print("inplace", e)
try:
    x %= 0
except ZeroDivisionError as e:
    print("inplace", e)
print(issubclass(ZeroDivisionError, ArithmeticError), ZeroDivisionError.__mro__[1].__name__)
