# str.count/find with overlaps, str.startswith with tuples/ranges, casefold comparisons
s = "aaaaa"
print(s.count("aa"), s.count("a", 1, 3), s.count("", 2), s.find("aa", 1), s.rfind("aa"), s.rfind("aa", 0, 3))
print("banana".count("ana"), "banana".find("ana", 2), "banana".rfind("an"), "banana".index("na", 3))
print("Straße".casefold() == "STRASSE".casefold(), "ǅ".casefold(), "ΣΑΣ".casefold(), "İ".casefold() == "i̇")
print("filename.tar.gz".endswith((".gz", ".bz2")), "filename.tar.gz".rsplit(".", 1), "filename".partition("."))
print("a,b;c d".replace(",", " ").replace(";", " ").split(), "   ".isspace(), "".isspace(), "\u2003".isspace())
print("Hello World".swapcase().swapcase(), "hello world".title().istitle(), "HELLO".lower().islower())
words = ["apple", "Banana", "cherry"]
print([w.upper() for w in words], [w[::-1] for w in words], [w.center(8, ".") for w in words])
print(",".join(w.capitalize() for w in words), "-".join(sorted(words, key=str.lower)))
t = "The rain in Spain"
print(t.lower().count("ain"), t.find("ain"), t.rfind("ain"), t.index("in"), t.rindex("in"), t.split(" ", 2))
print("x".join("abc"), "".join(reversed("abc")), "ab" in "cabd", "abc".startswith(""), "abc".endswith("c", 0, 2))
print("%s" % "x".zfill(3), "12".rjust(5, "0"), "-12".zfill(5), "abc"[::-1].upper())
