# formatting a report table with format specs and str methods
rows = [("Widget", 4, 3.5), ("Gadget, large", 12, 12.25), ("Thing", 1, 1000.0), ("Ünïcode", 100, 0.05)]
headers = ("Item", "Qty", "Price", "Total")
widths = [max(len(headers[0]), max(len(r[0]) for r in rows)), 5, 9, 11]
line = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
print(line)
print("| " + " | ".join(h.center(w) for h, w in zip(headers, widths)) + " |")
print(line.replace("-", "="))
grand = 0
for name, qty, price in rows:
    total = qty * price
    grand += total
    print(f"| {name:<{widths[0]}} | {qty:>{widths[1]}} | {price:>{widths[2]},.2f} | {total:>{widths[3]},.2f} |")
print(line)
print(f"| {'TOTAL':<{widths[0]}} | {sum(r[1] for r in rows):>{widths[1]}} | {'':>{widths[2]}} | {grand:>{widths[3]},.2f} |")
print(line)
print("%-15s%5s%10s" % headers[:3], "%-15s%5d%10.1f" % rows[0], "{:*^30}".format(" end "), "{0:>{1}}".format("r", 4))
