# find / rfind / index / rindex / count with start/end, startswith/endswith
s = "the quick brown fox jumps over the lazy dog"
print(s.find("the"), s.rfind("the"), s.find("cat"), s.rfind("cat"), s.find(""), s.rfind(""))
print(s.find("o", 15), s.find("o", 15, 17), s.rfind("o", 0, 20), s.find("the", -10), s.find("dog", -3))
print(s.index("quick"), s.rindex("o"), s.count("o"), s.count("the"), s.count(""), s.count("o", 20))
print("aaaa".count("aa"), "aaaa".find("aa", 1), "abc".find("c", 5), "abc".find("", 3), "abc".find("", 4))
print("héllo".find("l"), "日本語".index("語"), "日本語".count("本"))
for f in ("index", "rindex"):
    try:
        getattr(s, f)("cat")
    except Exception as e:
        print(type(e).__name__, e)
for args in [(1,), ("a", "x"), ()]:
    try:
        print(s.find(*args))
    except Exception as e:
        print(type(e).__name__, e)
print(s.startswith("the"), s.startswith("quick", 4), s.startswith(("a", "t")), s.endswith("dog"), s.endswith(("cat", "dog")))
print(s.startswith("the", 0, 2), s.endswith("lazy", 0, -4), "".startswith(""), "abc".endswith("", 5))
try:
    s.startswith(["the"])
except Exception as e:
    print(type(e).__name__, e)
try:
    s.endswith(("a", 1))
except Exception as e:
    print(type(e).__name__, e)
print(s.find("o", None, None), s.count("o", None, 20))
try:
    b"abc".index(b"z")
except Exception as e:
    print(type(e).__name__, e)
