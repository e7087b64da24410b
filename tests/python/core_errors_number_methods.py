# int and float method argument errors
cases = ["(1).to_bytes(1, 'big', True)", "(1).to_bytes(length=1, byteorder='big', signed='x')", "(1).to_bytes(1.5, 'big')",
         "int.from_bytes(b'\\x01', byteorder=1)", "int.from_bytes()", "(1).bit_length(2)", "(1).bit_count(1)", "(1).as_integer_ratio(1)",
         "(1).conjugate(1)", "(1.5).is_integer(1)", "(1.5).hex(1)", "float.fromhex()", "float.fromhex(1.5)", "(1.5).as_integer_ratio(1)",
         "(1.5).conjugate(2)", "(2).__pow__()", "(2).__add__()", "(2).__round__('x')", "(2.5).__round__(1.5)"]
for c in cases:
    try:
        print(c, "->", repr(eval(c)))
    except (TypeError, ValueError, OverflowError) as e:
        print(c, "->", type(e).__name__, e)
