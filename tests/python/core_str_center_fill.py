# padding helpers with fill characters and odd widths, compared with format specs
for s in ["", "a", "ab", "abc", "abcd", "héllo"]:
    for w in (4, 5, 8):
        print(repr(s), w, repr(s.center(w, "*")), repr(format(s, f"*^{w}")), repr(s.ljust(w, ".")), repr(format(s, f".<{w}")), repr(s.rjust(w)), repr(format(s, f">{w}")))
print("x".center(4, "ab"[0]), "-".join(c.center(3) for c in "xyz"), "12".zfill(5).center(9, "|"))
