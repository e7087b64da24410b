# word statistics with builtins only
text = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity"""
words = [w.strip(",.").lower() for w in text.split()]
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
print(len(words), len(freq), sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
print(max(words, key=len), min(words, key=len), sum(map(len, words)) / len(words), sorted(set(words), key=lambda w: (len(w), w))[-3:])
lengths = {}
for w in set(words):
    lengths.setdefault(len(w), []).append(w)
print({k: sorted(v) for k, v in sorted(lengths.items())})
print([w for w in freq if freq[w] == 1], "".join(w[0] for w in words[:10]).upper(), text.count("it was"), text.lower().count("it was"))
bigrams = list(zip(words, words[1:]))
bc = {}
for b in bigrams:
    bc[b] = bc.get(b, 0) + 1
print(sorted(bc.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
