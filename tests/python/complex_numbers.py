z = 3 + 4j
print(z, abs(z), z.real, z.imag, z.conjugate(), z * 2, z / 2, z - 1j, -z, z ** 2, 1j ** 2, complex(1, 2), z == 3 + 4j, 2j, 1e300j, 0j, -0j)
print(repr(1 + 0j), hash(1 + 0j) == hash(1), [1j, 2.5j + 1])
