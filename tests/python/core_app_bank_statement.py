# processing transactions: parsing, validation errors, running balance
lines = ["2024-01-01 deposit 100.00", "2024-01-02 withdraw 30.50", "2024-01-03 withdraw abc", "2024-01-04 fee 2.25",
         "2024-01-05 deposit -5", "bad line", "2024-01-06 withdraw 80"]
balance = 0.0
errors = []
for n, line in enumerate(lines, 1):
    parts = line.split()
    if len(parts) != 3:
        errors.append((n, "malformed"))
        continue
    date, kind, amount = parts
    try:
        amt = float(amount)
    except ValueError as e:
        errors.append((n, str(e)))
        continue
    if amt <= 0:
        errors.append((n, "non-positive amount"))
        continue
    if kind == "deposit":
        balance += amt
    elif kind in ("withdraw", "fee"):
        if amt > balance:
            errors.append((n, f"insufficient funds for {amt:.2f}"))
            continue
        balance -= amt
    print(f"{date} {kind:<9}{amt:>8.2f} {balance:>9.2f}")
print(round(balance, 2), errors)
