# parsing delimited text with split/strip/int/float and formatting a report
data = """name, qty, price
apple, 3, 0.5
banana , 12, 0.25
cherry,100,0.1
  date , 0 , 2.75
bad line
elder, x, 1.0"""
rows = []
errors = []
lines = data.splitlines()
header = [h.strip() for h in lines[0].split(",")]
for n, line in enumerate(lines[1:], 2):
    parts = [p.strip() for p in line.split(",")]
    if len(parts) != len(header):
        errors.append((n, "wrong field count"))
        continue
    try:
        rows.append({"name": parts[0], "qty": int(parts[1]), "price": float(parts[2])})
    except ValueError as e:
        errors.append((n, str(e)))
print(header, len(rows), errors)
total = 0
for r in sorted(rows, key=lambda r: r["qty"] * r["price"], reverse=True):
    cost = r["qty"] * r["price"]
    total += cost
    print(f"{r['name']:<8}{r['qty']:>5}{r['price']:>8.2f}{cost:>9.2f}")
print(f"{'total':<21}{total:>9.2f}", round(total, 1), "%.3f" % total)
print(max(rows, key=lambda r: r["price"])["name"], sum(r["qty"] for r in rows), [r["name"].upper()[:3] for r in rows])
