# round() on ints with negative ndigits uses banker's rounding on the discarded part
for n in (0, 5, 15, 25, 35, 45, -5, -15, -25, 149, 150, 151, 250, 350, -250, 12345, 2 ** 70 + 5 * 10 ** 5):
    print(n, round(n), round(n, 0), round(n, 1), round(n, -1), round(n, -2), round(n, -3), type(round(n, -1)).__name__)
print(round(10 ** 20 + 500, -3), round(-(10 ** 20) - 500, -3), round(7, -100), round(True, -1), round(5, 2 ** 70))
