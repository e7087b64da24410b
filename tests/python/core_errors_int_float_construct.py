# int()/float() constructor argument handling
cases = ["int(x='5')", "int('5', base=10)", "int('z', base=36)", "int(5, base=10)", "int(base=10)", "int('1', 2, 3)", "int(b' 12 ')",
         "int(bytearray(b'7'), 8)", "int(' ٣ ')", "int('1_2_3')", "int(True)", "int(-0.5)", "int('0', 1)", "float(x=1)", "float('1', '2')",
         "float(b'1.5')", "float(bytearray(b' 2e3 '))", "float('١.٥')", "float(' -inf ')", "float('+nan')", "float(True)", "float('0x1p3')",
         "complex(1, 2)", "complex('1', '2')", "complex(real=1, imag=2)", "complex(imag=3)"]
for c in cases:
    try:
        print(c, "->", repr(eval(c)))
    except (TypeError, ValueError) as e:
        print(c, "->", type(e).__name__, e)
