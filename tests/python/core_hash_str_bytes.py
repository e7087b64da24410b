# str/bytes hashing: equal values hash equal; str and bytes differ as dict keys
keys = ["a", "ab", "é", "", "日本", "a" * 100]
for k in keys:
    print(repr(k), hash(k) == hash(k[:]), hash(k) == hash("".join(list(k))), hash(k.encode()) == hash(bytes(k, "utf-8")), {k: 1}[k[:]])
print(len({"a", b"a"}), {"a": 1, b"a": 2}, "a" == b"a", hash(b"") == hash(bytes()), len({b"x", bytearray(b"x") == b"x"}))
print(hash("abc") == hash("ab" + "c"), hash((1, "a")) == hash((1, "a")), hash(frozenset("ab")) == hash(frozenset("ba")))
