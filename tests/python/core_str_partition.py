# partition / rpartition
for s in ["key=value", "no separator", "a=b=c", "=start", "end=", ""]:
    print(repr(s), s.partition("="), s.rpartition("="))
print("a::b::c".partition("::"), "a::b::c".rpartition("::"))
print("日本=語".partition("="), "xyz".partition("xyz"))
for bad in ("", 1, None):
    try:
        print("abc".partition(bad))
    except Exception as e:
        print(type(e).__name__, e)
try:
    "abc".rpartition("")
except Exception as e:
    print(type(e).__name__, e)
k, _, v = "name: Alice".partition(": ")
print(k, v)
