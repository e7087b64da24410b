# print: sep, end, file, flush and their errors
print()
print(1, 2, 3)
print(1, 2, 3, sep=", ")
print("a", "b", sep="")
print("x", end="!\n")
print("no newline", end="")
print()
print(None, True, 1.5, "s", [1, "a"], (1,), {"k": 2})
print(1, 2, sep=None, end=None)
print("flushed", flush=True)
print(*[1, 2, 3], sep="-")
print(*"abc")
print("multi\nline")

class W:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)

w = W()
print("to", "file", file=w, sep="|", end=".")
print(42, file=w)
print(w.parts)
print("stdout again", file=None)

for kw in ({"sep": 1}, {"end": 2}, {"sepx": ""}, {"sep": b"x"}):
    try:
        print("a", "b", **kw)
    except Exception as e:
        print(type(e).__name__, e)

class NoWrite:
    pass

try:
    print("x", file=NoWrite())
except Exception as e:
    print(type(e).__name__, e)

class S:
    def __str__(self):
        return "custom-str"
    def __repr__(self):
        return "custom-repr"

print(S(), [S()])

class Bad:
    def __str__(self):
        return 5

try:
    print(Bad())
except Exception as e:
    print(type(e).__name__, e)
