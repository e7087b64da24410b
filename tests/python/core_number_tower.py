# mixed int/float/complex/bool arithmetic and result types
vals = [True, 3, 2.5, 1 + 2j]
for a in vals:
    for b in vals:
        r = a + b
        print(type(a).__name__, type(b).__name__, r, type(r).__name__, type(a * b).__name__, type(a - b).__name__)
print(type(3 / 1).__name__, type(3 // 1).__name__, type(3.0 // 1).__name__, type(2 ** -1).__name__, type(2 ** 2).__name__)
print(True + 1.5, False * 3j, 3 // True, 7 % 2.5, -7 // 2.0, 2 ** 0.5, (-1) ** 2, 4 ** 0.5, 10 ** -1, 1j ** 2)
print(int(True), float(False), complex(True), bool(0.0), int(3.99), int(-3.99), float(7), complex(2.5))
print(1 == 1.0 == 1 + 0j == True, 0.5 + 0.5 == 1, hash(1) == hash(1.0) == hash(1 + 0j), {1: "a", 1.0: "b", 1 + 0j: "c"})
print(sum([1, 2.5, 1j]), sum([True, 2]), max(1, 2.5), min(True, 0.5), abs(-2.5), abs(3 + 4j), round(2.5), round(3.5))
