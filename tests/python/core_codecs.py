for b, enc in [(b"\xff", "utf-8"), (b"a\xc3", "utf-8"), (b"\xc3(", "utf-8"), (b"\xe2\x82", "utf-8"), (b"\x80", "ascii"), (b"\xe9", "latin-1"), (b"x", "nope")]:
    for errs in ("strict", "replace", "ignore", "backslashreplace"):
        try:
            print(repr(b.decode(enc, errs)))
        except Exception as e:
            print(type(e).__name__, e)
for s, enc in [("é", "ascii"), ("aéé", "ascii"), ("€", "latin-1"), ("é€", "latin-1"), ("ok", "ascii")]:
    for errs in ("strict", "replace", "ignore", "backslashreplace", "xmlcharrefreplace"):
        try:
            print(s.encode(enc, errs))
        except Exception as e:
            print(type(e).__name__, e)
print(str(b"\xff", "latin-1"), str(b"abc", encoding="ascii"), str(b"a\xffb", "utf-8", "replace"))
try:
    str("a", "utf-8")
except Exception as e:
    print(type(e).__name__, e)
try:
    "a".encode("utf-8", "bogus")
except Exception as e:
    print(type(e).__name__, e)
