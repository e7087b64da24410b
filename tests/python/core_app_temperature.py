# temperature table: float arithmetic, rounding and aligned formatting
def c_to_f(c):
    return c * 9 / 5 + 32
def f_to_c(f):
    return (f - 32) * 5 / 9
print(f"{'C':>6} {'F':>8} {'K':>8}")
for c in range(-40, 101, 20):
    print(f"{c:>6} {c_to_f(c):>8.1f} {c + 273.15:>8.2f}")
temps = [22.5, 19.0, 25.75, 30.1, 15.3]
print(round(sum(temps) / len(temps), 2), max(temps), min(temps), sorted(temps), [round(c_to_f(t), 1) for t in temps])
print(f_to_c(98.6), round(f_to_c(98.6), 1), c_to_f(-40) == -40, [round(f_to_c(c_to_f(t)), 10) == t for t in temps])
