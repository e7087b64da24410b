# case mappings that change length or context
for s in ["ß", "ﬁ", "ﬃ", "İ", "ı", "ŉ", "ǰ", "ΐ", "Σ", "ς", "ΑΣ", "ΑΣ Β", "ǅ", "ǈǋ", "ꭰ", "ſ", "K", "Å"]:
    print(repr(s), s.upper(), s.lower(), s.casefold(), s.title(), s.capitalize(), s.swapcase(), len(s.upper()), s.isupper(), s.islower())
print("ΟΔΟΣ ΑΣ".lower(), "ΟΔΟΣ ΑΣ".title(), "σς".upper(), "straße".upper().lower(), "ǆemal".title(), "ǅemal".swapcase())
