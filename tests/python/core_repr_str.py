# repr() and str() of builtin values
vals = [0, -5, 10 ** 25, 1.0, -0.0, 1e16, 1.5e-7, 0.1 + 0.2, float("inf"), float("-inf"), float("nan"),
        True, None, "", "a'b", 'a"b', "a'b\"c", "\n\t\\", "\x00\x7f", "é", "\u200b", b"\x00ab'",
        [], [1, [2, []]], (), (1,), (1, 2), {}, {1: "a"}, set(), {1}, frozenset(), frozenset([2]),
        range(3), slice(1, 2), slice(None), Ellipsis, NotImplemented, 1j, complex(1, -2)]
for v in vals:
    print(repr(v), "|", str(v))
l = [1]
l.append(l)
print(repr(l))
d = {}
d["self"] = d
print(d)
t = ([],)
t[0].append(t)
print(t)

class R:
    def __repr__(self):
        return "R()"

class S(R):
    def __str__(self):
        return "S-str"

print(repr(R()), str(R()), repr(S()), str(S()), [S()], f"{S()!r} {S()!s}")

class BadRepr:
    def __repr__(self):
        return 42

for f in (repr, str):
    try:
        f(BadRepr())
    except Exception as e:
        print(type(e).__name__, e)
print(str(), str(b"ab"), str(123), str("x"))
print(str(b"abc", "ascii"), str(b"abc", encoding="utf-8"))
try:
    str(b"\xff", "utf-8")
except Exception as e:
    print(type(e).__name__, e)
try:
    str(1, "utf-8")
except Exception as e:
    print(type(e).__name__, e)
