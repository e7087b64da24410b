# comprehensions combined with builtins
words = ["alpha", "beta", "gamma", "delta", "epsilon"]
print([w[0].upper() + w[1:] for w in words], {w: len(w) for w in words}, sorted({len(w) for w in words}), sum(len(w) for w in words))
print([(i, w) for i, w in enumerate(words) if i % 2 == 0], list(zip(*[(w[0], w[-1]) for w in words])))
print(sorted(words, key=lambda w: w[::-1]), max(words, key=lambda w: w.count("a")), [w for w in words if any(c in "xyz" for c in w)])
print([[j for j in range(i)] for i in range(4)], [x * y for x in range(1, 4) for y in range(1, 4) if x != y])
print(dict(zip(words, map(len, words))), list(filter(lambda w: "e" in w, words)), all(w.islower() for w in words))
matrix = [[i * 3 + j for j in range(3)] for i in range(3)]
print(matrix, [row[i] for i, row in enumerate(matrix)], [sum(col) for col in zip(*matrix)], [max(r) for r in matrix])
print(list(map(list, zip(*matrix))), sorted({v % 4 for row in matrix for v in row}), min(min(r) for r in matrix))
flat = sorted((v for r in matrix for v in r), reverse=True)
print(flat, flat[::3], [v for v in flat if v % 2][:2], next(v for v in flat if v < 5))
