# simple string compression and expansion with isdigit parsing
def compress(s):
    if not s:
        return ""
    out, prev, n = [], s[0], 1
    for ch in s[1:]:
        if ch == prev:
            n += 1
        else:
            out.append(f"{prev}{n if n > 1 else ''}")
            prev, n = ch, 1
    out.append(f"{prev}{n if n > 1 else ''}")
    return "".join(out)
def expand(s):
    out, i = [], 0
    while i < len(s):
        ch = s[i]
        j = i + 1
        while j < len(s) and s[j].isdigit():
            j += 1
        out.append(ch * int(s[i + 1:j] or "1"))
        i = j
    return "".join(out)
for s in ["aaabbc", "abc", "", "zzzzzzzzzzzz", "aabbaa", "x"]:
    c = compress(s)
    print(repr(s), repr(c), expand(c) == s, len(c) <= len(s) or len(s) < 3)
