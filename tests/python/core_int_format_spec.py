# integer format specs: sign, width, fill, grouping, bases, alternate forms
vals = [0, 7, -7, 255, -255, 1234567, -1234567, 2 ** 64]
specs = ["", "d", "+d", " d", "-d", "8d", "<8d", "^8d", ">8d", "=8d", "08d", "+08d", ",d", "_d", "_x", "x", "X", "#x", "#X",
         "#o", "o", "b", "#b", "#010b", "_b", "e", ".2f", "%", "c" if False else "n", "*^12,d", "0=+10d"]
for v in vals:
    print(v, "|".join(format(v, s) for s in specs))
for s in ["c", "s", ",x", "_c", ".2d", "#c", "=s"]:
    try:
        print(s, format(65, s))
    except Exception as e:
        print(s, type(e).__name__, e)
print(format(True, "d"), format(False, "#x"), format(True, "5"), f"{True:>5}", f"{1:,}" + f"{-1000:_}")
