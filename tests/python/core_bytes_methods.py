# bytes methods mirroring str: split, strip, join, replace, find, case, padding
print(b"a b  c".split(), b"a,b".split(b","), b"  x  ".rsplit(None, 1), b"a,b,c".rsplit(b",", 1), b"".split())
print(b"a\nb\r\nc\rd".splitlines(), b"a\x0bb".splitlines(), b"a\nb\n".splitlines(True))
print(b"  x  ".strip(), b"xxaxx".strip(b"x"), b"abc".lstrip(b"a"), b"abc".rstrip(b"c"), b"\t\n x\x0b".strip())
print(b"pre.body".removeprefix(b"pre."), b"x.txt".removesuffix(b".txt"), b"x".removeprefix(b"y"))
print(b",".join([b"a", b"b"]), b"".join([b"x", bytearray(b"y")]), b"-".join([]))
print(b"aXbXc".replace(b"X", b"-"), b"aaa".replace(b"a", b"", 2), b"ab".replace(b"", b"."))
print(b"abcabc".find(b"c"), b"abcabc".rfind(b"c"), b"abc".count(b"b"), b"abc".index(b"c"), b"abc".find(99), b"abc".find(b"c", 1, 2))
print(b"abc".startswith(b"a"), b"abc".endswith((b"x", b"c")), b"abc".startswith(b"b", 1))
print(b"Hello World".upper(), b"Hello".lower(), b"hello world".title(), b"hELLO".swapcase(), b"abc def".capitalize())
print(b"ab".center(6, b"*"), b"ab".ljust(4), b"ab".rjust(4, b"0"), b"-5".zfill(4), b"a\tb".expandtabs(4))
print(b"k:v".partition(b":"), b"a:b:c".rpartition(b":"), b"abc".partition(b"x"))
print(b"abc".isalpha(), b"abc1".isalnum(), b"123".isdigit(), b" \t".isspace(), b"ABC".isupper(), b"abc".islower(), b"Ab Cd".istitle(), b"\x80".isascii())
print(b"\xe9t\xe9".isalpha(), b"".isdigit(), b"".isascii())
tbl = bytes.maketrans(b"abc", b"xyz")
print(b"aabbcc".translate(tbl), b"hello".translate(None, b"l"), b"abc".translate(tbl, delete=b"b"))
for expr in ['b"abc".index(b"z")', 'b"abc".replace("a", "b")', 'b",".join([b"a", "b"])', 'b"a".split("")', 'b"a".split(b"")',
             'b"abc".center(5, "x")', 'b"abc".find(256)', 'b"abc".find("a")', 'b"abc".startswith("a")', 'b"x".strip("x")',
             'bytes.maketrans(b"a", b"bc")', 'b"a".translate(b"x")']:
    try:
        print(eval(expr))
    except Exception as e:
        print(type(e).__name__, e)
