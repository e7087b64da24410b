# a tiny JSON-ish parser for a subset, exercising str methods and recursion
def parse(s):
    s = s.strip()
    val, rest = value(s)
    if rest.strip():
        raise ValueError(f"trailing data: {rest.strip()[:10]!r}")
    return val
def value(s):
    s = s.lstrip()
    if s.startswith("["):
        items, s = [], s[1:].lstrip()
        if s.startswith("]"):
            return items, s[1:]
        while True:
            v, s = value(s)
            items.append(v)
            s = s.lstrip()
            if s.startswith(","):
                s = s[1:]
            elif s.startswith("]"):
                return items, s[1:]
            else:
                raise ValueError("expected , or ]")
    if s.startswith('"'):
        end = s.index('"', 1)
        return s[1:end], s[end + 1:]
    for word, v in (("true", True), ("false", False), ("null", None)):
        if s.startswith(word):
            return v, s[len(word):]
    i = 0
    while i < len(s) and (s[i].isdigit() or s[i] in "-+.eE"):
        i += 1
    if i == 0:
        raise ValueError(f"unexpected {s[:1]!r}")
    text = s[:i]
    return (float(text) if any(c in text for c in ".eE") else int(text)), s[i:]
for src in ['[1, 2, [3, "four"], true, null, -5.5e1]', "[]", '["a", ["b", ["c"]]]', "42", "[1 2]", "[1,", "tru", "[1] x"]:
    try:
        print(src, "->", parse(src))
    except ValueError as e:
        print(src, "-> ValueError", e)
