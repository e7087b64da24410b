# string transforms: caesar cipher, run-length encoding, anagram groups
def caesar(s, k):
    out = []
    for c in s:
        if c.isalpha() and c.isascii():
            base = ord("A") if c.isupper() else ord("a")
            out.append(chr((ord(c) - base + k) % 26 + base))
        else:
            out.append(c)
    return "".join(out)
msg = "Hello, World! Zebra-123"
enc = caesar(msg, 3)
print(enc, caesar(enc, -3) == msg, caesar(msg, 26) == msg, caesar("abc", -1))
def rle(s):
    if not s:
        return []
    out, cur, n = [], s[0], 1
    for c in s[1:]:
        if c == cur:
            n += 1
        else:
            out.append((cur, n))
            cur, n = c, 1
    out.append((cur, n))
    return out
r = rle("aaabccddddde")
print(r, "".join(c * n for c, n in r), "".join(f"{n}{c}" for c, n in r))
words = ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog"]
groups = {}
for w in words:
    groups.setdefault("".join(sorted(w)), []).append(w)
print(sorted(groups.values(), key=lambda g: (-len(g), g)))
print(str.maketrans("abc", "bca") == str.maketrans("abc", "bca"), "abc".translate(str.maketrans("abc", "bca")))
