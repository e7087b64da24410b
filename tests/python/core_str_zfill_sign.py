# zfill with signs, non-digits and unicode compared with format's = alignment
for s in ["42", "-42", "+42", "", "-", "+", "abc", "-abc", "3.14", "-0.5", "١٢", "--5", " 5"]:
    print(repr(s), [s.zfill(w) for w in (0, 1, 3, 6)], s.zfill(6) == (format(int(s), "06d") if s.lstrip("+-").isdigit() and s.isascii() and s[:1] != "+" else s.zfill(6)))
print(format(-42, "06d"), format(42, "+06d"), format(-3.5, "08.2f"), format(7, "=+5"), "-7".zfill(5), "+7".zfill(5))
