# int error messages
tests = ["int('x')", "int('1', 1)", "int('1', 37)", "int(1, 10)", "int([])", "int(None)", "int('')", "int('1.0')", "int(float('inf'))",
         "int(float('nan'))", "int('0x1', 0)" if False else "int('0b2', 0)", "(1).to_bytes(0, 'big')", "(-1).bit_length(1)",
         "int.from_bytes(1, 'big')", "(5).__index__(1)", "1 + 'a'", "1 - []", "1 * None", "1 / 'a'", "1 // {}", "1 % ()",
         "1 ** 'a'", "1 << 1.0", "1 >> 'a'", "1 & 1.0", "1 | 1j", "1 ^ None", "-'a'", "~1.0", "+[]", "1 < 'a'", "abs('a')",
         "int('9' * 5000)", "str(10 ** 5000)"]
for expr in tests:
    try:
        r = eval(expr)
        print(r if len(str(r)) < 50 else "long")
    except Exception as e:
        print(type(e).__name__, e)
