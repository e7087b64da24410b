# translation tables: deletion, mapping to longer strings, ord keys, chaining
table = str.maketrans({"a": "4", "e": "3", "i": "1", "o": "0", "s": None})
print("this is a simple sentence".translate(table))
t2 = str.maketrans("abc", "ABC", "xyz")
print("axbyczabc".translate(t2), sorted(t2.items())[:4])
upper_tbl = {c: c - 32 for c in range(ord("a"), ord("z") + 1)}
print("hello world".translate(upper_tbl), "hello".translate({ord("l"): "LL"}), "héllo".translate({ord("é"): "e", ord("o"): "0"}))
def rot(n):
    lo = "abcdefghijklmnopqrstuvwxyz"
    return str.maketrans(lo + lo.upper(), lo[n:] + lo[:n] + (lo[n:] + lo[:n]).upper())
msg = "Hello, World!"
enc = msg.translate(rot(13))
print(enc, enc.translate(rot(13)) == msg, msg.translate(rot(1)), len(rot(5)))
for bad in [lambda: str.maketrans("ab", "c"), lambda: str.maketrans({"ab": 1}), lambda: str.maketrans({1.5: "x"}), lambda: str.maketrans(1, 2)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
