# complex numbers: construction, arithmetic, attributes, repr
z = complex(3, 4)
print(z, z.real, z.imag, abs(z), z.conjugate(), -z, +z, z * 1j, z / 2, z + 1, 1 - z, z ** 2, z == 3 + 4j)
print(complex(), complex(1), complex(1.5, -2), complex("1+2j"), complex("-3j"), complex(" 4 "), complex("1e3-1e-3j"), 2j, -0j)
print(repr(1j), repr(-1j), repr(1 + 0j), repr(complex(0, -0.0)), repr(complex(1e20, 1)), repr(complex(float("inf"), float("nan"))))
print((1 + 2j) * (3 - 4j), (1 + 2j) / (3 - 4j), (2j) ** 2, 1j ** 0, (1 + 1j) != 1, hash(1 + 0j) == hash(1))
for expr in ["complex('x')", "complex('1+')", "complex(1, 's')", "1j < 2j", "(1+1j) // 1", "divmod(1j, 1)", "1j / 0", "int(1j)",
             "complex('1', 2)", "float(1j)"]:
    try:
        print(eval(expr))
    except Exception as e:
        print(type(e).__name__, e)
print(format(1 + 2j, ""), f"{3 - 4j}", str(complex(2, 0)), complex(True, False), bool(0j), bool(1j))
class C:
    def __complex__(self):
        return 5j
print(complex(C()), isinstance(1j, complex), type(1j).__name__)
