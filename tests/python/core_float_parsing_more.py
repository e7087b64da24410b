# float() accepts Python's float syntax only, case-insensitive specials
ok = ["1", "1.", ".1", "1e5", "1E-5", "1.5e+3", "-0", "+0.0", " 12.5 ", "inf", "+inf", "-INF", "iNfInItY", "nan", "-NaN", "1_0.0_1", "0_1", "00.5", "1e0_1"]
bad = ["1.5f", "1,5", "1e", "e1", ".", "-", "+.", "in", "infinit", "nan1", "0x1", "1__0", "_1", "1_", "1_.5", "1._5", "1e_1", "1 2", "", "\x00"]
for s in ok:
    print(repr(s), repr(float(s)))
for s in bad:
    try:
        print(repr(s), float(s))
    except ValueError as e:
        print(repr(s), "ValueError", e)
