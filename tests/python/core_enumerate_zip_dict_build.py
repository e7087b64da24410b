# building lookup tables with enumerate/zip/dict and inverting them
letters = "abcdefghij"
index = {c: i for i, c in enumerate(letters)}
inverse = dict(enumerate(letters))
print(index, inverse == {i: c for c, i in index.items()}, [index[c] for c in "hedge"], "".join(inverse[i] for i in (7, 4, 3, 6, 4)))
pairs = list(zip(letters, range(10, 20)))
print(pairs[:3], dict(pairs)["j"], dict(zip(*zip(*pairs))) == dict(pairs), sorted(dict(pairs).items(), key=lambda kv: -kv[1])[:2])
matrix = {(r, c): r * 3 + c for r in range(3) for c in range(3)}
print(matrix[(2, 1)], [matrix[(i, i)] for i in range(3)], max(matrix, key=matrix.get), len(matrix), sum(matrix.values()))
counts = dict.fromkeys(letters[:3], 0)
for ch in "abacabad":
    if ch in counts:
        counts[ch] += 1
print(counts, max(counts, key=counts.get), sorted(counts, key=lambda k: (-counts[k], k)))
