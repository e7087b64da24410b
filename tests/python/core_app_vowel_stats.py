# string scanning with membership tests, dict counting and sorting
text = "Programming in Python is fun; reading CPython's source is even more fun!"
vowels = "aeiou"
counts = {v: text.lower().count(v) for v in vowels}
print(counts, sum(counts.values()), max(counts, key=counts.get), sorted(counts, key=lambda v: (-counts[v], v)))
words = [w.strip(";!'s") for w in text.split()]
print([w for w in words if sum(c in vowels for c in w.lower()) >= 3], [w for w in words if w[:1].isupper()])
cons = sorted({c for c in text.lower() if c.isalpha() and c not in vowels})
print("".join(cons), len(cons), text.lower().count("n"), text.index("Python"), text.rindex("fun"))
print(" ".join(w[::-1] for w in words[:4]), "".join(c.upper() if c in vowels else c for c in "banana"))
