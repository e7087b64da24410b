# grouped report with nested dicts, sorting and totals
sales = [("north", "widget", 3, 9.99), ("south", "widget", 5, 9.99), ("north", "gadget", 1, 24.5), ("east", "gizmo", 10, 1.25),
         ("south", "gadget", 2, 24.5), ("north", "widget", 7, 9.49), ("east", "widget", 1, 9.99)]
by_region = {}
for region, item, qty, price in sales:
    r = by_region.setdefault(region, {})
    r[item] = r.get(item, 0) + qty * price
for region in sorted(by_region):
    items = by_region[region]
    total = sum(items.values())
    print(f"{region:<6} {total:>8.2f}  " + ", ".join(f"{k}={v:.2f}" for k, v in sorted(items.items(), key=lambda kv: -kv[1])))
grand = sum(sum(v.values()) for v in by_region.values())
best = max(((r, i, v) for r, items in by_region.items() for i, v in items.items()), key=lambda t: t[2])
print(f"{'total':<6} {grand:>8.2f}", best, round(best[2] / grand * 100, 1))
units = {}
for _, item, qty, _ in sales:
    units[item] = units.get(item, 0) + qty
print(sorted(units.items(), key=lambda kv: (-kv[1], kv[0])), sum(units.values()), len(sales))
