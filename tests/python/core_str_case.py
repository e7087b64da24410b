# case conversions: upper lower casefold title capitalize swapcase
words = ["hello world", "HELLO", "hElLo WoRlD", "ß straße", "ǅungla", "they're bill's friends", "123abc def",
         "ﬁ ligature", "İstanbul", "ΣΑΣ", "a-b_c d.e", "", "élan vital", "x1y2 z3"]
for w in words:
    print(repr(w), w.upper(), w.lower(), w.casefold(), w.title(), w.capitalize(), w.swapcase())
print("ABC".isupper(), "abc".islower(), "Abc".istitle(), "ABC def".istitle(), "Hello World".istitle())
print("123".isupper(), "A1".isupper(), "a1".islower(), "".islower(), "Σ".isupper())
try:
    "a".upper(1)
except Exception as e:
    print(type(e).__name__, e)
print("ǈ".upper(), "ǈ".lower(), "ǈ".title(), "ŉ".upper())
