# deduplication idioms: set, dict.fromkeys (order-preserving), sorted(set())
data = [3, 1, 3, 2, 1, 5, 2, 4, 5]
print(sorted(set(data)), list(dict.fromkeys(data)), len(set(data)), [x for i, x in enumerate(data) if x not in data[:i]])
words = "the cat and the hat and the bat".split()
print(list(dict.fromkeys(words)), sorted(set(words)), sorted({w[0] for w in words}), {len(w) for w in words} == {3})
pairs = [(1, 2), (2, 1), (1, 2), (3, 3)]
print(sorted(set(pairs)), sorted({tuple(sorted(p)) for p in pairs}), list(dict.fromkeys(map(frozenset, pairs)).keys()) == [frozenset({1, 2}), frozenset({3})])
seen = set()
uniq = [x for x in data if not (x in seen or seen.add(x))]
print(uniq, sorted(seen))
