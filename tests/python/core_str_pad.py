# center / ljust / rjust / zfill / expandtabs
for w in (0, 1, 5, 6, 7, 10):
    print(repr("abc".center(w)), repr("abc".ljust(w, "*")), repr("abc".rjust(w, "-")), repr("ab".center(w, ".")))
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "".zfill(3), "abc".zfill(2), "-".zfill(3), "3.14".zfill(7))
print("é".center(5, "ü"), "日本".rjust(6, "・"))
print(repr("a\tb\tc".expandtabs()), repr("a\tb".expandtabs(4)), repr("\t".expandtabs(0)), repr("ab\tc\nd\te".expandtabs(3)))
print(repr("12345\t6".expandtabs(4)), repr("a\r\tb".expandtabs(4)), repr("x\ty".expandtabs(tabsize=2)), repr("a\tb".expandtabs(-1)))
for f, args in [("center", ()), ("center", (5, "ab")), ("ljust", ("5",)), ("rjust", (5, 1)), ("zfill", ("3",)), ("zfill", ()), ("expandtabs", ("x",))]:
    try:
        print(getattr("abc", f)(*args))
    except Exception as e:
        print(type(e).__name__, e)
