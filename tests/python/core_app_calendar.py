# date arithmetic by hand: leap years, day of week, month tables
def leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
def days_in(y, m):
    return [31, 29 if leap(y) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
def weekday(y, m, d):
    t = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4]
    if m < 3:
        y -= 1
    return (y + y // 4 - y // 100 + y // 400 + t[m - 1] + d) % 7
names = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
print([y for y in range(1896, 1920) if leap(y)], leap(2000), leap(1900), leap(2024))
for y, m, d in [(2000, 1, 1), (1969, 7, 20), (2024, 2, 29), (1900, 3, 1), (2038, 1, 19)]:
    print(f"{y:04d}-{m:02d}-{d:02d}", names[weekday(y, m, d)])
def month(y, m):
    first = weekday(y, m, 1)
    cells = ["  "] * first + [f"{d:2d}" for d in range(1, days_in(y, m) + 1)]
    cells += ["  "] * (-len(cells) % 7)
    rows = [" ".join(cells[i:i + 7]) for i in range(0, len(cells), 7)]
    return "\n".join([" ".join(n[:2] for n in names)] + rows)
print(month(2024, 2))
print(sum(days_in(2023, m) for m in range(1, 13)), sum(days_in(2024, m) for m in range(1, 13)))
