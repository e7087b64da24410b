# str indexing, iteration, concatenation, repetition, membership, comparison
s = "héllo wörld"
print(s[0], s[1], s[-1], s[4:7], len(s), s.index("w"), s[::-1], list(s[:3]), "ö" in s, "xyz" in s, "" in s)
print("ab" + "cd", "ab" * 3, 3 * "x", "ab" * 0, "ab" * -1, "" * 100, "a" < "b", "abc" < "abd", "Z" < "a", "é" > "e")
print(sorted("dcba"), max("abc"), min("cab"), "".join(reversed("abc")), list(map(ord, "AZ")))
for expr in ["s[100]", "s['a']", "s[1] = 'x'", "'a' + 1", "1 + 'a'", "'a' * 'b'", "'a' * 1.5", "'a' < 1", "1 in 'abc'", "del s[0]"]:
    try:
        exec(expr) if "=" in expr or expr.startswith("del") else print(eval(expr))
    except Exception as e:
        print(type(e).__name__, e)
t = "abc"
t += "def"
t *= 2
print(t, t.count("abc"), t is t, "abc" == "ab" + "c", id("x") == id("x"))
print(str(123) + str(4.5) + str(None) + str(True) + str([1]), repr("tab\there"), repr("quote'"), repr('dq"'), repr("both'\""))
print("\N{LATIN SMALL LETTER E WITH ACUTE}", "\u00e9" == "é", "\x41\101", len("\U0001F600"), "a\
b")
print(ord(max("hello")), "hello"[1:-1], "hello"[-100:100], "%s|%s" % ("a", "b"), "abc"[1:1] == "")
