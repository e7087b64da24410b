# str.split / rsplit with sep, maxsplit and whitespace rules
cases = ["a b  c", "  leading and trailing  ", "", "   ", "a,b,,c,", "one\ttwo\nthree\x0bfour\x0cfive\rsix",
         "a\u3000b\u2003c", "x", ",", "a,,b"]
for s in cases:
    print(repr(s), s.split(), s.rsplit(), s.split(","), s.rsplit(","))
for n in (-1, 0, 1, 2, 10):
    print(n, "a b c d".split(None, n), "a b c d".rsplit(None, n), "a-b-c-d".split("-", n), "a-b-c-d".rsplit("-", n))
print("  a  b  ".split(maxsplit=1), "  a  b  ".rsplit(maxsplit=1))
print("a::b::c".split("::"), "a::b::c".rsplit("::", 1), ":::".split("::"))
print("abcabc".split("abc"), "aaa".split("aa"), "aaa".rsplit("aa"))
print("a b".split(sep=None), "a-b".split(sep="-", maxsplit=0))
print("héllo wörld".split("ö"), "日本 語".split())
for args in [("",), (1,), ("a", "b"), ("a", 1.5)]:
    try:
        print("abc".split(*args))
    except Exception as e:
        print(type(e).__name__, e)
try:
    "abc".rsplit("")
except Exception as e:
    print(type(e).__name__, e)
try:
    "abc".split(x=1)
except Exception as e:
    print(type(e).__name__, e)
