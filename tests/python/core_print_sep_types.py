# print sep/end must be str or None; values converted with str()
class S:
    def __str__(self):
        return "S!"
print(1, S(), None, sep=None)
print("a", "b", sep="", end="\n")
print("x", end=None)
for kw in ({"sep": 1}, {"end": b"x"}, {"sep": ["-"]}, {"end": S()}, {"file": 1}):
    try:
        print("v", **kw)
    except (TypeError, AttributeError) as e:
        print(sorted(kw), type(e).__name__, e)
class SubStr(str):
    pass
print("p", "q", sep=SubStr("+"), end=SubStr("!\n"))
print(*range(5), sep=", ", end=".\n")
print("\n".join(str(i) for i in range(3)))
