# replace with overlapping patterns, counts, empty strings and unicode
s = "aaaa"
print(s.replace("aa", "b"), s.replace("aa", "b", 1), s.replace("a", "aa"), s.replace("", "-"), s.replace("", "-", 2), s.replace("aaaaa", "x"))
print("abab".replace("ab", ""), "abc".replace("b", "bb"), "".replace("", "x"), "".replace("x", "y"), "x".replace("x", ""))
print("naïve café".replace("é", "e").replace("ï", "i"), "日本日本".replace("本", "本!"), "😀😀".replace("😀", ":)", 1))
text = "the cat sat on the mat with the hat"
print(text.replace("the", "THE"), text.replace("at", "og", 2), text.count("at"), text.count("the "), text.replace(" ", ""))
words = text.split()
print(" ".join(w.replace("a", "A") for w in words), sum(w.count("t") for w in words), len(text.replace("at", "")))
print("a-b_c d".replace("-", " ").replace("_", " ").split(), "CamelCaseString".replace("C", " C").strip().split())
