# hex/oct/bin builtins against format() and %-formatting for many values
for n in [0, 1, 7, 8, 15, 16, 255, 256, -1, -255, 2 ** 32, -(2 ** 32), 2 ** 100 - 1, True]:
    print(n, hex(n), oct(n), bin(n), format(n, "#x"), format(n, "#o"), format(n, "#b"), "%#x %#o" % (n, n), f"{n:x}|{n:o}|{n:b}|{n:X}")
print(int(hex(2 ** 100), 16) == 2 ** 100, int(oct(-99), 8), int(bin(-5), 2), hex(0xDEAD_BEEF), oct(0o777), bin(0b1010_1010))
print(format(255, "08x"), format(255, "#010x"), format(-255, "#010x"), format(255, "_x"), format(2 ** 32, "_b"), format(10, "#_o"))
