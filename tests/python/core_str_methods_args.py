# keyword and positional argument forms accepted by str methods
s = "a,b,c,d"
print(s.split(sep=","), s.split(",", maxsplit=1), s.rsplit(sep=",", maxsplit=2), s.split(maxsplit=0))
print("x y".split(None, 1), " a b ".split(sep=None), "a\nb\n".splitlines(keepends=True), "tab\t".expandtabs(tabsize=4))
print("abc".encode(encoding="utf-8", errors="strict"), b"abc".decode(encoding="ascii"), "hi".center(6, "-"), "7".zfill(3))
print("abcabc".replace("b", "B", 1), "abcabc".count("b", 2), "abcabc".find("c", 3, 6), "abcabc".startswith("bc", 1))
for call in ['"x".split(sep=",", bad=1)', '"x".center(width=5)', '"x".replace(old="x", new="y")', '"x".find(sub="x")',
             '"x".strip(chars="x")', '"x".join(iterable=[])', '"x".encode("utf-8", errors="bogus")', '"x".splitlines(True, keepends=False)']:
    try:
        print(call, "->", repr(eval(call)))
    except (TypeError, LookupError) as e:
        print(call, "->", type(e).__name__, e)
