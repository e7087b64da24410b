# str.replace with count, empty patterns, and errors
print("aaa".replace("a", "b"), "aaa".replace("a", "b", 2), "aaa".replace("a", "b", 0), "aaa".replace("a", "b", -1))
print("abc".replace("", "-"), "abc".replace("", "-", 2), "".replace("", "x"), "".replace("a", "b"))
print("hello world".replace("o", "0"), "hello".replace("ll", ""), "aaaa".replace("aa", "b"))
print("héllo".replace("é", "e"), "日本日本".replace("日", "月", 1))
print("abc".replace("abc", "xyzxyz"), "ab".replace("b", "bb", 5))
print("a.b.c".replace(".", "", 1), "x".replace("x", "x"))
for args in [(1, "a"), ("a",), ("a", "b", "c"), ("a", "b", 1.0), ()]:
    try:
        print("abc".replace(*args))
    except Exception as e:
        print(type(e).__name__, e)
try:
    b"abc".replace("a", "b")
except Exception as e:
    print(type(e).__name__, e)
print("tab\there".replace("\t", "    "), "CRLF\r\n".replace("\r\n", "\n") == "CRLF\n")
print("count".replace("t", "T", True))
