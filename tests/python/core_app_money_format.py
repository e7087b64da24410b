# money formatting with integer cents to avoid float drift
def fmt(cents):
    sign = "-" if cents < 0 else ""
    d, c = divmod(abs(cents), 100)
    return f"{sign}${d:,}.{c:02d}"
amounts = [0, 5, 99, 100, 123456, -250, 10 ** 9 + 1, -1]
print([fmt(a) for a in amounts])
items = [("widget", 1999, 3), ("gizmo", 250, 10), ("thing", 1, 1000)]
total = sum(p * q for _, p, q in items)
for name, p, q in items:
    print(f"{name:<8}{fmt(p):>10} x{q:<5}{fmt(p * q):>12}")
tax = total * 825 // 10000
print(fmt(total), fmt(tax), fmt(total + tax), sum(0.1 for _ in range(10)) == 1.0, sum(10 for _ in range(10)) == 100)
split = [total // 3 + (1 if i < total % 3 else 0) for i in range(3)]
print([fmt(s) for s in split], sum(split) == total)
