# str.splitlines with every line boundary and keepends
s = "one\ntwo\r\nthree\rfour\x0bfive\x0csix\x1cseven\x1deight\x1enine\x85ten\u2028eleven\u2029twelve"
print(s.splitlines())
print(s.splitlines(True))
print(s.splitlines(keepends=True)[:3])
for t in ["", "\n", "\n\n", "a\n", "a\n\nb", "\r\n\r\n", "\r\r\n", "no newline"]:
    print(repr(t), t.splitlines(), t.splitlines(True))
print("x\ny".splitlines(0), "x\ny".splitlines(1))
try:
    "a".splitlines("x")
except Exception as e:
    print(type(e).__name__, e)
try:
    "a".splitlines(True, False)
except Exception as e:
    print(type(e).__name__, e)
print(len("a\n" * 50 .splitlines() if False else ("a\n" * 50).splitlines()))
print("\n".join("l1\nl2\n".splitlines()) + "|")
