# str.split / strip fast paths
samples = ["", " ", "a", " a b  c ", "a\tb\nc\rd\x0be\x0cf", "x\x1cy\x1dz\x1ew\x1fv", "héllo wörld  ñ", "a\xa0b\u2003c", "\x85a\x85"]
for s in samples:
    print(repr(s), s.split(), s.split(" "), s.strip(), s.lstrip(), s.rstrip())
w = "word"
print(w.strip() is w, w.lstrip() is w, w.rstrip() is w, (" " + w).strip() == w)
class S(str):
    pass
x = S("abc")
print(type(x.strip()).__name__, x.strip() is x)
parts = "the quick brown fox".split()
print(parts, [len(p) for p in parts], [p.upper() for p in parts], parts[2][1:3], hash(parts[0]) == hash("the"))
d = {p: i for i, p in enumerate(parts)}
print(d["fox"], "quick" in d)
