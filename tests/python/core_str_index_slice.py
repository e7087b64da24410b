# str indexing and slicing with non-ASCII text
s = "añb日c😀d"
print(len(s), [s[i] for i in range(len(s))], s[-1], s[-2], s[2:5], s[::-1], s[::2], s[1::3], s[5:], s[:0])
print(s.find("日"), s.index("😀"), s.count("c"), s.rfind("d"), s[s.find("日"):], s.split("日"), s.encode("utf-8")[:6])
print(list(reversed(s)), sorted(s)[:3], max(s), min(s), "日" in s, "😀d" in s, s.startswith("añ"), s.endswith("😀d"))
print(s.upper(), s.replace("日", "月"), s.center(12, "・"), s.zfill(10), s.partition("c"), repr(s), ascii(s))
print([ord(c) for c in s], "".join(chr(ord(c) + 1) for c in "abc"), s[1:3] * 2, (s + s)[6:9])
try:
    s[20]
except IndexError as e:
    print("IndexError", e)
