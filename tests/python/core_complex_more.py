# complex arithmetic, formatting and comparisons
a, b = 3 + 4j, 1 - 2j
print(a + b, a - b, a * b, a / b, a ** 2, a ** 0.5 if False else "skip", abs(a), abs(b), a.conjugate(), -a, a == complex(3, 4))
print(a.real, a.imag, type(a.real).__name__, (1j).imag, complex(2).imag, (2 + 0j) == 2, (0.5 + 0j) == 0.5, hash(2 + 0j) == hash(2))
print(f"{a}", f"{a:.2f}", f"{a:>12}", f"{a:e}", format(b, "g"), str(1e20 + 1j), repr(-1j), repr(0j), repr(complex(-0.0, -0.0)))
print(sum([1j, 2j, 3]), [c.real for c in (1 + 2j, 3j)], sorted([3j, 1j, 2j], key=abs), max([1 + 1j, 2j], key=lambda c: c.imag))
for bad in ["a < b", "a // b", "a % b", "int(a)", "float(a)", "round(a)", "divmod(a, b)", "a > 1"]:
    try:
        print(eval(bad))
    except TypeError as e:
        print(bad, "TypeError", e)
print(complex("3+4j") == a, complex("  (1-2j) ") == b, complex("inf"), complex("-nanj").imag != complex("-nanj").imag, complex(1e300, 1e300) * 10)
