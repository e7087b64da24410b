# str methods, formatting and f-strings
s = "Hello, World"
print(s, len(s), s[0], s[-1], s[7:], s.upper(), s.lower(), s.split(", "), "-".join(["a", "b", "c"]))
print("a b  c".split(), "x".join("abc"), "  pad ".strip(), s.replace("l", "L"), s.find("o"), "lo" in s)
print("{} and {}".format(1, "two"), "{0}{1}{0}".format("a", "b"), "{x}={y:.2f}".format(x="pi", y=3.14159))
name, n = "Ann", 3
print(f"{name} has {n} items", f"{n * 2:5d}|{name:>6}|{name!r}", f"{3.14159:.3f}", f"{255:x}", f"{1234567:,}")
print(repr("it's"), repr('say "hi"'), repr("tab\there"), str(42), repr(4.0), str([1, "a"]))
print("%d items cost %.2f (%s)" % (3, 9.5, "ok"), "abc" * 3, "a" + "b", "abc" < "abd")
for ch in "héllo":
    print(ch, end=" ")
print()
print(*["a", "b"], sep="-", end="!\n")
print(int("42") + 1, float("2.5") * 2, str(1.5), ord("a"), chr(98))
d = {"one": 1, "two": 2}
print(d, sorted(d.items()), d["two"])
