# f-strings formatting numbers from expressions and variables
items = [("apple", 1.5, 3), ("kiwi", 0.25, 12), ("melon", 3.0, 1)]
for name, price, qty in items:
    print(f"{name:>8}: {price:6.2f} x {qty:<3d} = {price * qty:8.3f} ({price * qty / sum(p * q for _, p, q in items):.1%})")
total = sum(p * q for _, p, q in items)
print(f"{total=:.2f}", f"{total:,.4f}", f"{total:e}", f"{int(total):#x}", f"{round(total):b}", f"{total // 1:.0f}")
n = 1234567.891
print(f"{n:,}", f"{n:_.2f}", f"{n:>20,.3f}|", f"{n:<+15.1f}|", f"{n:^15.0f}|", f"{-n:015,.2f}", f"{n:.3g}", f"{n:.10g}")
for w in range(3, 9, 2):
    print(f"{3.14159:{w}.{w - 2}f}|{42:0{w}d}|{'x':>{w}}|")
print(f"{10**20:,}", f"{-10**20:_}", f"{2**0.5:.15f}", f"{1/3:.0%}", f"{1e-9:.2e}", f"{12345678901234567890:e}")
