# str.isX predicates across ASCII and Unicode
samples = ["", "abc", "ABC", "abc123", "123", "١٢٣", "½", "²", "ⅷ", " ", "\t\n", "\u3000", "a b", "éà",
           "日本", "_id", "id_1", "1id", "class", "ÿ", "\x00", "\x7f", "\u200b", "Ⅻ", "x²"]
preds = ["isalpha", "isalnum", "isdigit", "isdecimal", "isnumeric", "isspace", "isidentifier", "isprintable", "isascii", "islower", "isupper"]
for s in samples:
    print(repr(s), " ".join(str(int(getattr(s, p)())) for p in preds))
try:
    "a".isalpha(1)
except Exception as e:
    print(type(e).__name__, e)
