# expandtabs column arithmetic with mixed content and tab sizes
lines = ["a\tb\tc", "\tindent", "12345678\tx", "abc\t\tdef", "x\ty\nz\tw", "tab\r\tcr", "é\tu", "\t"]
for ts in (0, 1, 2, 4, 8, 9):
    print(ts, [l.expandtabs(ts) for l in lines])
print(repr("\t".expandtabs()), len("a\t".expandtabs()), "a\tb".expandtabs(tabsize=3), b"a\tb".expandtabs(3), bytearray(b"\tx").expandtabs(2))
