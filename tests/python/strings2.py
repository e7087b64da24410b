words = "the quick brown fox jumps over the lazy dog the end".split()
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0])))
print(max(freq, key=freq.get), len(freq), "fox" in freq, list(freq)[:3])
s = "Hello"
print(s * 2, s + "!", s[1:-1], s[::-1], s.center(11, "*"), s.ljust(8) + "|", s.rjust(8), s.zfill(8))
print("a,b,,c".split(","), "a b".split(" "), "  x  ".lstrip(), "x".isdigit(), "12".isdigit(), "AbC".swapcase())
print("%s=%d" % ("x", 5), "%5.1f|%-4d|%x" % (3.14159, 7, 255), "%r" % "q", "%%")
print("{:>8}|{:<8}|{:^8}|".format("r", "l", "c"), "{:08.3f}".format(3.14159), "{:+d}".format(5), "{:e}".format(12345.678))
print(f"{'nested'!r}", f"{1+1=}" if False else "", f"{3:{'>'}{5}}", f"{0.5:.0%}", f"{12345678:_}")
print(repr(1e100), repr(1.5e-7), 1/3, 2.0**0.5, float("nan"), float("-inf"), -0.0)
print(str(None), str(True), repr([None, True, 1.0, "s", (1,), {}]))
print("abc".startswith(("x", "a")), "abc".endswith("bc"), "a-b-c".rsplit("-", 1), "abc".find("z"), "aaa".count("a"))
print("é".upper(), len("héllo"), "héllo"[1], "日本語"[1:], ord("日"), chr(0x1F600) == "\U0001F600")
print(" ".join(str(i) for i in range(5)), ",".join(map(str, [1, 2, 3])))
t = "line1\nline2\r\nline3"
print(t.splitlines(), repr(t), "tab\tsep".expandtabs() if hasattr("", "expandtabs") else "")
class V:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"V({self.x}, {self.y})"
    def __mul__(self, k):
        return V(self.x * k, self.y * k)
    def __rmul__(self, k):
        return self * k
    def __len__(self):
        return 2
    def __getitem__(self, i):
        return (self.x, self.y)[i]
    def __iter__(self):
        yield self.x
        yield self.y
print(V(1, 2) * 3, 3 * V(1, 2), len(V(0, 0)), V(5, 6)[1], list(V(7, 8)), bool(V(0, 0)))
a, b = V(1, 2)
print(a, b)
try:
    raise ValueError("bad", 42)
except ValueError as e:
    print(e, repr(e), e.args)
try:
    {}["missing"]
except KeyError as e:
    print("KeyError", e)
try:
    int("abc")
except ValueError as e:
    print(e)
try:
    [].pop()
except IndexError as e:
    print(e)
try:
    None.foo
except AttributeError as e:
    print(e)
try:
    "a" + 1
except TypeError as e:
    print(e)
try:
    len(5)
except TypeError as e:
    print(e)
def f(a, b):
    pass
try:
    f(1)
except TypeError as e:
    print(e)
try:
    f(1, 2, c=3)
except TypeError as e:
    print(e)
class E(Exception):
    def __init__(self, code):
        super().__init__("code", code)
        self.code = code
try:
    raise E(7)
except E as e:
    print(e.code, e.args, str(e))
print(isinstance("s", str), type("s") is str, str.upper("x"), "x".__class__.__name__)
d = dict(a=1, b=2)
d.update({"c": 3}, d=4)
print(d, dict([("x", 1)]), {**d, "e": 5}, d.setdefault("z", 0), d.pop("a"), d)
print(sorted("bca"), sorted([3, 1, 2], key=lambda x: -x), list(reversed("abc")))
print(tuple("ab"), list("ab"), set("aab") == {"a", "b"}, frozenset([1]) == {1})
