# bool is an int subclass: arithmetic, indexing, formatting, counting
print(True + True + True, True * 5, False - True, True / 2, True // 2, True % 2, True ** 10, -True, +False, abs(-True))
print(["zero", "one"][True], ["zero", "one"][False], "ab"[True], (1, 2)[True], {True: "t"}[1], {1: "one"}[True])
print(sum([True, False, True]), [True, False].count(1), [1, 0].index(False), sorted([True, 0, False, 1, 2]))
print(f"{True:d}", f"{True:>5}", f"{False!r}", "%d %s %r" % (True, True, False), str(True), repr(False), int(True), float(True))
print(True & True, True | False, True ^ True, ~True, ~False, True << 2, True >> 1, bin(True), hex(False))
print(isinstance(True, int), type(True) is bool, bool.__name__, True.real, True.imag, True.bit_length())
print(max(True, False), min(True, 2), divmod(True, 1), round(True), hash(True) == hash(1), True == 1.0, True in [1.0])
