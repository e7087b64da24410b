# strip / lstrip / rstrip, removeprefix / removesuffix
for s in ["  hi  ", "\t\n hi \r\x0b\x0c", "", "   ", "xxhixx", "\u3000wide\u3000", "\x1c\x1dsep\x1e\x1f", "\x85nel\xa0"]:
    print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "xyhiyx".strip("xy"), "abcba".lstrip("ab"), "abcba".rstrip("ab"))
print("hello".strip(""), "hello".strip(None), "aaa".strip("a") == "")
print("www.example.com".strip("cmowz."), "  spacious  ".lstrip(), "mississippi".rstrip("ipz"))
print("prefix-body".removeprefix("prefix-"), "body".removeprefix("x"), "file.py".removesuffix(".py"), "a".removesuffix(""))
print("aaa".removeprefix("a"), "".removeprefix(""), "abc".removesuffix("abc"))
for f, args in [("strip", (1,)), ("lstrip", ("a", "b")), ("removeprefix", (None,)), ("removesuffix", ())]:
    try:
        print(getattr("abc", f)(*args))
    except Exception as e:
        print(type(e).__name__, e)
