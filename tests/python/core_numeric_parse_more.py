# numeric literal-like strings through int/float/complex constructors
for s in ["1_000", "0_0", "1__0", "_1", "1_", "0b_1", "0x_F", "1_0.5", "1e1_0", "1_e5", ".5", "5.", "1.2.3", "+-1", "  +1  ", "١٢٣", "१२३", "٣.٥"]:
    out = []
    for conv in (int, float, complex):
        try:
            out.append(repr(conv(s)))
        except ValueError:
            out.append("ValueError")
    print(repr(s), out)
print(int("0b101", 0), int("0o17", 0), int("0xAb", 0), int("  0X1f ", 16), int("z", 36), int("Z", 36), int("10", 0), int("-0b1", 0))
for s, b in [("08", 0), ("0", 0), ("00", 0), ("0_0", 0), ("1", 2), ("2", 2), ("0x", 16), ("x", 16)]:
    try:
        print(s, b, int(s, b))
    except ValueError as e:
        print(s, b, "ValueError", e)
